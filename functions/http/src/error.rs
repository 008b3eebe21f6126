//! Errors as the HTTP client sees them: `application/problem+json` (RFC 9457)
//! for the API, with a French message per field the person can fix. Internal
//! causes are logged, never shown.

use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use plaintes_core::complaint::FieldError;
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

    pub fn invalid_fields(errors: &[FieldError]) -> Self {
        Self {
            errors: errors
                .iter()
                .map(|e| FieldProblem {
                    field: e.field.into(),
                    message: e.message.clone(),
                })
                .collect(),
            ..Self::new(
                StatusCode::UNPROCESSABLE_ENTITY,
                "La plainte contient des erreurs",
                "Corrigez les champs indiqués, puis envoyez la plainte de nouveau.",
            )
        }
    }

    pub fn too_large() -> Self {
        Self::new(
            StatusCode::PAYLOAD_TOO_LARGE,
            "Plainte trop longue",
            "Votre texte est trop long pour être envoyé. Raccourcissez la description ou le résultat souhaité, puis envoyez de nouveau.",
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
/// is logged, never shown.
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
    /// The body or a header cannot be read: 400.
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
        let simple = |title: &str, detail: &str| Problem::new(status, title, detail);
        match self {
            ApiError::SignInRequired => simple(
                "Connexion requise",
                "Votre session est absente ou expirée. Connectez-vous avec votre compte du personnel.",
            ),
            ApiError::NoRole => simple(
                "Aucun rôle",
                "Votre compte n’a aucun rôle dans l’espace du personnel (accueil, responsable, direction ou conseil). Demandez à la direction de vous en donner un.",
            ),
            ApiError::KeysUnavailable => simple(
                "Connexion impossible pour le moment",
                "Votre identité n’a pas pu être vérifiée. Réessayez dans une minute.",
            ),
            ApiError::SignInRefused => {
                simple("Connexion refusée", "Courriel ou mot de passe incorrect.")
            }
            ApiError::CrossSite => simple(
                "Connexion refusée",
                "La connexion se fait depuis la page de connexion du personnel de ce site.",
            ),
            ApiError::StaleForm => simple(
                "Demande refusée",
                "Cette page ne vient pas de ce site ou date d’une autre session. Rechargez-la, puis recommencez.",
            ),
            ApiError::TooManyTries { detail, .. } => simple("Trop d’essais", detail),
            ApiError::Unavailable { detail, .. } => {
                simple("Service momentanément indisponible", detail)
            }
            ApiError::Forbidden(detail) => simple("Action non permise", detail),
            ApiError::ComplaintNotFound => simple(
                "Plainte introuvable",
                "Cette plainte n’existe pas, ou vous n’y avez pas accès.",
            ),
            ApiError::PageNotFound => simple(
                "Page introuvable",
                "Cette adresse n’existe pas dans l’espace du personnel.",
            ),
            ApiError::FileRefused => simple(
                "Accès refusé",
                "Numéro de plainte ou code d’accès incorrect. Vérifiez-les dans le courriel d’accusé de réception ou sur la page de confirmation.",
            ),
            ApiError::Unreadable { title, detail } => simple(title, detail),
            ApiError::TooLarge => Problem::too_large(),
            ApiError::UnsupportedMediaType(detail) => simple("Format non accepté", detail),
            ApiError::Invalid {
                title,
                detail,
                errors,
            } => Problem {
                title: (*title).into(),
                detail: (*detail).into(),
                ..Problem::invalid_fields(errors)
            },
            ApiError::Refused(step) => {
                let mut problem = simple("Étape impossible maintenant", &step.to_string());
                if let Some(field) = step.field() {
                    problem.errors.push(FieldProblem {
                        field: field.into(),
                        message: step.to_string(),
                    });
                }
                problem
            }
            ApiError::Conflict => simple(
                "Plainte modifiée entre-temps",
                "Cette plainte a été modifiée par quelqu’un d’autre pendant que vous travailliez. Rien n’a été enregistré\u{a0}: rechargez la plainte pour voir ses changements, puis refaites le vôtre.",
            ),
            ApiError::Internal { detail, .. } => simple("Erreur de notre côté", detail),
        }
    }
}

/// What staff read when their step failed on our side.
pub const STEP_FAILED: &str = "L’action n’a pas pu être faite à cause d’une erreur de notre côté; rien n’a été modifié. Réessayez dans quelques minutes.";

impl From<plaintes_core::casework::CaseError> for ApiError {
    fn from(error: plaintes_core::casework::CaseError) -> Self {
        use plaintes_core::casework::CaseError;
        match error {
            CaseError::NotFound => ApiError::ComplaintNotFound,
            CaseError::Forbidden => ApiError::Forbidden("Votre rôle ne permet pas cette action."),
            CaseError::Invalid(errors) => ApiError::Invalid {
                title: "Certains champs sont à corriger",
                detail: "Corrigez les champs indiqués, puis enregistrez de nouveau.",
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
                title: "Adresse illisible",
                detail: "L’adresse demandée contient un paramètre illisible. Revenez à la page précédente, puis recommencez.".into(),
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
                    detail: "Réessayez dans une minute.",
                    cause: "SECRET-CAUSE clé illisible".into(),
                },
                503,
            ),
            (ApiError::Forbidden("Seule la direction le peut."), 403),
            (ApiError::ComplaintNotFound, 404),
            (ApiError::PageNotFound, 404),
            (ApiError::FileRefused, 403),
            (
                ApiError::Unreadable {
                    title: "Requête illisible",
                    detail: "Pas du JSON.".into(),
                },
                400,
            ),
            (ApiError::TooLarge, 413),
            (ApiError::UnsupportedMediaType("Envoyez du JSON."), 415),
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
