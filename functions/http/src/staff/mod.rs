//! The staff router: `/api/staff/*`, the same on Lambda and locally. Every
//! route first needs a verified identity (`Staff`, from the bearer token;
//! without one: 401); then the use case in `plaintes_core::casework` asks
//! the access rules and the state machine, and its answer becomes one
//! status: 403 or 404 (when even the complaint's existence must not be
//! told), 409 for a stale version, 422 with a French reason.
//!
//! By concern: `identity` (who is calling), `steps` (one handler per step
//! of the procedure), `views` (the JSON the pages read); this module holds
//! the router, the reads, and what they share.

pub mod file_page;
pub mod forms;
pub mod hosted;
mod identity;
pub mod intake_page;
pub mod pages;
pub mod render;
pub mod reports_page;
pub mod sign_in;
pub(crate) mod steps;
pub mod views;

use std::sync::Arc;

use crate::error::Query;
use axum::body::Bytes;
use axum::extract::{FromRef, Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post, put, MethodRouter};
use axum::{Json, Router};
use plaintes_core::access::StaffMember;
use plaintes_core::casework::{self, CaseError, CaseFile, IntakeInput, ListFilter};
use plaintes_core::complaint::{IdempotencyKey, Reference};
use plaintes_core::ports::{Services, SessionStore};
use serde::de::DeserializeOwned;

use crate::error::{ApiError, Problem};
use crate::identity::Authenticator;
use crate::session::Sessions;

pub use hosted::{ClientSecret, HostedSignIn};
pub use identity::Staff;
pub use sign_in::{PasswordCheck, PasswordOutcome, SignInMethod};
use steps::*;
use views::{ComplaintList, ComplaintRow, HandlerList, Me, MeasureList, StaffRef};

/// What the staff routes need: the services, who checks tokens, the
/// sessions of the staff pages and how people sign in.
#[derive(Clone)]
pub struct StaffState {
    pub services: Services,
    pub authenticator: Arc<dyn Authenticator>,
    pub sessions: Sessions,
    pub sign_in: SignInMethod,
}

/// How the staff are recognised: bearer tokens for programs, sessions for
/// the pages, kept in `sessions` and opened by `sign_in`.
pub struct StaffAccess {
    pub authenticator: Arc<dyn Authenticator>,
    pub sessions: Arc<dyn SessionStore>,
    pub sign_in: SignInMethod,
}

impl FromRef<StaffState> for Services {
    fn from_ref(state: &StaffState) -> Services {
        state.services.clone()
    }
}

/// The largest staff request accepted (a long written response fits).
const BODY_LIMIT: usize = 128 * 1024;

/// The staff API's routes, under `/api/staff`. The router is built from
/// this list, and the route test compares it with the OpenAPI document.
fn api_routes() -> Vec<(String, MethodRouter<StaffState>)> {
    let complaint = "/complaints/{reference}";
    let on = |step: &str| format!("{complaint}/{step}");
    vec![
        (
            "/session".into(),
            get(sign_in::session)
                .post(sign_in::start_session)
                .delete(sign_in::end_session),
        ),
        ("/me".into(), get(me)),
        ("/complaints".into(), get(list).post(intake)),
        ("/handlers".into(), get(handlers)),
        ("/measures".into(), get(measures)),
        ("/reports".into(), get(crate::reports::report)),
        ("/reports.csv".into(), get(crate::reports::report_csv)),
        (complaint.into(), get(file)),
        (on("acknowledgement"), post(acknowledge)),
        (on("assignment"), post(assign)),
        (on("assignable"), get(assignable)),
        (on("naming"), put(record_naming)),
        (on("analysis"), put(analyse)),
        (on("decision"), put(decide)),
        (on("response/preview"), post(preview)),
        (on("response"), post(respond)),
        (on("extension"), post(extend)),
        (on("follow-up"), put(follow_up)),
        (on("adjustments"), post(add_adjustment)),
        (on("measures"), post(add_measure)),
        (on("measures/{id}/done"), post(complete_measure)),
        (on("access-code"), post(issue_code)),
        (on("withdrawal"), post(withdraw_for_client)),
        (on("closure"), post(close)),
        (on("reopening"), post(reopen)),
    ]
}

