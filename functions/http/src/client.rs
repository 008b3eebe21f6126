//! The client's own file (`/suivi/`), as forms that work without
//! JavaScript: every request posts the reference and the access code (never
//! in a query string, so never in a server log), gets a whole French page
//! back, and nothing of it is cached or sent on as a referrer.

use std::net::SocketAddr;

use axum::body::Bytes;
use axum::extract::{ConnectInfo, FromRequestParts, State};
use axum::http::request::Parts;
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{post, MethodRouter};
use axum::Router;

use plaintes_core::client::{
    self, channel_key, client_wording, may_add_information, may_answer_satisfaction, may_withdraw,
    means_key, satisfaction_key, status_key, ClientError, Credentials, Export,
};
use plaintes_core::ports::Services;
use plaintes_core::promises::{Moot, Promise, PromiseState, Promised};
use plaintes_core::words::Catalogue;
use plaintes_site::client::{
    ClientAddition, ClientCredentials, ClientDeadline, ClientEvent, ClientFile, ClientLetter,
    ClientNotice, ClientSatisfaction,
};
use serde::de::DeserializeOwned;
use serde::Deserialize;
use utoipa::ToSchema;

use crate::error::{html, ApiError};

/// The client's file, each form of its pages posted to one of these. The
/// router is built from this list, and the route test compares it with
/// the OpenAPI document.
fn routes() -> Vec<(&'static str, MethodRouter<Services>)> {
    vec![
        ("/api/suivi", post(open)),
        ("/api/suivi/information", post(add_information)),
        ("/api/suivi/retrait", post(withdraw)),
        ("/api/suivi/satisfaction", post(satisfaction)),
        ("/api/suivi/export", post(export)),
        ("/api/suivi/imprimer", post(print)),
        ("/api/suivi/code-perdu", post(lost_code)),
    ]
}

/// The paths the client router serves.
pub fn paths() -> Vec<String> {
    routes()
        .into_iter()
        .map(|(path, _)| path.to_owned())
        .collect()
}

pub fn client_router(services: Services) -> Router {
    routes()
        .into_iter()
        .fold(Router::new(), |router, (path, route)| {
            router.route(path, route)
        })
        .layer(axum::extract::DefaultBodyLimit::max(
            crate::public::MAX_BODY,
        ))
        .with_state(services)
}

/// Where a request came from, to count wrong tries and mail per address:
/// on Lambda, the viewer's address CloudFront passes on when the request
/// provably came through CloudFront (it carries the origin secret that
/// only CloudFront adds), else the address API Gateway saw; locally, the
/// socket's peer. A header a caller sets himself is never believed.
pub struct ClientAddress(pub String);

/// The secret CloudFront adds to every request it sends to the API, as
/// the `x-plaintes-origin` header (`PLAINTES_ORIGIN_SECRET` on Lambda).
#[derive(Clone)]
pub struct OriginSecret(pub String);

/// `router`, believing the viewer address CloudFront passes on only in
/// the requests that carry `secret` (`PLAINTES_ORIGIN_SECRET`).
pub fn with_origin_secret(router: Router, secret: String) -> Router {
    router.layer(axum::Extension(OriginSecret(secret)))
}

/// The header that carries `OriginSecret`.
pub const ORIGIN_HEADER: &str = "x-plaintes-origin";

impl OriginSecret {
    /// Whether `headers` carry the secret (compared in constant time).
    fn vouches_for(&self, headers: &axum::http::HeaderMap) -> bool {
        let Some(given) = headers.get(ORIGIN_HEADER).map(|v| v.as_bytes()) else {
            return false;
        };
        let expected = self.0.as_bytes();
        !expected.is_empty()
            && given.len() == expected.len()
            && given
                .iter()
                .zip(expected)
                .fold(0u8, |acc, (a, b)| acc | (a ^ b))
                == 0
    }
}

