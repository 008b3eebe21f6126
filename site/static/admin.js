// The staff pages (/admin/…): static shells filled from the staff API
// (docs/staff-api.md). One module for every page; <body data-page> says
// which page this is.
//
// Two rules hold everywhere in this file:
// - Whatever comes from the API reaches the page as text (textContent,
//   setAttribute, form values), never as markup: a complaint's text may
//   hold HTML or script and must show inert. The only markup taken from the
//   server is the reports' charts, parsed as SVG and cleaned by `svgNode`.
// - The page holds no credential: the session is an HttpOnly cookie the
//   server set. Every change sends the session's form token (from
//   GET /api/staff/session) in `x-plaintes-jeton`; any 401 sends the person
//   to the sign-in page with the address to come back to.

const SIGN_IN_PATH = '/admin/connexion/';

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

// ---------------------------------------------------------------------------
// Session and API

/** The session this page runs in: its form token and when it ends. */
const session = { token: '', endsAt: 0, latestEnd: 0, idleMs: 0, warningMs: 0, timer: 0 };

function useSession(data) {
  session.token = typeof data.form_token === 'string' ? data.form_token : '';
  session.endsAt = Date.parse(data.ends_at) || 0;
  session.latestEnd = Date.parse(data.latest_end) || session.endsAt;
  session.idleMs = (Number(data.idle_seconds) || 0) * 1000;
  session.warningMs = (Number(data.warning_seconds) || 0) * 1000;
  planWarning();
}

/** A request went through: the server pushed the idle end (the absolute one stays). */
function sessionUsed() {
  if (!session.endsAt || !session.idleMs) return;
  session.endsAt = Math.min(Date.now() + session.idleMs, session.latestEnd);
  planWarning();
}

/** Reads the session (and prolongs it: it counts as activity). */
async function loadSession() {
  let response;
  try {
    response = await fetch('/api/staff/session', { cache: 'no-store', headers: { Accept: 'application/json' } });
  } catch {
    throw new Unreachable();
  }
  if (response.status === 401) goToSignIn();
  const data = await readJson(response);
  if (!response.ok || !data) throw new Error(`/api/staff/session: ${response.status}`);
  useSession(data);
  return data;
}

const TIME = new Intl.DateTimeFormat('fr-CA', { hour: 'numeric', minute: '2-digit', timeZone: zone });

function timeOfDay(at) {
  const parts = TIME.formatToParts(new Date(at));
  const hour = parts.find((part) => part.type === 'hour')?.value ?? '';
  const minute = parts.find((part) => part.type === 'minute')?.value ?? '';
  return `${hour}\u00a0h\u00a0${minute}`;
}

/** Before the session ends, says so and offers to go on: nothing typed is lost. */
function planWarning() {
  clearTimeout(session.timer);
  const notice = byId('fin-session');
  if (notice) notice.hidden = true;
  if (!session.endsAt || !notice) return;
  session.timer = setTimeout(() => {
    setText('fin-session-heure', timeOfDay(session.endsAt));
    notice.hidden = false;
    byId('fin-session-continuer').focus();
  }, Math.max(0, session.endsAt - session.warningMs - Date.now()));
}

