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
            "Le texte envoyé dépasse la taille permise (64 Kio). Raccourcissez la description.",
        )
    }

    pub fn internal() -> Self {
        Self::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            "Erreur de notre côté",
            "Votre plainte n’a pas pu être enregistrée à cause d’une erreur de notre côté. Réessayez dans quelques minutes; rien n’a été perdu de ce qui était déjà enregistré.",
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
