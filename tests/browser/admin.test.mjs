// The staff handle a complaint from end to end on a small phone screen:
// the director assigns it, the manager takes every step with the keyboard
// alone, the director closes it, reception records a complaint taken by
// phone. Every page stays accessible (WCAG 2.2 AA), within its security
// policy, and shows a complaint full of markup as plain text.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import {
  launch, narrowPage, accessibilityViolations, sidewaysOverflow, staffAccount, baseUrl, outboxDir,
  activate, typeInto, typeDate, chooseRadio, check, chooseOption, staffToken,
  announced,
} from './helpers.mjs';

const director = staffAccount('direction');
const manager = staffAccount('handler');
const otherManager = staffAccount('handler2');
const reception = staffAccount('reception');

// What an attacker might type in a complaint: each line must show as text.
const PAYLOAD = [
  '<script>window.__xss=1</script>',
  '<img src=x onerror="window.__xss=1">',
  '"><svg onload="window.__xss=1">',
  '\'><iframe srcdoc="<script>parent.__xss=1</script>"></iframe>',
  '<a href="javascript:window.__xss=1">cliquez</a> & <b>gras</b>',
].join('\n');
const DESCRIPTION = `Personne ne m’a rappelé.\n${PAYLOAD}`;
const DESIRED = `Des excuses.\n${PAYLOAD}`;
const COMPLAINANT = 'plaignant.xss@example.com';

let browser;
let reference = '';
let intakeReference = '';
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const mails = () => readdirSync(outboxDir).filter((name) => name.endsWith('.eml')).sort();

/** Fails on any console error, failed request or script error but the expected ones. */
function assertClean(page, expected = []) {
  const unexpected = page.consoleErrors.filter((line) => !expected.some((pattern) => pattern.test(line)));
  assert.deepEqual(unexpected, [], 'no script, CSP or request error');
}

/** Axe finds nothing, the page fits a 360 px screen, and no payload ran. */
async function assertSound(page, where) {
  assert.deepEqual(await accessibilityViolations(page), [], `${where}: accessibility`);
  assert.ok(await sidewaysOverflow(page) <= 0, `${where}: the page scrolls sideways`);
  assert.equal(await page.evaluate(() => typeof window.__xss), 'undefined', `${where}: a payload ran`);
}

/** Signs in with the keyboard from `path`, which first sends to the sign-in page. */
async function signIn(page, account, path) {
  await page.goto(`${baseUrl}${path}`);
  await page.waitForURL((url) => url.pathname === '/admin/connexion/');
  await page.locator('#connexion-locale').waitFor();
  await typeInto(page, 'Courriel', account.email);
  await typeInto(page, 'Mot de passe', account.password);
  await activate(page, 'Se connecter');
  await page.waitForURL((url) => url.pathname !== '/admin/connexion/');
  await page.locator('#personne-nom').filter({ hasText: account.name }).waitFor();
}


async function openFile(page) {
  await page.locator('#dossier').waitFor();
  await page.locator('#champ-statut').filter({ hasText: /\S/ }).waitFor();
}

test('the sign-in page is accessible and explains a wrong password', async () => {
  const page = await narrowPage(browser);
  await page.goto(`${baseUrl}/admin/connexion/`);
  await page.locator('#connexion-locale').waitFor();
  assert.equal(await page.getAttribute('meta[name=robots]', 'content'), 'noindex');
  await assertSound(page, 'connexion');
  await typeInto(page, 'Courriel', director.email);
  await typeInto(page, 'Mot de passe', 'pas le bon mot de passe');
  await activate(page, 'Se connecter');
  await page.locator('#alerte').filter({ hasText: /mot de passe/i }).waitFor();
  // The server's page says why, keeps the address, and opens no session.
  assert.equal(await page.inputValue('#courriel'), director.email);
  assert.equal((await page.context().cookies()).length, 0);
  await assertSound(page, 'connexion refusée');
  assertClean(page, [/^401 .*\/admin\/connexion\/$/]);
  await page.context().close();
});

test('a complaint full of markup arrives through the public API', async () => {
  const response = await fetch(`${baseUrl}/api/complaints`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': `admin-test-${Date.now()}` },
    body: JSON.stringify({
      name: 'Rosalie <b>Côté</b>',
      email: COMPLAINANT,
      phone: '',
      anonymous: false,
      category: 'delais',
      service: 'recherche_emploi',
      description: DESCRIPTION,
      desired_outcome: DESIRED,
      consent: true,
    }),
  });
  assert.equal(response.status, 201);
  reference = (await response.json()).reference;
  assert.match(reference, /^P-\d{4}-\d{4}$/);
});

