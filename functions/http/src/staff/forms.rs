//! What the staff pages' forms share: a form sent (or kept while the
//! person signed in again) shown again with its values, each error beside
//! its field and a summary whose links lead to the fields, as on the public
//! form. A page says what its forms start with and where each field is;
//! the rest is here.

use plaintes_core::words::Catalogue;

/// A form as it was sent: shown again with its values, its errors and why
/// it failed.
#[derive(Debug, Clone, Default)]
pub struct Posted {
    /// Which form of the page (`analyse`, `measure_done:3`, `plainte`).
    pub form: String,
    pub fields: Vec<(String, String)>,
    /// Each field's error: the field's name and its message.
    pub errors: Vec<(String, String)>,
    /// Why it failed, when no field (or not only a field) is at fault.
    pub alert: Option<String>,
}

impl Posted {
    pub fn value(&self, name: &str) -> &str {
        field(&self.fields, name)
    }

    /// A form kept while the person signed in again, or sent from a page
    /// opened before the last sign-in: given back filled as `form`, with a
    /// word saying why and that nothing was recorded.
    pub fn given_back(form: String, kept: plaintes_core::session::KeptForm) -> Self {
        let why = if kept.from_an_older_page {
            "form-from-older-page"
        } else {
            "form-session-had-ended"
        };
        Self {
            form,
            fields: kept.fields,
            errors: Vec::new(),
            alert: Some(plaintes_core::words::french().t(why)),
        }
    }
}

/// The first value of `name` in a form's fields (empty when absent).
pub fn field<'a>(fields: &'a [(String, String)], name: &str) -> &'a str {
    fields
        .iter()
        .find(|(field, _)| field == name)
        .map(|(_, value)| value.as_str())
        .unwrap_or_default()
}

/// A page with forms. Its templates call these methods with the form's
/// name, the field's name and the id of its control.
pub trait FormPage {
    /// The form sent, if any.
    fn posted(&self) -> Option<&Posted>;
    /// What a text field starts with.
    fn initial(&self, form: &str, name: &str) -> String;
    /// Whether a box or a radio button starts ticked.
    fn initially_checked(&self, form: &str, name: &str, value: &str) -> bool;
    /// The id of the control a field's error points at (the first of a group).
    fn control_id(&self, form: &str, field: &str) -> String;
    /// « Rien n’a été enregistré. » — what a refusal first says: the
    /// message's id.
    fn refusal(&self, form: &str) -> &'static str;

    fn posted_here(&self, form: &str) -> Option<&Posted> {
        self.posted().filter(|posted| posted.form == form)
    }

    /// A text field's value: as sent, or what the form starts with.
    fn value(&self, form: &str, name: &str) -> String {
        match self.posted_here(form) {
            Some(posted) => posted.value(name).to_owned(),
            None => self.initial(form, name),
        }
    }

    /// Whether a box or a radio button is ticked: as sent, or at first.
    fn checked(&self, form: &str, name: &str, value: &str) -> bool {
        match self.posted_here(form) {
            Some(posted) => posted
                .fields
                .iter()
                .any(|(field, given)| field == name && given == value),
            None => self.initially_checked(form, name, value),
        }
    }

    /// A field's error, when the form was sent with it wrong.
    fn error(&self, form: &str, field: &str) -> Option<String> {
        self.posted_here(form)?
            .errors
            .iter()
            .find(|(name, _)| name == field)
            .map(|(_, message)| message.clone())
    }

    /// ` champ-erreur` on the box of a field in error.
    fn box_class(&self, form: &str, field: &str) -> &'static str {
        match self.error(form, field) {
            Some(_) => " champ-erreur",
            None => "",
        }
    }

    /// A control's `aria-invalid` and `aria-describedby` (its help `help`,
    /// may be empty, and its error `<id>-erreur`), as attributes.
    fn described(&self, form: &str, field: &str, id: &str, help: &str) -> String {
        let mut ids: Vec<String> = help.split_whitespace().map(str::to_owned).collect();
        let invalid = self.error(form, field).is_some();
        let mut attributes = String::new();
        if invalid {
            ids.push(format!("{id}-erreur"));
            attributes.push_str(" aria-invalid=\"true\"");
        }
        if !ids.is_empty() {
            attributes.push_str(&format!(" aria-describedby=\"{}\"", ids.join(" ")));
        }
        attributes
    }

    /// Why the form failed, above it.
    fn alert(&self, form: &str) -> Option<String> {
        self.posted_here(form)?.alert.clone()
    }

    /// Each error of the form, with the id its link leads to.
    fn summary(&self, form: &str) -> Vec<(String, String)> {
        let Some(posted) = self.posted_here(form) else {
            return Vec::new();
        };
        posted
            .errors
            .iter()
            .map(|(field, message)| (self.control_id(form, field), message.clone()))
            .collect()
    }

    /// « Rien n’a été enregistré. Corrigez ce point : »
    fn summary_title(&self, words: &Catalogue, form: &str) -> String {
        words.t2(
            "form-fix-summary",
            "refusal",
            words.t(self.refusal(form)),
            "count",
            self.summary(form).len(),
        )
    }

    /// The focus goes first to the summary of a form's errors, else to why
    /// it failed.
    fn summary_focused(&self, form: &str) -> bool {
        !self.summary(form).is_empty()
    }

    fn alert_focused(&self, form: &str) -> bool {
        self.summary(form).is_empty() && self.alert(form).is_some()
    }

    /// A form was sent with fields to correct (the title says « Erreur »).
    fn has_errors(&self) -> bool {
        self.posted()
            .is_some_and(|posted| !posted.errors.is_empty())
    }
}

/// A form of a staff page, as it is posted: the session's form token, which
/// form it is, and its fields (those of the matching JSON route).
#[derive(utoipa::ToSchema)]
#[allow(dead_code)] // Documents the body; each page reads its fields.
pub struct PageForm {
    /// The session's form token.
    jeton: String,
    /// On the file page: the step (`analyse`, `respond`, `measure_done`, …).
    etape: Option<String>,
    /// On the intake page: `plainte`, `accuse` or `aide`.
    formulaire: Option<String>,
    /// On the file page: the version shown.
    version: Option<String>,
    /// On the intake page: the form's idempotency key.
    cle: Option<String>,
}
