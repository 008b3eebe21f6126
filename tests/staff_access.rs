//! Who may do what, over HTTP: for every staff route, the status each
//! person gets — nobody signed in, reception, the assigned manager, another
//! manager, a manager the complaint names, the director, and a director the
//! complaint names. The steps are sent with a stale version, so that a
//! person allowed gets 409 and nothing changes: the status tells the access
//! alone.

use plaintes_core::access::Role;
use plaintes_tests::staff::{phone_intake, Signed};
use plaintes_tests::{spawn_app, TestApp};
use reqwest::Method;
use serde_json::{json, Value};

struct Cast {
    reception: Signed,
    assigned: Signed,
    other_manager: Signed,
    named_manager: Signed,
    director: Signed,
    named_director: Signed,
    board: Signed,
}

async fn cast(app: &TestApp) -> Cast {
    Cast {
        reception: app
            .staff("accueil@cjef.example", "Léa Accueil", &[Role::Reception])
            .await,
        assigned: app
            .staff("karim@cjef.example", "Karim Tremblay", &[Role::Handler])
            .await,
        other_manager: app
            .staff("sophie@cjef.example", "Sophie Roy", &[Role::Handler])
            .await,
        named_manager: app
            .staff("vise@cjef.example", "Marc Visé", &[Role::Handler])
            .await,
        director: app
            .staff(
                "andreane.m@cjefrontenac.com",
                "Andréane Morin",
                &[Role::Direction],
            )
            .await,
        named_director: app
            .staff(
                "adjointe@cjef.example",
                "Nadia Adjointe",
                &[Role::Direction],
            )
            .await,
        board: app
            .staff(
                "conseil@cjefrontenac.com",
                "Julie Présidente",
                &[Role::Board],
            )
            .await,
    }
}

/// A complaint taken by phone naming `named`, assigned to Karim.
async fn case(app: &TestApp, cast: &Cast, named: &str, key: &str) -> String {
    let recorded = app
        .intake(
            &cast.director,
            &phone_intake("2026-11-27T14:30", named),
            key,
        )
        .await
        .expect(201);
    let reference = recorded["reference"].as_str().unwrap().to_owned();
    let file = app
        .staff_get(&format!("/complaints/{reference}"), &cast.director)
        .await
        .expect(200);
    app.staff_post(
        &format!("/complaints/{reference}/assignment"),
        &cast.director,
        json!({"version": file["version"], "handler": "karim@cjef.example"}),
    )
    .await
    .expect(200);
    reference
}

/// The routes on one complaint, each with a body that would be valid but
/// for its stale version.
fn complaint_routes() -> Vec<(Method, &'static str, Value)> {
    let stale = 0;
    vec![
        (Method::GET, "", Value::Null),
        (
            Method::POST,
            "/acknowledgement",
            json!({"version": stale, "means": "telephone", "at": "2026-11-27T15:00"}),
        ),
        (
            Method::POST,
            "/assignment",
            json!({"version": stale, "handler": "sophie@cjef.example"}),
        ),
        (
            Method::PUT,
            "/analysis",
            json!({"version": stale, "facts": "Faits.", "root_cause": "Cause.", "notes": ""}),
        ),
        (
            Method::PUT,
            "/decision",
            json!({"version": stale, "kinds": ["excuses"], "text": "Des excuses."}),
        ),
        (
            Method::POST,
            "/response/preview",
            json!({"body": "Bonjour."}),
        ),
        (
            Method::POST,
            "/response",
            json!({"version": stale, "body": "Bonjour.", "means": "post"}),
        ),
        (
            Method::PUT,
            "/follow-up",
            json!({"version": stale, "satisfaction": "no_answer", "adjustment": ""}),
        ),
        (
            Method::POST,
            "/measures",
            json!({"version": stale, "description": "Revoir.", "owner": "Direction", "due_on": "2026-12-20"}),
        ),
        (
            Method::POST,
            "/measures/1/done",
            json!({"version": stale, "done_on": "2026-11-27"}),
        ),
        (Method::POST, "/closure", json!({"version": stale})),
        (
            Method::POST,
            "/reopening",
            json!({"version": stale, "reason": "Une raison."}),
        ),
        (
            Method::POST,
            "/extension",
            json!({"version": stale, "due_on": "2026-12-18", "reason": "Un témoin est absent."}),
        ),
        (
            Method::POST,
            "/adjustments",
            json!({"version": stale, "description": "Revoir.", "owner": "Direction", "due_on": "2026-12-20"}),
        ),
        (
            Method::POST,
            "/access-code",
            json!({"version": stale, "delivery": "read"}),
        ),
        (
            Method::POST,
            "/withdrawal",
            json!({"version": stale, "confirm": true}),
        ),
        (
            Method::PUT,
            "/naming",
            json!({"version": stale, "named_staff": ["sophie@cjef.example"], "about_director": false}),
        ),
        (Method::GET, "/assignable", Value::Null),
    ]
}

