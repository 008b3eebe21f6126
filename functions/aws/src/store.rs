//! The `Store` port on DynamoDB. A creation reads the year's counter and
//! writes the next reference, the idempotency key, the complaint, its first
//! events and its mail in one `TransactWriteItems`, on the condition that
//! the counter has not moved and the key is free: if another creation won,
//! it reads again and retries, so references stay gapless. Every change is
//! conditional on the version it was read at.

use std::time::Duration as Pause;

use async_trait::async_trait;
use aws_sdk_dynamodb::error::SdkError;
use aws_sdk_dynamodb::operation::transact_write_items::TransactWriteItemsError;
use aws_sdk_dynamodb::types::{AttributeValue, ConditionCheck, Put, TransactWriteItem, Update};
use aws_sdk_dynamodb::Client;
use chrono::{DateTime, Duration, Utc};
use plaintes_core::complaint::{Complaint, IdempotencyKey, Reference};
use plaintes_core::ports::{
    Change, Created, Draft, Event, MailRecord, QueuedMail, SessionStore, Store, StoreError,
    IDEMPOTENCY_WINDOW_HOURS,
};
use plaintes_core::session::{SessionKey, StaffSession};
use rand::{Rng, RngCore};

use crate::items::{
    self, complaint_item, complaint_pk, counter_pk, event_item, idempotency_pk, key, mail_item,
    mail_key, n, number, s, string, timestamp, Item, Stored, EVENT_PREFIX, META, OPEN, PENDING,
};
use crate::table::{BY_YEAR, OPEN_BY_DEADLINE, OUTBOX_DUE, PARTITION_KEY, SORT_KEY};

/// How many times a creation tries again when another one took its reference.
const CREATE_ATTEMPTS: u32 = 200;

#[derive(Clone)]
pub struct DynamoStore {
    client: Client,
    table: String,
}

/// Why a transaction did not happen.
enum Refused {
    /// A condition failed, or another transaction got there first.
    Cancelled,
    Failed(StoreError),
}

fn backend(error: impl std::fmt::Display) -> StoreError {
    StoreError::Backend(error.to_string())
}

fn sdk<E: std::error::Error + 'static, R: std::fmt::Debug>(error: SdkError<E, R>) -> StoreError {
    // The service error names the operation's problem; the raw response
    // could carry item contents, so it is left out.
    match error.as_service_error() {
        Some(service) => StoreError::Backend(format!("DynamoDB: {service}")),
        None => StoreError::Backend(format!("DynamoDB unreachable: {error}")),
    }
}

fn new_mail_id() -> String {
    let mut bytes = [0u8; 12];
    rand::rng().fill_bytes(&mut bytes);
    hex::encode(bytes)
}

/// When a change happened: its last event, or now.
fn change_time(change: &Change) -> DateTime<Utc> {
    change.events.last().map_or_else(Utc::now, |event| event.at)
}

impl DynamoStore {
    pub fn new(client: Client, table: &str) -> Self {
        Self {
            client,
            table: table.to_owned(),
        }
    }

    pub fn client(&self) -> &Client {
        &self.client
    }

    pub fn table(&self) -> &str {
        &self.table
    }

    /// A put in a transaction, written only if `condition` holds.
    fn put(
        &self,
        item: Item,
        condition: Option<&str>,
        values: Vec<(&str, AttributeValue)>,
    ) -> Result<TransactWriteItem, StoreError> {
        let mut put = Put::builder()
            .table_name(&self.table)
            .set_item(Some(item))
            .set_condition_expression(condition.map(str::to_owned));
        for (name, value) in values {
            put = put.expression_attribute_values(name, value);
        }
        Ok(TransactWriteItem::builder()
            .put(put.build().map_err(backend)?)
            .build())
    }

