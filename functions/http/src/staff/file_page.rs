//! One complaint's file as a page (`/admin/plainte/?ref=…`), rendered by
//! the staff router with a plain form for each step this person may take
//! now (from `allowed`, the access rules and the procedure). A step is
//! posted to the page's own address: done, the answer is a redirect back
//! to the file, which says what was done (post, redirect, get); refused,
//! the file again with the form as it was sent and each error beside its
//! field. No script is needed for any of it.
//!
//! A form posted after the session ended is kept with that session and
//! put back, filled, once the person has signed in again.

use crate::error::Query;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use plaintes_core::access::StaffMember;
use plaintes_core::calendar::ZONE;
use plaintes_core::casework::{self, CaseError, CaseFile, ResponseInput, Step};
use plaintes_core::complaint::Reference;
use plaintes_core::ports::Services;
use plaintes_core::session::KeptForm;
use plaintes_core::words::Catalogue;
use serde::Deserialize;

use crate::error::ApiError;

use super::forms::{field, FormPage, Posted};

use super::pages::{html, SignedIn};
use super::render::admin_file_page;
use super::sign_in::see_other;
use super::views::{CaseFileView, StaffRef};
use super::StaffState;

pub const FILE_PATH: &str = "/admin/plainte/";

/// The page's address: which complaint, and the step just done.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct FileQuery {
    #[serde(rename = "ref")]
    pub reference: String,
    /// The step just done (after the redirect that follows a post).
    pub fait: String,
}

/// The letter as it would leave now, shown in the response form.
#[derive(Debug, Clone)]
pub struct LetterPreview {
    pub subject: String,
    pub text: String,
    /// The preview of the letter that goes by post (with the address).
    pub by_post: bool,
}

/// What the file page shows.
#[derive(Debug, Default)]
pub struct FilePage {
    /// As in the address (shown even when no file opens).
    pub reference: String,
    pub file: Option<CaseFileView>,
    /// Who may be made its manager (for the assignment form).
    pub handlers: Vec<StaffRef>,
    /// What was just done, said first on the page.
    pub notice: Option<String>,
    /// Why no file is shown.
    pub failure: Option<String>,
    pub posted: Option<Posted>,
    pub preview: Option<LetterPreview>,
    /// « Now » and today in Quebec, for the date fields' first values.
    pub now_local: String,
    pub today: String,
}

/// A step's form: its name, its access right, its fields and their ids.
type StepForm = (
    &'static str,
    &'static str,
    &'static [(&'static str, &'static str)],
);

/// Each step's form: its name (`etape`), the access right that shows it,
/// and for each field the id of its control (the first of a group), where
/// its error is shown and where the summary's link leads.
const FORMS: &[StepForm] = &[
    (
        "acknowledge",
        "acknowledge",
        &[("means", "accuse-telephone"), ("at", "accuse-moment")],
    ),
    (
        "assign",
        "assign",
        &[("handler", "assignation-responsable")],
    ),
    (
        "record_naming",
        "record_naming",
        &[
            ("named_staff", "visees-personnel"),
            ("about_director", "visees-direction"),
        ],
    ),
    (
        "analyse",
        "analyse",
        &[
            ("facts", "analyse-faits"),
            ("root_cause", "analyse-cause"),
            ("cause", "analyse-type"),
            ("notes", "analyse-notes"),
        ],
    ),
    (
        "decide",
        "decide",
        &[("kinds", "decision-excuses"), ("text", "decision-texte")],
    ),
    (
        "respond",
        "respond",
        &[
            ("body", "reponse-corps"),
            ("address_street", "reponse-rue"),
            ("address_city", "reponse-ville"),
            ("address_province", "reponse-province"),
            ("address_postal_code", "reponse-code-postal"),
            ("means", "reponse-envoi"),
        ],
    ),
    (
        "extend",
        "extend",
        &[
            ("due_on", "prolongation-date"),
            ("reason", "prolongation-raison"),
        ],
    ),
    (
        "follow_up",
        "follow_up",
        &[
            ("satisfaction", "suivi-satisfaite"),
            ("adjustment", "suivi-ajustement"),
            ("owner", "suivi-porteur"),
            ("due_on", "suivi-echeance"),
        ],
    ),
    (
        "adjust",
        "adjust",
        &[
            ("description", "ajustement-description"),
            ("owner", "ajustement-porteur"),
            ("due_on", "ajustement-echeance"),
        ],
    ),
    (
        "add_measure",
        "manage_measures",
        &[
            ("description", "mesure-description"),
            ("owner", "mesure-porteur"),
            ("due_on", "mesure-echeance"),
        ],
    ),
    ("measure_done", "manage_measures", &[]),
    ("issue_code", "help_client", &[("delivery", "code-lu")]),
    (
        "withdraw_for_client",
        "help_client",
        &[("confirm", "retrait-confirmation")],
    ),
    ("close", "close", &[("reason", "fermeture-raison")]),
    ("reopen", "reopen", &[("reason", "reouverture-raison")]),
];

