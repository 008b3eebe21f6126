// Shared by the browser tests: Chromium launched the way this machine
// allows (no sandbox as root, no background network), and axe-core.
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
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
