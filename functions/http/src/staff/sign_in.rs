//! Signing in and out of the staff pages. The sign-in page is rendered
//! here, for the way the site signs people in (`SignInMethod`): locally an
//! e-mail and a password, posted as a plain form (no script needed); with
//! Cognito, the hosted page. Either way the result is a session kept in
//! the store and named by an `HttpOnly` cookie (`crate::session`).
//!
//! `/api/staff/session` is the same for scripts: `POST` trades a valid
//! bearer token for a session, `GET` says when it ends (and counts as
//! activity: it is what « Continuer » calls), `DELETE` ends it.

use std::sync::Arc;

use super::render::{SignInForm, SignInKind};
use crate::error::Query;
use async_trait::async_trait;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use chrono::{DateTime, Utc};
use plaintes_core::access::StaffMember;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::error::ApiError;
use crate::session::{cleared_cookie, header_token, Found};

use super::hosted::HostedSignIn;
use super::views::Me;
use super::StaffState;

/// The staff pages' first page, where a sign-in leads by default.
pub const HOME: &str = "/admin/";
pub const SIGN_IN_PATH: &str = "/admin/connexion/";
pub const SIGN_OUT_PATH: &str = "/admin/deconnexion/";

/// How an e-mail and a password are checked (the local accounts).
#[async_trait]
pub trait PasswordCheck: Send + Sync {
    async fn check(
        &self,
        email: &str,
        password: &str,
        now: DateTime<Utc>,
    ) -> Result<PasswordOutcome, String>;
}

pub enum PasswordOutcome {
    Accepted(StaffMember),
    Refused,
    /// Too many wrong passwords: tries are paused until then.
    Paused(DateTime<Utc>),
}

/// How staff sign in where the site runs.
#[derive(Clone)]
pub enum SignInMethod {
    /// `plaintes serve`'s accounts.
    Password(Arc<dyn PasswordCheck>),
    /// The organisation's identity provider (Cognito's hosted page), the
    /// code exchanged by this server (`super::hosted`).
    Hosted(Arc<HostedSignIn>),
}

impl SignInMethod {
    fn kind(&self) -> SignInKind {
        match self {
            SignInMethod::Password(_) => SignInKind::Password,
            SignInMethod::Hosted(_) => SignInKind::Hosted,
        }
    }
}

/// Where to go after signing in: a path of the staff pages, never another
/// site, never the sign-in page itself.
pub fn safe_next(target: Option<&str>) -> String {
    match target {
        Some(path)
            if path.starts_with(HOME)
                && !path.starts_with(SIGN_IN_PATH)
                && !path.starts_with(SIGN_OUT_PATH)
                && !path.contains("//")
                && !path.contains('\\')
                && path.len() <= 512
                && path.chars().all(|c| c.is_ascii_graphic()) =>
        {
            path.to_owned()
        }
        _ => HOME.to_owned(),
    }
}

#[derive(Deserialize)]
pub struct SignInQuery {
    retour: Option<String>,
    /// `1` after signing out; `expiree` when the session ended.
    fin: Option<String>,
}

/// `GET /admin/connexion/`: the sign-in page (or on to the page asked, for
/// someone already signed in).
#[utoipa::path(
    get,
    path = "/admin/connexion/",
    params(
        ("retour" = Option<String>, Query, description = "The staff page to come back to"),
        ("fin" = Option<String>, Query, description = "`1` after signing out, `expiree` when the session ended"),
    ),
    responses(
        (status = 400, description = "A query that cannot be read: a French problem", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 200, description = "The sign-in page: locally a form, on AWS a link to the organisation's sign-in", body = String, content_type = "text/html"),
        (status = 303, description = "Already signed in: on to the page asked"),
    )
)]
pub async fn sign_in_page(
    State(state): State<StaffState>,
    Query(query): Query<SignInQuery>,
    headers: HeaderMap,
) -> Response {
    let next = safe_next(query.retour.as_deref());
    if let Ok(Some(Found { open: true, .. })) = state.sessions.find(&headers).await {
        return see_other(&next, None);
    }
    let mut form = SignInForm::new(state.sign_in.kind(), &next);
    let words = state.services.organisation.words.french();
    form.notice = match query.fin.as_deref() {
        Some("1") => Some(words.t("sign-in-signed-out")),
        Some("expiree") => Some(words.t("sign-in-session-ended")),
        _ => None,
    };
    sign_in_answer(&state, StatusCode::OK, &form)
}

