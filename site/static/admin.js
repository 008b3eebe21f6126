// The staff pages (/admin/…): static shells filled from the staff API
// (docs/staff-api.md). One module for every page; <body data-page> says
// which page this is.
//
// Two rules hold everywhere in this file:
// - Whatever comes from the API reaches the page as text (textContent,
//   setAttribute, form values), never as markup: a complaint's text may
//   hold HTML or script and must show inert. The only markup taken from the
//   server is the letter preview, cleaned by `letterNodes` first.
// - The bearer token lives in sessionStorage only (closing the browser
//   signs out), and any 401 sends the person to the sign-in page with the
//   address to come back to.

const SESSION_KEY = 'plaintes.session';
const PKCE_KEY = 'plaintes.connexion';
const SIGN_IN_PATH = '/admin/connexion/';
const SIGN_IN_CONFIG = '/admin/connexion.json';

const page = document.body.dataset.page;
// Date fields are read by the API as Quebec local time: « now » is
// written in that zone, whatever the zone of the browser.
const zone = document.body.dataset.fuseau || 'America/Toronto';

const MESSAGES = {
  unreachable: 'Le serveur ne répond pas. Vérifiez votre connexion Internet, puis réessayez.',
  failure: 'Une erreur est survenue de notre côté. Réessayez dans quelques minutes.',
  forbidden: 'Votre rôle ne vous permet pas de faire cela.',
};

/** Thrown to stop what was going on because the page is being left. */
class Leaving extends Error {}
/** Thrown when the network or the server cannot be reached. */
class Unreachable extends Error {}

// ---------------------------------------------------------------------------
// Small helpers

function byId(id) {
  return document.getElementById(id);
}

/** An element with attributes (set with setAttribute) and children (text or nodes). */
function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== null && value !== undefined && value !== false) {
      node.setAttribute(name, value === true ? '' : String(value));
    }
  }
  for (const child of children.flat()) {
    if (child !== null && child !== undefined && child !== false) {
      node.append(child instanceof Node ? child : String(child));
    }
  }
  return node;
}

function setText(id, value, fallback = '') {
  const node = byId(id);
  if (node) node.textContent = value === null || value === undefined || value === '' ? fallback : String(value);
}

function show(node, visible) {
  if (node) node.hidden = !visible;
}

/** The current moment as `YYYY-MM-DDTHH:MM` in the organisation's zone. */
function localNow() {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: zone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date());
  const part = (type) => parts.find((p) => p.type === type).value;
  return `${part('year')}-${part('month')}-${part('day')}T${part('hour')}:${part('minute')}`;
}

function localToday() {
  return localNow().slice(0, 10);
}

function problemDetail(data, fallback) {
  return data && typeof data.detail === 'string' && data.detail ? data.detail : fallback;
}

/** Puts a message (and optional controls) in an alert region. */
function showAlert(region, message, ...extra) {
  if (!region) return;
  region.replaceChildren(el('p', {}, message), ...extra);
}

function clearAlert(region) {
  if (region) region.replaceChildren();
}

/**
 * Says what just happened in the page's status region and moves the focus
 * there, so that a keyboard or screen-reader user knows.
 */
function announce(message, { focus = true } = {}) {
  const status = byId('statut');
  if (!status) return;
  status.textContent = message;
  if (focus) status.focus();
}

/** Marks a form as busy without disabling its button, which would drop the focus. */
function setBusy(form, busy) {
  form.dataset.occupe = busy ? 'oui' : '';
  form.setAttribute('aria-busy', busy ? 'true' : 'false');
  for (const button of form.querySelectorAll('button[type=submit]')) {
    if (busy) {
      button.setAttribute('aria-disabled', 'true');
      if (button.dataset.envoi) {
        button.dataset.libelle = button.textContent;
        button.textContent = button.dataset.envoi;
      }
    } else {
      button.removeAttribute('aria-disabled');
      if (button.dataset.libelle) button.textContent = button.dataset.libelle;
    }
  }
}

function isBusy(form) {
  return form.dataset.occupe === 'oui';
}

