// A page of another site cannot act in a signed-in person's name: its forms
// posted to the staff pages (a step on a complaint, signing out) change
// nothing. The browser does not send the session cookie (SameSite=Strict)
// and the server refuses what comes from another site (Sec-Fetch-Site).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { launch, narrowPage, staffAccount, baseUrl, signIn, staffToken } from './helpers.mjs';

const director = staffAccount('direction');

let browser;
let elsewhere;
let elsewhereUrl = '';
let reference = '';

before(async () => {
  browser = await launch();
  const response = await fetch(`${baseUrl}/api/complaints`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': `ailleurs-${Date.now()}` },
    body: JSON.stringify({
      anonymous: true,
      category: 'delais',
      description: 'Une plainte qu’un autre site voudrait fermer.',
      consent: true,
    }),
  });
  assert.equal(response.status, 201);
  reference = (await response.json()).reference;
  // Another site (localhost is not 127.0.0.1's site): two forms aimed at
  // the staff pages, as a page trying to act for the person would hold.
  const target = `${baseUrl}/admin/plainte/?ref=${reference}`;
  const page = `<!doctype html><html lang="fr"><title>Ailleurs</title>
<form id="etape" method="post" action="${target}">
<input type="hidden" name="etape" value="analyse"><input type="hidden" name="version" value="1">
<input type="hidden" name="jeton" value="devine"><input type="hidden" name="facts" value="Écrit par un autre site.">
<input type="hidden" name="root_cause" value="Aucune."><button>Analyse</button></form>
<form id="sortie" method="post" action="${baseUrl}/admin/deconnexion/">
<input type="hidden" name="jeton" value="devine"><button>Sortie</button></form>`;
  elsewhere = createServer((_, answer) => {
    answer.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    answer.end(page);
  });
  await new Promise((resolve) => elsewhere.listen(0, 'localhost', resolve));
  elsewhereUrl = `http://localhost:${elsewhere.address().port}/`;
});
after(async () => {
  await browser?.close();
  await new Promise((resolve) => elsewhere?.close(resolve));
});

async function stored() {
  const token = await staffToken(director);
  const answer = await fetch(`${baseUrl}/api/staff/complaints/${reference}`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  assert.equal(answer.status, 200);
  return answer.json();
}

test('a form of another site posted to a staff page changes nothing', async () => {
  const page = await narrowPage(browser);
  await signIn(page, director, `/admin/plainte/?ref=${reference}`);
  const before = await stored();

  await page.goto(elsewhereUrl);
  await page.click('#etape button');
  await page.waitForLoadState();
  assert.ok(!new URL(page.url()).searchParams.has('fait'), 'no step was done');
  const after = await stored();
  assert.equal(after.version, before.version, 'the complaint is unchanged');
  assert.equal(after.analysis, null);

  await page.goto(elsewhereUrl);
  await page.click('#sortie button');
  await page.waitForLoadState();
  // Still signed in: the session was not ended by the other site.
  await page.goto(`${baseUrl}/admin/plainte/?ref=${reference}`);
  assert.equal(new URL(page.url()).pathname, '/admin/plainte/');
  await page.locator('#personne-nom').filter({ hasText: director.name }).waitFor();
  await page.context().close();
});