/// A complaint's file page: `/admin/plainte/?ref=P-2026-0042`.
fn file_address(reference: &str) -> String {
    let query = serde_urlencoded::to_string([("ref", reference)]).unwrap_or_default();
    format!("{FILE_PATH}?{query}")
}

/// The step a form takes, without a measure's number.
fn step_of(form: &str) -> &str {
    form.split(':').next().unwrap_or(form)
}

impl FilePage {
    fn empty(reference: &str, services: &Services) -> Self {
        let now = services.clock.now().with_timezone(&ZONE);
        Self {
            reference: reference.to_owned(),
            now_local: now.format("%Y-%m-%dT%H:%M").to_string(),
            today: now.format("%Y-%m-%d").to_string(),
            ..Self::default()
        }
    }

    /// The page's own address, where every step is posted.
    pub fn action(&self) -> String {
        file_address(&self.reference)
    }

    /// Whether this person may take the steps of `right` now.
    pub fn may(&self, right: &str) -> bool {
        self.file
            .as_ref()
            .is_some_and(|file| file.allowed.contains(&right))
    }

    /// Whether any step at all is open to this person.
    pub fn may_act(&self) -> bool {
        FORMS.iter().any(|(_, right, _)| self.may(right))
    }

    pub fn may_send(&self, means: &str) -> bool {
        self.file
            .as_ref()
            .is_some_and(|file| file.response_means.contains(&means))
    }

    pub fn preview_focused(&self) -> bool {
        self.preview.is_some()
            && self
                .posted
                .as_ref()
                .is_none_or(|posted| posted.errors.is_empty() && posted.alert.is_none())
    }

    /// A form sent (or kept) that this page no longer shows — the step is
    /// no longer open to this person — has its text shown here instead, so
    /// that nothing typed is lost: its alert and each value written.
    pub fn orphan(&self, words: &Catalogue) -> Option<(String, Vec<String>)> {
        let posted = self.posted.as_ref()?;
        let step = step_of(&posted.form);
        let right = FORMS
            .iter()
            .find(|(name, _, _)| *name == step)
            .map(|(_, right, _)| *right);
        if right.is_some_and(|right| self.may(right)) || self.file.is_none() {
            return None;
        }
        let written = posted
            .fields
            .iter()
            .filter(|(name, value)| {
                !name.starts_with('_')
                    && !["etape", "version", "jeton", "mesure", "apercu", "means"]
                        .contains(&name.as_str())
                    && !value.trim().is_empty()
            })
            .map(|(_, value)| value.clone())
            .collect();
        let alert = posted
            .alert
            .clone()
            .unwrap_or_else(|| words.t("case-step-failed"));
        Some((alert, written))
    }

    /// The policy's three promises, each kept, not kept or still running.
    pub fn engagements(&self, words: &Catalogue) -> Vec<(String, String)> {
        let Some(file) = &self.file else {
            return Vec::new();
        };
        let said = |kept: Option<bool>, no: &str| {
            words.t(match kept {
                Some(true) => "case-promise-yes",
                Some(false) => no,
                None => "case-promise-running",
            })
        };
        let compliance = &file.compliance;
        vec![
            (
                words.t("case-promise-ack-on-time"),
                said(compliance.acknowledged_on_time, "case-promise-no"),
            ),
            (
                words.t("case-promise-response-on-time"),
                said(compliance.answered_on_time, "case-promise-no"),
            ),
            (
                words.t("case-promise-followed-up"),
                said(compliance.followed_up, "case-promise-no-late"),
            ),
        ]
    }

    /// Whether the focus goes to what was just done (nothing was refused).
    pub fn notice_focused(&self) -> bool {
        self.notice.is_some() && self.posted.is_none()
    }
}

