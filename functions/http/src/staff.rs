//! The staff router: `/api/staff/*`, the same on Lambda and locally. Every
//! route first needs a verified identity (`Staff`, from the bearer token;
//! without one: 401); then the use case in `plaintes_core::casework` asks
//! the access rules and the state machine, and its answer becomes one
//! status: 403 or 404 (when even the complaint's existence must not be
//! told), 409 for a stale version, 422 with a French reason.

use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::{FromRef, FromRequestParts, Path, Query, State};
use axum::http::request::Parts;
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post, put};
use axum::{Json, Router};
use chrono::{DateTime, Utc};
use plaintes_core::access::{Action, StaffMember};
use plaintes_core::calendar::local_date;
use plaintes_core::casework::{
    self, allowed_actions, CaseError, CaseFile, IntakeInput, ListFilter, MeasureOf, ResponseInput,
    Step, Urgency,
};
use plaintes_core::complaint::{Complaint, IdempotencyKey, Reference};
use plaintes_core::french;
use plaintes_core::ports::Services;
use plaintes_core::procedure::{ResponseMeans, StepError};
use plaintes_core::promises::{Promise, PromiseState, Promised};
use serde::de::DeserializeOwned;
use serde::Deserialize;
use serde_json::{json, Value};

use crate::error::ApiError;
use crate::identity::{AuthError, Authenticator};

/// What the staff routes need: the services and who checks tokens.
#[derive(Clone)]
pub struct StaffState {
    pub services: Services,
    pub authenticator: Arc<dyn Authenticator>,
}

impl FromRef<StaffState> for Services {
    fn from_ref(state: &StaffState) -> Services {
        state.services.clone()
    }
}

/// The largest staff request accepted (a long written response fits).
const BODY_LIMIT: usize = 128 * 1024;

pub fn staff_router(services: Services, authenticator: Arc<dyn Authenticator>) -> Router {
    let complaint = "/complaints/{reference}";
    let routes = Router::new()
        .route("/me", get(me))
        .route("/complaints", get(list).post(intake))
        .route("/handlers", get(handlers))
        .route("/measures", get(measures))
        .route("/reports", get(crate::reports::report))
        .route("/reports.csv", get(crate::reports::report_csv))
        .route(complaint, get(file))
        .route(&format!("{complaint}/acknowledgement"), post(acknowledge))
        .route(&format!("{complaint}/assignment"), post(assign))
        .route(&format!("{complaint}/assignable"), get(assignable))
        .route(&format!("{complaint}/naming"), put(record_naming))
        .route(&format!("{complaint}/analysis"), put(analyse))
        .route(&format!("{complaint}/decision"), put(decide))
        .route(&format!("{complaint}/response/preview"), post(preview))
        .route(&format!("{complaint}/response"), post(respond))
        .route(&format!("{complaint}/extension"), post(extend))
        .route(&format!("{complaint}/follow-up"), put(follow_up))
        .route(&format!("{complaint}/adjustments"), post(add_adjustment))
        .route(&format!("{complaint}/measures"), post(add_measure))
        .route(
            &format!("{complaint}/measures/{{id}}/done"),
            post(complete_measure),
        )
        .route(&format!("{complaint}/access-code"), post(issue_code))
        .route(
            &format!("{complaint}/withdrawal"),
            post(withdraw_for_client),
        )
        .route(&format!("{complaint}/closure"), post(close))
        .route(&format!("{complaint}/reopening"), post(reopen))
        // An unknown address still needs an identity: without one, 401.
        .fallback(not_found)
        .layer(axum::extract::DefaultBodyLimit::max(BODY_LIMIT))
        .with_state(StaffState {
            services,
            authenticator,
        });
    // Every staff answer carries a complaint, or an access code to pass on.
    Router::new().nest("/api/staff", crate::headers::never_cached(routes))
}

/// The signed-in staff member: a request without a valid bearer token
/// never reaches a handler.
pub struct Staff(pub StaffMember);

