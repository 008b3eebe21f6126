//! The public surface end to end: the site, the complaint form and the JSON
//! API, on a real port with a real SQLite file and a real outbox folder.

use mail_parser::MessageParser;
use plaintes_core::lifecycle::Status;
use plaintes_core::outbox;
use plaintes_tests::{spawn_app, valid_form, valid_json};
use serde_json::{json, Value};

const REFERENCE: &str = "P-2026-0001";

async fn problem(response: reqwest::Response) -> Value {
    assert_eq!(
        response.headers()["content-type"],
        "application/problem+json"
    );
    response.json().await.unwrap()
}

fn error_fields(problem: &Value) -> Vec<String> {
    problem["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|error| error["field"].as_str().unwrap().to_string())
        .collect()
}

#[tokio::test]
async fn the_site_is_served_in_french_with_security_headers() {
    let app = spawn_app().await;
    for path in ["/", "/politique/", "/porter-plainte/", "/confidentialite/"] {
        let response = app.get(path).await;
        assert_eq!(response.status(), 200, "{path}");
        let csp = response.headers()["content-security-policy"]
            .to_str()
            .unwrap()
            .to_string();
        assert!(
            csp.contains("default-src 'self'") && !csp.contains("unsafe-inline"),
            "{csp}"
        );
        assert_eq!(response.headers()["x-frame-options"], "DENY");
        assert!(response.headers().contains_key("strict-transport-security"));
        let page = response.text().await.unwrap();
        assert!(page.contains("lang=\"fr-CA\""), "{path}");
    }
    let missing = app.get("/nulle-part/").await;
    assert_eq!(missing.status(), 404);
    assert!(missing.text().await.unwrap().contains("lang=\"fr-CA\""));
}

#[tokio::test]
async fn a_json_complaint_is_recorded_with_its_reference_code_and_deadlines() {
    let app = spawn_app().await;
    let response = app.post_json(&valid_json()).await;
    assert_eq!(response.status(), 201);
    let receipt: Value = response.json().await.unwrap();
    assert_eq!(receipt["reference"], REFERENCE);
    assert_eq!(receipt["access_code"].as_str().unwrap().len(), 32);
    assert_eq!(receipt["received_at"], "2026-11-28T02:00:00Z");
    // Friday 21:00 + 48 hours; the 10th business day after Friday 27 November
    // is Friday 11 December, due at its last second in Quebec.
    assert_eq!(receipt["acknowledgement_due"], "2026-11-30T02:00:00Z");
    assert_eq!(receipt["response_due"], "2026-12-12T04:59:59Z");
    assert_eq!(receipt["already_received"], false);

    let stored = app.stored(REFERENCE).await;
    assert_eq!(stored.description.as_str(), valid_json()["description"]);
}

#[tokio::test]
async fn each_wrong_json_field_gets_a_422_with_a_french_message() {
    let app = spawn_app().await;
    let cases: [(&str, Value, &str); 9] = [
        ("name", json!(""), "Indiquez votre nom"),
        (
            "email",
            json!("amina.example.com"),
            "adresse courriel ne semble pas valide",
        ),
        (
            "phone",
            json!("555"),
            "numéro de téléphone ne semble pas valide",
        ),
        ("category", json!("meteo"), "Choisissez une des catégories"),
        ("service", json!("piscine"), "Ce service n’existe pas"),
        ("description", json!("   "), "Décrivez ce qui s’est passé"),
        ("desired_outcome", json!("x".repeat(2001)), "trop long"),
        ("consent", json!(false), "votre accord"),
        ("anonymous", json!("peut-être"), "true ou false"),
    ];
    for (field, value, message) in cases {
        let mut body = valid_json();
        body[field] = value;
        let response = app.post_json(&body).await;
        assert_eq!(response.status(), 422, "{field}");
        let problem = problem(response).await;
        assert_eq!(error_fields(&problem), [field], "{field}");
        let text = problem["errors"][0]["message"].as_str().unwrap();
        assert!(text.contains(message), "{field}: {text}");
        assert_eq!(problem["status"], 422);
    }
    assert_eq!(app.complaint_count(2026).await, 0, "nothing is stored");
}

#[tokio::test]
async fn a_complaint_without_any_way_to_reach_the_person_is_refused_unless_anonymous() {
    let app = spawn_app().await;
    let mut body = valid_json();
    body["email"] = json!("");
    body["phone"] = Value::Null;
    let response = app.post_json(&body).await;
    assert_eq!(response.status(), 422);
    assert_eq!(error_fields(&problem(response).await), ["email"]);

    let anonymous = json!({
        "anonymous": true,
        "category": "autre",
        "description": "Les toilettes étaient fermées toute la journée.",
        "consent": true
    });
    let response = app.post_json(&anonymous).await;
    assert_eq!(response.status(), 201);
    assert!(app.outbox().is_empty(), "nobody to write to");
    let stored = app.stored(REFERENCE).await;
    assert_eq!(
        stored.status,
        Status::Acknowledged,
        "the confirmation page acknowledges it"
    );
}

#[tokio::test]
async fn unreadable_bodies_get_a_4xx_problem() {
    let app = spawn_app().await;
    let response = app
        .post_raw("application/json", b"{pas du json".to_vec())
        .await;
    assert_eq!(response.status(), 400);
    assert_eq!(problem(response).await["title"], "Requête illisible");
    let response = app.post_raw("application/json", b"[1, 2]".to_vec()).await;
    assert_eq!(response.status(), 400);
    let response = app.post_raw("text/plain", b"bonjour".to_vec()).await;
    assert_eq!(response.status(), 415);
    let response = app
        .client
        .post(format!("{}/api/complaints", app.address))
        .header("Idempotency-Key", "court")
        .json(&valid_json())
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 400);
    assert_eq!(app.complaint_count(2026).await, 0);
}

