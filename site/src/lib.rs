//! The public French site of Plaintes: the static pages built into
//! `site/dist/` (home, policy, complaint form, privacy notice, follow-up
//! form, not-found page and their assets), and the pages the public API
//! renders on the fly (the form shown again with its errors, the
//! confirmation, an error, and the client's own file with its actions).
//! The staff pages (`/admin/…`) are not here: the staff router renders
//! them (`plaintes_http::staff`), for the person signed in; this crate
//! holds their script and the stylesheet.
//! Every page renders from the organisation's settings; markup and French
//! text live in `templates/`, never in this code.

pub mod client;
mod form;
mod pages;
pub mod policy;

use std::fs;
use std::path::Path;

use anyhow::Context;
use askama::Template;
use plaintes_core::complaint::{ComplaintInput, FieldError};
use plaintes_core::words::Catalogue;
use plaintes_core::Organisation;

pub use crate::client::{
    ClientAddition, ClientCredentials, ClientDeadline, ClientEvent, ClientFile, ClientLetter,
    ClientNotice, ClientSatisfaction,
};
use crate::form::FormErrors;
use crate::pages::nav;
pub use crate::policy::{parse_policy, PolicyBlock, POLICY_TEXT};

/// The file, beside a language's catalogue, that holds its translation of
/// the policy.
pub const POLICY_TRANSLATION: &str = "politique.txt";

/// The stylesheet, served at `/assets/style.css`.
pub const STYLE_CSS: &str = include_str!("../static/style.css");
/// The form's script, served at `/assets/form.js`.
pub const FORM_JS: &str = include_str!("../static/form.js");
/// The follow-up form's script, served at `/assets/suivi.js`: it fills the
/// form from the link of the acknowledgement e-mail.
pub const SUIVI_JS: &str = include_str!("../static/suivi.js");
/// The staff pages' script, served at `/assets/admin.js`: a module that
/// imports the others of `ADMIN_MODULES`.
pub const ADMIN_JS: &str = include_str!("../static/admin.js");
/// The modules `admin.js` imports, each at its path under `/assets/`.
pub const ADMIN_MODULES: [(&str, &str); 4] = [
    (
        "assets/admin/session.js",
        include_str!("../static/admin/session.js"),
    ),
    (
        "assets/admin/forms.js",
        include_str!("../static/admin/forms.js"),
    ),
    (
        "assets/admin/periods.js",
        include_str!("../static/admin/periods.js"),
    ),
    (
        "assets/admin/printing.js",
        include_str!("../static/admin/printing.js"),
    ),
];

/// What a person is told once their complaint is stored.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Confirmation {
    /// The complaint's reference, like `P-2026-0042`.
    pub reference: String,
    /// The secret code to read the file; `None` for a repeated submission,
    /// whose code was given the first time.
    pub access_code: Option<String>,
    /// Dates already written in French: « 14 décembre 2026 à 16 h 30 ».
    pub received_at: String,
    pub acknowledgement_due: String,
    pub response_due: String,
    /// An acknowledgement was sent by e-mail; otherwise this page is it.
    pub acknowledgement_by_email: bool,
    /// The same submission had already been received (a retry).
    pub already_received: bool,
}

/// Writes every static page and asset into `out` (creating folders): for
/// French, out/index.html, out/politique/index.html,
/// out/porter-plainte/index.html, out/confidentialite/index.html,
/// out/suivi/index.html and out/404.html; the same pages of every other
/// language the settings list under its code (out/es/index.html …); then
/// out/assets/style.css, out/assets/form.js, out/assets/suivi.js,
/// out/assets/admin.js and its modules (`ADMIN_MODULES`). The staff pages
/// (`/admin/…`) are not files: the staff router renders each for the
/// person signed in (`admin_*_page`).
pub fn build(organisation: &Organisation, out: &Path) -> anyhow::Result<()> {
    let mut files = Vec::new();
    for words in organisation.words.all() {
        let folder = match words.language().is_reference() {
            true => String::new(),
            false => format!("{}/", words.code()),
        };
        let pages = [
            ("index.html", home_page(organisation, words)?),
            ("politique/index.html", policy_page(organisation, words)?),
            (
                "porter-plainte/index.html",
                complaint_form_page(organisation, words, &ComplaintInput::default(), &[], "")?,
            ),
            (
                "confidentialite/index.html",
                privacy_page(organisation, words)?,
            ),
            (
                "suivi/index.html",
                client_access_page(organisation, words, "", None)?,
            ),
            ("404.html", not_found_page(organisation, words)?),
        ];
        for (relative, contents) in pages {
            files.push((format!("{folder}{relative}"), contents));
        }
    }
    let assets = [
        ("assets/style.css", STYLE_CSS),
        ("assets/form.js", FORM_JS),
        ("assets/suivi.js", SUIVI_JS),
        ("assets/admin.js", ADMIN_JS),
    ];
    let assets = assets.into_iter().chain(ADMIN_MODULES);
    files.extend(assets.map(|(relative, contents)| (relative.to_owned(), contents.to_owned())));
    for (relative, contents) in files {
        let path = out.join(relative);
        if let Some(folder) = path.parent() {
            fs::create_dir_all(folder)
                .with_context(|| format!("cannot create the folder {}", folder.display()))?;
        }
        fs::write(&path, contents).with_context(|| format!("cannot write {}", path.display()))?;
    }
    // Earlier builds wrote the staff pages as files: a copy left behind
    // would be served (or uploaded) in place of the staff router's.
    let stale = out.join("admin");
    if stale.exists() {
        fs::remove_dir_all(&stale)
            .with_context(|| format!("cannot remove the old staff pages {}", stale.display()))?;
    }
    Ok(())
}