impl FromRequestParts<StaffState> for Staff {
    type Rejection = Response;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &StaffState,
    ) -> Result<Self, Self::Rejection> {
        let token = parts
            .headers
            .get(header::AUTHORIZATION)
            .and_then(|value| value.to_str().ok())
            .and_then(|value| value.strip_prefix("Bearer "))
            .map(str::trim)
            .filter(|token| !token.is_empty())
            .ok_or_else(|| ApiError::SignInRequired.into_response())?;
        match state.authenticator.authenticate(token).await {
            Ok(member) => Ok(Staff(member)),
            Err(AuthError::Invalid(why)) => {
                tracing::info!(%why, "staff token refused");
                Err(ApiError::SignInRequired.into_response())
            }
            Err(AuthError::NoRole) => Err(ApiError::NoRole.into_response()),
            Err(AuthError::Unavailable(why)) => {
                tracing::error!(%why, "the signing keys could not be fetched");
                Err(ApiError::KeysUnavailable.into_response())
            }
        }
    }
}

async fn not_found(_staff: Staff) -> Response {
    ApiError::PageNotFound.into_response()
}

/// A request the router cannot read.
enum Unreadable {
    /// Not JSON, or a field of the wrong type: 400.
    Body,
    /// Not a complaint reference: no such complaint, 404.
    Reference,
}

impl IntoResponse for Unreadable {
    fn into_response(self) -> Response {
        match self {
            Unreadable::Body => ApiError::Unreadable {
                title: "Requête illisible",
                detail: "Le contenu envoyé n’est pas du JSON valide ou un champ a le mauvais type."
                    .into(),
            },
            Unreadable::Reference => ApiError::ComplaintNotFound,
        }
        .into_response()
    }
}

/// A JSON body, or a French 400.
fn body<T: DeserializeOwned>(bytes: &Bytes) -> Result<T, Unreadable> {
    serde_json::from_slice(bytes).map_err(|_| Unreadable::Body)
}

fn reference(raw: &str) -> Result<Reference, Unreadable> {
    Reference::parse(raw).map_err(|_| Unreadable::Reference)
}

fn answer(
    result: Result<CaseFile, CaseError>,
    services: &Services,
    member: &StaffMember,
) -> Response {
    match result {
        // Who may act without reading (reception recording an
        // acknowledgement) learns only that it was recorded.
        Ok(file) if !may_read(member, &file.complaint) => {
            Json(status_json(&file.complaint)).into_response()
        }
        Ok(file) => Json(file_json(services, member, &file)).into_response(),
        Err(error) => ApiError::from(error).into_response(),
    }
}

/// All that someone who may act but not read learns of a complaint.
fn status_json(complaint: &Complaint) -> Value {
    json!({
        "reference": complaint.reference,
        "status": complaint.status.code(),
        "status_label": complaint.status.label(),
    })
}

fn may_read(member: &StaffMember, complaint: &Complaint) -> bool {
    plaintes_core::access::decide(member, Action::ReadFile, Some(complaint.staff()))
        == plaintes_core::access::Access::Allowed
}

async fn me(Staff(member): Staff) -> Response {
    Json(json!({
        "id": member.id,
        "name": member.name,
        "email": member.email,
        "roles": member.roles.iter().map(|role| role.group()).collect::<Vec<_>>(),
    }))
    .into_response()
}

async fn list(
    Staff(member): Staff,
    State(services): State<Services>,
    Query(filter): Query<ListFilter>,
) -> Response {
    let now = services.clock.now();
    match casework::list(&services, &member, &filter).await {
        Ok(complaints) => Json(json!({
            "complaints": complaints
                .iter()
                .map(|complaint| row_json(&services, complaint, now))
                .collect::<Vec<_>>(),
        }))
        .into_response(),
        Err(error) => ApiError::from(error).into_response(),
    }
}

