// A form being sent: marked busy without disabling its button, which would
// drop the focus; its button says what is going on (`data-envoi`).

export function setBusy(form, busy) {
  form.dataset.occupe = busy ? 'oui' : '';
  form.setAttribute('aria-busy', busy ? 'true' : 'false');
  for (const button of form.querySelectorAll('button[type=submit]')) {
    if (busy) {
      button.setAttribute('aria-disabled', 'true');
      if (button.dataset.envoi) {
        button.dataset.libelle = button.textContent;
        button.textContent = button.dataset.envoi;
      }
    } else {
      button.removeAttribute('aria-disabled');
      if (button.dataset.libelle) button.textContent = button.dataset.libelle;
    }
  }
}

/** A form the server answers: busy from the moment it is sent. */
export function busyWhenSent(form) {
  if (form) form.addEventListener('submit', () => setBusy(form, true));
}
