//! The public router: submitting a complaint, as a plain HTML form (works
//! with JavaScript off) or as JSON, and the API's own description.

use axum::body::{to_bytes, Body};
use axum::extract::State;
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post, MethodRouter};
use axum::{Json, Router};
use chrono::{DateTime, Utc};
use plaintes_core::complaint::{ComplaintInput, FieldError, IdempotencyKey};
use plaintes_core::ports::Services;
use plaintes_core::submission::{submit_complaint, SubmitError, Submitted};
use plaintes_core::words::Catalogue;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use utoipa::{OpenApi, ToSchema};

use crate::error::{html, ApiError, Problem};
use crate::openapi::ApiDoc;

/// The largest request body accepted, in bytes.
pub const MAX_BODY: usize = 64 * 1024;

/// The public API's routes: the router is built from this list, and the
/// route test compares it with the OpenAPI document.
fn routes() -> Vec<(&'static str, MethodRouter<Services>)> {
    vec![
        // The receipt, page or JSON, carries the access code: never cached.
        (
            "/api/complaints",
            post(submit).layer(crate::headers::no_store()),
        ),
        ("/api/openapi.json", get(openapi_document)),
    ]
}

/// The paths the public router serves, the client's file's included.
pub fn paths() -> Vec<String> {
    routes()
        .into_iter()
        .map(|(path, _)| path.to_owned())
        .chain(crate::client::paths())
        .collect()
}

pub fn public_router(services: Services) -> Router {
    routes()
        .into_iter()
        .fold(Router::new(), |router, (path, route)| {
            router.route(path, route)
        })
        .with_state(services.clone())
        .merge(crate::client::client_router(services))
}

/// A complaint sent as JSON. At least one of `email` and `phone` is needed
/// unless `anonymous` is true, in which case `name`, `email` and `phone`
/// stay empty.
#[derive(Debug, Deserialize, ToSchema)]
#[allow(dead_code)] // Documents the body; `json_input` reads it field by field.
pub struct ComplaintRequest {
    /// The person's name (100 characters at most).
    name: Option<String>,
    email: Option<String>,
    /// A Quebec number such as `418 555-0123`, an extension after `poste`,
    /// or an international number starting with `+`.
    phone: Option<String>,
    anonymous: Option<bool>,
    /// One of the configured category codes: `prestation_de_services`,
    /// `delais`, `attitude_du_personnel`, `autre`.
    category: String,
    /// One of the configured service codes; empty or absent when unknown.
    service: Option<String>,
    /// What happened (5000 characters at most).
    description: String,
    /// What would settle the matter for the person (2000 characters at most).
    desired_outcome: Option<String>,
    /// Consent to the use of the information to handle the complaint; must be true.
    consent: bool,
    /// A postal address, so that a letter can go by post: the street line
    /// (number, street, apartment), the city, the province in two letters
    /// (`QC` when empty) and the postal code. All empty, or street, city and
    /// postal code given.
    address_street: Option<String>,
    address_city: Option<String>,
    address_province: Option<String>,
    address_postal_code: Option<String>,
    /// Optional: the staff member the complaint is about, as the person
    /// knows them (200 characters at most). Staff then record who it is;
    /// that person will never read the complaint.
    about_staff: Option<String>,
    /// Optional: the complaint is about the director general; it then goes
    /// to the board of directors alone.
    about_director: Option<bool>,
    /// Optional: the language the person writes in, one of the site's
    /// (`fr-CA`, `en`, `es`, `ar`); mail to them goes in it, then in French.
    /// French when absent or not offered.
    language: Option<String>,
}

const TEXT_FIELDS: [&str; 13] = [
    "name",
    "email",
    "phone",
    "category",
    "service",
    "description",
    "desired_outcome",
    "address_street",
    "address_city",
    "address_province",
    "address_postal_code",
    "about_staff",
    "language",
];
const FLAG_FIELDS: [&str; 3] = ["anonymous", "consent", "about_director"];

/// The answer to an accepted complaint.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct Receipt {
    /// The complaint's reference, e.g. `P-2026-0042`.
    pub reference: String,
    /// The client's secret code to their file. Given only once: `null` when
    /// this request repeats an earlier one (same idempotency key).
    pub access_code: Option<String>,
    pub received_at: DateTime<Utc>,
    pub acknowledgement_due: DateTime<Utc>,
    pub response_due: DateTime<Utc>,
    /// True when this request repeated an earlier one and nothing new was created.
    pub already_received: bool,
}

