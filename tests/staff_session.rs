//! Signing in to the staff pages: the server's own form (no script), a
//! session kept in the store and named by an `HttpOnly; Secure;
//! SameSite=Strict` `__Host-` cookie, its limits, and the checks every
//! change sent with it passes (this site, the session's form token).

use chrono::Duration;
use plaintes_core::access::Role;
use plaintes_tests::pages::{
    browser, cookie_of, page_text, sign_in_again, sign_in_form, signed_in,
};
use plaintes_tests::staff::PASSWORD;
use plaintes_tests::{spawn_app, valid_json, TestApp};
use reqwest::header::{COOKIE, LOCATION, SET_COOKIE};
use reqwest::{Method, StatusCode};
use serde_json::{json, Value};

async fn with_cookie(
    app: &TestApp,
    method: Method,
    path: &str,
    cookie: &str,
    token: Option<&str>,
    body: Option<Value>,
) -> (StatusCode, Value) {
    let mut request = browser()
        .request(method, format!("{}{path}", app.address))
        .header(COOKIE, cookie);
    if let Some(token) = token {
        request = request.header("x-plaintes-jeton", token);
    }
    if let Some(body) = body {
        request = request.json(&body);
    }
    let response = request.send().await.unwrap();
    let status = response.status();
    (status, response.json().await.unwrap_or(Value::Null))
}

