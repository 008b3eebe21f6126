//! Sending what the store's outbox holds. A state change and the mail it
//! causes are stored together; this step sends them after, marks each sent
//! (moving its complaint on when the mail was an acknowledgement) or leaves
//! it queued for a later attempt.

use chrono::{DateTime, Duration, DurationRound, Utc};

use crate::complaint::Reference;
use crate::ports::{AcknowledgementMeans, Change, MailPurpose, QueuedMail, Services, StoreError};

/// How many messages one dispatch sends at most.
pub const BATCH: usize = 50;

/// Mail the public can cause (acknowledgements, new codes, notices to
/// staff) sent at once, per recipient address and per source address, in
/// one local day. Past either, the mail is held to the next morning, once
/// a day at most; the rest is not sent (what caused it is stored and
/// answered all the same).
pub const PUBLIC_MAIL_PER_RECIPIENT: u32 = 3;
pub const PUBLIC_MAIL_PER_SOURCE: u32 = 10;
/// Notices to one staff address caused by clients' steps, per day.
pub const NOTICES_PER_STAFF_ADDRESS: u32 = 30;
/// The local hour a held mail goes the next day.
const HELD_UNTIL_HOUR: u32 = 8;

/// What the limits allow for one message the public caused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Admission {
    Now,
    /// Over a limit: held until this moment, the next morning.
    NextMorning(DateTime<Utc>),
    /// Over a limit, and one is already held for that day: not sent.
    Dropped,
}

impl Admission {
    /// `Some(not_before)` when the mail is queued (`None`: at once).
    pub fn queued(self) -> Option<Option<DateTime<Utc>>> {
        match self {
            Admission::Now => Some(None),
            Admission::NextMorning(at) => Some(Some(at)),
            Admission::Dropped => None,
        }
    }
}

/// Counts one more public-caused message to `recipient` from `source` and
/// says whether it may go now, the next morning, or not at all. Counted in
/// the store, in one step per key, so that messages caused at once each
/// get their own count, on every instance.
pub async fn admit(
    services: &Services,
    recipient: &str,
    source: &str,
    now: DateTime<Utc>,
) -> Result<Admission, StoreError> {
    admit_within(services, recipient, PUBLIC_MAIL_PER_RECIPIENT, source, now).await
}

/// The same, for a notice to a staff address (more of them are normal).
pub async fn admit_notice(
    services: &Services,
    recipient: &str,
    source: &str,
    now: DateTime<Utc>,
) -> Result<Admission, StoreError> {
    admit_within(services, recipient, NOTICES_PER_STAFF_ADDRESS, source, now).await
}

async fn admit_within(
    services: &Services,
    recipient: &str,
    per_recipient: u32,
    source: &str,
    now: DateTime<Utc>,
) -> Result<Admission, StoreError> {
    use crate::calendar::{start_of_day, ZONE};
    let today = now.with_timezone(&ZONE).date_naive();
    let day = start_of_day(today);
    let kept = day + Duration::days(2);
    let recipient = recipient.trim().to_lowercase();
    let source = crate::client::address_key(source);
    let store = &services.store;
    let counts = store
        .count_attempts(
            &[
                format!("mail-to:{recipient}"),
                format!("mail-from:{source}"),
            ],
            day,
            kept,
        )
        .await?;
    let (to, from) = (counts[0], counts[1]);
    if to <= per_recipient && from <= PUBLIC_MAIL_PER_SOURCE {
        return Ok(Admission::Now);
    }
    let held = store
        .count_attempts(
            &[
                format!("mail-held-to:{recipient}"),
                format!("mail-held-from:{source}"),
            ],
            day,
            kept,
        )
        .await?;
    let (held_to, held_from) = (held[0], held[1]);
    if held_to > 1 || held_from > 1 {
        return Ok(Admission::Dropped);
    }
    let tomorrow = today.succ_opt().unwrap_or(today);
    Ok(Admission::NextMorning(
        start_of_day(tomorrow) + Duration::hours(i64::from(HELD_UNTIL_HOUR)),
    ))
}

/// What one dispatch did.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Dispatched {
    pub sent: usize,
    pub failed: usize,
}

/// Which queued messages one dispatch sends.
#[derive(Clone, Copy)]
enum Scope<'a> {
    /// Every message due, `limit` at most: the scheduler's round.
    Due(usize),
    /// The messages due of one complaint: what a request just queued.
    Complaint(&'a Reference),
}

/// Sends every message due now (the scheduler's and the timer's round). A
/// new-code request answered on the way queues its mail: that is sent in
/// the same call.
pub async fn dispatch(services: &Services, limit: usize) -> Result<Dispatched, StoreError> {
    dispatch_within(services, Scope::Due(limit)).await
}

/// Sends what a request queued for its complaint, and nothing of its
/// neighbours': a submission its acknowledgement, a step its mail. What
/// fails stays queued for the scheduler's round.
pub async fn dispatch_for(
    services: &Services,
    reference: &Reference,
) -> Result<Dispatched, StoreError> {
    dispatch_within(services, Scope::Complaint(reference)).await
}