#[tokio::test]
async fn a_retried_json_submission_returns_the_first_complaint() {
    let app = spawn_app().await;
    let key = "3c5e7a90-1b2d-4f6e-8a9c-0d1e2f3a4b5c";
    let first = app.post_json_with_key(&valid_json(), key).await;
    assert_eq!(first.status(), 201);
    let first: Value = first.json().await.unwrap();
    let again = app.post_json_with_key(&valid_json(), key).await;
    assert_eq!(again.status(), 200);
    let again: Value = again.json().await.unwrap();
    assert_eq!(again["reference"], first["reference"]);
    assert_eq!(
        again["access_code"],
        Value::Null,
        "the code is never shown twice"
    );
    assert_eq!(again["already_received"], true);
    assert_eq!(app.complaint_count(2026).await, 1);
    assert_eq!(app.outbox().len(), 1, "one acknowledgement only");

    let other = app
        .post_json_with_key(&valid_json(), "7d8e9f00-1a2b-4c3d-9e8f-7a6b5c4d3e2f")
        .await;
    assert_eq!(other.status(), 201, "another key is another complaint");
}

#[tokio::test]
async fn the_same_json_sent_twice_without_a_key_is_one_complaint() {
    let app = spawn_app().await;
    assert_eq!(app.post_json(&valid_json()).await.status(), 201);
    assert_eq!(app.post_json(&valid_json()).await.status(), 200);
    assert_eq!(app.complaint_count(2026).await, 1);
}

#[tokio::test]
async fn a_form_post_shows_a_french_confirmation_with_reference_code_and_dates() {
    let app = spawn_app().await;
    let response = app.post_form(&valid_form()).await;
    assert_eq!(response.status(), 201);
    assert!(response.headers()["content-type"]
        .to_str()
        .unwrap()
        .starts_with("text/html"));
    let page = response.text().await.unwrap();
    assert!(page.contains(REFERENCE), "{page}");
    assert!(page.contains("vendredi 11\u{a0}décembre 2026"), "{page}");
    assert!(page.contains("29\u{a0}novembre 2026 à 21\u{a0}h"), "{page}");
    let code_shown = regex_like_code(&page);
    assert!(code_shown, "an access code is shown");
}

/// Whether the page shows a code of seven dash-separated groups.
fn regex_like_code(page: &str) -> bool {
    page.split(|c: char| !(c.is_ascii_alphanumeric() || c == '-'))
        .any(|word| {
            let groups: Vec<&str> = word.split('-').collect();
            groups.len() == 7 && groups[..6].iter().all(|g| g.len() == 4) && groups[6].len() == 2
        })
}

