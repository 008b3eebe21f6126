// Shared by the browser tests: Chromium launched the way this machine
// allows (no sandbox as root, no background network), and axe-core.
import { chromium } from 'playwright-core';
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export const baseUrl = process.env.BASE_URL;
export const outboxDir = process.env.OUTBOX_DIR;
if (!baseUrl || !outboxDir) {
  throw new Error('BASE_URL and OUTBOX_DIR are set by tests/browser/run');
}

export async function launch() {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic',
      '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run',
    ],
  });
}

/// A phone-sized page that records console errors (CSP violations show there).
export async function phonePage(browser, options = {}) {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    locale: 'fr-CA',
    ...options,
  });
  const page = await context.newPage();
  page.consoleErrors = [];
  // The page's own status (422 for a form to correct, 404) is expected;
  // any other failing resource, script error or CSP violation is not.
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
      page.consoleErrors.push(message.text());
    }
  });
  page.on('response', (response) => {
    if (response.status() >= 400 && response.request().resourceType() !== 'document') {
      page.consoleErrors.push(`${response.status()} ${response.url()}`);
    }
  });
  page.on('pageerror', (error) => page.consoleErrors.push(String(error)));
  return page;
}

/// The axe-core violations of the page, WCAG 2.2 AA.
export async function accessibilityViolations(page) {
  // Evaluated through the DevTools protocol: the page's CSP rightly
  // refuses any injected <script>.
  await page.evaluate(axeSource);
  const result = await page.evaluate(() =>
    window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'] },
    }));
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/// The staff accounts tests/browser/run creates with `plaintes staff add`.
export function staffAccount(role) {
  const prefix = `STAFF_${role.toUpperCase()}`;
  const email = process.env[`${prefix}_EMAIL`];
  const password = process.env[`${prefix}_PASSWORD`];
  const name = process.env[`${prefix}_NAME`];
  if (!email || !password) throw new Error(`${prefix}_EMAIL and ${prefix}_PASSWORD are set by tests/browser/run`);
  return { email, password, name };
}

/// A page as narrow as a small phone (360 px): the staff pages must work there.
export async function narrowPage(browser, options = {}) {
  return phonePage(browser, { viewport: { width: 360, height: 780 }, ...options });
}

