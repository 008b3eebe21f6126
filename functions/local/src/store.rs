//! The `Store` port on SQLite: one file in WAL mode, migrations by
//! `user_version`, and one `BEGIN IMMEDIATE` transaction per state change,
//! so that a complaint, its journal and its mail are written together or
//! not at all, and references are allocated without gaps even when several
//! processes share the file.

use std::path::Path;
use std::sync::{Arc, Mutex};

use async_trait::async_trait;
use chrono::{DateTime, Duration, SecondsFormat, Utc};
use plaintes_core::complaint::{Complaint, IdempotencyKey, Reference};
use plaintes_core::ports::{
    Change, Created, Draft, Event, MailRecord, OutgoingMail, QueuedMail, SessionStore, Store,
    StoreError, IDEMPOTENCY_WINDOW_HOURS,
};
use plaintes_core::session::{SessionKey, StaffSession};
use rusqlite::{params, Connection, OptionalExtension, Transaction, TransactionBehavior};

/// Each entry moves the schema one version up; never edit a shipped one.
const MIGRATIONS: &[&str] = &[
    r#"
CREATE TABLE complaints (
    reference   TEXT PRIMARY KEY,
    year        INTEGER NOT NULL,
    number      INTEGER NOT NULL,
    version     INTEGER NOT NULL,
    status      TEXT NOT NULL,
    received_at TEXT NOT NULL,
    data        TEXT NOT NULL,
    UNIQUE (year, number)
);
CREATE TABLE reference_counters (
    year INTEGER PRIMARY KEY,
    last INTEGER NOT NULL
);
CREATE TABLE idempotency_keys (
    key        TEXT PRIMARY KEY,
    reference  TEXT NOT NULL REFERENCES complaints (reference),
    created_at TEXT NOT NULL
);
CREATE TABLE events (
    id        INTEGER PRIMARY KEY AUTOINCREMENT,
    reference TEXT NOT NULL REFERENCES complaints (reference),
    at        TEXT NOT NULL,
    data      TEXT NOT NULL
);
CREATE INDEX events_by_complaint ON events (reference, id);
CREATE TABLE outbox (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    reference       TEXT NOT NULL REFERENCES complaints (reference),
    purpose         TEXT NOT NULL,
    message         TEXT,
    queued_at       TEXT NOT NULL,
    next_attempt_at TEXT NOT NULL,
    attempts        INTEGER NOT NULL DEFAULT 0,
    sent_at         TEXT
);
CREATE INDEX outbox_due ON outbox (next_attempt_at) WHERE sent_at IS NULL;
"#,
    r#"
ALTER TABLE complaints ADD COLUMN next_deadline TEXT;
CREATE INDEX complaints_by_deadline ON complaints (next_deadline, reference)
    WHERE next_deadline IS NOT NULL;
"#,
    r#"
CREATE TABLE staff_accounts (
    id              TEXT PRIMARY KEY,
    name            TEXT NOT NULL,
    roles           TEXT NOT NULL,
    password_hash   TEXT NOT NULL,
    created_at      TEXT NOT NULL,
    failed_attempts INTEGER NOT NULL DEFAULT 0,
    locked_until    TEXT
);
"#,
    r#"
CREATE TABLE revoked_tokens (
    id         TEXT PRIMARY KEY,
    expires_at TEXT NOT NULL
);
"#,
    r#"
CREATE TABLE attempts (
    key        TEXT NOT NULL,
    window     TEXT NOT NULL,
    count      INTEGER NOT NULL,
    expires_at TEXT NOT NULL,
    PRIMARY KEY (key, window)
);
"#,
    // Wrong passwords for addresses that have no account are counted and
    // paused like a real account's, so that the answers tell nothing.
    r#"
CREATE TABLE sign_in_failures (
    id              TEXT PRIMARY KEY,
    failed_attempts INTEGER NOT NULL,
    locked_until    TEXT
);
"#,
    // A staff member is known by an id that never changes; the e-mail
    // address only says where mail reaches them. Accounts made before keep
    // their address as their id, so that the complaints naming them or
    // assigned to them still do.
    r#"
ALTER TABLE staff_accounts ADD COLUMN email TEXT;
UPDATE staff_accounts SET email = id;
CREATE UNIQUE INDEX staff_accounts_by_email ON staff_accounts (email);
"#,
    // The outbox also holds requests the site received for a reference that
    // may not exist (a new code asked for): it no longer refers to a
    // complaint row.
    r#"
CREATE TABLE outbox_any (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    reference       TEXT NOT NULL,
    purpose         TEXT NOT NULL,
    message         TEXT,
    queued_at       TEXT NOT NULL,
    next_attempt_at TEXT NOT NULL,
    attempts        INTEGER NOT NULL DEFAULT 0,
    sent_at         TEXT
);
INSERT INTO outbox_any (id, reference, purpose, message, queued_at, next_attempt_at, attempts, sent_at)
    SELECT id, reference, purpose, message, queued_at, next_attempt_at, attempts, sent_at FROM outbox;
DROP TABLE outbox;
ALTER TABLE outbox_any RENAME TO outbox;
CREATE INDEX outbox_due ON outbox (next_attempt_at) WHERE sent_at IS NULL;
CREATE INDEX outbox_by_complaint ON outbox (reference, id);
"#,
    // Staff sign-in sessions, known by the digest of the cookie's secret.
    r#"
CREATE TABLE staff_sessions (
    key        TEXT PRIMARY KEY,
    data       TEXT NOT NULL,
    keep_until TEXT NOT NULL
);
CREATE INDEX staff_sessions_by_end ON staff_sessions (keep_until);
"#,
];

