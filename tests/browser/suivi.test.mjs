// A person follows their own complaint on a phone, with the keyboard alone:
// the link of the acknowledgement e-mail fills the form, the file opens,
// they add information, a wrong code is explained and, past a few, the
// door stays shut; without JavaScript the file opens too; they withdraw
// (after being told to tick the box), take a copy, and ask for a new code.
// Every state is accessible (WCAG 2.2 AA), within the security policy, and
// never cached nor sent on as a referrer.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  launch, phonePage, accessibilityViolations, sidewaysOverflow, baseUrl,
  activate, typeInto, check, submitComplaint, outboxMails,
} from './helpers.mjs';

const EMAIL = 'suivi.client@example.com';
const ADDITION = 'J’oublie de dire : c’était le 20 novembre. <b>merci</b>';

let browser;
let file = { reference: '', code: '' };
let other = { reference: '', code: '' };
before(async () => {
  browser = await launch();
  file = await submitComplaint({
    name: 'Amina Diallo',
    email: EMAIL,
    category: 'delais',
    description: 'On m’a promis un rendez-vous qui n’a jamais été fixé.',
  });
  // A second complaint takes the wrong tries, so the first stays open.
  other = await submitComplaint({
    name: 'Karim Haddad',
    email: 'karim@example.com',
    category: 'autre',
    description: 'La porte était fermée pendant les heures d’ouverture.',
  });
});
after(async () => { await browser?.close(); });

/** No console error, failed request or CSP violation on the page. */
function assertClean(page) {
  assert.deepEqual(page.consoleErrors, [], 'no script, CSP or request error');
}

/** Axe finds nothing, the page fits the phone, and no payload ran. */
async function assertSound(page, where) {
  assert.deepEqual(await accessibilityViolations(page), [], `${where}: accessibility`);
  assert.ok(await sidewaysOverflow(page) <= 0, `${where}: the page scrolls sideways`);
  assert.equal(await page.locator('main b').count(), 0, `${where}: typed markup shows as text`);
}

/** Runs `action` (a key press that submits a form), waits for the page it
 * leads to, and returns the answer to `path`. */
async function submitted(page, path, action) {
  const answer = page.waitForResponse((response) =>
    response.request().method() === 'POST' && new URL(response.url()).pathname === path);
  // The answer's page replaces this one: wait for it, not for the old one's load.
  const navigated = page.waitForEvent('framenavigated', (frame) => frame === page.mainFrame());
  await action();
  const response = await answer;
  await navigated;
  await page.waitForLoadState('load');
  return response;
}

/** The element that has the focus: its id. */
const focusedId = (page) => page.evaluate(() => document.activeElement?.id ?? '');

/** Opens the file from /suivi/ by typing the reference and the code. */
async function signIn(page, { reference, code }) {
  await page.goto(`${baseUrl}/suivi/`);
  await typeInto(page, 'Numéro de plainte', reference);
  await typeInto(page, 'Code d’accès', code);
  return submitted(page, '/api/suivi', () => activate(page, 'Ouvrir mon dossier'));
}

function assertPrivate(response, where) {
  const headers = response.headers();
  assert.match(headers['cache-control'] ?? '', /no-store/, `${where}: cache-control`);
  assert.equal(headers['referrer-policy'], 'no-referrer', `${where}: referrer-policy`);
}

test('the acknowledgement e-mail links to the follow-up form', () => {
  const mail = outboxMails(EMAIL).find((text) => text.includes(file.reference));
  assert.ok(mail, 'the acknowledgement is in the outbox');
  // Quoted-printable writes "=" as "=3D" and may cut long lines.
  const plain = mail.replace(/=\r?\n/g, '').replace(/=3D/g, '=');
  assert.ok(plain.includes(`/suivi/#reference=${file.reference}&code=${file.code}`), 'the link carries the reference and the code');
});

test('the link of the e-mail fills the form, then leaves no code in the address', async () => {
  const page = await phonePage(browser);
  await page.goto(`${baseUrl}/suivi/#reference=${file.reference}&code=${file.code}`);
  await page.waitForFunction(() => window.location.hash === '');
  assert.equal(await page.locator('#reference').inputValue(), file.reference);
  assert.equal(await page.locator('#code').inputValue(), file.code);
  assert.equal(new URL(page.url()).hash, '');
  assert.equal(await page.getAttribute('html', 'lang'), 'fr-CA');
  assert.equal(await page.locator('nav a[href="/suivi/"][aria-current="page"]').count(), 1);
  await assertSound(page, 'formulaire de suivi');

  const response = await submitted(page, '/api/suivi', () => activate(page, 'Ouvrir mon dossier'));
  assert.equal(response.status(), 200);
  assertPrivate(response, 'dossier');
  assert.match(await page.locator('h1').innerText(), new RegExp(file.reference));
  assert.match(await page.locator('main').innerText(), /Gardez votre code d’accès secret/);
  assert.match(await page.locator('main').innerText(), /n’enregistre pas cette page/);
  assert.equal(await page.locator('.echeances li').count() >= 2, true, 'the deadlines are listed');
  assert.equal(await page.locator('form input[name="code"]').first().inputValue(), file.code);
  await assertSound(page, 'dossier');
  assertClean(page);
  await page.context().close();
});