test('the director finds it in the filtered list and assigns it to a manager', async () => {
  const page = await narrowPage(browser);
  // An address outside /admin/ is never where sign-in leads.
  await page.goto(`${baseUrl}/admin/connexion/?retour=${encodeURIComponent('//ailleurs.example/admin/')}`);
  await page.locator('#connexion-locale').waitFor();
  await typeInto(page, 'Courriel', director.email);
  await typeInto(page, 'Mot de passe', director.password);
  await activate(page, 'Se connecter');
  await page.waitForURL(`${baseUrl}/admin/`);
  await page.locator('#personne-nom').filter({ hasText: director.name }).waitFor();
  await page.locator('#lignes tr').first().waitFor();
  await assertSound(page, 'liste');
  assert.equal(await page.locator('nav a[href="/admin/nouvelle/"]').isVisible(), true);

  // Filters go in the address, so they survive a reload.
  await chooseOption(page, 'Reçue par', 'Site web');
  await activate(page, 'Filtrer');
  await page.waitForURL((url) => url.searchParams.get('channel') === 'web');
  await page.reload();
  await page.locator(`#lignes a:text-is("${reference}")`).waitFor();
  assert.equal(await page.locator('#filtre-canal').inputValue(), 'web');
  assert.equal(await page.locator('#filtre-responsable').isVisible(), true, 'the director filters by manager');
  const row = page.locator('#lignes tr', { has: page.locator(`a:text-is("${reference}")`) });
  // Given with an e-mail address, it was acknowledged by e-mail on arrival.
  assert.match(await row.innerText(), /Réception confirmée/);
  assert.match(await row.locator('.badge').first().innerText(), /\S/, 'the next deadline is said in words');
  await assertSound(page, 'liste filtrée');

  await activate(page, reference);
  await page.waitForURL((url) => url.pathname === '/admin/plainte/');
  await openFile(page);
  assert.equal(await page.locator('#champ-description').textContent(), DESCRIPTION);
  assert.equal(await page.locator('#champ-souhait').textContent(), DESIRED);
  assert.equal(await page.locator('#dossier script, #dossier img, #dossier svg, #dossier iframe').count(), 0);
  await assertSound(page, 'dossier (direction)');

  await chooseOption(page, 'Confier la plainte à', manager.name);
  await activate(page, 'Confier la plainte');
  await announced(page, /confiée/);
  assert.equal(await page.locator('#champ-responsable').textContent(), manager.name);
  await assertSound(page, 'dossier assigné');
  assertClean(page);
  await page.context().close();
});

test('another manager neither lists nor opens it', async () => {
  const page = await narrowPage(browser);
  await signIn(page, otherManager, '/admin/');
  await page.locator('#statut').filter({ hasText: /plainte/ }).waitFor();
  assert.equal(await page.locator(`#lignes a:text-is("${reference}")`).count(), 0);
  assert.equal(await page.locator('nav a[href="/admin/nouvelle/"]').isVisible(), false);
  await page.goto(`${baseUrl}/admin/plainte/?ref=${reference}`);
  await page.locator('#alerte').filter({ hasText: /introuvable/ }).waitFor();
  assert.equal(await page.locator('#dossier').isVisible(), false);
  await assertSound(page, 'dossier refusé');
  assertClean(page);
  await page.context().close();
});