async fn intake(
    Staff(member): Staff,
    State(services): State<Services>,
    headers: HeaderMap,
    bytes: Bytes,
) -> Response {
    let input: IntakeInput = match body(&bytes) {
        Ok(input) => input,
        Err(unreadable) => return unreadable.into_response(),
    };
    let key = match headers
        .get("idempotency-key")
        .and_then(|value| value.to_str().ok())
    {
        Some(raw) => match IdempotencyKey::parse(raw) {
            Ok(key) => key,
            Err(message) => {
                return ApiError::Unreadable {
                    title: "Clé d’idempotence invalide",
                    detail: message,
                }
                .into_response()
            }
        },
        None => IdempotencyKey::from_content(&input.complaint),
    };
    match casework::record_intake(&services, &member, &input, &key).await {
        Ok(submitted) => {
            let complaint = &submitted.complaint;
            let status = if submitted.is_repeat() {
                StatusCode::OK
            } else {
                StatusCode::CREATED
            };
            (
                status,
                Json(json!({
                    "reference": complaint.reference,
                    "access_code": submitted.access_code.as_ref().map(|code| code.display()),
                    "received_display": french::date_time(complaint.received_at),
                    "acknowledgement_due_display": french::date_time(complaint.acknowledgement_due),
                    "response_due_display": french::long_date(complaint.response_due),
                    "acknowledgement_by_email": submitted.acknowledged_by_email(),
                    // Settled on the spot: acknowledged, confirmed in writing and closed.
                    "settled": complaint.procedure.settlement.is_some(),
                    "already_recorded": submitted.is_repeat(),
                })),
            )
                .into_response()
        }
        Err(error) => ApiError::from(error).into_response(),
    }
}

async fn handlers(Staff(member): Staff, State(services): State<Services>) -> Response {
    handlers_answer(casework::handlers(&services, &member).await)
}

/// Staff one may give a complaint to, as `{"handlers": [{id, name}]}`.
fn handlers_answer(result: Result<Vec<StaffMember>, CaseError>) -> Response {
    match result {
        Ok(handlers) => Json(json!({
            "handlers": handlers
                .iter()
                .map(|handler| json!({"id": handler.id, "name": handler.name}))
                .collect::<Vec<_>>(),
        }))
        .into_response(),
        Err(error) => ApiError::from(error).into_response(),
    }
}

/// Who may be made this complaint's manager: never a person it names.
async fn assignable(
    Staff(member): Staff,
    State(services): State<Services>,
    Path(raw): Path<String>,
) -> Response {
    let reference = match reference(&raw) {
        Ok(reference) => reference,
        Err(unreadable) => return unreadable.into_response(),
    };
    handlers_answer(casework::assignable(&services, &member, &reference).await)
}

async fn measures(Staff(member): Staff, State(services): State<Services>) -> Response {
    match casework::measures(&services, &member).await {
        Ok(measures) => Json(json!({
            "measures": measures
                .iter()
                .map(|MeasureOf { reference, measure, state }| {
                    let mut value = measure_json(measure, state);
                    value["reference"] = json!(reference);
                    value
                })
                .collect::<Vec<_>>(),
        }))
        .into_response(),
        Err(error) => ApiError::from(error).into_response(),
    }
}

async fn file(
    Staff(member): Staff,
    State(services): State<Services>,
    Path(raw): Path<String>,
) -> Response {
    let reference = match reference(&raw) {
        Ok(reference) => reference,
        Err(unreadable) => return unreadable.into_response(),
    };
    answer(
        casework::read_file(&services, &member, &reference).await,
        &services,
        &member,
    )
}

/// Reads the path's reference and the JSON body, or answers why not.
fn request<T: DeserializeOwned>(raw: &str, bytes: &Bytes) -> Result<(Reference, T), Unreadable> {
    Ok((reference(raw)?, body(bytes)?))
}

/// A handler for one step on one complaint: reads the reference and the
/// JSON body (which carries the `version` the person read), then calls
/// the step.
macro_rules! step {
    ($name:ident, $body:ty, |$step:ident, $input:ident| $call:expr) => {
        async fn $name(
            Staff(member): Staff,
            State(services): State<Services>,
            Path(raw): Path<String>,
            bytes: Bytes,
        ) -> Response {
            let (reference, $input): (Reference, $body) = match request(&raw, &bytes) {
                Ok(parts) => parts,
                Err(unreadable) => return unreadable.into_response(),
            };
            let $step = Step {
                services: &services,
                member: &member,
                reference,
                version: $input.version.into(),
            };
            answer($call.await, &services, &member)
        }
    };
}

#[derive(Deserialize)]
struct AcknowledgementBody {
    /// Reception, who cannot read the complaint, sends none.
    version: Option<u64>,
    #[serde(default)]
    means: String,
    #[serde(default)]
    at: String,
}

step!(acknowledge, AcknowledgementBody, |step, input| step
    .acknowledge(&input.means, &input.at));

#[derive(Deserialize)]
struct AssignmentBody {
    version: u64,
    #[serde(default)]
    handler: String,
}

