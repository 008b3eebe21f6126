//! The ports through which the domain reaches the world: a `Store` for
//! complaints, their journal and their outgoing mail; a `Mailer` that sends
//! one message; a `Clock`. Adapters (SQLite and a folder of `.eml` files
//! locally, DynamoDB and SES on AWS) implement them; the domain never knows
//! which one it talks to.

use std::sync::{Arc, Mutex};

use async_trait::async_trait;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::access::{StaffId, StaffMember};
use crate::calendar::BusinessCalendar;
use crate::complaint::{Channel, Complaint, IdempotencyKey, Reference};
use crate::mail::RenderError;
use crate::procedure::{DecisionKind, ResponseMeans, Satisfaction};
use crate::session::{SessionKey, StaffSession};
use crate::settings::Organisation;
use crate::words::{french, Arg};

/// Tells the time; injected so that deadlines can be tested at any date.
pub trait Clock: Send + Sync {
    fn now(&self) -> DateTime<Utc>;
}

/// The real time.
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> DateTime<Utc> {
        Utc::now()
    }
}

/// A clock that shows the time it is set to, for tests and replays.
pub struct FixedClock(Mutex<DateTime<Utc>>);

impl FixedClock {
    pub fn new(at: DateTime<Utc>) -> Self {
        Self(Mutex::new(at))
    }

    pub fn set(&self, at: DateTime<Utc>) {
        *self
            .0
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner()) = at;
    }
}

impl Clock for FixedClock {
    fn now(&self) -> DateTime<Utc> {
        *self
            .0
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

/// One e-mail: French plain text and HTML of the same content.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Message {
    pub from: String,
    pub to: String,
    pub reply_to: Option<String>,
    pub subject: String,
    pub text: String,
    pub html: String,
}

#[derive(Debug, thiserror::Error)]
#[error("the message could not be sent: {0}")]
pub struct MailError(pub String);

/// Sends one message, now. Callers go through the store's outbox, never
/// straight here, so that nothing is sent for a change that was not stored.
#[async_trait]
pub trait Mailer: Send + Sync {
    async fn send(&self, message: &Message) -> Result<(), MailError>;
}

/// Why a message is sent, so that sending it can move its complaint on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MailPurpose {
    Acknowledgement,
    /// The written response, to the client.
    Response,
    /// A notice to the manager a complaint was assigned to: its reference
    /// and a link, never its content.
    Assignment,
    /// A notice to the manager (or the director) that the client did
    /// something in their file, without its content.
    ClientNotice,
    /// A new access code, to the client's address on file.
    NewCode,
    /// A reminder or an escalation from the scheduler, to staff.
    Reminder,
    /// The invitation to say whether the solution suits, to the client.
    FollowUpInvitation,
    /// The written response will come later, and why, to the client.
    Extension,
    /// A new code asked for on the site by reference and e-mail: the
    /// outbox answers it (a `NewCode` when they match), so that the person
    /// asking waits for the same work either way. Never sent as mail.
    NewCodeRequest,
}

impl MailPurpose {
    /// The message naming the purpose, for staff.
    pub fn key(self) -> &'static str {
        match self {
            MailPurpose::Acknowledgement => "mail-purpose-acknowledgement",
            MailPurpose::Response => "mail-purpose-response",
            MailPurpose::Assignment => "mail-purpose-assignment",
            MailPurpose::ClientNotice => "mail-purpose-client-notice",
            MailPurpose::NewCode => "mail-purpose-new-code",
            MailPurpose::Reminder => "mail-purpose-reminder",
            MailPurpose::FollowUpInvitation => "mail-purpose-follow-up-invitation",
            MailPurpose::Extension => "mail-purpose-extension",
            MailPurpose::NewCodeRequest => "mail-purpose-new-code-request",
        }
    }

    pub fn label(self) -> String {
        french().t(self.key())
    }
}

/// A message waiting in the outbox.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OutgoingMail {
    pub complaint: Reference,
    pub purpose: MailPurpose,
    pub message: Message,
    /// Not sent before this moment (mail held by a limit until the next
    /// day); `None` sends at once.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub not_before: Option<DateTime<Utc>>,
}

