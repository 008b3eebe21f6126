//! The public router behind API Gateway: a real HTTP API (v2) event, as
//! Lambda hands it to the function, goes through the same router.

use std::sync::Arc;

use plaintes_core::ports::{Services, SystemClock};
use plaintes_core::Organisation;
use tower::ServiceExt;

#[tokio::test]
async fn an_api_gateway_event_submits_a_complaint() {
    let folder = tempfile::tempdir().unwrap();
    let organisation =
        Organisation::from_toml(include_str!("../../../config/organisation.toml")).unwrap();
    let store = plaintes_local::SqliteStore::open(&folder.path().join("p.sqlite")).unwrap();
    let mailer = plaintes_local::FileMailer::new(&folder.path().join("outbox")).unwrap();
    let services = Services::new(
        organisation,
        Arc::new(store),
        Arc::new(mailer),
        Arc::new(SystemClock),
    );
    let router = plaintes_http::with_security_headers(plaintes_http::public_router(services));

    let event = include_str!("fixtures/apigw-v2-post-complaint.json");
    let request = lambda_http::request::from_str(event).expect("a valid API Gateway event");
    let response = router.oneshot(request).await.unwrap();

    assert_eq!(response.status(), 201);
    assert!(response.headers().contains_key("content-security-policy"));
    let body = axum_body(response).await;
    let receipt: serde_json::Value = serde_json::from_slice(&body).unwrap();
    assert!(receipt["reference"].as_str().unwrap().starts_with("P-"));
}

async fn axum_body(response: axum::response::Response) -> Vec<u8> {
    axum::body::to_bytes(response.into_body(), usize::MAX)
        .await
        .unwrap()
        .to_vec()
}