/// The staff pages (`/admin/…`), each also served without its last slash.
fn page_routes() -> Vec<(&'static str, MethodRouter<StaffState>)> {
    vec![
        (
            sign_in::SIGN_IN_PATH,
            get(sign_in::sign_in_page).post(sign_in::sign_in),
        ),
        (sign_in::SIGN_OUT_PATH, post(sign_in::sign_out)),
        (hosted::LEAVE_PATH, get(hosted::leave)),
        (hosted::RETURN_PATH, get(hosted::come_back)),
        ("/admin/", get(pages::list)),
        (
            intake_page::INTAKE_PATH,
            get(intake_page::intake).post(intake_page::record),
        ),
        (
            file_page::FILE_PATH,
            get(file_page::file).post(file_page::act),
        ),
        ("/admin/mesures/", get(pages::measures)),
        ("/admin/rapports/", get(reports_page::reports)),
        (
            "/admin/rapports/imprimer/",
            get(reports_page::annual_report),
        ),
    ]
}

/// The paths the staff router serves (each page also without its last
/// slash, an alias the document does not repeat).
pub fn paths() -> Vec<String> {
    api_routes()
        .into_iter()
        .map(|(path, _)| format!("/api/staff{path}"))
        .chain(page_routes().into_iter().map(|(path, _)| path.to_owned()))
        .collect()
}

pub fn staff_router(services: Services, access: StaffAccess) -> Router {
    let state = StaffState {
        sessions: Sessions::new(
            access.sessions,
            services.organisation.staff_sessions,
            services.clock.clone(),
            &services.organisation.site_url,
        ),
        services,
        authenticator: access.authenticator,
        sign_in: access.sign_in,
    };
    let routes = api_routes()
        .into_iter()
        .fold(Router::new(), |router, (path, route)| {
            router.route(&path, route)
        })
        // An unknown address still needs an identity: without one, 401.
        .fallback(not_found)
        .layer(axum::extract::DefaultBodyLimit::max(BODY_LIMIT))
        .with_state(state.clone());
    // Each page at its address with and without the last slash: API
    // Gateway may hand either to the function.
    let pages = page_routes()
        .into_iter()
        .fold(Router::new(), |router, (path, handler)| {
            router
                .route(path, handler.clone())
                .route(path.trim_end_matches('/'), handler)
        })
        .layer(axum::extract::DefaultBodyLimit::max(BODY_LIMIT))
        .with_state(state);
    // Every staff answer carries a complaint, or an access code to pass on.
    Router::new()
        .nest("/api/staff", crate::headers::never_cached(routes))
        .merge(crate::headers::never_cached(pages))
}

async fn not_found(_staff: Staff) -> Response {
    ApiError::PageNotFound.into_response()
}

/// A request the router cannot read.
pub(super) enum Unreadable {
    /// Not JSON, or a field of the wrong type: 400.
    Body,
    /// Not a complaint reference: no such complaint, 404.
    Reference,
}

impl IntoResponse for Unreadable {
    fn into_response(self) -> Response {
        match self {
            Unreadable::Body => ApiError::Unreadable {
                title: "problem-unreadable",
                detail: plaintes_core::words::french().t("problem-unreadable-staff-json"),
            },
            Unreadable::Reference => ApiError::ComplaintNotFound,
        }
        .into_response()
    }
}

/// A JSON body, or a French 400.
pub(super) fn body<T: DeserializeOwned>(bytes: &Bytes) -> Result<T, Unreadable> {
    serde_json::from_slice(bytes).map_err(|_| Unreadable::Body)
}

pub(super) fn reference(raw: &str) -> Result<Reference, Unreadable> {
    Reference::parse(raw).map_err(|_| Unreadable::Reference)
}

pub(super) fn answer(
    result: Result<CaseFile, CaseError>,
    services: &Services,
    member: &StaffMember,
) -> Response {
    match result {
        // Who may act without reading (reception recording an
        // acknowledgement) learns only that it was recorded.
        Ok(file) => Json(views::StepAnswer::of(services, member, &file)).into_response(),
        Err(error) => ApiError::from(error).into_response(),
    }
}