impl FormPage for FilePage {
    /// What a form starts with: the stored analysis, decision and follow-up
    /// (to be changed), the letter's draft, « now » and today.
    fn initial(&self, form: &str, name: &str) -> String {
        let Some(file) = &self.file else {
            return String::new();
        };
        let analysis = file.analysis.as_ref();
        match (step_of(form), name) {
            ("acknowledge", "at") => self.now_local.clone(),
            ("measure_done", "done_on") => self.today.clone(),
            ("assign", "handler") => file
                .handler
                .as_ref()
                .map(|handler| handler.id.clone())
                .unwrap_or_default(),
            ("analyse", "facts") => analysis.map(|a| a.facts.clone()).unwrap_or_default(),
            ("analyse", "root_cause") => analysis.map(|a| a.root_cause.clone()).unwrap_or_default(),
            ("analyse", "notes") => analysis.and_then(|a| a.notes.clone()).unwrap_or_default(),
            ("analyse", "cause") => analysis.and_then(|a| a.cause.clone()).unwrap_or_default(),
            ("decide", "text") => file
                .decision
                .as_ref()
                .map(|decision| decision.text.clone())
                .unwrap_or_default(),
            ("respond", "body") => file.letter_draft.clone(),
            ("follow_up", "adjustment") => file
                .follow_up
                .as_ref()
                .and_then(|follow_up| follow_up.adjustment.clone())
                .unwrap_or_default(),
            _ => String::new(),
        }
    }

    /// The stored choices: the decision's kinds, the follow-up's answer.
    fn initially_checked(&self, form: &str, name: &str, value: &str) -> bool {
        let Some(file) = &self.file else {
            return false;
        };
        match (form, name) {
            ("record_naming", "about_director") => file.about_director,
            ("decide", "kinds") => file
                .decision
                .as_ref()
                .is_some_and(|decision| decision.kinds.contains(&value)),
            ("follow_up", "satisfaction") => file
                .follow_up
                .as_ref()
                .is_some_and(|follow_up| follow_up.satisfaction == value),
            _ => false,
        }
    }

    fn refusal(&self, form: &str) -> &'static str {
        let preview = self
            .posted_here(form)
            .is_some_and(|posted| posted.fields.iter().any(|(name, _)| name == "apercu"));
        match preview {
            true => "form-no-preview",
            false => "form-nothing-saved",
        }
    }

    fn control_id(&self, form: &str, field: &str) -> String {
        control_id(form, field)
    }

    fn posted(&self) -> Option<&Posted> {
        self.posted.as_ref()
    }
}

/// The id of a field's control in a form (a measure's « done » form has
/// its own), or the form's own id for a field it does not show.
pub fn control_id(form: &str, field: &str) -> String {
    if let Some(id) = form.strip_prefix("measure_done:") {
        return format!("mesure-{id}-faite");
    }
    FORMS
        .iter()
        .find(|(step, _, _)| *step == form)
        .and_then(|(_, _, fields)| fields.iter().find(|(name, _)| *name == field))
        .map(|(_, id)| (*id).to_owned())
        .unwrap_or_else(|| format!("etape-{form}"))
}

/// `GET /admin/plainte/?ref=…`: the file, each step's form if allowed.
#[utoipa::path(
    get,
    path = "/admin/plainte/",
    security(("session" = [])),
    params(
        ("ref" = String, Query, description = "`P-2026-0042`"),
        ("fait" = Option<String>, Query, description = "The step just done"),
    ),
    responses(
        (status = 400, description = "A query that cannot be read: a French problem", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 200, description = "The file, with a form for each step the person may take now", body = String, content_type = "text/html"),
        (status = 303, description = "No open session: to the sign-in page, which brings the person back"),
        (status = 404, description = "No such complaint, or not one this person may read: the same page", body = String, content_type = "text/html"),
    )
)]
pub async fn file(
    State(state): State<StaffState>,
    mut signed: SignedIn,
    Query(query): Query<FileQuery>,
) -> Response {
    let services = &state.services;
    let mut page = FilePage::empty(&query.reference, services);
    page.notice = done_message(services.organisation.words.french(), &query.fait);
    // A form kept when the last session ended: back in its place, filled.
    if let Some(kept) = signed.kept_form.take() {
        page.posted = Some(restored(kept));
        page.notice = None;
    }
    let status = open(services, &signed.member, &mut page).await;
    respond(&state, &signed, status, &page)
}