/// How far the page scrolls sideways (0 or less: it fits the screen).
export async function sidewaysOverflow(page) {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

/// The focused element: its accessible name (as a label, aria-label or
/// text gives it), its role-ish kind, and whether it is inside `within`.
async function focused(page, within) {
  return page.evaluate((selector) => {
    const active = document.activeElement;
    if (!active || active === document.body) return { name: '', kind: '', inside: false };
    const text = (node) => (node ? node.textContent : '').replace(/\s+/g, ' ').trim();
    let name = '';
    if (active.getAttribute('aria-labelledby')) {
      name = active.getAttribute('aria-labelledby').split(' ')
        .map((id) => text(document.getElementById(id))).join(' ');
    } else if (active.getAttribute('aria-label')) {
      name = active.getAttribute('aria-label');
    } else if (active.labels && active.labels.length) {
      name = Array.from(active.labels, text).join(' ');
    } else {
      name = text(active) || active.value || '';
    }
    const kind = active.type || active.tagName.toLowerCase();
    const inside = selector ? Boolean(active.closest(selector)) : true;
    return { name, kind, inside, checked: Boolean(active.checked), group: active.name || '' };
  }, within ?? null);
}

function matches(name, wanted) {
  return wanted instanceof RegExp ? wanted.test(name) : name === wanted;
}

/// Presses Tab (or Shift+Tab) until the focused control's accessible name
/// is `name`, as a keyboard user reaches a control; fails after `limit` presses.
export async function tabTo(page, name, { within, backwards = false, limit = 250 } = {}) {
  const key = backwards ? 'Shift+Tab' : 'Tab';
  const seen = [];
  for (let presses = 0; presses < limit; presses += 1) {
    await page.keyboard.press(key);
    const now = await focused(page, within);
    if (now.inside && matches(now.name, name)) return now;
    seen.push(now.name);
  }
  throw new Error(`no control named ${name} reached with ${key}; seen: ${[...new Set(seen)].join(' | ')}`);
}

/// Tabs to a control by its name and presses Enter (a button or a link).
export async function activate(page, name, options) {
  await tabTo(page, name, options);
  await page.keyboard.press('Enter');
}

/// Tabs to a text field by its name and types into it.
export async function typeInto(page, name, text, options) {
  await tabTo(page, name, options);
  await page.keyboard.press('Control+A');
  await page.keyboard.type(text);
}

/// Tabs into a group of radio buttons (whose first button is `first`), then
/// moves with the arrow keys to the button named `choice`, which checks it.
export async function chooseRadio(page, first, choice, options) {
  let now = await tabTo(page, first, options);
  for (let presses = 0; presses < 10 && !matches(now.name, choice); presses += 1) {
    await page.keyboard.press('ArrowDown');
    now = await focused(page, options?.within);
  }
  if (!matches(now.name, choice)) throw new Error(`no radio button ${choice}`);
  if (!now.checked) await page.keyboard.press('Space');
}

/// Tabs to a check box and checks it with the space bar.
export async function check(page, name, options) {
  const now = await tabTo(page, name, options);
  if (!now.checked) await page.keyboard.press('Space');
}

/// Tabs to a list (select) and moves with the arrow keys to the option `choice`.
export async function chooseOption(page, name, choice, options) {
  await tabTo(page, name, options);
  const selected = () => page.evaluate(() => {
    const select = document.activeElement;
    return select.options[select.selectedIndex]?.textContent.trim() ?? '';
  });
  await page.keyboard.press('Home');
  for (let presses = 0; presses < 50; presses += 1) {
    if (matches(await selected(), choice)) return;
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`no option ${choice} in ${name}`);
}

/// Tabs to a date field and types the date `iso` (YYYY-MM-DD). The field's
/// parts follow the browser's language (month/day/year in this Chromium,
/// year-month-day in French): each order is tried until the value is right.
export async function typeDate(page, name, iso, options) {
  await tabTo(page, name, options);
  const [year, month, day] = iso.split('-');
  for (const parts of [[month, day, year], [year, month, day], [day, month, year]]) {
    await page.keyboard.type(parts.join(''));
    if (await page.evaluate(() => document.activeElement.value) === iso) return;
    // Leave the field backwards, part by part, and come back to its first part.
    for (let presses = 0; presses < 5; presses += 1) {
      await page.keyboard.press('Shift+Tab');
      if (!matches((await focused(page, options?.within)).name, name)) break;
    }
    await page.keyboard.press('Tab');
  }
  throw new Error(`the date ${iso} could not be typed into ${name}`);
}

/// Submits a complaint through the public JSON API, as the form's script
/// would; returns its reference and the access code given once.
export async function submitComplaint({
  name = '', email = '', category = 'autre', service = '', description, anonymous = false,
}) {
  const response = await fetch(`${baseUrl}/api/complaints`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': `test-${Date.now()}-${Math.random()}` },
    body: JSON.stringify({
      name, email, phone: '', anonymous, category, service, description, desired_outcome: '', consent: true,
    }),
  });
  if (response.status !== 201) throw new Error(`the complaint was refused: ${response.status} ${await response.text()}`);
  const receipt = await response.json();
  return { reference: receipt.reference, code: receipt.access_code };
}

/// The messages in the local outbox (oldest name first), to `recipient` if given.
export function outboxMails(recipient) {
  const names = readdirSync(outboxDir).filter((name) => name.endsWith('.eml')).sort();
  const mails = names.map((name) => readFileSync(`${outboxDir}/${name}`, 'utf8'));
  if (!recipient) return mails;
  const to = new RegExp(`^To:.*${recipient.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'im');
  return mails.filter((mail) => to.test(mail));
}

/// Signs in with the keyboard from `path`, which first sends to the
/// sign-in page and then back to `path`.
export async function signIn(page, account, path) {
  await page.goto(`${baseUrl}${path}`);
  await page.waitForURL((url) => url.pathname === '/admin/connexion/');
  await page.locator('#connexion-locale').waitFor();
  await typeInto(page, 'Courriel', account.email);
  await typeInto(page, 'Mot de passe', account.password);
  await activate(page, 'Se connecter');
  await page.waitForURL((url) => url.pathname !== '/admin/connexion/');
  await page.locator('#personne-nom').filter({ hasText: account.name }).waitFor();
}

/// A bearer token for `account`, for calling the staff API directly.
export async function staffToken(account) {
  const response = await fetch(`${baseUrl}/api/session`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: account.email, password: account.password }),
  });
  if (!response.ok) throw new Error(`${account.email} cannot sign in: ${response.status}`);
  return (await response.json()).token;
}

/// Waits until the status message says `message` and has the focus. A
/// step posts its form: the page that follows says what was done.
export async function announced(page, message) {
  for (;;) {
    try {
      await page.waitForFunction((source) => {
        const status = document.getElementById('statut');
        return status && document.activeElement === status && new RegExp(source).test(status.textContent);
      }, message.source);
      return;
    } catch (error) {
      if (!/context was destroyed|navigat/i.test(String(error))) throw error;
    }
  }
}
