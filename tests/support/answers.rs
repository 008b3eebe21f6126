//! Every JSON answer of the test application, checked against the OpenAPI
//! document it serves: the operation (path and method), the status, the
//! content type and the schema of the body. `spawn_app` puts the check in
//! front of the whole application, so each HTTP test checks the answers it
//! receives without saying so; a test whose application gave an answer the
//! document does not describe fails when it ends, with the list.

use std::collections::HashMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::header::CONTENT_TYPE;
use axum::middleware::Next;
use axum::response::Response;
use serde_json::Value;

/// The document's answers, and what the application answered that they
/// do not describe.
pub struct AnswerChecker {
    document: Value,
    validators: Mutex<HashMap<String, Arc<jsonschema::Validator>>>,
    violations: Mutex<Vec<String>>,
    checked: AtomicUsize,
    /// French typography broken on a page (see `typography.rs`).
    typography: Mutex<Vec<String>>,
}

/// Where a JSON answer parts from the document.
#[derive(Debug)]
pub struct Violation(pub String);

impl AnswerChecker {
    pub fn new(document: &utoipa::openapi::OpenApi) -> Self {
        Self {
            document: serde_json::to_value(document).expect("the document serialises"),
            validators: Mutex::default(),
            violations: Mutex::default(),
            checked: AtomicUsize::new(0),
            typography: Mutex::default(),
        }
    }

    /// How many JSON answers were checked against a schema.
    pub fn checked(&self) -> usize {
        self.checked.load(Ordering::Relaxed)
    }

    /// Where a page broke French typography, one line each.
    pub fn typography(&self) -> Vec<String> {
        self.typography.lock().unwrap().clone()
    }

    /// The answers the document does not describe, one line each.
    pub fn violations(&self) -> Vec<String> {
        self.violations.lock().unwrap().clone()
    }

    /// Checks one answer. `Ok(false)` when there is nothing to check (not
    /// JSON, or not the product's API: the site's own files).
    pub fn check(
        &self,
        method: &str,
        path: &str,
        status: u16,
        content_type: &str,
        body: &[u8],
    ) -> Result<bool, Violation> {
        let media_type = content_type
            .split(';')
            .next()
            .unwrap_or_default()
            .trim()
            .to_ascii_lowercase();
        if !(media_type == "application/json" || media_type.ends_with("+json")) {
            return Ok(false);
        }
        let at = format!("{} {path} → {status} {media_type}", method.to_uppercase());
        let Some(template) = self.operation_path(path) else {
            if !path.starts_with("/api/") {
                return Ok(false); // the site's own files
            }
            // An address no route serves: deny by default (401 before
            // sign-in), then 404, each a problem like any other.
            if status != 401 && status != 404 || media_type != "application/problem+json" {
                return Err(Violation(format!("{at}: the path is not in the document")));
            }
            let problem = serde_json::json!({ "$ref": "#/components/schemas/Problem" });
            return self.validate(&at, "unknown path", &problem, body);
        };
        let operation = &self.document["paths"][&template][method.to_ascii_lowercase()];
        if !operation.is_object() {
            return Err(Violation(format!(
                "{at}: {template} has no {method} in the document"
            )));
        }
        let responses = &operation["responses"];
        let response = match &responses[status.to_string()] {
            Value::Null => &responses["default"],
            response => response,
        };
        if !response.is_object() {
            return Err(Violation(format!(
                "{at}: status {status} is not among {template}'s answers"
            )));
        }
        let Some(content) = response["content"].get(&media_type) else {
            return Err(Violation(format!(
                "{at}: {template} {status} is not documented as {media_type}"
            )));
        };
        let Some(schema) = content.get("schema") else {
            return Ok(false);
        };
        let key = format!("{method} {template} {status} {media_type}");
        self.validate(&at, &key, schema, body)
    }