fn restored(kept: KeptForm) -> Posted {
    // Posted by the page (`etape`), or kept by a script (`_formulaire`).
    let form = kept
        .fields
        .iter()
        .find(|(name, _)| name == "etape" || name == "_formulaire")
        .map(|(_, value)| value.clone())
        .unwrap_or_default();
    Posted::given_back(form_key(&form, &kept.fields), kept)
}

/// The form's key: its step, and for a measure's « done » form, which.
fn form_key(step: &str, fields: &[(String, String)]) -> String {
    match step {
        "measure_done" => format!("measure_done:{}", field(fields, "mesure")),
        other => other.to_owned(),
    }
}

/// Reads the file into the page (and who may take it, for the assignment
/// form); the status of the answer.
async fn open(services: &Services, member: &StaffMember, page: &mut FilePage) -> StatusCode {
    let Ok(reference) = Reference::parse(&page.reference) else {
        page.failure = Some(not_found(services));
        return StatusCode::NOT_FOUND;
    };
    match casework::read_file(services, member, &reference).await {
        Ok(file) => {
            show(services, member, page, &file).await;
            StatusCode::OK
        }
        Err(error) => {
            let status = ApiError::from(error).status();
            page.failure = Some(match status {
                StatusCode::NOT_FOUND | StatusCode::FORBIDDEN => not_found(services),
                _ => services.organisation.words.french().t("case-unavailable"),
            });
            status
        }
    }
}

fn not_found(services: &Services) -> String {
    services.organisation.words.french().t("case-not-found")
}

async fn show(services: &Services, member: &StaffMember, page: &mut FilePage, file: &CaseFile) {
    let view = CaseFileView::of(services, member, file);
    if view.allowed.contains(&"assign") {
        match casework::assignable(services, member, &file.complaint.reference).await {
            Ok(handlers) => page.handlers = handlers.iter().map(StaffRef::of).collect(),
            Err(error) => {
                tracing::warn!(?error, "those who may take a complaint could not be read")
            }
        }
    }
    page.file = Some(view);
}

fn respond(state: &StaffState, signed: &SignedIn, status: StatusCode, page: &FilePage) -> Response {
    let header = signed.header(state);
    html(
        status,
        admin_file_page(&state.services.organisation, &header, page),
    )
}

/// What the page says once a step is done (`?fait=…`).
fn done_message(words: &Catalogue, done: &str) -> Option<String> {
    let said = match done {
        "acknowledge" => "case-done-acknowledge",
        "assign" => "case-done-assign",
        "record_naming" => "case-done-record-naming",
        "analyse" => "case-done-analyse",
        "decide" => "case-done-decide",
        "respond_email" => "case-done-respond-email",
        "respond_post" => "case-done-respond-post",
        "respond_file" => "case-done-respond-file",
        "extend" => "case-done-extend",
        "follow_up" => "case-done-follow-up",
        "adjust" => "case-done-adjust",
        "add_measure" => "case-done-add-measure",
        "measure_done" => "case-done-measure-done",
        "issue_code" => "case-done-issue-code",
        "withdraw_for_client" => "case-done-withdraw-for-client",
        "close" => "case-done-close",
        "reopen" => "case-done-reopen",
        _ => return None,
    };
    Some(words.t(said))
}

