// A complaint about the director reaches the board alone, by keyboard: the
// person says so on the form, on a phone; the director neither lists nor
// opens it; the board finds it in its list, marked, opens it and may give
// it to a manager, who is never the director. Every page is accessible
// (WCAG 2.2 AA).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  launch, phonePage, narrowPage, accessibilityViolations, sidewaysOverflow, staffAccount, baseUrl,
  activate, typeInto, chooseRadio, check, signIn,
} from './helpers.mjs';

const director = staffAccount('direction');
const board = staffAccount('board');
const manager = staffAccount('handler');

let browser;
let reference = '';
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

async function assertSound(page, where, expectedErrors = []) {
  assert.deepEqual(await accessibilityViolations(page), [], `${where}: accessibility`);
  assert.ok(await sidewaysOverflow(page) <= 0, `${where}: the page scrolls sideways`);
  const unexpected = page.consoleErrors.filter((line) => !expectedErrors.some((p) => p.test(line)));
  assert.deepEqual(unexpected, [], `${where}: no script, CSP or request error`);
}

test('a person says on the form that the complaint is about the director', async () => {
  const page = await phonePage(browser);
  await page.goto(`${baseUrl}/porter-plainte/`);
  await check(page, 'Je préfère rester anonyme');
  await chooseRadio(page, 'La prestation de services', 'L’attitude du personnel');
  await typeInto(page, 'Décrivez ce qui s’est passé (obligatoire)', 'On m’a refusé un rendez-vous sans explication.');
  await typeInto(page, 'Son nom ou son rôle, comme vous le connaissez', 'La directrice');
  await check(page, 'Ma plainte vise la direction générale');
  await check(page, 'J’accepte que les renseignements de ce formulaire servent à traiter ma plainte. (obligatoire)');
  await assertSound(page, 'formulaire rempli');
  await activate(page, 'Envoyer ma plainte');
  await page.locator('h1', { hasText: 'Nous avons bien reçu votre plainte' }).waitFor();
  [reference] = (await page.locator('main p.code').allInnerTexts()).map((text) => text.trim());
  assert.match(reference, /^P-\d{4}-\d{4,}$/);
  await page.context().close();
});

test('the director neither lists nor opens it', async () => {
  const page = await narrowPage(browser);
  await signIn(page, director, '/admin/');
  await page.locator('#statut').filter({ hasText: /plainte/ }).waitFor();
  assert.equal(await page.locator(`#lignes a:text-is("${reference}")`).count(), 0);
  await page.goto(`${baseUrl}/admin/plainte/?ref=${reference}`);
  await page.locator('#alerte').filter({ hasText: /introuvable/ }).waitFor();
  assert.equal(await page.locator('#dossier').isVisible(), false);
  await assertSound(page, 'dossier refusé à la direction');
  await page.context().close();
});

test('the board finds it marked in its list, opens it and gives it to a manager', async () => {
  const page = await narrowPage(browser);
  await signIn(page, board, '/admin/');
  const row = page.locator('#lignes tr', { has: page.locator(`a:text-is("${reference}")`) });
  await row.waitFor();
  assert.match(await row.innerText(), /Au conseil d’administration/);
  assert.equal(await page.locator('nav a[href="/admin/rapports/"]').isVisible(), true);
  await assertSound(page, 'liste du conseil');
  await page.locator(`#lignes a:text-is("${reference}")`).click();
  await page.locator('#dossier').waitFor();
  await page.locator('#champ-statut').filter({ hasText: /\S/ }).waitFor();
  assert.equal(await page.locator('#champ-conseil').isVisible(), true);
  assert.match(await page.locator('#champ-vise-selon-client').innerText(), /La directrice/);
  const offered = await page.locator('#assignation-responsable option').allInnerTexts();
  assert.ok(offered.includes(manager.name), offered.join(', '));
  assert.ok(!offered.includes(director.name), 'the director is never offered it');
  await assertSound(page, 'dossier du conseil');
  await page.context().close();
});