#[tokio::test]
async fn a_wrong_form_comes_back_with_the_values_kept_and_a_message_beside_each_field() {
    let app = spawn_app().await;
    let mut form = valid_form();
    form[1] = ("email", "amina.example.com");
    form[3] = ("category", "");
    form[7] = ("consent", "");
    let response = app.post_form(&form).await;
    assert_eq!(response.status(), 422);
    let page = response.text().await.unwrap();
    assert!(
        page.contains("value=\"amina.example.com\""),
        "the e-mail is kept"
    );
    assert!(
        page.contains("J’attends un rendez-vous depuis trois semaines."),
        "the text is kept"
    );
    assert!(page.contains("Amina Diallo"));
    for field in ["email", "category", "consent"] {
        assert!(page.contains(&format!("id=\"{field}-erreur\"")), "{field}");
    }
    assert!(
        !page.contains("id=\"name-erreur\""),
        "a right field has no message"
    );
    assert!(page.contains("Cette adresse courriel ne semble pas valide"));
    assert!(page.contains("Choisissez ce qui décrit le mieux votre plainte."));
    assert_eq!(app.complaint_count(2026).await, 0);
}

#[tokio::test]
async fn a_form_sent_twice_with_its_token_is_one_complaint() {
    let app = spawn_app().await;
    assert_eq!(app.post_form(&valid_form()).await.status(), 201);
    let again = app.post_form(&valid_form()).await;
    assert_eq!(again.status(), 200);
    let page = again.text().await.unwrap();
    assert!(page.contains(REFERENCE));
    assert!(!regex_like_code(&page), "the code is not shown again");
    assert_eq!(app.complaint_count(2026).await, 1);
}

#[tokio::test]
async fn a_form_sent_twice_without_javascript_is_one_complaint() {
    let app = spawn_app().await;
    let mut form = valid_form();
    form[8] = ("token", "");
    assert_eq!(app.post_form(&form).await.status(), 201);
    assert_eq!(app.post_form(&form).await.status(), 200);
    assert_eq!(app.complaint_count(2026).await, 1);
}

#[tokio::test]
async fn a_body_over_64_kib_is_refused_with_413_and_nothing_is_stored() {
    let app = spawn_app().await;
    let mut body = valid_json();
    body["description"] = json!("a".repeat(70 * 1024));
    let response = app.post_json(&body).await;
    assert_eq!(response.status(), 413);
    let refused = problem(response).await;
    assert_eq!(refused["title"], "Plainte trop longue");
    assert!(refused["detail"]
        .as_str()
        .unwrap()
        .starts_with("Votre texte est trop long pour être envoyé."));

    let long = "a".repeat(70 * 1024);
    let mut form = valid_form();
    form[5] = ("description", &long);
    let response = app.post_form(&form).await;
    assert_eq!(response.status(), 413);
    assert!(response
        .text()
        .await
        .unwrap()
        .contains("Plainte trop longue"));
    assert_eq!(app.complaint_count(2026).await, 0);
}

#[tokio::test]
async fn a_bot_filling_the_hidden_field_is_dropped_silently_and_people_are_not() {
    let app = spawn_app().await;
    let mut form = valid_form();
    form[9] = ("site_web", "http://spam.example");
    let response = app.post_form(&form).await;
    assert_eq!(response.status(), 200);
    assert!(!response.text().await.unwrap().contains(REFERENCE));
    assert_eq!(app.complaint_count(2026).await, 0);
    assert!(app.outbox().is_empty());

    let person = app.post_form(&valid_form()).await;
    assert_eq!(person.status(), 201);
    assert_eq!(app.complaint_count(2026).await, 1);
}

#[tokio::test]
async fn the_acknowledgement_is_written_as_an_eml_with_both_parts() {
    let app = spawn_app().await;
    let receipt: Value = app.post_json(&valid_json()).await.json().await.unwrap();
    let outbox = app.outbox();
    assert_eq!(outbox.len(), 1);
    let raw = String::from_utf8(outbox[0].clone()).unwrap();
    assert!(raw.contains("MIME-Version: 1.0"));
    assert!(raw.contains("multipart/alternative"));
    let mail = MessageParser::default().parse(&outbox[0]).unwrap();
    assert_eq!(
        mail.subject().unwrap(),
        "Nous avons bien reçu votre plainte P-2026-0001"
    );
    assert_eq!(
        mail.to().unwrap().first().unwrap().address().unwrap(),
        "amina@example.com"
    );
    let text = mail.body_text(0).unwrap();
    let html = mail.body_html(0).unwrap();
    let code = receipt["access_code"].as_str().unwrap();
    for part in [&text, &html] {
        assert!(part.contains(REFERENCE));
        assert!(part.contains("vendredi 11\u{a0}décembre 2026"), "{part}");
        assert!(part.contains(code));
        assert!(part.contains("andreane.m@cjefrontenac.com"));
        assert!(part.contains("/politique/"));
        // True whichever way the complaint came (a call, a visit, a letter).
        assert!(part.contains("Merci de nous en avoir fait part"), "{part}");
        assert!(!part.contains("nous avoir écrit"));
    }
    assert!(html.contains("<strong>"), "the HTML part is HTML");
    assert!(!text.contains("<p>"), "the text part is text");

    let stored = app.stored(REFERENCE).await;
    assert_eq!(stored.status, Status::Acknowledged);
    assert_eq!(
        stored.acknowledged_at,
        Some(plaintes_tests::at(plaintes_tests::FRIDAY_EVENING))
    );
}

