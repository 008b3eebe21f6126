//! The scheduler function fed the event EventBridge Scheduler sends: it runs
//! the checks once, at the real time, and says what it did.

use std::sync::Arc;

use chrono::{DateTime, Utc};
use plaintes_core::complaint::{Channel, ComplaintInput, IdempotencyKey, NewComplaint};
use plaintes_core::ports::{Actor, FixedClock, FixedDirectory, Services};
use plaintes_core::submission::{receive, Reception};
use plaintes_core::Organisation;
use serde_json::Value;

fn at(text: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(text)
        .unwrap()
        .with_timezone(&Utc)
}

/// Services on a fresh SQLite file at `when`, with a complaint taken by
/// phone on Thursday 3 December at 10:00, not yet acknowledged.
async fn with_a_phone_complaint(
    folder: &std::path::Path,
    when: &str,
) -> (Services, Arc<FixedClock>) {
    let organisation =
        Organisation::from_toml(include_str!("../../../config/organisation.toml")).unwrap();
    let clock = Arc::new(FixedClock::new(at(when)));
    let services = Services::new(
        organisation.clone(),
        Arc::new(plaintes_local::SqliteStore::open(&folder.join("p.sqlite")).unwrap()),
        Arc::new(plaintes_local::FileMailer::new(&folder.join("outbox")).unwrap()),
        clock.clone(),
        Arc::new(FixedDirectory(Vec::new())),
    );
    let input = ComplaintInput {
        name: "Jean Roy".into(),
        phone: "418 555-0199".into(),
        category: "delais".into(),
        description: "Personne ne m’a rappelé.".into(),
        consent: true,
        ..ComplaintInput::default()
    };
    let reception = Reception {
        new: NewComplaint::parse(&input, Channel::Telephone, &organisation).unwrap(),
        received_at: at("2026-12-03T10:00:00-05:00"),
        actor: Actor::System,
        named_staff: Vec::new(),
        page_acknowledges: false,
        acknowledgement_mail: plaintes_core::outbox::Admission::Now,
        consent: plaintes_core::submission::Consent::GivenTo("Nadia Roy".into()),
        settlement: None,
    };
    receive(
        &services,
        reception,
        &IdempotencyKey::parse("eventbridge-1").unwrap(),
    )
    .await
    .unwrap();
    (services, clock)
}

#[tokio::test]
async fn a_scheduled_event_runs_the_checks_once_and_reports_them() {
    let folder = tempfile::tempdir().unwrap();
    let (services, clock) =
        with_a_phone_complaint(folder.path(), "2026-12-04T10:00:00-05:00").await;

    let event: Value =
        serde_json::from_str(include_str!("fixtures/eventbridge-scheduled-event.json")).unwrap();
    // The event says 7 December; the checks run at the clock's time, 4 December
    // 10:00: the acknowledgement (due 5 December 10:00) is 24 h away, no reminder.
    let report = scheduler::handle(&services, event.clone()).await.unwrap();
    assert_eq!(report["looked_at"], 1);
    assert_eq!(report["notices"], 0);
    // At 22:30 it is twelve hours away: one reminder, then nothing twice.
    clock.set(at("2026-12-04T22:30:00-05:00"));
    let report = scheduler::handle(&services, event.clone()).await.unwrap();
    assert_eq!(report["notices"], 1);
    assert_eq!(report["mail_sent"], 1);
    let again = scheduler::handle(&services, event).await.unwrap();
    assert_eq!(again["notices"], 0);
}

#[tokio::test]
async fn the_minute_event_sends_the_outbox_alone() {
    let folder = tempfile::tempdir().unwrap();
    // The acknowledgement reminder is due: the minute event checks nothing.
    let (services, _) = with_a_phone_complaint(folder.path(), "2026-12-04T22:30:00-05:00").await;
    let report = scheduler::handle(&services, serde_json::json!({"only": "outbox"}))
        .await
        .unwrap();
    assert_eq!(report["mail_sent"], 0);
    assert!(report.get("notices").is_none(), "{report}");
    let checks: Value =
        serde_json::from_str(include_str!("fixtures/eventbridge-scheduled-event.json")).unwrap();
    let report = scheduler::handle(&services, checks).await.unwrap();
    assert_eq!(
        report["notices"], 1,
        "the checks still run on their own events"
    );
}