    /// Sends the items as one transaction.
    async fn transact(&self, items: Vec<TransactWriteItem>) -> Result<(), Refused> {
        match self
            .client
            .transact_write_items()
            .set_transact_items(Some(items))
            .send()
            .await
        {
            Ok(_) => Ok(()),
            Err(error) => match error.into_service_error() {
                TransactWriteItemsError::TransactionCanceledException(_) => Err(Refused::Cancelled),
                other => Err(Refused::Failed(StoreError::Backend(format!(
                    "DynamoDB: {other}"
                )))),
            },
        }
    }

    async fn get(&self, key: Item) -> Result<Option<Item>, StoreError> {
        let output = self
            .client
            .get_item()
            .table_name(&self.table)
            .set_key(Some(key))
            .consistent_read(true)
            .send()
            .await
            .map_err(sdk)?;
        Ok(output.item)
    }

    async fn read(&self, reference: &Reference) -> Result<Option<Complaint>, StoreError> {
        self.get(key(complaint_pk(reference), META))
            .await?
            .map(|item| Complaint::try_from(Stored(&item)).map_err(backend))
            .transpose()
    }

    /// The complaint an unexpired key made, if any.
    async fn earlier(
        &self,
        key_value: &IdempotencyKey,
        window_start: &str,
    ) -> Result<Option<Complaint>, StoreError> {
        let Some(item) = self.get(key(idempotency_pk(key_value), "KEY")).await? else {
            return Ok(None);
        };
        if string(&item, "created_at").map_err(backend)? <= window_start {
            return Ok(None);
        }
        let reference =
            Reference::parse(string(&item, "reference").map_err(backend)?).map_err(backend)?;
        self.read(&reference)
            .await?
            .ok_or(StoreError::NotFound(reference))
            .map(Some)
    }

    async fn last_number(&self, year: i32) -> Result<u32, StoreError> {
        match self.get(key(counter_pk(year), "REFERENCE")).await? {
            Some(item) => number(&item, "last").map_err(backend),
            None => Ok(0),
        }
    }

    /// The items that write a change over the version it was read at; the
    /// first one is the complaint's.
    fn change_items(
        &self,
        change: &Change,
        at: DateTime<Utc>,
    ) -> Result<(Complaint, Vec<TransactWriteItem>), StoreError> {
        let mut complaint = change.complaint.clone();
        let read_version = complaint.version.to_string();
        complaint.version += 1;
        let mut items = vec![self.put(
            complaint_item(&complaint),
            Some("version = :read"),
            vec![(":read", n(read_version))],
        )?];
        items.extend(self.journal_and_mail(&complaint, &change.events, &change.mail, at)?);
        Ok((complaint, items))
    }

    fn journal_and_mail(
        &self,
        complaint: &Complaint,
        events: &[Event],
        mail: &[plaintes_core::ports::OutgoingMail],
        at: DateTime<Utc>,
    ) -> Result<Vec<TransactWriteItem>, StoreError> {
        let mut items = Vec::new();
        for (position, event) in events.iter().enumerate() {
            let item = event_item(&complaint.reference, complaint.version, position, event);
            items.push(self.put(item, None, vec![])?);
        }
        for outgoing in mail {
            items.push(self.put(mail_item(outgoing, &new_mail_id(), at), None, vec![])?);
        }
        Ok(items)
    }

    /// Tells a conflict from a complaint that does not exist.
    async fn refused_change(&self, reference: Reference) -> StoreError {
        match self.read(&reference).await {
            Ok(Some(_)) => StoreError::Conflict(reference),
            Ok(None) => StoreError::NotFound(reference),
            Err(error) => error,
        }
    }

    /// A strongly consistent query of one complaint's items whose sort key
    /// starts with `prefix` (its events, its mail).
    fn complaint_items(
        &self,
        reference: &Reference,
        prefix: &str,
    ) -> aws_sdk_dynamodb::operation::query::builders::QueryFluentBuilder {
        self.client
            .query()
            .table_name(&self.table)
            .consistent_read(true)
            .key_condition_expression("#pk = :pk AND begins_with(#sk, :prefix)")
            .expression_attribute_names("#pk", PARTITION_KEY)
            .expression_attribute_names("#sk", SORT_KEY)
            .expression_attribute_values(":pk", s(complaint_pk(reference)))
            .expression_attribute_values(":prefix", s(prefix))
    }

