//! The client's own file at `/suivi/`, through HTTP on the embedded store
//! (the journey runs on DynamoDB too, in `store_dynamodb.rs`).

use plaintes_tests::client::{client_journey, words};
use plaintes_tests::{spawn_app, valid_json};
use serde_json::json;

#[tokio::test]
async fn a_client_follows_their_file_from_receipt_to_the_follow_up() {
    let app = spawn_app().await;
    client_journey(&app).await;
}

/// The new access code a mail carries.
fn code_in(raw: &[u8]) -> String {
    let message = mail_parser::MessageParser::default().parse(raw).unwrap();
    let text = message.body_text(0).unwrap().to_string();
    text.lines()
        .find_map(|line| line.strip_prefix("Votre nouveau code d’accès\u{a0}: "))
        .expect("the new code is in the mail")
        .trim()
        .to_owned()
}

#[tokio::test]
async fn a_wrong_code_an_unknown_reference_and_a_malformed_one_fail_alike() {
    let app = spawn_app().await;
    let (reference, code) = app.public_complaint_with_code(&valid_json()).await;
    let other_code = {
        let (_, other) = app
            .public_complaint_with_code(&json!({
                "anonymous": true, "category": "delais",
                "description": "Une autre plainte.", "consent": true
            }))
            .await;
        other
    };
    let wrong_code = app
        .client_post("", &[("reference", &reference), ("code", &other_code)])
        .await;
    let unknown = app
        .client_post("", &[("reference", "P-2026-0999"), ("code", &code)])
        .await;
    let malformed = app
        .client_post("", &[("reference", "P-2026-0999"), ("code", "pas-un-code")])
        .await;
    for page in [&wrong_code, &unknown, &malformed] {
        assert_eq!(page.status, 403);
        assert_eq!(page.headers["cache-control"], "no-store");
        assert!(words(&page.body).contains("Numéro de plainte ou code d’accès incorrect."));
        assert!(!page.body.contains("sèchement"), "nothing of the file");
    }
    assert_eq!(
        wrong_code.body.replace(&reference, "P-2026-0999"),
        unknown.body,
        "the same page but for the reference typed"
    );
    assert_eq!(unknown.body, malformed.body);
    assert!(
        !wrong_code.body.contains(&other_code),
        "the code typed is never shown back"
    );
}

