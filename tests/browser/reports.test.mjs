// The director reads the reports with the keyboard alone on a small phone
// screen: a period chosen in the form (and kept in the address), the
// figures of the complaints just received, the two charts each followed by
// its table, the CSV file, and the year's report for the board, on screen
// and on paper. A manager is refused, by the page and by the API. Every
// state is accessible (WCAG 2.2 AA) and within the security policy.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  launch, narrowPage, accessibilityViolations, sidewaysOverflow, staffAccount, baseUrl,
  activate, typeInto, typeDate, chooseRadio, chooseOption, submitComplaint, signIn, staffToken,
} from './helpers.mjs';

const director = staffAccount('direction');
const manager = staffAccount('handler');

const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre',
  'octobre', 'novembre', 'décembre'];
const numbers = new Intl.NumberFormat('fr-CA');

/** Today in the organisation's zone, as the server counts days. */
function today() {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'America/Toronto', year: 'numeric', month: '2-digit', day: '2-digit',
  }).formatToParts(new Date());
  const part = (type) => parts.find((p) => p.type === type).value;
  return { year: Number(part('year')), month: Number(part('month')), iso: `${part('year')}-${part('month')}-${part('day')}` };
}

const now = today();
const pad = (n) => String(n).padStart(2, '0');
const monthStart = `${now.year}-${pad(now.month)}-01`;
const monthEnd = `${now.year}-${pad(now.month)}-${pad(new Date(Date.UTC(now.year, now.month, 0)).getUTCDate())}`;

/** The director's report of this month, straight from the API. */
async function monthReport(token) {
  const response = await fetch(`${baseUrl}/api/staff/reports?from=${monthStart}&to=${monthEnd}`, {
    headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' },
  });
  assert.equal(response.status, 200);
  return response.json();
}

const countOf = (list, code) => (list.find((item) => item.code === code) || { count: 0 }).count;

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

function assertClean(page, expected = []) {
  const unexpected = page.consoleErrors.filter((line) => !expected.some((pattern) => pattern.test(line)));
  assert.deepEqual(unexpected, [], 'no script, CSP or request error');
}

async function assertSound(page, where) {
  assert.deepEqual(await accessibilityViolations(page), [], `${where}: accessibility`);
  assert.ok(await sidewaysOverflow(page) <= 0, `${where}: the page scrolls sideways`);
}

/** Waits until the status region says `message`. */
async function said(page, message) {
  await page.locator('#statut').filter({ hasText: message }).waitFor();
}

/** The text of a figure of the template (`received`, `acknowledged`…) for one period. */
async function figure(page, name, period = 'current') {
  return page.locator(`[data-chiffre="${name}"][data-periode="${period}"]`).textContent();
}

/** The cells of the row whose heading is `label` in the table body `id`. */
async function row(page, id, label) {
  const line = page.locator(`#${id} tr`, { has: page.locator(`th:text-is("${label}")`) });
  return line.locator('td').allTextContents();
}

/** Both charts are pictures with a title, each followed by the table of its figures. */
async function assertCharts(page, months) {
  for (const id of ['graphique-volumes', 'graphique-engagements']) {
    const chart = page.locator(`#${id} > svg[role="img"]`);
    assert.equal(await chart.count(), 1, `${id}: one chart`);
    assert.match(await chart.locator('title').first().textContent(), /\S/, `${id}: a title`);
    const label = (await chart.getAttribute('aria-labelledby')).split(' ');
    for (const part of label) assert.equal(await page.locator(`[id="${part}"]`).count(), 1, `${id}: ${part}`);
    assert.equal(await page.locator(`#${id} :is(script, foreignObject, [onload], [onclick], [style])`).count(), 0);
    const table = page.locator(`#${id} + table`);
    assert.equal(await table.count(), 1, `${id}: a table follows the chart`);
    assert.equal(await table.locator('tbody tr').count(), months, `${id}: one row a month`);
  }
}