/// Expected statuses, per route above, for: nobody, reception, the assigned
/// manager, another manager, the named manager, the director, the board
/// (which knows nothing of a complaint the director answers for).
const COMPLAINT_MATRIX: [(&str, [u16; 7]); 18] = [
    ("", [401, 404, 200, 404, 404, 200, 404]),
    ("/acknowledgement", [401, 409, 409, 404, 404, 409, 404]),
    ("/assignment", [401, 404, 403, 404, 404, 409, 404]),
    ("/analysis", [401, 404, 409, 404, 404, 409, 404]),
    ("/decision", [401, 404, 409, 404, 404, 409, 404]),
    ("/response/preview", [401, 404, 200, 404, 404, 200, 404]),
    ("/response", [401, 404, 409, 404, 404, 409, 404]),
    ("/follow-up", [401, 404, 409, 404, 404, 409, 404]),
    ("/measures", [401, 404, 409, 404, 404, 409, 404]),
    ("/measures/1/done", [401, 404, 409, 404, 404, 409, 404]),
    ("/closure", [401, 404, 403, 404, 404, 409, 404]),
    ("/reopening", [401, 404, 403, 404, 404, 409, 404]),
    ("/extension", [401, 404, 409, 404, 404, 409, 404]),
    ("/adjustments", [401, 404, 409, 404, 404, 409, 404]),
    // Reception acts by reference for a caller, but a stale version still stops it.
    ("/access-code", [401, 409, 409, 404, 404, 409, 404]),
    ("/withdrawal", [401, 409, 409, 404, 404, 409, 404]),
    ("/naming", [401, 404, 403, 404, 404, 409, 404]),
    ("/assignable", [401, 404, 403, 404, 404, 200, 404]),
];

/// The same routes on a complaint about the director, assigned to Karim:
/// the board has the director's rights, the director none (nor the deputy
/// director it names).
const BOARD_MATRIX: [(&str, [u16; 7]); 18] = [
    ("", [401, 404, 200, 404, 404, 404, 200]),
    ("/acknowledgement", [401, 409, 409, 404, 404, 404, 409]),
    ("/assignment", [401, 404, 403, 404, 404, 404, 409]),
    ("/analysis", [401, 404, 409, 404, 404, 404, 409]),
    ("/decision", [401, 404, 409, 404, 404, 404, 409]),
    ("/response/preview", [401, 404, 200, 404, 404, 404, 200]),
    ("/response", [401, 404, 409, 404, 404, 404, 409]),
    ("/follow-up", [401, 404, 409, 404, 404, 404, 409]),
    ("/measures", [401, 404, 409, 404, 404, 404, 409]),
    ("/measures/1/done", [401, 404, 409, 404, 404, 404, 409]),
    ("/closure", [401, 404, 403, 404, 404, 404, 409]),
    ("/reopening", [401, 404, 403, 404, 404, 404, 409]),
    ("/extension", [401, 404, 409, 404, 404, 404, 409]),
    ("/adjustments", [401, 404, 409, 404, 404, 404, 409]),
    ("/access-code", [401, 409, 409, 404, 404, 404, 409]),
    ("/withdrawal", [401, 409, 409, 404, 404, 404, 409]),
    ("/naming", [401, 404, 403, 404, 404, 404, 409]),
    ("/assignable", [401, 404, 403, 404, 404, 404, 200]),
];