test('with the keyboard alone, a person opens the file and adds information', async () => {
  const page = await phonePage(browser);
  const opened = await signIn(page, file);
  assert.equal(opened.status(), 200);
  await page.locator('#formulaire-information').waitFor();

  await typeInto(page, /^L’information à ajouter/, ADDITION);
  const response = await submitted(page, '/api/suivi/information', () => activate(page, 'Ajouter à mon dossier'));
  assert.equal(response.status(), 200);
  assertPrivate(response, 'après un ajout');
  assert.match(await page.locator('#avis-reussite').innerText(), /ajoutée/);
  assert.equal(await page.locator('#avis-reussite').getAttribute('role'), 'status');
  assert.equal(await focusedId(page), 'avis-reussite', 'the message is read first');
  assert.match(await page.locator('#ajouts-titre + ul').innerText(), /c’était le 20 novembre\. <b>merci<\/b>/);
  assert.equal(await page.locator('#text').inputValue(), '', 'the form is empty again');
  await assertSound(page, 'après un ajout');
  assertClean(page);
  await page.context().close();
});

test('a wrong code is explained in French, and after a few the file stays shut', async () => {
  const page = await phonePage(browser);
  const refused = await signIn(page, { reference: other.reference, code: 'AAAA-BBBB-CCCC-DDDD' });
  assert.equal(refused.status(), 403);
  assertPrivate(refused, 'accès refusé');
  const alert = page.locator('#resume-erreurs');
  assert.equal(await alert.getAttribute('role'), 'alert');
  assert.match(await alert.innerText(), /Numéro de plainte ou code d’accès incorrect/);
  assert.equal(await focusedId(page), 'resume-erreurs', 'the message is read first');
  assert.equal(await page.locator('#reference').inputValue(), other.reference, 'the reference is kept');
  assert.equal(await page.locator('#code').inputValue(), '', 'the code is not');
  assert.match(await page.title(), /^Erreur/);
  await assertSound(page, 'accès refusé');

  let last = refused;
  // Five wrong tries per reference in a quarter hour of the real clock: should
  // one end meanwhile, the count starts again, and six more reach the limit.
  for (let tries = 0; tries < 12 && last.status() !== 429; tries += 1) {
    await typeInto(page, 'Code d’accès', `ZZZZ-${tries}${tries}${tries}${tries}`);
    last = await submitted(page, '/api/suivi', () => activate(page, 'Ouvrir mon dossier'));
  }
  assert.equal(last.status(), 429, 'too many tries are refused');
  assert.match(await page.locator('#resume-erreurs').innerText(), /Trop d’essais/);
  await assertSound(page, 'trop d’essais');
  // A stranger cannot keep the owner out: their code still opens the file.
  const owner = await signIn(page, other);
  assert.equal(owner.status(), 200);
  assert.match(await page.locator('h1').innerText(), new RegExp(other.reference));
  assertClean(page);
  await page.context().close();
});

test('the file opens without JavaScript', async () => {
  const page = await phonePage(browser, { javaScriptEnabled: false });
  const response = await signIn(page, file);
  assert.equal(response.status(), 200);
  assertPrivate(response, 'dossier sans JavaScript');
  assert.match(await page.locator('h1').innerText(), new RegExp(file.reference));
  assert.match(await page.locator('main').innerText(), /c’était le 20 novembre/);
  assert.equal(await page.locator('#formulaire-retrait').count(), 1);
  assertClean(page);
  await page.context().close();
});