step!(assign, AssignmentBody, |step, input| step
    .assign(&input.handler));

#[derive(Deserialize)]
struct AnalysisBody {
    version: u64,
    #[serde(default)]
    facts: String,
    #[serde(default)]
    root_cause: String,
    #[serde(default)]
    notes: String,
    /// A code from the settings' root causes; may be empty.
    #[serde(default)]
    cause: String,
}

step!(analyse, AnalysisBody, |step, input| step.analyse(
    &input.facts,
    &input.root_cause,
    &input.notes,
    &input.cause
));

#[derive(Deserialize)]
struct DecisionBody {
    version: u64,
    #[serde(default)]
    kinds: Vec<String>,
    #[serde(default)]
    text: String,
}

step!(decide, DecisionBody, |step, input| step
    .decide_solution(&input.kinds, &input.text));

#[derive(Deserialize)]
struct ResponseBody {
    version: u64,
    #[serde(flatten)]
    letter: ResponseInput,
}

step!(respond, ResponseBody, |step, input| step
    .respond(&input.letter));

async fn preview(
    Staff(member): Staff,
    State(services): State<Services>,
    Path(raw): Path<String>,
    bytes: Bytes,
) -> Response {
    let (reference, input): (Reference, ResponseInput) = match request(&raw, &bytes) {
        Ok(parts) => parts,
        Err(unreadable) => return unreadable.into_response(),
    };
    // A preview writes nothing, so no version is checked.
    let step = Step {
        services: &services,
        member: &member,
        reference,
        version: None,
    };
    match step.preview_response(&input).await {
        Ok(letter) => Json(json!({
            "subject": letter.subject,
            "text": letter.text,
            "html": letter.html,
        }))
        .into_response(),
        Err(error) => ApiError::from(error).into_response(),
    }
}

#[derive(Deserialize)]
struct FollowUpBody {
    version: u64,
    #[serde(default)]
    satisfaction: String,
    /// When not satisfied: the adjustment, who sees it done, and by when.
    #[serde(default)]
    adjustment: String,
    #[serde(default)]
    owner: String,
    #[serde(default)]
    due_on: String,
}

step!(follow_up, FollowUpBody, |step, input| step.follow_up(
    &input.satisfaction,
    &input.adjustment,
    &input.owner,
    &input.due_on
));

step!(add_adjustment, MeasureBody, |step, input| step
    .add_adjustment(
        &input.description,
        &input.owner,
        &input.due_on
    ));

#[derive(Deserialize)]
struct ExtensionBody {
    version: u64,
    /// The new last day, `YYYY-MM-DD`.
    #[serde(default)]
    due_on: String,
    #[serde(default)]
    reason: String,
}

step!(extend, ExtensionBody, |step, input| step
    .extend(&input.due_on, &input.reason));

#[derive(Deserialize)]
struct MeasureBody {
    version: u64,
    #[serde(default)]
    description: String,
    #[serde(default)]
    owner: String,
    #[serde(default)]
    due_on: String,
}

step!(add_measure, MeasureBody, |step, input| step.add_measure(
    &input.description,
    &input.owner,
    &input.due_on
));

#[derive(Deserialize)]
struct MeasureDoneBody {
    version: u64,
    #[serde(default)]
    done_on: String,
}

async fn complete_measure(
    Staff(member): Staff,
    State(services): State<Services>,
    Path((raw, id)): Path<(String, String)>,
    bytes: Bytes,
) -> Response {
    let (reference, input): (Reference, MeasureDoneBody) = match request(&raw, &bytes) {
        Ok(parts) => parts,
        Err(unreadable) => return unreadable.into_response(),
    };
    let Ok(id) = id.parse::<u32>() else {
        return ApiError::Refused(StepError::UnknownMeasure).into_response();
    };
    let step = Step {
        services: &services,
        member: &member,
        reference,
        version: Some(input.version),
    };
    answer(
        step.complete_measure(id, &input.done_on).await,
        &services,
        &member,
    )
}

#[derive(Deserialize)]
struct WithdrawalBody {
    /// Reception, who cannot read the complaint, sends none.
    version: Option<u64>,
    #[serde(default)]
    confirm: bool,
}

step!(withdraw_for_client, WithdrawalBody, |step, input| step
    .withdraw_for_client(input.confirm));