/// What a step posted from the page came to.
enum Outcome {
    /// Done: back to the file, which says so (`?fait=…`).
    Done(&'static str),
    /// A new code to read to the person now: shown once, on this answer.
    CodeToRead(Box<CaseFile>, String),
    /// The letter as it would leave, shown in its form.
    Preview(LetterPreview),
}

/// `POST /admin/plainte/?ref=…`: one step, sent by its form (`etape`, the
/// `version` read, the session's `jeton`, the step's fields).
#[utoipa::path(
    post,
    path = "/admin/plainte/",
    security(("session" = [])),
    params(("ref" = String, Query, description = "`P-2026-0042`")),
    request_body(content = super::forms::PageForm, content_type = "application/x-www-form-urlencoded"),
    responses(
        (status = 200, description = "The letter's preview, or a new code to read, once", body = String, content_type = "text/html"),
        (status = 303, description = "Done: back to the file (`&fait=<step>`); or the session had ended: the form kept, to the sign-in page; or sent from a page opened before the last sign-in: nothing done, back to the page with the form filled"),
        (status = 400, description = "Not a form", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 403, description = "A role that does not allow it: the page says so; or sent from another site: a problem", content(
            (String = "text/html"),
            (crate::error::Problem = "application/problem+json"),
        )),
        (status = 404, description = "No such complaint, or not one this person may read", body = String, content_type = "text/html"),
        (status = 409, description = "Changed by someone else meanwhile: the file as it is now, the text kept", body = String, content_type = "text/html"),
        (status = 422, description = "Fields to correct, or a step the procedure does not allow now: the form again", body = String, content_type = "text/html"),
        (status = 503, description = "The session cannot be read now", body = crate::error::Problem, content_type = "application/problem+json"),
    )
)]
pub async fn act(
    State(state): State<StaffState>,
    Query(query): Query<FileQuery>,
    headers: HeaderMap,
    bytes: Bytes,
) -> Response {
    let services = &state.services;
    let page_path = file_address(&query.reference);
    let (signed, fields) = match super::pages::posted(&state, &headers, &bytes, &page_path).await {
        Ok(posted) => posted,
        Err(response) => return response,
    };
    let member = &signed.member;
    let step_name = field(&fields, "etape").to_owned();
    let mut page = FilePage::empty(&query.reference, services);
    let Ok(reference) = Reference::parse(&query.reference) else {
        page.failure = Some(not_found(services));
        return respond(&state, &signed, StatusCode::NOT_FOUND, &page);
    };
    let step = Step {
        services,
        member,
        reference,
        // A page always sends the version it shows: without one, stale.
        version: Some(field(&fields, "version").parse().unwrap_or(0)),
    };
    match run(&step, &step_name, &fields).await {
        Ok(Outcome::Done(done)) => {
            let target = format!("{page_path}&fait={done}");
            see_other(&target, None)
        }
        Ok(Outcome::CodeToRead(file, code)) => {
            show(services, member, &mut page, &file).await;
            page.notice = Some(services.organisation.words.french().t1(
                "case-code-to-read",
                "code",
                code,
            ));
            respond(&state, &signed, StatusCode::OK, &page)
        }
        Ok(Outcome::Preview(preview)) => {
            page.preview = Some(preview);
            page.posted = Some(Posted {
                form: form_key(&step_name, &fields),
                fields,
                ..Posted::default()
            });
            let status = open(services, member, &mut page).await;
            respond(&state, &signed, status, &page)
        }
        Err(error) => refused(&state, &signed, page, &step_name, fields, error).await,
    }
}

/// The file again, with the form as it was sent and why it was refused.
async fn refused(
    state: &StaffState,
    signed: &SignedIn,
    mut page: FilePage,
    step_name: &str,
    fields: Vec<(String, String)>,
    error: CaseError,
) -> Response {
    let error = ApiError::from(error);
    let status = error.status();
    let problem = error.problem();
    if let ApiError::Internal { cause, .. } = &error {
        tracing::error!(%cause, "a step failed");
    }
    let errors: Vec<(String, String)> = problem
        .errors
        .iter()
        .map(|problem| (problem.field.clone(), problem.message.clone()))
        .collect();
    let alert = match &error {
        ApiError::Invalid { .. } => None,
        ApiError::Refused(_) if !errors.is_empty() => None,
        _ => Some(problem.detail.clone()),
    };
    page.posted = Some(Posted {
        form: form_key(step_name, &fields),
        fields,
        errors,
        alert,
    });
    // Read again: after a change made meanwhile, the page shows it, and
    // what was typed stays in its form, to send again once checked.
    let read = open(&state.services, &signed.member, &mut page).await;
    let status = if read.is_success() { status } else { read };
    respond(state, signed, status, &page)
}