/// Complaints in one SQLite file: one connection writes, a few others
/// read beside it (WAL), so that reading never waits for a write.
#[derive(Clone)]
pub struct SqliteStore {
    pub(crate) connection: Arc<Mutex<Connection>>,
    readers: Arc<Readers>,
}

/// How many connections read beside the writer.
const READERS: usize = 4;

/// The read-only connections, each behind its own lock, taken in turn.
struct Readers {
    connections: Vec<Mutex<Connection>>,
    next: std::sync::atomic::AtomicUsize,
}

impl Readers {
    fn open(path: &Path) -> anyhow::Result<Self> {
        use anyhow::Context;
        use rusqlite::OpenFlags;
        let connections = (0..READERS)
            .map(|_| {
                let connection = Connection::open_with_flags(
                    path,
                    OpenFlags::SQLITE_OPEN_READ_ONLY
                        | OpenFlags::SQLITE_OPEN_NO_MUTEX
                        | OpenFlags::SQLITE_OPEN_URI,
                )
                .with_context(|| format!("cannot open the database {} to read", path.display()))?;
                connection.busy_timeout(std::time::Duration::from_secs(5))?;
                Ok(Mutex::new(connection))
            })
            .collect::<anyhow::Result<_>>()?;
        Ok(Self {
            connections,
            next: std::sync::atomic::AtomicUsize::new(0),
        })
    }

    /// A free reader if there is one, else the next in turn.
    fn take(&self) -> Result<std::sync::MutexGuard<'_, Connection>, StoreError> {
        for connection in &self.connections {
            if let Ok(free) = connection.try_lock() {
                return Ok(free);
            }
        }
        let turn = self.next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        self.connections[turn % self.connections.len()]
            .lock()
            .map_err(|_| StoreError::Backend("a database lock is poisoned".into()))
    }
}

impl SqliteStore {
    /// Opens (creating if needed) the database at `path` and brings its
    /// schema up to date.
    pub fn open(path: &Path) -> anyhow::Result<Self> {
        use anyhow::Context;
        let mut connection = Connection::open(path)
            .with_context(|| format!("cannot open the database {}", path.display()))?;
        connection
            .pragma_update(None, "journal_mode", "WAL")
            .context("cannot switch the database to WAL")?;
        connection.pragma_update(None, "foreign_keys", "ON")?;
        // A complaint told « reçue » survives a power cut, not only a crash:
        // each commit reaches the disk before it returns.
        connection.pragma_update(None, "synchronous", "FULL")?;
        connection.busy_timeout(std::time::Duration::from_secs(5))?;
        migrate(&mut connection).context("cannot migrate the database schema")?;
        // Opened once the schema exists: a reader never creates anything.
        let readers = Readers::open(path)?;
        Ok(Self {
            connection: Arc::new(Mutex::new(connection)),
            readers: Arc::new(readers),
        })
    }

