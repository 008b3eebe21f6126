// Printing: the letter's preview alone (its button), or the year's report.
// The buttons are hidden until the script shows them: without it they
// would do nothing.

/** While the letter is printed, the page shows it alone (`.impression-lettre`). */
export function startLetterPrinting(document, window) {
  const button = document.getElementById('imprimer-bouton');
  if (!button) return;
  let printingLetter = false;
  button.hidden = false;
  button.addEventListener('click', () => {
    printingLetter = true;
    document.body.classList.add('impression-lettre');
    window.print();
  });
  // Printing the page itself (Ctrl+P) prints the whole file, not the letter.
  window.addEventListener('beforeprint', () => {
    if (!printingLetter) document.body.classList.remove('impression-lettre');
  });
  window.addEventListener('afterprint', () => {
    printingLetter = false;
    document.body.classList.remove('impression-lettre');
  });
}

export function startReportPrinting(document, window) {
  const button = document.getElementById('imprimer-rapport');
  if (!button) return;
  button.hidden = false;
  button.addEventListener('click', () => window.print());
}