impl From<&Submitted> for Receipt {
    fn from(submitted: &Submitted) -> Self {
        let complaint = &submitted.complaint;
        Self {
            reference: complaint.reference.to_string(),
            access_code: submitted.access_code.as_ref().map(|code| code.display()),
            received_at: complaint.received_at,
            acknowledgement_due: complaint.acknowledgement_due,
            response_due: complaint.response_due,
            already_received: submitted.is_repeat(),
        }
    }
}

/// The form's fields as posted by a browser.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct FormFields {
    name: String,
    email: String,
    phone: String,
    anonymous: String,
    category: String,
    service: String,
    description: String,
    desired_outcome: String,
    consent: String,
    address_street: String,
    address_city: String,
    address_province: String,
    address_postal_code: String,
    about_staff: String,
    about_director: String,
    /// The language of the page the form was on.
    language: String,
    token: String,
    /// The honeypot: hidden from people, filled by bots.
    site_web: String,
}

impl FormFields {
    fn input(&self) -> ComplaintInput {
        let checked = |value: &str| matches!(value, "true" | "on" | "oui" | "1");
        ComplaintInput {
            name: self.name.clone(),
            email: self.email.clone(),
            phone: self.phone.clone(),
            anonymous: checked(&self.anonymous),
            category: self.category.clone(),
            service: self.service.clone(),
            description: self.description.clone(),
            desired_outcome: self.desired_outcome.clone(),
            consent: checked(&self.consent),
            address_street: self.address_street.clone(),
            address_city: self.address_city.clone(),
            address_province: self.address_province.clone(),
            address_postal_code: self.address_postal_code.clone(),
            about_staff: self.about_staff.clone(),
            about_director: checked(&self.about_director),
            language: self.language.clone(),
        }
    }
}

enum BodyKind {
    Json,
    Form,
}