    async fn query_all(
        &self,
        request: aws_sdk_dynamodb::operation::query::builders::QueryFluentBuilder,
        limit: Option<usize>,
    ) -> Result<Vec<Item>, StoreError> {
        let mut items = Vec::new();
        let mut start = None;
        loop {
            let mut page = request.clone().set_exclusive_start_key(start);
            if let Some(limit) = limit {
                page = page.limit(i32::try_from(limit - items.len()).unwrap_or(i32::MAX));
            }
            let output = page.send().await.map_err(sdk)?;
            items.extend(output.items.unwrap_or_default());
            start = output.last_evaluated_key;
            let full = limit.is_some_and(|limit| items.len() >= limit);
            if start.is_none() || full {
                return Ok(items);
            }
        }
    }
}

#[async_trait]
impl Store for DynamoStore {
    async fn create_complaint(
        &self,
        idempotency_key: &IdempotencyKey,
        year: i32,
        at: DateTime<Utc>,
        draft: Draft,
    ) -> Result<Created, StoreError> {
        let window_start = timestamp(at - Duration::hours(IDEMPOTENCY_WINDOW_HOURS));
        for attempt in 0..CREATE_ATTEMPTS {
            if let Some(earlier) = self.earlier(idempotency_key, &window_start).await? {
                return Ok(Created::Existing(earlier));
            }
            let last = self.last_number(year).await?;
            let reference = Reference::new(year, last + 1);
            let change = draft(reference)?;
            let complaint = change.complaint.clone();

            let counter = Update::builder()
                .table_name(&self.table)
                .set_key(Some(key(counter_pk(year), "REFERENCE")))
                .update_expression("SET #last = :next")
                .condition_expression(if last == 0 {
                    "attribute_not_exists(#last)"
                } else {
                    "#last = :last"
                })
                .expression_attribute_names("#last", "last")
                .expression_attribute_values(":next", n(last + 1));
            let counter = if last == 0 {
                counter
            } else {
                counter.expression_attribute_values(":last", n(last))
            };
            let mut key_item = key(idempotency_pk(idempotency_key), "KEY");
            key_item.insert("reference".into(), s(reference.to_string()));
            key_item.insert("created_at".into(), s(timestamp(at)));
            let expires = at + Duration::hours(IDEMPOTENCY_WINDOW_HOURS + 1);
            key_item.insert(crate::table::TIME_TO_LIVE.into(), n(expires.timestamp()));

            let mut items = vec![
                TransactWriteItem::builder()
                    .update(counter.build().map_err(backend)?)
                    .build(),
                self.put(
                    key_item,
                    Some("attribute_not_exists(PK) OR created_at <= :window"),
                    vec![(":window", s(window_start.as_str()))],
                )?,
                self.put(
                    complaint_item(&complaint),
                    Some("attribute_not_exists(PK)"),
                    vec![],
                )?,
            ];
            items.extend(self.journal_and_mail(&complaint, &change.events, &change.mail, at)?);

            match self.transact(items).await {
                Ok(()) => return Ok(Created::New(complaint)),
                // Another creation took this number or this key: look again.
                Err(Refused::Cancelled) => {
                    let ceiling = 5 * u64::from(attempt.min(20) + 1);
                    let pause = rand::rng().random_range(1..=ceiling);
                    tokio::time::sleep(Pause::from_millis(pause)).await;
                }
                Err(Refused::Failed(error)) => return Err(error),
            }
        }
        Err(StoreError::Backend(
            "too many simultaneous creations: no reference could be allocated".into(),
        ))
    }

    async fn complaint(&self, reference: &Reference) -> Result<Option<Complaint>, StoreError> {
        self.read(reference).await
    }