#[derive(Deserialize)]
struct AccessCodeBody {
    /// Reception, who cannot read the complaint, sends none.
    version: Option<u64>,
    /// `read`: the code is answered here, once, to be read to the person;
    /// `email`: it is mailed to the address on file.
    #[serde(default)]
    delivery: String,
}

/// A new access code at the client's request: the answer is the file (or,
/// for reception, the status), with `access_code` only when it is to be
/// read to the person now.
async fn issue_code(
    Staff(member): Staff,
    State(services): State<Services>,
    Path(raw): Path<String>,
    bytes: Bytes,
) -> Response {
    let (reference, input): (Reference, AccessCodeBody) = match request(&raw, &bytes) {
        Ok(parts) => parts,
        Err(unreadable) => return unreadable.into_response(),
    };
    let step = Step {
        services: &services,
        member: &member,
        reference,
        version: input.version,
    };
    match step.issue_code(&input.delivery).await {
        Ok((file, code)) => {
            let mut answer = match may_read(&member, &file.complaint) {
                true => file_json(&services, &member, &file),
                false => status_json(&file.complaint),
            };
            answer["access_code"] = json!(code.map(|code| code.display()));
            // Shown once; the router keeps every staff answer out of caches.
            Json(answer).into_response()
        }
        Err(error) => ApiError::from(error).into_response(),
    }
}

#[derive(Deserialize)]
struct ClosureBody {
    version: u64,
    /// Why an adjustment the follow-up asked for will not be made, when one
    /// is missing or still to do.
    #[serde(default)]
    reason: String,
}

step!(close, ClosureBody, |step, input| step.close(&input.reason));

#[derive(Deserialize)]
struct NamingBody {
    version: u64,
    /// Ids or e-mail addresses of staff members, from the directory.
    #[serde(default)]
    named_staff: Vec<String>,
    #[serde(default)]
    about_director: bool,
}

step!(record_naming, NamingBody, |step, input| step
    .record_naming(&input.named_staff, input.about_director));

#[derive(Deserialize)]
struct ReopeningBody {
    version: u64,
    #[serde(default)]
    reason: String,
}

step!(reopen, ReopeningBody, |step, input| step
    .reopen(&input.reason));

/// The next deadline of a complaint, for the list.
fn next_deadline_json(complaint: &Complaint, now: DateTime<Utc>) -> Value {
    let Some(Promise { what, due, .. }) = complaint.next_promise(now) else {
        return Value::Null;
    };
    let label = what.label();
    let urgency = Urgency::of(due, now);
    let days = (local_date(due) - local_date(now)).num_days();
    let remaining = match urgency {
        Urgency::Overdue => "en retard".to_owned(),
        Urgency::Today => "aujourd’hui".to_owned(),
        _ if days == 1 => "demain".to_owned(),
        _ => format!("dans {days} jours"),
    };
    json!({
        "label": label,
        "due_at": due,
        "due_display": french::date_time(due),
        "state": urgency.code(),
        "remaining": remaining,
    })
}

/// The manager, as `{id, name}`, or `null`.
fn handler_json(complaint: &Complaint) -> Value {
    match &complaint.handler {
        Some(id) => json!({
            "id": id,
            "name": complaint.procedure.handler_name.as_deref().unwrap_or(id.as_str()),
        }),
        None => Value::Null,
    }
}

fn row_json(services: &Services, complaint: &Complaint, now: DateTime<Utc>) -> Value {
    json!({
        "reference": complaint.reference,
        "status": complaint.status.code(),
        "status_label": complaint.status.label(),
        "channel": complaint.channel.code(),
        "channel_label": complaint.channel.label(),
        "category": complaint.category.code(),
        "category_label": complaint.category.label(&services.organisation),
        "received_at": complaint.received_at,
        "received_display": french::date_time(complaint.received_at),
        "handler": handler_json(complaint),
        "next_deadline": next_deadline_json(complaint, now),
        "about_director": complaint.procedure.about_director,
    })
}

