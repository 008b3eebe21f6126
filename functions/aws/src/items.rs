//! Items of the table ↔ domain values. Every attribute a complaint needs is
//! in its `data` (the complaint as JSON) and its key attributes; reading an
//! item that lacks one is a clear error naming it, never a panic.

use std::collections::HashMap;

use aws_sdk_dynamodb::types::AttributeValue;
use chrono::{DateTime, SecondsFormat, Utc};
use plaintes_core::complaint::{Complaint, IdempotencyKey, Reference};
use plaintes_core::ports::{Event, MailRecord, OutgoingMail, QueuedMail};

use crate::table::{BY_YEAR, OPEN_BY_DEADLINE, OUTBOX_DUE, PARTITION_KEY, SORT_KEY};

pub type Item = HashMap<String, AttributeValue>;

/// An item read from the table, to be turned into a domain value with
/// `TryFrom`.
#[derive(Debug, Clone, Copy)]
pub struct Stored<'a>(pub &'a Item);

pub const META: &str = "META";
pub const EVENT_PREFIX: &str = "EVENT#";
pub const OUTBOX_PREFIX: &str = "OUTBOX#";
/// The partition of the sparse indexes: every open case, every unsent mail.
pub const OPEN: &str = "OPEN";
pub const PENDING: &str = "PENDING";