#[tokio::test]
async fn the_sign_in_form_works_without_a_script_and_sets_a_host_only_http_only_cookie() {
    let app = spawn_app().await;
    let director = app
        .staff("julie@cje.example", "Julie Tremblay", &[Role::Direction])
        .await;
    let page = app
        .get("/admin/connexion/?retour=%2Fadmin%2Fmesures%2F")
        .await;
    assert_eq!(page.status(), 200);
    assert_eq!(page.headers()["cache-control"], "no-store");
    let html = page.text().await.unwrap();
    assert!(html.contains("method=\"post\" action=\"/admin/connexion/\""));
    assert!(html.contains("name=\"suite\" value=\"/admin/mesures/\""));

    let answer = sign_in_form(
        &app,
        &[
            ("email", &director.member.email),
            ("password", PASSWORD),
            ("suite", "/admin/mesures/"),
        ],
    )
    .await;
    assert_eq!(answer.status(), StatusCode::SEE_OTHER);
    assert_eq!(answer.headers()[LOCATION], "/admin/mesures/");
    let set = answer.headers()[SET_COOKIE].to_str().unwrap().to_owned();
    assert!(set.starts_with("__Host-plaintes-session="), "{set}");
    for attribute in [
        "; Path=/",
        "; Secure",
        "; HttpOnly",
        "; SameSite=Strict",
        "; Max-Age=",
    ] {
        assert!(set.contains(attribute), "{set}");
    }
    assert!(!set.to_lowercase().contains("domain"), "{set}");
    let cookie = cookie_of(answer.headers());
    let (status, me) = with_cookie(&app, Method::GET, "/api/staff/me", &cookie, None, None).await;
    assert_eq!(status, 200);
    assert_eq!(me["name"], "Julie Tremblay");

    // The store keeps the secret's digest, never the secret.
    let secret = cookie.split_once('=').unwrap().1.to_owned();
    let database = rusqlite::Connection::open(app.data_dir.path().join("plaintes.sqlite")).unwrap();
    let stored: Vec<String> = database
        .prepare("SELECT key || data FROM staff_sessions")
        .unwrap()
        .query_map([], |row| row.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert_eq!(stored.len(), 1);
    assert!(!stored[0].contains(&secret));

    // Already signed in, the sign-in page leads on.
    let again = browser()
        .get(format!("{}/admin/connexion/?retour=/admin/", app.address))
        .header(COOKIE, &cookie)
        .send()
        .await
        .unwrap();
    assert_eq!(again.status(), StatusCode::SEE_OTHER);
    assert_eq!(again.headers()[LOCATION], "/admin/");
}

#[tokio::test]
async fn a_refused_sign_in_says_why_beside_the_fields_and_keeps_the_address() {
    let app = spawn_app().await;
    app.staff("karim@cje.example", "Karim Haddad", &[Role::Handler])
        .await;
    let empty = sign_in_form(&app, &[("email", ""), ("password", "")]).await;
    assert_eq!(empty.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(empty.headers().get(SET_COOKIE).is_none());
    let html = empty.text().await.unwrap();
    assert!(html.contains("<a href=\"#courriel\">Entrez votre courriel.</a>"));
    assert!(html.contains("<a href=\"#mot-de-passe\">Entrez votre mot de passe.</a>"));

    let wrong = sign_in_form(
        &app,
        &[("email", "karim@cje.example"), ("password", "pas le bon")],
    )
    .await;
    assert_eq!(wrong.status(), StatusCode::UNAUTHORIZED);
    assert!(wrong.headers().get(SET_COOKIE).is_none());
    let html = wrong.text().await.unwrap();
    assert!(html.contains("Courriel ou mot de passe incorrect."));
    assert!(html.contains("value=\"karim@cje.example\""));
    assert!(!html.contains("pas le bon"));

    // Another site may not post passwords in someone's name.
    let foreign = browser()
        .post(format!("{}/admin/connexion/", app.address))
        .header("Sec-Fetch-Site", "cross-site")
        .form(&[("email", "karim@cje.example"), ("password", PASSWORD)])
        .send()
        .await
        .unwrap();
    assert_eq!(foreign.status(), StatusCode::FORBIDDEN);
    assert!(foreign.headers().get(SET_COOKIE).is_none());

    // After signing in, never another site.
    let answer = sign_in_form(
        &app,
        &[
            ("email", "karim@cje.example"),
            ("password", PASSWORD),
            ("suite", "//ailleurs.example/admin/"),
        ],
    )
    .await;
    assert_eq!(answer.headers()[LOCATION], "/admin/");
}

#[tokio::test]
async fn a_change_sent_with_the_cookie_needs_the_form_token_and_this_site() {
    let app = spawn_app().await;
    let director = app
        .staff("julie@cje.example", "Julie Tremblay", &[Role::Direction])
        .await;
    let reference = app.public_complaint(&valid_json()).await;
    let cookie = signed_in(&app, &director.member.email).await;
    let (status, session) =
        with_cookie(&app, Method::GET, "/api/staff/session", &cookie, None, None).await;
    assert_eq!(status, 200);
    let token = session["form_token"].as_str().unwrap().to_owned();
    assert_eq!(session["member"]["roles"], json!(["direction"]));

    let before = app.stored(&reference).await.version;
    let path = format!("/api/staff/complaints/{reference}/naming");
    let body = json!({"version": before, "named_staff": [], "about_director": false});
    let (status, _) =
        with_cookie(&app, Method::PUT, &path, &cookie, None, Some(body.clone())).await;
    assert_eq!(status, StatusCode::FORBIDDEN, "without the token");
    let (status, _) = with_cookie(
        &app,
        Method::PUT,
        &path,
        &cookie,
        Some("0123456789abcdef0123456789abcdef"),
        Some(body.clone()),
    )
    .await;
    assert_eq!(status, StatusCode::FORBIDDEN, "with another token");
    let foreign = browser()
        .put(format!("{}{path}", app.address))
        .header(COOKIE, &cookie)
        .header("x-plaintes-jeton", &token)
        .header("Sec-Fetch-Site", "cross-site")
        .json(&body)
        .send()
        .await
        .unwrap();
    assert_eq!(foreign.status(), StatusCode::FORBIDDEN, "from another site");
    assert_eq!(
        app.stored(&reference).await.version,
        before,
        "nothing changed"
    );
    let (status, file) =
        with_cookie(&app, Method::PUT, &path, &cookie, Some(&token), Some(body)).await;
    assert_eq!(status, 200, "{file}");
    assert_eq!(app.stored(&reference).await.version, before + 1);
}

#[tokio::test]
async fn a_session_ends_when_idle_and_at_its_absolute_limit_whatever_is_done() {
    let app = spawn_app().await;
    let handler = app
        .staff("karim@cje.example", "Karim Haddad", &[Role::Handler])
        .await;
    let settings = app.services.organisation.staff_sessions;
    let cookie = signed_in(&app, &handler.member.email).await;
    let (_, session) =
        with_cookie(&app, Method::GET, "/api/staff/session", &cookie, None, None).await;
    assert_eq!(session["idle_seconds"], settings.idle().num_seconds());

    // Idle just under the limit, then a request: it goes on.
    app.clock
        .set(app.clock_now() + settings.idle() - Duration::minutes(1));
    let (status, _) = with_cookie(&app, Method::GET, "/api/staff/me", &cookie, None, None).await;
    assert_eq!(status, 200);
    // Idle past the limit: over.
    app.clock.set(app.clock_now() + settings.idle());
    let (status, problem) =
        with_cookie(&app, Method::GET, "/api/staff/me", &cookie, None, None).await;
    assert_eq!(status, 401);
    assert_eq!(problem["title"], "Connexion requise");

    // Busy all day: the absolute limit still ends it.
    let cookie = signed_in(&app, &handler.member.email).await;
    let started = app.clock_now();
    let step = settings.idle() - Duration::minutes(5);
    while app.clock_now() + step < started + settings.absolute() {
        app.clock.set(app.clock_now() + step);
        let (status, _) =
            with_cookie(&app, Method::GET, "/api/staff/me", &cookie, None, None).await;
        assert_eq!(status, 200);
    }
    app.clock.set(started + settings.absolute());
    let (status, _) = with_cookie(&app, Method::GET, "/api/staff/me", &cookie, None, None).await;
    assert_eq!(status, 401);
}

#[tokio::test]
async fn signing_out_ends_the_session_for_good() {
    let app = spawn_app().await;
    let handler = app
        .staff("karim@cje.example", "Karim Haddad", &[Role::Handler])
        .await;
    // Through the page's form (no script), with the form token.
    let cookie = signed_in(&app, &handler.member.email).await;
    let (_, session) =
        with_cookie(&app, Method::GET, "/api/staff/session", &cookie, None, None).await;
    let token = session["form_token"].as_str().unwrap();
    let refused = browser()
        .post(format!("{}/admin/deconnexion/", app.address))
        .header(COOKIE, &cookie)
        .form(&[("jeton", "faux")])
        .send()
        .await
        .unwrap();
    assert_eq!(refused.status(), StatusCode::FORBIDDEN);
    let out = browser()
        .post(format!("{}/admin/deconnexion/", app.address))
        .header(COOKIE, &cookie)
        .form(&[("jeton", token)])
        .send()
        .await
        .unwrap();
    assert_eq!(out.status(), StatusCode::SEE_OTHER);
    assert_eq!(out.headers()[LOCATION], "/admin/connexion/?fin=1");
    assert!(out.headers()[SET_COOKIE]
        .to_str()
        .unwrap()
        .contains("Max-Age=0"));
    let (status, _) = with_cookie(&app, Method::GET, "/api/staff/me", &cookie, None, None).await;
    assert_eq!(status, 401);
    let notice = app
        .get("/admin/connexion/?fin=1")
        .await
        .text()
        .await
        .unwrap();
    assert!(notice.contains("Vous avez quitté l’espace du personnel."));

    // From a script, with the token in its header.
    let cookie = signed_in(&app, &handler.member.email).await;
    let (_, session) =
        with_cookie(&app, Method::GET, "/api/staff/session", &cookie, None, None).await;
    let token = session["form_token"].as_str().unwrap().to_owned();
    let (status, _) = with_cookie(
        &app,
        Method::DELETE,
        "/api/staff/session",
        &cookie,
        None,
        None,
    )
    .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let (status, _) = with_cookie(
        &app,
        Method::DELETE,
        "/api/staff/session",
        &cookie,
        Some(&token),
        None,
    )
    .await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    let (status, _) =
        with_cookie(&app, Method::GET, "/api/staff/session", &cookie, None, None).await;
    assert_eq!(status, 401);
}

#[tokio::test]
async fn a_valid_bearer_token_is_traded_for_a_session() {
    let app = spawn_app().await;
    let reception = app
        .staff("lea@cje.example", "Léa Roy", &[Role::Reception])
        .await;
    let none = browser()
        .post(format!("{}/api/staff/session", app.address))
        .send()
        .await
        .unwrap();
    assert_eq!(none.status(), 401);
    let answer = browser()
        .post(format!("{}/api/staff/session", app.address))
        .bearer_auth(&reception.token)
        .send()
        .await
        .unwrap();
    assert_eq!(answer.status(), StatusCode::CREATED);
    let cookie = cookie_of(answer.headers());
    let body: Value = answer.json().await.unwrap();
    assert_eq!(body["member"]["name"], "Léa Roy");
    let (status, me) = with_cookie(&app, Method::GET, "/api/staff/me", &cookie, None, None).await;
    assert_eq!(status, 200);
    assert_eq!(me["roles"], json!(["accueil"]));
}

/// One call to the token endpoint: its `Authorization` and its form.
type Exchange = (String, Vec<(String, String)>);

/// What the stand-in identity provider's token endpoint received.
#[derive(Clone, Default)]
struct Exchanges(std::sync::Arc<std::sync::Mutex<Vec<Exchange>>>);

/// A stand-in for Cognito's token endpoint: it answers `id_token`.
async fn provider(id_token: String, exchanges: Exchanges) -> String {
    use axum::http::HeaderMap as Headers;
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = format!("http://{}", listener.local_addr().unwrap());
    let router = axum::Router::new().route(
        "/oauth2/token",
        axum::routing::post(move |headers: Headers, body: String| {
            let exchanges = exchanges.clone();
            let id_token = id_token.clone();
            async move {
                let authorization = headers
                    .get("authorization")
                    .and_then(|value| value.to_str().ok())
                    .unwrap_or_default()
                    .to_owned();
                let form: Vec<(String, String)> = serde_urlencoded::from_str(&body).unwrap();
                exchanges.0.lock().unwrap().push((authorization, form));
                axum::Json(json!({"id_token": id_token, "access_token": "a", "token_type": "Bearer", "expires_in": 3600}))
            }
        }),
    );
    tokio::spawn(async move { axum::serve(listener, router).await });
    address
}

/// The staff router as the staff function runs it: sign-in through the
/// hosted page of `provider`, this server a confidential client.
async fn hosted_app(app: &TestApp, provider: &str) -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = format!("http://{}", listener.local_addr().unwrap());
    let hosted = plaintes_http::staff::HostedSignIn::new(
        &format!("{provider}/oauth2/authorize"),
        &format!("{provider}/oauth2/token"),
        &format!("{provider}/logout"),
        "client-essai",
        plaintes_http::staff::ClientSecret::new("secret-essai".into()),
        &address,
    );
    let router = plaintes_http::staff_router(
        app.services.clone(),
        plaintes_http::StaffAccess {
            authenticator: app.sessions.clone(),
            sessions: app.sessions.store(),
            sign_in: plaintes_http::staff::SignInMethod::Hosted(std::sync::Arc::new(hosted)),
        },
    );
    tokio::spawn(async move { axum::serve(listener, router).await });
    address
}

fn query_of(location: &str) -> std::collections::HashMap<String, String> {
    let (_, query) = location.split_once('?').unwrap();
    serde_urlencoded::from_str(query).unwrap()
}

#[tokio::test]
async fn with_the_hosted_page_the_code_is_exchanged_by_the_server_with_its_secret() {
    use base64::Engine;
    use sha2::Digest;

    let app = spawn_app().await;
    let director = app
        .staff("julie@cje.example", "Julie Tremblay", &[Role::Direction])
        .await;
    let (id_token, _) = app.sessions.issue(&director.member).unwrap();
    let exchanges = Exchanges::default();
    let provider = provider(id_token.clone(), exchanges.clone()).await;
    let site = hosted_app(&app, &provider).await;

    // The page's button is a link to the server, no script.
    let page = browser()
        .get(format!(
            "{site}/admin/connexion/?retour=%2Fadmin%2Fmesures%2F"
        ))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(page.contains("href=\"/admin/connexion/organisme/?retour=%2Fadmin%2Fmesures%2F\""));
    assert!(!page.contains("mot-de-passe"));

    let leave = browser()
        .get(format!(
            "{site}/admin/connexion/organisme/?retour=%2Fadmin%2Fmesures%2F"
        ))
        .send()
        .await
        .unwrap();
    assert_eq!(leave.status(), StatusCode::SEE_OTHER);
    let location = leave.headers()[LOCATION].to_str().unwrap().to_owned();
    assert!(location.starts_with(&format!("{provider}/oauth2/authorize?")));
    let asked = query_of(&location);
    assert_eq!(asked["response_type"], "code");
    assert_eq!(asked["client_id"], "client-essai");
    assert_eq!(
        asked["redirect_uri"],
        format!("{site}/admin/connexion/retour/")
    );
    assert_eq!(asked["code_challenge_method"], "S256");
    let pending_set = leave.headers()[SET_COOKIE].to_str().unwrap().to_owned();
    assert!(pending_set.starts_with("__Host-plaintes-connexion="));
    assert!(pending_set.contains("HttpOnly") && pending_set.contains("SameSite=Lax"));
    let pending = cookie_of(leave.headers());

    // Another state than the one this browser left with: refused, never exchanged.
    let forged = browser()
        .get(format!(
            "{site}/admin/connexion/retour/?code=vole&state=autre"
        ))
        .header(COOKIE, &pending)
        .send()
        .await
        .unwrap();
    assert_eq!(forged.status(), StatusCode::BAD_REQUEST);
    assert!(forged
        .text()
        .await
        .unwrap()
        .contains("n’a pas pu être vérifiée"));
    let cancelled = browser()
        .get(format!(
            "{site}/admin/connexion/retour/?error=access_denied&state={}",
            asked["state"]
        ))
        .header(COOKIE, &pending)
        .send()
        .await
        .unwrap();
    assert_eq!(cancelled.status(), StatusCode::BAD_REQUEST);
    assert!(exchanges.0.lock().unwrap().is_empty());

    let back = browser()
        .get(format!(
            "{site}/admin/connexion/retour/?code=code-essai&state={}",
            asked["state"]
        ))
        .header(COOKIE, &pending)
        .send()
        .await
        .unwrap();
    assert_eq!(back.status(), StatusCode::OK);
    let cookies: Vec<String> = back
        .headers()
        .get_all(SET_COOKIE)
        .iter()
        .map(|value| value.to_str().unwrap().to_owned())
        .collect();
    let session = cookies
        .iter()
        .find(|set| set.starts_with("__Host-plaintes-session="))
        .expect("a session cookie");
    assert!(session.contains("SameSite=Strict") && session.contains("HttpOnly"));
    assert!(cookies
        .iter()
        .any(|set| set.starts_with("__Host-plaintes-connexion=;") && set.contains("Max-Age=0")));
    let html = back.text().await.unwrap();
    assert!(html.contains("<meta http-equiv=\"refresh\" content=\"0;url=/admin/mesures/\">"));
    assert!(
        !html.contains(&id_token),
        "the token never reaches the browser"
    );

    let exchanged = exchanges.0.lock().unwrap().clone();
    assert_eq!(exchanged.len(), 1);
    let (authorization, form) = &exchanged[0];
    let basic = base64::engine::general_purpose::STANDARD.encode("client-essai:secret-essai");
    assert_eq!(authorization, &format!("Basic {basic}"));
    let field = |name: &str| {
        form.iter()
            .find(|(key, _)| key == name)
            .map(|(_, value)| value.clone())
            .unwrap()
    };
    assert_eq!(field("grant_type"), "authorization_code");
    assert_eq!(field("code"), "code-essai");
    assert_eq!(
        field("redirect_uri"),
        format!("{site}/admin/connexion/retour/")
    );
    let verifier = field("code_verifier");
    assert!(verifier.len() >= 43);
    assert_eq!(
        base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(sha2::Sha256::digest(&verifier)),
        asked["code_challenge"]
    );

    let cookie = session.split(';').next().unwrap().to_owned();
    let me = browser()
        .get(format!("{site}/api/staff/me"))
        .header(COOKIE, &cookie)
        .send()
        .await
        .unwrap();
    assert_eq!(me.status(), 200);

    // Signing out ends the provider's session too.
    let state: Value = browser()
        .get(format!("{site}/api/staff/session"))
        .header(COOKIE, &cookie)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let out = browser()
        .post(format!("{site}/admin/deconnexion/"))
        .header(COOKIE, &cookie)
        .form(&[("jeton", state["form_token"].as_str().unwrap())])
        .send()
        .await
        .unwrap();
    assert_eq!(out.status(), StatusCode::SEE_OTHER);
    let logout = out.headers()[LOCATION].to_str().unwrap();
    assert!(logout.starts_with(&format!("{provider}/logout?")));
    assert_eq!(
        query_of(logout)["logout_uri"],
        format!("{site}/admin/connexion/?fin=1")
    );
}

#[tokio::test]
async fn the_staff_pages_are_rendered_for_the_person_signed_in_and_ask_to_sign_in_otherwise() {
    let app = spawn_app().await;
    app.staff("lea@cje.example", "Léa Roy", &[Role::Reception])
        .await;
    let answer = browser()
        .get(format!("{}/admin/", app.address))
        .send()
        .await
        .unwrap();
    assert_eq!(
        answer.headers()[LOCATION],
        "/admin/connexion/?retour=%2Fadmin%2F"
    );
    let pages = [
        "/admin/nouvelle/",
        "/admin/plainte/?ref=P-2026-0001",
        "/admin/mesures/",
        "/admin/rapports/",
        "/admin/rapports/imprimer/?annee=2026",
    ];
    for page in pages {
        let answer = browser()
            .get(format!("{}{page}", app.address))
            .send()
            .await
            .unwrap();
        assert_eq!(answer.status(), StatusCode::SEE_OTHER, "{page}");
        let location = answer.headers()[LOCATION].to_str().unwrap();
        assert_eq!(query_of(location)["retour"], page, "{page}");
        assert!(location.starts_with("/admin/connexion/?"));
    }
    let cookie = signed_in(&app, "lea@cje.example").await;
    for page in pages {
        let answer = browser()
            .get(format!("{}{page}", app.address))
            .header(COOKIE, &cookie)
            .send()
            .await
            .unwrap();
        // Reception may not read the measures nor the reports: the page
        // says so (403); nor a complaint's file: as for no complaint at
        // all (404).
        let expected = match page {
            "/admin/mesures/" => 403,
            _ if page.starts_with("/admin/rapports/") => 403,
            _ if page.starts_with("/admin/plainte/") => 404,
            _ => 200,
        };
        assert_eq!(answer.status(), expected, "{page}");
        assert_eq!(answer.headers()["cache-control"], "no-store");
        let html = answer.text().await.unwrap();
        if page == "/admin/mesures/" {
            assert!(html
                .contains("Votre rôle ne vous permet pas de consulter les mesures correctives."));
        } else if expected == 403 {
            assert!(html.contains(
                "Les rapports sont réservés à la direction et au conseil d’administration."
            ));
        }
        assert!(
            html.contains("<span id=\"personne-nom\">Léa Roy</span>"),
            "{page}"
        );
        // Reception's menu: recording a complaint, nothing to read.
        assert!(html.contains("href=\"/admin/nouvelle/\""), "{page}");
        assert!(!html.contains("<li><a href=\"/admin/\""), "{page}");
        assert!(!html.contains("<li><a href=\"/admin/rapports/\""), "{page}");
    }

    // A session that has ended says so on the way to the sign-in page.
    app.clock
        .set(app.clock_now() + app.services.organisation.staff_sessions.absolute());
    let answer = browser()
        .get(format!("{}/admin/mesures/", app.address))
        .header(COOKIE, &cookie)
        .send()
        .await
        .unwrap();
    let location = answer.headers()[LOCATION].to_str().unwrap().to_owned();
    assert_eq!(query_of(&location)["fin"], "expiree");
    let html = app.get(&location).await.text().await.unwrap();
    assert!(html.contains("Votre session a pris fin."));
    assert!(html.contains("name=\"suite\" value=\"/admin/mesures/\""));
}

#[tokio::test]
async fn the_list_page_is_the_servers_filtered_by_a_plain_form() {
    let app = spawn_app().await;
    let director = app
        .staff("julie@cje.example", "Julie Tremblay", &[Role::Direction])
        .await;
    app.staff("karim@cje.example", "Karim <b>Haddad</b>", &[Role::Handler])
        .await;
    let web = app.public_complaint(&valid_json()).await;
    let phone = app
        .intake(
            &director,
            &plaintes_tests::staff::phone_intake("2026-11-27T20:00", ""),
            "liste-page-1",
        )
        .await
        .expect(201)["reference"]
        .as_str()
        .unwrap()
        .to_owned();
    let cookie = signed_in(&app, &director.member.email).await;
    let page = |query: &'static str| page_text(&app, cookie.clone(), format!("/admin/{query}"));
    let all = page("").await;
    for reference in [&web, &phone] {
        assert!(
            all.contains(&format!(
                "<a href=\"/admin/plainte/?ref={reference}\">{reference}</a>"
            )),
            "{reference}"
        );
    }
    assert!(all.contains("2 plaintes, de la plus urgente à la moins urgente."));
    assert!(all.contains("<td data-label=\"Reçue par\">Téléphone</td>"));
    // The managers to filter by, their names as text.
    assert!(all.contains("Karim &#60;b&#62;Haddad&#60;/b&#62;"));
    assert!(!all.contains("<b>Haddad</b>"));

    let by_phone = page("?channel=telephone").await;
    assert!(by_phone.contains(&phone));
    assert!(!by_phone.contains(&format!("ref={web}")));
    assert!(by_phone.contains("1 plainte pour ces filtres."));
    assert!(by_phone.contains("<option value=\"telephone\" selected>"));
    let nobody = page("?handler=aucun&overdue=true").await;
    assert!(nobody.contains("Aucune plainte pour ces filtres."));

    // Reception records complaints and reads none: on to the intake form.
    app.staff("lea@cje.example", "Léa Roy", &[Role::Reception])
        .await;
    let reception = signed_in(&app, "lea@cje.example").await;
    let answer = browser()
        .get(format!("{}/admin/", app.address))
        .header(COOKIE, reception)
        .send()
        .await
        .unwrap();
    assert_eq!(answer.status(), StatusCode::SEE_OTHER);
    assert_eq!(answer.headers()[LOCATION], "/admin/nouvelle/");
}

#[tokio::test]
async fn a_form_posted_after_the_session_ended_is_shown_again_filled_after_signing_in() {
    let app = spawn_app().await;
    let director = app
        .staff("julie@cje.example", "Julie Tremblay", &[Role::Direction])
        .await;
    let reference = app.public_complaint(&valid_json()).await;
    let page = format!("/admin/plainte/?ref={reference}");
    let letter = "Bonjour,\n\nNous avons revu votre dossier <b>avec soin</b> & nous…";
    let token_of = |cookie: String| {
        let app = &app;
        async move {
            let (_, session) =
                with_cookie(app, Method::GET, "/api/staff/session", &cookie, None, None).await;
            session["form_token"].as_str().unwrap().to_owned()
        }
    };
    // The letter, sent from the file page with the session's cookie.
    let send = |cookie: String, token: String| {
        let app = &app;
        let page = page.clone();
        async move {
            let answer = plaintes_tests::pages::post_page(
                app,
                &page,
                &cookie,
                &[
                    ("jeton", token.as_str()),
                    ("etape", "respond"),
                    ("version", "1"),
                    ("body", letter),
                    ("means", "email"),
                ],
            )
            .await;
            assert_eq!(answer.status(), StatusCode::SEE_OTHER);
            let location = answer.headers()[LOCATION].to_str().unwrap().to_owned();
            assert!(location.starts_with("/admin/connexion/?"), "{location}");
            assert_eq!(query_of(&location)["retour"], page);
        }
    };
    let idle = app.services.organisation.staff_sessions.idle();
    let kept = "Votre session avait pris fin.";

    // The session ends; a form sent with another token is not kept.
    let cookie = signed_in(&app, &director.member.email).await;
    let token = token_of(cookie.clone()).await;
    app.clock.set(app.clock_now() + idle + Duration::minutes(1));
    let (status, _) = with_cookie(
        &app,
        Method::POST,
        &format!("/api/staff/complaints/{reference}/response"),
        &cookie,
        Some(&token),
        Some(json!({"version": 1, "body": letter, "means": "email"})),
    )
    .await;
    assert_eq!(status, 401);
    send(cookie.clone(), "faux".into()).await;
    let answer = sign_in_again(&app, &cookie, &director.member.email, &page).await;
    let cookie = cookie_of(answer.headers());
    assert!(!page_text(&app, cookie.clone(), page.clone())
        .await
        .contains(kept));

    // The session ends while the letter is being written: sent with its
    // token, it is kept, and signing in again in the same browser takes it over.
    let token = token_of(cookie.clone()).await;
    app.clock.set(app.clock_now() + idle + Duration::minutes(1));
    send(cookie.clone(), token.clone()).await;
    let answer = sign_in_again(&app, &cookie, &director.member.email, &page).await;
    assert_eq!(answer.headers()[LOCATION], page.as_str());
    let fresh = cookie_of(answer.headers());
    let open = |cookie: String, path: String| page_text(&app, cookie, path);
    // Another page does not take it.
    assert!(!open(fresh.clone(), "/admin/mesures/".into())
        .await
        .contains(kept));
    let html = open(fresh.clone(), page.clone()).await;
    assert!(html.contains(kept));
    // The file page shows it itself, escaped, with the new session's
    // token and not the old one. The response is not open yet to the
    // director (no decision): the letter is given back as text to copy.
    let escaped =
        "Bonjour,\n\nNous avons revu votre dossier &#60;b&#62;avec soin&#60;/b&#62; &#38; nous…";
    let notice = &html[html.find("id=\"formulaire-garde\"").expect("the kept form")..];
    assert!(
        notice.contains(&format!("<p class=\"texte-libre\">{escaped}</p>")),
        "the letter is given back"
    );
    assert!(!html.contains("data-action=\"respond\""));
    assert!(
        !html.contains("<b>avec soin"),
        "the letter is escaped in the page"
    );
    assert!(
        !html.contains(&token),
        "the ended session's token is not shown"
    );
    // Shown once.
    assert!(!open(fresh.clone(), page.clone()).await.contains(kept));

    // A session ended by signing out keeps nothing.
    let token = token_of(fresh.clone()).await;
    let (status, _) = with_cookie(
        &app,
        Method::DELETE,
        "/api/staff/session",
        &fresh,
        Some(&token),
        None,
    )
    .await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    send(fresh.clone(), token).await;
    let answer = sign_in_again(&app, &fresh, &director.member.email, &page).await;
    let after = cookie_of(answer.headers());
    assert!(!open(after, page.clone()).await.contains(kept));
}

#[tokio::test]
async fn the_measures_page_is_the_servers_with_each_state_in_words() {
    let app = spawn_app().await;
    // The whole procedure leaves one corrective measure, done.
    plaintes_tests::staff::whole_procedure(&app).await;
    let cookie = signed_in(&app, "andreane.m@cjefrontenac.com").await;
    let html = page_text(&app, cookie.clone(), "/admin/mesures/".into()).await;
    assert!(html.contains("1 mesure corrective."), "{html}");
    assert!(html.contains(
        "<th scope=\"row\" data-label=\"Mesure\">Horaire de l’accueil revu pour les lundis.</th>"
    ));
    assert!(html.contains("<td data-label=\"Qui s’en occupe\">Coordination</td>"));
    assert!(html.contains("<span class=\"badge badge-met\">Faite le 27\u{a0}novembre 2026</span>"));
    assert!(html.contains("href=\"/admin/plainte/?ref=P-2026-0001\""));
    // The JSON for programs says the same words.
    let (status, list) = with_cookie(
        &app,
        Method::GET,
        "/api/staff/measures",
        &cookie,
        None,
        None,
    )
    .await;
    assert_eq!(status, 200);
    assert_eq!(
        list["measures"][0]["state_label"],
        "Faite le 27\u{a0}novembre 2026"
    );
    assert_eq!(list["measures"][0]["look"], "met");
}

#[tokio::test]
async fn a_page_of_another_site_cannot_sign_the_person_out() {
    let app = spawn_app().await;
    let director = app.director().await;
    let cookie = signed_in(&app, &director.member.email).await;
    // The browser sends no cookie with another site's post (SameSite=Strict),
    // and the answer must not clear it either: neither the page nor the API.
    for (method, path) in [
        (Method::POST, "/admin/deconnexion/"),
        (Method::DELETE, "/api/staff/session"),
    ] {
        let answer = browser()
            .request(method, format!("{}{path}", app.address))
            .header("Sec-Fetch-Site", "cross-site")
            .header("Origin", "http://ailleurs.example")
            .send()
            .await
            .unwrap();
        assert_eq!(answer.status(), StatusCode::FORBIDDEN, "{path}");
        assert!(
            answer.headers().get(reqwest::header::SET_COOKIE).is_none(),
            "{path}: the cookie is left alone"
        );
    }
    let (status, _) =
        with_cookie(&app, Method::GET, "/api/staff/session", &cookie, None, None).await;
    assert_eq!(status, 200, "still signed in");
}