/// The sign-in form.
#[derive(Deserialize, ToSchema)]
pub(crate) struct PostedSignIn {
    #[serde(default)]
    email: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    suite: String,
}

/// `POST /admin/connexion/`: an e-mail and a password, from the form.
#[utoipa::path(
    post,
    path = "/admin/connexion/",
    request_body(content = PostedSignIn, content_type = "application/x-www-form-urlencoded"),
    responses(
        (status = 303, description = "Signed in: on to `suite` (a staff page), with the session cookie"),
        (status = 401, description = "A wrong e-mail or password: the page again, the address kept", body = String, content_type = "text/html"),
        (status = 403, description = "Sent from another site", body = String, content_type = "text/html"),
        (status = 404, description = "Not a local sign-in (on AWS: the organisation's)", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 415, description = "Not a form", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 422, description = "A field to correct: the page again, each error beside its field", body = String, content_type = "text/html"),
        (status = 429, description = "Too many wrong passwords: the page again, with when to try (`Retry-After`)", body = String, content_type = "text/html"),
    )
)]
pub async fn sign_in(
    State(state): State<StaffState>,
    headers: HeaderMap,
    bytes: Bytes,
) -> Response {
    let SignInMethod::Password(check) = &state.sign_in else {
        return ApiError::PageNotFound.into_response();
    };
    let kind = SignInKind::Password;
    if !is_form(&headers) {
        return ApiError::UnsupportedMediaType("problem-sign-in-from-page").into_response();
    }
    let posted: PostedSignIn = serde_urlencoded::from_bytes(&bytes).unwrap_or(PostedSignIn {
        email: String::new(),
        password: String::new(),
        suite: String::new(),
    });
    let mut form = SignInForm::new(kind, &safe_next(Some(&posted.suite)));
    form.email = posted.email.trim().to_owned();
    // Another site could post a password in a staff member's name and
    // lock their account: only this site's page may.
    if state.sessions.cross_site(&headers) {
        return refused(&state, form, &ApiError::CrossSite);
    }
    if form.email.is_empty() {
        form.errors.push((
            "email",
            state
                .services
                .organisation
                .words
                .french()
                .t("sign-in-email-missing"),
        ));
    }
    if posted.password.is_empty() {
        form.errors.push((
            "password",
            state
                .services
                .organisation
                .words
                .french()
                .t("sign-in-password-missing"),
        ));
    }
    if !form.errors.is_empty() {
        return sign_in_answer(&state, StatusCode::UNPROCESSABLE_ENTITY, &form);
    }
    let now = state.sessions.now();
    match check.check(&form.email, &posted.password, now).await {
        Ok(PasswordOutcome::Accepted(member)) => {
            if member.roles.is_empty() {
                return refused(&state, form, &ApiError::NoRole);
            }
            // The session that just ended may hold a form posted after its end.
            let previous = match state.sessions.find(&headers).await {
                Ok(found) => found.map(|found| found.session),
                Err(_) => None,
            };
            match state.sessions.start_after(&member, previous).await {
                Ok((_, cookie)) => see_other(&form.next, Some(cookie)),
                Err(error) => refused(&state, form, &unavailable(error.to_string())),
            }
        }
        Ok(PasswordOutcome::Refused) => refused(&state, form, &ApiError::SignInRefused),
        Ok(PasswordOutcome::Paused(until)) => refused(&state, form, &paused(until, now)),
        Err(cause) => refused(&state, form, &unavailable(cause)),
    }
}

