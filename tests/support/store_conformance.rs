//! The contract of the `Store` port, as async functions that every
//! implementation runs against a fresh, empty store: SQLite here, DynamoDB
//! against its emulator. A store that passes them keeps references gapless,
//! retries harmless, changes whole and mail in step with its complaint.

use std::collections::BTreeSet;
use std::sync::Arc;

use chrono::{DateTime, Duration, Utc};
use plaintes_core::complaint::{
    AccessCode, Category, Channel, Complainant, Complaint, ComplaintText, Email, IdempotencyKey,
    PersonName, Reach, Reference,
};
use plaintes_core::lifecycle::{Status, Transition};
use plaintes_core::mail::RenderError;
use plaintes_core::ports::{
    AcknowledgementMeans, Actor, Change, Created, Draft, Event, EventKind, MailPurpose, Message,
    OutgoingMail, Store, StoreError,
};

use crate::{at, organisation};

fn key(name: &str) -> IdempotencyKey {
    IdempotencyKey::parse(&format!("conformance-{name}")).unwrap()
}

/// A complaint as the tests use it, received at `received_at`.
pub fn sample(reference: Reference, received_at: DateTime<Utc>) -> Complaint {
    Complaint {
        reference,
        version: 1,
        status: Status::Received,
        channel: Channel::Web,
        complainant: Complainant::Identified {
            name: PersonName::parse("Amina Diallo").unwrap(),
            reach: Reach::Email(Email::parse("amina@example.com").unwrap()),
        },
        category: Category::parse("delais", &organisation()).unwrap(),
        service: None,
        description: ComplaintText::parse("Trois semaines d’attente.", 100, "vide").unwrap(),
        desired_outcome: None,
        received_at,
        acknowledgement_due: received_at + Duration::hours(48),
        response_due: received_at + Duration::days(14),
        acknowledged_at: None,
        access_code_hash: AccessCode::generate().hash(),
        postal_address: None,
        handler: None,
        named_staff: Vec::new(),
        about_staff: None,
        language: "fr-CA".into(),
        procedure: Default::default(),
    }
}

fn message(subject: &str) -> Message {
    Message {
        from: "Plaintes <plaintes@example.org>".into(),
        to: "amina@example.com".into(),
        reply_to: None,
        subject: subject.into(),
        text: "texte".into(),
        html: "<p>texte</p>".into(),
    }
}

/// A draft that writes a sample complaint, its `Received` event and an
/// acknowledgement to send.
fn draft(received_at: DateTime<Utc>) -> Draft {
    Box::new(move |reference| {
        Ok(Change {
            complaint: sample(reference, received_at),
            events: vec![Event {
                at: received_at,
                actor: Actor::Client,
                kind: EventKind::Received {
                    channel: Channel::Web,
                },
            }],
            mail: vec![OutgoingMail {
                not_before: None,
                complaint: reference,
                purpose: MailPurpose::Acknowledgement,
                message: message(&format!("Accusé {reference}")),
            }],
        })
    })
}

async fn create(store: &dyn Store, name: &str, at: DateTime<Utc>) -> Complaint {
    match store
        .create_complaint(&key(name), 2026, at, draft(at))
        .await
        .unwrap()
    {
        Created::New(complaint) => complaint,
        Created::Existing(_) => panic!("{name} should be new"),
    }
}

fn references(complaints: Vec<Complaint>) -> Vec<String> {
    complaints
        .iter()
        .map(|complaint| complaint.reference.to_string())
        .collect()
}

fn now() -> DateTime<Utc> {
    at("2026-11-27T21:00:00-05:00")
}

pub async fn references_count_up_from_one_each_year(store: Arc<dyn Store>) {
    let first = create(&*store, "a", now()).await;
    let second = create(&*store, "b", now()).await;
    assert_eq!(first.reference.to_string(), "P-2026-0001");
    assert_eq!(second.reference.to_string(), "P-2026-0002");
    let next_year = store
        .create_complaint(&key("c"), 2027, now(), draft(now()))
        .await
        .unwrap();
    let Created::New(next_year) = next_year else {
        panic!("a new key makes a new complaint")
    };
    assert_eq!(next_year.reference.to_string(), "P-2027-0001");
}

