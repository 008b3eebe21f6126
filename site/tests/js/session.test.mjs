// The session's warning, as the staff pages' module plans it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  readSession, fromAnswer, warningDelay, timeOfDay, signInAddress, planWarning,
} from '../../static/admin/session.js';

test('the limits come from the page, in milliseconds', () => {
  const session = readSession({
    finSession: '2026-12-02T15:00:00+00:00',
    finAuPlusTard: '2026-12-02T23:00:00+00:00',
    inactivite: '3600',
    avertissement: '300',
  });
  assert.deepEqual(session, {
    endsAt: Date.parse('2026-12-02T15:00:00Z'),
    latestEnd: Date.parse('2026-12-02T23:00:00Z'),
    idleMs: 3_600_000,
    warningMs: 300_000,
  });
  // Without them, no end is planned.
  assert.equal(warningDelay(readSession({}), Date.now()), null);
});

test('the answer of the session route gives the same limits', () => {
  assert.deepEqual(fromAnswer({
    ends_at: '2026-12-02T15:00:00Z', latest_end: '2026-12-02T23:00:00Z', idle_seconds: 60, warning_seconds: 5,
  }), {
    endsAt: Date.parse('2026-12-02T15:00:00Z'),
    latestEnd: Date.parse('2026-12-02T23:00:00Z'),
    idleMs: 60_000,
    warningMs: 5_000,
  });
});

test('the warning comes a warning before the end, at once when that time has passed', () => {
  const session = { endsAt: 10_000_000, warningMs: 300_000 };
  assert.equal(warningDelay(session, 9_000_000), 700_000);
  assert.equal(warningDelay(session, 9_800_000), 0);
});

test('the end is said in Quebec time, the French way', () => {
  assert.equal(timeOfDay(Date.parse('2026-12-02T21:30:00Z'), 'America/Toronto'), '16\u00a0h\u00a030');
  assert.equal(timeOfDay(Date.parse('2026-07-02T13:05:00Z'), 'America/Toronto'), '9\u00a0h\u00a005');
});

test('the sign-in page brings the person back and says the session ended', () => {
  assert.equal(signInAddress('/admin/plainte/?ref=P-2026-0042'),
    '/admin/connexion/?retour=%2Fadmin%2Fplainte%2F%3Fref%3DP-2026-0042&fin=expiree');
});

test('the notice shows with the time of the end and the focus on « Continuer »', () => {
  const nodes = {
    'fin-session': { hidden: false },
    'fin-session-heure': { textContent: '' },
    'fin-session-continuer': { focused: false, focus() { this.focused = true; } },
  };
  const document = { getElementById: (id) => nodes[id] ?? null };
  const planned = [];
  const timers = {
    setTimeout: (run, delay) => { planned.push({ run, delay }); return planned.length; },
    clearTimeout: () => {},
  };
  const plan = planWarning(document, 'America/Toronto', timers);
  const endsAt = Date.now() + 600_000;
  plan({ endsAt, latestEnd: endsAt, idleMs: 600_000, warningMs: 60_000 });
  assert.equal(nodes['fin-session'].hidden, true, 'hidden until its time');
  assert.equal(planned.length, 1);
  assert.ok(planned[0].delay > 530_000 && planned[0].delay <= 540_000, String(planned[0].delay));
  planned[0].run();
  assert.equal(nodes['fin-session'].hidden, false);
  assert.equal(nodes['fin-session-heure'].textContent, timeOfDay(endsAt, 'America/Toronto'));
  assert.equal(nodes['fin-session-continuer'].focused, true);
});