/// The answer to a paused account: how long to wait, in minutes.
pub fn paused(until: DateTime<Utc>, now: DateTime<Utc>) -> ApiError {
    let wait = (until - now).num_seconds().max(1);
    let minutes = (wait + 59) / 60;
    ApiError::TooManyTries {
        detail: plaintes_core::words::french().t1("sign-in-paused", "minutes", minutes),
        retry_after: wait,
    }
}

fn unavailable(cause: String) -> ApiError {
    ApiError::Unavailable {
        detail: "problem-sign-in-unavailable",
        cause,
    }
}

/// The sign-in page with `detail` above the form, under `status`.
pub(super) fn refused_page(
    state: &StaffState,
    mut form: SignInForm,
    status: StatusCode,
    detail: &str,
) -> Response {
    form.refusal = Some(detail.to_owned());
    sign_in_answer(state, status, &form)
}

/// The sign-in page again, with the refusal above the form and the
/// address kept, under the refusal's own status.
fn refused(state: &StaffState, mut form: SignInForm, error: &ApiError) -> Response {
    if let ApiError::Unavailable { cause, .. } = error {
        tracing::error!(%cause, "a sign-in could not be handled");
    }
    form.refusal = Some(error.problem().detail);
    let mut response = sign_in_answer(state, error.status(), &form);
    if let ApiError::TooManyTries { retry_after, .. } = error {
        if let Ok(value) = HeaderValue::from_str(&retry_after.to_string()) {
            response.headers_mut().insert(header::RETRY_AFTER, value);
        }
    }
    response
}

pub(super) fn sign_in_answer(
    state: &StaffState,
    status: StatusCode,
    form: &SignInForm,
) -> Response {
    match super::render::admin_sign_in_page(&state.services.organisation, form) {
        Ok(body) => html(status, body),
        Err(error) => ApiError::Internal {
            detail: "problem-sign-in-page-failed",
            cause: error.to_string(),
        }
        .into_response(),
    }
}

/// The sign-out form: the session's form token.
#[derive(Deserialize, ToSchema)]
pub(crate) struct PostedSignOut {
    #[serde(default)]
    jeton: String,
}

/// `POST /admin/deconnexion/`: ends the session (form field `jeton`).
#[utoipa::path(
    post,
    path = "/admin/deconnexion/",
    security(("session" = [])),
    request_body(content = PostedSignOut, content_type = "application/x-www-form-urlencoded"),
    responses(
        (status = 303, description = "Signed out (and out of the organisation's sign-in on AWS): to `/admin/connexion/?fin=1`, the cookie cleared"),
        (status = 403, description = "Without the session's form token, or from another site", body = crate::error::Problem, content_type = "application/problem+json"),
    )
)]
pub async fn sign_out(
    State(state): State<StaffState>,
    headers: HeaderMap,
    bytes: Bytes,
) -> Response {
    // From another site, nothing at all: not even the cookie cleared (a
    // page elsewhere would otherwise sign the person out).
    if state.sessions.cross_site(&headers) {
        return ApiError::StaleForm.into_response();
    }
    let posted: PostedSignOut = serde_urlencoded::from_bytes(&bytes).unwrap_or(PostedSignOut {
        jeton: String::new(),
    });
    match state.sessions.find(&headers).await {
        Ok(Some(Found {
            session,
            open: true,
        })) => {
            if state.sessions.cross_site(&headers) || !session.token_matches(&posted.jeton) {
                return ApiError::StaleForm.into_response();
            }
            if let Err(error) = state.sessions.end(session).await {
                return unavailable(error.to_string()).into_response();
            }
            // With the provider, its own session ends too.
            let after = match &state.sign_in {
                SignInMethod::Hosted(hosted) => hosted.logout(),
                SignInMethod::Password(_) => format!("{SIGN_IN_PATH}?fin=1"),
            };
            see_other(&after, Some(cleared_cookie()))
        }
        // Nothing open: the browser forgets its cookie all the same.
        Ok(_) => see_other(&format!("{SIGN_IN_PATH}?fin=1"), Some(cleared_cookie())),
        Err(error) => unavailable(error.to_string()).into_response(),
    }
}

