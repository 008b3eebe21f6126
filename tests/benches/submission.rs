//! How fast the promises are computed and a complaint is taken in:
//! deadlines on the business-day calendar, and whole submissions through
//! HTTP onto the SQLite store with the acknowledgement written to the
//! outbox. Prints one line per measure; run with `make bench`.

use std::time::{Duration, Instant};

use chrono::Duration as Span;
use plaintes_tests::{at, organisation, spawn_app, valid_json, FRIDAY_EVENING};

fn report(name: &str, operations: u32, elapsed: Duration) {
    let per_operation = elapsed / operations;
    let per_second = f64::from(operations) / elapsed.as_secs_f64();
    println!(
        "{name:<48} {per_operation:>12.2?} / op   {per_second:>12.0} op/s   ({operations} ops)"
    );
}

fn deadlines() {
    let organisation = organisation();
    let calendar = organisation.calendar();
    let start = at(FRIDAY_EVENING);
    const OPERATIONS: u32 = 200_000;
    let began = Instant::now();
    let mut last = start;
    for i in 0..OPERATIONS {
        // One instant every 17 minutes over about ten years.
        let received = start + Span::minutes(17 * i64::from(i));
        last = last.max(calendar.response_due(received, 10));
    }
    report(
        "response due (10 business days)",
        OPERATIONS,
        began.elapsed(),
    );
    std::hint::black_box(last);
}

async fn submissions() {
    let app = spawn_app().await;
    const OPERATIONS: u32 = 300;
    let began = Instant::now();
    for i in 0..OPERATIONS {
        let key = format!("bench-submission-{i:06}");
        let response = app.post_json_with_key(&valid_json(), &key).await;
        assert_eq!(response.status(), 201);
    }
    report(
        "JSON submission, stored and acknowledged",
        OPERATIONS,
        began.elapsed(),
    );

    let began = Instant::now();
    for _ in 0..OPERATIONS {
        let response = app
            .post_json_with_key(&valid_json(), "bench-submission-000000")
            .await;
        assert_eq!(response.status(), 200);
    }
    report(
        "retried submission (idempotent answer)",
        OPERATIONS,
        began.elapsed(),
    );
}

fn main() {
    deadlines();
    tokio::runtime::Runtime::new()
        .expect("a runtime")
        .block_on(submissions());
}