test('the director chooses a period with the keyboard and reads its figures', async () => {
  const token = await staffToken(director);
  const before = (await monthReport(token)).current;
  await submitComplaint({ name: 'Léa Gagnon', email: 'rapport.un@example.com', category: 'attitude_du_personnel', service: 'orientation', description: 'On m’a mal reçu à l’accueil.' });
  await submitComplaint({ category: 'attitude_du_personnel', service: 'orientation', description: 'Le ton employé était déplacé.', anonymous: true });
  await submitComplaint({ name: 'Omar Haddad', email: 'rapport.trois@example.com', category: 'prestation_de_services', service: 'immigration', description: 'Le service promis n’a pas été rendu.' });
  const expected = await monthReport(token);
  assert.equal(expected.current.received, before.received + 3, 'nothing else was received meanwhile');

  const page = await narrowPage(browser);
  await signIn(page, director, '/admin/rapports/');
  assert.equal(await page.locator('nav a[href="/admin/rapports/"]').getAttribute('aria-current'), 'page');
  // By default, the current quarter.
  await said(page, /^Rapport affiché/);
  assert.equal(await page.locator('#periode-trimestre').isChecked(), true);
  assert.equal(await page.locator('#rapport-trimestre').inputValue(), String(Math.ceil(now.month / 3)));
  assert.equal(await page.locator('#rapport-annee').inputValue(), String(now.year));
  await assertCharts(page, 3);
  await assertSound(page, 'rapport du trimestre');

  // Two days the wrong way round are refused beside the field.
  await chooseRadio(page, 'Trimestre', 'Période choisie');
  assert.equal(await page.locator('#rapport-trimestre').isVisible(), false);
  await typeDate(page, 'Premier jour de la période', now.iso);
  await typeDate(page, 'Dernier jour de la période', `${now.year - 1}-01-01`);
  await activate(page, 'Afficher le rapport');
  await page.locator('#resume-zone .resume-erreurs').waitFor();
  assert.equal(await page.evaluate(() => document.activeElement.classList.contains('resume-erreurs')), true);
  assert.equal(await page.locator('#rapport-au').getAttribute('aria-invalid'), 'true');
  assert.equal(await page.locator('#rapport').isVisible(), false);
  await assertSound(page, 'période à corriger');

  // This month, chosen with the arrows, the list and the keyboard.
  await chooseRadio(page, 'Période choisie', 'Mois');
  await chooseOption(page, 'Le mois', MONTHS[now.month - 1]);
  await typeInto(page, 'L’année', String(now.year));
  await activate(page, 'Afficher le rapport');
  await page.waitForURL((url) => url.searchParams.get('periode') === 'mois'
    && url.searchParams.get('mois') === String(now.month) && url.searchParams.get('annee') === String(now.year));
  await said(page, new RegExp(`^Rapport affiché : du 1er ${MONTHS[now.month - 1]}`));
  assert.equal(await page.locator('.resume-erreurs').count(), 0);

  // What was seeded shows, in French figures, beside the same month last year.
  assert.equal(await figure(page, 'received'), numbers.format(expected.current.received));
  assert.equal(await figure(page, 'received', 'last_year'), numbers.format(expected.last_year.received));
  assert.deepEqual(await row(page, 'lignes-categories', 'L’attitude du personnel'), [
    numbers.format(countOf(before.by_category, 'attitude_du_personnel') + 2),
    numbers.format(countOf(expected.last_year.by_category, 'attitude_du_personnel')),
  ]);
  assert.deepEqual(await row(page, 'lignes-services', 'Accueil et intégration des personnes immigrantes'), [
    numbers.format(countOf(before.by_service, 'immigration') + 1),
    numbers.format(countOf(expected.last_year.by_service, 'immigration')),
  ]);
  assert.equal((await row(page, 'lignes-canaux', 'Site web'))[0], numbers.format(countOf(expected.current.by_channel, 'web')));
  const share = /^(\d[\d\s]* sur \d[\d\s]* \(\d+(,\d)?\u00a0%\)|Rien à mesurer)$/;
  assert.match(await figure(page, 'acknowledged'), share);
  assert.match(await figure(page, 'answered'), share);
  const { acknowledged } = expected.current;
  if (acknowledged.measured) {
    const percent = new Intl.NumberFormat('fr-CA', { maximumFractionDigits: 1 }).format(acknowledged.percent);
    assert.equal(await figure(page, 'acknowledged'),
      `${acknowledged.kept} sur ${acknowledged.measured} (${percent}\u00a0%)`);
  }
  assert.equal(await figure(page, 'open_now'), numbers.format(expected.current.open_now));
  assert.equal(await figure(page, 'overdue_now'), numbers.format(expected.current.overdue_now));
  assert.equal(await page.locator('th:text-is("Même période l’an dernier")').count(), 8);
  await assertCharts(page, 1);
  const monthLine = page.locator('#lignes-volumes-mois tr').first();
  assert.equal(await monthLine.locator('td').first().textContent(), numbers.format(expected.current.received));
  for (const heading of ['Volume', 'Respect des engagements', 'Décisions et satisfaction',
    'Causes les plus fréquentes', 'Mesures correctives']) {
    assert.equal(await page.locator(`h2:text-is("${heading}")`).isVisible(), true, heading);
  }
  await assertSound(page, 'rapport du mois');

  // The chosen period is in the address: a reload shows it again.
  await page.reload();
  await said(page, /^Rapport affiché/);
  assert.equal(await page.locator('#periode-mois').isChecked(), true);
  assert.equal(await page.locator('#rapport-mois').inputValue(), String(now.month));
  assert.equal(await figure(page, 'received'), numbers.format(expected.current.received));

  // The CSV file: fetched with the token, then downloaded.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    activate(page, 'Télécharger le fichier CSV'),
  ]);
  assert.equal(download.suggestedFilename(), `plaintes-${monthStart}-au-${monthEnd}.csv`);
  const bytes = readFileSync(await download.path());
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 with a BOM');
  const lines = bytes.subarray(3).toString('utf8').split(/\r?\n/).filter(Boolean);
  assert.ok(lines[0].includes(';'), 'columns separated by semicolons');
  assert.equal(lines.length - 1, expected.current.received, 'one row per complaint');
  await said(page, /fichier .*\.csv est téléchargé/);
  assert.equal(await page.evaluate(() => document.querySelectorAll('a[download]').length), 0);

  // The year's report for the board.
  await activate(page, 'Rapport annuel imprimable');
  await page.waitForURL(`${baseUrl}/admin/rapports/imprimer/?annee=${now.year}`);
  await said(page, `Rapport annuel ${now.year} affiché.`);
  assert.equal(await page.locator('h1').innerText(), `Rapport annuel sur les plaintes ${now.year}`);
  assert.equal(await page.locator('.rapport-organisme').textContent(), 'Carrefour jeunesse-emploi de Frontenac');
  assert.match(await page.locator('#rapport-date').textContent(), /^(1er|\d{1,2}) [a-zéû]+ \d{4}$/);
  assert.match(await page.title(), new RegExp(`^Rapport annuel sur les plaintes ${now.year} – `));
  const year = await (await fetch(`${baseUrl}/api/staff/reports?from=${now.year}-01-01&to=${now.year}-12-31`, {
    headers: { Authorization: `Bearer ${token}` },
  })).json();
  assert.equal(await figure(page, 'received'), numbers.format(year.current.received));
  await assertCharts(page, 12);
  await assertSound(page, 'rapport annuel');
  // On paper: the figures, without the menu and the buttons.
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('header.entete').isVisible(), false);
  assert.equal(await page.locator('#imprimer-rapport').isVisible(), false);
  assert.equal(await page.locator('.retour').isVisible(), false);
  assert.equal(await page.locator('#tableau-volumes-mois').isVisible(), true);
  await page.emulateMedia({ media: 'screen' });
  assert.equal(await page.locator('#imprimer-rapport').isVisible(), true);
  assertClean(page);
  await page.context().close();
});

