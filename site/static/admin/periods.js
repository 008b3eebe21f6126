// The reports' period chooser: the server reads the period from the
// address; the script only shows the fields of the kind of period chosen
// (`data-pour`) and disables the others, so that they are not sent.

/** Whether a field for the kinds `pour` (space-separated) is shown for `chosen`. */
export function shownFor(pour, chosen) {
  return pour.split(' ').includes(chosen);
}

export function showPeriodFields(form) {
  const checked = form.querySelector('input[name=periode]:checked');
  const chosen = checked ? checked.value : '';
  for (const box of form.querySelectorAll('[data-pour]')) {
    const shown = shownFor(box.dataset.pour, chosen);
    box.hidden = !shown;
    for (const control of box.querySelectorAll('input, select')) control.disabled = !shown;
  }
}

export function startPeriods(form) {
  if (!form) return;
  showPeriodFields(form);
  for (const radio of form.querySelectorAll('input[name=periode]')) {
    radio.addEventListener('change', () => showPeriodFields(form));
  }
}
