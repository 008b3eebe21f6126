//! How long the director waits for a year's report: 10 000 complaints
//! received in 2026 on SQLite, read back and turned into the figures (this
//! year and the year before) and the CSV. Run with `make bench`.

use std::time::Instant;

use chrono::Duration;
use plaintes_core::complaint::{IdempotencyKey, Reference};
use plaintes_core::lifecycle::Status;
use plaintes_core::ports::{Change, Store};
use plaintes_core::reports::{csv, Figures, Period};
use plaintes_local::SqliteStore;
use plaintes_tests::{at, organisation};

#[tokio::main]
async fn main() {
    let folder = tempfile::tempdir().unwrap();
    let store = SqliteStore::open(&folder.path().join("p.sqlite")).unwrap();
    let start = at("2026-01-02T09:00:00-05:00");
    for i in 0..10_000i64 {
        // About one complaint every 50 minutes through the year.
        let received = start + Duration::minutes(50 * i);
        let key = IdempotencyKey::parse(&format!("bench-report-{i}")).unwrap();
        let draft = Box::new(move |reference: Reference| {
            let mut complaint = plaintes_tests::store_conformance::sample(reference, received);
            complaint.acknowledged_at = Some(received + Duration::hours(3));
            complaint.status = if i % 3 == 0 {
                Status::Closed
            } else {
                Status::Acknowledged
            };
            Ok(Change {
                complaint,
                events: vec![],
                mail: vec![],
            })
        });
        store
            .create_complaint(&key, 2026, received, draft)
            .await
            .unwrap();
    }
    let organisation = organisation();
    let calendar = organisation.calendar();
    let period = Period::year(2026).unwrap();
    let previous = period.a_year_before().unwrap();
    let now = at("2027-01-15T10:00:00-05:00");
    const RUNS: u32 = 5;
    let began = Instant::now();
    let mut received = 0;
    for _ in 0..RUNS {
        let all = store.complaints_received(2025, 2026).await.unwrap();
        let figures = Figures::compute(&all, &period, now, &calendar);
        let before = Figures::compute(&all, &previous, now, &calendar);
        received = figures.received + before.received;
        std::hint::black_box(csv(&all, &period, now, &calendar, &organisation));
    }
    println!(
        "{:<48} {:>12.2?} / report   ({received} complaints)",
        "report: a year of 10 000 complaints, with CSV",
        began.elapsed() / RUNS
    );
}