/// The home page: who we are, how to complain, what happens next, rights.
pub fn home_page(organisation: &Organisation, words: &Catalogue) -> anyhow::Result<String> {
    let page = pages::HomePage {
        organisation,
        words,
        current: nav::HOME,
    };
    page.render().context("cannot render the home page")
}

/// The whole policy, parsed from its text: the board's French text, or
/// in another language its translation (`politique.txt` beside the
/// catalogue), labelled as such with a link to the French one.
pub fn policy_page(organisation: &Organisation, words: &Catalogue) -> anyhow::Result<String> {
    let text = match words.language().is_reference() {
        true => plaintes_core::french::typeset(POLICY_TEXT),
        false => words
            .document(POLICY_TRANSLATION)
            .with_context(|| format!("the policy is not translated into {}", words.code()))?
            .to_owned(),
    };
    let page = pages::PolicyPage {
        organisation,
        words,
        current: nav::POLICY,
        blocks: parse_policy(&text),
    };
    page.render().context("cannot render the policy page")
}

/// The complaint form page (same page as /porter-plainte/), with the
/// person's values kept and a French message beside each wrong field, plus
/// an error summary at the top listing the errors as links to the fields.
/// `token` goes in the hidden field `token` (empty in the static build).
pub fn complaint_form_page(
    organisation: &Organisation,
    words: &Catalogue,
    values: &ComplaintInput,
    errors: &[FieldError],
    token: &str,
) -> anyhow::Result<String> {
    let page = pages::ComplaintFormPage {
        organisation,
        words,
        current: nav::FORM,
        values,
        errors: FormErrors::new(organisation, errors),
        token,
    };
    page.render().context("cannot render the complaint form")
}

/// The privacy notice (Quebec's Law 25).
pub fn privacy_page(organisation: &Organisation, words: &Catalogue) -> anyhow::Result<String> {
    let page = pages::PrivacyPage {
        organisation,
        words,
        current: nav::PRIVACY,
    };
    page.render().context("cannot render the privacy page")
}

/// The page for an address that leads nowhere.
pub fn not_found_page(organisation: &Organisation, words: &Catalogue) -> anyhow::Result<String> {
    let page = pages::NotFoundPage {
        organisation,
        words,
        current: nav::NONE,
    };
    page.render().context("cannot render the not-found page")
}

/// The page a person sees after submitting: their reference, the access
/// code shown once (or, for a repeated submission, where it was given),
/// the acknowledgement, the date of the written response and how to reach
/// the director.
pub fn confirmation_page(
    organisation: &Organisation,
    words: &Catalogue,
    confirmation: &Confirmation,
) -> anyhow::Result<String> {
    let page = pages::ConfirmationPage {
        organisation,
        words,
        current: nav::NONE,
        confirmation,
    };
    page.render().context("cannot render the confirmation page")
}

/// A plain page for an error (e.g. 413 « Votre plainte est trop longue »),
/// with a link back to the form and the director's contact.
pub fn error_page(
    organisation: &Organisation,
    words: &Catalogue,
    title: &str,
    message: &str,
) -> anyhow::Result<String> {
    let page = pages::ErrorPage {
        organisation,
        words,
        current: nav::NONE,
        title,
        message,
    };
    page.render().context("cannot render the error page")
}

/// The page a submission that filled the hidden anti-robot field gets: it
/// looks like success to a robot, and tells a person who sees no reference
/// how to reach the organisation directly.
pub fn honeypot_page(organisation: &Organisation, words: &Catalogue) -> anyhow::Result<String> {
    let page = pages::HoneypotPage {
        organisation,
        words,
        current: nav::NONE,
    };
    page.render().context("cannot render the received page")
}

/// The form that opens a client's file (`/suivi/`). When access was refused,
/// `problem` says why in French (« Numéro de plainte ou code d’accès
/// incorrect. », or how long to wait after too many tries) and the typed
/// `reference` is kept; the code is never written back into the page.
pub fn client_access_page(
    organisation: &Organisation,
    words: &Catalogue,
    reference: &str,
    problem: Option<&str>,
) -> anyhow::Result<String> {
    let page = pages::ClientAccessPage {
        organisation,
        words,
        current: nav::FOLLOW_UP,
        reference,
        problem,
    };
    page.render().context("cannot render the follow-up form")
}

/// The client's file: where it stands, the promised dates, the complaint,
/// the written responses, additions, satisfaction and timeline, then the
/// forms of what the client may do now, each sending the reference and the
/// code again. `notice` says what just happened, or why an action was
/// refused (beside the field at fault, with what was typed kept).
pub fn client_file_page(
    organisation: &Organisation,
    words: &Catalogue,
    file: &ClientFile,
    notice: &ClientNotice,
) -> anyhow::Result<String> {
    let page = pages::ClientFilePage {
        organisation,
        words,
        current: nav::NONE,
        file,
        notice,
    };
    page.render().context("cannot render the client's file")
}

/// The whole file on a plain page without forms, to print or save as PDF
/// (the access code is not on it).
pub fn client_print_page(
    organisation: &Organisation,
    words: &Catalogue,
    file: &ClientFile,
) -> anyhow::Result<String> {
    let page = pages::ClientPrintPage {
        organisation,
        words,
        current: nav::NONE,
        file,
    };
    page.render().context("cannot render the printable file")
}

/// The answer to a lost-code request, the same whether or not the
/// reference and the e-mail address matched a complaint.
pub fn client_lost_code_page(
    organisation: &Organisation,
    words: &Catalogue,
) -> anyhow::Result<String> {
    let page = pages::ClientLostCodePage {
        organisation,
        words,
        current: nav::NONE,
    };
    page.render().context("cannot render the lost-code answer")
}