    /// Checks `body` against `schema` (compiled once under `key`).
    fn validate(
        &self,
        at: &str,
        key: &str,
        schema: &Value,
        body: &[u8],
    ) -> Result<bool, Violation> {
        let instance: Value = serde_json::from_slice(body)
            .map_err(|error| Violation(format!("{at}: the body is not JSON ({error})")))?;
        let validator = self.validator(key, schema)?;
        let errors: Vec<String> = validator
            .iter_errors(&instance)
            .map(|error| {
                let message = error.to_string();
                let tail: String = message
                    .chars()
                    .rev()
                    .take(160)
                    .collect::<Vec<_>>()
                    .into_iter()
                    .rev()
                    .collect();
                format!(
                    "at '{}' (schema {}): …{tail}",
                    error.instance_path(),
                    error.schema_path()
                )
            })
            .collect();
        if !errors.is_empty() {
            return Err(Violation(format!("{at}: {}", errors.join("; "))));
        }
        self.checked.fetch_add(1, Ordering::Relaxed);
        Ok(true)
    }

    /// The document's path for a concrete one: literal segments first,
    /// then `{parameter}` segments.
    fn operation_path(&self, path: &str) -> Option<String> {
        let segments: Vec<&str> = path.split('/').collect();
        self.document["paths"]
            .as_object()?
            .keys()
            .filter_map(|template| {
                let parts: Vec<&str> = template.split('/').collect();
                if parts.len() != segments.len() {
                    return None;
                }
                let mut parameters = 0;
                for (part, segment) in parts.iter().zip(&segments) {
                    if part.starts_with('{') && part.ends_with('}') && !segment.is_empty() {
                        parameters += 1;
                    } else if part != segment {
                        return None;
                    }
                }
                Some((parameters, template.clone()))
            })
            .min()
            .map(|(_, template)| template)
    }

    /// The compiled schema of one answer, its `$ref`s resolved in the
    /// document's components.
    fn validator(
        &self,
        key: &str,
        schema: &Value,
    ) -> Result<Arc<jsonschema::Validator>, Violation> {
        if let Some(validator) = self.validators.lock().unwrap().get(key) {
            return Ok(validator.clone());
        }
        let mut root = serde_json::json!({ "allOf": [schema] });
        root["components"] = self.document["components"].clone();
        let validator = jsonschema::draft202012::options()
            .should_validate_formats(true)
            .build(&root)
            .map_err(|error| Violation(format!("{key}: the schema does not compile ({error})")))?;
        let validator = Arc::new(validator);
        self.validators
            .lock()
            .unwrap()
            .insert(key.to_owned(), validator.clone());
        Ok(validator)
    }
}

/// The middleware: the answer is read whole, checked, and given back as it
/// was. What parts from the document is kept for the end of the test.
pub async fn check_answers(
    State(checker): State<Arc<AnswerChecker>>,
    request: Request,
    next: Next,
) -> Response {
    let method = request.method().as_str().to_owned();
    let path = request.uri().path().to_owned();
    let response = next.run(request).await;
    let Some(content_type) = response
        .headers()
        .get(CONTENT_TYPE)
        .and_then(|value| value.to_str().ok())
        .map(str::to_owned)
    else {
        return response;
    };
    let html = content_type.starts_with("text/html");
    if !content_type.contains("json") && !html {
        return response;
    }
    let (parts, body) = response.into_parts();
    let bytes = axum::body::to_bytes(body, usize::MAX)
        .await
        .expect("the answer is read");
    if html {
        let page = String::from_utf8_lossy(&bytes);
        let faults = crate::typography::faults(&crate::typography::visible_text(&page));
        checker.typography.lock().unwrap().extend(
            faults
                .into_iter()
                .map(|fault| format!("{method} {path}: {fault}")),
        );
        return Response::from_parts(parts, Body::from(bytes));
    }
    if let Err(Violation(violation)) =
        checker.check(&method, &path, parts.status.as_u16(), &content_type, &bytes)
    {
        checker.violations.lock().unwrap().push(violation);
    }
    Response::from_parts(parts, Body::from(bytes))
}