#[tokio::test]
async fn an_acknowledgement_that_cannot_be_sent_stays_queued_and_leaves_on_retry() {
    let app = spawn_app().await;
    // The outbox folder replaced by a file: every write into it fails.
    std::fs::remove_dir_all(app.outbox_dir()).unwrap();
    std::fs::write(app.outbox_dir(), b"").unwrap();
    let response = app.post_json(&valid_json()).await;
    assert_eq!(response.status(), 201, "the complaint is kept all the same");
    let stored = app.stored(REFERENCE).await;
    assert_eq!(stored.status, Status::Received);

    std::fs::remove_file(app.outbox_dir()).unwrap();
    std::fs::create_dir(app.outbox_dir()).unwrap();
    app.clock
        .set(plaintes_tests::at("2026-11-27T21:10:00-05:00"));
    let report = outbox::dispatch(&app.services, outbox::BATCH)
        .await
        .unwrap();
    assert_eq!(report.sent, 1);
    assert_eq!(app.outbox().len(), 1);
    let stored = app.stored(REFERENCE).await;
    assert_eq!(stored.status, Status::Acknowledged);
}

#[tokio::test]
async fn the_openapi_document_describes_the_submission() {
    let app = spawn_app().await;
    let response = app.get("/api/openapi.json").await;
    assert_eq!(response.status(), 200);
    let document: Value = response.json().await.unwrap();
    assert!(document["openapi"].as_str().unwrap().starts_with("3.1"));
    let post = &document["paths"]["/api/complaints"]["post"];
    for status in ["201", "200", "413", "422"] {
        assert!(post["responses"][status].is_object(), "{status}");
    }
    assert!(document["components"]["schemas"]["Receipt"]["properties"]["access_code"].is_object());
}

#[tokio::test]
async fn every_answer_that_carries_an_access_code_is_never_cached() {
    let app = spawn_app().await;
    let json = app.post_json(&valid_json()).await;
    assert_eq!(json.status(), 201);
    assert_eq!(json.headers()["cache-control"], "no-store");
    let page = app.post_form(&valid_form()).await;
    assert_eq!(page.status(), 201);
    assert_eq!(page.headers()["cache-control"], "no-store");
    // Staff answers too: an intake gives a code to pass on.
    let reception = app
        .staff(
            "accueil@cjef.example",
            "Léa Accueil",
            &[plaintes_core::access::Role::Reception],
        )
        .await;
    let intake = app
        .client
        .post(format!("{}/api/staff/complaints", app.address))
        .bearer_auth(&reception.token)
        .header("Idempotency-Key", "intake-no-store-1")
        .json(&plaintes_tests::staff::phone_intake("2026-11-27T14:30", ""))
        .send()
        .await
        .unwrap();
    assert_eq!(intake.status(), 201);
    assert_eq!(intake.headers()["cache-control"], "no-store");
    // The public site's pages stay cacheable as before.
    let home = app.get("/").await;
    assert_ne!(
        home.headers()
            .get("cache-control")
            .map(|value| value.to_str().unwrap()),
        Some("no-store")
    );
}

