//! The scheduler's checks on the embedded store (the same scenarios run on
//! DynamoDB in `store_dynamodb.rs`).

use plaintes_tests::checks;
use plaintes_tests::spawn_app;

#[tokio::test]
async fn a_complaints_life_across_a_holiday_weekend_gets_each_notice_once_at_its_time() {
    checks::life_across_a_holiday_weekend(&spawn_app().await).await;
}

#[tokio::test]
async fn after_a_mail_outage_every_message_leaves_exactly_once() {
    checks::mail_outage_then_recovery(&spawn_app().await).await;
}

#[tokio::test]
async fn an_old_closed_complaint_is_anonymised_and_keeps_its_statistics() {
    checks::retention(&spawn_app().await).await;
}

#[tokio::test]
async fn the_director_gets_one_digest_per_business_day_with_references_only() {
    let app = spawn_app().await;
    app.clock
        .set(plaintes_tests::at("2026-12-02T10:00:00-05:00"));
    let reference = checks::phone_complaint(&app.services, "2026-12-02T10:00:00-05:00", "").await;
    // Each digest as « recipient | text ».
    let digests = |app: &plaintes_tests::TestApp| {
        app.outbox()
            .into_iter()
            .filter_map(|raw| {
                let message = mail_parser::MessageParser::default().parse(&raw)?;
                let subject = message.subject()?.to_owned();
                let to = message.to()?.first()?.address()?.to_owned();
                let text = message.body_text(0)?.to_string();
                subject
                    .contains("l’état au")
                    .then(|| format!("{to} | {text}"))
            })
            .collect::<Vec<_>>()
    };
    // Thursday 3 December, before 7:00: not yet.
    checks::run_at(&app, "2026-12-03T06:30:00-05:00").await;
    assert!(digests(&app).is_empty());
    checks::run_at(&app, "2026-12-03T07:05:00-05:00").await;
    checks::run_at(&app, "2026-12-03T07:20:00-05:00").await;
    let sent = digests(&app);
    assert_eq!(sent.len(), 1, "once a day");
    let digest = &sent[0];
    assert!(digest.starts_with("andreane.m@cjefrontenac.com | "));
    assert!(digest.contains(&reference));
    assert!(!digest.contains("fermé sans"), "no content");
    assert!(!digest.contains("Jean-Philippe"), "no names");
    // Saturday: no digest; Monday: the next one.
    checks::run_at(&app, "2026-12-05T09:00:00-05:00").await;
    assert_eq!(digests(&app).len(), 1);
    checks::run_at(&app, "2026-12-07T08:00:00-05:00").await;
    assert_eq!(digests(&app).len(), 2);
}