/// Submit a complaint.
///
/// Accepts JSON (answers in JSON) or an HTML form post
/// (`application/x-www-form-urlencoded`, answers with a French page). The
/// same `Idempotency-Key` (JSON) or form `token` never creates a second
/// complaint; without one, the same content within 24 hours is the same
/// complaint.
#[utoipa::path(
    post,
    path = "/api/complaints",
    request_body(content = ComplaintRequest, content_type = "application/json"),
    params(("Idempotency-Key" = Option<String>, Header, description = "8 to 200 characters among A–Z a–z 0–9 - _ .\u{a0}:\u{a0}; a retry with the same key returns the first complaint")),
    responses(
        (status = 201, description = "Complaint recorded", body = Receipt),
        (status = 200, description = "Same key as an earlier request: the first complaint, without its access code", body = Receipt),
        (status = 400, description = "Body or header not readable", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "Body over 64 KiB", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "Neither JSON nor a form", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Fields to correct, each with a French message", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn submit(
    State(services): State<Services>,
    crate::client::ClientAddress(source): crate::client::ClientAddress,
    headers: HeaderMap,
    body: Body,
) -> Response {
    let kind = match body_kind(&headers) {
        Some(kind) => kind,
        None => return ApiError::UnsupportedMediaType("problem-send-json-or-form").into_response(),
    };
    let declared_too_large = headers
        .get(header::CONTENT_LENGTH)
        .and_then(|value| value.to_str().ok()?.parse::<usize>().ok())
        .is_some_and(|length| length > MAX_BODY);
    let bytes = match declared_too_large {
        true => None,
        false => to_bytes(body, MAX_BODY).await.ok(),
    };
    let Some(bytes) = bytes else {
        return match kind {
            BodyKind::Json => ApiError::TooLarge.into_response(),
            BodyKind::Form => error_page(&services, french(&services), &ApiError::TooLarge),
        };
    };
    match kind {
        BodyKind::Json => submit_json(&services, &headers, &bytes, &source).await,
        BodyKind::Form => submit_form(&services, &bytes, &source).await,
    }
}

fn body_kind(headers: &HeaderMap) -> Option<BodyKind> {
    let content_type = headers.get(header::CONTENT_TYPE)?.to_str().ok()?;
    let essence = content_type.split(';').next()?.trim().to_ascii_lowercase();
    match essence.as_str() {
        "application/json" => Some(BodyKind::Json),
        "application/x-www-form-urlencoded" => Some(BodyKind::Form),
        other if other.starts_with("application/") && other.ends_with("+json") => {
            Some(BodyKind::Json)
        }
        _ => None,
    }
}

async fn submit_json(
    services: &Services,
    headers: &HeaderMap,
    bytes: &[u8],
    source: &str,
) -> Response {
    let Ok(Value::Object(object)) = serde_json::from_slice::<Value>(bytes) else {
        return ApiError::Unreadable {
            title: "problem-unreadable",
            detail: plaintes_core::words::french().t("problem-unreadable-json"),
        }
        .into_response();
    };
    let key = match headers.get("idempotency-key") {
        None => None,
        Some(value) => {
            let parsed = value
                .to_str()
                .map_err(|_| plaintes_core::words::french().t("problem-idempotency-key-ascii"))
                .and_then(IdempotencyKey::parse);
            match parsed {
                Ok(key) => Some(key),
                Err(message) => {
                    return ApiError::Unreadable {
                        title: "problem-idempotency-key",
                        detail: message,
                    }
                    .into_response()
                }
            }
        }
    };
    let input = match json_input(&object) {
        Ok(input) => input,
        Err(errors) => return invalid_complaint(errors).into_response(),
    };
    let key = key.unwrap_or_else(|| IdempotencyKey::from_content(&input));
    match submit_complaint(services, &input, &key, source).await {
        Ok(submitted) => {
            let status = if submitted.is_repeat() {
                StatusCode::OK
            } else {
                StatusCode::CREATED
            };
            (status, Json(Receipt::from(&submitted))).into_response()
        }
        Err(SubmitError::Invalid(errors)) => invalid_complaint(errors).into_response(),
        Err(error) => {
            not_recorded(format!("a complaint could not be recorded: {error}")).into_response()
        }
    }
}

/// Reads the JSON object into the same input a form gives, with a French
/// message for each field of the wrong type.
fn json_input(object: &Map<String, Value>) -> Result<ComplaintInput, Vec<FieldError>> {
    let mut errors = Vec::new();
    let mut text = |field: &'static str| match object.get(field) {
        None | Some(Value::Null) => String::new(),
        Some(Value::String(value)) => value.clone(),
        Some(_) => {
            errors.push(FieldError {
                field,
                message: plaintes_core::words::french().t("problem-field-not-text"),
            });
            String::new()
        }
    };
    let mut input = ComplaintInput {
        name: text(TEXT_FIELDS[0]),
        email: text(TEXT_FIELDS[1]),
        phone: text(TEXT_FIELDS[2]),
        category: text(TEXT_FIELDS[3]),
        service: text(TEXT_FIELDS[4]),
        description: text(TEXT_FIELDS[5]),
        desired_outcome: text(TEXT_FIELDS[6]),
        address_street: text(TEXT_FIELDS[7]),
        address_city: text(TEXT_FIELDS[8]),
        address_province: text(TEXT_FIELDS[9]),
        address_postal_code: text(TEXT_FIELDS[10]),
        about_staff: text(TEXT_FIELDS[11]),
        language: text(TEXT_FIELDS[12]),
        ..ComplaintInput::default()
    };
    for field in FLAG_FIELDS {
        let value = match object.get(field) {
            None | Some(Value::Null) => false,
            Some(Value::Bool(value)) => *value,
            Some(_) => {
                errors.push(FieldError {
                    field,
                    message: "Ce champ doit valoir true ou false.".into(),
                });
                false
            }
        };
        match field {
            "anonymous" => input.anonymous = value,
            "about_director" => input.about_director = value,
            _ => input.consent = value,
        }
    }
    if errors.is_empty() {
        Ok(input)
    } else {
        Err(errors)
    }
}

