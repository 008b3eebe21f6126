//! The OpenAPI 3.1 description of the API, generated from the handlers and
//! the types they read and write, so that it cannot drift from the code.

use utoipa::OpenApi;

use crate::error::{FieldProblem, Problem};
use crate::public::{ComplaintRequest, Receipt};

#[derive(OpenApi)]
#[openapi(
    info(
        title = "Plaintes",
        description = "API publique du système de gestion des plaintes : dépôt d’une plainte.",
        version = "1"
    ),
    paths(crate::public::submit, crate::public::openapi_document),
    components(schemas(ComplaintRequest, Receipt, Problem, FieldProblem))
)]
pub struct ApiDoc;