pub async fn concurrent_creations_get_unique_gapless_references(store: Arc<dyn Store>) {
    const SUBMISSIONS: u32 = 40;
    let tasks: Vec<_> = (0..SUBMISSIONS)
        .map(|i| {
            let store = store.clone();
            tokio::spawn(async move { create(&*store, &format!("concurrent-{i}"), now()).await })
        })
        .collect();
    let mut numbers = BTreeSet::new();
    for task in tasks {
        numbers.insert(task.await.unwrap().reference.number());
    }
    assert_eq!(numbers, (1..=SUBMISSIONS).collect::<BTreeSet<_>>());
}

pub async fn a_reused_key_returns_the_first_complaint_and_writes_nothing(store: Arc<dyn Store>) {
    let first = create(&*store, "same", now()).await;
    let again = store
        .create_complaint(
            &key("same"),
            2026,
            now() + Duration::minutes(5),
            draft(now()),
        )
        .await
        .unwrap();
    assert_eq!(again, Created::Existing(first.clone()));
    assert_eq!(store.journal(&first.reference).await.unwrap().len(), 1);
    assert_eq!(
        store
            .due_mail(now() + Duration::hours(1), 10)
            .await
            .unwrap()
            .len(),
        1
    );
    let next = create(&*store, "other", now()).await;
    assert_eq!(
        next.reference.number(),
        2,
        "a repeat must not use up a number"
    );
}

pub async fn a_key_older_than_a_day_no_longer_protects(store: Arc<dyn Store>) {
    let first = create(&*store, "old", now()).await;
    let later = now() + Duration::hours(25);
    let again = store
        .create_complaint(&key("old"), 2026, later, draft(later))
        .await
        .unwrap();
    let Created::New(second) = again else {
        panic!("an expired key makes a new complaint")
    };
    assert_ne!(second.reference, first.reference);
}

pub async fn a_failed_draft_leaves_no_trace_and_no_gap(store: Arc<dyn Store>) {
    let failing: Draft = Box::new(|_| Err(RenderError::from(askama::Error::Fmt)));
    let result = store
        .create_complaint(&key("fails"), 2026, now(), failing)
        .await;
    assert!(matches!(result, Err(StoreError::Render(_))), "{result:?}");
    assert!(store
        .complaint(&Reference::new(2026, 1))
        .await
        .unwrap()
        .is_none());
    let next = create(&*store, "fails", now()).await;
    assert_eq!(next.reference.number(), 1);
}

pub async fn a_complaint_reads_back_as_written(store: Arc<dyn Store>) {
    let created = create(&*store, "read", now()).await;
    let read = store.complaint(&created.reference).await.unwrap();
    assert_eq!(read, Some(created));
    assert_eq!(
        store.complaint(&Reference::new(2026, 99)).await.unwrap(),
        None
    );
}

pub async fn an_update_bumps_the_version_and_a_stale_one_is_a_conflict(store: Arc<dyn Store>) {
    let created = create(&*store, "update", now()).await;
    let mut acknowledged = created.clone();
    acknowledged.status = created.status.apply(Transition::Acknowledge).unwrap();
    let event = Event {
        at: now(),
        actor: Actor::System,
        kind: EventKind::Acknowledged {
            means: AcknowledgementMeans::Email,
        },
    };
    let saved = store
        .update_complaint(Change {
            complaint: acknowledged.clone(),
            events: vec![event.clone()],
            mail: vec![],
        })
        .await
        .unwrap();
    assert_eq!(saved.version, 2);
    assert_eq!(
        store.complaint(&created.reference).await.unwrap(),
        Some(saved)
    );

    let stale = store
        .update_complaint(Change {
            complaint: acknowledged,
            events: vec![event],
            mail: vec![],
        })
        .await;
    assert!(matches!(stale, Err(StoreError::Conflict(_))), "{stale:?}");
    assert_eq!(
        store.journal(&created.reference).await.unwrap().len(),
        2,
        "a refused change writes no event"
    );
}