/// A session as a script reads it, to warn before it ends.
#[derive(Debug, Serialize, ToSchema)]
pub struct SessionView {
    pub member: Me,
    pub started_at: DateTime<Utc>,
    /// When it ends if nothing more is done.
    pub ends_at: DateTime<Utc>,
    /// When the page warns that it is about to end.
    pub warn_at: DateTime<Utc>,
    /// When it ends however busy the person is (the absolute limit).
    pub latest_end: DateTime<Utc>,
    /// How far each request pushes its end (the idle limit).
    pub idle_seconds: i64,
    /// How long before its end the page warns.
    pub warning_seconds: i64,
    /// Sent back in `x-plaintes-jeton` with every change.
    pub form_token: String,
}

impl SessionView {
    fn of(state: &StaffState, session: &plaintes_core::session::StaffSession) -> Self {
        let settings = state.sessions.settings();
        let ends_at = session.ends_at(settings);
        Self {
            member: Me::of(&session.member()),
            started_at: session.started_at,
            ends_at,
            warn_at: ends_at - settings.warning(),
            latest_end: session.started_at + settings.absolute(),
            idle_seconds: settings.idle().num_seconds(),
            warning_seconds: settings.warning().num_seconds(),
            form_token: session.form_token.clone(),
        }
    }
}

/// The open session this request's cookie names, seen now.
async fn open_session(
    state: &StaffState,
    headers: &HeaderMap,
) -> Result<plaintes_core::session::StaffSession, ApiError> {
    match state.sessions.find(headers).await {
        Ok(Some(Found {
            mut session,
            open: true,
        })) => {
            // « Continuer » calls this: it counts as a request.
            state
                .sessions
                .seen(&mut session)
                .await
                .map_err(|error| unavailable(error.to_string()))?;
            Ok(session)
        }
        Ok(_) => Err(ApiError::SignInRequired),
        Err(error) => Err(unavailable(error.to_string())),
    }
}

/// The session this browser is signed in with, prolonged.
#[utoipa::path(
    get,
    path = "/api/staff/session",
    security(("session" = [])),
    responses(
        (status = 200, description = "The session, prolonged from now", body = SessionView),
        (status = 401, description = "No open session", body = crate::error::Problem, content_type = "application/problem+json"),
    )
)]
pub async fn session(State(state): State<StaffState>, headers: HeaderMap) -> Response {
    match open_session(&state, &headers).await {
        Ok(session) => Json(SessionView::of(&state, &session)).into_response(),
        Err(error) => error.into_response(),
    }
}

/// Trades a valid bearer token (an ID token from the sign-in page) for a
/// session cookie.
#[utoipa::path(
    post,
    path = "/api/staff/session",
    security(("bearer" = [])),
    responses(
        (status = 201, description = "Signed in: the cookie is set", body = SessionView),
        (status = 401, description = "No valid token", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 403, description = "No staff role, or sent from another site", body = crate::error::Problem, content_type = "application/problem+json"),
    )
)]
pub async fn start_session(State(state): State<StaffState>, headers: HeaderMap) -> Response {
    if state.sessions.cross_site(&headers) {
        return ApiError::CrossSite.into_response();
    }
    let Some(token) = super::identity::bearer(&headers) else {
        return ApiError::SignInRequired.into_response();
    };
    let member = match state.authenticator.authenticate(token).await {
        Ok(member) => member,
        Err(error) => return super::identity::refusal(error).into_response(),
    };
    match state.sessions.start(&member).await {
        Ok((session, cookie)) => {
            let mut response =
                (StatusCode::CREATED, Json(SessionView::of(&state, &session))).into_response();
            response.headers_mut().insert(header::SET_COOKIE, cookie);
            response
        }
        Err(error) => unavailable(error.to_string()).into_response(),
    }
}