/// A queued message with its place in the outbox.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QueuedMail {
    pub id: String,
    pub attempts: u32,
    pub mail: OutgoingMail,
}

/// Who did something to a complaint.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Actor {
    /// The client, through the public site.
    Client,
    /// The system itself (a mail sent, a deadline passed).
    System,
    /// A staff member, known by their stable id; their name and address
    /// as they were, for people reading the journal.
    Staff {
        id: StaffId,
        name: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        email: Option<String>,
    },
}

impl Actor {
    pub fn staff(member: &StaffMember) -> Self {
        Actor::Staff {
            id: member.id.clone(),
            name: member.name.clone(),
            email: Some(member.email.clone()),
        }
    }

    /// Who, in words, for the journal.
    pub fn describe(&self) -> String {
        match self {
            Actor::Client => french().t("actor-client"),
            Actor::System => french().t("actor-system"),
            Actor::Staff {
                email: Some(email),
                name,
                ..
            } => format!("{name} ({email})"),
            Actor::Staff { id, name, .. } => format!("{name} ({id})"),
        }
    }
}

/// What happened, as kept in the complaint's append-only journal.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum EventKind {
    Received {
        channel: Channel,
    },
    /// The acknowledgement reached the client: by e-mail, or on the page
    /// that confirmed the web submission.
    Acknowledged {
        means: AcknowledgementMeans,
    },
    /// A staff member opened the file.
    FileRead,
    Assigned {
        handler: StaffId,
        name: String,
    },
    AnalysisRecorded,
    DecisionRecorded {
        kinds: Vec<DecisionKind>,
    },
    ResponseSent {
        means: ResponseMeans,
    },
    FollowedUp {
        satisfaction: Satisfaction,
    },
    MeasureAdded {
        id: u32,
    },
    MeasureDone {
        id: u32,
    },
    /// The follow-up opened an adjustment (a measure of kind adjustment).
    AdjustmentAdded {
        id: u32,
    },
    /// The director recorded why an adjustment will not be made.
    AdjustmentWaived {
        id: u32,
    },
    /// The written response's deadline was pushed back, with a reason told
    /// to the client.
    ResponseExtended {
        due: DateTime<Utc>,
    },
    Closed,
    Reopened {
        reason: String,
    },
    /// The client opened their file.
    ClientRead,
    /// The client added information to their file.
    InformationAdded,
    /// The client withdrew the complaint.
    Withdrawn,
    /// A new access code replaced the old one, at the client's request.
    CodeReissued,
    /// Staff gave a new access code at the client's request: read to them
    /// once (on the phone, in person) or mailed to their address.
    CodeIssuedByStaff {
        read_aloud: bool,
    },
    /// Staff withdrew the complaint at the client's request.
    WithdrawnForClient,
    /// Settled on the spot, confirmed in writing and closed.
    SettledOnTheSpot,
    /// Staff recorded whom the complaint is about (their names, from the
    /// directory) and whether it is about the director.
    NamingRecorded {
        named: Vec<String>,
        about_director: bool,
    },
    /// The manager was named in the complaint (or may no longer read it):
    /// it is theirs no more.
    Unassigned,
    /// The scheduler sent a reminder, an escalation or an invitation.
    NoticeSent {
        notice: crate::checks::Notice,
        /// The local day it was sent, so that a daily one goes once a day.
        day: chrono::NaiveDate,
    },
    /// The personal information was anonymised at the end of retention.
    Anonymised,
}