#[tokio::test]
async fn a_burst_of_submissions_to_one_address_is_stored_whole_and_mailed_within_the_limit() {
    let app = spawn_app().await;
    let limit = outbox::PUBLIC_MAIL_PER_RECIPIENT as usize;
    let mut references = Vec::new();
    for n in 0..limit + 4 {
        let mut body = valid_json();
        body["name"] = json!(format!("Gagnez un prix\u{a0}: cliquez ici {n}"));
        body["description"] = json!(format!("Plainte numéro {n} d’une rafale."));
        let response = app.post_json(&body).await;
        assert_eq!(response.status(), 201, "every complaint is answered");
        let receipt: Value = response.json().await.unwrap();
        assert!(receipt["access_code"].is_string());
        references.push(receipt["reference"].as_str().unwrap().to_owned());
    }
    // Every one is stored and acknowledged (by mail, or by its page).
    for reference in &references {
        let stored = app.stored(reference).await;
        assert_eq!(stored.status, Status::Acknowledged, "{reference}");
    }
    let sent = app.outbox();
    assert_eq!(sent.len(), limit, "only the limit leaves at once");
    for raw in &sent {
        let message = MessageParser::default().parse(raw).unwrap();
        let text = message.body_text(0).unwrap();
        assert!(text.starts_with("Bonjour,"), "{text}");
        assert!(
            !text.contains("Gagnez un prix"),
            "the typed name is never mailed: {text}"
        );
    }
    // One more goes the next morning, once; the others never.
    for morning in ["2026-11-28T08:01:00-05:00", "2026-11-29T08:01:00-05:00"] {
        app.clock.set(plaintes_tests::at(morning));
        outbox::dispatch(&app.services, 50).await.unwrap();
    }
    assert_eq!(app.outbox().len(), limit + 1);
}

/// The methods a path answers, as the router says when asked with one it
/// does not route (`405` and `Allow`).
async fn methods_served(
    app: &plaintes_tests::TestApp,
    path: &str,
) -> std::collections::BTreeSet<String> {
    let concrete = path.replace("{reference}", REFERENCE).replace("{id}", "1");
    let answer = app
        .client
        .request(reqwest::Method::PATCH, format!("{}{concrete}", app.address))
        .send()
        .await
        .unwrap();
    assert_eq!(answer.status(), 405, "{path}: PATCH is routed nowhere");
    answer.headers()["allow"]
        .to_str()
        .unwrap()
        .split(',')
        .map(|method| method.trim().to_ascii_lowercase())
        // axum answers HEAD wherever it answers GET.
        .filter(|method| method != "head")
        .collect()
}

#[tokio::test]
async fn every_route_served_is_in_the_openapi_document_and_every_route_documented_is_served() {
    use utoipa::OpenApi as _;
    let app = spawn_app().await;
    let document = plaintes_local::serve::openapi();
    let documented: std::collections::BTreeMap<String, std::collections::BTreeSet<String>> =
        document
            .paths
            .paths
            .iter()
            .map(|(path, item)| {
                let methods = serde_json::to_value(item)
                    .unwrap()
                    .as_object()
                    .unwrap()
                    .keys()
                    .filter(|key| ["get", "post", "put", "delete", "patch"].contains(&key.as_str()))
                    .cloned()
                    .collect();
                (path.clone(), methods)
            })
            .collect();
    let served: std::collections::BTreeSet<String> = plaintes_http::public::paths()
        .into_iter()
        .chain(plaintes_http::staff::paths())
        .chain(plaintes_local::sessions::session_paths())
        .collect();
    let documented_paths: std::collections::BTreeSet<String> = documented.keys().cloned().collect();
    assert_eq!(
        served.difference(&documented_paths).collect::<Vec<_>>(),
        Vec::<&String>::new(),
        "served but not documented"
    );
    assert_eq!(
        documented_paths.difference(&served).collect::<Vec<_>>(),
        Vec::<&String>::new(),
        "documented but not served"
    );
    // Each path answers exactly the methods the document gives it.
    for (path, methods) in &documented {
        assert_eq!(&methods_served(&app, path).await, methods, "{path}");
    }
    // The client's file documents its refusals on every route that opens it.
    let json = serde_json::to_value(&document).unwrap();
    for path in plaintes_http::client::paths() {
        let responses = &json["paths"][path.as_str()]["post"]["responses"];
        let statuses: &[&str] = if path == "/api/suivi/code-perdu" {
            // The same page whatever was sent or happened: nobody learns
            // whether a reference exists (see `lost_code`).
            assert_eq!(responses.as_object().unwrap().len(), 1, "{path}");
            &["200"]
        } else {
            &["200", "403", "429", "503"]
        };
        for status in statuses {
            assert!(
                responses[*status]["content"]["text/html"].is_object()
                    || responses[*status]["content"]["application/json"].is_object(),
                "{path} {status}"
            );
        }
    }
    // The document `plaintes serve` serves is this one, its local sign-in
    // included; the Lambdas serve the product's, without it.
    let served: Value = app.get("/api/openapi.json").await.json().await.unwrap();
    assert_eq!(served, serde_json::to_value(&document).unwrap());
    assert!(served["paths"]["/api/session"]["post"].is_object());
    let product = serde_json::to_value(plaintes_http::openapi::ApiDoc::openapi()).unwrap();
    assert!(product["paths"]["/api/session"].is_null());
}

