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
  await said(page, new RegExp(`^Rapport affiché\u00a0: du 1er\u00a0${MONTHS[now.month - 1]}`));
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
  assert.equal((await row(page, 'lignes-langues', 'français'))[0], numbers.format(countOf(expected.current.by_language, 'fr-CA')));
  // Categories, services, channels, languages, months (twice), decisions, satisfaction, causes.
  assert.equal(await page.locator('th:text-is("Même période l’an dernier")').count(), 9);
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

  // The CSV file: a plain link, the cookie goes with it, the server names the file.
  assert.equal(await page.getAttribute('#telecharger-csv', 'href'),
    `/api/staff/reports.csv?from=${monthStart}&to=${monthEnd}`);
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

  // The year's report for the board.
  await activate(page, 'Rapport annuel imprimable');
  await page.waitForURL(`${baseUrl}/admin/rapports/imprimer/?annee=${now.year}`);
  await said(page, `Rapport annuel ${now.year} affiché.`);
  assert.equal(await page.locator('h1').innerText(), `Rapport annuel sur les plaintes ${now.year}`);
  assert.equal(await page.locator('.rapport-organisme').textContent(), 'Carrefour jeunesse-emploi de Frontenac');
  assert.match(await page.locator('#rapport-date').textContent(), /^(1er|\d{1,2})\u00a0[a-zéû]+ \d{4}$/);
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

test('what staff typed shows in the report as text, never as code', async () => {
  // A corrective measure whose owner holds markup, on a complaint of this
  // month (anonymous: no mail, so that the run stays under the per-address limit).
  const markup = '<img src=x onerror="window.__xss=1">';
  const { reference } = await submitComplaint({ anonymous: true, description: 'Un rendez-vous oublié.' });
  const token = await staffToken(director);
  const file = await (await fetch(`${baseUrl}/api/staff/complaints/${reference}`, {
    headers: { Authorization: `Bearer ${token}` },
  })).json();
  const added = await fetch(`${baseUrl}/api/staff/complaints/${reference}/measures`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ version: file.version, description: 'Tenir un agenda partagé.', owner: markup, due_on: monthEnd }),
  });
  assert.equal(added.status, 200, await added.text());

  const page = await narrowPage(browser);
  await signIn(page, director, `/admin/rapports/?periode=mois&mois=${now.month}&annee=${now.year}`);
  await said(page, /^Rapport affiché/);
  const line = page.locator('#lignes-mesures tr', { has: page.locator(`a:text-is("${reference}")`) });
  assert.deepEqual((await line.locator('td').allTextContents()).slice(0, 1), [markup]);
  assert.match(await line.innerText(), /À faire|En retard/);
  assert.equal(await page.locator('#rapport img').count(), 0);
  // The charts are the server's drawing: pictures with a title, no code.
  assert.equal(await page.locator('#rapport :is(script, foreignObject, iframe, [onload], [onclick], [onerror], [style])').count(), 0);
  await assertSound(page, 'rapport avec du texte piégé');
  assert.equal(await page.evaluate(() => typeof window.__xss), 'undefined', 'nothing ran');
  assertClean(page);
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