impl EventKind {
    /// What happened, in French, for the timeline staff read.
    pub fn describe(&self) -> String {
        let words = french();
        let with = |key: &str, name: &str, value: Arg| words.with(key, &[(name, value)]);
        let id = |key: &str, id: u32| with(key, "id", Arg::Number(i64::from(id)));
        match self {
            EventKind::Received { channel } => {
                words.t1("journal-received", "channel", channel.code())
            }
            EventKind::Acknowledged { means } => {
                words.t1("journal-acknowledged", "means", means.label())
            }
            EventKind::FileRead => words.t("journal-file-read"),
            EventKind::Assigned { name, .. } => words.t1("journal-assigned", "name", name),
            EventKind::AnalysisRecorded => words.t("journal-analysis"),
            EventKind::DecisionRecorded { kinds } => words.t1(
                "journal-decision",
                "kinds",
                kinds
                    .iter()
                    .map(|kind| words.t1("journal-decision-kind", "kind", kind.code()))
                    .collect::<Vec<_>>()
                    .join(", "),
            ),
            EventKind::ResponseSent {
                means: ResponseMeans::File,
            } => words.t("journal-response-in-file"),
            EventKind::ResponseSent { means } => {
                words.t1("journal-response-sent", "means", means.code())
            }
            EventKind::FollowedUp { satisfaction } => {
                words.t1("journal-followed-up", "satisfaction", satisfaction.code())
            }
            EventKind::MeasureAdded { id: number } => id("journal-measure-added", *number),
            EventKind::MeasureDone { id: number } => id("journal-measure-done", *number),
            EventKind::AdjustmentAdded { id: number } => id("journal-adjustment-added", *number),
            EventKind::AdjustmentWaived { id: number } => id("journal-adjustment-waived", *number),
            EventKind::ResponseExtended { due } => words.t1(
                "journal-response-extended",
                "date",
                crate::french::long_date(*due),
            ),
            EventKind::Closed => words.t("journal-closed"),
            EventKind::Reopened { reason } => words.t1("journal-reopened", "reason", reason),
            EventKind::ClientRead => words.t("journal-client-read"),
            EventKind::InformationAdded => words.t("journal-information-added"),
            EventKind::Withdrawn => words.t("journal-withdrawn"),
            EventKind::CodeReissued => words.t("journal-code-reissued"),
            EventKind::CodeIssuedByStaff { read_aloud: true } => words.t("journal-code-read-aloud"),
            EventKind::CodeIssuedByStaff { read_aloud: false } => words.t("journal-code-mailed"),
            EventKind::WithdrawnForClient => words.t("journal-withdrawn-for-client"),
            EventKind::SettledOnTheSpot => words.t("journal-settled"),
            EventKind::NamingRecorded {
                named,
                about_director,
            } => {
                let who = match named.as_slice() {
                    [] => words.t("journal-named-nobody"),
                    names => names.join(", "),
                };
                match about_director {
                    true => words.t1("journal-named-director", "who", who),
                    false => words.t1("journal-named", "who", who),
                }
            }
            EventKind::Unassigned => words.t("journal-unassigned"),
            EventKind::NoticeSent { notice, .. } => notice.describe(),
            EventKind::Anonymised => words.t("journal-anonymised"),
        }
    }
}

/// How the client learned that their complaint was received.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AcknowledgementMeans {
    Email,
    ConfirmationPage,
    Telephone,
    InPerson,
    Letter,
}

impl AcknowledgementMeans {
    /// The means staff may record by hand.
    pub fn parse(raw: &str) -> Result<Self, String> {
        match raw.trim() {
            "telephone" => Ok(Self::Telephone),
            "in_person" => Ok(Self::InPerson),
            "letter" => Ok(Self::Letter),
            "email" => Ok(Self::Email),
            _ => Err(french().t("invalid-acknowledgement-means")),
        }
    }

    /// The message naming the means, the same words for the client and
    /// for staff.
    pub fn key(self) -> &'static str {
        match self {
            AcknowledgementMeans::Email => "acknowledged-email",
            AcknowledgementMeans::ConfirmationPage => "acknowledged-page",
            AcknowledgementMeans::Telephone => "acknowledged-telephone",
            AcknowledgementMeans::InPerson => "acknowledged-in-person",
            AcknowledgementMeans::Letter => "acknowledged-letter",
        }
    }

    /// The means, for staff.
    pub fn label(self) -> String {
        french().t(self.key())
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Event {
    pub at: DateTime<Utc>,
    pub actor: Actor,
    #[serde(flatten)]
    pub kind: EventKind,
}

/// Everything one state change writes, together or not at all: the
/// complaint's new state, what the journal gains, and the mail it causes.
#[derive(Debug, Clone)]
pub struct Change {
    pub complaint: Complaint,
    pub events: Vec<Event>,
    pub mail: Vec<OutgoingMail>,
}

/// How a creation ended: a new complaint, or the one an earlier submission
/// with the same idempotency key made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Created {
    New(Complaint),
    Existing(Complaint),
}