#[tokio::test]
async fn repeated_wrong_codes_shut_the_file_until_the_window_ends() {
    let app = spawn_app().await;
    let (reference, code) = app.public_complaint_with_code(&valid_json()).await;
    let wrong = |reference: String| {
        let app = &app;
        async move {
            app.client_post(
                "",
                &[
                    ("reference", reference.as_str()),
                    ("code", "0000-0000-0000-0000-0000-0000-00"),
                ],
            )
            .await
        }
    };
    for _ in 0..5 {
        assert_eq!(wrong(reference.clone()).await.status, 403);
    }
    let shut = wrong(reference.clone()).await;
    assert_eq!(shut.status, 429, "the sixth wrong try is refused");
    assert!(words(&shut.body).contains("Trop d’essais"));
    let wait: i64 = shut.headers["retry-after"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!(wait > 0 && wait <= 15 * 60, "{wait}");
    // The same reference in lower case is the same reference…
    assert_eq!(
        wrong(reference.to_lowercase()).await.status,
        429,
        "the reference is counted however it is typed"
    );
    // …but a stranger cannot keep the owner out: their code (the link in
    // their acknowledgement carries it) still opens the file.
    let owner = app
        .client_post("", &[("reference", &reference), ("code", &code)])
        .await;
    assert_eq!(owner.status, 200, "the owner's code opens a shut file");
    // The window ends: a wrong code is a plain refusal again.
    app.clock
        .set(plaintes_tests::at("2026-11-27T21:16:00-05:00"));
    assert_eq!(wrong(reference.clone()).await.status, 403);
}

#[tokio::test]
async fn wrong_codes_sent_at_once_are_all_counted_and_the_owner_still_gets_in() {
    let app = spawn_app().await;
    let (reference, code) = app.public_complaint_with_code(&valid_json()).await;
    let mut tries = tokio::task::JoinSet::new();
    for _ in 0..12 {
        let (client, url) = (app.client.clone(), format!("{}/api/suivi", app.address));
        let reference = reference.clone();
        tries.spawn(async move {
            client
                .post(url)
                .form(&[
                    ("reference", reference.as_str()),
                    ("code", "0000-0000-0000-0000-0000-0000-00"),
                ])
                .send()
                .await
                .unwrap()
                .status()
                .as_u16()
        });
    }
    let statuses = tries.join_all().await;
    let refused = statuses.iter().filter(|s| **s == 403).count();
    let limited = statuses.iter().filter(|s| **s == 429).count();
    assert_eq!((refused, limited), (5, 7), "{statuses:?}");
    let owner = app
        .client_post("", &[("reference", &reference), ("code", &code)])
        .await;
    assert_eq!(owner.status, 200);
}

#[tokio::test]
async fn a_new_code_opens_a_file_a_stranger_shut() {
    let app = spawn_app().await;
    let (reference, _) = app.public_complaint_with_code(&valid_json()).await;
    for _ in 0..6 {
        app.client_post(
            "",
            &[
                ("reference", reference.as_str()),
                ("code", "0000-0000-0000-0000-0000-0000-00"),
            ],
        )
        .await;
    }
    app.client_post(
        "/code-perdu",
        &[("reference", &reference), ("email", "amina@example.com")],
    )
    .await;
    plaintes_core::outbox::dispatch(&app.services, 50)
        .await
        .unwrap();
    let new_code = code_in(app.outbox().last().unwrap());
    let opened = app
        .client_post("", &[("reference", &reference), ("code", &new_code)])
        .await;
    assert_eq!(opened.status, 200);
}

#[tokio::test]
async fn one_client_never_sees_another_clients_file() {
    let app = spawn_app().await;
    let (first, first_code) = app.public_complaint_with_code(&valid_json()).await;
    let mut other = valid_json();
    other["name"] = json!("Louis Gagnon");
    other["email"] = json!("louis@example.com");
    other["description"] = json!("Personne ne répondait au téléphone de l’accueil mardi.");
    let (second, _) = app.public_complaint_with_code(&other).await;
    let page = app
        .client_post("", &[("reference", &first), ("code", &first_code)])
        .await;
    assert_eq!(page.status, 200);
    for theirs in [
        "Louis Gagnon",
        "louis@example.com",
        "Personne ne répondait",
        second.as_str(),
    ] {
        assert!(!page.body.contains(theirs), "{theirs}");
    }
    let export = app
        .client_post("/export", &[("reference", &second), ("code", &first_code)])
        .await;
    assert_eq!(export.status, 403, "a code opens only its own file");
}

#[tokio::test]
async fn a_client_withdraws_only_once_they_confirm() {
    let app = spawn_app().await;
    let (reference, code) = app.public_complaint_with_code(&valid_json()).await;
    let unconfirmed = app
        .client_post("/retrait", &[("reference", &reference), ("code", &code)])
        .await;
    assert_eq!(unconfirmed.status, 422);
    assert!(words(&unconfirmed.body).contains("Cochez la case pour confirmer"));
    assert_eq!(app.stored(&reference).await.status.code(), "acknowledged");
    let withdrawn = app
        .client_post(
            "/retrait",
            &[
                ("reference", &reference),
                ("code", &code),
                ("confirm", "yes"),
            ],
        )
        .await;
    assert_eq!(withdrawn.status, 200, "{}", withdrawn.body);
    assert!(words(&withdrawn.body).contains("Retirée"));
    assert_eq!(app.stored(&reference).await.status.code(), "withdrawn");
    let again = app
        .client_post(
            "/information",
            &[
                ("reference", &reference),
                ("code", &code),
                ("text", "Encore une chose."),
            ],
        )
        .await;
    assert_eq!(again.status, 422, "a withdrawn file takes nothing more");
}

#[tokio::test]
async fn empty_information_is_refused_in_french_and_nothing_is_stored() {
    let app = spawn_app().await;
    let (reference, code) = app.public_complaint_with_code(&valid_json()).await;
    let page = app
        .client_post(
            "/information",
            &[("reference", &reference), ("code", &code), ("text", "   ")],
        )
        .await;
    assert_eq!(page.status, 422);
    assert!(words(&page.body).contains("Écrivez l’information à ajouter."));
    assert!(app.stored(&reference).await.procedure.additions.is_empty());
    let early = app
        .client_post(
            "/satisfaction",
            &[
                ("reference", &reference),
                ("code", &code),
                ("satisfaction", "satisfied"),
            ],
        )
        .await;
    assert_eq!(early.status, 422, "no follow-up before the response");
}

#[tokio::test]
async fn a_lost_code_is_replaced_by_mail_without_telling_whether_the_file_exists() {
    let app = spawn_app().await;
    let (reference, old_code) = app.public_complaint_with_code(&valid_json()).await;
    let mails = app.outbox().len();
    let wrong_address = app
        .client_post(
            "/code-perdu",
            &[("reference", &reference), ("email", "quelquun@example.com")],
        )
        .await;
    let unknown = app
        .client_post(
            "/code-perdu",
            &[("reference", "P-2026-0999"), ("email", "amina@example.com")],
        )
        .await;
    assert_eq!(app.outbox().len(), mails, "no mail for a mismatch");
    let right = app
        .client_post(
            "/code-perdu",
            &[("reference", &reference), ("email", "Amina@Example.com")],
        )
        .await;
    let empty = app.client_post("/code-perdu", &[]).await;
    for page in [&wrong_address, &unknown, &right, &empty] {
        assert_eq!(page.status, 200);
    }
    assert_eq!(empty.body, unknown.body);
    assert_eq!(wrong_address.body, unknown.body);
    assert_eq!(unknown.body, right.body);
    // Queued, never sent while the person waits: the outbox sends it.
    assert_eq!(
        app.outbox().len(),
        mails,
        "nothing is sent during the answer"
    );
    plaintes_core::outbox::dispatch(&app.services, 50)
        .await
        .unwrap();
    let sent = app.outbox();
    assert_eq!(sent.len(), mails + 1);
    let new_code = code_in(sent.last().unwrap());
    let old = app
        .client_post("", &[("reference", &reference), ("code", &old_code)])
        .await;
    assert_eq!(old.status, 403, "the old code no longer opens the file");
    let new = app
        .client_post("", &[("reference", &reference), ("code", &new_code)])
        .await;
    assert_eq!(new.status, 200);
}

#[tokio::test]
async fn the_acknowledgement_links_to_the_file_with_the_code_in_the_fragment() {
    let app = spawn_app().await;
    let (reference, code) = app.public_complaint_with_code(&valid_json()).await;
    let mail = String::from_utf8(app.outbox().remove(0)).unwrap();
    let message = mail_parser::MessageParser::default()
        .parse(mail.as_bytes())
        .unwrap();
    let text = message.body_text(0).unwrap().to_string();
    assert!(
        text.contains(&format!("/suivi/#reference={reference}&code={code}")),
        "{text}"
    );
}

#[tokio::test]
async fn asking_for_new_codes_never_shuts_the_file() {
    let app = spawn_app().await;
    let (reference, code) = app.public_complaint_with_code(&valid_json()).await;
    for _ in 0..6 {
        app.client_post(
            "/code-perdu",
            &[("reference", &reference), ("email", "quelquun@example.com")],
        )
        .await;
    }
    let open = app
        .client_post("", &[("reference", &reference), ("code", &code)])
        .await;
    assert_eq!(open.status, 200);
}

#[tokio::test]
async fn wrong_codes_typed_with_variants_of_the_reference_count_together() {
    let app = spawn_app().await;
    let (reference, _) = app.public_complaint_with_code(&valid_json()).await;
    let number = reference.rsplit('-').next().unwrap();
    let variants = [
        reference.to_lowercase(),
        format!(" {reference} "),
        format!("P-2026-0{number}"),
        format!("p-2026-00{number}"),
        reference.clone(),
    ];
    for variant in &variants {
        let page = app
            .client_post(
                "",
                &[
                    ("reference", variant),
                    ("code", "0000-0000-0000-0000-0000-0000-00"),
                ],
            )
            .await;
        assert_eq!(page.status, 403, "{variant}");
    }
    let sixth = app
        .client_post(
            "",
            &[
                ("reference", &format!("P-2026-000{number}")),
                ("code", "0000-0000-0000-0000-0000-0000-00"),
            ],
        )
        .await;
    assert_eq!(sixth.status, 429, "five variants were one reference");
}

#[tokio::test]
async fn a_lost_code_request_does_the_same_store_work_whether_or_not_it_matches() {
    use plaintes_tests::counting::CountingStore;
    use std::sync::Arc;
    let folder = tempfile::tempdir().unwrap();
    let sqlite = plaintes_local::SqliteStore::open(&folder.path().join("p.sqlite")).unwrap();
    let counting = Arc::new(CountingStore::new(Arc::new(sqlite)));
    let app = plaintes_tests::spawn_app_on(Some(counting.clone())).await;
    let (reference, _) = app.public_complaint_with_code(&valid_json()).await;
    let mut work = Vec::new();
    for (reference, email) in [
        (reference.as_str(), "amina@example.com"),
        (reference.as_str(), "quelquun@example.com"),
        ("P-2026-0999", "amina@example.com"),
    ] {
        counting.take_calls();
        let page = app
            .client_post("/code-perdu", &[("reference", reference), ("email", email)])
            .await;
        assert_eq!(page.status, 200);
        work.push((page.body, counting.take_calls()));
    }
    assert_eq!(
        work[0].1,
        ["count_attempt", "count_attempt", "queue_mail"],
        "counted, then queued; nothing read, nothing sent"
    );
    assert!(work.iter().all(|done| done == &work[0]), "{work:?}");
    // The outbox answers them: only the match gets a new code.
    let before = app.outbox().len();
    plaintes_core::outbox::dispatch(&app.services, 50)
        .await
        .unwrap();
    assert_eq!(app.outbox().len(), before + 1);
}
