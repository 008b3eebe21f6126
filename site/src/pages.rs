//! One askama template per page. Each page carries the organisation (the
//! base layout needs its name and the director's contact) and which entry of
//! the navigation is the current page.

use askama::Template;
use plaintes_core::complaint::ComplaintInput;
use plaintes_core::words::Catalogue;
use plaintes_core::Organisation;

use crate::client::{ClientFile, ClientNotice};
use crate::form::FormErrors;
use crate::policy::PolicyBlock;
use crate::Confirmation;

/// The navigation entries, as the base layout compares them.
pub(crate) mod nav {
    pub const HOME: &str = "accueil";
    pub const FORM: &str = "porter-plainte";
    pub const POLICY: &str = "politique";
    pub const PRIVACY: &str = "confidentialite";
    pub const FOLLOW_UP: &str = "suivi";
    pub const NONE: &str = "";

    /// The path of a page under its language's prefix, for the language
    /// choice and the `hreflang` alternates: `None` for the pages that
    /// answer a request (a confirmation, a file), which exist at no address.
    pub fn path(current: &str) -> Option<&'static str> {
        match current {
            HOME => Some(""),
            FORM => Some("porter-plainte/"),
            POLICY => Some("politique/"),
            PRIVACY => Some("confidentialite/"),
            FOLLOW_UP => Some("suivi/"),
            _ => None,
        }
    }
}

/// The organisation's mission, one paragraph per entry: the settings' in
/// French, the catalogue's (paragraphs on their own lines) in another.
pub(crate) fn mission(words: &Catalogue, organisation: &Organisation) -> Vec<String> {
    if words.language().is_reference() {
        organisation.mission.clone()
    } else {
        words
            .t("settings-mission")
            .lines()
            .map(str::trim)
            .filter(|line| !line.is_empty())
            .map(str::to_owned)
            .collect()
    }
}

/// A count as the page's language groups digits.
pub(crate) fn number(words: &Catalogue, value: usize) -> String {
    words.number(value)
}

#[derive(Template)]
#[template(path = "index.html")]
pub(crate) struct HomePage<'a> {
    pub organisation: &'a Organisation,
    pub words: &'a Catalogue,
    pub current: &'static str,
}

#[derive(Template)]
#[template(path = "politique.html")]
pub(crate) struct PolicyPage<'a> {
    pub organisation: &'a Organisation,
    pub words: &'a Catalogue,
    pub current: &'static str,
    pub blocks: Vec<PolicyBlock>,
}

#[derive(Template)]
#[template(path = "porter-plainte.html")]
pub(crate) struct ComplaintFormPage<'a> {
    pub organisation: &'a Organisation,
    pub words: &'a Catalogue,
    pub current: &'static str,
    pub values: &'a ComplaintInput,
    pub errors: FormErrors,
    pub token: &'a str,
}

#[derive(Template)]
#[template(path = "confidentialite.html")]
pub(crate) struct PrivacyPage<'a> {
    pub organisation: &'a Organisation,
    pub words: &'a Catalogue,
    pub current: &'static str,
}

#[derive(Template)]
#[template(path = "404.html")]
pub(crate) struct NotFoundPage<'a> {
    pub organisation: &'a Organisation,
    pub words: &'a Catalogue,
    pub current: &'static str,
}

#[derive(Template)]
#[template(path = "confirmation.html")]
pub(crate) struct ConfirmationPage<'a> {
    pub organisation: &'a Organisation,
    pub words: &'a Catalogue,
    pub current: &'static str,
    pub confirmation: &'a Confirmation,
}

#[derive(Template)]
#[template(path = "erreur.html")]
pub(crate) struct ErrorPage<'a> {
    pub organisation: &'a Organisation,
    pub words: &'a Catalogue,
    pub current: &'static str,
    pub title: &'a str,
    pub message: &'a str,
}

#[derive(Template)]
#[template(path = "message-recu.html")]
pub(crate) struct HoneypotPage<'a> {
    pub organisation: &'a Organisation,
    pub words: &'a Catalogue,
    pub current: &'static str,
}

/// The form that opens a client's file (`/suivi/`), with the lost-code
/// form below it. `reference` is what the person typed, kept when access
/// was refused; the code never comes back.
#[derive(Template)]
#[template(path = "suivi.html")]
pub(crate) struct ClientAccessPage<'a> {
    pub organisation: &'a Organisation,
    pub words: &'a Catalogue,
    pub current: &'static str,
    pub reference: &'a str,
    pub problem: Option<&'a str>,
}

/// The client's file and the forms of what they may do now.
#[derive(Template)]
#[template(path = "suivi-dossier.html")]
pub(crate) struct ClientFilePage<'a> {
    pub organisation: &'a Organisation,
    pub words: &'a Catalogue,
    pub current: &'static str,
    pub file: &'a ClientFile,
    pub notice: &'a ClientNotice,
}

impl ClientFilePage<'_> {
    /// The control each field of `ClientNotice::field` names, and whether
    /// its form is on the page (an action may have closed meanwhile).
    fn control(&self, field: &str) -> Option<&'static str> {
        let (id, shown) = match field {
            "text" => ("text", self.file.can_add_information),
            "satisfaction" => ("satisfaction-satisfied", self.file.can_answer_satisfaction),
            "comment" => ("comment", self.file.can_answer_satisfaction),
            "confirm" => ("confirm", self.file.can_withdraw),
            _ => return None,
        };
        shown.then_some(id)
    }

    /// The error to show beside `field`, when the notice is about it.
    pub(crate) fn error_for(&self, field: &str) -> Option<&str> {
        let about = self.notice.field.as_deref()?;
        (about == field && self.control(field).is_some())
            .then_some(self.notice.error.as_deref())
            .flatten()
    }

    /// Where the message at the top leads: the control at fault, if shown.
    pub(crate) fn error_target(&self) -> Option<&'static str> {
        self.notice
            .field
            .as_deref()
            .and_then(|field| self.control(field))
    }
}

/// The whole file on a plain page, to print or save as PDF.
#[derive(Template)]
#[template(path = "suivi-impression.html")]
pub(crate) struct ClientPrintPage<'a> {
    pub organisation: &'a Organisation,
    pub words: &'a Catalogue,
    pub current: &'static str,
    pub file: &'a ClientFile,
}

/// The same answer to every lost-code request, so that it tells nobody
/// whether a reference and an address go together.
#[derive(Template)]
#[template(path = "suivi-code-perdu.html")]
pub(crate) struct ClientLostCodePage<'a> {
    pub organisation: &'a Organisation,
    pub words: &'a Catalogue,
    pub current: &'static str,
}
