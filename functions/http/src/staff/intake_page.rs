//! The page where a complaint received by phone, in person, by letter or by
//! e-mail is recorded (`/admin/nouvelle/`), rendered by the staff router
//! for what the person's roles allow: the whole form (reception, the
//! director, the board), or only a complaint settled on the spot (a
//! manager). Beside it, reception helps a caller by reference without
//! reading the complaint: an acknowledgement given by phone, a new access
//! code, a withdrawal.
//!
//! Every form posts to the page. The receipt, with the access code shown
//! once, is the answer to the post itself; sent again (a reload, a second
//! click), the form's idempotency key (`cle`) finds the same complaint and
//! no code is shown. The other forms are followed by a redirect that says
//! what was done.

use crate::error::Query;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use plaintes_core::access::{decide, Access, Action, StaffMember};
use plaintes_core::calendar::ZONE;
use plaintes_core::casework::{self, CaseError, IntakeInput, Step};
use plaintes_core::complaint::{ComplaintInput, IdempotencyKey, Reference};
use serde::Deserialize;

use crate::error::ApiError;

use super::forms::{field, FormPage, Posted};
use super::pages::{html, SignedIn};
use super::render::{admin_intake_page, StaffHeader};
use super::sign_in::see_other;
use super::views::IntakeReceipt;
use super::StaffState;

pub const INTAKE_PATH: &str = "/admin/nouvelle/";

/// The page's address after a form was done: what, for which complaint.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct IntakeQuery {
    pub fait: String,
    #[serde(rename = "ref")]
    pub reference: String,
}

/// What the intake page shows.
#[derive(Debug, Default)]
pub struct IntakePage {
    /// The whole form: reception, the director, the board.
    pub may_intake: bool,
    /// Only a complaint settled on the spot: a manager.
    pub settled_only: bool,
    /// This form's idempotency key, sent back with it.
    pub key: String,
    /// The first category's code: where an error on the category points.
    pub first_category: String,
    /// « Now » in Quebec, for the time of receipt and of an acknowledgement.
    pub now_local: String,
    pub posted: Option<Posted>,
    /// The complaint just recorded, shown instead of the form.
    pub receipt: Option<IntakeReceipt>,
    /// What was just done for a caller (acknowledgement, new code, withdrawal).
    pub acknowledged: Option<String>,
    pub helped: Option<String>,
    /// A new code to read to the caller now: the complaint, the code.
    pub code_to_read: Option<(String, String)>,
}

/// The intake form's fields in the order they are on the page: the
/// summary of errors follows it.
const ORDER: &[&str] = &[
    "channel",
    "received_at",
    "contact",
    "name",
    "email",
    "phone",
    "address_street",
    "address_city",
    "address_province",
    "address_postal_code",
    "anonymous",
    "category",
    "service",
    "description",
    "desired_outcome",
    "named_staff",
    "about_director",
    "settled",
    "settled_said",
    "settled_done",
    "confirmation_means",
    "consent",
    "consent_refused",
];

impl IntakePage {
    fn for_member(member: &StaffMember, state: &StaffState) -> Self {
        let allowed = |action| decide(member, action, None) == Access::Allowed;
        let may_intake = allowed(Action::RecordIntake);
        let now = state.services.clock.now().with_timezone(&ZONE);
        Self {
            may_intake,
            settled_only: !may_intake && allowed(Action::RecordSettled),
            key: IdempotencyKey::new_token(),
            first_category: state
                .services
                .organisation
                .categories
                .first()
                .map(|category| category.code.clone())
                .unwrap_or_default(),
            now_local: now.format("%Y-%m-%dT%H:%M").to_string(),
            ..Self::default()
        }
    }

    /// Whether the form for a complaint is offered at all.
    pub fn may_record(&self) -> bool {
        self.may_intake || self.settled_only
    }

    /// The key the form sends: the one it was sent with, or a new one.
    pub fn form_key(&self) -> String {
        match self.posted_here("plainte") {
            Some(posted) if !posted.value("cle").is_empty() => posted.value("cle").to_owned(),
            _ => self.key.clone(),
        }
    }