function randomKey() {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

// ---------------------------------------------------------------------------
// Session and API

function expiryOf(value) {
  if (typeof value === 'number') return value < 1e12 ? value * 1000 : value;
  if (typeof value === 'string') {
    const at = Date.parse(value);
    return Number.isNaN(at) ? null : at;
  }
  return null;
}

function readSession() {
  let session;
  try {
    session = JSON.parse(sessionStorage.getItem(SESSION_KEY) || 'null');
  } catch {
    return null;
  }
  if (!session || typeof session.token !== 'string' || !session.token) return null;
  const expiry = expiryOf(session.expires_at);
  if (expiry !== null && expiry <= Date.now()) {
    clearSession();
    return null;
  }
  return session;
}

function saveSession(token, expiresAt) {
  sessionStorage.setItem(SESSION_KEY, JSON.stringify({ token, expires_at: expiresAt }));
}

function clearSession() {
  try {
    sessionStorage.removeItem(SESSION_KEY);
  } catch {
    // Storage refused: nothing was kept either.
  }
}

/** Leaves for the sign-in page, which brings the person back here. */
function goToSignIn() {
  const back = location.pathname + location.search;
  location.replace(`${SIGN_IN_PATH}?retour=${encodeURIComponent(back)}`);
  throw new Leaving();
}

/** Where to go after signing in: a path of this site under /admin/, else /admin/. */
function safeReturn(target) {
  if (typeof target !== 'string' || !target.startsWith('/admin/') || target.startsWith('//')) {
    return '/admin/';
  }
  try {
    const url = new URL(target, location.origin);
    if (url.origin !== location.origin || !url.pathname.startsWith('/admin/')
      || url.pathname.startsWith(SIGN_IN_PATH)) {
      return '/admin/';
    }
    return url.pathname + url.search + url.hash;
  } catch {
    return '/admin/';
  }
}

async function readJson(response) {
  const type = response.headers.get('Content-Type') || '';
  if (!type.includes('json')) return null;
  try {
    return await response.json();
  } catch {
    return null;
  }
}

/**
 * Calls the staff API with the bearer token. Answers `{status, ok, data}`;
 * a 401 leaves for the sign-in page.
 */
async function api(method, path, body, headers = {}) {
  const session = readSession();
  if (!session) goToSignIn();
  const init = {
    method,
    headers: { Accept: 'application/json', Authorization: `Bearer ${session.token}`, ...headers },
    cache: 'no-store',
  };
  if (body !== undefined) {
    init.headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  let response;
  try {
    response = await fetch(path, init);
  } catch {
    throw new Unreachable();
  }
  if (response.status === 401) {
    clearSession();
    goToSignIn();
  }
  return { status: response.status, ok: response.ok, data: await readJson(response) };
}

async function readSignInConfig() {
  const response = await fetch(SIGN_IN_CONFIG, { cache: 'no-store' });
  if (!response.ok) throw new Error(`${SIGN_IN_CONFIG}: ${response.status}`);
  return response.json();
}

async function signOut() {
  const session = readSession();
  let config = { kind: 'local' };
  try {
    config = await readSignInConfig();
  } catch {
    // Signing out must work even then: forget the token below.
  }
  if (config.kind !== 'cognito' && session) {
    try {
      await fetch('/api/session', {
        method: 'DELETE',
        headers: { Authorization: `Bearer ${session.token}` },
      });
    } catch {
      // The token is forgotten anyway, and it expires on its own.
    }
  }
  clearSession();
  if (config.kind === 'cognito' && config.logout_url) {
    const url = new URL(config.logout_url);
    url.searchParams.set('client_id', config.client_id);
    url.searchParams.set('logout_uri', config.logout_uri || config.redirect_uri
      || new URL(SIGN_IN_PATH, location.origin).href);
    location.assign(url.href);
    return;
  }
  location.assign(SIGN_IN_PATH);
}

// ---------------------------------------------------------------------------
// Forms: errors beside the fields and a summary, as on the public form

/** The control a field's error points at (the first radio of a group). */
function controlOf(form, field) {
  const name = field === 'contact' ? 'email' : field;
  const item = form.elements.namedItem(name);
  if (!item) return null;
  return item instanceof RadioNodeList ? item[0] : item;
}

function addDescription(node, id) {
  const ids = (node.getAttribute('aria-describedby') || '').split(' ').filter(Boolean);
  if (!ids.includes(id)) ids.push(id);
  node.setAttribute('aria-describedby', ids.join(' '));
}

function clearFieldErrors(form) {
  for (const message of form.querySelectorAll('.erreur[data-js]')) {
    const id = message.id;
    for (const node of form.querySelectorAll('[aria-describedby]')) {
      const ids = node.getAttribute('aria-describedby').split(' ').filter((x) => x && x !== id);
      if (ids.length) node.setAttribute('aria-describedby', ids.join(' '));
      else node.removeAttribute('aria-describedby');
    }
    message.remove();
  }
  for (const node of form.querySelectorAll('[aria-invalid]')) node.removeAttribute('aria-invalid');
  for (const node of form.querySelectorAll('.champ-erreur')) node.classList.remove('champ-erreur');
}

/**
 * Shows each field's message beside the field, and a summary whose links
 * move the focus to the fields, in `summaryHost` (which gets the focus).
 */
function showFieldErrors(form, errors, summaryHost, title) {
  clearFieldErrors(form);
  const items = [];
  for (const error of errors) {
    const control = controlOf(form, error.field);
    // A group's message goes under its legend: radio buttons, the decision's
    // boxes, and « no way to reach the person » under the contact group.
    const grouped = control && (control.type === 'radio' || control.name === 'kinds' || error.field === 'contact');
    const group = grouped ? control.closest('fieldset') : null;
    const box = group || (control && (control.closest('.champ') || control.parentElement));
    if (control && box) {
      const id = error.field === 'contact' ? 'contact-erreur' : `${control.id || error.field}-erreur`;
      if (!byId(id)) {
        const message = el('p', { class: 'erreur', id, 'data-js': true },
          el('span', { class: 'cache' }, 'Erreur\u00a0: '), error.message);
        if (group) {
          const help = group.querySelector(':scope > .aide');
          (help || group.querySelector('legend')).after(message);
        } else if (box.classList.contains('case')) {
          box.prepend(message);
        } else {
          control.before(message);
        }
        box.classList.add('champ-erreur');
      }
      const marked = error.field === 'contact'
        ? [controlOf(form, 'email'), form.elements.namedItem('phone')].filter(Boolean)
        : group ? Array.from(group.querySelectorAll(`input[name="${control.name}"]`)) : [control];
      for (const input of marked) {
        input.setAttribute('aria-invalid', 'true');
        addDescription(input, id);
      }
    }
    items.push({ control, message: error.message });
  }
  const list = el('ul', {}, items.map(({ control, message }) => {
    const target = control || form;
    const link = el('a', { href: `#${target.id || ''}` }, message);
    link.addEventListener('click', (event) => {
      event.preventDefault();
      (control || form.querySelector('input, select, textarea, button')).focus();
    });
    return el('li', {}, link);
  }));
  const summary = el('div', { class: 'resume-erreurs', role: 'alert', tabindex: '-1' },
    el('p', { class: 'resume-titre' }, title), list);
  summaryHost.replaceChildren(summary);
  summary.focus();
}

function checkedValue(form, name) {
  const checked = form.querySelector(`input[name="${name}"]:checked`);
  return checked ? checked.value : '';
}

// ---------------------------------------------------------------------------
// The sign-in page

function base64url(bytes) {
  let text = '';
  for (const byte of bytes) text += String.fromCharCode(byte);
  return btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function randomText(size) {
  return base64url(crypto.getRandomValues(new Uint8Array(size)));
}

async function pkceChallenge(verifier) {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier));
  return base64url(new Uint8Array(digest));
}

async function startSignIn() {
  const params = new URLSearchParams(location.search);
  const alert = byId('alerte');
  let config;
  try {
    config = await readSignInConfig();
  } catch {
    byId('chargement').remove();
    showAlert(alert, 'La page de connexion ne peut pas être chargée. Rechargez la page dans quelques instants.');
    return;
  }
  byId('chargement').remove();
  if (config.kind === 'cognito') {
    let retour = params.get('retour');
    if (params.has('code') || params.has('error')) {
      retour = await finishCognito(config, params);
      if (retour === null) return;
    }
    show(byId('connexion-cognito'), true);
    byId('connexion-cognito-bouton').addEventListener('click', () => {
      startCognito(config, retour).catch(() => showAlert(alert, MESSAGES.failure));
    });
  } else {
    startLocalSignIn(params.get('retour'));
  }
}

function startLocalSignIn(retour) {
  const form = byId('connexion-locale');
  const alert = byId('alerte');
  show(form, true);
  const email = form.elements.namedItem('email');
  const password = form.elements.namedItem('password');
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (isBusy(form)) return;
    clearAlert(alert);
    email.removeAttribute('aria-invalid');
    password.removeAttribute('aria-invalid');
    const missing = [email, password].filter((input) => !input.value.trim());
    if (missing.length) {
      for (const input of missing) input.setAttribute('aria-invalid', 'true');
      showAlert(alert, 'Entrez votre courriel et votre mot de passe.');
      missing[0].focus();
      return;
    }
    setBusy(form, true);
    try {
      const response = await fetch('/api/session', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify({ email: email.value.trim(), password: password.value }),
      });
      const data = await readJson(response);
      if (response.ok && data && typeof data.token === 'string') {
        saveSession(data.token, data.expires_at);
        location.assign(safeReturn(retour));
        return;
      }
      if (response.status === 401) {
        showAlert(alert, problemDetail(data, 'Courriel ou mot de passe incorrect.'));
        password.value = '';
        password.setAttribute('aria-invalid', 'true');
        password.focus();
      } else if (response.status === 429) {
        showAlert(alert, problemDetail(data, 'Trop de tentatives. Attendez quelques minutes avant de réessayer.'));
      } else {
        showAlert(alert, problemDetail(data, MESSAGES.failure));
      }
    } catch {
      showAlert(alert, MESSAGES.unreachable);
    } finally {
      setBusy(form, false);
    }
  });
}