    /// Reads on a connection of its own, beside the writer (WAL): a read
    /// sees every write committed before it and never waits for one.
    pub(crate) async fn read<T, F>(&self, work: F) -> Result<T, StoreError>
    where
        T: Send + 'static,
        F: FnOnce(&Connection) -> Result<T, StoreError> + Send + 'static,
    {
        let readers = self.readers.clone();
        tokio::task::spawn_blocking(move || {
            let connection = readers.take()?;
            work(&connection)
        })
        .await
        .map_err(|error| StoreError::Backend(format!("database task failed: {error}")))?
    }

    /// Runs `work` on the connection away from the async runtime.
    pub(crate) async fn with<T, F>(&self, work: F) -> Result<T, StoreError>
    where
        T: Send + 'static,
        F: FnOnce(&mut Connection) -> Result<T, StoreError> + Send + 'static,
    {
        let connection = self.connection.clone();
        tokio::task::spawn_blocking(move || {
            let mut connection = connection
                .lock()
                .map_err(|_| StoreError::Backend("the database lock is poisoned".into()))?;
            work(&mut connection)
        })
        .await
        .map_err(|error| StoreError::Backend(format!("database task failed: {error}")))?
    }
}

/// A row of the outbox as `due_mail` selects it.
type QueuedRow = (i64, String, String, String, u32);

fn queued_row(row: &rusqlite::Row<'_>) -> rusqlite::Result<QueuedRow> {
    Ok((
        row.get(0)?,
        row.get(1)?,
        row.get(2)?,
        row.get(3)?,
        row.get(4)?,
    ))
}

fn queued_mail(
    (id, reference, purpose, message, attempts): QueuedRow,
) -> Result<QueuedMail, StoreError> {
    Ok(QueuedMail {
        id: id.to_string(),
        attempts,
        mail: OutgoingMail {
            not_before: None,
            complaint: Reference::parse(&reference).map_err(backend)?,
            purpose: from_json(&purpose)?,
            message: from_json(&message)?,
        },
    })
}

fn migrate(connection: &mut Connection) -> anyhow::Result<()> {
    let current: usize = connection.pragma_query_value(None, "user_version", |row| row.get(0))?;
    for (index, migration) in MIGRATIONS.iter().enumerate().skip(current) {
        let transaction = connection.transaction_with_behavior(TransactionBehavior::Immediate)?;
        transaction.execute_batch(migration)?;
        if index == 1 {
            backfill_next_deadlines(&transaction)?;
        }
        transaction.pragma_update(None, "user_version", index + 1)?;
        transaction.commit()?;
    }
    Ok(())
}

/// Gives the complaints stored before the deadline index their place in it.
fn backfill_next_deadlines(transaction: &Transaction<'_>) -> anyhow::Result<()> {
    let complaints: Vec<String> = transaction
        .prepare("SELECT data FROM complaints")?
        .query_map([], |row| row.get(0))?
        .collect::<Result<_, _>>()?;
    for data in complaints {
        let complaint: Complaint = serde_json::from_str(&data)?;
        transaction.execute(
            "UPDATE complaints SET next_deadline = ?1 WHERE reference = ?2",
            params![
                complaint.next_deadline().map(timestamp),
                complaint.reference.to_string()
            ],
        )?;
    }
    Ok(())
}

pub(crate) fn backend(error: impl std::fmt::Display) -> StoreError {
    StoreError::Backend(error.to_string())
}

/// Timestamps are stored in one fixed-width UTC form, so that text order is
/// time order.
pub(crate) fn timestamp(at: DateTime<Utc>) -> String {
    at.to_rfc3339_opts(SecondsFormat::Micros, true)
}

fn parse_timestamp(text: &str) -> Result<DateTime<Utc>, StoreError> {
    DateTime::parse_from_rfc3339(text)
        .map(|at| at.with_timezone(&Utc))
        .map_err(backend)
}

fn to_json<T: serde::Serialize>(value: &T) -> Result<String, StoreError> {
    serde_json::to_string(value).map_err(backend)
}

fn from_json<T: serde::de::DeserializeOwned>(text: &str) -> Result<T, StoreError> {
    serde_json::from_str(text).map_err(backend)
}

fn read_complaint(
    connection: &Connection,
    reference: &Reference,
) -> Result<Option<Complaint>, StoreError> {
    connection
        .query_row(
            "SELECT data FROM complaints WHERE reference = ?1",
            [reference.to_string()],
            |row| row.get::<_, String>(0),
        )
        .optional()
        .map_err(backend)?
        .map(|data| from_json(&data))
        .transpose()
}