async fn submit_form(services: &Services, bytes: &[u8], source: &str) -> Response {
    let Ok(fields) = serde_urlencoded::from_bytes::<FormFields>(bytes) else {
        let unreadable = ApiError::Unreadable {
            title: "problem-unreadable-public-form",
            detail: french(services).t("problem-unreadable-public-form-detail"),
        };
        return error_page(services, french(services), &unreadable);
    };
    let organisation = &services.organisation;
    let words = organisation.words.get(&fields.language);
    if !fields.site_web.trim().is_empty() {
        // A bot filled the field people never see: answer as if all went
        // well, store nothing, and tell a real person how to reach us.
        tracing::info!("a form submission filled the honeypot and was dropped");
        return page(
            StatusCode::OK,
            plaintes_site::honeypot_page(organisation, words),
        );
    }
    let input = fields.input();
    let key = IdempotencyKey::parse(&fields.token)
        .unwrap_or_else(|_| IdempotencyKey::from_content(&input));
    match submit_complaint(services, &input, &key, source).await {
        Ok(submitted) => {
            let complaint = &submitted.complaint;
            let confirmation = plaintes_site::Confirmation {
                reference: complaint.reference.to_string(),
                access_code: submitted.access_code.as_ref().map(|code| code.display()),
                received_at: words.date_time(complaint.received_at),
                acknowledgement_due: words.date_time(complaint.acknowledgement_due),
                response_due: words.long_date(complaint.response_due),
                acknowledgement_by_email: submitted.acknowledged_by_email(),
                already_received: submitted.is_repeat(),
            };
            let status = if submitted.is_repeat() {
                StatusCode::OK
            } else {
                StatusCode::CREATED
            };
            page(
                status,
                plaintes_site::confirmation_page(organisation, words, &confirmation),
            )
        }
        Err(SubmitError::Invalid(errors)) => page(
            StatusCode::UNPROCESSABLE_ENTITY,
            plaintes_site::complaint_form_page(
                organisation,
                words,
                &input,
                &errors,
                &IdempotencyKey::new_token(),
            ),
        ),
        Err(error) => error_page(
            services,
            words,
            &not_recorded(format!("a complaint could not be recorded: {error}")),
        ),
    }
}

/// A complaint with fields to correct.
fn invalid_complaint(errors: Vec<FieldError>) -> ApiError {
    ApiError::Invalid {
        title: "problem-complaint-invalid",
        detail: "problem-complaint-invalid-detail",
        errors,
    }
}

/// A complaint we failed to record, `cause` for the log only.
fn not_recorded(cause: String) -> ApiError {
    ApiError::Internal {
        detail: "problem-complaint-not-recorded",
        cause,
    }
}

/// French, for an answer before the form's language is known.
fn french(services: &Services) -> &Catalogue {
    services.organisation.words.french()
}

/// A failure as a page, with its one status; the cause is logged.
fn error_page(services: &Services, words: &Catalogue, error: &ApiError) -> Response {
    if let ApiError::Internal { cause, .. } = error {
        tracing::error!(%cause, "a form could not be handled");
    }
    let problem = error.problem();
    page(
        error.status(),
        plaintes_site::error_page(
            &services.organisation,
            words,
            &problem.title,
            &problem.detail,
        ),
    )
}

fn page(status: StatusCode, rendered: anyhow::Result<String>) -> Response {
    match rendered {
        Ok(body) => html(status, body),
        Err(error) => {
            not_recorded(format!("a page could not be rendered: {error}")).into_response()
        }
    }
}

/// The document a deployment serves when it adds routes of its own (the
/// local sign-in of `plaintes serve`): set as an extension on its router.
#[derive(Clone)]
pub struct ServedDocument(pub std::sync::Arc<utoipa::openapi::OpenApi>);

/// This API's OpenAPI 3.1 description: the product's, or the one the
/// deployment set with [`ServedDocument`].
#[utoipa::path(get, path = "/api/openapi.json", responses((status = 200, description = "The OpenAPI document", content_type = "application/json")))]
pub async fn openapi_document(served: Option<axum::Extension<ServedDocument>>) -> Response {
    match served {
        Some(axum::Extension(ServedDocument(document))) => Json(document.as_ref()).into_response(),
        None => Json(ApiDoc::openapi()).into_response(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_documented_request_lists_exactly_the_fields_the_parser_reads() {
        let document = serde_json::to_value(ApiDoc::openapi()).unwrap();
        let properties = document["components"]["schemas"]["ComplaintRequest"]["properties"]
            .as_object()
            .expect("ComplaintRequest is documented");
        let mut documented: Vec<&str> = properties.keys().map(String::as_str).collect();
        let mut read: Vec<&str> = TEXT_FIELDS
            .iter()
            .chain(FLAG_FIELDS.iter())
            .copied()
            .collect();
        documented.sort_unstable();
        read.sort_unstable();
        assert_eq!(documented, read);
    }

    #[test]
    fn a_field_of_the_wrong_type_gets_its_own_french_message() {
        let object = serde_json::json!({"name": 12, "consent": "oui"});
        let errors = json_input(object.as_object().unwrap()).unwrap_err();
        let fields: Vec<&str> = errors.iter().map(|e| e.field).collect();
        assert_eq!(fields, ["name", "consent"]);
        assert_eq!(errors[0].message, "Ce champ doit être du texte.");
    }
}
