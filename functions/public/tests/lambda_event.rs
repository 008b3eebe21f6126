//! The public router behind API Gateway: real HTTP API (v2) events, as
//! Lambda hands them to the function, go through the same router.

use std::sync::Arc;

use axum::response::Response;
use plaintes_core::ports::{Services, SystemClock};
use plaintes_core::Organisation;
use serde_json::Value;
use tower::ServiceExt;

const EVENT: &str = include_str!("fixtures/apigw-v2-post-complaint.json");

fn router(folder: &std::path::Path) -> axum::Router {
    let organisation =
        Organisation::from_toml(include_str!("../../../config/organisation.toml")).unwrap();
    let store = plaintes_local::SqliteStore::open(&folder.join("p.sqlite")).unwrap();
    let mailer = plaintes_local::FileMailer::new(&folder.join("outbox")).unwrap();
    let services = Services::new(
        organisation,
        Arc::new(store),
        Arc::new(mailer),
        Arc::new(SystemClock),
        Arc::new(plaintes_core::ports::FixedDirectory(Vec::new())),
    );
    plaintes_http::with_security_headers(plaintes_http::public_router(services))
}

/// The fixture event with another JSON body.
fn event_with_body(body: &Value) -> String {
    let mut event: Value = serde_json::from_str(EVENT).unwrap();
    event["body"] = Value::String(body.to_string());
    event.to_string()
}

async fn handle(event: &str) -> (Response, Value) {
    let folder = tempfile::tempdir().unwrap();
    let request = lambda_http::request::from_str(event).expect("a valid API Gateway event");
    let response = router(folder.path()).oneshot(request).await.unwrap();
    let (parts, body) = response.into_parts();
    let bytes = axum::body::to_bytes(body, usize::MAX).await.unwrap();
    let json = serde_json::from_slice(&bytes).unwrap_or(Value::Null);
    (Response::from_parts(parts, axum::body::Body::empty()), json)
}

#[tokio::test]
async fn an_api_gateway_event_submits_a_complaint() {
    let (response, receipt) = handle(EVENT).await;
    assert_eq!(response.status(), 201);
    assert!(response.headers().contains_key("content-security-policy"));
    assert_eq!(
        receipt["reference"].as_str().unwrap().len(),
        "P-2026-0001".len()
    );
    assert!(receipt["access_code"].is_string());
}

#[tokio::test]
async fn an_event_with_a_wrong_field_gets_a_french_422() {
    let original: Value = serde_json::from_str(EVENT).unwrap();
    let mut body: Value = serde_json::from_str(original["body"].as_str().unwrap()).unwrap();
    body["email"] = Value::String("amina.example.com".into());
    let (response, problem) = handle(&event_with_body(&body)).await;
    assert_eq!(response.status(), 422);
    assert_eq!(
        response.headers()["content-type"],
        "application/problem+json"
    );
    assert_eq!(problem["errors"][0]["field"], "email");
    assert!(problem["errors"][0]["message"]
        .as_str()
        .unwrap()
        .contains("adresse courriel"));
}

#[tokio::test]
async fn an_event_over_64_kib_gets_413() {
    let body = serde_json::json!({ "description": "a".repeat(70 * 1024) });
    let (response, problem) = handle(&event_with_body(&body)).await;
    assert_eq!(response.status(), 413);
    assert_eq!(problem["title"], "Plainte trop longue");
}

#[tokio::test]
async fn a_wrong_access_code_through_api_gateway_is_refused_and_never_cached() {
    let mut event: Value = serde_json::from_str(EVENT).unwrap();
    event["rawPath"] = "/api/suivi".into();
    event["requestContext"]["http"]["path"] = "/api/suivi".into();
    event["routeKey"] = "POST /api/suivi".into();
    event["headers"]["content-type"] = "application/x-www-form-urlencoded".into();
    event["headers"]["cloudfront-viewer-address"] = "198.51.100.7:51234".into();
    event["body"] = "reference=P-2026-0001&code=0000-0000-0000-0000-0000-0000-00".into();
    event["isBase64Encoded"] = false.into();
    let folder = tempfile::tempdir().unwrap();
    let request = lambda_http::request::from_str(&event.to_string()).expect("a valid event");
    let response = router(folder.path()).oneshot(request).await.unwrap();
    assert_eq!(response.status(), 403);
    assert_eq!(response.headers()["cache-control"], "no-store");
    assert_eq!(response.headers()["referrer-policy"], "no-referrer");
}