test('reception records a complaint taken by phone and gives the code', async () => {
  const page = await narrowPage(browser);
  const keys = [];
  page.on('request', (request) => {
    const sent = new URLSearchParams(request.postData() || '');
    if (request.method() === 'POST' && sent.get('formulaire') === 'plainte') keys.push(sent.get('cle'));
  });
  // Reception records complaints but does not read them: /admin/ leads to the form.
  await signIn(page, reception, '/admin/');
  await page.waitForURL(`${baseUrl}/admin/nouvelle/`);
  await page.locator('#formulaire-accueil').waitFor();
  assert.equal(await page.locator('nav a[href="/admin/"]').isVisible(), false);
  assert.match(await page.locator('#received_at').inputValue(), /^\d{4}-\d\d-\d\dT\d\d:\d\d$/);
  await assertSound(page, 'nouvelle');

  await activate(page, 'Enregistrer la plainte');
  await page.locator('.resume-erreurs').waitFor();
  assert.equal(await page.evaluate(() => document.activeElement.classList.contains('resume-erreurs')), true);
  assert.ok(await page.locator('#formulaire-accueil .erreur').count() >= 2);
  assert.equal(await page.locator('#description').getAttribute('aria-invalid'), 'true');
  await assertSound(page, 'nouvelle avec erreurs');

  await chooseRadio(page, 'Téléphone', 'Téléphone');
  await typeInto(page, 'Nom de la personne', 'Gilles Pelletier');
  await typeInto(page, 'Téléphone', '418 555-0199');
  await chooseRadio(page, 'La prestation de services', 'Les délais');
  await typeInto(page, 'Ce qui s’est passé (obligatoire)', 'Il attend un rappel depuis deux semaines.');
  await check(page, /^La personne accepte/);
  await activate(page, 'Enregistrer la plainte');
  await page.locator('#resultat').waitFor();
  intakeReference = await page.locator('#resultat-reference').textContent();
  assert.match(intakeReference, /^P-\d{4}-\d{4}$/);
  assert.match(await page.locator('#resultat-code').textContent(), /[0-9A-Z]{4}(-[0-9A-Z]{4})+/);
  assert.match(await page.locator('#resultat').innerText(), /il ne sera plus jamais affiché/);
  assert.equal(keys.length, 2);
  assert.equal(keys[0], keys[1], 'one idempotency key for the life of the form');
  await assertSound(page, 'nouvelle enregistrée');

  // The receipt was confirmed on the call: reception records it without
  // reading the complaint (the reference is already filled in).
  assert.equal(await page.locator('#accuse-reference').inputValue(), intakeReference);
  await chooseRadio(page, 'Par téléphone', 'Par téléphone');
  await activate(page, 'Enregistrer l’accusé de réception');
  await page.locator('#accuse-reussite:not([hidden])').waitFor();
  assert.match(await page.locator('#accuse-reussite').textContent(), /est consigné/);
  await assertSound(page, 'accusé de réception consigné');
  assertClean(page);
  await page.context().close();
});

test('a change made meanwhile is explained, the file reloads, and a missing field is shown', async () => {
  const page = await narrowPage(browser);
  await signIn(page, director, `/admin/plainte/?ref=${intakeReference}`);
  await openFile(page);
  // Someone else assigns the complaint while this page is open.
  const token = await staffToken(director);
  const stored = await (await fetch(`${baseUrl}/api/staff/complaints/${intakeReference}`, {
    headers: { Authorization: `Bearer ${token}` },
  })).json();
  const assigned = await fetch(`${baseUrl}/api/staff/complaints/${intakeReference}/assignment`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ version: stored.version, handler: manager.email }),
  });
  assert.equal(assigned.status, 200);

  await typeInto(page, 'Les faits établis', 'Le rappel n’a pas été fait.');
  await typeInto(page, 'La cause', 'Oubli.');
  await activate(page, 'Enregistrer l’analyse');
  // Refused: the page shows the change made meanwhile, says why with the
  // focus on it, and what was typed stays in the form, to send again.
  await page.waitForFunction(() => document.activeElement?.matches('form[data-action="analyse"] [data-alerte]'));
  assert.match(await page.locator('form[data-action="analyse"] [data-alerte]').innerText(), /modifiée/);
  assert.equal(await page.locator('#champ-responsable').textContent(), manager.name);
  assert.equal(await page.inputValue('#analyse-faits'), 'Le rappel n’a pas été fait.');
  assert.equal(await page.inputValue('#analyse-cause'), 'Oubli.');
  await assertSound(page, 'conflit');

  // Sent without the facts: the message is beside the field.
  await typeInto(page, 'Les faits établis', ' ');
  await activate(page, 'Enregistrer l’analyse');
  await page.locator('form[data-action="analyse"] .resume-erreurs').waitFor();
  assert.equal(await page.evaluate(() => document.activeElement.classList.contains('resume-erreurs')), true);
  assert.equal(await page.locator('#analyse-faits').getAttribute('aria-invalid'), 'true');
  assert.match(await page.locator('#analyse-faits-erreur').innerText(), /\S/);
  assert.equal(await page.inputValue('#analyse-cause'), 'Oubli.');
  await assertSound(page, 'analyse à corriger');
  assertClean(page);
  await page.context().close();
});