/// Calls the step the form names with its fields.
async fn run(
    step: &Step<'_>,
    name: &str,
    fields: &[(String, String)],
) -> Result<Outcome, CaseError> {
    let value = |name: &str| field(fields, name);
    let ticked = |name: &str| fields.iter().any(|(field, _)| field == name);
    let letter = || ResponseInput {
        body: value("body").to_owned(),
        means: value("means").to_owned(),
        address_street: value("address_street").to_owned(),
        address_city: value("address_city").to_owned(),
        address_province: value("address_province").to_owned(),
        address_postal_code: value("address_postal_code").to_owned(),
    };
    let done = match name {
        "acknowledge" => {
            step.acknowledge(value("means"), value("at")).await?;
            "acknowledge"
        }
        "assign" => {
            step.assign(value("handler")).await?;
            "assign"
        }
        "record_naming" => {
            let named: Vec<String> = value("named_staff")
                .split([',', ';', '\n'])
                .map(str::trim)
                .filter(|part| !part.is_empty())
                .map(str::to_owned)
                .collect();
            step.record_naming(&named, ticked("about_director")).await?;
            "record_naming"
        }
        "analyse" => {
            step.analyse(
                value("facts"),
                value("root_cause"),
                value("notes"),
                value("cause"),
            )
            .await?;
            "analyse"
        }
        "decide" => {
            let kinds: Vec<String> = fields
                .iter()
                .filter(|(field, _)| field == "kinds")
                .map(|(_, kind)| kind.clone())
                .collect();
            step.decide_solution(&kinds, value("text")).await?;
            "decide"
        }
        "respond" if ticked("apercu") => {
            let mut input = letter();
            input.means = value("apercu").to_owned();
            let letter = step.preview_response(&input).await?;
            return Ok(Outcome::Preview(LetterPreview {
                subject: letter.subject,
                text: letter.text,
                by_post: input.means == "post",
            }));
        }
        "respond" => {
            let input = letter();
            step.respond(&input).await?;
            match input.means.as_str() {
                "post" => "respond_post",
                "file" => "respond_file",
                _ => "respond_email",
            }
        }
        "extend" => {
            step.extend(value("due_on"), value("reason")).await?;
            "extend"
        }
        "follow_up" => {
            step.follow_up(
                value("satisfaction"),
                value("adjustment"),
                value("owner"),
                value("due_on"),
            )
            .await?;
            "follow_up"
        }
        "adjust" => {
            step.add_adjustment(value("description"), value("owner"), value("due_on"))
                .await?;
            "adjust"
        }
        "add_measure" => {
            step.add_measure(value("description"), value("owner"), value("due_on"))
                .await?;
            "add_measure"
        }
        "measure_done" => {
            let Ok(id) = value("mesure").parse::<u32>() else {
                return Err(plaintes_core::procedure::StepError::UnknownMeasure.into());
            };
            step.complete_measure(id, value("done_on")).await?;
            "measure_done"
        }
        "issue_code" => {
            let (file, code) = step.issue_code(value("delivery")).await?;
            return Ok(match code {
                Some(code) => Outcome::CodeToRead(Box::new(file), code.display()),
                None => Outcome::Done("issue_code"),
            });
        }
        "withdraw_for_client" => {
            step.withdraw_for_client(value("confirm") == "true").await?;
            "withdraw_for_client"
        }
        "close" => {
            step.close(value("reason")).await?;
            "close"
        }
        "reopen" => {
            step.reopen(value("reason")).await?;
            "reopen"
        }
        _ => return Err(CaseError::Forbidden),
    };
    Ok(Outcome::Done(done))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_field_an_error_can_name_has_a_control_in_its_form() {
        assert_eq!(control_id("analyse", "facts"), "analyse-faits");
        assert_eq!(control_id("measure_done:3", "done_on"), "mesure-3-faite");
        assert_eq!(control_id("close", "nothing"), "etape-close");
        for (step, _, fields) in FORMS {
            for (field, id) in *fields {
                assert_eq!(control_id(step, field), *id);
            }
        }
    }

    #[test]
    fn a_field_in_error_is_marked_and_described_by_its_message() {
        let page = FilePage {
            posted: Some(Posted {
                form: "analyse".into(),
                fields: vec![("facts".into(), "<b>".into())],
                errors: vec![("facts".into(), "Décrivez les faits.".into())],
                alert: None,
            }),
            ..FilePage::default()
        };
        assert_eq!(
            page.described("analyse", "facts", "analyse-faits", ""),
            " aria-invalid=\"true\" aria-describedby=\"analyse-faits-erreur\""
        );
        assert_eq!(
            page.described("analyse", "notes", "analyse-notes", "analyse-notes-aide"),
            " aria-describedby=\"analyse-notes-aide\""
        );
        assert_eq!(page.value("analyse", "facts"), "<b>");
        assert_eq!(page.value("decide", "text"), "");
        assert_eq!(page.box_class("analyse", "facts"), " champ-erreur");
        assert_eq!(page.box_class("decide", "text"), "");
        assert_eq!(
            page.summary("analyse"),
            vec![("analyse-faits".to_owned(), "Décrivez les faits.".to_owned())]
        );
        assert_eq!(
            page.summary_title(plaintes_core::words::french(), "analyse"),
            "Rien n’a été enregistré. Corrigez ce point\u{a0}:"
        );
        assert!(page.summary_focused("analyse") && !page.alert_focused("analyse"));
        assert!(!page.preview_focused() && !page.notice_focused());
    }
}
