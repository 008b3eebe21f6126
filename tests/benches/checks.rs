//! What one run of the scheduler's checks costs as the history grows: it
//! reads only the complaints whose next deadline is near, so 100 000 closed
//! complaints beside 1 000 open ones should cost about what the open ones
//! cost alone. Prints one line per measure; run with `make bench`.

use std::sync::Arc;
use std::time::Instant;

use chrono::Duration;
use plaintes_core::checks::run_checks;
use plaintes_core::complaint::{Complainant, IdempotencyKey, Reference};
use plaintes_core::lifecycle::Status;
use plaintes_core::ports::{Change, FixedClock, FixedDirectory, Services, Store};
use plaintes_local::{FileMailer, SqliteStore};
use plaintes_tests::{at, organisation};

const NOW: &str = "2026-11-27T10:00:00-05:00";

/// Adds `count` complaints: open ones received over the last week, or
/// closed ones received over past years (their anonymisation far ahead).
async fn add(store: &SqliteStore, count: usize, open: bool, offset: usize) {
    for i in 0..count {
        let received = if open {
            at(NOW) - Duration::minutes(10 * i as i64)
        } else {
            at(NOW) - Duration::days(30) - Duration::minutes(7 * i as i64)
        };
        let key = IdempotencyKey::parse(&format!("bench-{open}-{}", offset + i)).unwrap();
        let draft = Box::new(move |reference: Reference| {
            let mut complaint = plaintes_tests::store_conformance::sample(reference, received);
            complaint.complainant = Complainant::Anonymous;
            complaint.acknowledged_at = Some(received);
            if !open {
                complaint.status = Status::Closed;
                complaint.procedure.closed_at = Some(received + Duration::days(20));
                complaint.procedure.purge_due = Some(at(NOW) + Duration::days(700));
            } else {
                complaint.status = Status::Acknowledged;
            }
            Ok(Change {
                complaint,
                events: vec![],
                mail: vec![],
            })
        });
        store
            .create_complaint(&key, 2026, at(NOW), draft)
            .await
            .unwrap();
    }
}

async fn measure(name: &str, store: &SqliteStore, folder: &std::path::Path) {
    let services = Services::new(
        organisation(),
        Arc::new(store.clone()),
        Arc::new(FileMailer::new(&folder.join("outbox")).unwrap()),
        Arc::new(FixedClock::new(at(NOW))),
        Arc::new(FixedDirectory(Vec::new())),
    );
    // The first run sends the reminders due; the next ones find them sent.
    run_checks(&services, at(NOW)).await.unwrap();
    const RUNS: u32 = 5;
    let began = Instant::now();
    let mut looked_at = 0;
    for run in 0..RUNS {
        let when = at(NOW) + Duration::minutes(i64::from(run) + 1);
        looked_at = run_checks(&services, when).await.unwrap().looked_at;
    }
    let per_run = began.elapsed() / RUNS;
    println!("{name:<48} {per_run:>12.2?} / run   ({looked_at} complaints looked at)");
}

#[tokio::main]
async fn main() {
    let folder = tempfile::tempdir().unwrap();
    let store = SqliteStore::open(&folder.path().join("p.sqlite")).unwrap();
    add(&store, 1_000, true, 0).await;
    measure("checks: 1 000 open, no history", &store, folder.path()).await;
    add(&store, 100_000, false, 0).await;
    measure("checks: 1 000 open, 100 000 closed", &store, folder.path()).await;
    add(&store, 1_000, true, 1_000).await;
    measure("checks: 2 000 open, 100 000 closed", &store, folder.path()).await;
}