    async fn update_complaint(&self, change: Change) -> Result<Complaint, StoreError> {
        let (complaint, items) = self.change_items(&change, change_time(&change))?;
        match self.transact(items).await {
            Ok(()) => Ok(complaint),
            Err(Refused::Cancelled) => Err(self.refused_change(complaint.reference).await),
            Err(Refused::Failed(error)) => Err(error),
        }
    }

    async fn due_by(
        &self,
        before: DateTime<Utc>,
        limit: usize,
    ) -> Result<Vec<Complaint>, StoreError> {
        let request = self
            .client
            .query()
            .table_name(&self.table)
            .index_name(OPEN_BY_DEADLINE.name)
            .key_condition_expression("#pk = :open AND #sk <= :before")
            .expression_attribute_names("#pk", OPEN_BY_DEADLINE.partition_key)
            .expression_attribute_names("#sk", OPEN_BY_DEADLINE.sort_key)
            .expression_attribute_values(":open", s(OPEN))
            // Sort keys are `<time>#<reference>`: `~` sorts after every reference.
            .expression_attribute_values(":before", s(format!("{}#~", timestamp(before))));
        self.query_all(request, Some(limit))
            .await?
            .iter()
            .map(|item| Complaint::try_from(Stored(item)).map_err(backend))
            .collect()
    }

    async fn journal(&self, reference: &Reference) -> Result<Vec<Event>, StoreError> {
        let request = self.complaint_items(reference, EVENT_PREFIX);
        self.query_all(request, None)
            .await?
            .iter()
            .map(|item| Event::try_from(Stored(item)).map_err(backend))
            .collect()
    }

    async fn due_mail(
        &self,
        now: DateTime<Utc>,
        limit: usize,
    ) -> Result<Vec<QueuedMail>, StoreError> {
        let request = self
            .client
            .query()
            .table_name(&self.table)
            .index_name(OUTBOX_DUE.name)
            .key_condition_expression("#pk = :pending AND #sk <= :now")
            .expression_attribute_names("#pk", OUTBOX_DUE.partition_key)
            .expression_attribute_names("#sk", OUTBOX_DUE.sort_key)
            .expression_attribute_values(":pending", s(PENDING))
            .expression_attribute_values(":now", s(format!("{}#~", timestamp(now))));
        self.query_all(request, Some(limit))
            .await?
            .iter()
            .map(|item| QueuedMail::try_from(Stored(item)).map_err(backend))
            .collect()
    }

    async fn due_mail_of(
        &self,
        reference: &Reference,
        now: DateTime<Utc>,
    ) -> Result<Vec<QueuedMail>, StoreError> {
        // The complaint's own items, read strongly (the index is eventually
        // consistent): a message queued a moment ago is there.
        let request = self
            .complaint_items(reference, items::OUTBOX_PREFIX)
            .filter_expression("#opk = :pending AND #osk <= :now")
            .expression_attribute_names("#opk", OUTBOX_DUE.partition_key)
            .expression_attribute_names("#osk", OUTBOX_DUE.sort_key)
            .expression_attribute_values(":pending", s(PENDING))
            .expression_attribute_values(":now", s(format!("{}#~", timestamp(now))));
        let mut due: Vec<(String, QueuedMail)> = self
            .query_all(request, None)
            .await?
            .iter()
            .map(|item| {
                let order = item
                    .get(OUTBOX_DUE.sort_key)
                    .and_then(|value| value.as_s().ok())
                    .cloned()
                    .unwrap_or_default();
                QueuedMail::try_from(Stored(item))
                    .map(|queued| (order, queued))
                    .map_err(backend)
            })
            .collect::<Result<_, _>>()?;
        due.sort_by(|a, b| a.0.cmp(&b.0));
        Ok(due.into_iter().map(|(_, queued)| queued).collect())
    }

