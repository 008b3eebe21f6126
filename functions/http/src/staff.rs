//! The staff router. Every route needs a verified identity; until the staff
//! routes exist, everything is refused, so nothing is ever open by mistake.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Router;
use plaintes_core::ports::Services;

use crate::error::Problem;

pub fn staff_router(services: Services) -> Router {
    Router::new().fallback(unauthorized).with_state(services)
}

async fn unauthorized() -> Response {
    Problem::new(
        StatusCode::UNAUTHORIZED,
        "Connexion requise",
        "Connectez-vous avec votre compte du personnel pour accéder à cette page.",
    )
    .into_response()
}