async function startCognito(config, retour) {
  const verifier = randomText(48);
  const state = randomText(24);
  const challenge = await pkceChallenge(verifier);
  sessionStorage.setItem(PKCE_KEY, JSON.stringify({ verifier, state, retour: safeReturn(retour) }));
  const url = new URL(config.authorize_url);
  url.searchParams.set('response_type', 'code');
  url.searchParams.set('client_id', config.client_id);
  url.searchParams.set('redirect_uri', config.redirect_uri);
  url.searchParams.set('scope', config.scope || 'openid email profile');
  url.searchParams.set('state', state);
  url.searchParams.set('code_challenge', challenge);
  url.searchParams.set('code_challenge_method', 'S256');
  location.assign(url.href);
}

/**
 * The hosted UI came back with `?code=&state=` (or `?error=`): checks the
 * state, exchanges the code for tokens and leaves. Answers the address to
 * come back to when the person must try again, `null` when leaving.
 */
async function finishCognito(config, params) {
  const alert = byId('alerte');
  let stored = null;
  try {
    stored = JSON.parse(sessionStorage.getItem(PKCE_KEY) || 'null');
  } catch {
    stored = null;
  }
  sessionStorage.removeItem(PKCE_KEY);
  // The code is single-use: keep it out of the history and of a reload.
  history.replaceState(null, '', location.pathname);
  const retour = stored && stored.retour ? stored.retour : '/admin/';
  if (params.has('error')) {
    showAlert(alert, 'La connexion a été annulée ou refusée. Recommencez.');
    return retour;
  }
  if (!stored || !stored.state || stored.state !== params.get('state')) {
    showAlert(alert, 'Cette connexion n’a pas pu être vérifiée. Recommencez.');
    return retour;
  }
  const form = new URLSearchParams({
    grant_type: 'authorization_code',
    client_id: config.client_id,
    code: params.get('code'),
    redirect_uri: config.redirect_uri,
    code_verifier: stored.verifier,
  });
  try {
    const response = await fetch(config.token_url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: form.toString(),
    });
    const data = await readJson(response);
    if (response.ok && data && typeof data.id_token === 'string') {
      const seconds = Number(data.expires_in) || 3600;
      saveSession(data.id_token, new Date(Date.now() + seconds * 1000).toISOString());
      location.assign(safeReturn(retour));
      return null;
    }
    showAlert(alert, 'La connexion a échoué. Recommencez.');
  } catch {
    showAlert(alert, MESSAGES.unreachable);
  }
  return retour;
}

// ---------------------------------------------------------------------------
// Every signed-in page: the person's name, the menu for their roles, sign-out

function hasRole(member, ...roles) {
  return Array.isArray(member.roles) && roles.some((role) => member.roles.includes(role));
}

function showMember(member) {
  staffNames.set(member.id, member.name);
  setText('personne-nom', member.name);
  show(byId('session'), true);
  for (const item of document.querySelectorAll('[data-roles]')) {
    item.hidden = !hasRole(member, ...item.dataset.roles.split(' '));
  }
}

// ---------------------------------------------------------------------------
// The list of complaints

const FILTERS = ['status', 'handler', 'category', 'channel', 'overdue'];

/** A deadline's state in words, and the look of its badge. */
const DEADLINE_STATES = {
  overdue: ['En retard', 'overdue'],
  today: ['Aujourd’hui', 'today'],
  soon: ['Bientôt', 'soon'],
  later: ['À venir', 'later'],
  due: ['À faire', 'due'],
  met: ['Respectée', 'met'],
  missed: ['Faite en retard', 'overdue'],
};

function capitalised(text) {
  return text ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}

/** A badge that says the state in words; its colour only repeats them. */
function badge(state, text) {
  const [words, look] = Object.hasOwn(DEADLINE_STATES, state) ? DEADLINE_STATES[state] : [state, 'later'];
  return el('span', { class: `badge badge-${look}` }, text || words);
}

function filterQuery(form) {
  const query = new URLSearchParams();
  for (const name of FILTERS) {
    const control = form.elements.namedItem(name);
    if (!control || control.disabled) continue;
    if (control.type === 'checkbox') {
      if (control.checked) query.set(name, 'true');
    } else if (control.value) {
      query.set(name, control.value);
    }
  }
  return query;
}

function applyQuery(form, query) {
  for (const name of FILTERS) {
    const control = form.elements.namedItem(name);
    if (!control) continue;
    if (control.type === 'checkbox') {
      control.checked = query.get(name) === 'true';
    } else {
      const value = query.get(name) || '';
      control.value = Array.from(control.options).some((o) => o.value === value) ? value : '';
    }
  }
}

async function startList(member) {
  if (!hasRole(member, 'responsable', 'direction')) {
    // Reception records complaints; it does not read them.
    location.replace('/admin/nouvelle/');
    throw new Leaving();
  }
  const form = byId('filtres');
  if (hasRole(member, 'direction')) {
    const answer = await api('GET', '/api/staff/handlers');
    if (answer.ok && answer.data && Array.isArray(answer.data.handlers)) {
      const select = byId('filtre-responsable');
      for (const handler of answer.data.handlers) {
        staffNames.set(handler.id, handler.name);
        select.append(el('option', { value: handler.id }, handler.name));
      }
      select.disabled = false;
      show(byId('champ-responsable'), true);
    }
  }
  applyQuery(form, new URLSearchParams(location.search));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const query = filterQuery(form).toString();
    history.pushState(null, '', `/admin/${query ? `?${query}` : ''}`);
    loadList().catch(failed);
  });
  byId('effacer-filtres').addEventListener('click', (event) => {
    event.preventDefault();
    applyQuery(form, new URLSearchParams());
    history.pushState(null, '', '/admin/');
    loadList().catch(failed);
  });
  window.addEventListener('popstate', () => {
    applyQuery(form, new URLSearchParams(location.search));
    loadList().catch(failed);
  });
  await loadList();
}

