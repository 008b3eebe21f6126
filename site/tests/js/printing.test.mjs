// Printing the letter alone, or the year's report.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startLetterPrinting, startReportPrinting } from '../../static/admin/printing.js';

function page(id) {
  const listeners = {};
  const classes = new Set();
  const button = {
    hidden: true,
    addEventListener: (type, run) => { listeners[`button:${type}`] = run; },
  };
  const document = {
    getElementById: (wanted) => (wanted === id ? button : null),
    body: { classList: { add: (name) => classes.add(name), remove: (name) => classes.delete(name) } },
  };
  let printed = 0;
  const window = {
    print: () => { printed += 1; },
    addEventListener: (type, run) => { listeners[`window:${type}`] = run; },
  };
  return { document, window, button, listeners, classes, printed: () => printed };
}

test('the letter prints alone from its button, the page whole from the browser', () => {
  const shown = page('imprimer-bouton');
  startLetterPrinting(shown.document, shown.window);
  assert.equal(shown.button.hidden, false, 'shown once the script can print');
  shown.listeners['button:click']();
  assert.equal(shown.printed(), 1);
  assert.equal(shown.classes.has('impression-lettre'), true);
  shown.listeners['window:beforeprint']();
  assert.equal(shown.classes.has('impression-lettre'), true, 'still the letter');
  shown.listeners['window:afterprint']();
  assert.equal(shown.classes.has('impression-lettre'), false);
  // Ctrl+P later: the whole file.
  shown.classes.add('impression-lettre');
  shown.listeners['window:beforeprint']();
  assert.equal(shown.classes.has('impression-lettre'), false);
});

test('the year’s report prints from its button; without one, nothing is wired', () => {
  const shown = page('imprimer-rapport');
  startReportPrinting(shown.document, shown.window);
  assert.equal(shown.button.hidden, false);
  shown.listeners['button:click']();
  assert.equal(shown.printed(), 1);
  const none = page('autre');
  startLetterPrinting(none.document, none.window);
  assert.deepEqual(Object.keys(none.listeners), []);
});