/// One promise, in words for staff.
fn promise_json(promise: &Promise) -> Value {
    let is_day = matches!(
        promise.what,
        Promised::Measure { .. } | Promised::Adjustment { .. }
    );
    let when = |at: DateTime<Utc>| {
        if is_day {
            french::day(local_date(at))
        } else {
            french::date_time(at)
        }
    };
    let due = when(promise.due);
    let words = match &promise.state {
        PromiseState::Kept { at } => format!("Respecté : fait le {}", when(*at)),
        PromiseState::KeptLate { at } => format!("Fait en retard, le {}", when(*at)),
        PromiseState::Due => format!("À faire d’ici le {due}"),
        PromiseState::Overdue => format!("En retard depuis le {due}"),
        PromiseState::Moot(why) => format!("Sans objet : {}", why.explain()),
        PromiseState::Extended { from, reason } => format!(
            "Prolongé jusqu’au {due} (au lieu du {}) : {reason}",
            when(*from)
        ),
    };
    json!({
        "kind": promise.what.code(),
        "label": promise.what.label(),
        "due_display": due,
        "state": promise.state.code(),
        "state_label": words,
    })
}

fn measure_json(
    measure: &plaintes_core::procedure::CorrectiveMeasure,
    state: &PromiseState,
) -> Value {
    json!({
        "id": measure.id,
        "kind": measure.kind,
        "description": measure.description.as_str(),
        "owner": measure.owner,
        "due_on": measure.due_on,
        "due_display": french::day(measure.due_on),
        "done_on": measure.done_on,
        "done_display": measure.done_on.map(french::day),
        "waived": measure.waived.as_ref().map(|waiver| waiver.reason.as_str()),
        "state": state.measure_code(),
    })
}