    async fn mail_sent(
        &self,
        id: &str,
        at: DateTime<Utc>,
        change: Option<Change>,
    ) -> Result<(), StoreError> {
        let (_, mail_key) = mail_key(id).map_err(backend)?;
        // The message held the access code: once sent, it is forgotten.
        let sent = Update::builder()
            .table_name(&self.table)
            .set_key(Some(mail_key))
            .update_expression(
                "SET sent_at = :at, attempts = attempts + :one REMOVE message, outbox_pk, outbox_sk",
            )
            .expression_attribute_values(":at", s(timestamp(at)))
            .expression_attribute_values(":one", n(1))
            .build()
            .map_err(backend)?;
        let mut items = vec![TransactWriteItem::builder().update(sent).build()];
        let mut reference = None;
        if let Some(change) = &change {
            let (complaint, change_items) = self.change_items(change, at)?;
            reference = Some(complaint.reference);
            items.extend(change_items);
        }
        match self.transact(items).await {
            Ok(()) => Ok(()),
            Err(Refused::Cancelled) => match reference {
                Some(reference) => Err(self.refused_change(reference).await),
                None => Err(StoreError::Backend(
                    "the sent mail could not be recorded".into(),
                )),
            },
            Err(Refused::Failed(error)) => Err(error),
        }
    }

    async fn mail_failed(&self, id: &str, retry_at: DateTime<Utc>) -> Result<(), StoreError> {
        let (_, mail_key) = mail_key(id).map_err(backend)?;
        let sort_key = mail_key
            .get(SORT_KEY)
            .and_then(|value| value.as_s().ok())
            .and_then(|sk| sk.strip_prefix(items::OUTBOX_PREFIX))
            .map(str::to_owned)
            .unwrap_or_default();
        self.client
            .update_item()
            .table_name(&self.table)
            .set_key(Some(mail_key))
            .update_expression("SET attempts = attempts + :one, #due = :due")
            .condition_expression("attribute_exists(#due)")
            .expression_attribute_names("#due", OUTBOX_DUE.sort_key)
            .expression_attribute_values(":one", n(1))
            .expression_attribute_values(":due", s(items::outbox_sort_key(retry_at, &sort_key)))
            .send()
            .await
            .map_err(sdk)?;
        Ok(())
    }

    async fn append_events(
        &self,
        reference: &Reference,
        version: u64,
        events: Vec<Event>,
    ) -> Result<(), StoreError> {
        // After the events of the change that made `version`, in time order.
        let mut items = vec![TransactWriteItem::builder()
            .condition_check(
                ConditionCheck::builder()
                    .table_name(&self.table)
                    .set_key(Some(key(complaint_pk(reference), META)))
                    .condition_expression("attribute_exists(#pk)")
                    .expression_attribute_names("#pk", PARTITION_KEY)
                    .build()
                    .map_err(backend)?,
            )
            .build()];
        for event in &events {
            let item = items::appended_event_item(reference, version, &new_mail_id(), event);
            items.push(self.put(item, None, vec![])?);
        }
        match self.transact(items).await {
            Ok(()) => Ok(()),
            Err(Refused::Cancelled) => Err(StoreError::NotFound(*reference)),
            Err(Refused::Failed(error)) => Err(error),
        }
    }

    async fn complaints_received(
        &self,
        first: i32,
        last: i32,
    ) -> Result<Vec<Complaint>, StoreError> {
        let mut complaints = Vec::new();
        for year in first..=last {
            let request = self
                .client
                .query()
                .table_name(&self.table)
                .index_name(BY_YEAR.name)
                .key_condition_expression("#pk = :year")
                .expression_attribute_names("#pk", BY_YEAR.partition_key)
                .expression_attribute_values(":year", s(format!("YEAR#{year}")));
            for item in self.query_all(request, None).await? {
                complaints.push(Complaint::try_from(Stored(&item)).map_err(backend)?);
            }
        }
        Ok(complaints)
    }

    async fn mail_log(&self, reference: &Reference) -> Result<Vec<MailRecord>, StoreError> {
        let request = self.complaint_items(reference, items::OUTBOX_PREFIX);
        let mut log = self
            .query_all(request, None)
            .await?
            .iter()
            .map(|item| MailRecord::try_from(Stored(item)).map_err(backend))
            .collect::<Result<Vec<_>, _>>()?;
        log.sort_by_key(|record| record.queued_at);
        Ok(log)
    }

