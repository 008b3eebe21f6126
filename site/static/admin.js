// The staff pages (/admin/…) are the server's: rendered for the person
// signed in, every form posted without a script, every word and rule the
// server's. This module only enhances them (docs/staff-api.md): the
// session's warning before it ends, a form marked busy while it is sent,
// the reports' period fields, printing. It writes no text of the API into
// the page and holds no credential: the session is an HttpOnly cookie.

import { startSession } from './admin/session.js';
import { busyWhenSent } from './admin/forms.js';
import { startPeriods } from './admin/periods.js';
import { startLetterPrinting, startReportPrinting } from './admin/printing.js';

const page = document.body.dataset.page;

if (page === 'connexion') {
  busyWhenSent(document.getElementById('connexion-locale'));
} else {
  startSession(document, window.location);
  busyWhenSent(document.getElementById('formulaire-accueil'));
  if (page === 'plainte') startLetterPrinting(document, window);
  if (page === 'rapports') startPeriods(document.getElementById('periode'));
  if (page === 'rapport-annuel') startReportPrinting(document, window);
}