/// How long an idempotency key protects against a second complaint.
pub const IDEMPOTENCY_WINDOW_HOURS: i64 = 24;

/// Builds the first state of a complaint once its reference is known. A
/// store may call it more than once (when another creation took the
/// reference first); only the last result is written.
pub type Draft = Box<dyn Fn(Reference) -> Result<Change, RenderError> + Send + Sync>;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// Someone else changed the complaint since it was read.
    #[error("complaint {0} was changed by someone else")]
    Conflict(Reference),
    #[error("complaint {0} does not exist")]
    NotFound(Reference),
    #[error(transparent)]
    Render(#[from] RenderError),
    #[error("storage failure: {0}")]
    Backend(String),
}

/// Durable storage of complaints, their journal and their outbox.
#[async_trait]
pub trait Store: Send + Sync {
    /// Creates a complaint received in `year` (local time): allocates the
    /// next reference of that year, without gaps, and writes what `draft`
    /// returns (the complaint with `version` 1, its first events, its mail)
    /// in one transaction. A key already used within the last 24 hours
    /// returns the complaint it made, and writes nothing. `at` is now.
    async fn create_complaint(
        &self,
        key: &IdempotencyKey,
        year: i32,
        at: DateTime<Utc>,
        draft: Draft,
    ) -> Result<Created, StoreError>;

    async fn complaint(&self, reference: &Reference) -> Result<Option<Complaint>, StoreError>;

    /// Writes a change made to the complaint read at `change.complaint.version`;
    /// returns it with its new version. A stale version is a `Conflict`.
    async fn update_complaint(&self, change: Change) -> Result<Complaint, StoreError>;

    /// Open complaints whose next deadline (`Complaint::next_deadline`) is
    /// at or before `before`, soonest first.
    async fn due_by(
        &self,
        before: DateTime<Utc>,
        limit: usize,
    ) -> Result<Vec<Complaint>, StoreError>;

    /// The journal of a complaint, oldest first.
    async fn journal(&self, reference: &Reference) -> Result<Vec<Event>, StoreError>;

    /// Queued messages whose next attempt is due at `now`, oldest first.
    async fn due_mail(
        &self,
        now: DateTime<Utc>,
        limit: usize,
    ) -> Result<Vec<QueuedMail>, StoreError>;

    /// The queued messages of one complaint whose next attempt is due at
    /// `now`, oldest first, read so that a message just queued is seen (a
    /// request sends what it queued, and nothing of its neighbours').
    async fn due_mail_of(
        &self,
        reference: &Reference,
        now: DateTime<Utc>,
    ) -> Result<Vec<QueuedMail>, StoreError>;

    /// Records that a message was sent, with the change it brings to its
    /// complaint (if any) in the same transaction. The message's content is
    /// then forgotten: it held the access code.
    async fn mail_sent(
        &self,
        id: &str,
        at: DateTime<Utc>,
        change: Option<Change>,
    ) -> Result<(), StoreError>;

    /// Records a failed attempt; the message stays queued until `retry_at`.
    async fn mail_failed(&self, id: &str, retry_at: DateTime<Utc>) -> Result<(), StoreError>;

    /// Adds events to a complaint's journal without changing the complaint
    /// (a staff member read the file): its version stays, so nobody's
    /// editing is disturbed. `version` is the one the complaint was read at;
    /// the events come after that version's own.
    async fn append_events(
        &self,
        reference: &Reference,
        version: u64,
        events: Vec<Event>,
    ) -> Result<(), StoreError>;

    /// Every complaint received in the years `first..=last` (local time),
    /// oldest reference first.
    async fn complaints_received(
        &self,
        first: i32,
        last: i32,
    ) -> Result<Vec<Complaint>, StoreError>;

    /// The mail a complaint caused, queued or sent, oldest first; without
    /// their content.
    async fn mail_log(&self, reference: &Reference) -> Result<Vec<MailRecord>, StoreError>;