/// A wrong-code try on reference `P-2026-{n:04}` through API Gateway,
/// with `viewer` as the CloudFront viewer address and `secret` (or none)
/// as the origin header.
fn wrong_code_event(n: usize, viewer: &str, secret: Option<&str>) -> String {
    let mut event: Value = serde_json::from_str(EVENT).unwrap();
    event["rawPath"] = "/api/suivi".into();
    event["requestContext"]["http"]["path"] = "/api/suivi".into();
    event["routeKey"] = "POST /api/suivi".into();
    event["headers"]["content-type"] = "application/x-www-form-urlencoded".into();
    event["headers"]["cloudfront-viewer-address"] = format!("{viewer}:51234").into();
    if let Some(secret) = secret {
        event["headers"][plaintes_http::client::ORIGIN_HEADER] = secret.into();
    }
    event["body"] = format!("reference=P-2026-{n:04}&code=0000-0000-0000-0000-0000-0000-00").into();
    event["isBase64Encoded"] = false.into();
    event.to_string()
}

/// The statuses of `tries` wrong codes, each on its own reference and from
/// its own claimed viewer address, through a router that knows the secret.
async fn statuses(tries: usize, secret: Option<&str>) -> Vec<u16> {
    statuses_from(tries, secret, |n| format!("198.51.100.{n}"), None).await
}

/// The statuses of `tries` wrong codes, the `n`th from `viewer(n)`, each
/// on its own reference or all on `P-2026-{one_reference}`.
async fn statuses_from(
    tries: usize,
    secret: Option<&str>,
    viewer: impl Fn(usize) -> String,
    one_reference: Option<usize>,
) -> Vec<u16> {
    let folder = tempfile::tempdir().unwrap();
    let router = router(folder.path()).layer(axum::Extension(plaintes_http::client::OriginSecret(
        "le-secret-de-cloudfront-assez-long".into(),
    )));
    let mut statuses = Vec::new();
    for n in 1..=tries {
        let event = wrong_code_event(one_reference.unwrap_or(n), &viewer(n), secret);
        let request = lambda_http::request::from_str(&event).unwrap();
        statuses.push(
            router
                .clone()
                .oneshot(request)
                .await
                .unwrap()
                .status()
                .as_u16(),
        );
    }
    statuses
}

#[tokio::test]
async fn a_viewer_address_set_by_the_caller_is_not_believed() {
    // Straight to API Gateway, or with a wrong secret: every try counts on
    // the address API Gateway saw, whatever the header claims.
    for secret in [None, Some("un-faux-secret-de-la-meme-taille-xx")] {
        let seen = statuses(21, secret).await;
        assert!(seen[..20].iter().all(|s| *s == 403), "{seen:?}");
        assert_eq!(seen[20], 429, "{seen:?}");
    }
    // Through CloudFront (the secret is there), each viewer counts alone.
    let seen = statuses(21, Some("le-secret-de-cloudfront-assez-long")).await;
    assert!(seen.iter().all(|s| *s == 403), "{seen:?}");
}

/// CloudFront writes an IPv6 viewer as `2001:db8::1:51234`, unbracketed.
#[tokio::test]
async fn the_addresses_of_one_ipv6_network_count_as_one() {
    let secret = Some("le-secret-de-cloudfront-assez-long");
    let seen = statuses_from(21, secret, |n| format!("2001:db8:1:2:{n:x}::{n:x}"), None).await;
    assert!(seen[..20].iter().all(|s| *s == 403), "{seen:?}");
    assert_eq!(seen[20], 429, "{seen:?}");
}

#[tokio::test]
async fn the_sixth_wrong_code_on_one_reference_is_refused_from_wherever_it_claims_to_come() {
    // Spoofed viewer addresses straight to the API, then the addresses of
    // one IPv6 network through CloudFront: one reference, one count.
    let spoofed = statuses_from(6, None, |n| format!("198.51.100.{n}"), Some(7)).await;
    let secret = Some("le-secret-de-cloudfront-assez-long");
    let network = statuses_from(6, secret, |n| format!("2001:db8:5:6:{n}::1"), Some(8)).await;
    for seen in [spoofed, network] {
        assert_eq!(seen, [403, 403, 403, 403, 403, 429]);
    }
}