/// Appends the events and queues the mail of a change.
fn write_journal_and_mail(
    transaction: &Transaction<'_>,
    reference: &Reference,
    events: &[Event],
    mail: &[OutgoingMail],
    now: DateTime<Utc>,
) -> Result<(), StoreError> {
    let reference = reference.to_string();
    for event in events {
        transaction
            .execute(
                "INSERT INTO events (reference, at, data) VALUES (?1, ?2, ?3)",
                params![reference, timestamp(event.at), to_json(event)?],
            )
            .map_err(backend)?;
    }
    write_mail(transaction, mail, now)
}

/// Queues `mail` in the outbox, to be sent from `now` (or its `not_before`).
fn write_mail(
    transaction: &Transaction<'_>,
    mail: &[OutgoingMail],
    now: DateTime<Utc>,
) -> Result<(), StoreError> {
    for outgoing in mail {
        transaction
            .execute(
                "INSERT INTO outbox (reference, purpose, message, queued_at, next_attempt_at)
                 VALUES (?1, ?2, ?3, ?4, ?5)",
                params![
                    outgoing.complaint.to_string(),
                    to_json(&outgoing.purpose)?,
                    to_json(&outgoing.message)?,
                    timestamp(now),
                    timestamp(outgoing.not_before.unwrap_or(now).max(now)),
                ],
            )
            .map_err(backend)?;
    }
    Ok(())
}

/// Writes the complaint of `change` over the version it was read at.
fn write_change(
    transaction: &Transaction<'_>,
    change: Change,
    now: DateTime<Utc>,
) -> Result<Complaint, StoreError> {
    let mut complaint = change.complaint;
    let reference = complaint.reference;
    let read_version = complaint.version;
    complaint.version += 1;
    let updated = transaction
        .execute(
            "UPDATE complaints SET version = ?1, status = ?2, data = ?3, next_deadline = ?4
             WHERE reference = ?5 AND version = ?6",
            params![
                complaint.version,
                to_json(&complaint.status)?,
                to_json(&complaint)?,
                complaint.next_deadline().map(timestamp),
                reference.to_string(),
                read_version,
            ],
        )
        .map_err(backend)?;
    if updated == 0 {
        let exists: bool = transaction
            .query_row(
                "SELECT 1 FROM complaints WHERE reference = ?1",
                [reference.to_string()],
                |_| Ok(true),
            )
            .optional()
            .map_err(backend)?
            .unwrap_or(false);
        return Err(if exists {
            StoreError::Conflict(reference)
        } else {
            StoreError::NotFound(reference)
        });
    }
    write_journal_and_mail(transaction, &reference, &change.events, &change.mail, now)?;
    Ok(complaint)
}

#[async_trait]
impl Store for SqliteStore {
    async fn create_complaint(
        &self,
        key: &IdempotencyKey,
        year: i32,
        at: DateTime<Utc>,
        draft: Draft,
    ) -> Result<Created, StoreError> {
        let key = key.as_str().to_owned();
        self.with(move |connection| {
            let transaction = connection
                .transaction_with_behavior(TransactionBehavior::Immediate)
                .map_err(backend)?;
            let window_start = timestamp(at - Duration::hours(IDEMPOTENCY_WINDOW_HOURS));
            let earlier: Option<String> = transaction
                .query_row(
                    "SELECT reference FROM idempotency_keys WHERE key = ?1 AND created_at > ?2",
                    params![key, window_start],
                    |row| row.get(0),
                )
                .optional()
                .map_err(backend)?;
            if let Some(reference) = earlier {
                let reference = Reference::parse(&reference).map_err(backend)?;
                let complaint = read_complaint(&transaction, &reference)?
                    .ok_or(StoreError::NotFound(reference))?;
                return Ok(Created::Existing(complaint));
            }
            let number: u32 = transaction
                .query_row(
                    "INSERT INTO reference_counters (year, last) VALUES (?1, 1)
                     ON CONFLICT (year) DO UPDATE SET last = last + 1
                     RETURNING last",
                    [year],
                    |row| row.get(0),
                )
                .map_err(backend)?;
            let reference = Reference::new(year, number);
            let change = draft(reference)?;
            let complaint = change.complaint;
            transaction
                .execute(
                    "INSERT INTO complaints
                         (reference, year, number, version, status, received_at, data, next_deadline)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                    params![
                        reference.to_string(),
                        year,
                        number,
                        complaint.version,
                        to_json(&complaint.status)?,
                        timestamp(complaint.received_at),
                        to_json(&complaint)?,
                        complaint.next_deadline().map(timestamp),
                    ],
                )
                .map_err(backend)?;
            // An expired key is replaced: it protected an older submission.
            transaction
                .execute(
                    "INSERT INTO idempotency_keys (key, reference, created_at) VALUES (?1, ?2, ?3)
                     ON CONFLICT (key) DO UPDATE SET reference = excluded.reference, created_at = excluded.created_at",
                    params![key, reference.to_string(), timestamp(at)],
                )
                .map_err(backend)?;
            write_journal_and_mail(&transaction, &reference, &change.events, &change.mail, at)?;
            transaction.commit().map_err(backend)?;
            Ok(Created::New(complaint))
        })
        .await
    }