/// The whole file, as the file page draws it.
pub fn file_json(services: &Services, member: &StaffMember, file: &CaseFile) -> Value {
    let complaint = &file.complaint;
    let now = services.clock.now();
    let procedure = &complaint.procedure;
    let promises = complaint.promises(now);
    let response_means: Vec<&str> = complaint
        .response_means()
        .into_iter()
        .map(ResponseMeans::code)
        .collect();
    // The file's deadlines are the client's promises; measures have their own list.
    let deadlines: Vec<Value> = promises
        .iter()
        .filter(|promise| promise.what.to_the_client())
        .map(promise_json)
        .collect();
    let acknowledgement = complaint.acknowledged_at.map(|at| {
        let means = file
            .journal
            .iter()
            .rev()
            .find_map(|event| match &event.kind {
                plaintes_core::ports::EventKind::Acknowledged { means } => Some(means.label()),
                _ => None,
            });
        json!({"at_display": french::date_time(at), "means_label": means})
    });
    json!({
        "reference": complaint.reference,
        "version": complaint.version,
        "status": complaint.status.code(),
        "status_label": complaint.status.label(),
        "channel": complaint.channel.code(),
        "channel_label": complaint.channel.label(),
        "category_label": complaint.category.label(&services.organisation),
        "service_label": complaint.service.as_ref().map(|service| {
            service.label(&services.organisation)
        }),
        "received_display": french::date_time(complaint.received_at),
        "complainant": {
            "anonymous": complaint.complainant.name().is_none(),
            "name": complaint.complainant.name().map(|name| name.as_str()),
            "email": complaint.complainant.email().map(|email| email.as_str()),
            "postal_address": complaint.postal_address.as_ref().map(|address| json!({
                "street": address.street(),
                "city": address.city(),
                "province": address.province(),
                "postal_code": address.postal_code(),
                "lines": address.lines(),
            })),
            "phone": match &complaint.complainant {
                plaintes_core::complaint::Complainant::Identified { reach, .. } => reach.phone().map(|phone| phone.as_str()),
                plaintes_core::complaint::Complainant::Anonymous => None,
            },
        },
        "description": complaint.description.as_str(),
        "desired_outcome": complaint.desired_outcome.as_ref().map(|text| text.as_str()),
        "handler": handler_json(complaint),
        "named_staff": &procedure.named_names,
        "about_staff": complaint.about_staff.as_ref().map(|text| text.as_str()),
        "naming_recorded": procedure.naming_recorded_at.is_some(),
        "about_director": procedure.about_director,
        "compliance": plaintes_core::checks::Compliance::of(complaint, now),
        "anonymised": procedure.anonymised_at.is_some(),
        "deadlines": deadlines,
        "acknowledgement": acknowledgement,
        "analysis": procedure.analysis.as_ref().map(|analysis| json!({
            "facts": analysis.facts.as_str(),
            "root_cause": analysis.root_cause.as_str(),
            "notes": analysis.notes.as_ref().map(|notes| notes.as_str()),
            "cause": analysis.cause,
            "cause_label": analysis.cause.as_deref().and_then(|code| services.organisation.root_cause_label(code)),
        })),
        "decision": procedure.decision.as_ref().map(|decision| json!({
            "kinds": decision.kinds.iter().map(|kind| kind.code()).collect::<Vec<_>>(),
            "kind_labels": decision.kinds.iter().map(|kind| kind.label()).collect::<Vec<_>>(),
            "text": decision.text.as_str(),
        })),
        "responses": procedure.responses.iter().map(|response| json!({
            "sent_display": french::date_time(response.sent_at),
            "means": response.means,
            "means_label": response.means.label(),
            "postal_address_lines": response.postal_address.as_ref().map(|address| address.lines()),
            "by": response.by,
            "subject": response.subject,
            "text": response.text,
            "html": response.html,
        })).collect::<Vec<_>>(),
        "follow_up": procedure.follow_up.as_ref().map(|follow_up| json!({
            "satisfaction": follow_up.satisfaction.code(),
            "satisfaction_label": follow_up.satisfaction.label(),
            "adjustment": follow_up.adjustment.as_ref().map(|text| text.as_str()),
            "comment": follow_up.comment.as_ref().map(|text| text.as_str()),
            "by_client": follow_up.by_client,
            "at_display": french::date_time(follow_up.at),
        })),
        "additions": procedure.additions.iter().map(|addition| json!({
            "at_display": french::date_time(addition.at),
            "text": addition.text.as_str(),
        })).collect::<Vec<_>>(),
        "measures": procedure.measures.iter().filter_map(|measure| {
            let state = plaintes_core::promises::measure_state(&promises, measure.id)?;
            Some(measure_json(measure, state))
        }).collect::<Vec<_>>(),
        "settlement": procedure.settlement.as_ref().map(|settlement| json!({
            "said": settlement.said.as_str(),
            "done": settlement.done.as_str(),
            "at_display": french::date_time(settlement.at),
            "by": settlement.by,
        })),
        "extension": procedure.extension.as_ref().map(|extension| json!({
            "due_display": french::long_date(extension.due),
            "reason": extension.reason.as_str(),
            "by": extension.by,
        })),
        // The means the written response may go by, for this client.
        "response_means": response_means,
        "consent": procedure.consent.as_ref().map(|consent| json!({
            "given": consent.given,
            "label": consent.describe(),
        })),
        // What the response form starts with: staff read and change it.
        "letter_draft": plaintes_core::mail::response_draft(&services.organisation, complaint),
        "close_needs_reason": complaint.check_close().is_err_and(|error| error.field() == Some("reason")),
        "timeline": file.journal.iter().map(|event| json!({
            "at_display": french::date_time(event.at),
            "who": event.actor.describe(),
            "what": event.kind.describe(),
        })).collect::<Vec<_>>(),
        "mail": file.mail.iter().map(|mail| json!({
            "purpose_label": mail.purpose.label(),
            "queued_display": french::date_time(mail.queued_at),
            "sent_display": mail.sent_at.map(french::date_time),
            "attempts": mail.attempts,
        })).collect::<Vec<_>>(),
        "allowed": allowed_actions(member, complaint, now)
            .into_iter()
            .map(action_code)
            .collect::<Vec<_>>(),
    })
}

fn action_code(action: Action) -> &'static str {
    match action {
        Action::Acknowledge => "acknowledge",
        Action::Assign => "assign",
        Action::Analyse => "analyse",
        Action::Decide => "decide",
        Action::Respond => "respond",
        Action::Extend => "extend",
        Action::Adjust => "adjust",
        Action::HelpClient => "help_client",
        Action::FollowUp => "follow_up",
        Action::ManageMeasures => "manage_measures",
        Action::Close => "close",
        Action::Reopen => "reopen",
        Action::RecordNaming => "record_naming",
        Action::RecordIntake => "record_intake",
        Action::RecordSettled => "record_settled",
        Action::ListComplaints => "list_complaints",
        Action::ReadReports => "read_reports",
        Action::ListStaff => "list_staff",
        Action::ReadFile => "read_file",
    }
}