async function loadList() {
  const form = byId('filtres');
  const table = byId('tableau-plaintes');
  const query = filterQuery(form).toString();
  clearAlert(byId('alerte'));
  announce('Chargement…', { focus: false });
  const answer = await api('GET', `/api/staff/complaints${query ? `?${query}` : ''}`);
  if (!answer.ok || !answer.data || !Array.isArray(answer.data.complaints)) {
    show(table, false);
    announce('', { focus: false });
    showAlert(byId('alerte'), answer.status === 403
      ? MESSAGES.forbidden
      : problemDetail(answer.data, MESSAGES.failure));
    return;
  }
  const complaints = answer.data.complaints;
  byId('lignes').replaceChildren(...complaints.map(complaintRow));
  show(table, complaints.length > 0);
  const filtered = query ? ' pour ces filtres' : '';
  announce(complaints.length === 0
    ? `Aucune plainte${filtered}.`
    : `${complaints.length} plainte${complaints.length > 1 ? 's' : ''}${filtered}, de la plus urgente à la moins urgente.`,
  { focus: false });
}

/** The names of the staff this page knows, by id: the person, the handlers. */
const staffNames = new Map();

/** A handler's name, whether the API gives `{id, name}` or only the id. */
function handlerName(handler) {
  if (!handler) return '';
  if (typeof handler === 'string') return staffNames.get(handler) || handler;
  return handler.name || staffNames.get(handler.id) || handler.id || '';
}

function cell(label, ...content) {
  return el('td', { 'data-label': label }, ...content);
}

function complaintRow(complaint) {
  const link = el('a', { href: `/admin/plainte/?ref=${encodeURIComponent(complaint.reference)}` },
    complaint.reference);
  const deadline = complaint.next_deadline;
  return el('tr', {},
    el('th', { scope: 'row', 'data-label': 'Référence' }, link,
      complaint.flagged_for_board
        ? el('span', { class: 'badge badge-conseil' }, 'Au conseil d’administration')
        : null),
    cell('Reçue le', complaint.received_display),
    cell('Statut', complaint.status_label),
    cell('Catégorie', complaint.category_label),
    cell('Reçue par', complaint.channel_label),
    cell('Responsable', handlerName(complaint.handler) || 'Personne pour l’instant'),
    cell('Prochaine échéance', deadline
      ? [
        badge(deadline.state, capitalised(deadline.remaining)),
        ' ',
        el('span', {}, `${deadline.label} : `, el('span', { class: 'date' }, deadline.due_display)),
      ]
      : 'Aucune'));
}

// ---------------------------------------------------------------------------
// A complaint received by phone, in person, by letter or by e-mail

const INTAKE_FIELDS = ['channel', 'received_at', 'name', 'email', 'phone', 'anonymous', 'category',
  'service', 'description', 'desired_outcome', 'named_staff', 'consent'];

function startIntake(member) {
  if (!hasRole(member, 'accueil', 'direction')) {
    showAlert(byId('alerte'), 'Seuls l’accueil et la direction enregistrent les plaintes reçues autrement que par le site.');
    return;
  }
  show(byId('formulaire-zone'), true);
  const form = byId('formulaire-accueil');
  const received = form.elements.namedItem('received_at');
  received.value = localNow();
  // One key for the life of this form: a second click, or a retry after a
  // lost answer, never records a second complaint.
  const key = randomKey();
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (isBusy(form)) return;
    sendIntake(form, key).catch(failed);
  });
  startAcknowledgement();
}

/**
 * Reception records how a receipt was confirmed, by reference: it cannot
 * read the complaint, so it sends no version and gets only a status back.
 */
function startAcknowledgement() {
  const form = byId('formulaire-accuse');
  form.elements.namedItem('at').value = localNow();
  show(byId('accuse-zone'), true);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (isBusy(form)) return;
    sendAcknowledgement(form).catch(failed);
  });
}

async function sendAcknowledgement(form) {
  const alert = byId('accuse-alerte');
  const done = byId('accuse-reussite');
  clearAlert(alert);
  show(done, false);
  const reference = form.elements.namedItem('reference').value.trim().toUpperCase();
  if (!/^P-\d{4}-\d{4,}$/.test(reference)) {
    showAlert(alert, 'Indiquez le numéro de référence de la plainte, par exemple P-2026-0042.');
    alert.focus();
    return;
  }
  const answer = await api('POST', `/api/staff/complaints/${encodeURIComponent(reference)}/acknowledgement`, {
    means: checkedValue(form, 'means'),
    at: form.elements.namedItem('at').value,
  });
  if (answer.ok) {
    done.textContent = `L’accusé de réception de la plainte ${reference} est consigné.`;
    show(done, true);
    done.focus();
    return;
  }
  const errors = answer.data && Array.isArray(answer.data.errors) ? answer.data.errors : [];
  const message = answer.status === 404
    ? `Aucune plainte ne porte le numéro ${reference}.`
    : answer.status === 403 ? MESSAGES.forbidden : problemDetail(answer.data, MESSAGES.failure);
  showAlert(alert, message, ...errors.map((error) => el('p', {}, error.message || '')));
  alert.focus();
}

function intakeBody(form) {
  const value = (name) => form.elements.namedItem(name).value;
  const checked = (name) => form.elements.namedItem(name).checked;
  return {
    channel: checkedValue(form, 'channel'),
    received_at: value('received_at'),
    name: value('name'),
    email: value('email'),
    phone: value('phone'),
    anonymous: checked('anonymous'),
    category: checkedValue(form, 'category'),
    service: value('service'),
    description: value('description'),
    desired_outcome: value('desired_outcome'),
    named_staff: value('named_staff'),
    consent: checked('consent'),
  };
}

async function sendIntake(form, key) {
  const alert = byId('alerte');
  const summary = byId('resume-zone');
  clearAlert(alert);
  summary.replaceChildren();
  clearFieldErrors(form);
  setBusy(form, true);
  let answer;
  try {
    answer = await api('POST', '/api/staff/complaints', intakeBody(form), { 'Idempotency-Key': key });
  } finally {
    setBusy(form, false);
  }
  if (answer.ok && answer.data && answer.data.reference) {
    showReceipt(answer.data);
    return;
  }
  const errors = answer.data && Array.isArray(answer.data.errors) ? answer.data.errors : [];
  if (answer.status === 422 && errors.length) {
    const order = (field) => {
      const at = INTAKE_FIELDS.indexOf(field === 'contact' ? 'email' : field);
      return at < 0 ? INTAKE_FIELDS.length : at;
    };
    errors.sort((a, b) => order(a.field) - order(b.field));
    showFieldErrors(form, errors, summary,
      `La plainte n’a pas été enregistrée. Corrigez ${errors.length > 1 ? 'ces points' : 'ce point'} :`);
    return;
  }
  showAlert(alert, answer.status === 403
    ? MESSAGES.forbidden
    : problemDetail(answer.data, MESSAGES.failure));
  alert.focus();
}