    async fn complaint(&self, reference: &Reference) -> Result<Option<Complaint>, StoreError> {
        let reference = *reference;
        self.read(move |connection| read_complaint(connection, &reference))
            .await
    }

    async fn update_complaint(&self, change: Change) -> Result<Complaint, StoreError> {
        self.with(move |connection| {
            let transaction = connection
                .transaction_with_behavior(TransactionBehavior::Immediate)
                .map_err(backend)?;
            let now = change.events.last().map(|e| e.at).unwrap_or_else(Utc::now);
            let complaint = write_change(&transaction, change, now)?;
            transaction.commit().map_err(backend)?;
            Ok(complaint)
        })
        .await
    }

    async fn due_by(
        &self,
        before: DateTime<Utc>,
        limit: usize,
    ) -> Result<Vec<Complaint>, StoreError> {
        self.read(move |connection| {
            let mut statement = connection
                .prepare_cached(
                    "SELECT data FROM complaints
                     WHERE next_deadline IS NOT NULL AND next_deadline <= ?1
                     ORDER BY next_deadline, reference LIMIT ?2",
                )
                .map_err(backend)?;
            let rows = statement
                .query_map(params![timestamp(before), limit as i64], |row| {
                    row.get::<_, String>(0)
                })
                .map_err(backend)?;
            rows.map(|data| from_json(&data.map_err(backend)?))
                .collect()
        })
        .await
    }

    async fn journal(&self, reference: &Reference) -> Result<Vec<Event>, StoreError> {
        let reference = reference.to_string();
        self.read(move |connection| {
            let mut statement = connection
                .prepare_cached("SELECT data FROM events WHERE reference = ?1 ORDER BY id")
                .map_err(backend)?;
            let rows = statement
                .query_map([reference], |row| row.get::<_, String>(0))
                .map_err(backend)?;
            rows.map(|data| from_json(&data.map_err(backend)?))
                .collect()
        })
        .await
    }

    async fn due_mail(
        &self,
        now: DateTime<Utc>,
        limit: usize,
    ) -> Result<Vec<QueuedMail>, StoreError> {
        self.read(move |connection| {
            let mut statement = connection
                .prepare_cached(
                    "SELECT id, reference, purpose, message, attempts FROM outbox
                     WHERE sent_at IS NULL AND next_attempt_at <= ?1
                     ORDER BY next_attempt_at, id LIMIT ?2",
                )
                .map_err(backend)?;
            let rows = statement
                .query_map(params![timestamp(now), limit as i64], queued_row)
                .map_err(backend)?;
            rows.map(|row| queued_mail(row.map_err(backend)?)).collect()
        })
        .await
    }

    async fn due_mail_of(
        &self,
        reference: &Reference,
        now: DateTime<Utc>,
    ) -> Result<Vec<QueuedMail>, StoreError> {
        let reference = reference.to_string();
        self.read(move |connection| {
            let mut statement = connection
                .prepare_cached(
                    "SELECT id, reference, purpose, message, attempts FROM outbox
                     WHERE reference = ?1 AND sent_at IS NULL AND next_attempt_at <= ?2
                     ORDER BY next_attempt_at, id",
                )
                .map_err(backend)?;
            let rows = statement
                .query_map(params![reference, timestamp(now)], queued_row)
                .map_err(backend)?;
            rows.map(|row| queued_mail(row.map_err(backend)?)).collect()
        })
        .await
    }