test('the manager takes every step with the keyboard alone', async () => {
  const page = await narrowPage(browser);
  // The complaint taken by phone has no e-mail address: reception recorded
  // its acknowledgement by hand. Signing in brings the manager back to that file.
  await signIn(page, manager, `/admin/plainte/?ref=${intakeReference}`);
  assert.equal(new URL(page.url()).searchParams.get('ref'), intakeReference);
  await openFile(page);
  assert.match(await page.locator('#accuse-fait').textContent(), /Réception confirmée le .*par téléphone/);
  assert.equal(await page.locator('form[data-action="acknowledge"]').isVisible(), false);

  // The complaint full of markup, from the list.
  await activate(page, 'Plaintes');
  await page.waitForURL(`${baseUrl}/admin/`);
  await page.locator(`#lignes a:text-is("${reference}")`).waitFor();
  const row = page.locator('#lignes tr', { has: page.locator(`a:text-is("${reference}")`) });
  assert.match(await row.innerText(), new RegExp(manager.name), 'the list names the manager');
  await assertSound(page, 'liste (responsable)');
  await activate(page, reference);
  await page.waitForURL((url) => url.searchParams.get('ref') === reference);
  await openFile(page);
  assert.equal(await page.locator('#champ-description').textContent(), DESCRIPTION);
  assert.match(await page.locator('#accuse-fait').textContent(), /Réception confirmée le/);
  await assertSound(page, 'dossier (responsable)');

  await typeInto(page, 'Les faits établis', 'Le rappel promis n’a pas été fait. <script>window.__xss=1</script>');
  await typeInto(page, 'La cause', 'Aucun suivi des demandes de rappel.');
  await typeInto(page, 'Notes internes', 'Voir avec l’équipe de l’accueil.');
  await activate(page, 'Enregistrer l’analyse');
  await announced(page, /analyse est enregistrée/);
  assert.equal(await page.locator('#analyse-faits-texte').textContent(),
    'Le rappel promis n’a pas été fait. <script>window.__xss=1</script>');

  await check(page, 'Des excuses');
  await check(page, 'Un changement de pratique');
  await typeInto(page, 'La décision expliquée', 'Nous vous présentons nos excuses et tenons un registre des rappels.');
  await activate(page, 'Enregistrer la décision');
  await announced(page, /décision est enregistrée/);

  await typeInto(page, 'Texte de la réponse',
    'Nous avons examiné votre plainte. Nous vous présentons nos excuses.\nUn registre des rappels est en place.');
  await activate(page, 'Aperçu de la lettre');
  await page.locator('#apercu').waitFor();
  const letter = page.locator('#lettre');
  assert.match(await letter.innerText(), /registre des rappels/);
  assert.match(await letter.innerText(), /Rosalie <b>Côté<\/b>/, 'the name shows as typed, inert');
  assert.equal(await page.locator('#lettre :is(script, style, iframe, object, [style], [onclick], [onerror])').count(), 0);
  await assertSound(page, 'aperçu de la lettre');
  // The print button prints the letter alone.
  await activate(page, 'Imprimer la lettre');
  await page.emulateMedia({ media: 'print' });
  assert.equal(await letter.isVisible(), true);
  assert.equal(await page.locator('#champ-description').isVisible(), false);
  assert.equal(await page.locator('header.entete').isVisible(), false);
  await page.emulateMedia({ media: 'screen' });
  const before = mails().length;
  await activate(page, 'Envoyer par courriel');
  await announced(page, /réponse écrite est envoyée par courriel/);
  assert.match(await page.locator('#reponses-envoyees').innerText(), /registre des rappels/);

  await chooseRadio(page, 'Oui, satisfaite', 'Oui, satisfaite');
  await typeInto(page, 'Ajustement convenu (facultatif)', 'Aucun.');
  await activate(page, 'Enregistrer le suivi');
  await announced(page, /suivi est enregistré/);

  await typeInto(page, 'Mesure', 'Tenir un registre des rappels promis <b>et</b> le vérifier chaque vendredi.');
  await typeInto(page, 'Qui s’en occupe', 'Équipe de l’accueil');
  await typeDate(page, 'À faire au plus tard le', '2027-01-15');
  await activate(page, 'Ajouter la mesure');
  await announced(page, /mesure corrective est ajoutée/);
  assert.match(await page.locator('#liste-mesures').innerText(), /<b>et<\/b>/);
  assert.match(await page.locator('#liste-mesures').innerText(), /2027/);
  await activate(page, 'Marquer comme faite');
  await announced(page, /notée comme faite/);
  await assertSound(page, 'dossier après le suivi');

  // The response went to the complainant (the outbox is the local mailer).
  const deadline = Date.now() + 40_000;
  let sent = '';
  while (!sent && Date.now() < deadline) {
    sent = mails().slice(before).map((name) => readFileSync(`${outboxDir}/${name}`, 'utf8'))
      .find((mail) => mail.includes(`To: ${COMPLAINANT}`)) || '';
    if (!sent) await new Promise((resolve) => setTimeout(resolve, 250));
  }
  assert.ok(sent, 'the response is in the outbox');

  await activate(page, 'Mesures correctives');
  await page.waitForURL(`${baseUrl}/admin/mesures/`);
  await page.locator('#lignes tr').first().waitFor();
  assert.match(await page.locator('#lignes').innerText(), /registre des rappels/);
  await assertSound(page, 'mesures');
  assertClean(page);
  await page.context().close();
});