pub async fn the_journal_keeps_events_in_order(store: Arc<dyn Store>) {
    let created = create(&*store, "journal", now()).await;
    let mut complaint = created.clone();
    complaint.status = Status::Acknowledged;
    store
        .update_complaint(Change {
            complaint,
            events: vec![Event {
                at: now() + Duration::minutes(1),
                actor: Actor::System,
                kind: EventKind::Acknowledged {
                    means: AcknowledgementMeans::Email,
                },
            }],
            mail: vec![],
        })
        .await
        .unwrap();
    let kinds: Vec<EventKind> = store
        .journal(&created.reference)
        .await
        .unwrap()
        .into_iter()
        .map(|event| event.kind)
        .collect();
    assert_eq!(
        kinds,
        [
            EventKind::Received {
                channel: Channel::Web
            },
            EventKind::Acknowledged {
                means: AcknowledgementMeans::Email
            }
        ]
    );
}

pub async fn mail_is_queued_with_its_change_and_forgotten_once_sent(store: Arc<dyn Store>) {
    let created = create(&*store, "mail", now()).await;
    assert!(store
        .due_mail(now() - Duration::seconds(1), 10)
        .await
        .unwrap()
        .is_empty());
    let due = store.due_mail(now(), 10).await.unwrap();
    assert_eq!(due.len(), 1);
    assert_eq!(due[0].mail.complaint, created.reference);
    assert_eq!(due[0].mail.message.subject, "Accusé P-2026-0001");

    let mut acknowledged = created.clone();
    acknowledged.status = Status::Acknowledged;
    acknowledged.acknowledged_at = Some(now());
    store
        .mail_sent(
            &due[0].id,
            now(),
            Some(Change {
                complaint: acknowledged,
                events: vec![],
                mail: vec![],
            }),
        )
        .await
        .unwrap();
    assert!(store
        .due_mail(now() + Duration::days(1), 10)
        .await
        .unwrap()
        .is_empty());
    let read = store.complaint(&created.reference).await.unwrap().unwrap();
    assert_eq!(read.status, Status::Acknowledged);
    assert_eq!(read.version, 2);
}

pub async fn a_sent_mail_with_a_stale_change_stays_queued(store: Arc<dyn Store>) {
    let created = create(&*store, "stale-mail", now()).await;
    let due = store.due_mail(now(), 10).await.unwrap();
    let stale = Complaint {
        version: 7,
        ..created
    };
    let result = store
        .mail_sent(
            &due[0].id,
            now(),
            Some(Change {
                complaint: stale,
                events: vec![],
                mail: vec![],
            }),
        )
        .await;
    assert!(matches!(result, Err(StoreError::Conflict(_))), "{result:?}");
    assert_eq!(store.due_mail(now(), 10).await.unwrap().len(), 1);
}

pub async fn a_failed_mail_waits_for_its_retry_time(store: Arc<dyn Store>) {
    create(&*store, "retry", now()).await;
    let due = store.due_mail(now(), 10).await.unwrap();
    store
        .mail_failed(&due[0].id, now() + Duration::minutes(2))
        .await
        .unwrap();
    assert!(store
        .due_mail(now() + Duration::minutes(1), 10)
        .await
        .unwrap()
        .is_empty());
    let again = store
        .due_mail(now() + Duration::minutes(2), 10)
        .await
        .unwrap();
    assert_eq!(again.len(), 1);
    assert_eq!(again[0].attempts, 1);
}

pub async fn the_deadline_index_holds_exactly_the_open_cases_due_in_order(store: Arc<dyn Store>) {
    // Three complaints received an hour apart: acknowledgements due at
    // +48 h, +49 h, +50 h; responses due 14 days after receipt.
    let first = create(&*store, "due-1", now()).await;
    let second = create(&*store, "due-2", now() + Duration::hours(1)).await;
    let third = create(&*store, "due-3", now() + Duration::hours(2)).await;

    let at_49_hours = now() + Duration::hours(49);
    assert_eq!(
        references(store.due_by(at_49_hours, 10).await.unwrap()),
        ["P-2026-0001", "P-2026-0002"]
    );
    assert_eq!(
        references(store.due_by(at_49_hours, 1).await.unwrap()),
        ["P-2026-0001"]
    );

    // Acknowledged, the first is next due for its response; withdrawn, the
    // second leaves the index.
    let mut acknowledged = first.clone();
    acknowledged.status = Status::Acknowledged;
    acknowledged.acknowledged_at = Some(now());
    store
        .update_complaint(Change {
            complaint: acknowledged,
            events: vec![],
            mail: vec![],
        })
        .await
        .unwrap();
    let mut withdrawn = second.clone();
    withdrawn.status = Status::Withdrawn;
    store
        .update_complaint(Change {
            complaint: withdrawn,
            events: vec![],
            mail: vec![],
        })
        .await
        .unwrap();

    assert_eq!(
        references(store.due_by(now() + Duration::hours(50), 10).await.unwrap()),
        ["P-2026-0003"]
    );
    let everything = store.due_by(now() + Duration::days(30), 10).await.unwrap();
    assert_eq!(
        references(everything.clone()),
        ["P-2026-0003", "P-2026-0001"]
    );
    assert_eq!(
        everything[1].version, 2,
        "the index answers the current state"
    );
    assert_eq!(third.reference.number(), 3);
}