#[tokio::test]
async fn every_route_on_a_complaint_answers_each_person_as_the_rules_say() {
    let app = spawn_app().await;
    let cast = cast(&app).await;
    let reference = case(&app, &cast, "vise@cjef.example", "matrix-named-manager").await;
    let people: [Option<&Signed>; 7] = [
        None,
        Some(&cast.reception),
        Some(&cast.assigned),
        Some(&cast.other_manager),
        Some(&cast.named_manager),
        Some(&cast.director),
        Some(&cast.board),
    ];
    check_matrix(&app, &reference, &people, &COMPLAINT_MATRIX).await;
}

#[tokio::test]
async fn every_route_on_a_complaint_about_the_director_answers_as_the_rules_say() {
    let app = spawn_app().await;
    let cast = cast(&app).await;
    let reference = board_case(&app, &cast, "matrix-board").await;
    // The deputy director is named; the director is not, but holds the
    // director's role: neither learns anything.
    let people: [Option<&Signed>; 7] = [
        None,
        Some(&cast.reception),
        Some(&cast.assigned),
        Some(&cast.other_manager),
        Some(&cast.named_director),
        Some(&cast.director),
        Some(&cast.board),
    ];
    check_matrix(&app, &reference, &people, &BOARD_MATRIX).await;
}

/// A complaint about the director: taken by reception naming the deputy
/// director, then assigned by the board to Karim.
async fn board_case(app: &TestApp, cast: &Cast, key: &str) -> String {
    let recorded = app
        .intake(
            &cast.reception,
            &phone_intake("2026-11-27T14:30", "adjointe@cjef.example"),
            key,
        )
        .await
        .expect(201);
    let reference = recorded["reference"].as_str().unwrap().to_owned();
    let file = app
        .staff_get(&format!("/complaints/{reference}"), &cast.board)
        .await
        .expect(200);
    assert_eq!(file["about_director"], true);
    app.staff_post(
        &format!("/complaints/{reference}/assignment"),
        &cast.board,
        json!({"version": file["version"], "handler": "karim@cjef.example"}),
    )
    .await
    .expect(200);
    reference
}

async fn check_matrix(
    app: &TestApp,
    reference: &str,
    people: &[Option<&Signed>; 7],
    matrix: &[(&str, [u16; 7]); 18],
) {
    let before = app.stored(reference).await;
    let routes = complaint_routes();
    assert_eq!(routes.len(), matrix.len());
    for ((method, suffix, body), (expected_suffix, statuses)) in routes.iter().zip(*matrix) {
        assert_eq!(*suffix, expected_suffix);
        let path = format!("/complaints/{reference}{suffix}");
        for (who, expected) in people.iter().zip(statuses) {
            let body = (!body.is_null()).then_some(body);
            let answer = app.staff_request(method.clone(), &path, *who, body).await;
            let name = who.map_or("personne", |w| w.member.name.as_str());
            assert_eq!(
                answer.status, expected,
                "{method} {suffix} as {name}: {}",
                answer.body
            );
        }
    }
    let after = app.stored(reference).await;
    assert_eq!(after.version, before.version, "no step went through");
    assert_eq!(after.status, before.status);
}