/** Leaves for the sign-in page, which brings the person back here. */
function goToSignIn() {
  const back = location.pathname + location.search;
  // The page was open in a session: it has ended (the sign-in page says so).
  location.replace(`${SIGN_IN_PATH}?retour=${encodeURIComponent(back)}&fin=expiree`);
  throw new Leaving();
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

/** Sends a request to the staff API in the session; a 401 leaves for the sign-in page. */
async function send(path, { method = 'GET', headers = {}, body } = {}) {
  const init = { method, headers: { ...headers }, cache: 'no-store' };
  if (method !== 'GET' && method !== 'HEAD') init.headers['x-plaintes-jeton'] = session.token;
  if (body !== undefined) init.body = body;
  let response;
  try {
    response = await fetch(path, init);
  } catch {
    throw new Unreachable();
  }
  if (response.status === 401) goToSignIn();
  // Any answer but a 401 prolonged the session on the server.
  sessionUsed();
  return response;
}

/**
 * Calls the staff API in the session. Answers `{status, ok, data}`;
 * a 401 leaves for the sign-in page.
 */
async function api(method, path, body, headers = {}) {
  const request = { method, headers: { Accept: 'application/json', ...headers } };
  if (body !== undefined) {
    request.headers['Content-Type'] = 'application/json';
    request.body = JSON.stringify(body);
  }
  const response = await send(path, request);
  return { status: response.status, ok: response.ok, data: await readJson(response) };
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

/**
 * The sign-in page, rendered by the server: its form posts without a
 * script, its Cognito button is a link. The script only marks the form busy
 * and brings the error summary into view.
 */
function startSignIn() {
  const form = byId('connexion-locale');
  if (form) form.addEventListener('submit', () => setBusy(form, true));
  const summary = byId('resume-erreurs');
  if (summary) summary.focus();
}

// ---------------------------------------------------------------------------
// Every signed-in page: the person's name, the menu for their roles, sign-out

function hasRole(member, ...roles) {
  return Array.isArray(member.roles) && roles.some((role) => member.roles.includes(role));
}

/** Who is signed in, as the server rendered the page for them. */
function signedInMember() {
  const data = document.body.dataset;
  const member = {
    id: data.personne || '',
    name: byId('personne-nom').textContent,
    roles: (data.roles || '').split(' ').filter(Boolean),
  };
  return member;
}

// ---------------------------------------------------------------------------
// Table cells, as the reports show them

function cell(label, ...content) {
  return el('td', { 'data-label': label }, ...content);
}

// ---------------------------------------------------------------------------
// A complaint received by phone, in person, by letter or by e-mail: the
// server's page, its forms posted without a script. The script only marks
// the complaint's form busy while it is sent (a second click sends nothing
// more; a retry would find the same complaint by the form's key).

function startIntake() {
  const form = byId('formulaire-accueil');
  if (form) form.addEventListener('submit', () => setBusy(form, true));
}

// ---------------------------------------------------------------------------
// One complaint's file: the server's page, its step forms posted without a
// script. The script only prints the letter's preview on its own.

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

function startFile() {
  const button = byId('imprimer-bouton');
  if (!button) return;
  button.hidden = false;
  button.addEventListener('click', printLetter);
  // Printing the page itself (Ctrl+P) prints the whole file, not the letter.
  window.addEventListener('beforeprint', () => {
    if (!printingLetter) document.body.classList.remove('impression-lettre');
  });
  window.addEventListener('afterprint', printEnded);
}

// The reports' charts: SVG drawn by the server, taken in as a picture and nothing more.

/** SVG elements dropped with their content: they run, load, restyle or rewrite something. */
const SVG_DROPPED = new Set(['script', 'foreignobject', 'style', 'iframe', 'object', 'embed', 'image',
  'feimage', 'animate', 'set', 'animatemotion', 'animatetransform', 'discard', 'handler', 'listener']);

/**
 * A chart's SVG as an element of this document: parsed as SVG (never as
 * HTML), without scripts, foreign content, styles, animations or images;
 * every event handler and style attribute is dropped, and a link may only
 * point inside the chart. Ids get `prefix` so that two charts never share
 * one, and the references to them (titles, gradients) follow.
 */
function svgNode(source, prefix) {
  if (typeof source !== 'string' || !source.trim()) return null;
  const parsed = new DOMParser().parseFromString(source, 'image/svg+xml');
  const root = parsed.documentElement;
  if (!(root instanceof SVGSVGElement) || parsed.getElementsByTagName('parsererror').length) return null;
  for (const element of Array.from(root.querySelectorAll('*'))) {
    if (SVG_DROPPED.has(element.localName.toLowerCase())) element.remove();
  }
  const elements = [root, ...root.querySelectorAll('*')];
  const ids = new Set(elements.filter((element) => element.id).map((element) => element.id));
  const renamed = (id) => (ids.has(id) ? `${prefix}-${id}` : id);
  for (const element of elements) {
    for (const attribute of Array.from(element.attributes)) {
      const name = attribute.name.toLowerCase();
      const value = attribute.value.trim();
      if (name.startsWith('on') || name === 'style') {
        element.removeAttribute(attribute.name);
      } else if (name === 'href' || name.endsWith(':href')) {
        if (value.startsWith('#')) element.setAttribute(attribute.name, `#${renamed(value.slice(1))}`);
        else element.removeAttribute(attribute.name);
      } else if (name === 'id') {
        element.id = renamed(value);
      } else if (name === 'aria-labelledby' || name === 'aria-describedby') {
        element.setAttribute(attribute.name, value.split(/\s+/).map(renamed).join(' '));
      } else if (/url\(/i.test(value)) {
        // A paint or clip may refer to the chart's own parts, never load anything.
        if (/url\(\s*['"]?(?!#)/i.test(value)) element.removeAttribute(attribute.name);
        else element.setAttribute(attribute.name, value.replace(/url\(\s*(['"]?)#([^)'"\s]+)\1\s*\)/g,
          (_, quote, id) => `url(#${renamed(id)})`));
      }
    }
  }
  return document.importNode(root, true);
}

// ---------------------------------------------------------------------------
// Reports (direction only): a period's figures beside those of the same
// period a year earlier, the two charts the server draws, the CSV file, and
// the year's report for the board. Periods go in the address (`?periode=
// trimestre&trimestre=4&annee=2026`) so that a report can be bookmarked;
// they become the `from` and `to` days the API reads.

const numbers = new Intl.NumberFormat('fr-CA');
const tenths = new Intl.NumberFormat('fr-CA', { maximumFractionDigits: 1 });

function count(value) {
  return typeof value === 'number' ? numbers.format(value) : '—';
}

/** « 92,5 % », with the non-breaking space French puts before the sign. */
function percent(value) {
  return typeof value === 'number' ? `${tenths.format(value)}\u00a0%` : 'Rien à mesurer';
}

/** « 45 sur 50 (90 %) »: how many kept a promise among those that could. */
function share(value) {
  if (!value || !value.measured) return 'Rien à mesurer';
  const ratio = typeof value.percent === 'number' ? value.percent : (100 * value.kept) / value.measured;
  return `${count(value.kept)} sur ${count(value.measured)} (${percent(ratio)})`;
}

function businessDays(value) {
  if (typeof value !== 'number') return 'Aucune réponse envoyée';
  return `${count(value)}\u00a0${value >= 2 ? 'jours ouvrables' : 'jour ouvrable'}`;
}

/** How the template's `data-chiffre` cells are written from a period's figures. */
const FIGURES = {
  received: (figures) => count(figures.received),
  acknowledged: (figures) => share(figures.acknowledged),
  answered: (figures) => share(figures.answered),
  median_days_to_response: (figures) => businessDays(figures.median_days_to_response),
  p90_days_to_response: (figures) => businessDays(figures.p90_days_to_response),
  open_now: (figures) => count(figures.open_now),
  overdue_now: (figures) => count(figures.overdue_now),
  extended: (figures) => count(figures.extended),
  settled_on_the_spot: (figures) => count(figures.settled_on_the_spot),
};

const NOW = 'Cette période';
const LAST_YEAR = 'Même période l’an dernier';

/**
 * The rows of a count table: every code of either period, in the order
 * the API gives this period's (most frequent first), then last year's.
 */
function countRows(heading, current, previous, empty) {
  const rows = new Map();
  const key = (item) => item.code || item.label;
  for (const item of Array.isArray(current) ? current : []) {
    rows.set(key(item), { label: item.label, now: item.count, before: 0 });
  }
  for (const item of Array.isArray(previous) ? previous : []) {
    const row = rows.get(key(item));
    if (row) row.before = item.count;
    else rows.set(key(item), { label: item.label, now: 0, before: item.count });
  }
  if (rows.size === 0) return [el('tr', {}, el('td', { colspan: 3 }, empty))];
  return Array.from(rows.values(), (row) => el('tr', {},
    el('th', { scope: 'row', 'data-label': heading }, row.label),
    cell(NOW, count(row.now)),
    cell(LAST_YEAR, count(row.before))));
}

/** The month tables: the months of this period, each beside the same month a year earlier. */
function monthRows(current, previous, cells) {
  const months = Array.isArray(current.months) ? current.months : [];
  const before = Array.isArray(previous.months) ? previous.months : [];
  return months.map((month, index) => el('tr', {},
    el('th', { scope: 'row', 'data-label': 'Mois' }, month.label),
    ...cells(month, before[index] || {})));
}

const MEASURE_WORDS = {
  done: ['Faite', 'met'],
  due: ['À faire', 'due'],
  overdue: ['En retard', 'overdue'],
};

function reportMeasureRow(measure) {
  const [words, look] = Object.hasOwn(MEASURE_WORDS, measure.state) ? MEASURE_WORDS[measure.state] : ['À faire', 'due'];
  const reference = measure.reference || '';
  return el('tr', {},
    el('th', { scope: 'row', 'data-label': 'Plainte' }, reference
      ? el('a', { href: `/admin/plainte/?ref=${encodeURIComponent(reference)}` }, reference)
      : '—'),
    cell('Qui s’en occupe', measure.owner || '—'),
    cell('Échéance', el('span', { class: 'date' }, measure.due_display || '—')),
    cell('Faite le', measure.done_display ? el('span', { class: 'date' }, measure.done_display) : 'Pas encore'),
    cell('État', el('span', { class: `badge badge-${look}` }, words)));
}

/** « 3 mesures, dont 2 faites », for last year's line under the measures. */
function measuresSummary(measures) {
  const list = Array.isArray(measures) ? measures : [];
  if (list.length === 0) return `${LAST_YEAR} : aucune mesure corrective.`;
  const done = list.filter((measure) => measure.state === 'done').length;
  const plural = (n, word) => `${count(n)} ${word}${n > 1 ? 's' : ''}`;
  return `${LAST_YEAR} : ${plural(list.length, 'mesure')} corrective${list.length > 1 ? 's' : ''}, dont ${plural(done, 'faite')}.`;
}

/** Fills the report's cells, tables and charts from the API's answer. */
function drawReport(report) {
  const current = report.current;
  const previous = report.last_year;
  for (const node of document.querySelectorAll('[data-chiffre]')) {
    const write = FIGURES[node.dataset.chiffre];
    node.textContent = write ? write(node.dataset.periode === 'last_year' ? previous : current) : '—';
  }
  const period = report.period || {};
  const before = report.previous || {};
  byId('rapport-periodes').replaceChildren(
    el('strong', {}, 'Période : '), period.label || `${period.from} au ${period.to}`, '. ',
    el('strong', {}, `${LAST_YEAR} : `), before.label || `${before.from} au ${before.to}`, '.');

  const none = 'Aucune plainte pendant ces deux périodes.';
  byId('lignes-categories').replaceChildren(...countRows('Catégorie', current.by_category, previous.by_category, none));
  byId('lignes-services').replaceChildren(...countRows('Service', current.by_service, previous.by_service,
    'Aucune plainte ne précise de service pendant ces deux périodes.'));
  byId('lignes-canaux').replaceChildren(...countRows('Reçues par', current.by_channel, previous.by_channel, none));
  byId('lignes-decisions').replaceChildren(...countRows('Décision', current.decisions, previous.decisions,
    'Aucune décision pendant ces deux périodes.'));
  byId('lignes-satisfaction').replaceChildren(...countRows('Réponse de la personne', current.satisfaction,
    previous.satisfaction, 'Aucun suivi pendant ces deux périodes.'));
  byId('lignes-causes').replaceChildren(...countRows('Cause', current.root_causes, previous.root_causes,
    'Aucune cause relevée pendant ces deux périodes.'));

  const charts = report.charts || {};
  drawChart('graphique-volumes', charts.volumes);
  byId('lignes-volumes-mois').replaceChildren(...monthRows(current, previous, (month, then) => [
    cell('Reçues', count(month.received)),
    cell('Même mois l’an dernier', count(then.received)),
  ]));
  drawChart('graphique-engagements', charts.compliance);
  byId('lignes-engagements-mois').replaceChildren(...monthRows(current, previous, (month, then) => [
    cell('Accusés de réception à temps', percent(month.acknowledged_percent)),
    cell('Réponses écrites à temps', percent(month.answered_percent)),
    cell('Accusés de réception, même mois l’an dernier', percent(then.acknowledged_percent)),
    cell('Réponses écrites, même mois l’an dernier', percent(then.answered_percent)),
  ]));

  const measures = Array.isArray(current.measures) ? current.measures : [];
  byId('lignes-mesures').replaceChildren(...(measures.length
    ? measures.map(reportMeasureRow)
    : [el('tr', {}, el('td', { colspan: 5 }, 'Aucune mesure corrective pour les plaintes de cette période.'))]));
  setText('mesures-an-dernier', measuresSummary(previous.measures));
  show(byId('rapport'), true);
}

/** Puts a chart in its place, its ids prefixed with the place's: the page has its own ids. */
function drawChart(id, source) {
  const host = byId(id);
  const chart = svgNode(source, id);
  host.replaceChildren(...(chart ? [chart] : []));
  show(host, Boolean(chart));
}

// The period chooser

const PERIOD_FIELDS = {
  mois: ['mois', 'annee'],
  trimestre: ['trimestre', 'annee'],
  annee: ['annee'],
  choisie: ['du', 'au'],
};

function isoDate(year, month, day) {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function lastDayOf(year, month) {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function isIsoDate(text) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const [year, month, day] = text.split('-').map(Number);
  return month >= 1 && month <= 12 && day >= 1 && day <= lastDayOf(year, month);
}

/** The chooser's values from the address; the current quarter by default. */
function periodChoice(query) {
  const today = localToday();
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  const quarter = Math.ceil(month / 3);
  const within = (text, low, high, fallback) => {
    const value = Number(text);
    return String(Number.isInteger(value) && value >= low && value <= high ? value : fallback);
  };
  return {
    periode: Object.hasOwn(PERIOD_FIELDS, query.get('periode')) ? query.get('periode') : 'trimestre',
    mois: within(query.get('mois'), 1, 12, month),
    trimestre: within(query.get('trimestre'), 1, 4, quarter),
    annee: query.get('annee') ?? String(year),
    du: query.get('du') ?? isoDate(year, quarter * 3 - 2, 1),
    au: query.get('au') ?? isoDate(year, quarter * 3, lastDayOf(year, quarter * 3)),
  };
}

function readChoice(form) {
  const value = (name) => form.elements.namedItem(name).value.trim();
  return {
    periode: checkedValue(form, 'periode') || 'trimestre',
    mois: value('mois'),
    trimestre: value('trimestre'),
    annee: value('annee'),
    du: value('du'),
    au: value('au'),
  };
}

function applyChoice(form, choice) {
  for (const radio of form.querySelectorAll('input[name=periode]')) radio.checked = radio.value === choice.periode;
  for (const name of ['mois', 'trimestre', 'annee', 'du', 'au']) form.elements.namedItem(name).value = choice[name];
  showPeriodFields(form);
}

/** Shows the controls of the kind of period chosen; the others are disabled too. */
function showPeriodFields(form) {
  const kind = checkedValue(form, 'periode');
  for (const box of form.querySelectorAll('[data-pour]')) {
    const shown = box.dataset.pour.split(' ').includes(kind);
    box.hidden = !shown;
    for (const control of box.querySelectorAll('input, select')) control.disabled = !shown;
  }
}

function choiceQuery(choice) {
  const query = new URLSearchParams({ periode: choice.periode });
  for (const name of PERIOD_FIELDS[choice.periode]) query.set(name, choice[name]);
  return query;
}

function yearError(text) {
  const year = Number(text);
  return /^\d{4}$/.test(text) && year >= 1900
    ? null
    : { field: 'annee', message: 'Indiquez l’année en quatre chiffres, par exemple 2026.' };
}

/** The first and last days of a choice (`{from, to}`), or the errors to show beside its fields. */
function periodDates(choice) {
  if (choice.periode === 'choisie') {
    const errors = [];
    if (!isIsoDate(choice.du)) errors.push({ field: 'du', message: 'Indiquez le premier jour de la période.' });
    if (!isIsoDate(choice.au)) errors.push({ field: 'au', message: 'Indiquez le dernier jour de la période.' });
    if (errors.length === 0 && choice.au < choice.du) {
      errors.push({ field: 'au', message: 'Le dernier jour doit être le premier jour de la période ou un jour après.' });
    }
    return errors.length ? { errors } : { from: choice.du, to: choice.au };
  }
  const error = yearError(choice.annee);
  if (error) return { errors: [error] };
  const year = Number(choice.annee);
  const [first, last] = choice.periode === 'mois' ? [Number(choice.mois), Number(choice.mois)]
    : choice.periode === 'trimestre' ? [Number(choice.trimestre) * 3 - 2, Number(choice.trimestre) * 3]
      : [1, 12];
  return { from: isoDate(year, first, 1), to: isoDate(year, last, lastDayOf(year, last)) };
}

const reports = { loads: 0, from: '', to: '' };

/** Asks for a period's report; `null` when a later request made this one moot. */
async function fetchReport({ from, to }) {
  reports.loads += 1;
  const load = reports.loads;
  const answer = await api('GET', `/api/staff/reports?${new URLSearchParams({ from, to })}`);
  return load === reports.loads ? answer : null;
}

function isReport(data) {
  return Boolean(data && data.current && data.last_year);
}

function refuseReports() {
  announce('', { focus: false });
  showAlert(byId('alerte'), MESSAGES.forbidden, el('p', {}, 'Les rapports sont réservés à la direction et au conseil d’administration.'));
}

async function startReports(member) {
  if (!hasRole(member, 'direction', 'conseil')) {
    refuseReports();
    return;
  }
  const form = byId('periode');
  show(form, true);
  applyChoice(form, periodChoice(new URLSearchParams(location.search)));
  for (const radio of form.querySelectorAll('input[name=periode]')) {
    radio.addEventListener('change', () => showPeriodFields(form));
  }
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const choice = readChoice(form);
    showReport(form, choice, () => history.pushState(null, '', `/admin/rapports/?${choiceQuery(choice)}`))
      .catch(failed);
  });
  window.addEventListener('popstate', () => {
    const choice = periodChoice(new URLSearchParams(location.search));
    applyChoice(form, choice);
    showReport(form, choice).catch(failed);
  });
  const button = byId('telecharger-csv');
  button.addEventListener('click', () => downloadCsv(button).catch(failed));
  await showReport(form, readChoice(form));
}

/** Shows the report of a choice; `remember` puts a valid choice in the address. */
async function showReport(form, choice, remember = () => {}) {
  const summary = byId('resume-zone');
  clearFieldErrors(form);
  summary.replaceChildren();
  clearAlert(byId('alerte'));
  const period = periodDates(choice);
  const title = (errors) => `Le rapport ne peut pas être affiché. Corrigez ${errors.length > 1 ? 'ces points' : 'ce point'} :`;
  if (period.errors) {
    reports.loads += 1;
    show(byId('rapport'), false);
    announce('', { focus: false });
    showFieldErrors(form, period.errors, summary, title(period.errors));
    return;
  }
  remember();
  announce('Chargement du rapport…', { focus: false });
  const answer = await fetchReport(period);
  if (!answer) return;
  if (answer.ok && isReport(answer.data)) {
    Object.assign(reports, period);
    drawReport(answer.data);
    byId('lien-rapport-annuel').setAttribute('href', `/admin/rapports/imprimer/?annee=${period.from.slice(0, 4)}`);
    const label = answer.data.period && answer.data.period.label;
    announce(`Rapport affiché${label ? ` : ${label}` : ''}.`, { focus: false });
    return;
  }
  show(byId('rapport'), false);
  announce('', { focus: false });
  const errors = answer.data && Array.isArray(answer.data.errors) ? answer.data.errors : [];
  if (answer.status === 422 && errors.length) {
    // The API names `from` and `to`; the chooser shows them on its own fields.
    const fields = choice.periode === 'choisie' ? { from: 'du', to: 'au' } : { from: 'annee', to: 'annee' };
    const shown = errors.map((error) => ({ field: fields[error.field] || 'annee', message: error.message }))
      .filter((error, index, all) => all.findIndex((other) => other.field === error.field) === index);
    showFieldErrors(form, shown, summary, title(shown));
  } else if (answer.status === 403) {
    refuseReports();
  } else {
    showAlert(byId('alerte'), problemDetail(answer.data, MESSAGES.failure));
    byId('alerte').focus();
  }
}

/** The file name a Content-Disposition header gives, else `fallback`. */
function attachmentName(header, fallback) {
  const encoded = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(header || '');
  if (encoded) {
    try {
      return decodeURIComponent(encoded[1].trim());
    } catch {
      // A badly encoded name: the plain one, or the fallback, will do.
    }
  }
  const plain = /filename\s*=\s*"?([^";]+)"?/i.exec(header || '');
  return plain ? plain[1].trim() : fallback;
}

/**
 * Downloads the period's CSV file: the API wants the bearer token, which a
 * plain link cannot send, so the file is fetched and handed to the browser
 * through an object URL that is revoked once the download has started.
 */
async function downloadCsv(button) {
  if (button.getAttribute('aria-disabled') === 'true' || !reports.from) return;
  button.setAttribute('aria-disabled', 'true');
  clearAlert(byId('alerte'));
  announce('Préparation du fichier CSV…', { focus: false });
  let response;
  let file;
  try {
    response = await send(`/api/staff/reports.csv?${new URLSearchParams({ from: reports.from, to: reports.to })}`,
      { headers: { Accept: 'text/csv' } });
    if (response.ok) file = await response.blob();
  } finally {
    button.removeAttribute('aria-disabled');
  }
  if (!file) {
    announce('', { focus: false });
    showAlert(byId('alerte'), response.status === 403
      ? MESSAGES.forbidden
      : problemDetail(await readJson(response), MESSAGES.failure));
    byId('alerte').focus();
    return;
  }
  const name = attachmentName(response.headers.get('Content-Disposition'),
    `plaintes-${reports.from}-au-${reports.to}.csv`);
  const url = URL.createObjectURL(file);
  const link = el('a', { href: url, download: name, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
  announce(`Le fichier ${name} est téléchargé.`, { focus: false });
}

// The year's report for the board (`?annee=2026`), to print.

/** « 1er décembre 2026 », today in the organisation's zone. */
function longToday() {
  const parts = new Intl.DateTimeFormat('fr-CA', {
    timeZone: zone, day: 'numeric', month: 'long', year: 'numeric',
  }).formatToParts(new Date());
  return parts.map((part) => (part.type === 'day' && part.value === '1' ? '1er' : part.value)).join('');
}

async function startAnnualReport(member) {
  setText('rapport-date', longToday());
  if (!hasRole(member, 'direction', 'conseil')) {
    refuseReports();
    return;
  }
  const year = (new URLSearchParams(location.search).get('annee') || localToday().slice(0, 4)).trim();
  if (yearError(year)) {
    announce('', { focus: false });
    showAlert(byId('alerte'), 'L’année demandée n’est pas valide.',
      el('p', {}, el('a', { href: '/admin/rapports/' }, 'Retour aux rapports')));
    return;
  }
  setText('rapport-annee-titre', year);
  document.title = `Rapport annuel sur les plaintes ${year} – ${document.title.split(' – ').slice(1).join(' – ')}`;
  byId('imprimer-rapport').addEventListener('click', () => window.print());
  announce('Chargement du rapport…', { focus: false });
  const answer = await fetchReport({ from: `${year}-01-01`, to: `${year}-12-31` });
  if (!answer) return;
  if (answer.ok && isReport(answer.data)) {
    drawReport(answer.data);
    announce(`Rapport annuel ${year} affiché.`, { focus: false });
    return;
  }
  if (answer.status === 403) {
    refuseReports();
    return;
  }
  announce('', { focus: false });
  showAlert(byId('alerte'), problemDetail(answer.data, MESSAGES.failure));
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
    startSignIn();
    return;
  }
  const data = document.body.dataset;
  useSession({
    form_token: data.jeton,
    ends_at: data.finSession,
    latest_end: data.finAuPlusTard,
    idle_seconds: data.inactivite,
    warning_seconds: data.avertissement,
  });
  byId('fin-session-continuer').addEventListener('click', () => {
    loadSession().then(() => byId('contenu').focus()).catch(failed);
  });
  const member = signedInMember();
  const pages = {
    nouvelle: startIntake,
    plainte: startFile,
    rapports: startReports,
    'rapport-annuel': startAnnualReport,
  };
  if (pages[page]) await pages[page](member);
}

start().catch(failed);