test('withdrawing asks for the box to be ticked, then closes the complaint', async () => {
  const page = await phonePage(browser);
  await signIn(page, file);
  await page.locator('#formulaire-retrait').waitFor();

  const unticked = await submitted(page, '/api/suivi/retrait', () => activate(page, 'Retirer ma plainte'));
  assert.equal(unticked.status(), 422);
  assertPrivate(unticked, 'retrait refusé');
  assert.equal(await focusedId(page), 'resume-erreurs');
  assert.match(await page.title(), /^Erreur/);
  const box = page.locator('#confirm');
  assert.equal(await box.getAttribute('aria-invalid'), 'true');
  assert.match(await box.getAttribute('aria-describedby'), /confirm-erreur/);
  const message = await page.locator('#confirm-erreur').innerText();
  assert.match(message, /\S/);
  assert.ok((await page.locator('#resume-erreurs').innerText()).includes(message.replace(/^Erreur\s*:\s*/, '')));
  await assertSound(page, 'retrait refusé');

  await check(page, 'Je confirme que je retire ma plainte. Elle sera fermée.');
  const done = await submitted(page, '/api/suivi/retrait', () => activate(page, 'Retirer ma plainte'));
  assert.equal(done.status(), 200);
  assert.match(await page.locator('#avis-reussite').innerText(), /retirée/);
  assert.equal(await focusedId(page), 'avis-reussite');
  assert.equal(await page.locator('#formulaire-retrait').count(), 0, 'nothing more to withdraw');
  assert.equal(await page.locator('#formulaire-information').count(), 0);
  await assertSound(page, 'après le retrait');
  assertClean(page);
  await page.context().close();
});

test('the person takes their file away as JSON and as a printable page', async () => {
  const page = await phonePage(browser);
  await signIn(page, file);
  const download = page.waitForEvent('download');
  await activate(page, 'Télécharger mon dossier (JSON)');
  const saved = await (await download).path();
  const exported = readFileSync(saved, 'utf8');
  assert.ok(exported.includes(file.reference));
  assert.ok(!exported.includes(file.code), 'the copy does not hold the code');
  JSON.parse(exported);

  const printed = await submitted(page, '/api/suivi/imprimer', () => activate(page, 'Version imprimable'));
  assert.equal(printed.status(), 200);
  assertPrivate(printed, 'version imprimable');
  assert.match(await page.locator('h1').innerText(), new RegExp(file.reference));
  assert.equal(await page.locator('main form').count(), 0);
  assert.ok(!(await page.content()).includes(file.code), 'the code is not printed');
  assert.match(await page.locator('main').innerText(), /c’était le 20 novembre/);
  await assertSound(page, 'version imprimable');
  assertClean(page);
  await page.context().close();
});

test('a lost code gets the same neutral answer, and a new code by e-mail', async () => {
  const page = await phonePage(browser);
  const before = outboxMails(EMAIL).length;
  await page.goto(`${baseUrl}/suivi/`);
  const form = { within: '#formulaire-code-perdu' };
  await typeInto(page, 'Numéro de plainte', file.reference, form);
  await typeInto(page, 'Courriel', EMAIL.toUpperCase(), form);
  const response = await submitted(page, '/api/suivi/code-perdu', () => activate(page, 'Recevoir un nouveau code', form));
  assert.equal(response.status(), 200);
  assertPrivate(response, 'code perdu');
  const answer = await page.locator('main').innerText();
  assert.match(answer, /Si ce numéro de plainte et ce courriel correspondent à une plainte, un nouveau code d’accès est envoyé à ce courriel\s: il arrive d’ici quelques minutes et remplace l’ancien\./);
  await assertSound(page, 'code perdu');
  // The outbox sends it within seconds, never during the answer.
  let mails = outboxMails(EMAIL);
  for (let waited = 0; mails.length < before + 1 && waited < 100; waited += 1) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    mails = outboxMails(EMAIL);
  }
  assert.equal(mails.length, before + 1, 'a new code is in the outbox');
  const external = outboxMails('quelquun.dautre@example.com').length;

  // A reference and an address that do not match get the very same page.
  await page.goto(`${baseUrl}/suivi/`);
  await typeInto(page, 'Numéro de plainte', file.reference, form);
  await typeInto(page, 'Courriel', 'quelquun.dautre@example.com', form);
  await submitted(page, '/api/suivi/code-perdu', () => activate(page, 'Recevoir un nouveau code', form));
  assert.equal(await page.locator('main').innerText(), answer);
  // Long enough for the outbox to have answered the request.
  await new Promise((resolve) => setTimeout(resolve, 3500));
  assert.equal(outboxMails(EMAIL).length, mails.length, 'no second mail');
  assert.equal(outboxMails('quelquun.dautre@example.com').length, external, 'no mail to anyone else');

  // The old code no longer opens the file.
  const old = await signIn(page, file);
  assert.equal(old.status(), 403);
  assertClean(page);
  await page.context().close();
});