    async fn mail_sent(
        &self,
        id: &str,
        at: DateTime<Utc>,
        change: Option<Change>,
    ) -> Result<(), StoreError> {
        let id: i64 = id.parse().map_err(backend)?;
        self.with(move |connection| {
            let transaction = connection
                .transaction_with_behavior(TransactionBehavior::Immediate)
                .map_err(backend)?;
            transaction
                .execute(
                    "UPDATE outbox SET sent_at = ?1, message = NULL, attempts = attempts + 1
                     WHERE id = ?2 AND sent_at IS NULL",
                    params![timestamp(at), id],
                )
                .map_err(backend)?;
            if let Some(change) = change {
                write_change(&transaction, change, at)?;
            }
            transaction.commit().map_err(backend)
        })
        .await
    }

    async fn mail_failed(&self, id: &str, retry_at: DateTime<Utc>) -> Result<(), StoreError> {
        let id: i64 = id.parse().map_err(backend)?;
        self.with(move |connection| {
            connection
                .execute(
                    "UPDATE outbox SET attempts = attempts + 1, next_attempt_at = ?1
                     WHERE id = ?2 AND sent_at IS NULL",
                    params![timestamp(retry_at), id],
                )
                .map_err(backend)?;
            Ok(())
        })
        .await
    }

    async fn append_events(
        &self,
        reference: &Reference,
        _version: u64,
        events: Vec<Event>,
    ) -> Result<(), StoreError> {
        let reference = *reference;
        self.with(move |connection| {
            let transaction = connection.transaction().map_err(backend)?;
            if read_complaint(&transaction, &reference)?.is_none() {
                return Err(StoreError::NotFound(reference));
            }
            write_journal_and_mail(&transaction, &reference, &events, &[], Utc::now())?;
            transaction.commit().map_err(backend)
        })
        .await
    }

    async fn complaints_received(
        &self,
        first: i32,
        last: i32,
    ) -> Result<Vec<Complaint>, StoreError> {
        self.read(move |connection| {
            let mut statement = connection
                .prepare_cached(
                    "SELECT data FROM complaints WHERE year BETWEEN ?1 AND ?2 ORDER BY year, number",
                )
                .map_err(backend)?;
            let rows = statement
                .query_map(params![first, last], |row| row.get::<_, String>(0))
                .map_err(backend)?;
            rows.map(|data| from_json(&data.map_err(backend)?))
                .collect()
        })
        .await
    }

    async fn mail_log(&self, reference: &Reference) -> Result<Vec<MailRecord>, StoreError> {
        let reference = reference.to_string();
        self.read(move |connection| {
            let mut statement = connection
                .prepare_cached(
                    "SELECT purpose, queued_at, sent_at, attempts FROM outbox
                     WHERE reference = ?1 ORDER BY id",
                )
                .map_err(backend)?;
            let rows = statement
                .query_map([reference], |row| {
                    Ok((
                        row.get::<_, String>(0)?,
                        row.get::<_, String>(1)?,
                        row.get::<_, Option<String>>(2)?,
                        row.get::<_, u32>(3)?,
                    ))
                })
                .map_err(backend)?;
            rows.map(|row| {
                let (purpose, queued_at, sent_at, attempts) = row.map_err(backend)?;
                Ok(MailRecord {
                    purpose: from_json(&purpose)?,
                    queued_at: parse_timestamp(&queued_at)?,
                    sent_at: sent_at.as_deref().map(parse_timestamp).transpose()?,
                    attempts,
                })
            })
            .collect()
        })
        .await
    }

    async fn count_attempt(
        &self,
        key: &str,
        window: DateTime<Utc>,
        expires: DateTime<Utc>,
    ) -> Result<u32, StoreError> {
        let counts = self
            .count_attempts(&[key.to_owned()], window, expires)
            .await?;
        counts
            .first()
            .copied()
            .ok_or_else(|| StoreError::Backend("no count came back".into()))
    }

    async fn count_attempts(
        &self,
        keys: &[String],
        window: DateTime<Utc>,
        expires: DateTime<Utc>,
    ) -> Result<Vec<u32>, StoreError> {
        let keys = keys.to_vec();
        self.with(move |connection| {
            let transaction = connection
                .transaction_with_behavior(TransactionBehavior::Immediate)
                .map_err(backend)?;
            // Windows that have ended are forgotten as new ones start.
            transaction
                .execute(
                    "DELETE FROM attempts WHERE expires_at < ?1",
                    [timestamp(window)],
                )
                .map_err(backend)?;
            let mut counts = Vec::with_capacity(keys.len());
            for key in keys {
                counts.push(
                    transaction
                        .query_row(
                            "INSERT INTO attempts (key, window, count, expires_at) VALUES (?1, ?2, 1, ?3)
                             ON CONFLICT (key, window) DO UPDATE SET count = count + 1
                             RETURNING count",
                            params![key, timestamp(window), timestamp(expires)],
                            |row| row.get(0),
                        )
                        .map_err(backend)?,
                );
            }
            transaction.commit().map_err(backend)?;
            Ok(counts)
        })
        .await
    }