    /// The e-mail and the phone also point at « no way to reach the person ».
    pub fn contact_described(&self, field: &str, help: &str) -> String {
        let own = self.error("plainte", field).is_some();
        let contact = self.error("plainte", "contact").is_some();
        let mut ids: Vec<String> = vec![help.to_owned()];
        if own {
            ids.push(format!("{field}-erreur"));
        }
        if contact {
            ids.push("contact-erreur".into());
        }
        let invalid = if own || contact {
            " aria-invalid=\"true\""
        } else {
            ""
        };
        format!("{invalid} aria-describedby=\"{}\"", ids.join(" "))
    }
}

impl FormPage for IntakePage {
    fn posted(&self) -> Option<&Posted> {
        self.posted.as_ref()
    }

    fn initial(&self, form: &str, name: &str) -> String {
        match (form, name) {
            ("plainte", "received_at") | ("accuse", "at") => self.now_local.clone(),
            ("plainte", "address_province") => "QC".into(),
            // After a receipt, its acknowledgement is the next thing to record.
            ("accuse", "reference") => self
                .receipt
                .as_ref()
                .map(|receipt| receipt.reference.clone())
                .unwrap_or_default(),
            _ => String::new(),
        }
    }

    fn initially_checked(&self, form: &str, name: &str, _value: &str) -> bool {
        // A manager records only what was settled on the spot.
        form == "plainte" && name == "settled" && self.settled_only
    }

    fn control_id(&self, form: &str, field: &str) -> String {
        match (form, field) {
            ("plainte", "channel") => "channel-telephone".into(),
            ("plainte", "contact") => "email".into(),
            ("plainte", "category") => format!("category-{}", self.first_category),
            ("plainte", "confirmation_means") => "confirmation-courriel".into(),
            ("plainte", other) => other.into(),
            ("accuse", "reference") => "accuse-reference".into(),
            ("accuse", "means") => "accuse-telephone".into(),
            ("accuse", "at") => "accuse-moment".into(),
            ("aide", "reference") => "aide-reference".into(),
            ("aide", "delivery") => "aide-lu".into(),
            ("aide", "confirm") => "aide-confirmation".into(),
            (form, _) => format!("formulaire-{form}"),
        }
    }

    fn refusal(&self, form: &str) -> &'static str {
        match form {
            "plainte" => "form-complaint-not-saved",
            _ => "form-nothing-saved",
        }
    }
}

fn render(
    state: &StaffState,
    header: &StaffHeader,
    status: StatusCode,
    page: &IntakePage,
) -> Response {
    html(
        status,
        admin_intake_page(&state.services.organisation, header, page),
    )
}

/// `GET /admin/nouvelle/`: the form, or what was just done for a caller.
#[utoipa::path(
    get,
    path = "/admin/nouvelle/",
    security(("session" = [])),
    params(
        ("fait" = Option<String>, Query, description = "What was just done: `accuse`, `code` or `retrait`"),
        ("ref" = Option<String>, Query, description = "For which complaint"),
    ),
    responses(
        (status = 400, description = "A query that cannot be read: a French problem", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 200, description = "The intake form for the person's roles, and reception's help by reference", body = String, content_type = "text/html"),
        (status = 303, description = "No open session: to the sign-in page, which brings the person back"),
    )
)]
pub async fn intake(
    State(state): State<StaffState>,
    mut signed: SignedIn,
    Query(query): Query<IntakeQuery>,
) -> Response {
    let mut page = IntakePage::for_member(&signed.member, &state);
    let reference = query.reference.trim();
    let words = state.services.organisation.words.french();
    match query.fait.as_str() {
        "accuse" => {
            page.acknowledged = Some(words.t1("intake-done-acknowledge", "reference", reference))
        }
        "code" => page.helped = Some(words.t1("intake-done-code", "reference", reference)),
        "retrait" => page.helped = Some(words.t1("intake-done-withdraw", "reference", reference)),
        _ => {}
    }
    if let Some(kept) = signed.kept_form.take() {
        let form = field(&kept.fields, "formulaire").to_owned();
        page.posted = Some(Posted::given_back(form, kept));
    }
    let header = signed.header(&state);
    render(&state, &header, StatusCode::OK, &page)
}