    async fn count_attempt(
        &self,
        key: &str,
        window: DateTime<Utc>,
        expires: DateTime<Utc>,
    ) -> Result<u32, StoreError> {
        let output = self
            .client
            .update_item()
            .table_name(&self.table)
            .set_key(Some(items::attempts_key(key, window)))
            .update_expression("ADD #count :one SET #expires = :expires")
            .expression_attribute_names("#count", "count")
            .expression_attribute_names("#expires", crate::table::TIME_TO_LIVE)
            .expression_attribute_values(":one", n(1))
            .expression_attribute_values(":expires", n(expires.timestamp()))
            .return_values(aws_sdk_dynamodb::types::ReturnValue::UpdatedNew)
            .send()
            .await
            .map_err(sdk)?;
        let attributes = output.attributes.unwrap_or_default();
        number(&attributes, "count").map_err(backend)
    }

    async fn queue_mail(
        &self,
        mail: plaintes_core::ports::OutgoingMail,
        at: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        self.client
            .put_item()
            .table_name(&self.table)
            .set_item(Some(mail_item(&mail, &new_mail_id(), at)))
            .send()
            .await
            .map_err(sdk)?;
        Ok(())
    }

    async fn give_back_attempt(&self, key: &str, window: DateTime<Utc>) -> Result<(), StoreError> {
        let given_back = self
            .client
            .update_item()
            .table_name(&self.table)
            .set_key(Some(items::attempts_key(key, window)))
            .update_expression("ADD #count :minus_one")
            .condition_expression("#count > :zero")
            .expression_attribute_names("#count", "count")
            .expression_attribute_values(":minus_one", n(-1))
            .expression_attribute_values(":zero", n(0))
            .send()
            .await;
        match given_back {
            Ok(_) => Ok(()),
            // Nothing counted (or already nothing): nothing to take back.
            Err(error)
                if error
                    .as_service_error()
                    .is_some_and(|e| e.is_conditional_check_failed_exception()) =>
            {
                Ok(())
            }
            Err(error) => Err(sdk(error)),
        }
    }

    async fn attempts(&self, key: &str, window: DateTime<Utc>) -> Result<u32, StoreError> {
        match self.get(items::attempts_key(key, window)).await? {
            // DynamoDB's TTL removes items late: an ended window counts nothing.
            Some(item) => number(&item, "count").map_err(backend),
            None => Ok(0),
        }
    }
}

#[async_trait]
impl SessionStore for DynamoStore {
    async fn put_session(
        &self,
        session: &StaffSession,
        keep_until: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        self.client
            .put_item()
            .table_name(&self.table)
            .set_item(Some(items::session_item(session, keep_until)))
            .send()
            .await
            .map_err(sdk)?;
        Ok(())
    }

    async fn session(&self, key: &SessionKey) -> Result<Option<StaffSession>, StoreError> {
        self.get(items::session_key(key))
            .await?
            .map(|item| items::session_of(&item).map_err(backend))
            .transpose()
    }

    async fn touch_session(&self, key: &SessionKey, at: DateTime<Utc>) -> Result<(), StoreError> {
        let answer = self
            .client
            .update_item()
            .table_name(&self.table)
            .set_key(Some(items::session_key(key)))
            .update_expression("SET last_seen_at = :at")
            .condition_expression("ended = :open AND last_seen_at < :at")
            .expression_attribute_values(":at", s(timestamp(at)))
            .expression_attribute_values(":open", AttributeValue::Bool(false))
            .send()
            .await;
        match answer {
            Ok(_) => Ok(()),
            // Ended meanwhile, or a later request got there first.
            Err(error)
                if error
                    .as_service_error()
                    .is_some_and(|service| service.is_conditional_check_failed_exception()) =>
            {
                Ok(())
            }
            Err(error) => Err(sdk(error)),
        }
    }
}
