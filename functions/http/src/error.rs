//! Errors as the HTTP client sees them: `application/problem+json` (RFC 9457)
//! for the API, with a French message per field the person can fix. Internal
//! causes are logged, never shown. The words are the staff catalogue's
//! (`personnel-api.ftl`): an error names its message by id, said in French
//! when the problem is written.

use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use plaintes_core::complaint::FieldError;
use plaintes_core::words::{self, Catalogue};
use serde::Serialize;
use utoipa::ToSchema;

/// One field's problem.
#[derive(Debug, Serialize, ToSchema)]
pub struct FieldProblem {
    /// The field's name in the request.
    pub field: String,
    /// What is wrong, in French.
    pub message: String,
}

/// An error answer (RFC 9457).
#[derive(Debug, Serialize, ToSchema)]
pub struct Problem {
    #[serde(rename = "type")]
    pub kind: String,
    pub title: String,
    pub status: u16,
    pub detail: String,
    /// Each wrong field with its message; empty when no field is at fault.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub errors: Vec<FieldProblem>,
}

impl Problem {
    pub fn new(status: StatusCode, title: &str, detail: &str) -> Self {
        Self {
            kind: "about:blank".into(),
            title: title.into(),
            status: status.as_u16(),
            detail: detail.into(),
            errors: Vec::new(),
        }
    }

    /// A problem whose title and detail are messages of the catalogue.
    pub fn said(status: StatusCode, title: &str, detail: &str) -> Self {
        let words = words::french();
        Self::new(status, &words.t(title), &words.t(detail))
    }

    pub fn invalid_fields(errors: &[FieldError]) -> Self {
        Self {
            errors: errors
                .iter()
                .map(|e| FieldProblem {
                    field: e.field.into(),
                    message: e.message.clone(),
                })
                .collect(),
            ..Self::said(
                StatusCode::UNPROCESSABLE_ENTITY,
                "problem-complaint-invalid",
                "problem-complaint-invalid-detail",
            )
        }
    }

    pub fn too_large() -> Self {
        Self::said(
            StatusCode::PAYLOAD_TOO_LARGE,
            "problem-too-large",
            "problem-too-large-detail",
        )
    }

    fn status(&self) -> StatusCode {
        StatusCode::from_u16(self.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR)
    }
}

impl IntoResponse for Problem {
    fn into_response(self) -> Response {
        let status = self.status();
        let mut response = (status, axum::Json(self)).into_response();
        response.headers_mut().insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/problem+json"),
        );
        response
    }
}

/// A whole HTML page with its status.
pub fn html(status: StatusCode, page: String) -> Response {
    (
        status,
        [(header::CONTENT_TYPE, "text/html; charset=utf-8")],
        page,
    )
        .into_response()
}