/// `POST /admin/nouvelle/`: one of the page's forms (`formulaire`:
/// `plainte`, `accuse` or `aide`) with the session's `jeton`.
#[utoipa::path(
    post,
    path = "/admin/nouvelle/",
    security(("session" = [])),
    request_body(content = super::forms::PageForm, content_type = "application/x-www-form-urlencoded"),
    responses(
        (status = 200, description = "The same key as before: the complaint already recorded, without its code; or a new code to read, once", body = String, content_type = "text/html"),
        (status = 201, description = "Recorded: the receipt, with the access code shown once", body = String, content_type = "text/html"),
        (status = 303, description = "An acknowledgement or a caller's help done: back to the page, which says so; or the session had ended: the form kept, to the sign-in page; or sent from a page opened before the last sign-in: nothing done, back to the page with the form filled"),
        (status = 400, description = "Not a form", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 403, description = "A role that does not allow it: the page says so; or sent from another site: a problem", content(
            (String = "text/html"),
            (crate::error::Problem = "application/problem+json"),
        )),
        (status = 404, description = "No complaint by that reference that this person may act on", body = String, content_type = "text/html"),
        (status = 422, description = "Fields to correct: the form again, each error beside its field", body = String, content_type = "text/html"),
        (status = 503, description = "The session cannot be read now", body = crate::error::Problem, content_type = "application/problem+json"),
    )
)]
pub async fn record(State(state): State<StaffState>, headers: HeaderMap, bytes: Bytes) -> Response {
    let (signed, fields) = match super::pages::posted(&state, &headers, &bytes, INTAKE_PATH).await {
        Ok(posted) => posted,
        Err(response) => return response,
    };
    let header = signed.header(&state);
    let mut page = IntakePage::for_member(&signed.member, &state);
    let form = field(&fields, "formulaire").to_owned();
    let outcome = match form.as_str() {
        "plainte" => record_complaint(&state, &signed.member, &fields, &mut page).await,
        "accuse" => acknowledge(&state, &signed.member, &fields).await,
        "aide" => help(&state, &signed.member, &fields, &mut page).await,
        _ => Err(ApiError::Forbidden("problem-no-such-form")),
    };
    match outcome {
        Ok(Done::Page(status)) => render(&state, &header, status, &page),
        Ok(Done::Redirect(to)) => see_other(&to, None),
        Err(error) => {
            let status = error.status();
            let problem = error.problem();
            if let ApiError::Internal { cause, .. } = &error {
                tracing::error!(%cause, "a form of the intake page failed");
            }
            let mut errors: Vec<(String, String)> = problem
                .errors
                .iter()
                .map(|problem| (problem.field.clone(), problem.message.clone()))
                .collect();
            errors.sort_by_key(|(field, _)| {
                ORDER
                    .iter()
                    .position(|name| name == field)
                    .unwrap_or(ORDER.len())
            });
            let reference = field(&fields, "reference").trim().to_uppercase();
            let alert = match &error {
                ApiError::Invalid { .. } => None,
                ApiError::ComplaintNotFound => Some(state.services.organisation.words.french().t1(
                    "intake-no-such-complaint",
                    "reference",
                    reference,
                )),
                _ if !errors.is_empty() => None,
                _ => Some(problem.detail.clone()),
            };
            page.posted = Some(Posted {
                form,
                fields,
                errors,
                alert,
            });
            render(&state, &header, status, &page)
        }
    }
}

enum Done {
    /// Shown on this answer (the receipt, a code to read).
    Page(StatusCode),
    Redirect(String),
}