function showReceipt(receipt) {
  show(byId('formulaire-zone'), false);
  setText('resultat-reference', receipt.reference);
  const code = receipt.access_code;
  setText('resultat-code', code);
  show(byId('resultat-code-zone'), Boolean(code));
  show(byId('resultat-sans-code'), !code);
  show(byId('resultat-deja'), Boolean(receipt.already_received) || !code);
  setText('resultat-recue', receipt.received_display);
  setText('resultat-accuse', receipt.acknowledgement_due_display);
  setText('resultat-reponse', receipt.response_due_display);
  show(byId('resultat-accuse-courriel'), Boolean(receipt.acknowledgement_by_email));
  show(byId('resultat-accuse-a-faire'), !receipt.acknowledgement_by_email);
  show(byId('resultat'), true);
  byId('formulaire-accuse').elements.namedItem('reference').value = receipt.reference || '';
  byId('resultat-titre').focus();
}

// ---------------------------------------------------------------------------
// One complaint's file

/** Which entry of `allowed` shows each step's form. */
const STEP_RIGHTS = {
  acknowledge: 'acknowledge',
  assign: 'assign',
  analyse: 'analyse',
  decide: 'decide',
  respond: 'respond',
  follow_up: 'follow_up',
  add_measure: 'manage_measures',
  measure_done: 'manage_measures',
  close: 'close',
  reopen: 'reopen',
};

/** Each step: its request, and what is said once it is done. */
const STEPS = {
  acknowledge: (form) => ({
    method: 'POST',
    path: '/acknowledgement',
    body: { means: checkedValue(form, 'means'), at: form.elements.namedItem('at').value },
    done: 'L’accusé de réception est enregistré.',
  }),
  assign: (form) => ({
    method: 'POST',
    path: '/assignment',
    body: { handler: form.elements.namedItem('handler').value },
    done: 'La plainte est confiée à la personne choisie. Elle en est avisée par courriel.',
  }),
  analyse: (form) => ({
    method: 'PUT',
    path: '/analysis',
    body: {
      facts: form.elements.namedItem('facts').value,
      root_cause: form.elements.namedItem('root_cause').value,
      notes: form.elements.namedItem('notes').value,
    },
    done: 'L’analyse est enregistrée.',
  }),
  decide: (form) => ({
    method: 'PUT',
    path: '/decision',
    body: {
      kinds: Array.from(form.querySelectorAll('input[name=kinds]:checked'), (box) => box.value),
      text: form.elements.namedItem('text').value,
    },
    done: 'La décision est enregistrée.',
  }),
  respond: (form, submitter) => {
    const means = submitter && submitter.value === 'post' ? 'post' : 'email';
    return {
      method: 'POST',
      path: '/response',
      body: { body: form.elements.namedItem('body').value, means },
      done: means === 'post'
        ? 'La réponse écrite est notée comme envoyée par la poste.'
        : 'La réponse écrite est envoyée par courriel.',
    };
  },
  follow_up: (form) => ({
    method: 'PUT',
    path: '/follow-up',
    body: {
      satisfaction: checkedValue(form, 'satisfaction'),
      adjustment: form.elements.namedItem('adjustment').value,
    },
    done: 'Le suivi est enregistré.',
  }),
  add_measure: (form) => ({
    method: 'POST',
    path: '/measures',
    body: {
      description: form.elements.namedItem('description').value,
      owner: form.elements.namedItem('owner').value,
      due_on: form.elements.namedItem('due_on').value,
    },
    done: 'La mesure corrective est ajoutée.',
  }),
  measure_done: (form) => ({
    method: 'POST',
    path: `/measures/${encodeURIComponent(form.dataset.mesure)}/done`,
    body: { done_on: form.elements.namedItem('done_on').value },
    done: 'La mesure corrective est notée comme faite.',
  }),
  close: () => ({ method: 'POST', path: '/closure', body: {}, done: 'La plainte est fermée.' }),
  reopen: (form) => ({
    method: 'POST',
    path: '/reopening',
    body: { reason: form.elements.namedItem('reason').value },
    done: 'La plainte est rouverte.',
  }),
};

const file = { reference: '', current: null, handlersLoaded: false };

async function startFile() {
  file.reference = new URLSearchParams(location.search).get('ref') || '';
  if (!file.reference) {
    announce('', { focus: false });
    showAlert(byId('alerte'), 'Aucune plainte n’est indiquée.', el('p', {}, el('a', { href: '/admin/' }, 'Retour à la liste des plaintes')));
    return;
  }
  setText('dossier-reference', file.reference);
  document.title = `Plainte ${file.reference} – ${document.title}`;
  for (const form of document.querySelectorAll('form[data-action]')) {
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      if (!isBusy(form)) sendStep(form, event.submitter).catch(failed);
    });
  }
  byId('apercu-bouton').addEventListener('click', () => previewLetter().catch(failed));
  byId('imprimer-bouton').addEventListener('click', printLetter);
  // Printing the page itself (Ctrl+P) prints the whole file, not the letter.
  window.addEventListener('beforeprint', () => {
    if (!printingLetter) document.body.classList.remove('impression-lettre');
  });
  window.addEventListener('afterprint', printEnded);
  await loadFile();
}

function complaintPath(suffix = '') {
  return `/api/staff/complaints/${encodeURIComponent(file.reference)}${suffix}`;
}

/** Reads the file again and redraws everything, then says so. */
async function loadFile(message) {
  const answer = await api('GET', complaintPath());
  if (!answer.ok || !answer.data) {
    show(byId('dossier'), false);
    announce('', { focus: false });
    const text = answer.status === 404 || answer.status === 403
      ? 'Cette plainte est introuvable, ou vous n’avez pas accès à son dossier.'
      : problemDetail(answer.data, MESSAGES.failure);
    showAlert(byId('alerte'), text, el('p', {}, el('a', { href: '/admin/' }, 'Retour à la liste des plaintes')));
    byId('alerte').focus();
    return;
  }
  clearAlert(byId('alerte'));
  for (const region of document.querySelectorAll('[data-alerte]')) clearAlert(region);
  await draw(answer.data, { fill: 'all' });
  announce(message || `Dossier chargé. Statut : ${answer.data.status_label}.`, { focus: Boolean(message) });
}

