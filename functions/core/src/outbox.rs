//! Sending what the store's outbox holds. A state change and the mail it
//! causes are stored together; this step sends them after, marks each sent
//! (moving its complaint on when the mail was an acknowledgement) or leaves
//! it queued for a later attempt.

use chrono::{DateTime, Duration, DurationRound, Utc};

use crate::ports::{AcknowledgementMeans, Change, MailPurpose, QueuedMail, Services, StoreError};

/// How many messages one dispatch sends at most.
pub const BATCH: usize = 50;

/// What one dispatch did.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Dispatched {
    pub sent: usize,
    pub failed: usize,
}

/// Sends every message due now.
pub async fn dispatch(services: &Services, limit: usize) -> Result<Dispatched, StoreError> {
    let mut report = Dispatched::default();
    let now = services.clock.now();
    for queued in services.store.due_mail(now, limit).await? {
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
    Ok(report)
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
            | MailPurpose::Extension => None,
        };
        match services.store.mail_sent(&queued.id, sent_at, change).await {
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