#[tokio::test]
async fn a_complaint_naming_a_director_goes_to_the_board_alone() {
    let app = spawn_app().await;
    let cast = cast(&app).await;
    let reference = board_case(&app, &cast, "matrix-named-director").await;
    for who in [&cast.named_director, &cast.director] {
        for (method, suffix, body) in complaint_routes() {
            let body = (!body.is_null()).then_some(&body);
            let path = format!("/complaints/{reference}{suffix}");
            let answer = app
                .staff_request(method.clone(), &path, Some(who), body)
                .await;
            assert_eq!(answer.status, 404, "{method} {suffix}: {}", answer.body);
        }
        let listed = app.staff_get("/complaints", who).await.expect(200);
        assert_eq!(listed["complaints"], json!([]));
    }
    let file = app
        .staff_get(&format!("/complaints/{reference}"), &cast.board)
        .await
        .expect(200);
    assert_eq!(file["about_director"], true);
    assert_eq!(file["named_staff"], json!(["Nadia Adjointe"]));
    // Nor can a director be made its manager, named or not.
    for handler in ["adjointe@cjef.example", "andreane.m@cjefrontenac.com"] {
        let refused = app
            .staff_post(
                &format!("/complaints/{reference}/assignment"),
                &cast.board,
                json!({"version": file["version"], "handler": handler}),
            )
            .await
            .expect(422);
        assert_eq!(refused["errors"][0]["field"], "handler");
    }
    let offered = app
        .staff_get(&format!("/complaints/{reference}/assignable"), &cast.board)
        .await
        .expect(200);
    let names: Vec<&str> = offered["handlers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["name"].as_str().unwrap())
        .collect();
    assert_eq!(
        names,
        [
            "Julie Présidente",
            "Karim Tremblay",
            "Marc Visé",
            "Sophie Roy"
        ]
    );
}

#[tokio::test]
async fn routes_not_on_one_complaint_answer_by_role() {
    let app = spawn_app().await;
    let cast = cast(&app).await;
    let people: [Option<&Signed>; 5] = [
        None,
        Some(&cast.reception),
        Some(&cast.assigned),
        Some(&cast.director),
        Some(&cast.board),
    ];
    let period = "from=2026-11-01&to=2026-11-30";
    let reports = format!("/reports?{period}");
    let csv = format!("/reports.csv?{period}");
    // nobody, reception, manager, director, board
    let table: [(Method, &str, [u16; 5]); 7] = [
        (Method::GET, "/me", [401, 200, 200, 200, 200]),
        (Method::GET, "/complaints", [401, 403, 200, 200, 200]),
        (Method::GET, "/handlers", [401, 403, 403, 200, 200]),
        (Method::GET, "/measures", [401, 403, 200, 200, 200]),
        (Method::GET, &reports, [401, 403, 403, 200, 200]),
        (Method::GET, &csv, [401, 403, 403, 200, 200]),
        (Method::GET, "/adresse-inconnue", [401, 404, 404, 404, 404]),
    ];
    for (method, path, statuses) in table {
        for (who, expected) in people.iter().zip(statuses) {
            let answer = app.staff_request(method.clone(), path, *who, None).await;
            assert_eq!(answer.status, expected, "{method} {path} as {who:?}");
        }
    }
    let mut key = 0;
    for (who, expected) in people.iter().zip([401, 201, 403, 201, 201]) {
        key += 1;
        let answer = match who {
            Some(who) => {
                app.intake(
                    who,
                    &phone_intake("2026-11-27T14:30", ""),
                    &format!("role-{key}-x"),
                )
                .await
            }
            None => {
                app.staff_request(
                    Method::POST,
                    "/complaints",
                    None,
                    Some(&phone_intake("2026-11-27T14:30", "")),
                )
                .await
            }
        };
        assert_eq!(answer.status, expected, "intake as {who:?}");
    }
    let handlers = app.staff_get("/handlers", &cast.director).await.expect(200);
    let ids: Vec<&str> = handlers["handlers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["id"].as_str().unwrap())
        .collect();
    assert!(
        ids.contains(&cast.assigned.member.id.as_str())
            && !ids.contains(&cast.reception.member.id.as_str())
    );
}

#[tokio::test]
async fn each_manager_lists_only_the_complaints_assigned_to_them() {
    let app = spawn_app().await;
    let cast = cast(&app).await;
    let reference = case(&app, &cast, "", "list-assigned").await;
    let unassigned = app
        .intake(
            &cast.director,
            &phone_intake("2026-11-27T10:00", ""),
            "list-unassigned",
        )
        .await
        .expect(201);
    let listed = |who: &Signed| {
        let who = who.clone();
        let app = &app;
        async move {
            app.staff_get("/complaints", &who).await.expect(200)["complaints"]
                .as_array()
                .unwrap()
                .iter()
                .map(|row| row["reference"].as_str().unwrap().to_owned())
                .collect::<Vec<_>>()
        }
    };
    assert_eq!(listed(&cast.assigned).await, [reference]);
    assert!(listed(&cast.other_manager).await.is_empty());
    let everything = listed(&cast.director).await;
    assert_eq!(everything.len(), 2);
    assert!(everything.contains(&unassigned["reference"].as_str().unwrap().to_owned()));
}

#[tokio::test]
async fn every_reading_of_a_file_is_journaled_with_who_and_when() {
    let app = spawn_app().await;
    let cast = cast(&app).await;
    let reference = case(&app, &cast, "", "journal-reads").await;
    let version = app.stored(&reference).await.version;
    app.staff_get(&format!("/complaints/{reference}"), &cast.assigned)
        .await
        .expect(200);
    let file = app
        .staff_get(&format!("/complaints/{reference}"), &cast.director)
        .await
        .expect(200);
    assert_eq!(file["version"], version, "reading changes no version");
    let reads: Vec<&str> = file["timeline"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|entry| entry["what"] == "Dossier consulté")
        .map(|entry| entry["who"].as_str().unwrap())
        .collect();
    assert_eq!(
        reads,
        [
            "Andréane Morin (andreane.m@cjefrontenac.com)",
            "Karim Tremblay (karim@cjef.example)",
            "Andréane Morin (andreane.m@cjefrontenac.com)",
        ]
    );
}

#[tokio::test]
async fn a_signed_out_token_no_longer_opens_anything() {
    let app = spawn_app().await;
    let director = app
        .staff(
            "andreane.m@cjefrontenac.com",
            "Andréane Morin",
            &[Role::Direction],
        )
        .await;
    app.staff_get("/me", &director).await.expect(200);
    let signed_out = app
        .client
        .delete(format!("{}/api/session", app.address))
        .bearer_auth(&director.token)
        .send()
        .await
        .unwrap();
    assert_eq!(signed_out.status(), 204);
    app.staff_get("/me", &director).await.expect(401);
}

#[tokio::test]
async fn a_session_expires_after_a_working_day() {
    let app = spawn_app().await;
    let director = app
        .staff(
            "andreane.m@cjefrontenac.com",
            "Andréane Morin",
            &[Role::Direction],
        )
        .await;
    app.clock
        .set(plaintes_tests::at("2026-11-28T05:01:00-05:00"));
    app.staff_get("/me", &director).await.expect(401);
}

#[tokio::test]
async fn a_wrong_password_is_refused_in_french_and_repeated_ones_are_slowed_down() {
    let app = spawn_app().await;
    app.staff(
        "andreane.m@cjefrontenac.com",
        "Andréane Morin",
        &[Role::Direction],
    )
    .await;
    let sign_in = |password: &'static str| {
        let app = &app;
        async move {
            let response = app
                .client
                .post(format!("{}/api/session", app.address))
                .json(&json!({"email": "andreane.m@cjefrontenac.com", "password": password}))
                .send()
                .await
                .unwrap();
            let status = response.status().as_u16();
            (status, response.json::<Value>().await.unwrap())
        }
    };
    let (status, problem) = sign_in("pas le bon mot de passe").await;
    assert_eq!(status, 401);
    assert_eq!(problem["detail"], "Courriel ou mot de passe incorrect.");
    for _ in 0..4 {
        sign_in("pas le bon mot de passe").await;
    }
    let (status, problem) = sign_in(plaintes_tests::staff::PASSWORD).await;
    assert_eq!(status, 429, "even the right password waits");
    assert!(problem["detail"]
        .as_str()
        .unwrap()
        .contains("Réessayez dans"));
}

#[tokio::test]
async fn the_local_sign_in_takes_json_from_its_own_site_only() {
    let app = spawn_app().await;
    app.staff(
        "andreane.m@cjefrontenac.com",
        "Andréane Morin",
        &[Role::Direction],
    )
    .await;
    let url = format!("{}/api/session", app.address);
    let body =
        json!({"email": "andreane.m@cjefrontenac.com", "password": "pas le bon mot de passe"})
            .to_string();
    // What another site's form can send: refused before any password is tried.
    for _ in 0..6 {
        let plain = app
            .client
            .post(&url)
            .header("Content-Type", "text/plain")
            .body(body.clone())
            .send()
            .await
            .unwrap();
        assert_eq!(plain.status(), 415);
    }
    let cross = app
        .client
        .post(&url)
        .header("Origin", "https://ailleurs.example")
        .header("Content-Type", "application/json")
        .body(body.clone())
        .send()
        .await
        .unwrap();
    assert_eq!(cross.status(), 403);
    let fetched = app
        .client
        .post(&url)
        .header("Sec-Fetch-Site", "cross-site")
        .json(&json!({"email": "andreane.m@cjefrontenac.com", "password": plaintes_tests::staff::PASSWORD}))
        .send()
        .await
        .unwrap();
    assert_eq!(fetched.status(), 403);
    // None of it counted against the account: the right password opens.
    let own = app
        .client
        .post(&url)
        .header("Origin", &app.address)
        .header("Sec-Fetch-Site", "same-origin")
        .json(&json!({"email": "andreane.m@cjefrontenac.com", "password": plaintes_tests::staff::PASSWORD}))
        .send()
        .await
        .unwrap();
    assert_eq!(own.status(), 200);
}

#[tokio::test]
async fn wrong_passwords_sent_at_once_are_all_counted() {
    let app = spawn_app().await;
    app.staff(
        "andreane.m@cjefrontenac.com",
        "Andréane Morin",
        &[Role::Direction],
    )
    .await;
    let url = format!("{}/api/session", app.address);
    let tries: Vec<_> = (0..5)
        .map(|_| {
            let request = app
                .client
                .post(&url)
                .json(&json!({"email": "andreane.m@cjefrontenac.com", "password": "pas le bon mot de passe"}));
            tokio::spawn(request.send())
        })
        .collect();
    for attempt in tries {
        assert_eq!(attempt.await.unwrap().unwrap().status(), 401);
    }
    let right = app
        .client
        .post(&url)
        .json(&json!({"email": "andreane.m@cjefrontenac.com", "password": plaintes_tests::staff::PASSWORD}))
        .send()
        .await
        .unwrap();
    assert_eq!(right.status(), 429, "five at once are five tries");
}

#[tokio::test]
async fn an_address_without_an_account_is_answered_like_one_with_an_account() {
    let app = spawn_app().await;
    app.staff(
        "andreane.m@cjefrontenac.com",
        "Andréane Morin",
        &[Role::Direction],
    )
    .await;
    let url = format!("{}/api/session", app.address);
    let mut answers = Vec::new();
    for email in ["andreane.m@cjefrontenac.com", "personne@cjefrontenac.com"] {
        let mut statuses = Vec::new();
        let mut last = Value::Null;
        for _ in 0..6 {
            let answer = app
                .client
                .post(&url)
                .json(&json!({"email": email, "password": "pas le bon mot de passe"}))
                .send()
                .await
                .unwrap();
            statuses.push(answer.status().as_u16());
            last = answer.json().await.unwrap();
        }
        answers.push((statuses, last["title"].clone(), last["detail"].clone()));
    }
    assert_eq!(answers[0].0, [401, 401, 401, 401, 401, 429]);
    assert_eq!(answers[0], answers[1], "nothing tells the two apart");
}

/// An object's keys, sorted.
fn keys_of(value: &Value) -> Vec<String> {
    let mut keys: Vec<String> = value.as_object().unwrap().keys().cloned().collect();
    keys.sort();
    keys
}

#[tokio::test]
async fn the_typed_staff_answers_are_the_ones_the_openapi_document_describes() {
    let app = spawn_app().await;
    let cast = cast(&app).await;
    let reference = case(&app, &cast, "", "openapi-typed").await;
    let document: Value = app.get("/api/openapi.json").await.json().await.unwrap();
    let schemas = &document["components"]["schemas"];
    assert_eq!(
        document["components"]["securitySchemes"]["bearer"]["scheme"],
        "bearer"
    );
    // Each route, its answer's schema, and an answer as the director gets it.
    for (path, schema, list) in [
        ("/me", "Me", None),
        (
            "/complaints",
            "ComplaintList",
            Some(("complaints", "ComplaintRow")),
        ),
        ("/handlers", "HandlerList", Some(("handlers", "StaffRef"))),
        ("/measures", "MeasureList", None),
    ] {
        let operation = &document["paths"][format!("/api/staff{path}")]["get"];
        assert_eq!(
            operation["responses"]["200"]["content"]["application/json"]["schema"]["$ref"],
            format!("#/components/schemas/{schema}"),
            "{path}"
        );
        assert_eq!(operation["security"][0]["bearer"], json!([]), "{path}");
        let answer = app.staff_get(path, &cast.director).await.expect(200);
        let keys = keys_of;
        let declared = |name: &str| {
            let mut keys: Vec<String> = schemas[name]["properties"]
                .as_object()
                .unwrap()
                .keys()
                .cloned()
                .collect();
            keys.sort();
            keys
        };
        assert_eq!(keys(&answer), declared(schema), "{path}");
        if let Some((field, item)) = list {
            let first = &answer[field][0];
            assert_eq!(keys(first), declared(item), "{path} {field}");
        }
    }
    assert!(document["paths"]["/api/staff/complaints/{reference}/assignable"]["get"].is_object());
    for (path, method) in [
        ("/api/staff/complaints", "post"),
        ("/api/staff/reports", "get"),
        ("/api/staff/reports.csv", "get"),
    ] {
        assert!(
            document["paths"][path][method].is_object(),
            "{method} {path}"
        );
    }
    let intake = app
        .intake(
            &cast.reception,
            &phone_intake("2026-11-27T15:00", ""),
            "openapi-intake",
        )
        .await
        .expect(201);
    assert_eq!(
        keys_of(&intake),
        keys_of(&schemas["IntakeReceipt"]["properties"])
    );
    // The file, and the views inside it.
    let operation = &document["paths"]["/api/staff/complaints/{reference}"]["get"];
    assert_eq!(
        operation["responses"]["200"]["content"]["application/json"]["schema"]["$ref"],
        "#/components/schemas/CaseFileView"
    );
    let file = app
        .staff_get(&format!("/complaints/{reference}"), &cast.director)
        .await
        .expect(200);
    let keys = keys_of;
    for (value, name) in [
        (&file, "CaseFileView"),
        (&file["complainant"], "ComplainantView"),
        (&file["deadlines"][0], "PromiseView"),
        (&file["timeline"][0], "TimelineEntry"),
        (&file["handler"], "StaffRef"),
    ] {
        assert_eq!(keys(value), keys(&schemas[name]["properties"]), "{name}");
    }
}

#[tokio::test]
async fn every_route_on_a_complaint_is_in_the_openapi_document_with_its_body() {
    let app = spawn_app().await;
    let document: Value = app.get("/api/openapi.json").await.json().await.unwrap();
    for (method, suffix, body) in complaint_routes() {
        let path = format!(
            "/api/staff/complaints/{{reference}}{}",
            suffix.replace("/1/", "/{id}/")
        );
        let operation = &document["paths"][&path][method.as_str().to_lowercase()];
        assert!(
            operation.is_object(),
            "{method} {path} is not in the document"
        );
        assert_eq!(operation["security"][0]["bearer"], json!([]), "{path}");
        if let Some(fields) = body.as_object() {
            // Every field the tests send is one the document declares.
            let schema = &operation["requestBody"]["content"]["application/json"]["schema"];
            let name = schema["$ref"]
                .as_str()
                .unwrap_or_else(|| panic!("{path}: no request body schema"))
                .rsplit('/')
                .next()
                .unwrap();
            // The schema, with the ones it refers to (a flattened part).
            let schemas = &document["components"]["schemas"];
            let mut declared = serde_json::to_string(&schemas[name]).unwrap();
            for part in declared.clone().split("#/components/schemas/").skip(1) {
                let part = part.split('"').next().unwrap();
                declared.push_str(&serde_json::to_string(&schemas[part]).unwrap());
            }
            for field in fields.keys() {
                assert!(
                    declared.contains(&format!("\"{field}\"")),
                    "{path}: {field} undeclared in {name}"
                );
            }
        }
    }
}