pub async fn appended_events_follow_the_journal_without_changing_the_version(
    store: Arc<dyn Store>,
) {
    let complaint = create(&*store, "read", now()).await;
    let reader = Actor::Staff {
        id: plaintes_core::access::StaffId::new("direction@example.org"),
        name: "Andréane Morin".into(),
        email: None,
    };
    let read = |minutes| Event {
        at: now() + Duration::minutes(minutes),
        actor: reader.clone(),
        kind: EventKind::FileRead,
    };
    store
        .append_events(&complaint.reference, 1, vec![read(1)])
        .await
        .unwrap();
    store
        .append_events(&complaint.reference, 1, vec![read(2)])
        .await
        .unwrap();
    let unchanged = store
        .complaint(&complaint.reference)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(unchanged.version, 1, "a read changes no version");

    // A later change: its events come after the reads.
    let mut acknowledged = unchanged.clone();
    acknowledged.status = Status::Acknowledged;
    store
        .update_complaint(Change {
            complaint: acknowledged,
            events: vec![Event {
                at: now() + Duration::minutes(3),
                actor: Actor::System,
                kind: EventKind::Acknowledged {
                    means: AcknowledgementMeans::Email,
                },
            }],
            mail: vec![],
        })
        .await
        .unwrap();
    store
        .append_events(&complaint.reference, 2, vec![read(4)])
        .await
        .unwrap();
    let times: Vec<_> = store
        .journal(&complaint.reference)
        .await
        .unwrap()
        .iter()
        .map(|event| (event.at - now()).num_minutes())
        .collect();
    assert_eq!(times, [0, 1, 2, 3, 4]);

    let missing = Reference::new(2026, 999);
    assert!(matches!(
        store.append_events(&missing, 1, vec![read(5)]).await,
        Err(StoreError::NotFound(_))
    ));
}

pub async fn complaints_are_listed_by_year_of_receipt(store: Arc<dyn Store>) {
    create(&*store, "y1", now()).await;
    create(&*store, "y2", now()).await;
    store
        .create_complaint(&key("y3"), 2027, now(), draft(now()))
        .await
        .unwrap();
    let listed = |first, last| {
        let store = store.clone();
        async move { references(store.complaints_received(first, last).await.unwrap()) }
    };
    assert_eq!(listed(2026, 2026).await, ["P-2026-0001", "P-2026-0002"]);
    assert_eq!(
        listed(2025, 2027).await,
        ["P-2026-0001", "P-2026-0002", "P-2027-0001"]
    );
    assert!(listed(2020, 2025).await.is_empty());
}

pub async fn the_mail_log_tells_what_was_queued_and_sent(store: Arc<dyn Store>) {
    let complaint = create(&*store, "log", now()).await;
    let log = store.mail_log(&complaint.reference).await.unwrap();
    assert_eq!(log.len(), 1);
    assert_eq!(log[0].purpose, MailPurpose::Acknowledgement);
    assert_eq!(log[0].sent_at, None);
    let queued = store.due_mail(now(), 10).await.unwrap();
    store
        .mail_sent(&queued[0].id, now() + Duration::minutes(1), None)
        .await
        .unwrap();
    let log = store.mail_log(&complaint.reference).await.unwrap();
    assert_eq!(log[0].sent_at, Some(now() + Duration::minutes(1)));
    assert_eq!(log[0].attempts, 1);
    assert!(store
        .mail_log(&Reference::new(2026, 999))
        .await
        .unwrap()
        .is_empty());
}

