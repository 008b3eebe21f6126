//! A store that writes down which of its operations are called, in order,
//! around a real one: to check that two requests do the same work.

use std::sync::{Arc, Mutex};

use async_trait::async_trait;
use chrono::{DateTime, Utc};
use plaintes_core::complaint::{Complaint, IdempotencyKey, Reference};
use plaintes_core::ports::{
    Change, Created, Draft, Event, MailRecord, OutgoingMail, QueuedMail, Store, StoreError,
};

pub struct CountingStore {
    inner: Arc<dyn Store>,
    calls: Mutex<Vec<&'static str>>,
}

impl CountingStore {
    pub fn new(inner: Arc<dyn Store>) -> Self {
        Self {
            inner,
            calls: Mutex::new(Vec::new()),
        }
    }

    /// The operations called since the last call of this, in order.
    pub fn take_calls(&self) -> Vec<&'static str> {
        std::mem::take(&mut self.calls.lock().unwrap())
    }

    fn note(&self, name: &'static str) {
        self.calls.lock().unwrap().push(name);
    }
}

#[async_trait]
impl Store for CountingStore {
    async fn create_complaint(
        &self,
        key: &IdempotencyKey,
        year: i32,
        at: DateTime<Utc>,
        draft: Draft,
    ) -> Result<Created, StoreError> {
        self.note("create_complaint");
        self.inner.create_complaint(key, year, at, draft).await
    }

    async fn complaint(&self, reference: &Reference) -> Result<Option<Complaint>, StoreError> {
        self.note("complaint");
        self.inner.complaint(reference).await
    }

    async fn update_complaint(&self, change: Change) -> Result<Complaint, StoreError> {
        self.note("update_complaint");
        self.inner.update_complaint(change).await
    }

    async fn due_by(
        &self,
        before: DateTime<Utc>,
        limit: usize,
    ) -> Result<Vec<Complaint>, StoreError> {
        self.note("due_by");
        self.inner.due_by(before, limit).await
    }

    async fn journal(&self, reference: &Reference) -> Result<Vec<Event>, StoreError> {
        self.note("journal");
        self.inner.journal(reference).await
    }

    async fn due_mail(
        &self,
        now: DateTime<Utc>,
        limit: usize,
    ) -> Result<Vec<QueuedMail>, StoreError> {
        self.note("due_mail");
        self.inner.due_mail(now, limit).await
    }

    async fn due_mail_of(
        &self,
        reference: &Reference,
        now: DateTime<Utc>,
    ) -> Result<Vec<QueuedMail>, StoreError> {
        self.note("due_mail_of");
        self.inner.due_mail_of(reference, now).await
    }

    async fn count_attempts(
        &self,
        keys: &[String],
        window: DateTime<Utc>,
        expires: DateTime<Utc>,
    ) -> Result<Vec<u32>, StoreError> {
        self.note("count_attempts");
        self.inner.count_attempts(keys, window, expires).await
    }

    async fn mail_sent(
        &self,
        id: &str,
        at: DateTime<Utc>,
        change: Option<Change>,
    ) -> Result<(), StoreError> {
        self.note("mail_sent");
        self.inner.mail_sent(id, at, change).await
    }

    async fn mail_failed(&self, id: &str, retry_at: DateTime<Utc>) -> Result<(), StoreError> {
        self.note("mail_failed");
        self.inner.mail_failed(id, retry_at).await
    }

    async fn append_events(
        &self,
        reference: &Reference,
        version: u64,
        events: Vec<Event>,
    ) -> Result<(), StoreError> {
        self.note("append_events");
        self.inner.append_events(reference, version, events).await
    }

    async fn complaints_received(
        &self,
        first: i32,
        last: i32,
    ) -> Result<Vec<Complaint>, StoreError> {
        self.note("complaints_received");
        self.inner.complaints_received(first, last).await
    }

    async fn mail_log(&self, reference: &Reference) -> Result<Vec<MailRecord>, StoreError> {
        self.note("mail_log");
        self.inner.mail_log(reference).await
    }

    async fn count_attempt(
        &self,
        key: &str,
        window: DateTime<Utc>,
        expires: DateTime<Utc>,
    ) -> Result<u32, StoreError> {
        self.note("count_attempt");
        self.inner.count_attempt(key, window, expires).await
    }

    async fn attempts(&self, key: &str, window: DateTime<Utc>) -> Result<u32, StoreError> {
        self.note("attempts");
        self.inner.attempts(key, window).await
    }

    async fn queue_mail(&self, mail: OutgoingMail, at: DateTime<Utc>) -> Result<(), StoreError> {
        self.note("queue_mail");
        self.inner.queue_mail(mail, at).await
    }

    async fn give_back_attempt(&self, key: &str, window: DateTime<Utc>) -> Result<(), StoreError> {
        self.note("give_back_attempt");
        self.inner.give_back_attempt(key, window).await
    }
}