impl<S: Send + Sync> FromRequestParts<S> for ClientAddress {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        use lambda_http::request::RequestContext;
        if let Some(RequestContext::ApiGatewayV2(context)) =
            parts.extensions.get::<RequestContext>()
        {
            let through_cloudfront = parts
                .extensions
                .get::<OriginSecret>()
                .is_some_and(|secret| secret.vouches_for(&parts.headers));
            let viewer = parts
                .headers
                .get("cloudfront-viewer-address")
                .filter(|_| through_cloudfront)
                .and_then(|value| value.to_str().ok())
                .and_then(|value| value.rsplit_once(':').map(|(ip, _)| ip.to_owned()));
            if let Some(address) = viewer.or_else(|| context.http.source_ip.clone()) {
                return Ok(Self(address));
            }
        }
        if let Some(ConnectInfo(peer)) = parts.extensions.get::<ConnectInfo<SocketAddr>>() {
            return Ok(Self(peer.ip().to_string()));
        }
        Ok(Self("inconnue".into()))
    }
}

/// Why a client's file did not open, whatever was asked of it.
#[derive(utoipa::IntoResponses)]
#[allow(dead_code)] // Documents the answers; the handlers render the pages.
enum ClientRefusals {
    /// A wrong reference or code (never told apart): the access form again
    #[response(status = 403, content_type = "text/html")]
    Refused(String),
    /// Too many wrong codes: the access form again, with when to try again (`Retry-After`)
    #[response(status = 429, content_type = "text/html")]
    TooManyTries(String),
    /// Our failure: a French page; what was sent before is kept
    #[response(status = 503, content_type = "text/html")]
    Unavailable(String),
}

/// What the client's pages post: the reference and the code open the
/// file; each form adds what its step needs.
#[derive(Deserialize, Default, ToSchema)]
#[serde(default)]
#[schema(as = ClientForm)]
pub(crate) struct Form {
    /// `P-2026-0042`
    reference: String,
    /// The access code given at submission (`K7QM-2XPA-9FTR`).
    code: String,
    /// Information added to the complaint (`/api/suivi/information`).
    text: String,
    /// `oui` to withdraw (`/api/suivi/retrait`).
    confirm: String,
    /// `satisfied` or `not_satisfied`, with a `comment` (`/api/suivi/satisfaction`).
    satisfaction: String,
    comment: String,
    /// The address on file, to send a new code to (`/api/suivi/code-perdu`).
    email: String,
    /// The language of the page the form was on (`fr-CA`, `es`…): the
    /// answer is in it.
    language: String,
}

impl Form {
    /// The words of the page the form was on.
    fn words<'a>(&self, services: &'a Services) -> &'a Catalogue {
        services.organisation.words.get(&self.language)
    }
}

fn form<T: DeserializeOwned + Default>(bytes: &Bytes) -> T {
    // A form that cannot be read is treated as empty: the answer then says
    // what is missing, in French.
    serde_urlencoded::from_bytes(bytes).unwrap_or_default()
}

/// Never cached, whatever the page.
fn private(mut response: Response) -> Response {
    let headers = response.headers_mut();
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    headers.insert(header::PRAGMA, HeaderValue::from_static("no-cache"));
    response
}