#[derive(Debug, thiserror::Error)]
pub enum ItemError {
    #[error("item has no {0} attribute of the expected type")]
    Missing(&'static str),
    #[error("item attribute {0} is malformed: {1}")]
    Malformed(&'static str, String),
}

/// Timestamps in keys have one fixed width, so that text order is time order.
pub fn timestamp(at: DateTime<Utc>) -> String {
    at.to_rfc3339_opts(SecondsFormat::Micros, true)
}

pub fn s(value: impl Into<String>) -> AttributeValue {
    AttributeValue::S(value.into())
}

pub fn n(value: impl ToString) -> AttributeValue {
    AttributeValue::N(value.to_string())
}

pub fn complaint_pk(reference: &Reference) -> String {
    format!("COMPLAINT#{reference}")
}

pub fn counter_pk(year: i32) -> String {
    format!("COUNTER#{year}")
}

/// The counter of tries under `key` in the window starting at `window`.
pub fn attempts_key(key: &str, window: DateTime<Utc>) -> Item {
    self::key(format!("ATTEMPTS#{key}"), timestamp(window))
}

/// A staff sign-in session, by the digest of its cookie's secret.
pub fn session_key(key: &plaintes_core::session::SessionKey) -> Item {
    self::key(format!("SESSION#{}", key.as_str()), "SESSION")
}

/// The session item: its key, the session as JSON, and when DynamoDB may
/// delete it (`expires_at`, the table's time to live; reads still check
/// the session's own limits, since deletion comes late).
pub fn session_item(
    session: &plaintes_core::session::StaffSession,
    keep_until: DateTime<Utc>,
) -> Item {
    let mut item = session_key(&session.key);
    item.insert("data".into(), s(to_json(session)));
    // Beside the JSON, what a request updates alone (`touch_session`).
    item.insert("ended".into(), AttributeValue::Bool(session.ended));
    item.insert("last_seen_at".into(), s(timestamp(session.last_seen_at)));
    item.insert(crate::table::TIME_TO_LIVE.into(), n(keep_until.timestamp()));
    item
}

pub fn session_of(item: &Item) -> Result<plaintes_core::session::StaffSession, ItemError> {
    let mut session: plaintes_core::session::StaffSession = json(item, "data")?;
    if let Some(seen) = string(item, "last_seen_at")
        .ok()
        .and_then(|text| DateTime::parse_from_rfc3339(text).ok())
    {
        session.last_seen_at = session.last_seen_at.max(seen.with_timezone(&Utc));
    }
    Ok(session)
}

pub fn idempotency_pk(key: &IdempotencyKey) -> String {
    format!("IDEMPOTENCY#{}", key.as_str())
}

/// The primary key of an item.
pub fn key(pk: impl Into<String>, sk: impl Into<String>) -> Item {
    HashMap::from([
        (PARTITION_KEY.to_string(), s(pk)),
        (SORT_KEY.to_string(), s(sk)),
    ])
}

pub fn string<'a>(item: &'a Item, name: &'static str) -> Result<&'a str, ItemError> {
    match item.get(name) {
        Some(AttributeValue::S(value)) => Ok(value),
        _ => Err(ItemError::Missing(name)),
    }
}

pub fn number<T: std::str::FromStr>(item: &Item, name: &'static str) -> Result<T, ItemError> {
    match item.get(name) {
        Some(AttributeValue::N(value)) => value
            .parse()
            .map_err(|_| ItemError::Malformed(name, format!("not a number: {value}"))),
        _ => Err(ItemError::Missing(name)),
    }
}

fn json<T: serde::de::DeserializeOwned>(item: &Item, name: &'static str) -> Result<T, ItemError> {
    serde_json::from_str(string(item, name)?)
        .map_err(|error| ItemError::Malformed(name, error.to_string()))
}

fn to_json<T: serde::Serialize>(value: &T) -> String {
    // Domain values always serialise: they hold strings, numbers and dates.
    serde_json::to_string(value).unwrap_or_default()
}

/// The complaint item, with its places in the year index and, while it has
/// a deadline, in the deadline index.
pub fn complaint_item(complaint: &Complaint) -> Item {
    let reference = complaint.reference;
    let mut item = key(complaint_pk(&reference), META);
    item.insert("reference".into(), s(reference.to_string()));
    item.insert("version".into(), n(complaint.version));
    item.insert("status".into(), s(to_json(&complaint.status)));
    item.insert("data".into(), s(to_json(complaint)));
    item.insert(
        BY_YEAR.partition_key.into(),
        s(format!("YEAR#{}", reference.year())),
    );
    item.insert(
        BY_YEAR.sort_key.into(),
        s(format!("{:010}", reference.number())),
    );
    if let Some(deadline) = complaint.next_deadline() {
        item.insert(OPEN_BY_DEADLINE.partition_key.into(), s(OPEN));
        item.insert(
            OPEN_BY_DEADLINE.sort_key.into(),
            s(format!("{}#{reference}", timestamp(deadline))),
        );
    }
    item
}

impl TryFrom<Stored<'_>> for Complaint {
    type Error = ItemError;

    fn try_from(Stored(item): Stored<'_>) -> Result<Self, Self::Error> {
        let complaint: Complaint = json(item, "data")?;
        let version: u64 = number(item, "version")?;
        if version != complaint.version {
            return Err(ItemError::Malformed(
                "version",
                format!("{version} differs from the data's {}", complaint.version),
            ));
        }
        Ok(complaint)
    }
}

/// A journal event, sorted within its complaint by the version the change
/// that wrote it produced, then by its place in that change.
pub fn event_item(reference: &Reference, version: u64, position: usize, event: &Event) -> Item {
    let mut item = key(
        complaint_pk(reference),
        format!("{EVENT_PREFIX}{version:010}#{position:03}"),
    );
    item.insert("at".into(), s(timestamp(event.at)));
    item.insert("data".into(), s(to_json(event)));
    item
}

/// An event added without a change (a file read): after the events of the
/// change that made `version` (their positions are digits, `r` sorts
/// after), in time order.
pub fn appended_event_item(reference: &Reference, version: u64, id: &str, event: &Event) -> Item {
    let mut item = key(
        complaint_pk(reference),
        format!("{EVENT_PREFIX}{version:010}#r{}#{id}", timestamp(event.at)),
    );
    item.insert("at".into(), s(timestamp(event.at)));
    item.insert("data".into(), s(to_json(event)));
    item
}

impl TryFrom<Stored<'_>> for Event {
    type Error = ItemError;

    fn try_from(Stored(item): Stored<'_>) -> Result<Self, Self::Error> {
        json(item, "data")
    }
}

