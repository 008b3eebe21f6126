// The whole procedure with JavaScript off, by keyboard alone: every staff
// form is a plain form the server answers (post, then redirect to the file,
// which says what was done and holds the focus). A complaint from a person
// reachable by phone and post only goes from its analysis to its closing:
// the letter previewed, the response sent by post, the follow-up by phone,
// a corrective measure added and done, the complaint closed.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  launch, narrowPage, staffAccount, baseUrl, activate, typeInto, typeDate, chooseRadio, check,
  signIn, announced, sidewaysOverflow,
} from './helpers.mjs';

const director = staffAccount('direction');
const ANSWER = 'Nous avons revu la façon de noter les rappels promis. <b>Pardon</b> pour l’attente.';

/** The page fits a 360 px screen. (Axe needs timers, which do not run
 * with scripts off: the same pages are checked with scripts on in
 * admin.test.mjs and anonymous.test.mjs.) */
async function assertSound(page, where) {
  assert.ok(await sidewaysOverflow(page) <= 0, `${where}: the page scrolls sideways`);
}

let browser;
let reference = '';
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('a complaint arrives from a person without e-mail', async () => {
  const response = await fetch(`${baseUrl}/api/complaints`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': `nojs-${Date.now()}` },
    body: JSON.stringify({
      name: 'Yasmine Haddad',
      phone: '418 555-0147',
      address_street: '12, rue des Érables',
      address_city: 'Québec',
      address_province: 'QC',
      address_postal_code: 'G1R 2B5',
      category: 'delais',
      description: 'Personne ne m’a rappelé pour mon inscription.',
      consent: true,
    }),
  });
  assert.equal(response.status, 201);
  reference = (await response.json()).reference;
});

test('without JavaScript, the director takes every step with the keyboard alone', async () => {
  const page = await narrowPage(browser, { javaScriptEnabled: false });
  await signIn(page, director, `/admin/plainte/?ref=${reference}`);
  assert.equal(new URL(page.url()).searchParams.get('ref'), reference);
  await page.locator('#champ-statut').filter({ hasText: /\S/ }).waitFor();
  assert.match(await page.locator('#sans-script').innerText(), /ce que vous avez écrit est gardé/);
  await assertSound(page, 'dossier sans script');

  // A form sent incomplete comes back from the server, each error beside
  // its field, what was typed kept.
  await typeInto(page, 'La cause', 'Aucun registre des rappels.');
  await activate(page, 'Enregistrer l’analyse');
  await page.locator('form[data-action="analyse"] .resume-erreurs').waitFor();
  assert.equal(await page.locator('#analyse-faits').getAttribute('aria-invalid'), 'true');
  assert.equal(await page.inputValue('#analyse-cause'), 'Aucun registre des rappels.');
  await assertSound(page, 'analyse refusée sans script');
  await typeInto(page, 'Les faits établis', 'Le rappel promis n’a pas été noté.');
  await activate(page, 'Enregistrer l’analyse');
  await announced(page, /analyse est enregistrée/);
  assert.match(page.url(), /fait=analyse/);

  await check(page, 'Des excuses');
  await typeInto(page, 'La décision expliquée', 'Des excuses et un registre des rappels.');
  await activate(page, 'Enregistrer la décision');
  await announced(page, /décision est enregistrée/);

  // The letter's preview is the server's page: its text, inert.
  await typeInto(page, 'Texte de la réponse', ANSWER);
  await activate(page, 'Aperçu de la lettre pour la poste');
  await page.locator('#lettre').waitFor();
  assert.match(await page.locator('#lettre').innerText(), /12, rue des Érables/);
  assert.match(await page.locator('#lettre').innerText(), /<b>Pardon<\/b>/);
  assert.equal(await page.locator('#lettre b').count(), 0);
  assert.equal(await page.inputValue('#reponse-corps'), ANSWER, 'the text stays in its form');
  await assertSound(page, 'aperçu sans script');
  await activate(page, 'Marquer comme envoyée par la poste');
  await announced(page, /notée comme envoyée par la poste/);
  assert.match(await page.locator('#reponses-envoyees').innerText(), /Pardon/);

  await chooseRadio(page, 'Oui, satisfaite', 'Oui, satisfaite');
  await activate(page, 'Enregistrer le suivi');
  await announced(page, /suivi est enregistré/);

  await typeInto(page, 'Mesure', 'Tenir un registre des rappels promis.');
  await typeInto(page, 'Qui s’en occupe', 'Équipe de l’accueil');
  await typeDate(page, 'À faire au plus tard le', '2027-01-15');
  await activate(page, 'Ajouter la mesure');
  await announced(page, /mesure corrective est ajoutée/);
  await activate(page, 'Marquer comme faite');
  await announced(page, /notée comme faite/);

  await activate(page, 'Fermer la plainte');
  await announced(page, /plainte est fermée/);
  assert.equal(await page.locator('#champ-statut').textContent(), 'Fermée');
  assert.match(await page.locator('#liste-historique').innerText(), new RegExp(director.name));
  await assertSound(page, 'dossier fermé sans script');
  assert.deepEqual(page.consoleErrors, [], 'no request failed');
  await page.context().close();
});