fn page(status: StatusCode, rendered: anyhow::Result<String>) -> Response {
    private(match rendered {
        Ok(body) => html(status, body),
        Err(error) => {
            tracing::error!(error = %format!("{error:#}"), "a client page could not be rendered");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    })
}

/// The access form again, with why the file did not open, at the status
/// `ApiError` gives that failure.
fn refusal(services: &Services, form: &Form, error: &ClientError) -> Option<Response> {
    let organisation = &services.organisation;
    let words = form.words(services);
    let (refused, message) = match error {
        ClientError::Refused => (ApiError::FileRefused, words.t("client-refused")),
        ClientError::Limited(until) => {
            let message = words.t1("client-too-many-tries", "date", words.date_time(*until));
            let wait = (*until - services.clock.now()).num_seconds().max(1);
            (
                ApiError::TooManyTries {
                    detail: message.clone(),
                    retry_after: wait,
                },
                message,
            )
        }
        _ => return None,
    };
    let mut response = page(
        refused.status(),
        plaintes_site::client_access_page(organisation, words, &form.reference, Some(&message)),
    );
    if let ApiError::TooManyTries { retry_after, .. } = refused {
        if let Ok(value) = HeaderValue::from_str(&retry_after.to_string()) {
            response.headers_mut().insert(header::RETRY_AFTER, value);
        }
    }
    Some(response)
}

/// Our failure, as a page (the cause is logged, never shown).
fn failure(services: &Services, form: &Form, error: &ClientError) -> Response {
    let unavailable = ApiError::Unavailable {
        detail: "problem-client-unavailable",
        cause: format!("a client request failed: {error}"),
    };
    tracing::error!("a client request failed: {error}");
    let words = form.words(services);
    page(
        unavailable.status(),
        plaintes_site::error_page(
            &services.organisation,
            words,
            &words.t("client-unavailable-title"),
            &words.t("client-unavailable"),
        ),
    )
}

fn credentials<'a>(
    services: &'a Services,
    form: &'a Form,
    address: &'a ClientAddress,
) -> Credentials<'a> {
    Credentials {
        reference: &form.reference,
        code: &form.code,
        address: &address.0,
        words: services.organisation.words.get(&form.language),
    }
}

/// The client's file, opened with the reference and the access code.
#[utoipa::path(
    post,
    path = "/api/suivi",
    request_body(content = Form, content_type = "application/x-www-form-urlencoded"),
    responses(
        (status = 200, description = "The file, as a page", body = String, content_type = "text/html"),
        ClientRefusals,
    )
)]
pub(crate) async fn open(
    State(services): State<Services>,
    address: ClientAddress,
    bytes: Bytes,
) -> Response {
    let form: Form = form(&bytes);
    match client::read(&services, &credentials(&services, &form, &address)).await {
        Ok(file) => file_page(
            &services,
            &form,
            &file,
            ClientNotice::default(),
            StatusCode::OK,
        ),
        Err(error) => {
            refusal(&services, &form, &error).unwrap_or_else(|| failure(&services, &form, &error))
        }
    }
}

/// Answers a step: the file with a success message, or with why not.
async fn after_step(
    services: &Services,
    form: &Form,
    address: &ClientAddress,
    result: Result<client::ClientFile, ClientError>,
    success: &str,
) -> Response {
    let error = match result {
        Ok(file) => {
            let notice = ClientNotice {
                success: Some(form.words(services).t(success)),
                ..ClientNotice::default()
            };
            return file_page(services, form, &file, notice, StatusCode::OK);
        }
        Err(error) => error,
    };
    if let Some(response) = refusal(services, form, &error) {
        return response;
    }
    let (message, field) = match &error {
        ClientError::Invalid(errors) => match errors.first() {
            Some(first) => (first.message.clone(), Some(first.field.to_owned())),
            None => (String::new(), None),
        },
        ClientError::Step(step) => (form.words(services).t(step_key(step)), None),
        _ => return failure(services, form, &error),
    };
    // The file is shown again with the message and what was typed.
    match client::read(services, &credentials(services, form, address)).await {
        Ok(file) => {
            let notice = ClientNotice {
                success: None,
                error: Some(message),
                field,
                text: form.text.clone(),
                comment: form.comment.clone(),
            };
            file_page(
                services,
                form,
                &file,
                notice,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
        }
        Err(error) => {
            refusal(services, form, &error).unwrap_or_else(|| failure(services, form, &error))
        }
    }
}

/// Adds information to the complaint, in the client's words.
#[utoipa::path(
    post,
    path = "/api/suivi/information",
    request_body(content = Form, content_type = "application/x-www-form-urlencoded"),
    responses(
        (status = 200, description = "The file, as a page, saying what was done", body = String, content_type = "text/html"),
        ClientRefusals,
        (status = 422, description = "A field to correct: the file again, with the error beside it", body = String, content_type = "text/html"),
    )
)]
pub(crate) async fn add_information(
    State(services): State<Services>,
    address: ClientAddress,
    bytes: Bytes,
) -> Response {
    let form: Form = form(&bytes);
    let result = client::add_information(
        &services,
        &credentials(&services, &form, &address),
        &form.text,
    )
    .await;
    after_step(
        &services,
        &form,
        &address,
        result,
        "client-information-added",
    )
    .await
}

