//! One askama template per page. Each page carries the organisation (the
//! base layout needs its name and the director's contact) and which entry of
//! the navigation is the current page.

use askama::Template;
use plaintes_core::complaint::ComplaintInput;
use plaintes_core::Organisation;

use crate::form::FormErrors;
use crate::policy::PolicyBlock;
use crate::Confirmation;

/// The navigation entries, as the base layout compares them.
pub(crate) mod nav {
    pub const HOME: &str = "accueil";
    pub const FORM: &str = "porter-plainte";
    pub const POLICY: &str = "politique";
    pub const PRIVACY: &str = "confidentialite";
    pub const NONE: &str = "";
}

#[derive(Template)]
#[template(path = "index.html")]
pub(crate) struct HomePage<'a> {
    pub organisation: &'a Organisation,
    pub current: &'static str,
}

#[derive(Template)]
#[template(path = "politique.html")]
pub(crate) struct PolicyPage<'a> {
    pub organisation: &'a Organisation,
    pub current: &'static str,
    pub blocks: Vec<PolicyBlock>,
}

#[derive(Template)]
#[template(path = "porter-plainte.html")]
pub(crate) struct ComplaintFormPage<'a> {
    pub organisation: &'a Organisation,
    pub current: &'static str,
    pub values: &'a ComplaintInput,
    pub errors: FormErrors,
    pub token: &'a str,
}

#[derive(Template)]
#[template(path = "confidentialite.html")]
pub(crate) struct PrivacyPage<'a> {
    pub organisation: &'a Organisation,
    pub current: &'static str,
}

#[derive(Template)]
#[template(path = "404.html")]
pub(crate) struct NotFoundPage<'a> {
    pub organisation: &'a Organisation,
    pub current: &'static str,
}

#[derive(Template)]
#[template(path = "confirmation.html")]
pub(crate) struct ConfirmationPage<'a> {
    pub organisation: &'a Organisation,
    pub current: &'static str,
    pub confirmation: &'a Confirmation,
}

#[derive(Template)]
#[template(path = "erreur.html")]
pub(crate) struct ErrorPage<'a> {
    pub organisation: &'a Organisation,
    pub current: &'static str,
    pub title: &'a str,
    pub message: &'a str,
}

#[derive(Template)]
#[template(path = "message-recu.html")]
pub(crate) struct HoneypotPage<'a> {
    pub organisation: &'a Organisation,
    pub current: &'static str,
}