test('the director closes it with the keyboard', async () => {
  const page = await narrowPage(browser);
  await signIn(page, director, `/admin/plainte/?ref=${reference}`);
  await openFile(page);
  await activate(page, 'Fermer la plainte');
  await announced(page, /plainte est fermée/);
  assert.equal(await page.locator('#champ-statut').textContent(), 'Fermée');
  assert.equal(await page.locator('form[data-action="reopen"]').isVisible(), true);
  assert.match(await page.locator('#liste-historique').innerText(), new RegExp(director.name));
  await assertSound(page, 'dossier fermé');
  assertClean(page);
  await page.context().close();
});

test('without JavaScript, a director signs in, filters the list and signs out', async () => {
  const page = await narrowPage(browser, { javaScriptEnabled: false });
  await page.goto(`${baseUrl}/admin/?channel=web`);
  await page.waitForURL((url) => url.pathname === '/admin/connexion/');
  // A wrong password: the server's page says why and keeps the address.
  await page.fill('#courriel', director.email);
  await page.fill('#mot-de-passe', 'pas le bon mot de passe');
  await page.click('button[type=submit]');
  await page.locator('#alerte').filter({ hasText: /mot de passe incorrect/i }).waitFor();
  assert.equal(await page.inputValue('#courriel'), director.email);
  await page.fill('#mot-de-passe', director.password);
  await page.click('button[type=submit]');
  await page.waitForURL(`${baseUrl}/admin/?channel=web`);
  assert.equal(await page.locator('#personne-nom').textContent(), director.name);
  // The list came from the server, already filtered.
  await page.locator('#lignes tr').first().waitFor();
  assert.match(await page.locator('#statut').textContent(), /pour ces filtres/);
  for (const cell of await page.locator('#lignes td[data-label="Reçue par"]').allTextContents()) {
    assert.equal(cell, 'Site web');
  }
  await page.selectOption('#filtre-canal', 'telephone');
  await page.click('#filtres button[type=submit]');
  await page.waitForURL((url) => url.searchParams.get('channel') === 'telephone');
  assert.equal(await page.locator('#filtre-canal').inputValue(), 'telephone');
  // (axe runs as a script: the pages with JavaScript on are checked above and below.)
  await page.click('#deconnexion');
  await page.waitForURL(`${baseUrl}/admin/connexion/?fin=1`);
  assert.equal((await page.context().cookies()).length, 0);
  assertClean(page);
  await page.context().close();
});

test('signing out returns to the sign-in page, and the pages ask to sign in again', async () => {
  const page = await narrowPage(browser);
  await signIn(page, director, '/admin/mesures/');
  await page.locator('#statut').filter({ hasText: /mesure/ }).waitFor();
  await assertSound(page, 'mesures (direction)');
  // The session is an HttpOnly, Secure, SameSite=Strict cookie for this host only.
  const [cookie] = await page.context().cookies();
  assert.equal(cookie.name, '__Host-plaintes-session');
  assert.equal(cookie.httpOnly, true);
  assert.equal(cookie.secure, true);
  assert.equal(cookie.sameSite, 'Strict');
  assert.equal(cookie.path, '/');
  assert.equal(await page.evaluate(() => document.cookie), '', 'no script can read it');
  assert.equal(await page.evaluate(() => sessionStorage.length + localStorage.length), 0, 'the page keeps no credential');
  await activate(page, 'Se déconnecter');
  await page.waitForURL(`${baseUrl}/admin/connexion/?fin=1`);
  await page.locator('#avis').filter({ hasText: 'Vous avez quitté l’espace du personnel.' }).waitFor();
  assert.equal((await page.context().cookies()).length, 0);
  await page.goto(`${baseUrl}/admin/`);
  await page.waitForURL(`${baseUrl}/admin/connexion/?retour=%2Fadmin%2F`);
  await page.locator('#connexion-locale').waitFor();
  assertClean(page);
  await page.context().close();
});

