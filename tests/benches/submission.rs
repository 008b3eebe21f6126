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

/// The p-th percentile of sorted latencies.
fn percentile(sorted: &[Duration], p: f64) -> Duration {
    if sorted.is_empty() {
        return Duration::ZERO;
    }
    let rank = ((p / 100.0) * (sorted.len() - 1) as f64).round() as usize;
    sorted[rank.min(sorted.len() - 1)]
}

/// Whole submissions through HTTP by `clients` at once, each one after the
/// other; returns the rate per second.
async fn concurrent_submissions(clients: usize, per_client: usize) -> f64 {
    let app = std::sync::Arc::new(spawn_app().await);
    let began = Instant::now();
    let mut tasks = Vec::new();
    for client in 0..clients {
        let app = app.clone();
        tasks.push(tokio::spawn(async move {
            let mut latencies = Vec::with_capacity(per_client);
            for i in 0..per_client {
                let key = format!("bench-{clients}-{client:02}-{i:06}");
                let sent = Instant::now();
                let response = app.post_json_with_key(&valid_json(), &key).await;
                assert_eq!(response.status(), 201);
                latencies.push(sent.elapsed());
            }
            latencies
        }));
    }
    let mut latencies = Vec::new();
    for task in tasks {
        latencies.extend(task.await.expect("a client"));
    }
    let elapsed = began.elapsed();
    latencies.sort();
    let total = latencies.len();
    let rate = total as f64 / elapsed.as_secs_f64();
    println!(
        "{:<48} {rate:>12.0} op/s   p50 {:>8.2?}   p99 {:>8.2?}   ({total} ops)",
        format!("JSON submissions, {clients} client(s) at once"),
        percentile(&latencies, 50.0),
        percentile(&latencies, 99.0),
    );
    rate
}

/// The baseline: SQLite alone on the same disk, with the product's
/// durability (WAL), one transaction per complaint-sized row and its
/// outbox row, one after the other; returns the rate per second.
fn raw_sqlite(synchronous: &str, operations: u32) -> f64 {
    let folder = tempfile::tempdir().expect("a folder");
    let connection = rusqlite::Connection::open(folder.path().join("raw.sqlite")).expect("open");
    // The same disk as the product's store: the temporary folder.
    connection
        .pragma_update(None, "journal_mode", "WAL")
        .expect("wal");
    connection
        .pragma_update(None, "synchronous", synchronous)
        .expect("synchronous");
    connection
        .execute_batch(
            "CREATE TABLE complaints (reference TEXT PRIMARY KEY, data TEXT NOT NULL);
             CREATE TABLE outbox (id INTEGER PRIMARY KEY, reference TEXT NOT NULL, message TEXT NOT NULL);",
        )
        .expect("schema");
    let complaint = "x".repeat(2_000);
    let message = "y".repeat(3_000);
    let mut connection = connection;
    let began = Instant::now();
    for i in 0..operations {
        let transaction = connection.transaction().expect("begin");
        let reference = format!("P-2026-{i:06}");
        transaction
            .execute(
                "INSERT INTO complaints (reference, data) VALUES (?1, ?2)",
                rusqlite::params![reference, complaint],
            )
            .expect("complaint");
        transaction
            .execute(
                "INSERT INTO outbox (reference, message) VALUES (?1, ?2)",
                rusqlite::params![reference, message],
            )
            .expect("outbox");
        transaction.commit().expect("commit");
    }
    let elapsed = began.elapsed();
    let rate = f64::from(operations) / elapsed.as_secs_f64();
    println!(
        "{:<48} {rate:>12.0} op/s   ({operations} ops)",
        format!("baseline: raw SQLite, WAL, synchronous={synchronous}")
    );
    rate
}

fn main() {
    deadlines();
    let runtime = tokio::runtime::Runtime::new().expect("a runtime");
    runtime.block_on(submissions());
    let alone = runtime.block_on(concurrent_submissions(1, 300));
    let eight = runtime.block_on(concurrent_submissions(8, 60));
    raw_sqlite("NORMAL", 2_000);
    let full = raw_sqlite("FULL", 2_000);
    println!(
        "{:<48} {:>11.0} %   (8 clients) {:>8.0} %   (1 client)",
        "submissions / raw SQLite with the same durability",
        100.0 * eight / full,
        100.0 * alone / full,
    );
}