async fn dispatch_within(services: &Services, scope: Scope<'_>) -> Result<Dispatched, StoreError> {
    let (mut report, answered) = dispatch_once(services, scope).await?;
    if answered > 0 {
        let (more, _) = dispatch_once(services, scope).await?;
        report.sent += more.sent;
        report.failed += more.failed;
    }
    Ok(report)
}

/// One pass over the outbox; also says how many requests it answered.
async fn dispatch_once(
    services: &Services,
    scope: Scope<'_>,
) -> Result<(Dispatched, usize), StoreError> {
    let mut report = Dispatched::default();
    let mut answered = 0;
    let now = services.clock.now();
    let due = match scope {
        Scope::Due(limit) => services.store.due_mail(now, limit).await?,
        Scope::Complaint(reference) => services.store.due_mail_of(reference, now).await?,
    };
    for queued in due {
        // Two dispatches at once (a submission's and the scheduler's) see
        // the same queued message: only the first to claim this attempt
        // sends it.
        let window = now.duration_trunc(Duration::minutes(10)).unwrap_or(now);
        let claim = format!("send:{}:{}", queued.id, queued.attempts);
        if services
            .store
            .count_attempt(&claim, window, window + Duration::days(1))
            .await?
            > 1
        {
            continue;
        }
        // A request, not a mail: answered here, never sent.
        if queued.mail.purpose == MailPurpose::NewCodeRequest {
            answer_request(services, &queued).await?;
            answered += 1;
            continue;
        }
        match services.mailer.send(&queued.mail.message).await {
            Ok(()) => {
                let sent_at = services.clock.now();
                record_sent(services, &queued, sent_at).await?;
                report.sent += 1;
            }
            Err(error) => {
                // The error may quote the address: log only the complaint.
                tracing::warn!(complaint = %queued.mail.complaint, attempts = queued.attempts + 1, "sending failed: {}", error_kind(&error.0));
                let retry_at = now + retry_delay(queued.attempts + 1);
                services.store.mail_failed(&queued.id, retry_at).await?;
                report.failed += 1;
            }
        }
    }
    Ok((report, answered))
}

/// Waits longer after each failure: 2, 4, 8 … minutes, at most 6 hours.
pub fn retry_delay(attempts: u32) -> Duration {
    let minutes = 2i64.saturating_pow(attempts.min(10));
    Duration::minutes(minutes.min(6 * 60))
}

fn error_kind(message: &str) -> &str {
    message.split(':').next().unwrap_or("error")
}

async fn record_sent(
    services: &Services,
    queued: &QueuedMail,
    sent_at: DateTime<Utc>,
) -> Result<(), StoreError> {
    // A concurrent change to the complaint makes the write stale: read it
    // again and retry, a few times.
    let mut attempts = 0;
    loop {
        let change = match queued.mail.purpose {
            MailPurpose::Acknowledgement => {
                acknowledgement_change(services, queued, sent_at).await?
            }
            // The step that queued them already changed the complaint.
            MailPurpose::Response
            | MailPurpose::Assignment
            | MailPurpose::ClientNotice
            | MailPurpose::NewCode
            | MailPurpose::Reminder
            | MailPurpose::FollowUpInvitation
            | MailPurpose::Extension
            | MailPurpose::NewCodeRequest => None,
        };
        match services.store.mail_sent(&queued.id, sent_at, change).await {
            Err(StoreError::Conflict(_)) if attempts < 3 => attempts += 1,
            other => return other,
        }
    }
}

/// Answers a new-code request and marks it done, with the new code and its
/// mail in the same write when the address matched.
async fn answer_request(services: &Services, queued: &QueuedMail) -> Result<(), StoreError> {
    let mut attempts = 0;
    loop {
        let change = match crate::client::answer_new_code_request(services, &queued.mail).await {
            Ok(change) => change,
            Err(crate::client::ClientError::Store(error)) => return Err(error),
            Err(error) => {
                tracing::warn!(complaint = %queued.mail.complaint, "a new-code request could not be answered: {error}");
                None
            }
        };
        let now = services.clock.now();
        match services.store.mail_sent(&queued.id, now, change).await {
            Err(StoreError::Conflict(_)) if attempts < 3 => attempts += 1,
            other => return other,
        }
    }
}

async fn acknowledgement_change(
    services: &Services,
    queued: &QueuedMail,
    sent_at: DateTime<Utc>,
) -> Result<Option<Change>, StoreError> {
    let reference = queued.mail.complaint;
    let mut complaint = services
        .store
        .complaint(&reference)
        .await?
        .ok_or(StoreError::NotFound(reference))?;
    // Already acknowledged some other way, or withdrawn: the mail is simply sent.
    let Ok(event) = complaint.acknowledge(sent_at, AcknowledgementMeans::Email) else {
        return Ok(None);
    };
    Ok(Some(Change {
        complaint,
        events: vec![event],
        mail: Vec::new(),
    }))
}