/// Withdraws the complaint, once confirmed.
#[utoipa::path(
    post,
    path = "/api/suivi/retrait",
    request_body(content = Form, content_type = "application/x-www-form-urlencoded"),
    responses(
        (status = 200, description = "The file, as a page, saying what was done", body = String, content_type = "text/html"),
        ClientRefusals,
        (status = 422, description = "A field to correct: the file again, with the error beside it", body = String, content_type = "text/html"),
    )
)]
pub(crate) async fn withdraw(
    State(services): State<Services>,
    address: ClientAddress,
    bytes: Bytes,
) -> Response {
    let form: Form = form(&bytes);
    let confirmed = matches!(form.confirm.trim(), "yes" | "on" | "true" | "oui");
    let result = client::withdraw(
        &services,
        &credentials(&services, &form, &address),
        confirmed,
    )
    .await;
    after_step(&services, &form, &address, result, "client-withdrawn").await
}

/// The client's answer at the follow-up.
#[utoipa::path(
    post,
    path = "/api/suivi/satisfaction",
    request_body(content = Form, content_type = "application/x-www-form-urlencoded"),
    responses(
        (status = 200, description = "The file, as a page, saying what was done", body = String, content_type = "text/html"),
        ClientRefusals,
        (status = 422, description = "A field to correct: the file again, with the error beside it", body = String, content_type = "text/html"),
    )
)]
pub(crate) async fn satisfaction(
    State(services): State<Services>,
    address: ClientAddress,
    bytes: Bytes,
) -> Response {
    let form: Form = form(&bytes);
    let result = client::answer_satisfaction(
        &services,
        &credentials(&services, &form, &address),
        &form.satisfaction,
        &form.comment,
    )
    .await;
    after_step(&services, &form, &address, result, "client-answered").await
}

/// The whole file as a JSON attachment, to keep.
#[utoipa::path(
    post,
    path = "/api/suivi/export",
    request_body(content = Form, content_type = "application/x-www-form-urlencoded"),
    responses(
        (status = 200, description = "`dossier-P-2026-0042.json`", body = Object, content_type = "application/json"),
        ClientRefusals,
    )
)]
pub(crate) async fn export(
    State(services): State<Services>,
    address: ClientAddress,
    bytes: Bytes,
) -> Response {
    let form: Form = form(&bytes);
    match client::read(&services, &credentials(&services, &form, &address)).await {
        Ok(file) => {
            let export = Export::of(&file, &services);
            let body = serde_json::to_vec_pretty(&export).unwrap_or_default();
            let disposition = format!(
                "attachment; filename=\"dossier-{}.json\"",
                file.complaint.reference
            );
            let mut response = (
                StatusCode::OK,
                [(header::CONTENT_TYPE, "application/json; charset=utf-8")],
                body,
            )
                .into_response();
            if let Ok(value) = HeaderValue::from_str(&disposition) {
                response
                    .headers_mut()
                    .insert(header::CONTENT_DISPOSITION, value);
            }
            private(response)
        }
        Err(error) => {
            refusal(&services, &form, &error).unwrap_or_else(|| failure(&services, &form, &error))
        }
    }
}