    async fn queue_mail(&self, mail: OutgoingMail, at: DateTime<Utc>) -> Result<(), StoreError> {
        self.with(move |connection| {
            let transaction = connection
                .transaction_with_behavior(TransactionBehavior::Immediate)
                .map_err(backend)?;
            write_mail(&transaction, &[mail], at)?;
            transaction.commit().map_err(backend)
        })
        .await
    }

    async fn give_back_attempt(&self, key: &str, window: DateTime<Utc>) -> Result<(), StoreError> {
        let key = key.to_owned();
        self.with(move |connection| {
            connection
                .execute(
                    "UPDATE attempts SET count = count - 1
                     WHERE key = ?1 AND window = ?2 AND count > 0",
                    params![key, timestamp(window)],
                )
                .map(|_| ())
                .map_err(backend)
        })
        .await
    }

    async fn attempts(&self, key: &str, window: DateTime<Utc>) -> Result<u32, StoreError> {
        let key = key.to_owned();
        self.read(move |connection| {
            connection
                .query_row(
                    "SELECT count FROM attempts WHERE key = ?1 AND window = ?2",
                    params![key, timestamp(window)],
                    |row| row.get(0),
                )
                .optional()
                .map(Option::unwrap_or_default)
                .map_err(backend)
        })
        .await
    }
}

#[async_trait]
impl SessionStore for SqliteStore {
    async fn put_session(
        &self,
        session: &StaffSession,
        keep_until: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        let key = session.key.as_str().to_owned();
        let data = to_json(session)?;
        let now = session.last_seen_at;
        self.with(move |connection| {
            let transaction = connection
                .transaction_with_behavior(TransactionBehavior::Immediate)
                .map_err(backend)?;
            // What is past keeping is forgotten as sessions come and go.
            transaction
                .execute(
                    "DELETE FROM staff_sessions WHERE keep_until < ?1",
                    [timestamp(now)],
                )
                .map_err(backend)?;
            transaction
                .execute(
                    "INSERT INTO staff_sessions (key, data, keep_until) VALUES (?1, ?2, ?3)
                     ON CONFLICT (key) DO UPDATE SET data = excluded.data,
                                                     keep_until = excluded.keep_until",
                    params![key, data, timestamp(keep_until)],
                )
                .map_err(backend)?;
            transaction.commit().map_err(backend)
        })
        .await
    }

    async fn session(&self, key: &SessionKey) -> Result<Option<StaffSession>, StoreError> {
        let key = key.as_str().to_owned();
        let data: Option<String> = self
            .read(move |connection| {
                connection
                    .query_row(
                        "SELECT data FROM staff_sessions WHERE key = ?1",
                        [key],
                        |row| row.get(0),
                    )
                    .optional()
                    .map_err(backend)
            })
            .await?;
        data.map(|data| serde_json::from_str(&data).map_err(backend))
            .transpose()
    }