async function sendStep(form, submitter) {
  const action = form.dataset.action;
  const region = form.querySelector('[data-alerte]');
  clearAlert(region);
  clearFieldErrors(form);
  const request = STEPS[action](form, submitter);
  setBusy(form, true);
  let answer;
  try {
    answer = await api(request.method, complaintPath(request.path),
      { version: file.current.version, ...request.body });
  } finally {
    setBusy(form, false);
  }
  if (answer.ok && answer.data && answer.data.reference) {
    if (action !== 'analyse' && action !== 'decide' && action !== 'follow_up') form.reset();
    if (action === 'respond') show(byId('apercu'), false);
    await draw(answer.data, { fill: action });
    announce(`${request.done} Statut : ${answer.data.status_label}.`);
    return;
  }
  const errors = answer.data && Array.isArray(answer.data.errors) ? answer.data.errors : [];
  if (answer.status === 409) {
    const reload = el('button', { type: 'button', class: 'bouton-secondaire' }, 'Recharger la plainte');
    reload.addEventListener('click', () => {
      loadFile('La plainte est rechargée : vérifiez ce qui a changé avant de recommencer.').catch(failed);
    });
    showAlert(region, problemDetail(answer.data,
      'Cette plainte a été modifiée par quelqu’un d’autre. Rechargez-la avant de recommencer.'), el('p', {}, reload));
    reload.focus();
  } else if (answer.status === 422 && errors.length) {
    showFieldErrors(form, errors, region, `Rien n’a été enregistré. Corrigez ${errors.length > 1 ? 'ces points' : 'ce point'} :`);
  } else {
    showAlert(region, answer.status === 403
      ? MESSAGES.forbidden
      : problemDetail(answer.data, MESSAGES.failure));
    region.focus();
  }
}

/**
 * Redraws the file. `fill` says which forms take the stored values: all
 * of them after a (re)load, only the one just sent after a change, so
 * that what is being typed in another form is not lost.
 */
async function draw(complaint, { fill }) {
  file.current = complaint;
  const allowed = Array.isArray(complaint.allowed) ? complaint.allowed : [];
  show(byId('dossier'), true);

  setText('champ-statut', complaint.status_label);
  setText('champ-recue', complaint.received_display);
  setText('champ-canal', complaint.channel_label);
  setText('champ-categorie', complaint.category_label);
  setText('champ-service', complaint.service_label, 'Non précisé');
  setText('champ-responsable', handlerName(complaint.handler), 'Personne pour l’instant');
  const named = Array.isArray(complaint.named_staff) ? complaint.named_staff : [];
  setText('champ-vises', named.join(', '), 'Aucun');
  show(byId('champ-conseil'), Boolean(complaint.flagged_for_board));
  const person = complaint.complainant || {};
  show(byId('champ-anonyme'), Boolean(person.anonymous));
  setText('champ-nom', person.name, person.anonymous ? 'Anonyme' : 'Non donné');
  setText('champ-courriel', person.email, 'Non donné');
  setText('champ-telephone', person.phone, 'Non donné');
  setText('champ-description', complaint.description);
  setText('champ-souhait', complaint.desired_outcome, 'Non précisé');
  const additions = complaint.additions || [];
  show(byId('ajouts-absents'), additions.length === 0);
  byId('liste-ajouts').replaceChildren(...additions.map((addition) => el('li', {},
    el('p', {}, el('strong', {}, `Le ${addition.at_display}`)),
    el('p', { class: 'texte-libre' }, addition.text || ''))));

  byId('liste-echeances').replaceChildren(...(complaint.deadlines || []).map(deadlineItem));
  const compliance = complaint.compliance || {};
  const kept = (value, yes, no) => (value === true ? yes : value === false ? no : 'En cours.');
  byId('liste-engagements').replaceChildren(
    el('li', {}, el('strong', {}, 'Accusé de réception dans les délais : '),
      kept(compliance.acknowledged_on_time, 'oui.', 'non.')),
    el('li', {}, el('strong', {}, 'Réponse écrite dans les délais : '),
      kept(compliance.answered_on_time, 'oui.', 'non.')),
    el('li', {}, el('strong', {}, 'Suivi fait : '),
      kept(compliance.followed_up, 'oui.', 'non, le délai est passé.')));
  drawSteps(complaint);
  drawMeasures(complaint, allowed.includes('manage_measures'));
  byId('liste-historique').replaceChildren(...(complaint.timeline || []).map((event) => el('li', {},
    el('span', { class: 'date' }, event.at_display), ' – ',
    event.who ? [el('strong', {}, event.who), ' : '] : null, event.what)));
  drawMail(complaint.mail || []);

  for (const form of document.querySelectorAll('form[data-action]')) {
    form.hidden = !allowed.includes(STEP_RIGHTS[form.dataset.action]);
  }
  show(byId('aucune-action'), !Object.values(STEP_RIGHTS).some((right) => allowed.includes(right)));
  show(byId('fermeture-rien'), !allowed.includes('close') && !allowed.includes('reopen'));
  if (allowed.includes('assign') && !file.handlersLoaded) await loadHandlers();
  fillForms(complaint, fill);
}

function deadlineItem(deadline) {
  if (deadline.state_label) {
    return el('li', {}, badge(deadline.state), ' ', el('strong', {}, deadline.label), ' — ', deadline.state_label);
  }
  let words;
  if (deadline.state === 'met' || deadline.state === 'missed') {
    const late = deadline.state === 'missed' ? ', après l’échéance du ' + deadline.due_display : '';
    words = deadline.met_display ? `faite le ${deadline.met_display}${late}` : 'faite';
  } else if (deadline.state === 'overdue') {
    words = `en retard : échéance dépassée le ${deadline.due_display}`;
  } else {
    words = `à faire au plus tard le ${deadline.due_display}`;
  }
  return el('li', {}, badge(deadline.state), ' ', el('strong', {}, deadline.label), ' — ', words);
}

