// The public journey in the newcomers' languages: a person reads Arabic,
// complains and opens their file with the keyboard alone, on pages written
// right to left; every public page in every language is accessible
// (WCAG 2.2 AA); the language choice is a plain link that works without
// JavaScript. The words come from the catalogues, as the pages do.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  launch, phonePage, accessibilityViolations, sidewaysOverflow, baseUrl,
  activate, typeInto, check, chooseRadio,
} from './helpers.mjs';

const LANGUAGES = ['fr-CA', 'en', 'es', 'ar'];
const PAGES = ['', 'porter-plainte/', 'suivi/', 'politique/', 'confidentialite/'];

/** The one-line messages of a language's catalogue, by id. */
function catalogue(code) {
  const text = readFileSync(new URL(`../../config/langues/${code}/public.ftl`, import.meta.url), 'utf8');
  const messages = {};
  for (const line of text.split('\n')) {
    const found = /^([a-z0-9-]+) = (.+)$/.exec(line);
    if (found) messages[found[1]] = found[2];
  }
  return messages;
}

const prefix = (code) => (code === 'fr-CA' ? '/' : `/${code}/`);
const startsWith = (text) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** The page's language and direction, as its root element says. */
async function languageOf(page) {
  return page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]);
}

test('every public page in every language is accessible, in its language and direction', async () => {
  const page = await phonePage(browser);
  for (const code of LANGUAGES) {
    for (const path of PAGES) {
      await page.goto(`${baseUrl}${prefix(code)}${path}`);
      const where = `${code} /${path}`;
      assert.deepEqual(await languageOf(page), [code, code === 'ar' ? 'rtl' : 'ltr'], where);
      assert.deepEqual(await accessibilityViolations(page), [], `${where}: accessibility`);
      assert.ok(await sidewaysOverflow(page) <= 0, `${where}: the page scrolls sideways`);
    }
  }
  assert.deepEqual(page.consoleErrors, []);
});

test('a person reading Arabic complains and opens their file with the keyboard alone', async () => {
  const words = catalogue('ar');
  const page = await phonePage(browser, { locale: 'ar' });
  await page.goto(`${baseUrl}/ar/`);
  // The layout reads right to left: the menu starts at the right.
  const [menuStart, pageWidth] = await page.evaluate(() => {
    const menu = document.querySelector('nav[aria-label] ul');
    return [menu.firstElementChild.getBoundingClientRect().right, document.documentElement.clientWidth];
  });
  assert.ok(pageWidth - menuStart < 40, `the first language link sits at the right (${menuStart} of ${pageWidth})`);

  await activate(page, words['nav-complain']);
  await page.waitForURL(/\/ar\/porter-plainte\/$/);
  await typeInto(page, startsWith(words['form-name']), 'سلمى حداد');
  // A phone number, not an e-mail address: the suite's browsers all come
  // from one address, whose mail the outbox limits per day
  // (outbox::PUBLIC_MAIL_PER_SOURCE); the page is then the acknowledgement.
  await typeInto(page, words['form-phone'], '418 555-0188');
  await chooseRadio(page, words['settings-category-prestation-de-services'], words['settings-category-delais']);
  await typeInto(page, startsWith(words['form-description']), 'وعدوني بموعد ولم يتصل بي أحد.');
  await check(page, startsWith(words['form-consent']));
  await activate(page, words['form-send']);
  await page.waitForURL(`${baseUrl}/api/complaints`);
  await page.waitForLoadState('load');
  assert.deepEqual(await languageOf(page), ['ar', 'rtl']);
  const confirmation = await page.locator('main').innerText();
  assert.match(confirmation, new RegExp(words['confirmation-heading']));
  const reference = /P-\d{4}-\d{4}/.exec(confirmation)?.[0];
  const code = /[0-9A-Z]{4}(-[0-9A-Z]{4}){5}-[0-9A-Z]{2}/.exec(confirmation)?.[0];
  assert.ok(reference && code, 'the reference and the code are shown');
  assert.deepEqual(await accessibilityViolations(page), [], 'confirmation: accessibility');

  await page.goto(`${baseUrl}/ar/suivi/`);
  await typeInto(page, words['access-reference'], reference);
  await typeInto(page, words['access-code'], code);
  await activate(page, words['access-open']);
  await page.waitForURL(`${baseUrl}/api/suivi`);
  await page.waitForLoadState('load');
  assert.deepEqual(await languageOf(page), ['ar', 'rtl']);
  const file = await page.locator('main').innerText();
  assert.match(file, new RegExp(words['status-acknowledged']));
  assert.match(file, /سلمى حداد/);
  assert.deepEqual(await accessibilityViolations(page), [], 'file: accessibility');
  assert.ok(await sidewaysOverflow(page) <= 0, 'file: the page scrolls sideways');
  assert.deepEqual(page.consoleErrors, []);
});

test('the language choice works with JavaScript off', async () => {
  const page = await phonePage(browser, { javaScriptEnabled: false });
  await page.goto(`${baseUrl}/porter-plainte/`);
  assert.deepEqual(await languageOf(page), ['fr-CA', 'ltr']);
  await activate(page, 'Español');
  await page.waitForURL(`${baseUrl}/es/porter-plainte/`);
  assert.deepEqual(await languageOf(page), ['es', 'ltr']);
  assert.equal(await page.locator('input[name="language"]').inputValue(), 'es');
  await activate(page, 'Français');
  await page.waitForURL(`${baseUrl}/porter-plainte/`);
  assert.deepEqual(await languageOf(page), ['fr-CA', 'ltr']);
});