/// Every way a request to the API fails, with its one status: every
/// router answers its failures through this, so that one failure always
/// gets the same status and the same French words. A cause (`Internal`)
/// is logged, never shown. A `&'static str` title or detail is a message
/// id of the catalogue.
#[derive(Debug)]
pub enum ApiError {
    /// No valid identity: 401, with `WWW-Authenticate: Bearer`.
    SignInRequired,
    /// A valid identity with no staff role: 403.
    NoRole,
    /// The identity provider's keys cannot be fetched: 503.
    KeysUnavailable,
    /// A wrong e-mail or password at sign-in: 401.
    SignInRefused,
    /// A sign-in posted from another site: 403.
    CrossSite,
    /// A change sent with the session cookie but without the session's
    /// form token, or from another site: 403.
    StaleForm,
    /// Too many wrong tries: 429, with `Retry-After` in seconds.
    TooManyTries { detail: String, retry_after: i64 },
    /// A service we depend on failed: 503, `cause` for the log only.
    Unavailable { detail: &'static str, cause: String },
    /// The role does not allow this: 403, saying what is allowed.
    Forbidden(&'static str),
    /// No such complaint, or one this person may not know of: 404.
    ComplaintNotFound,
    /// No such address: 404.
    PageNotFound,
    /// A client's file that the reference and code given do not open
    /// (wrong, unknown or malformed: never told apart): 403.
    FileRefused,
    /// The body or a header cannot be read: 400 (`detail` already said).
    Unreadable { title: &'static str, detail: String },
    /// The body is over the size accepted: 413.
    TooLarge,
    /// Neither JSON nor a form: 415.
    UnsupportedMediaType(&'static str),
    /// Fields to correct, each with its message: 422.
    Invalid {
        title: &'static str,
        detail: &'static str,
        errors: Vec<FieldError>,
    },
    /// The procedure does not allow this step now: 422, with its reason.
    Refused(plaintes_core::procedure::StepError),
    /// Someone else changed the complaint meanwhile: 409.
    Conflict,
    /// Our failure: 500, with `detail` for the person and `cause` for the log.
    Internal { detail: &'static str, cause: String },
}

impl ApiError {
    pub fn status(&self) -> StatusCode {
        match self {
            ApiError::SignInRequired | ApiError::SignInRefused => StatusCode::UNAUTHORIZED,
            ApiError::NoRole
            | ApiError::Forbidden(_)
            | ApiError::CrossSite
            | ApiError::StaleForm
            | ApiError::FileRefused => StatusCode::FORBIDDEN,
            ApiError::KeysUnavailable | ApiError::Unavailable { .. } => {
                StatusCode::SERVICE_UNAVAILABLE
            }
            ApiError::TooManyTries { .. } => StatusCode::TOO_MANY_REQUESTS,
            ApiError::ComplaintNotFound | ApiError::PageNotFound => StatusCode::NOT_FOUND,
            ApiError::Unreadable { .. } => StatusCode::BAD_REQUEST,
            ApiError::TooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            ApiError::UnsupportedMediaType(_) => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            ApiError::Invalid { .. } | ApiError::Refused(_) => StatusCode::UNPROCESSABLE_ENTITY,
            ApiError::Conflict => StatusCode::CONFLICT,
            ApiError::Internal { .. } => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    /// What the person reads (RFC 9457).
    pub fn problem(&self) -> Problem {
        let status = self.status();
        let words: &Catalogue = words::french();
        let said = |title: &str, detail: &str| Problem::said(status, title, detail);
        let told = |title: &str, detail: &str| Problem::new(status, &words.t(title), detail);
        match self {
            ApiError::SignInRequired => said(
                "problem-sign-in-required",
                "problem-sign-in-required-detail",
            ),
            ApiError::NoRole => said("problem-no-role", "problem-no-role-detail"),
            ApiError::KeysUnavailable => said(
                "problem-keys-unavailable",
                "problem-keys-unavailable-detail",
            ),
            ApiError::SignInRefused => {
                said("problem-sign-in-refused", "problem-sign-in-refused-detail")
            }
            ApiError::CrossSite => said("problem-sign-in-refused", "problem-cross-site-detail"),
            ApiError::StaleForm => said("problem-stale-form", "problem-stale-form-detail"),
            ApiError::TooManyTries { detail, .. } => told("problem-too-many-tries", detail),
            ApiError::Unavailable { detail, .. } => said("problem-unavailable", detail),
            ApiError::Forbidden(detail) => said("problem-forbidden", detail),
            ApiError::ComplaintNotFound => said(
                "problem-complaint-not-found",
                "problem-complaint-not-found-detail",
            ),
            ApiError::PageNotFound => {
                said("problem-page-not-found", "problem-page-not-found-detail")
            }
            ApiError::FileRefused => said("problem-file-refused", "problem-file-refused-detail"),
            ApiError::Unreadable { title, detail } => told(title, detail),
            ApiError::TooLarge => Problem::too_large(),
            ApiError::UnsupportedMediaType(detail) => {
                said("problem-unsupported-media-type", detail)
            }
            ApiError::Invalid {
                title,
                detail,
                errors,
            } => Problem {
                title: words.t(title),
                detail: words.t(detail),
                ..Problem::invalid_fields(errors)
            },
            ApiError::Refused(step) => {
                let mut problem = told("problem-refused", &step.to_string());
                if let Some(field) = step.field() {
                    problem.errors.push(FieldProblem {
                        field: field.into(),
                        message: step.to_string(),
                    });
                }
                problem
            }
            ApiError::Conflict => said("problem-conflict", "problem-conflict-detail"),
            ApiError::Internal { detail, .. } => said("problem-internal", detail),
        }
    }
}

/// What staff read when their step failed on our side (a message id).
pub const STEP_FAILED: &str = "problem-step-failed";

impl From<plaintes_core::casework::CaseError> for ApiError {
    fn from(error: plaintes_core::casework::CaseError) -> Self {
        use plaintes_core::casework::CaseError;
        match error {
            CaseError::NotFound => ApiError::ComplaintNotFound,
            CaseError::Forbidden => ApiError::Forbidden("problem-role-forbids"),
            CaseError::Invalid(errors) => ApiError::Invalid {
                title: "problem-fields-to-correct",
                detail: "problem-fields-to-correct-detail",
                errors,
            },
            CaseError::Refused(step) => ApiError::Refused(step),
            CaseError::Conflict => ApiError::Conflict,
            CaseError::Store(error) => ApiError::Internal {
                detail: STEP_FAILED,
                cause: format!("store: {error}"),
            },
            CaseError::Render(error) => ApiError::Internal {
                detail: STEP_FAILED,
                cause: format!("a letter could not be rendered: {error}"),
            },
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        if let ApiError::Internal { cause, .. } | ApiError::Unavailable { cause, .. } = &self {
            tracing::error!(%cause, "a request failed");
        }
        let mut response = self.problem().into_response();
        let headers = response.headers_mut();
        match &self {
            ApiError::SignInRequired | ApiError::SignInRefused => {
                headers.insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
            }
            ApiError::TooManyTries { retry_after, .. } => {
                if let Ok(value) = HeaderValue::from_str(&(*retry_after).max(1).to_string()) {
                    headers.insert(header::RETRY_AFTER, value);
                }
            }
            _ => {}
        }
        response
    }
}

/// The query string read into `T`, as axum's `Query`, but a query that
/// cannot be read (a flag that is not `true` or `false`, a field given
/// twice) is refused like any other request: a French problem, 400.
pub struct Query<T>(pub T);

impl<T, S> axum::extract::FromRequestParts<S> for Query<T>
where
    T: serde::de::DeserializeOwned,
    S: Send + Sync,
{
    type Rejection = ApiError;

    async fn from_request_parts(
        parts: &mut axum::http::request::Parts,
        _state: &S,
    ) -> Result<Self, Self::Rejection> {
        serde_urlencoded::from_str(parts.uri.query().unwrap_or_default())
            .map(Query)
            .map_err(|_| ApiError::Unreadable {
                title: "problem-unreadable-address",
                detail: words::french().t("problem-unreadable-address-detail"),
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use plaintes_core::casework::CaseError;
    use plaintes_core::ports::StoreError;
    use plaintes_core::procedure::StepError;

    #[test]
    fn each_failure_has_one_status_and_french_words_and_never_shows_its_cause() {
        let cases: Vec<(ApiError, u16)> = vec![
            (ApiError::SignInRequired, 401),
            (ApiError::NoRole, 403),
            (ApiError::KeysUnavailable, 503),
            (ApiError::SignInRefused, 401),
            (ApiError::CrossSite, 403),
            (ApiError::StaleForm, 403),
            (
                ApiError::TooManyTries {
                    detail: "Réessayez dans 2 minutes.".into(),
                    retry_after: 120,
                },
                429,
            ),
            (
                ApiError::Unavailable {
                    detail: "problem-session-unavailable",
                    cause: "SECRET-CAUSE clé illisible".into(),
                },
                503,
            ),
            (ApiError::Forbidden("problem-reports-forbidden"), 403),
            (ApiError::ComplaintNotFound, 404),
            (ApiError::PageNotFound, 404),
            (ApiError::FileRefused, 403),
            (
                ApiError::Unreadable {
                    title: "problem-unreadable",
                    detail: "Pas du JSON.".into(),
                },
                400,
            ),
            (ApiError::TooLarge, 413),
            (
                ApiError::UnsupportedMediaType("problem-send-json-or-form"),
                415,
            ),
            (CaseError::Invalid(Vec::new()).into(), 422),
            (CaseError::Refused(StepError::Finished).into(), 422),
            (CaseError::Conflict.into(), 409),
            (CaseError::NotFound.into(), 404),
            (CaseError::Forbidden.into(), 403),
            (
                CaseError::Store(StoreError::Backend("SECRET-CAUSE disque plein".into())).into(),
                500,
            ),
        ];
        for (error, status) in cases {
            assert_eq!(error.status().as_u16(), status, "{error:?}");
            let problem = error.problem();
            assert_eq!(problem.status, status);
            assert!(!problem.title.is_empty() && !problem.detail.is_empty());
            let french = words::french();
            assert!(
                !problem.title.starts_with("problem-") && !problem.detail.starts_with("problem-"),
                "said from the catalogue: {problem:?}"
            );
            assert!(french.missing().is_empty(), "{:?}", french.missing());
            let shown = serde_json::to_string(&problem).unwrap();
            assert!(!shown.contains("SECRET-CAUSE"), "{shown}");
            let response = error.into_response();
            assert_eq!(response.status().as_u16(), status);
            assert_eq!(
                response.headers()[header::CONTENT_TYPE],
                "application/problem+json"
            );
            assert_eq!(
                response.headers().contains_key(header::WWW_AUTHENTICATE),
                status == 401
            );
            assert_eq!(
                response.headers().contains_key(header::RETRY_AFTER),
                status == 429
            );
        }
    }
}