test('charts and labels from the server are taken in as pictures and text, never as code', async () => {
  // The API is played by a route that answers what a compromised server
  // might: a chart full of script, a second chart with the same ids, a
  // label full of markup, and a chart that is not SVG at all.
  const markup = '<img src=x onerror="window.__xss=1">';
  const hostile = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 50" role="img" aria-labelledby="titre" onload="window.__xss=1">'
    + '<title id="titre">Graphique piégé</title><script>window.__xss=1</script>'
    + '<foreignObject width="100" height="50"><iframe xmlns="http://www.w3.org/1999/xhtml" src="javascript:parent.__xss=1"></iframe></foreignObject>'
    + '<a href="javascript:window.__xss=1"><rect width="10" height="10" fill="url(#motif)" onclick="window.__xss=1" style="fill:red"/></a>'
    + '<rect width="5" height="5" fill="url(https://ailleurs.example/x.svg#a)"/>'
    + '<set attributeName="href" to="javascript:window.__xss=1"/><pattern id="motif" width="2" height="2"/></svg>';
  const figures = (received) => ({
    received,
    by_category: [{ code: 'autre', label: markup, count: received }],
    by_service: [], by_channel: [],
    months: [{ label: 'nov. 2026', received, acknowledged_percent: 92.54, answered_percent: null }],
    acknowledged: { kept: 1234, measured: 1334, percent: 92.50374812593703 },
    answered: { kept: 0, measured: 0, percent: null },
    median_days_to_response: 1, p90_days_to_response: 12,
    decisions: [], satisfaction: [], root_causes: [],
    open_now: 0, overdue_now: 0,
    measures: [{ reference: 'P-2026-0001', owner: markup, due_display: '1er décembre 2026', done_display: null, state: 'overdue' }],
  });
  const page = await narrowPage(browser);
  await page.route((url) => url.pathname === '/api/staff/reports', (route) => route.fulfill({
    json: {
      period: { from: '2026-11-01', to: '2026-11-30', label: 'du 1er novembre 2026 au 30 novembre 2026' },
      previous: { from: '2025-11-01', to: '2025-11-30', label: markup },
      current: figures(1500),
      last_year: figures(2),
      charts: { volumes: hostile, compliance: `<p>${markup}</p>` },
    },
  }));
  await signIn(page, director, '/admin/rapports/?periode=mois&mois=11&annee=2026');
  await said(page, /^Rapport affiché/);
  assert.equal(await page.evaluate(() => typeof window.__xss), 'undefined', 'nothing ran');
  const chart = page.locator('#graphique-volumes > svg[role="img"]');
  assert.equal(await chart.locator('title').textContent(), 'Graphique piégé');
  assert.equal(await page.locator('#graphique-volumes :is(script, foreignObject, iframe, set, a[href], [onload], [onclick], [style])').count(), 0);
  assert.equal(await chart.getAttribute('onload'), null);
  // Its ids are its own, and its title still names it.
  const titleId = await chart.getAttribute('aria-labelledby');
  assert.equal(titleId, 'graphique-volumes-titre');
  assert.equal(await page.locator(`#${titleId}`).textContent(), 'Graphique piégé');
  assert.equal(await chart.locator('rect').first().getAttribute('fill'), 'url(#graphique-volumes-motif)');
  assert.equal(await chart.locator('rect').nth(1).getAttribute('fill'), null, 'no paint from elsewhere');
  // A chart that is not SVG is left out; its table stays.
  assert.equal(await page.locator('#graphique-engagements').isVisible(), false);
  assert.equal(await page.locator('#graphique-engagements *').count(), 0);
  assert.equal(await page.locator('#lignes-engagements-mois tr').count(), 1);
  // Markup in a label shows as typed; figures are written the French way.
  assert.equal((await page.locator('#lignes-categories th').first().textContent()), markup);
  assert.match(await page.locator('#lignes-mesures').innerText(), /<img src=x/);
  assert.match(await page.locator('#rapport-periodes').innerText(), /<img src=x/);
  assert.equal(await page.locator('#rapport img').count(), 0);
  assert.equal(await figure(page, 'received'), '1\u00a0500');
  assert.equal(await figure(page, 'acknowledged'), '1\u00a0234 sur 1\u00a0334 (92,5\u00a0%)');
  assert.equal(await figure(page, 'answered'), 'Rien à mesurer');
  assert.equal(await figure(page, 'median_days_to_response'), '1\u00a0jour ouvrable');
  assert.equal(await figure(page, 'p90_days_to_response'), '12\u00a0jours ouvrables');
  assert.deepEqual(await row(page, 'lignes-engagements-mois', 'nov. 2026'),
    ['92,5\u00a0%', 'Rien à mesurer', '92,5\u00a0%', 'Rien à mesurer']);
  assert.match(await page.locator('#lignes-mesures').innerText(), /En retard/);
  await assertSound(page, 'rapport aux données piégées');
  assert.equal(await page.evaluate(() => typeof window.__xss), 'undefined', 'nothing ran');
  // Chromium checks the page's policy while it parses the SVG, before it is
  // cleaned: the handlers and styles are refused there too, and say so.
  assertClean(page, [/^(Executing inline event handler|Applying inline style) violates .* The action has been blocked\.$/]);
  await page.context().close();
});

test('a manager is refused the reports, by the page and by the API', async () => {
  const page = await narrowPage(browser);
  await signIn(page, manager, '/admin/rapports/');
  await page.locator('#alerte').filter({ hasText: /ne vous permet pas/ }).waitFor();
  assert.equal(await page.locator('#periode').isVisible(), false);
  assert.equal(await page.locator('#rapport').isVisible(), false);
  assert.equal(await page.locator('nav a[href="/admin/rapports/"]').isVisible(), false);
  await assertSound(page, 'rapports refusés');
  await page.goto(`${baseUrl}/admin/rapports/imprimer/?annee=${now.year}`);
  await page.locator('#alerte').filter({ hasText: /ne vous permet pas/ }).waitFor();
  assert.equal(await page.locator('#rapport').isVisible(), false);
  await assertSound(page, 'rapport annuel refusé');
  assertClean(page);
  await page.context().close();

  const token = await staffToken(manager);
  for (const path of ['reports', 'reports.csv']) {
    const response = await fetch(`${baseUrl}/api/staff/${path}?from=${monthStart}&to=${monthEnd}`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    assert.equal(response.status, 403, path);
    assert.match(response.headers.get('content-type'), /^application\/problem\+json/, path);
  }
});
