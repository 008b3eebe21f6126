// An anonymous complaint reaches its end, by keyboard alone: the person
// submits it on a phone without a name or a way to reach them, notes the
// reference and the code; the director answers in the online file (the only
// means offered); the person opens their file and reads the answer there.
// Every page on the way is accessible (WCAG 2.2 AA).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  launch, phonePage, narrowPage, accessibilityViolations, sidewaysOverflow, staffAccount, baseUrl,
  activate, typeInto, chooseRadio, check, signIn, outboxMails,
  announced,
} from './helpers.mjs';

const director = staffAccount('direction');
const DESCRIPTION = 'On m’a promis un rappel pour mon CV qui n’est jamais venu.';
const ANSWER = 'Nous avons revu la façon de noter les rappels promis. Pardon pour l’attente.';

let browser;
let reference = '';
let code = '';
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

async function assertSound(page, where) {
  assert.deepEqual(await accessibilityViolations(page), [], `${where}: accessibility`);
  assert.ok(await sidewaysOverflow(page) <= 0, `${where}: the page scrolls sideways`);
  assert.deepEqual(page.consoleErrors, [], `${where}: no script, CSP or request error`);
}


test('a person submits an anonymous complaint with the keyboard and keeps its reference and code', async () => {
  const page = await phonePage(browser);
  const mails = outboxMails().length;
  await page.goto(`${baseUrl}/porter-plainte/`);
  await check(page, 'Je préfère rester anonyme');
  await chooseRadio(page, 'La prestation de services', 'Les délais');
  await typeInto(page, 'Décrivez ce qui s’est passé (obligatoire)', DESCRIPTION);
  await check(page, 'J’accepte que les renseignements de ce formulaire servent à traiter ma plainte. (obligatoire)');
  await activate(page, 'Envoyer ma plainte');
  await page.locator('h1', { hasText: 'Nous avons bien reçu votre plainte' }).waitFor();
  const codes = await page.locator('main p.code').allInnerTexts();
  [reference, code] = codes.map((text) => text.trim());
  assert.match(reference, /^P-\d{4}-\d{4,}$/);
  assert.match(code, /^[0-9A-Z]{4}(-[0-9A-Z]{4}){5}-[0-9A-Z]{2}$/);
  assert.match(await page.locator('main').innerText(), /vous la trouverez dans votre dossier/);
  assert.equal(outboxMails().length, mails, 'nobody to write to');
  await assertSound(page, 'confirmation anonyme');
  await page.context().close();
});

test('the director answers it in the online file, the only means offered', async () => {
  const page = await narrowPage(browser);
  await signIn(page, director, `/admin/plainte/?ref=${reference}`);
  await page.locator('#champ-statut').filter({ hasText: /\S/ }).waitFor();
  await typeInto(page, 'Les faits établis', 'Le rappel promis n’a pas été noté.');
  await typeInto(page, 'La cause', 'Aucun registre des rappels.');
  await activate(page, 'Enregistrer l’analyse');
  await announced(page, /analyse est enregistrée/);
  await check(page, 'Des excuses');
  await typeInto(page, 'La décision expliquée', 'Des excuses et un registre des rappels.');
  await activate(page, 'Enregistrer la décision');
  await announced(page, /décision est enregistrée/);

  const respond = page.locator('form[data-action="respond"]');
  assert.equal(await respond.getByRole('button', { name: 'Envoyer par courriel' }).isVisible(), false);
  assert.equal(await respond.getByRole('button', { name: 'Marquer comme envoyée par la poste' }).isVisible(), false);
  await typeInto(page, 'Texte de la réponse', ANSWER);
  await activate(page, 'Déposer au dossier en ligne');
  await announced(page, /déposée au dossier en ligne/);
  assert.match(await page.locator('#reponses-envoyees').innerText(), /Déposée au dossier en ligne/);
  assert.match(await page.locator('#liste-echeances').innerText(), /Réponse écrite — Respecté/);
  await assertSound(page, 'réponse déposée');
  await page.context().close();
});

test('the person opens their file with the keyboard and reads the answer there', async () => {
  const page = await phonePage(browser);
  await page.goto(`${baseUrl}/suivi/`);
  await typeInto(page, 'Numéro de plainte', reference);
  await typeInto(page, 'Code d’accès', code);
  await activate(page, 'Ouvrir mon dossier');
  await page.locator('#reponses-titre').waitFor();
  const text = await page.locator('main').innerText();
  assert.ok(text.includes(ANSWER), text);
  assert.match(text, /Déposée dans ce dossier le/);
  assert.match(text, /Réponse écrite/);
  assert.match(text, /dans le délai promis/);
  await assertSound(page, 'dossier anonyme avec sa réponse');
  await page.context().close();
});
