//! Who is calling a staff route: a program's bearer token, checked by the
//! `Authenticator`, or a browser's session cookie (`crate::session`), or
//! one of `ApiError`'s answers. A change sent with the cookie must also come
//! from this site and carry the session's form token: another site can make
//! a browser send the cookie, never read the token.

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::{header, HeaderMap, Method};
use axum::response::{IntoResponse, Response};
use plaintes_core::access::StaffMember;

use crate::error::ApiError;
use crate::identity::AuthError;
use crate::session::{header_token, Found};

use super::StaffState;

/// The signed-in staff member: a request without a valid bearer token or
/// an open session never reaches a handler.
pub struct Staff(pub StaffMember);

/// The bearer token of a request, if it has one.
pub fn bearer(headers: &HeaderMap) -> Option<&str> {
    headers
        .get(header::AUTHORIZATION)
        .and_then(|value| value.to_str().ok())
        .and_then(|value| value.strip_prefix("Bearer "))
        .map(str::trim)
        .filter(|token| !token.is_empty())
}

/// How a refused token is answered (its reason is logged).
pub fn refusal(error: AuthError) -> ApiError {
    match error {
        AuthError::Invalid(why) => {
            tracing::info!(%why, "staff token refused");
            ApiError::SignInRequired
        }
        AuthError::NoRole => ApiError::NoRole,
        AuthError::Unavailable(why) => {
            tracing::error!(%why, "the signing keys could not be fetched");
            ApiError::KeysUnavailable
        }
    }
}

impl FromRequestParts<StaffState> for Staff {
    type Rejection = Response;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &StaffState,
    ) -> Result<Self, Self::Rejection> {
        if let Some(token) = bearer(&parts.headers) {
            return match state.authenticator.authenticate(token).await {
                Ok(member) => Ok(Staff(member)),
                Err(error) => Err(refusal(error).into_response()),
            };
        }
        let found = state.sessions.find_or_answer(&parts.headers).await?;
        let Some(Found {
            mut session,
            open: true,
        }) = found
        else {
            return Err(ApiError::SignInRequired.into_response());
        };
        let reads = matches!(parts.method, Method::GET | Method::HEAD);
        if !reads
            && (state.sessions.cross_site(&parts.headers)
                || !header_token(&parts.headers).is_some_and(|sent| session.token_matches(sent)))
        {
            return Err(ApiError::StaleForm.into_response());
        }
        let member = session.member();
        if member.roles.is_empty() {
            return Err(ApiError::NoRole.into_response());
        }
        if let Err(error) = state.sessions.seen(&mut session).await {
            // The request is the person's own; only the idle clock lags.
            tracing::warn!(%error, "a session's activity could not be recorded");
        }
        Ok(Staff(member))
    }
}
