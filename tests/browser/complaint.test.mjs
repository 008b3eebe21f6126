// A person makes a complaint on a phone, with and without JavaScript, and
// the site stays accessible (WCAG 2.2 AA) and within its security policy.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { launch, phonePage, accessibilityViolations, baseUrl, outboxDir } from './helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const mails = () => readdirSync(outboxDir).filter((name) => name.endsWith('.eml'));

async function fillComplaint(page, { name, email, description }) {
  await page.goto(`${baseUrl}/porter-plainte/`);
  await page.getByLabel('Votre nom').fill(name);
  await page.getByLabel('Courriel', { exact: false }).first().fill(email);
  await page.locator('input[name="category"][value="delais"]').check();
  await page.locator('select[name="service"]').selectOption('recherche_emploi');
  await page.locator('textarea[name="description"]').fill(description);
  await page.locator('input[name="consent"]').check();
}

test('a person on a phone submits a complaint and sees the reference, code and dates', async () => {
  const page = await phonePage(browser);
  const before = mails().length;
  await fillComplaint(page, {
    name: 'Sofia Benali',
    email: 'sofia@example.com',
    description: 'On m’a promis un rappel qui n’est jamais venu.',
  });
  const token = await page.locator('input[name="token"]').inputValue();
  assert.match(token, /^[0-9a-f-]{32,36}$/, 'the script gives the form a token');
  await page.getByRole('button', { name: 'Envoyer ma plainte' }).click();
  await page.waitForLoadState('load');
  const text = await page.locator('main').innerText();
  assert.match(text, /P-\d{4}-\d{4}/);
  assert.match(text, /[0-9A-Z]{4}(-[0-9A-Z]{4}){5}-[0-9A-Z]{2}/, 'the access code is shown');
  assert.equal(mails().length, before + 1, 'the acknowledgement is in the outbox');
  const mail = readFileSync(`${outboxDir}/${mails().sort().at(-1)}`, 'utf8');
  assert.match(mail, /To: sofia@example\.com/);
  assert.deepEqual(page.consoleErrors, []);
  assert.deepEqual(await accessibilityViolations(page), []);
});

test('the form works with JavaScript turned off', async () => {
  const page = await phonePage(browser, { javaScriptEnabled: false });
  await fillComplaint(page, {
    name: 'Louis Gagnon',
    email: 'louis@example.com',
    description: 'Personne ne répondait au téléphone de l’accueil mardi.',
  });
  await page.getByRole('button', { name: 'Envoyer ma plainte' }).click();
  await page.waitForLoadState('load');
  assert.match(await page.locator('main').innerText(), /P-\d{4}-\d{4}/);
});

test('a wrong form comes back with the values kept and each error announced', async () => {
  const page = await phonePage(browser);
  await page.goto(`${baseUrl}/porter-plainte/`);
  await page.getByLabel('Votre nom').fill('Mai Nguyen');
  await page.getByLabel('Courriel', { exact: false }).first().fill('mai.example.com');
  await page.getByRole('button', { name: 'Envoyer ma plainte' }).click();
  await page.waitForLoadState('load');
  assert.equal(await page.getByLabel('Votre nom').inputValue(), 'Mai Nguyen');
  const email = page.locator('input[name="email"]');
  assert.equal(await email.inputValue(), 'mai.example.com');
  assert.equal(await email.getAttribute('aria-invalid'), 'true');
  assert.match(await page.locator('#email-erreur').innerText(), /ne semble pas valide/);
  assert.match(await page.locator('#description-erreur').innerText(), /Décrivez ce qui s’est passé/);
  assert.match(await page.locator('#consent-erreur').innerText(), /votre accord/);
  assert.deepEqual(page.consoleErrors, []);
  assert.deepEqual(await accessibilityViolations(page), []);
});

for (const path of ['/', '/politique/', '/porter-plainte/', '/confidentialite/', '/page-absente/']) {
  test(`${path} is accessible and loads nothing the policy forbids`, async () => {
    const page = await phonePage(browser);
    const foreign = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(baseUrl)) foreign.push(request.url());
    });
    const response = await page.goto(`${baseUrl}${path}`);
    const missing = path === '/page-absente/';
    assert.equal(response.status(), missing ? 404 : 200);
    assert.equal(await page.getAttribute('html', 'lang'), 'fr-CA');
    assert.equal(await page.locator('h1').count(), 1);
    assert.deepEqual(foreign, [], 'no third-party request');
    assert.deepEqual(page.consoleErrors, [], 'no script or CSP error');
    assert.deepEqual(await accessibilityViolations(page), []);
    // Nothing wider than a phone screen.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `the page scrolls sideways by ${overflow}px`);
  });
}
