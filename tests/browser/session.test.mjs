// The staff session as a person lives it (the browser run sets it to end
// after two minutes idle, with a warning one minute before): the page warns
// before the end and offers to go on; a form sent after the end is kept by
// the server and is back, filled, once the person has signed in again.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  launch, narrowPage, accessibilityViolations, staffAccount, baseUrl, submitComplaint, signIn,
  typeInto, activate,
} from './helpers.mjs';

const director = staffAccount('direction');

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const FACTS = 'Les faits, tapés juste avant la fin de la session : « rien ne doit se perdre ».';
const CAUSE = 'Un rappel oublié dans l’agenda partagé.';

test('a warning before the end, then a form sent after it comes back filled after signing in', async () => {
  // Anonymous: no mail, so that the browser run stays under the per-address
  // limit of public mail (every test posts from 127.0.0.1).
  const { reference } = await submitComplaint({ anonymous: true, description: 'On ne m’a jamais rappelée.' });
  const page = await narrowPage(browser);
  await signIn(page, director, `/admin/plainte/?ref=${reference}`);
  await page.locator('form[data-action="analyse"]').waitFor();
  await typeInto(page, 'Les faits établis', FACTS);
  await typeInto(page, 'La cause', CAUSE);

  // A minute before the end, the page says so, and the focus goes to « Continuer ».
  const warning = page.locator('#fin-session');
  await warning.waitFor({ state: 'visible', timeout: 90_000 });
  assert.match(await warning.innerText(), /Votre session se termine à \d{1,2}\u00a0h\u00a0\d{2}/);
  assert.equal(await page.evaluate(() => document.activeElement.id), 'fin-session-continuer');
  assert.deepEqual(await accessibilityViolations(page), [], 'avertissement : accessibilité');

  // Nobody answers: the session ends; the form is sent all the same.
  await page.waitForTimeout(65_000);
  await page.locator('form[data-action="analyse"] button[type=submit]').click();
  await page.waitForURL((url) => url.pathname === '/admin/connexion/');
  await page.locator('#avis').filter({ hasText: 'Votre session a pris fin' }).waitFor();
  await typeInto(page, 'Courriel', director.email);
  await typeInto(page, 'Mot de passe', director.password);
  await activate(page, 'Se connecter');
  await page.waitForURL(`${baseUrl}/admin/plainte/?ref=${reference}`);
  // The server put it back in its form, and says so there, with the focus.
  const kept = page.locator('form[data-action="analyse"] [data-alerte]');
  await kept.filter({ hasText: 'Votre session avait pris fin.' }).waitFor();
  assert.equal(await page.inputValue('#analyse-faits'), FACTS);
  assert.equal(await page.inputValue('#analyse-cause'), CAUSE);
  assert.equal(await page.evaluate(() => document.activeElement.matches('form[data-action="analyse"] [data-alerte]')), true);
  assert.deepEqual(await accessibilityViolations(page), [], 'formulaire remis : accessibilité');

  // This time the person goes on: « Continuer » pushes the end back.
  const before = await page.evaluate(async () => (await (await fetch('/api/staff/session')).json()).ends_at);
  await warning.waitFor({ state: 'visible', timeout: 90_000 });
  await activate(page, 'Continuer');
  await warning.waitFor({ state: 'hidden' });
  const later = await page.evaluate(async () => (await (await fetch('/api/staff/session')).json()).ends_at);
  assert.ok(Date.parse(later) > Date.parse(before), `${later} after ${before}`);
  // The letter typed is still there, and it is sent now.
  assert.equal(await page.inputValue('#analyse-faits'), FACTS);
  const sent = page.waitForResponse((response) => response.request().method() === 'POST'
    && new URL(response.url()).pathname === '/admin/plainte/');
  await page.locator('form[data-action="analyse"] button[type=submit]').click();
  const answer = await sent;
  assert.equal(answer.status(), 303);
  await page.locator('#statut').filter({ hasText: /analyse est enregistrée/ }).waitFor();
  await page.context().close();
});
