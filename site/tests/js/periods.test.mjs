// The reports' period chooser: only the fields of the kind chosen.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { shownFor, showPeriodFields } from '../../static/admin/periods.js';

test('a field shows for each kind it names', () => {
  assert.equal(shownFor('mois trimestre annee', 'annee'), true);
  assert.equal(shownFor('mois trimestre annee', 'choisie'), false);
  assert.equal(shownFor('choisie', 'choisie'), true);
  assert.equal(shownFor('mois', ''), false);
});

test('the others are hidden and disabled, so that the address keeps only what the report reads', () => {
  const control = () => ({ disabled: false });
  const box = (pour) => {
    const controls = [control()];
    return { dataset: { pour }, hidden: false, controls, querySelectorAll: () => controls };
  };
  const boxes = [box('mois'), box('trimestre'), box('mois trimestre annee'), box('choisie'), box('choisie')];
  const form = {
    querySelector: (selector) => (selector === 'input[name=periode]:checked' ? { value: 'trimestre' } : null),
    querySelectorAll: (selector) => (selector === '[data-pour]' ? boxes : []),
  };
  showPeriodFields(form);
  assert.deepEqual(boxes.map((b) => b.hidden), [true, false, false, true, true]);
  assert.deepEqual(boxes.map((b) => b.controls[0].disabled), [true, false, false, true, true]);
});