#[tokio::test]
async fn every_json_answer_of_the_tests_is_checked_against_its_schema_in_the_document() {
    let app = spawn_app().await;
    assert_eq!(app.post_json(&valid_json()).await.status(), 201);
    assert_eq!(
        app.post_json(&serde_json::json!({"consent": "oui"}))
            .await
            .status(),
        422
    );
    assert_eq!(app.get("/api/staff/me").await.status(), 401);
    assert!(
        app.answers.checked() >= 3,
        "the receipt, the problem and the refusal were checked"
    );
    assert!(app.answers.violations().is_empty());

    // And what would part from the document is caught.
    let checker = &app.answers;
    let json = "application/json";
    let caught =
        |result: Result<bool, plaintes_tests::answers::Violation>| result.expect_err("caught").0;
    let wrong = caught(checker.check(
        "POST",
        "/api/complaints",
        201,
        json,
        br#"{"reference": 12}"#,
    ));
    assert!(wrong.contains("POST /api/complaints → 201"), "{wrong}");
    let status = caught(checker.check("POST", "/api/complaints", 418, json, b"{}"));
    assert!(status.contains("status 418"), "{status}");
    let unknown = caught(checker.check(
        "GET",
        "/api/inconnue",
        500,
        "application/problem+json",
        b"{}",
    ));
    assert!(unknown.contains("not in the document"), "{unknown}");
    let method = caught(checker.check("DELETE", "/api/complaints", 200, json, b"{}"));
    assert!(method.contains("no DELETE"), "{method}");
    // Pages and the site's own files are not JSON answers of the API.
    assert!(!checker
        .check("GET", "/admin/", 200, "text/html; charset=utf-8", b"<p>")
        .unwrap());
    assert!(!checker
        .check("GET", "/admin/connexion.json", 200, json, b"{}")
        .unwrap());
}

#[tokio::test]
async fn a_submission_sends_its_own_acknowledgement_and_leaves_its_neighbours_mail_to_the_scheduler(
) {
    use plaintes_core::complaint::Reference;
    use plaintes_core::ports::{MailPurpose, Message, OutgoingMail};
    let app = spawn_app().await;
    let now = app.services.clock.now();
    // Another complaint's mail, due now (a retry whose time has come).
    let neighbour = Reference::new(2025, 77);
    app.services
        .store
        .queue_mail(
            OutgoingMail {
                complaint: neighbour,
                purpose: MailPurpose::Reminder,
                message: Message {
                    from: "plaintes@cjef.example".into(),
                    to: "direction@cjef.example".into(),
                    reply_to: None,
                    subject: "Rappel d’un voisin".into(),
                    text: "texte".into(),
                    html: String::new(),
                },
                not_before: None,
            },
            now,
        )
        .await
        .unwrap();

    let response = app.post_json(&valid_json()).await;
    assert_eq!(response.status(), 201);
    // The submission sent its acknowledgement, and only that.
    let sent = app.outbox();
    assert_eq!(sent.len(), 1);
    let mail = MessageParser::default().parse(&sent[0]).unwrap();
    assert!(mail.subject().unwrap().contains(REFERENCE));
    let waiting = app.services.store.due_mail(now, 10).await.unwrap();
    assert_eq!(waiting.len(), 1);
    assert_eq!(waiting[0].mail.complaint, neighbour);
    // The scheduler's round sends what is left.
    let round = outbox::dispatch(&app.services, outbox::BATCH)
        .await
        .unwrap();
    assert_eq!(round.sent, 1);
    assert_eq!(app.outbox().len(), 2);
    assert!(app
        .services
        .store
        .due_mail(now, 10)
        .await
        .unwrap()
        .is_empty());
}