function drawSteps(complaint) {
  const ack = complaint.acknowledgement;
  setText('accuse-fait', ack ? `Réception confirmée le ${ack.at_display} (${ack.means_label}).` : '',
    'La réception n’a pas encore été confirmée à la personne.');
  setText('assignation-faite', complaint.handler ? `Confiée à ${handlerName(complaint.handler)}.` : '',
    'Personne n’est encore responsable de cette plainte.');

  const analysis = complaint.analysis;
  show(byId('analyse-faite'), Boolean(analysis));
  show(byId('analyse-absente'), !analysis);
  if (analysis) {
    setText('analyse-faits-texte', analysis.facts, '—');
    setText('analyse-cause-texte', analysis.root_cause, '—');
    setText('analyse-notes-texte', analysis.notes, '—');
  }

  const decision = complaint.decision;
  show(byId('decision-faite'), Boolean(decision));
  show(byId('decision-absente'), !decision);
  if (decision) {
    setText('decision-genres', (decision.kind_labels || []).join(', '), '—');
    setText('decision-texte-affiche', decision.text);
  }

  const responses = complaint.responses || [];
  show(byId('reponse-absente'), responses.length === 0);
  byId('reponses-envoyees').replaceChildren(...responses.map((response) => el('article', { class: 'reponse' },
    el('p', {}, el('strong', {}, `Envoyée le ${response.sent_display}`),
      ` (${response.means_label})`, response.by ? `, par ${response.by}` : '', '.'),
    el('p', {}, el('strong', {}, 'Objet : '), response.subject || ''),
    el('p', { class: 'texte-libre' }, response.text || ''))));

  const followUp = complaint.follow_up;
  show(byId('suivi-fait'), Boolean(followUp));
  show(byId('suivi-absent'), !followUp);
  if (followUp) {
    setText('suivi-satisfaction-texte', followUp.satisfaction_label);
    setText('suivi-date', followUp.at_display);
    setText('suivi-ajustement-texte', followUp.adjustment, 'Aucun ajustement.');
    setText('suivi-source', followUp.by_client
      ? 'Réponse donnée par la personne elle-même, depuis son dossier.'
      : 'Suivi consigné par le personnel.');
    setText('suivi-commentaire-texte', followUp.comment ? `Son commentaire : ${followUp.comment}` : '');
    show(byId('suivi-commentaire-texte'), Boolean(followUp.comment));
  }
}

function measureState(measure) {
  if (measure.state_label) return measure.state_label;
  if (measure.done_on) return measure.done_display ? `Faite le ${measure.done_display}` : 'Faite';
  if (measure.state === 'overdue') return 'En retard';
  return 'À faire';
}

function drawMeasures(complaint, manage) {
  const measures = complaint.measures || [];
  show(byId('mesures-absentes'), measures.length === 0);
  byId('liste-mesures').replaceChildren(...measures.map((measure, index) => {
    const descriptionId = `mesure-${index}-description`;
    const item = el('li', { class: 'mesure' },
      el('p', { id: descriptionId }, el('strong', {}, measure.description)),
      el('p', {}, `Qui s’en occupe : ${measure.owner || '—'}. Échéance : `,
        el('span', { class: 'date' }, measure.due_display || measure.due_on || '—'), '. ',
        el('span', { class: `etat etat-${measure.done_on ? 'faite' : 'a-faire'}` }, measureState(measure))));
    if (manage && !measure.done_on) item.append(measureDoneForm(measure, index, descriptionId));
    return item;
  }));
}

function measureDoneForm(measure, index, descriptionId) {
  const id = `mesure-${index}-faite`;
  const form = el('form', { class: 'formulaire-mesure', novalidate: true, 'data-mesure': measure.id },
    el('div', { class: 'alerte', role: 'alert', tabindex: '-1', 'data-alerte': true }),
    el('div', { class: 'champ' },
      el('label', { for: id }, 'Faite le'),
      el('input', { type: 'date', id, name: 'done_on', value: localToday(), 'aria-describedby': descriptionId })),
    el('p', {}, el('button', { type: 'submit', class: 'bouton-secondaire', 'aria-describedby': descriptionId },
      'Marquer comme faite')));
  form.dataset.action = 'measure_done';
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!isBusy(form)) sendStep(form, event.submitter).catch(failed);
  });
  return form;
}

function drawMail(mail) {
  show(byId('courriels-aucun'), mail.length === 0);
  show(byId('tableau-courriels'), mail.length > 0);
  byId('lignes-courriels').replaceChildren(...mail.map((message) => el('tr', {},
    el('th', { scope: 'row', 'data-label': 'Courriel' }, message.purpose_label),
    cell('Préparé le', message.queued_display),
    cell('Envoyé le', message.sent_display || 'Pas encore envoyé'),
    cell('Tentatives', String(message.attempts ?? 0)))));
}

async function loadHandlers() {
  const answer = await api('GET', '/api/staff/handlers');
  if (!answer.ok || !answer.data || !Array.isArray(answer.data.handlers)) return;
  const select = byId('assignation-responsable');
  select.replaceChildren(el('option', { value: '' }, 'Choisissez une personne'),
    ...answer.data.handlers.map((handler) => el('option', { value: handler.id }, handler.name)));
  file.handlersLoaded = true;
}

/** Puts the stored values (or sensible defaults) in the step forms. */
function fillForms(complaint, fill) {
  const all = fill === 'all';
  const form = (action) => document.querySelector(`form[data-action="${action}"]`);
  if (all || fill === 'acknowledge') form('acknowledge').elements.namedItem('at').value = localNow();
  if (all || fill === 'assign') {
    const handler = complaint.handler;
    form('assign').elements.namedItem('handler').value = !handler ? '' : typeof handler === 'string' ? handler : handler.id;
  }
  if (all || fill === 'analyse') {
    const analysis = complaint.analysis || {};
    const fields = form('analyse').elements;
    fields.namedItem('facts').value = analysis.facts || '';
    fields.namedItem('root_cause').value = analysis.root_cause || '';
    fields.namedItem('notes').value = analysis.notes || '';
  }
  if (all || fill === 'decide') {
    const decision = complaint.decision || { kinds: [], text: '' };
    for (const box of form('decide').querySelectorAll('input[name=kinds]')) {
      box.checked = (decision.kinds || []).includes(box.value);
    }
    form('decide').elements.namedItem('text').value = decision.text || '';
  }
  if (all || fill === 'follow_up') {
    const followUp = complaint.follow_up;
    for (const radio of form('follow_up').querySelectorAll('input[name=satisfaction]')) {
      radio.checked = Boolean(followUp) && radio.value === followUp.satisfaction;
    }
    form('follow_up').elements.namedItem('adjustment').value = followUp ? followUp.adjustment || '' : '';
  }
}

// The letter preview: the only HTML this page takes from the server.

/** Elements dropped with their content: they run, load or restyle something. */
const DROPPED = new Set(['SCRIPT', 'STYLE', 'IFRAME', 'FRAME', 'FRAMESET', 'OBJECT', 'EMBED', 'APPLET',
  'LINK', 'META', 'BASE', 'FORM', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'MATH', 'IMG', 'PICTURE', 'VIDEO',
  'AUDIO', 'SOURCE', 'TRACK', 'CANVAS', 'INPUT', 'BUTTON', 'SELECT', 'TEXTAREA', 'TITLE', 'HEAD']);