/// Ends the session (with its form token in `x-plaintes-jeton`).
#[utoipa::path(
    delete,
    path = "/api/staff/session",
    security((), ("session" = [])),
    params(("x-plaintes-jeton" = Option<String>, Header, description = "The session's form token, needed when a session is open")),
    responses(
        (status = 204, description = "Signed out: the cookie is cleared"),
        (status = 403, description = "Without the session's form token, or from another site", body = crate::error::Problem, content_type = "application/problem+json"),
    )
)]
pub async fn end_session(State(state): State<StaffState>, headers: HeaderMap) -> Response {
    if state.sessions.cross_site(&headers) {
        return ApiError::StaleForm.into_response();
    }
    match state.sessions.find(&headers).await {
        Ok(Some(Found { session, open })) => {
            if open && !header_token(&headers).is_some_and(|sent| session.token_matches(sent)) {
                return ApiError::StaleForm.into_response();
            }
            if open {
                if let Err(error) = state.sessions.end(session).await {
                    return unavailable(error.to_string()).into_response();
                }
            }
            signed_out()
        }
        Ok(None) => signed_out(),
        Err(error) => unavailable(error.to_string()).into_response(),
    }
}

fn signed_out() -> Response {
    let mut response = StatusCode::NO_CONTENT.into_response();
    response
        .headers_mut()
        .insert(header::SET_COOKIE, cleared_cookie());
    response
}

fn is_form(headers: &HeaderMap) -> bool {
    headers
        .get(header::CONTENT_TYPE)
        .and_then(|value| value.to_str().ok())
        .and_then(|value| value.split(';').next())
        .is_some_and(|kind| {
            kind.trim()
                .eq_ignore_ascii_case("application/x-www-form-urlencoded")
        })
}

/// `303 See Other` to `path` (after a post), setting `cookie` if given.
pub fn see_other(path: &str, cookie: Option<HeaderValue>) -> Response {
    let mut response = StatusCode::SEE_OTHER.into_response();
    if let Ok(location) = HeaderValue::from_str(path) {
        response.headers_mut().insert(header::LOCATION, location);
    }
    if let Some(cookie) = cookie {
        response.headers_mut().insert(header::SET_COOKIE, cookie);
    }
    response
}

fn html(status: StatusCode, body: String) -> Response {
    (
        status,
        [(header::CONTENT_TYPE, "text/html; charset=utf-8")],
        body,
    )
        .into_response()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn after_signing_in_one_goes_only_to_a_staff_page_of_this_site() {
        for kept in [
            "/admin/",
            "/admin/plainte/?ref=P-2026-0001",
            "/admin/rapports/",
        ] {
            assert_eq!(safe_next(Some(kept)), kept);
        }
        for refused in [
            None,
            Some(""),
            Some("https://ailleurs.example/admin/"),
            Some("//ailleurs.example/admin/"),
            Some("/admin//ailleurs.example"),
            Some("/admin/\\ailleurs"),
            Some("/admin/connexion/"),
            Some("/admin/deconnexion/"),
            Some("/suivi/"),
            Some("/admin/a b"),
        ] {
            assert_eq!(safe_next(refused), HOME, "{refused:?}");
        }
    }

    #[test]
    fn a_pause_is_told_in_whole_minutes() {
        let now = Utc::now();
        let words = |seconds| match paused(now + chrono::Duration::seconds(seconds), now) {
            ApiError::TooManyTries { detail, .. } => detail,
            other => panic!("{other:?}"),
        };
        assert!(words(30).ends_with("dans 1 minute."), "{}", words(30));
        assert!(words(61).ends_with("dans 2 minutes."), "{}", words(61));
    }
}