fn intake_input(fields: &[(String, String)]) -> IntakeInput {
    let value = |name: &str| field(fields, name).to_owned();
    let ticked = |name: &str| field(fields, name) == "true";
    IntakeInput {
        complaint: ComplaintInput {
            name: value("name"),
            email: value("email"),
            phone: value("phone"),
            anonymous: ticked("anonymous"),
            category: value("category"),
            service: value("service"),
            description: value("description"),
            desired_outcome: value("desired_outcome"),
            consent: ticked("consent"),
            address_street: value("address_street"),
            address_city: value("address_city"),
            address_province: value("address_province"),
            address_postal_code: value("address_postal_code"),
            about_staff: String::new(),
            about_director: ticked("about_director"),
            language: value("language"),
        },
        channel: value("channel"),
        received_at: value("received_at"),
        named_staff: value("named_staff"),
        consent_refused: ticked("consent_refused"),
        settled: ticked("settled"),
        settled_said: value("settled_said"),
        settled_done: value("settled_done"),
        confirmation_means: value("confirmation_means"),
    }
}

async fn record_complaint(
    state: &StaffState,
    member: &StaffMember,
    fields: &[(String, String)],
    page: &mut IntakePage,
) -> Result<Done, ApiError> {
    let input = intake_input(fields);
    let key = IdempotencyKey::parse(field(fields, "cle"))
        .unwrap_or_else(|_| IdempotencyKey::from_content(&input.complaint));
    let submitted = casework::record_intake(&state.services, member, &input, &key).await?;
    page.receipt = Some(IntakeReceipt::of(&submitted));
    Ok(Done::Page(match submitted.is_repeat() {
        true => StatusCode::OK,
        false => StatusCode::CREATED,
    }))
}

/// The reference typed by reception, or an error on its field.
fn typed_reference(fields: &[(String, String)]) -> Result<Reference, ApiError> {
    let typed = field(fields, "reference").trim().to_uppercase();
    Reference::parse(&typed).map_err(|_| {
        ApiError::from(CaseError::Invalid(vec![
            plaintes_core::complaint::FieldError {
                field: "reference",
                message: plaintes_core::words::french().t("intake-reference-missing"),
            },
        ]))
    })
}

/// A step on the complaint whose reference was typed. Reception cannot
/// read the complaint: no version is sent.
fn by_reference<'a>(
    state: &'a StaffState,
    member: &'a StaffMember,
    fields: &[(String, String)],
) -> Result<(Reference, Step<'a>), ApiError> {
    let reference = typed_reference(fields)?;
    let step = Step {
        services: &state.services,
        member,
        reference,
        version: None,
    };
    Ok((reference, step))
}

fn done(what: &str, reference: &Reference) -> Done {
    let query = serde_urlencoded::to_string([("fait", what), ("ref", &reference.to_string())])
        .unwrap_or_default();
    Done::Redirect(format!("{INTAKE_PATH}?{query}"))
}

async fn acknowledge(
    state: &StaffState,
    member: &StaffMember,
    fields: &[(String, String)],
) -> Result<Done, ApiError> {
    let (reference, step) = by_reference(state, member, fields)?;
    step.acknowledge(field(fields, "means"), field(fields, "at"))
        .await?;
    Ok(done("accuse", &reference))
}

async fn help(
    state: &StaffState,
    member: &StaffMember,
    fields: &[(String, String)],
    page: &mut IntakePage,
) -> Result<Done, ApiError> {
    let (reference, step) = by_reference(state, member, fields)?;
    if field(fields, "aide") == "retrait" {
        step.withdraw_for_client(field(fields, "confirm") == "true")
            .await?;
        return Ok(done("retrait", &reference));
    }
    match step.issue_code(field(fields, "delivery")).await? {
        (_, Some(code)) => {
            page.code_to_read = Some((reference.to_string(), code.display()));
            Ok(Done::Page(StatusCode::OK))
        }
        (_, None) => Ok(done("code", &reference)),
    }
}