/** Elements kept as they are; any other is replaced by its content. */
const KEPT = new Set(['P', 'BR', 'STRONG', 'B', 'EM', 'I', 'U', 'UL', 'OL', 'LI', 'A', 'TABLE', 'THEAD',
  'TBODY', 'TFOOT', 'TR', 'TH', 'TD', 'DIV', 'SPAN', 'BLOCKQUOTE', 'HR', 'ADDRESS', 'SMALL', 'SUP', 'SUB',
  'PRE', 'CODE', 'DL', 'DT', 'DD']);
/** The only attributes kept, where they make sense. */
const KEPT_ATTRIBUTES = { A: ['href'], TD: ['colspan', 'rowspan'], TH: ['colspan', 'rowspan', 'scope'] };

/** Cleans `node`'s children in place (see `letterNodes`). */
function cleanChildren(node) {
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === Node.COMMENT_NODE) {
      child.remove();
    } else if (child.nodeType === Node.ELEMENT_NODE) {
      const tag = child.tagName.toUpperCase();
      if (DROPPED.has(tag)) {
        child.remove();
        continue;
      }
      cleanChildren(child);
      if (/^H[1-6]$/.test(tag)) {
        // The letter's headings would break the page's outline: bold text.
        const line = child.ownerDocument.createElement('p');
        const strong = child.ownerDocument.createElement('strong');
        strong.append(...child.childNodes);
        line.append(strong);
        child.replaceWith(line);
      } else if (!KEPT.has(tag)) {
        child.replaceWith(...child.childNodes);
      } else {
        const kept = KEPT_ATTRIBUTES[tag] || [];
        for (const attribute of Array.from(child.attributes)) {
          const safe = kept.includes(attribute.name.toLowerCase())
            && (attribute.name.toLowerCase() !== 'href'
              || /^(https?:|mailto:|tel:)/i.test(attribute.value.trim()));
          if (!safe) child.removeAttribute(attribute.name);
        }
      }
    }
  }
}

/**
 * The letter's body as nodes of this document, keeping only plain
 * formatting: scripts, styles, frames, objects and images are removed with
 * their content, every event handler, style, id and class attribute is
 * dropped, and a link keeps only a web, mail or phone address.
 */
function letterNodes(html) {
  const parsed = new DOMParser().parseFromString(String(html || ''), 'text/html');
  cleanChildren(parsed.body);
  return Array.from(parsed.body.childNodes, (node) => document.importNode(node, true));
}

async function previewLetter() {
  const form = document.querySelector('form[data-action="respond"]');
  const region = form.querySelector('[data-alerte]');
  const button = byId('apercu-bouton');
  if (button.getAttribute('aria-disabled') === 'true') return;
  clearAlert(region);
  clearFieldErrors(form);
  button.setAttribute('aria-disabled', 'true');
  let answer;
  try {
    answer = await api('POST', complaintPath('/response/preview'), { body: form.elements.namedItem('body').value });
  } finally {
    button.removeAttribute('aria-disabled');
  }
  if (answer.ok && answer.data) {
    setText('apercu-objet', answer.data.subject);
    byId('lettre').replaceChildren(...letterNodes(answer.data.html));
    show(byId('apercu'), true);
    byId('apercu-titre').focus();
    return;
  }
  const errors = answer.data && Array.isArray(answer.data.errors) ? answer.data.errors : [];
  if (answer.status === 422 && errors.length) {
    showFieldErrors(form, errors, region, 'L’aperçu n’est pas possible. Corrigez ce point :');
  } else {
    showAlert(region, problemDetail(answer.data, MESSAGES.failure));
    region.focus();
  }
}

/** Whether the print under way is the letter's (its button), not the page's. */
let printingLetter = false;

function printLetter() {
  printingLetter = true;
  document.body.classList.add('impression-lettre');
  window.print();
}

function printEnded() {
  printingLetter = false;
  document.body.classList.remove('impression-lettre');
}

// ---------------------------------------------------------------------------
// Corrective measures across complaints

async function startMeasures(member) {
  if (!hasRole(member, 'responsable', 'direction')) {
    announce('', { focus: false });
    showAlert(byId('alerte'), MESSAGES.forbidden);
    return;
  }
  const answer = await api('GET', '/api/staff/measures');
  const measures = answer.data && Array.isArray(answer.data.measures) ? answer.data.measures : null;
  if (!answer.ok || !measures) {
    announce('', { focus: false });
    showAlert(byId('alerte'), problemDetail(answer.data, MESSAGES.failure));
    return;
  }
  byId('lignes').replaceChildren(...measures.map((measure) => {
    const reference = measure.reference || measure.complaint_reference || '';
    const late = !measure.done_on && measure.state === 'overdue';
    return el('tr', {},
      el('th', { scope: 'row', 'data-label': 'Mesure' }, measure.description),
      cell('Plainte', reference
        ? el('a', { href: `/admin/plainte/?ref=${encodeURIComponent(reference)}` }, reference)
        : '—'),
      cell('Qui s’en occupe', measure.owner || '—'),
      cell('Échéance', el('span', { class: 'date' }, measure.due_display || measure.due_on || '—')),
      cell('État', el('span', { class: `badge badge-${measure.done_on ? 'met' : late ? 'overdue' : 'later'}` },
        measureState(measure))));
  }));
  show(byId('tableau-mesures'), measures.length > 0);
  announce(measures.length === 0
    ? 'Aucune mesure corrective pour l’instant.'
    : `${measures.length} mesure${measures.length > 1 ? 's' : ''} corrective${measures.length > 1 ? 's' : ''}.`,
  { focus: false });
}

// ---------------------------------------------------------------------------
// Start

function failed(error) {
  if (error instanceof Leaving) return;
  const region = byId('alerte');
  if (error instanceof Unreachable) {
    showAlert(region, MESSAGES.unreachable);
  } else {
    showAlert(region, MESSAGES.failure);
    // A bug of this page: keep the trace for whoever investigates.
    console.error(error);
  }
  if (region) region.focus();
}

async function start() {
  if (page === 'connexion') {
    await startSignIn();
    return;
  }
  if (!readSession()) goToSignIn();
  byId('deconnexion').addEventListener('click', () => {
    signOut().catch(failed);
  });
  const answer = await api('GET', '/api/staff/me');
  if (!answer.ok || !answer.data) {
    showAlert(byId('alerte'), problemDetail(answer.data, MESSAGES.failure));
    return;
  }
  const member = answer.data;
  showMember(member);
  const pages = { plaintes: startList, nouvelle: startIntake, plainte: startFile, mesures: startMeasures };
  if (pages[page]) await pages[page](member);
}

start().catch(failed);