pub async fn tries_are_counted_per_key_and_window(store: Arc<dyn Store>) {
    let window = now();
    let next = now() + Duration::minutes(15);
    assert_eq!(
        store
            .attempts("reference:P-2026-0001", window)
            .await
            .unwrap(),
        0
    );
    for expected in 1..=3 {
        let count = store
            .count_attempt("reference:P-2026-0001", window, next)
            .await
            .unwrap();
        assert_eq!(count, expected);
    }
    store
        .count_attempt("address:203.0.113.9", window, next)
        .await
        .unwrap();
    assert_eq!(
        store
            .attempts("reference:P-2026-0001", window)
            .await
            .unwrap(),
        3
    );
    assert_eq!(
        store.attempts("address:203.0.113.9", window).await.unwrap(),
        1
    );
    assert_eq!(
        store.attempts("reference:P-2026-0001", next).await.unwrap(),
        0,
        "a new window starts from nothing"
    );
}

pub async fn tries_under_several_keys_are_counted_at_once_each_in_its_own_count(
    store: Arc<dyn Store>,
) {
    let window = now();
    let next = now() + Duration::minutes(15);
    store
        .count_attempt("mail-to:a@example.com", window, next)
        .await
        .unwrap();
    let keys = [
        "mail-to:a@example.com".to_owned(),
        "mail-from:203.0.113.9".to_owned(),
    ];
    assert_eq!(
        store.count_attempts(&keys, window, next).await.unwrap(),
        [2, 1]
    );
    // Many at once: every count is its own, none lost.
    let mut tasks = Vec::new();
    for _ in 0..8 {
        let store = store.clone();
        let keys = keys.clone();
        tasks.push(tokio::spawn(async move {
            store.count_attempts(&keys, window, next).await.unwrap()
        }));
    }
    let (mut first, mut second) = (Vec::new(), Vec::new());
    for task in tasks {
        let counts = task.await.unwrap();
        first.push(counts[0]);
        second.push(counts[1]);
    }
    first.sort();
    second.sort();
    assert_eq!(first, (3..=10).collect::<Vec<u32>>());
    assert_eq!(second, (2..=9).collect::<Vec<u32>>());
    assert_eq!(store.attempts(&keys[0], window).await.unwrap(), 10);
    assert_eq!(store.attempts(&keys[1], window).await.unwrap(), 9);
}

pub async fn a_try_given_back_is_taken_off_the_count_never_below_zero(store: Arc<dyn Store>) {
    let window = now();
    let next = now() + Duration::minutes(15);
    let key = "address:198.51.100.4";
    store.give_back_attempt(key, window).await.unwrap();
    assert_eq!(store.attempts(key, window).await.unwrap(), 0);
    for _ in 0..2 {
        store.count_attempt(key, window, next).await.unwrap();
    }
    store.give_back_attempt(key, window).await.unwrap();
    assert_eq!(store.attempts(key, window).await.unwrap(), 1);
    store.give_back_attempt(key, window).await.unwrap();
    store.give_back_attempt(key, window).await.unwrap();
    assert_eq!(store.attempts(key, window).await.unwrap(), 0);
    assert_eq!(store.count_attempt(key, window, next).await.unwrap(), 1);
}

pub async fn a_request_is_queued_for_a_reference_that_may_not_exist(store: Arc<dyn Store>) {
    let nobody = Reference::new(2026, 4242);
    let request = OutgoingMail {
        complaint: nobody,
        purpose: MailPurpose::NewCodeRequest,
        message: message(""),
        not_before: None,
    };
    store.queue_mail(request.clone(), now()).await.unwrap();
    let due = store.due_mail(now(), 10).await.unwrap();
    assert_eq!(due.len(), 1);
    assert_eq!(due[0].mail, request);
    store.mail_sent(&due[0].id, now(), None).await.unwrap();
    assert!(store.due_mail(now(), 10).await.unwrap().is_empty());
    assert!(store.complaint(&nobody).await.unwrap().is_none());
    // Held mail waits for its moment.
    let held = OutgoingMail {
        not_before: Some(now() + Duration::hours(10)),
        ..request
    };
    store.queue_mail(held, now()).await.unwrap();
    assert!(store.due_mail(now(), 10).await.unwrap().is_empty());
    assert_eq!(
        store
            .due_mail(now() + Duration::hours(10), 10)
            .await
            .unwrap()
            .len(),
        1
    );
}