/// The file as a page to print.
#[utoipa::path(
    post,
    path = "/api/suivi/imprimer",
    request_body(content = Form, content_type = "application/x-www-form-urlencoded"),
    responses(
        (status = 200, description = "The file, as a page", body = String, content_type = "text/html"),
        ClientRefusals,
    )
)]
pub(crate) async fn print(
    State(services): State<Services>,
    address: ClientAddress,
    bytes: Bytes,
) -> Response {
    let form: Form = form(&bytes);
    match client::read(&services, &credentials(&services, &form, &address)).await {
        Ok(file) => page(
            StatusCode::OK,
            plaintes_site::client_print_page(
                &services.organisation,
                form.words(&services),
                &view(&services, &form, &file),
            ),
        ),
        Err(error) => {
            refusal(&services, &form, &error).unwrap_or_else(|| failure(&services, &form, &error))
        }
    }
}

/// A new access code, sent to the e-mail address on file if it is the one
/// given (the answer never tells whether it was).
#[utoipa::path(
    post,
    path = "/api/suivi/code-perdu",
    request_body(content = Form, content_type = "application/x-www-form-urlencoded"),
    responses(
        (status = 200, description = "A page that says a code was sent if the address is the file's: the same page whatever was sent or happened (too many requests, a failure on our side), so that nobody learns whether a reference exists", body = String, content_type = "text/html"),
    )
)]
pub(crate) async fn lost_code(
    State(services): State<Services>,
    address: ClientAddress,
    bytes: Bytes,
) -> Response {
    let form: Form = form(&bytes);
    // The answer is the same whatever happened: it tells nobody whether
    // the reference exists or which address it has.
    if let Err(error) =
        client::reissue_code(&services, &form.reference, &form.email, &address.0).await
    {
        tracing::error!(%error, "a new access code could not be issued");
    }
    page(
        StatusCode::OK,
        plaintes_site::client_lost_code_page(&services.organisation, form.words(&services)),
    )
}

fn file_page(
    services: &Services,
    form: &Form,
    file: &client::ClientFile,
    notice: ClientNotice,
    status: StatusCode,
) -> Response {
    page(
        status,
        plaintes_site::client_file_page(
            &services.organisation,
            form.words(services),
            &view(services, form, file),
            &notice,
        ),
    )
}

/// Why a client's step was refused, as the file says it: the file is
/// closed, the follow-up not open yet, or (a state the page did not show)
/// the step is no longer possible.
fn step_key(step: &plaintes_core::procedure::StepError) -> &'static str {
    use plaintes_core::procedure::StepError;
    match step {
        StepError::Finished => "error-step-finished",
        StepError::FollowUpNotOpen => "error-step-follow-up-not-open",
        _ => "error-step-not-possible",
    }
}

/// The promises made to the client, in their words, as their file shows them.
pub fn client_deadlines(
    complaint: &plaintes_core::complaint::Complaint,
    now: chrono::DateTime<chrono::Utc>,
    words: &Catalogue,
) -> Vec<ClientDeadline> {
    complaint
        .promises(now)
        .iter()
        .filter(|promise| promise.what.to_the_client())
        .map(|promise| deadline(promise, words))
        .collect()
}

/// A promise made to the client, in their words.
fn deadline(promise: &Promise, words: &Catalogue) -> ClientDeadline {
    let label = match promise.what {
        Promised::Acknowledgement => "promise-acknowledgement",
        Promised::Response => "promise-response",
        Promised::NewResponse => "promise-new-response",
        _ => "promise-follow-up",
    };
    let state = match &promise.state {
        PromiseState::Moot(Moot::Withdrawn) => words.t("promise-moot-withdrawn"),
        PromiseState::Moot(_) => words.t("promise-moot-closed"),
        PromiseState::Kept { at } => words.t1("promise-kept", "date", words.date_time(*at)),
        PromiseState::KeptLate { at } => {
            words.t1("promise-kept-late", "date", words.date_time(*at))
        }
        PromiseState::Overdue => words.t("promise-overdue"),
        PromiseState::Due => words.t("promise-due"),
        PromiseState::Extended { from, reason } => words.t2(
            "promise-extended",
            "date",
            words.long_date(*from),
            "reason",
            reason.to_string(),
        ),
    };
    ClientDeadline {
        label: words.t(label),
        due: words.t1("promise-due-by", "date", words.date_time(promise.due)),
        state,
        kept: promise.state.kept(),
    }
}

