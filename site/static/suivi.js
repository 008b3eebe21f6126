// The follow-up pages, enhanced: they work without this script. The link
// in the acknowledgement e-mail ends with #reference=…&code=… (a fragment
// never reaches the server): the form is filled from it, then the fragment
// is removed so that the code stays neither in the address bar nor in the
// history. The script also moves the focus to a message the server wrote,
// and stops a second click while a form is on its way.
(function () {
  "use strict";

  var reference = document.getElementById("reference");
  var code = document.getElementById("code");
  if (reference && code && window.location.hash.length > 1) {
    var values = new URLSearchParams(window.location.hash.slice(1));
    if (values.has("reference") || values.has("code")) {
      reference.value = (values.get("reference") || reference.value).trim();
      code.value = (values.get("code") || "").trim();
      window.history.replaceState(null, "", window.location.pathname + window.location.search);
    }
  }

  // A refused access or action, or a done action, is said first.
  var message = document.getElementById("resume-erreurs") || document.getElementById("avis-reussite");
  if (message) {
    message.focus();
  }

  // Only the forms that lead to another page: a download leaves this page
  // in place, and its button must stay usable.
  Array.prototype.forEach.call(document.querySelectorAll("form"), function (form) {
    var button = form.querySelector("button[data-envoi]");
    if (!button) {
      return;
    }
    var label = button.textContent;
    var sending = false;
    form.addEventListener("submit", function (event) {
      if (sending) {
        event.preventDefault();
        return;
      }
      sending = true;
      button.setAttribute("aria-disabled", "true");
      button.textContent = button.getAttribute("data-envoi");
    });
    window.addEventListener("pageshow", function (event) {
      if (event.persisted) {
        sending = false;
        button.removeAttribute("aria-disabled");
        button.textContent = label;
      }
    });
  });
})();
