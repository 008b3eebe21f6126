// A form marked busy while the server answers it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setBusy } from '../../static/admin/forms.js';

function button(text, envoi) {
  const attributes = new Map();
  return {
    textContent: text,
    dataset: envoi ? { envoi } : {},
    setAttribute: (name, value) => attributes.set(name, value),
    removeAttribute: (name) => attributes.delete(name),
    attribute: (name) => attributes.get(name),
  };
}

function form(buttons) {
  const attributes = new Map();
  return {
    dataset: {},
    setAttribute: (name, value) => attributes.set(name, value),
    attribute: (name) => attributes.get(name),
    querySelectorAll: (selector) => (selector === 'button[type=submit]' ? buttons : []),
  };
}

test('busy, its button says so and is marked disabled, not disabled (the focus stays)', () => {
  const save = button('Enregistrer la plainte', 'Enregistrement en cours…');
  const other = button('Autre');
  const sent = form([save, other]);
  setBusy(sent, true);
  assert.equal(sent.dataset.occupe, 'oui');
  assert.equal(sent.attribute('aria-busy'), 'true');
  assert.equal(save.textContent, 'Enregistrement en cours…');
  assert.equal(save.attribute('aria-disabled'), 'true');
  assert.equal(other.textContent, 'Autre');
  assert.equal(other.attribute('aria-disabled'), 'true');
  setBusy(sent, false);
  assert.equal(sent.attribute('aria-busy'), 'false');
  assert.equal(save.textContent, 'Enregistrer la plainte');
  assert.equal(save.attribute('aria-disabled'), undefined);
});