/// What happens next, in one sentence for the client.
fn explanation(complaint: &plaintes_core::complaint::Complaint, words: &Catalogue) -> String {
    use plaintes_core::lifecycle::Status::*;
    let due = || words.long_date(complaint.response_due_now());
    match complaint.status {
        Received | Acknowledged => words.t1("explain-received", "date", due()),
        InAnalysis | Decided => words.t1("explain-in-analysis", "date", due()),
        Answered => words.t("explain-answered"),
        FollowedUp => words.t("explain-followed-up"),
        Closed => words.t("explain-closed"),
        Withdrawn => words.t("explain-withdrawn"),
    }
}

/// The client's file in words: nothing internal reaches it.
fn view(services: &Services, form: &Form, file: &client::ClientFile) -> ClientFile {
    let complaint = &file.complaint;
    let organisation = &services.organisation;
    let words = form.words(services);
    let procedure = &complaint.procedure;
    let now = services.clock.now();
    let deadlines = client_deadlines(complaint, now, words);
    // A choice the settings no longer offer keeps its code.
    let label = |choice: Option<&plaintes_core::settings::Choice>, kind: &str, code: &str| {
        choice.map_or_else(|| code.to_owned(), |choice| choice.label_in(kind, words))
    };
    ClientFile {
        credentials: ClientCredentials {
            reference: complaint.reference.to_string(),
            code: form.code.trim().to_owned(),
        },
        status: words.t(status_key(complaint.status)),
        status_explanation: explanation(complaint, words),
        received: words.date_time(complaint.received_at),
        channel: words.t(channel_key(complaint.channel)),
        category: label(
            organisation
                .categories
                .iter()
                .find(|c| c.code == complaint.category.code()),
            "category",
            complaint.category.code(),
        ),
        service: complaint.service.as_ref().map(|service| {
            label(
                organisation
                    .services
                    .iter()
                    .find(|c| c.code == service.code()),
                "service",
                service.code(),
            )
        }),
        name: complaint.complainant.name().map(|name| name.to_string()),
        email: complaint.complainant.email().map(|email| email.to_string()),
        phone: complaint.complainant.phone().map(|phone| phone.to_string()),
        description: complaint.description.to_string(),
        desired_outcome: complaint
            .desired_outcome
            .as_ref()
            .map(|text| text.to_string()),
        deadlines,
        responses: procedure
            .responses
            .iter()
            .map(|response| ClientLetter {
                sent: words.long_date(response.sent_at),
                means: words.t(means_key(response.means)),
                in_file: response.means == plaintes_core::procedure::ResponseMeans::File,
                subject: response.subject.clone(),
                text: response.text.clone(),
            })
            .collect(),
        additions: procedure
            .additions
            .iter()
            .map(|addition| ClientAddition {
                at: words.date_time(addition.at),
                text: addition.text.to_string(),
            })
            .collect(),
        satisfaction: procedure
            .follow_up
            .as_ref()
            .filter(|follow_up| follow_up.by_client)
            .map(|follow_up| ClientSatisfaction {
                at: words.date_time(follow_up.at),
                answer: words.t(satisfaction_key(follow_up.satisfaction)),
                comment: follow_up.comment.as_ref().map(|text| text.to_string()),
            }),
        timeline: file
            .journal
            .iter()
            .filter_map(|event| {
                client_wording(&event.kind, words).map(|what| ClientEvent {
                    at: words.date_time(event.at),
                    what,
                })
            })
            .collect(),
        can_add_information: may_add_information(complaint),
        can_withdraw: may_withdraw(complaint),
        can_answer_satisfaction: may_answer_satisfaction(complaint),
    }
}
