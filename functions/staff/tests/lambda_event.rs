//! Until the staff routes exist, the staff function refuses everything.

use std::sync::Arc;

use plaintes_core::ports::{Services, SystemClock};
use plaintes_core::Organisation;
use tower::ServiceExt;

#[tokio::test]
async fn every_staff_request_is_refused_with_401() {
    let folder = tempfile::tempdir().unwrap();
    let organisation =
        Organisation::from_toml(include_str!("../../../config/organisation.toml")).unwrap();
    let services = Services::new(
        organisation,
        Arc::new(plaintes_local::SqliteStore::open(&folder.path().join("p.sqlite")).unwrap()),
        Arc::new(plaintes_local::FileMailer::new(&folder.path().join("outbox")).unwrap()),
        Arc::new(SystemClock),
    );
    let router = plaintes_http::with_security_headers(plaintes_http::staff_router(services));
    let event = include_str!("fixtures/apigw-v2-get-staff-complaints.json");
    let request = lambda_http::request::from_str(event).expect("a valid API Gateway event");
    let response = router.oneshot(request).await.unwrap();
    assert_eq!(response.status(), 401);
    assert_eq!(
        response.headers()["content-type"],
        "application/problem+json"
    );
}