    async fn touch_session(&self, key: &SessionKey, at: DateTime<Utc>) -> Result<(), StoreError> {
        let key = key.as_str().to_owned();
        // The same text serde writes for the session's times.
        let at = serde_json::to_value(at).map_err(backend)?;
        let at = at.as_str().unwrap_or_default().to_owned();
        self.with(move |connection| {
            connection
                .execute(
                    "UPDATE staff_sessions SET data = json_set(data, '$.last_seen_at', ?2)
                     WHERE key = ?1 AND json_extract(data, '$.ended') = 0",
                    params![key, at],
                )
                .map(|_| ())
                .map_err(backend)
        })
        .await
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_commit_reaches_the_disk_before_it_returns() {
        let folder = tempfile::tempdir().unwrap();
        let store = SqliteStore::open(&folder.path().join("plaintes.sqlite")).unwrap();
        let connection = store.connection.lock().unwrap();
        let synchronous: i64 = connection
            .pragma_query_value(None, "synchronous", |row| row.get(0))
            .unwrap();
        assert_eq!(synchronous, 2, "synchronous=FULL");
        let journal: String = connection
            .pragma_query_value(None, "journal_mode", |row| row.get(0))
            .unwrap();
        assert_eq!(journal, "wal");
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn a_read_never_waits_for_the_writer() {
        let folder = tempfile::tempdir().unwrap();
        let store = SqliteStore::open(&folder.path().join("plaintes.sqlite")).unwrap();
        let reference = Reference::new(2026, 1);
        // The writer is busy (its lock held, a write transaction open) until
        // the read has answered.
        let (busy, until_read) = std::sync::mpsc::channel::<()>();
        let (started, writer_busy) = std::sync::mpsc::channel::<()>();
        let writer = store.connection.clone();
        let holder = std::thread::spawn(move || {
            let mut connection = writer.lock().unwrap();
            let transaction = connection
                .transaction_with_behavior(TransactionBehavior::Immediate)
                .unwrap();
            started.send(()).unwrap();
            until_read.recv().unwrap();
            transaction.rollback().unwrap();
        });
        writer_busy.recv().unwrap();
        // Were reads on the writer, this would wait forever: the deadline is
        // only there to fail instead of hanging.
        let read = tokio::time::timeout(
            std::time::Duration::from_secs(60),
            store.complaint(&reference),
        )
        .await
        .expect("a read answered while the writer was busy");
        assert!(read.unwrap().is_none());
        busy.send(()).unwrap();
        holder.join().unwrap();
    }

    /// A database as the version before stable staff ids left it: an
    /// account known by its address, a complaint, a queued mail.
    fn database_before_stable_ids(path: &Path) {
        // The six migrations before stable ids (the seventh).
        let before = 6;
        let mut connection = Connection::open(path).unwrap();
        connection
            .pragma_update(None, "foreign_keys", "ON")
            .unwrap();
        for (index, migration) in MIGRATIONS[..before].iter().enumerate() {
            let transaction = connection.transaction().unwrap();
            transaction.execute_batch(migration).unwrap();
            transaction
                .pragma_update(None, "user_version", index + 1)
                .unwrap();
            transaction.commit().unwrap();
        }
        connection
            .execute(
                "INSERT INTO staff_accounts (id, name, roles, password_hash, created_at)
                 VALUES ('karim@cjef.example', 'Karim Tremblay', '[\"responsable\"]', 'x', '2026-11-01T00:00:00Z')",
                [],
            )
            .unwrap();
        connection
            .execute(
                "INSERT INTO complaints (reference, year, number, version, status, received_at, data)
                 VALUES ('P-2026-0001', 2026, 1, 1, 'received', '2026-11-27T21:00:00Z', '{}')",
                [],
            )
            .unwrap();
        connection
            .execute(
                "INSERT INTO outbox (reference, purpose, message, queued_at, next_attempt_at)
                 VALUES ('P-2026-0001', '\"acknowledgement\"', '{}', '2026-11-27T21:00:00Z', '2026-11-27T21:00:00Z')",
                [],
            )
            .unwrap();
    }

    #[test]
    fn an_older_database_keeps_its_accounts_ids_and_its_outbox() {
        let folder = tempfile::tempdir().unwrap();
        let path = folder.path().join("p.sqlite");
        database_before_stable_ids(&path);
        let store = SqliteStore::open(&path).unwrap();
        let connection = store.connection.lock().unwrap();
        let (id, email): (String, String) = connection
            .query_row("SELECT id, email FROM staff_accounts", [], |row| {
                Ok((row.get(0)?, row.get(1)?))
            })
            .unwrap();
        // The complaints that name or were assigned to the account still do.
        assert_eq!(
            (id.as_str(), email.as_str()),
            ("karim@cjef.example", "karim@cjef.example")
        );
        let queued: u32 = connection
            .query_row(
                "SELECT COUNT(*) FROM outbox WHERE sent_at IS NULL",
                [],
                |row| row.get(0),
            )
            .unwrap();
        assert_eq!(queued, 1, "the queued mail is kept");
        // And the outbox now takes a request for a reference that does not exist.
        connection
            .execute(
                "INSERT INTO outbox (reference, purpose, message, queued_at, next_attempt_at)
                 VALUES ('P-2026-0999', '\"new_code_request\"', '{}', '2026-11-27T21:00:00Z', '2026-11-27T21:00:00Z')",
                [],
            )
            .unwrap();
    }
}