pub async fn a_complaints_due_mail_is_its_own_and_seen_at_once(store: Arc<dyn Store>) {
    let first = create(&*store, "own-mail-1", now()).await;
    let second = create(&*store, "own-mail-2", now()).await;
    // Read at once after the write: each sees its own acknowledgement only.
    for complaint in [&first, &second] {
        let due = store
            .due_mail_of(&complaint.reference, now())
            .await
            .unwrap();
        assert_eq!(due.len(), 1, "{}", complaint.reference);
        assert_eq!(due[0].mail.complaint, complaint.reference);
        assert_eq!(
            due[0].mail.message.subject,
            format!("Accusé {}", complaint.reference)
        );
    }
    // Not yet due, then due; sent, then gone; a failure waits its retry.
    assert!(store
        .due_mail_of(&first.reference, now() - Duration::seconds(1))
        .await
        .unwrap()
        .is_empty());
    let due = store.due_mail_of(&first.reference, now()).await.unwrap();
    store.mail_sent(&due[0].id, now(), None).await.unwrap();
    assert!(store
        .due_mail_of(&first.reference, now() + Duration::days(1))
        .await
        .unwrap()
        .is_empty());
    let due = store.due_mail_of(&second.reference, now()).await.unwrap();
    store
        .mail_failed(&due[0].id, now() + Duration::minutes(2))
        .await
        .unwrap();
    assert!(store
        .due_mail_of(&second.reference, now() + Duration::minutes(1))
        .await
        .unwrap()
        .is_empty());
    let again = store
        .due_mail_of(&second.reference, now() + Duration::minutes(2))
        .await
        .unwrap();
    assert_eq!(again.len(), 1);
    assert_eq!(again[0].attempts, 1);
    // A request queued for a reference nobody has is found by it too.
    let nobody = Reference::new(2026, 4343);
    store
        .queue_mail(
            OutgoingMail {
                complaint: nobody,
                purpose: MailPurpose::NewCodeRequest,
                message: message(""),
                not_before: None,
            },
            now(),
        )
        .await
        .unwrap();
    let request = store.due_mail_of(&nobody, now()).await.unwrap();
    assert_eq!(request.len(), 1);
    assert_eq!(request[0].mail.purpose, MailPurpose::NewCodeRequest);
}

/// Runs every test of the suite, each on a store from `fresh`.
#[macro_export]
macro_rules! store_conformance_tests {
    ($fresh:expr) => {
        $crate::store_conformance_tests!(@each $fresh;
            references_count_up_from_one_each_year,
            concurrent_creations_get_unique_gapless_references,
            a_reused_key_returns_the_first_complaint_and_writes_nothing,
            a_key_older_than_a_day_no_longer_protects,
            a_failed_draft_leaves_no_trace_and_no_gap,
            a_complaint_reads_back_as_written,
            an_update_bumps_the_version_and_a_stale_one_is_a_conflict,
            the_journal_keeps_events_in_order,
            mail_is_queued_with_its_change_and_forgotten_once_sent,
            a_sent_mail_with_a_stale_change_stays_queued,
            a_failed_mail_waits_for_its_retry_time,
            the_deadline_index_holds_exactly_the_open_cases_due_in_order,
            appended_events_follow_the_journal_without_changing_the_version,
            complaints_are_listed_by_year_of_receipt,
            the_mail_log_tells_what_was_queued_and_sent,
            tries_are_counted_per_key_and_window,
            tries_under_several_keys_are_counted_at_once_each_in_its_own_count,
            a_try_given_back_is_taken_off_the_count_never_below_zero,
            a_request_is_queued_for_a_reference_that_may_not_exist,
            a_complaints_due_mail_is_its_own_and_seen_at_once,
        );
    };
    (@each $fresh:expr; $($name:ident,)*) => {
        $(
            #[tokio::test(flavor = "multi_thread", worker_threads = 4)]
            async fn $name() {
                let store = $fresh.await;
                $crate::store_conformance::$name(store).await;
            }
        )*
    };
}
