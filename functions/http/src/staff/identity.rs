//! Who is calling a staff route: the bearer token, checked by the
//! `Authenticator`, or one of `ApiError`'s answers.

use axum::extract::FromRequestParts;
use axum::http::header;
use axum::http::request::Parts;
use axum::response::{IntoResponse, Response};
use plaintes_core::access::StaffMember;

use crate::error::ApiError;
use crate::identity::AuthError;

use super::StaffState;

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
