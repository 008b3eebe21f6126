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
    router_with(folder, key, Vec::new())
}

/// The staff router with `directory` as the staff directory.
fn router_with(
    folder: &std::path::Path,
    key: &SigningKey,
    directory: Vec<StaffMember>,
) -> axum::Router {
    let organisation =
        Organisation::from_toml(include_str!("../../../config/organisation.toml")).unwrap();
    let services = Services::new(
        organisation,
        Arc::new(plaintes_local::SqliteStore::open(&folder.join("p.sqlite")).unwrap()),
        Arc::new(plaintes_local::FileMailer::new(&folder.join("outbox")).unwrap()),
        Arc::new(SystemClock),
        Arc::new(FixedDirectory(directory)),
    );
    let verifier = JwtVerifier::new(ISSUER, CLIENT, Arc::new(FixedKeys(key.jwk_set())));
    let sessions = Arc::new(plaintes_local::SqliteStore::open(&folder.join("s.sqlite")).unwrap());
    plaintes_http::with_security_headers(plaintes_http::staff_router(
        services,
        plaintes_http::StaffAccess {
            authenticator: Arc::new(verifier),
            sessions,
            sign_in: plaintes_http::staff::SignInMethod::Hosted(Arc::new(
                plaintes_http::staff::HostedSignIn::cognito(
                    "https://plaintes.auth.ca-central-1.amazoncognito.com",
                    CLIENT,
                    plaintes_http::staff::ClientSecret::new("secret".into()),
                    "https://plaintes.example",
                ),
            )),
        },
    ))
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

/// The director, known by a `sub` as Cognito gives it.
fn the_director() -> StaffMember {
    member(
        "sub-direction",
        "andreane.m@cjefrontenac.com",
        "Andréane Morin",
        Role::Direction,
    )
}

fn member(sub: &str, email: &str, name: &str, role: Role) -> StaffMember {
    StaffMember {
        id: StaffId::new(sub),
        email: email.into(),
        name: name.into(),
        roles: [role].into(),
    }
}

/// The fixture event as `method path` with `claims` signed by `key`.
fn signed_event(
    key: &SigningKey,
    claims: &serde_json::Value,
    method: &str,
    path: &str,
    body: Option<&serde_json::Value>,
) -> String {
    let token = key.sign(claims).unwrap();
    let mut event: serde_json::Value =
        serde_json::from_str(include_str!("fixtures/apigw-v2-get-staff-complaints.json")).unwrap();
    event["headers"]["authorization"] = format!("Bearer {token}").into();
    event["rawPath"] = path.into();
    event["routeKey"] = format!("{method} {path}").into();
    event["requestContext"]["http"]["method"] = method.into();
    event["requestContext"]["http"]["path"] = path.into();
    if let Some(body) = body {
        event["headers"]["content-type"] = "application/json".into();
        event["headers"]["idempotency-key"] = "identite-changee-1".into();
        event["body"] = body.to_string().into();
        event["isBase64Encoded"] = false.into();
    }
    event.to_string()
}

#[tokio::test]
async fn a_changed_or_unverified_email_gives_no_access_the_stable_id_does_not() {
    let folder = tempfile::tempdir().unwrap();
    let key = SigningKey::generate().unwrap();
    let director = the_director();
    let marc = member("sub-marc", "marc@cjef.example", "Marc Visé", Role::Handler);
    let router = router_with(folder.path(), &key, vec![director.clone(), marc.clone()]);
    let now = chrono::Utc::now().timestamp();
    let claims = |who: &StaffMember| id_token_claims(who, ISSUER, CLIENT, now, now + 3600, "t");
    // The director records a complaint about Marc.
    let intake = serde_json::json!({
        "channel": "telephone", "received_at": "2026-11-27T14:30",
        "name": "Jean Roy", "phone": "418 555-0199", "category": "delais",
        "description": "Il m’a mal parlé.", "consent": true,
        "named_staff": "marc@cjef.example",
    });
    let (status, recorded) = send(
        router.clone(),
        &signed_event(
            &key,
            &claims(&director),
            "POST",
            "/api/staff/complaints",
            Some(&intake),
        ),
    )
    .await;
    assert_eq!(status, 201, "{recorded}");
    let file = format!(
        "/api/staff/complaints/{}",
        recorded["reference"].as_str().unwrap()
    );
    // Marc now says he is the director's address: he is still Marc.
    let mut changed = claims(&marc);
    changed["email"] = director.email.clone().into();
    for (path, expected) in [(file.as_str(), 404), ("/api/staff/reports", 403)] {
        let (status, body) = send(
            router.clone(),
            &signed_event(&key, &changed, "GET", path, None),
        )
        .await;
        assert_eq!(status, expected, "{path}: {body}");
    }
    let (_, me) = send(
        router.clone(),
        &signed_event(&key, &changed, "GET", "/api/staff/me", None),
    )
    .await;
    assert_eq!(me["id"], "sub-marc");
    // An address not verified opens nothing at all.
    let mut unverified = claims(&director);
    unverified["email_verified"] = false.into();
    let (status, _) = send(
        router.clone(),
        &signed_event(&key, &unverified, "GET", &file, None),
    )
    .await;
    assert_eq!(status, 401);
    // The director, as themself, reads it.
    let (status, _) = send(
        router,
        &signed_event(&key, &claims(&director), "GET", &file, None),
    )
    .await;
    assert_eq!(status, 200);
}

/// The fixture event as `method path`, with `cookies` as API Gateway v2
/// hands them to the function (a list beside the headers).
fn page_event(method: &str, path: &str, cookies: &[String]) -> String {
    let mut event: serde_json::Value =
        serde_json::from_str(include_str!("fixtures/apigw-v2-get-staff-complaints.json")).unwrap();
    event["rawPath"] = path.into();
    event["routeKey"] = format!("{method} /admin/{{proxy+}}").into();
    event["requestContext"]["http"]["method"] = method.into();
    event["requestContext"]["http"]["path"] = path.into();
    if !cookies.is_empty() {
        event["cookies"] = serde_json::json!(cookies);
    }
    event.to_string()
}

async fn send_raw(router: axum::Router, event: &str) -> axum::response::Response {
    let request = lambda_http::request::from_str(event).expect("a valid API Gateway event");
    router.oneshot(request).await.unwrap()
}

#[tokio::test]
async fn the_staff_pages_answer_api_gateway_events_with_and_without_the_session_cookie() {
    let folder = tempfile::tempdir().unwrap();
    let key = SigningKey::generate().unwrap();
    let director = the_director();
    let router = router_with(folder.path(), &key, vec![director.clone()]);

    // Without a session, a page (with or without its last slash) asks to sign in.
    for path in ["/admin", "/admin/", "/admin/mesures"] {
        let answer = send_raw(router.clone(), &page_event("GET", path, &[])).await;
        assert_eq!(answer.status(), 303, "{path}");
        let location = answer.headers()["location"].to_str().unwrap();
        assert!(
            location.starts_with("/admin/connexion/?retour="),
            "{location}"
        );
    }
    // The sign-in page leads to the hosted page through the server.
    let answer = send_raw(router.clone(), &page_event("GET", "/admin/connexion", &[])).await;
    assert_eq!(answer.status(), 200);
    let html = axum::body::to_bytes(answer.into_body(), 1 << 20)
        .await
        .unwrap();
    let html = String::from_utf8_lossy(&html);
    assert!(html.contains("href=\"/admin/connexion/organisme/?retour=%2Fadmin%2F\""));

    // An ID token traded for a session; the cookie comes back in the event's list.
    let now = chrono::Utc::now().timestamp();
    let claims = id_token_claims(&director, ISSUER, CLIENT, now, now + 3600, "t");
    let traded = signed_event(&key, &claims, "POST", "/api/staff/session", None);
    let answer = send_raw(router.clone(), &traded).await;
    assert_eq!(answer.status(), 201);
    let cookie = answer.headers()["set-cookie"]
        .to_str()
        .unwrap()
        .split(';')
        .next()
        .unwrap()
        .to_owned();
    assert!(cookie.starts_with("__Host-plaintes-session="));
    let answer = send_raw(router, &page_event("GET", "/admin/mesures/", &[cookie])).await;
    assert_eq!(answer.status(), 200);
    let html = axum::body::to_bytes(answer.into_body(), 1 << 20)
        .await
        .unwrap();
    let html = String::from_utf8_lossy(&html);
    assert!(html.contains("<span id=\"personne-nom\">Andréane Morin</span>"));
    assert!(html.contains("Aucune mesure corrective pour l’instant."));
}