/// Who is signed in.
#[utoipa::path(
    get,
    path = "/api/staff/me",
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The signed-in staff member", body = Me),
        (status = 401, description = "No valid identity", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "No staff role", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn me(Staff(member): Staff) -> Response {
    Json(Me::of(&member)).into_response()
}

/// The complaints one may read, filtered, the most urgent first.
#[utoipa::path(
    get,
    path = "/api/staff/complaints",
    security(("bearer" = [])),
    params(
        ("status" = Option<String>, Query, description = "A status code, e.g. `acknowledged`"),
        ("handler" = Option<String>, Query, description = "A manager's id, or `aucun`"),
        ("category" = Option<String>, Query, description = "A category code"),
        ("channel" = Option<String>, Query, description = "`web`, `telephone`, `in_person`, `mail` or `email`"),
        ("overdue" = Option<bool>, Query, description = "Only those with a promise past due"),
    ),
    responses(
        (status = 400, description = "A query that cannot be read: a French problem", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 200, description = "The list", body = ComplaintList),
        (status = 401, description = "No valid identity", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Reception reads no list", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn list(
    Staff(member): Staff,
    State(services): State<Services>,
    Query(filter): Query<ListFilter>,
) -> Response {
    let now = services.clock.now();
    match casework::list(&services, &member, &filter).await {
        Ok(complaints) => Json(ComplaintList {
            complaints: complaints
                .iter()
                .map(|complaint| ComplaintRow::of(&services, complaint, now))
                .collect(),
        })
        .into_response(),
        Err(error) => ApiError::from(error).into_response(),
    }
}

/// A complaint received by phone, in person, by letter or e-mail, as
/// staff type it; its deadlines run from the real time of receipt.
#[utoipa::path(
    post,
    path = "/api/staff/complaints",
    security(("bearer" = [])),
    params(("Idempotency-Key" = Option<String>, Header, description = "A retry with the same key returns the first complaint")),
    request_body(content = views::IntakeRequest, content_type = "application/json"),
    responses(
        (status = 201, description = "Recorded: its reference and the access code to pass on, once", body = views::IntakeReceipt),
        (status = 200, description = "Same key as before: the first complaint, without its code", body = views::IntakeReceipt),
        (status = 400, description = "Not JSON, or a wrong idempotency key", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No valid identity", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "A manager records only what they settled on the spot", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Fields to correct, each with a French message", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn intake(
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
                    title: "problem-idempotency-key",
                    detail: message,
                }
                .into_response()
            }
        },
        None => IdempotencyKey::from_content(&input.complaint),
    };
    match casework::record_intake(&services, &member, &input, &key).await {
        Ok(submitted) => {
            let status = if submitted.is_repeat() {
                StatusCode::OK
            } else {
                StatusCode::CREATED
            };
            (status, Json(views::IntakeReceipt::of(&submitted))).into_response()
        }
        Err(error) => ApiError::from(error).into_response(),
    }
}

/// Everyone who may handle complaints (the list's filter).
#[utoipa::path(
    get,
    path = "/api/staff/handlers",
    security(("bearer" = [])),
    responses(
        (status = 200, description = "Managers, the director and the board, by name", body = HandlerList),
        (status = 401, description = "No valid identity", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Only the director and the board", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn handlers(Staff(member): Staff, State(services): State<Services>) -> Response {
    handlers_answer(casework::handlers(&services, &member).await)
}

/// Staff one may give a complaint to.
fn handlers_answer(result: Result<Vec<StaffMember>, CaseError>) -> Response {
    match result {
        Ok(handlers) => Json(HandlerList {
            handlers: handlers.iter().map(StaffRef::of).collect(),
        })
        .into_response(),
        Err(error) => ApiError::from(error).into_response(),
    }
}

/// Who may be made this complaint's manager: never a person it names.
#[utoipa::path(
    get,
    path = "/api/staff/complaints/{reference}/assignable",
    security(("bearer" = [])),
    params(("reference" = String, Path, description = "`P-2026-0042`")),
    responses(
        (status = 200, description = "Those who may take it", body = HandlerList),
        (status = 401, description = "No valid identity", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Its manager sees it but does not assign", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such complaint, or not one this person may know of", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn assignable(
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

/// The corrective measures of the complaints one may read.
#[utoipa::path(
    get,
    path = "/api/staff/measures",
    security(("bearer" = [])),
    responses(
        (status = 200, description = "Those still to do first, by due date", body = MeasureList),
        (status = 401, description = "No valid identity", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Reception reads no measures", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn measures(Staff(member): Staff, State(services): State<Services>) -> Response {
    match views::measure_list(&services, &member).await {
        Ok(list) => Json(list).into_response(),
        Err(error) => ApiError::from(error).into_response(),
    }
}

/// A complaint's whole file; the reading is journaled (who, when).
#[utoipa::path(
    get,
    path = "/api/staff/complaints/{reference}",
    security(("bearer" = [])),
    params(("reference" = String, Path, description = "`P-2026-0042`")),
    responses(
        (status = 200, description = "The file", body = views::CaseFileView),
        (status = 401, description = "No valid identity", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such complaint, or not one this person may know of", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn file(
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
