// The complaint form, enhanced: it works without this script, which only
// adds an idempotency token (a retried submission never makes a second
// complaint) and stops a second click while the first one is on its way.
(function () {
  "use strict";

  var form = document.getElementById("formulaire-plainte");
  if (!form) {
    return;
  }

  var token = form.querySelector("input[name=token]");
  if (token && !token.value) {
    token.value = newToken();
  }

  var button = form.querySelector("button[type=submit]");
  var label = button ? button.textContent : "";
  var sending = false;

  form.addEventListener("submit", function (event) {
    if (sending) {
      event.preventDefault();
      return;
    }
    sending = true;
    if (button) {
      button.disabled = true;
      button.textContent = button.getAttribute("data-envoi") || label;
    }
  });

  // Coming back with the browser's Back button restores the page as it
  // was left: make the button usable again.
  window.addEventListener("pageshow", function (event) {
    if (event.persisted && button) {
      sending = false;
      button.disabled = false;
      button.textContent = label;
    }
  });

  // A refused form comes back with a summary of errors: read it first.
  var summary = document.getElementById("resume-erreurs");
  if (summary) {
    summary.focus();
  }

  function newToken() {
    var cryptography = window.crypto;
    if (!cryptography) {
      return "";
    }
    if (typeof cryptography.randomUUID === "function") {
      return cryptography.randomUUID();
    }
    var bytes = new Uint8Array(16);
    cryptography.getRandomValues(bytes);
    return Array.prototype.map
      .call(bytes, function (byte) {
        return (byte < 16 ? "0" : "") + byte.toString(16);
      })
      .join("");
  }
})();
