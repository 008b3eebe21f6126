//! The staff function through real API Gateway v2 events: without a token
//! everything is refused; with a valid ID token the routes answer.

use std::sync::Arc;

use plaintes_core::access::{Role, StaffId, StaffMember};
use plaintes_core::ports::{FixedDirectory, Services, SystemClock};
use plaintes_core::Organisation;
use plaintes_http::identity::{id_token_claims, FixedKeys, JwtVerifier, SigningKey};
use tower::ServiceExt;

const ISSUER: &str = "https://cognito-idp.ca-central-1.amazonaws.com/ca-central-1_Test";
const CLIENT: &str = "admin-client";

fn router(folder: &std::path::Path, key: &SigningKey) -> axum::Router {
    let organisation =
        Organisation::from_toml(include_str!("../../../config/organisation.toml")).unwrap();
    let services = Services::new(
        organisation,
        Arc::new(plaintes_local::SqliteStore::open(&folder.join("p.sqlite")).unwrap()),
        Arc::new(plaintes_local::FileMailer::new(&folder.join("outbox")).unwrap()),
        Arc::new(SystemClock),
        Arc::new(FixedDirectory(Vec::new())),
    );
    let verifier = JwtVerifier::new(ISSUER, CLIENT, Arc::new(FixedKeys(key.jwk_set())));
    plaintes_http::with_security_headers(plaintes_http::staff_router(services, Arc::new(verifier)))
}

async fn send(router: axum::Router, event: &str) -> (u16, serde_json::Value) {
    let request = lambda_http::request::from_str(event).expect("a valid API Gateway event");
    let response = router.oneshot(request).await.unwrap();
    let status = response.status().as_u16();
    let bytes = axum::body::to_bytes(response.into_body(), 1 << 20)
        .await
        .unwrap();
    (status, serde_json::from_slice(&bytes).unwrap_or_default())
}

#[tokio::test]
async fn a_staff_request_without_a_token_is_refused_with_401() {
    let folder = tempfile::tempdir().unwrap();
    let router = router(folder.path(), &SigningKey::generate().unwrap());
    let event = include_str!("fixtures/apigw-v2-get-staff-complaints.json");
    let (status, problem) = send(router, event).await;
    assert_eq!(status, 401);
    assert_eq!(problem["title"], "Connexion requise");
}

#[tokio::test]
async fn a_director_with_a_valid_id_token_gets_the_list() {
    let folder = tempfile::tempdir().unwrap();
    let key = SigningKey::generate().unwrap();
    let director = StaffMember {
        id: StaffId::new("andreane.m@cjefrontenac.com"),
        email: "andreane.m@cjefrontenac.com".into(),
        name: "Andréane Morin".into(),
        roles: [Role::Direction].into(),
    };
    let now = chrono::Utc::now().timestamp();
    let token = key
        .sign(&id_token_claims(
            &director,
            ISSUER,
            CLIENT,
            now,
            now + 3600,
            "t1",
        ))
        .unwrap();
    let mut event: serde_json::Value =
        serde_json::from_str(include_str!("fixtures/apigw-v2-get-staff-complaints.json")).unwrap();
    event["headers"]["authorization"] = format!("Bearer {token}").into();
    let (status, body) = send(router(folder.path(), &key), &event.to_string()).await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["complaints"], serde_json::json!([]));
}