    /// Counts one more try under `key` in the window starting at `window`
    /// (kept until `expires`, then forgotten); returns the count so far.
    async fn count_attempt(
        &self,
        key: &str,
        window: DateTime<Utc>,
        expires: DateTime<Utc>,
    ) -> Result<u32, StoreError>;

    /// Counts one more try under each of `keys` at once (one write where
    /// the store can); returns their counts so far, in the same order.
    async fn count_attempts(
        &self,
        keys: &[String],
        window: DateTime<Utc>,
        expires: DateTime<Utc>,
    ) -> Result<Vec<u32>, StoreError> {
        let mut counts = Vec::with_capacity(keys.len());
        for key in keys {
            counts.push(self.count_attempt(key, window, expires).await?);
        }
        Ok(counts)
    }

    /// The tries counted under `key` in the window starting at `window`.
    async fn attempts(&self, key: &str, window: DateTime<Utc>) -> Result<u32, StoreError>;

    /// Queues a message that belongs to no change of a complaint — a new
    /// code asked for by reference, which the outbox answers — whether or
    /// not that complaint exists. `at` is now.
    async fn queue_mail(&self, mail: OutgoingMail, at: DateTime<Utc>) -> Result<(), StoreError>;

    /// Takes back one try counted under `key` in the window starting at
    /// `window` (it turned out to be the right code); never below zero.
    async fn give_back_attempt(&self, key: &str, window: DateTime<Utc>) -> Result<(), StoreError>;
}

/// Where staff sign-in sessions are kept (`crate::session`).
#[async_trait]
pub trait SessionStore: Send + Sync {
    /// Writes the session as it is now (a new one, its last activity, a
    /// form kept, its end), to be forgotten after `keep_until`.
    async fn put_session(
        &self,
        session: &StaffSession,
        keep_until: DateTime<Utc>,
    ) -> Result<(), StoreError>;

    /// The session the store knows by `key`, if it still keeps it.
    async fn session(&self, key: &SessionKey) -> Result<Option<StaffSession>, StoreError>;

    /// Records a request at `at` in the session `key`, unless it has ended
    /// meanwhile (signed out): a request never reopens a session, however
    /// it races with the sign-out.
    async fn touch_session(&self, key: &SessionKey, at: DateTime<Utc>) -> Result<(), StoreError>;
}

/// One message of a complaint's outbox, as its file shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MailRecord {
    pub purpose: MailPurpose,
    pub queued_at: DateTime<Utc>,
    pub sent_at: Option<DateTime<Utc>>,
    pub attempts: u32,
}

/// The staff known to the identity provider, to assign complaints and to
/// recognise the people a complaint names.
#[async_trait]
pub trait Directory: Send + Sync {
    /// Every staff member with at least one role.
    async fn members(&self) -> Result<Vec<StaffMember>, StoreError>;

    async fn member(&self, id: &StaffId) -> Result<Option<StaffMember>, StoreError> {
        Ok(self.members().await?.into_iter().find(|m| &m.id == id))
    }
}

/// A directory given once, for tests and small set-ups.
pub struct FixedDirectory(pub Vec<StaffMember>);

#[async_trait]
impl Directory for FixedDirectory {
    async fn members(&self) -> Result<Vec<StaffMember>, StoreError> {
        Ok(self.0.clone())
    }
}

/// What every use case needs, built once at start by each binary.
#[derive(Clone)]
pub struct Services {
    pub organisation: Arc<Organisation>,
    pub calendar: Arc<BusinessCalendar>,
    pub store: Arc<dyn Store>,
    pub mailer: Arc<dyn Mailer>,
    pub clock: Arc<dyn Clock>,
    pub directory: Arc<dyn Directory>,
}

impl Services {
    pub fn new(
        organisation: Organisation,
        store: Arc<dyn Store>,
        mailer: Arc<dyn Mailer>,
        clock: Arc<dyn Clock>,
        directory: Arc<dyn Directory>,
    ) -> Self {
        let calendar = Arc::new(organisation.calendar());
        Self {
            organisation: Arc::new(organisation),
            calendar,
            store,
            mailer,
            clock,
            directory,
        }
    }
}