/// A queued message, in the outbox index until sent.
pub fn mail_item(mail: &OutgoingMail, id: &str, due: DateTime<Utc>) -> Item {
    let mut item = key(
        complaint_pk(&mail.complaint),
        format!("{OUTBOX_PREFIX}{id}"),
    );
    item.insert("purpose".into(), s(to_json(&mail.purpose)));
    item.insert("message".into(), s(to_json(&mail.message)));
    item.insert("attempts".into(), n(0));
    item.insert("queued_at".into(), s(timestamp(due)));
    item.insert(OUTBOX_DUE.partition_key.into(), s(PENDING));
    let first_try = mail.not_before.unwrap_or(due).max(due);
    item.insert(
        OUTBOX_DUE.sort_key.into(),
        s(outbox_sort_key(first_try, id)),
    );
    item
}

pub fn outbox_sort_key(due: DateTime<Utc>, id: &str) -> String {
    format!("{}#{id}", timestamp(due))
}

/// A queued mail's id tells where its item is: `<reference>|<sort key>`.
pub fn mail_id(reference: &Reference, sort_key: &str) -> String {
    format!("{reference}|{sort_key}")
}

/// The key of the item a mail id names.
pub fn mail_key(id: &str) -> Result<(Reference, Item), ItemError> {
    let malformed = || ItemError::Malformed("id", format!("not a mail id: {id}"));
    let (reference, sort_key) = id.split_once('|').ok_or_else(malformed)?;
    let reference = Reference::parse(reference).map_err(|_| malformed())?;
    if !sort_key.starts_with(OUTBOX_PREFIX) {
        return Err(malformed());
    }
    Ok((reference, key(complaint_pk(&reference), sort_key)))
}

impl TryFrom<Stored<'_>> for MailRecord {
    type Error = ItemError;

    fn try_from(Stored(item): Stored<'_>) -> Result<Self, Self::Error> {
        let time = |name: &'static str| -> Result<DateTime<Utc>, ItemError> {
            DateTime::parse_from_rfc3339(string(item, name)?)
                .map(|at| at.with_timezone(&Utc))
                .map_err(|error| ItemError::Malformed(name, error.to_string()))
        };
        Ok(MailRecord {
            purpose: json(item, "purpose")?,
            queued_at: time("queued_at")?,
            sent_at: item
                .contains_key("sent_at")
                .then(|| time("sent_at"))
                .transpose()?,
            attempts: number(item, "attempts")?,
        })
    }
}

impl TryFrom<Stored<'_>> for QueuedMail {
    type Error = ItemError;

    fn try_from(Stored(item): Stored<'_>) -> Result<Self, Self::Error> {
        let pk = string(item, PARTITION_KEY)?;
        let reference = pk
            .strip_prefix("COMPLAINT#")
            .and_then(|r| Reference::parse(r).ok())
            .ok_or_else(|| ItemError::Malformed(PARTITION_KEY, pk.into()))?;
        let sort_key = string(item, SORT_KEY)?;
        Ok(QueuedMail {
            id: mail_id(&reference, sort_key),
            attempts: number(item, "attempts")?,
            mail: OutgoingMail {
                not_before: None,
                complaint: reference,
                purpose: json(item, "purpose")?,
                message: json(item, "message")?,
            },
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_item_without_data_is_a_clear_error() {
        let item = key("COMPLAINT#P-2026-0001", META);
        let error = Complaint::try_from(Stored(&item)).unwrap_err();
        assert_eq!(
            error.to_string(),
            "item has no data attribute of the expected type"
        );
    }

    #[test]
    fn a_mail_id_names_its_item_and_nothing_else() {
        let reference = Reference::new(2026, 1);
        let id = mail_id(&reference, "OUTBOX#abc");
        let (read, key) = mail_key(&id).unwrap();
        assert_eq!(read, reference);
        assert_eq!(key[SORT_KEY], s("OUTBOX#abc"));
        assert!(mail_key("P-2026-0001|META").is_err());
        assert!(mail_key("nonsense").is_err());
    }
}
