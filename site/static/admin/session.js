// The staff session as the page lives it: the server renders each page
// with the session's limits (`<body data-fin-session …>`); before the end,
// the page says so and offers « Continuer », which asks the server for the
// session again and so prolongs it. The page holds no credential: the
// session is an HttpOnly cookie.

export const SIGN_IN_PATH = '/admin/connexion/';

/** The session's limits as the page's `<body>` carries them. */
export function readSession(dataset) {
  const endsAt = Date.parse(dataset.finSession) || 0;
  return {
    endsAt,
    latestEnd: Date.parse(dataset.finAuPlusTard) || endsAt,
    idleMs: (Number(dataset.inactivite) || 0) * 1000,
    warningMs: (Number(dataset.avertissement) || 0) * 1000,
  };
}

/** The session as `GET /api/staff/session` answers it. */
export function fromAnswer(data) {
  const endsAt = Date.parse(data.ends_at) || 0;
  return {
    endsAt,
    latestEnd: Date.parse(data.latest_end) || endsAt,
    idleMs: (Number(data.idle_seconds) || 0) * 1000,
    warningMs: (Number(data.warning_seconds) || 0) * 1000,
  };
}

/** How long until the warning shows (never less than nothing); `null` without a session. */
export function warningDelay(session, now) {
  if (!session.endsAt) return null;
  return Math.max(0, session.endsAt - session.warningMs - now);
}

/** « 16 h 30 »: the end's time of day in the organisation's zone. */
export function timeOfDay(at, zone) {
  const parts = new Intl.DateTimeFormat('fr-CA', { hour: 'numeric', minute: '2-digit', timeZone: zone })
    .formatToParts(new Date(at));
  const hour = parts.find((part) => part.type === 'hour')?.value ?? '';
  const minute = parts.find((part) => part.type === 'minute')?.value ?? '';
  return `${hour}\u00a0h\u00a0${minute}`;
}

/** The sign-in page, which brings the person back to `path` and says the session ended. */
export function signInAddress(path) {
  return `${SIGN_IN_PATH}?retour=${encodeURIComponent(path)}&fin=expiree`;
}

/**
 * Plans the warning of `session` in `document`: hidden until a warning's
 * time before the end, then shown with the end's time and the focus on
 * « Continuer ». Answers a function that plans again for a new session.
 */
export function planWarning(document, zone, timers = globalThis) {
  let timer = 0;
  return (session) => {
    timers.clearTimeout(timer);
    const notice = document.getElementById('fin-session');
    if (!notice) return;
    notice.hidden = true;
    const delay = warningDelay(session, Date.now());
    if (delay === null) return;
    timer = timers.setTimeout(() => {
      document.getElementById('fin-session-heure').textContent = timeOfDay(session.endsAt, zone);
      notice.hidden = false;
      document.getElementById('fin-session-continuer').focus();
    }, delay);
  };
}

/** Wires the warning and « Continuer » on a signed-in page. */
export function startSession(document, location) {
  const body = document.body;
  const zone = body.dataset.fuseau || 'America/Toronto';
  const plan = planWarning(document, zone);
  plan(readSession(body.dataset));
  const button = document.getElementById('fin-session-continuer');
  if (!button) return;
  button.addEventListener('click', async () => {
    let response;
    try {
      response = await fetch('/api/staff/session', { cache: 'no-store', headers: { Accept: 'application/json' } });
    } catch {
      return;
    }
    if (response.status === 401) {
      location.replace(signInAddress(location.pathname + location.search));
      return;
    }
    if (!response.ok) return;
    plan(fromAnswer(await response.json()));
    document.getElementById('contenu').focus();
  });
}
