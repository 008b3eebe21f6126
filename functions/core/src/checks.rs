//! The scheduler's one step, `run_checks(now)`: the same on Lambda (every
//! 15 minutes in business hours, once at night), under `plaintes tick`
//! and on `plaintes serve`'s timer. It sends what the outbox holds, then
//! looks only at the complaints whose next deadline is near (the deadline
//! index), and for each sends the reminders, escalations and invitations
//! that are due and were not sent yet; it anonymises what has been closed
//! long enough, and writes the director's daily digest once a day.
//!
//! Every notice is journaled with the change that queues its mail, and a
//! notice already in the journal is never sent again: two runs at once
//! race on the complaint's version and one of them loses, so nothing goes
//! twice. Notices to staff carry references and dates, never content.

use chrono::{DateTime, Duration, DurationRound, NaiveDate, Timelike, Utc};
use serde::{Deserialize, Serialize};

use crate::access::Overseer;
use crate::calendar::{local_date, start_of_day, ZONE};
use crate::complaint::{Complainant, Complaint, ComplaintText};
use crate::mail::{self, RenderError};
use crate::outbox::{self, Dispatched};
use crate::ports::{Change, Event, EventKind, MailPurpose, OutgoingMail, Services, StoreError};
use crate::promises::{PromiseState, Promised};

/// How far ahead the deadline index is read: far enough for every reminder
/// (two business days can span a long weekend and a closure).
const HORIZON_DAYS: i64 = 14;
/// Complaints looked at in one run, at most.
const CASES_PER_RUN: usize = 5_000;
/// How far ahead the digest looks for open complaints.
const DIGEST_HORIZON_DAYS: i64 = 90;
/// A message still unsent after this many attempts is reported to the director.
pub const FAILING_ATTEMPTS: u32 = 5;

/// A message the scheduler sends about a complaint.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Notice {
    /// The acknowledgement is due soon: to the manager (or the director).
    AcknowledgementReminder,
    /// The acknowledgement is late: to the director.
    AcknowledgementEscalation,
    /// The written response is due within a few business days: to the manager.
    ResponseReminder,
    /// The written response is late: to the director, every day until sent.
    ResponseEscalation,
    /// After a reopening, the new written response is due within a few
    /// business days: to the manager.
    NewResponseReminder,
    /// The follow-up is due: the client is invited to answer, the manager reminded.
    FollowUpInvitation,
    /// A corrective measure is past its date: to its owner and the director.
    MeasureReminder { id: u32 },
}

impl Notice {
    /// What the journal says.
    pub fn describe(&self) -> String {
        let words = crate::words::french();
        match self {
            Notice::AcknowledgementReminder => words.t("notice-acknowledgement-reminder"),
            Notice::AcknowledgementEscalation => words.t("notice-acknowledgement-escalation"),
            Notice::ResponseReminder => words.t("notice-response-reminder"),
            Notice::ResponseEscalation => words.t("notice-response-escalation"),
            Notice::NewResponseReminder => words.t("notice-new-response-reminder"),
            Notice::FollowUpInvitation => words.t("notice-follow-up-invitation"),
            Notice::MeasureReminder { id } => words.t1("notice-measure-reminder", "id", id),
        }
    }

    /// Sent again each day while the cause lasts, or once.
    fn daily(&self) -> bool {
        matches!(self, Notice::ResponseEscalation)
    }
}

/// What one run did, for logs and tests.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CheckReport {
    pub looked_at: usize,
    pub notices: Vec<(String, Notice)>,
    pub anonymised: Vec<String>,
    pub digest_sent: bool,
    /// Changes another run or a person made first: they are looked at again next run.
    pub skipped: usize,
    pub mail: Dispatched,
}

#[derive(Debug, thiserror::Error)]
pub enum CheckError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Render(#[from] RenderError),
}

/// One run of every check, as of `now`.
pub async fn run_checks(
    services: &Services,
    now: DateTime<Utc>,
) -> Result<CheckReport, CheckError> {
    // Mail first: what failed before is retried before anything new is added.
    let mut report = CheckReport {
        mail: outbox::dispatch(services, outbox::BATCH).await?,
        ..CheckReport::default()
    };
    let cases = services
        .store
        .due_by(now + Duration::days(HORIZON_DAYS), CASES_PER_RUN)
        .await?;
    report.looked_at = cases.len();
    for complaint in cases {
        check_case(services, complaint, now, &mut report).await?;
    }
    report.digest_sent = send_digest(services, now).await?;
    let more = outbox::dispatch(services, outbox::BATCH).await?;
    report.mail.sent += more.sent;
    report.mail.failed += more.failed;
    Ok(report)
}

/// The person who handles the complaint: its manager, or the director.
fn manager_address(services: &Services, complaint: &Complaint) -> String {
    mail::manager_address(&services.organisation, complaint)
}

/// The notices due now for `complaint`, before looking at the journal:
/// one for each promise still owed that is near or past its due moment.
fn due_notices(services: &Services, complaint: &Complaint, now: DateTime<Utc>) -> Vec<Notice> {
    let settings = services.organisation.reminders;
    let calendar = &services.calendar;
    // Two business days before the due day: from that day's first minute.
    let days_before =
        |due_at: DateTime<Utc>| {
            start_of_day(calendar.nth_business_day_before(
                local_date(due_at),
                settings.response_business_days_before,
            ))
        };
    let mut due = Vec::new();
    for promise in complaint.promises(now) {
        let late = promise.state == PromiseState::Overdue;
        if !promise.state.pending() {
            continue;
        }
        match promise.what {
            Promised::Acknowledgement => {
                let warn_at =
                    promise.due - Duration::hours(i64::from(settings.acknowledgement_hours_before));
                if late {
                    due.push(Notice::AcknowledgementEscalation);
                } else if now >= warn_at {
                    due.push(Notice::AcknowledgementReminder);
                }
            }
            Promised::Response | Promised::NewResponse => {
                if late {
                    due.push(Notice::ResponseEscalation);
                } else if now >= days_before(promise.due) {
                    due.push(match promise.what {
                        Promised::NewResponse => Notice::NewResponseReminder,
                        _ => Notice::ResponseReminder,
                    });
                }
            }
            Promised::FollowUp => {
                if now >= days_before(promise.due) {
                    due.push(Notice::FollowUpInvitation);
                }
            }
            Promised::Measure { id } | Promised::Adjustment { id } if late => {
                due.push(Notice::MeasureReminder { id });
            }
            Promised::Measure { .. } | Promised::Adjustment { .. } | Promised::Anonymisation => {}
        }
    }
    due
}

/// Whether the journal already holds `notice` (today's, for a daily one).
fn already_sent(journal: &[Event], notice: &Notice, today: NaiveDate) -> bool {
    journal.iter().any(|event| match &event.kind {
        EventKind::NoticeSent { notice: sent, day } => {
            sent == notice && (!notice.daily() || *day == today)
        }
        _ => false,
    })
}

async fn check_case(
    services: &Services,
    mut complaint: Complaint,
    now: DateTime<Utc>,
    report: &mut CheckReport,
) -> Result<(), CheckError> {
    let today = local_date(now);
    let mut events = Vec::new();
    let mut mail = Vec::new();
    // Owed once closed and not yet done; allowed from the end of retention.
    let anonymise = complaint
        .promise(Promised::Anonymisation, now)
        .is_some_and(|promise| promise.state.pending())
        && complaint
            .procedure
            .purge_due
            .is_some_and(|from| from <= now);
    let due = due_notices(services, &complaint, now);
    if due.is_empty() && !anonymise {
        return Ok(());
    }
    let journal = services.store.journal(&complaint.reference).await?;
    let mut sent = Vec::new();
    for notice in due {
        if already_sent(&journal, &notice, today) {
            continue;
        }
        mail.extend(notice_mail(services, &complaint, &notice, now)?);
        events.push(Event {
            at: now,
            actor: crate::ports::Actor::System,
            kind: EventKind::NoticeSent { notice, day: today },
        });
        sent.push(notice);
    }
    if anonymise {
        anonymise_complaint(&mut complaint, now);
        events.push(Event {
            at: now,
            actor: crate::ports::Actor::System,
            kind: EventKind::Anonymised,
        });
    }
    if events.is_empty() {
        return Ok(());
    }
    let reference = complaint.reference.to_string();
    match services
        .store
        .update_complaint(Change {
            complaint,
            events,
            mail,
        })
        .await
    {
        Ok(_) => {
            report
                .notices
                .extend(sent.into_iter().map(|notice| (reference.clone(), notice)));
            if anonymise {
                report.anonymised.push(reference);
            }
            Ok(())
        }
        // Someone changed it meanwhile (another run, a person): the next
        // run looks again, so nothing is lost and nothing goes twice.
        Err(StoreError::Conflict(_)) => {
            report.skipped += 1;
            Ok(())
        }
        Err(error) => Err(error.into()),
    }
}

fn notice_mail(
    services: &Services,
    complaint: &Complaint,
    notice: &Notice,
    now: DateTime<Utc>,
) -> Result<Vec<OutgoingMail>, RenderError> {
    let organisation = &services.organisation;
    // Escalations go to whoever answers for the complaint: the director,
    // or the board for a complaint about the director.
    let director = mail::overseer_address(organisation, complaint);
    let manager = manager_address(services, complaint);
    let staff = |to: String, what: String| -> Result<OutgoingMail, RenderError> {
        Ok(OutgoingMail {
            not_before: None,
            complaint: complaint.reference,
            purpose: MailPurpose::Reminder,
            message: mail::staff_reminder(organisation, complaint, &to, &what)?,
        })
    };
    let words = crate::words::french();
    let long = crate::french::date_time;
    // The response still owed: the new one after a reopening, or the first
    // (at its extended date when there is one).
    let response_due = complaint
        .promises(now)
        .into_iter()
        .filter(|p| matches!(p.what, Promised::Response | Promised::NewResponse))
        .filter(|p| p.state.pending())
        .map(|p| p.due)
        .min()
        .unwrap_or_else(|| complaint.response_due_now());
    Ok(match notice {
        Notice::AcknowledgementReminder => vec![staff(
            manager,
            words.t1(
                "reminder-acknowledgement",
                "date",
                long(complaint.acknowledgement_due),
            ),
        )?],
        Notice::AcknowledgementEscalation => vec![staff(
            director,
            words.t1(
                "reminder-acknowledgement-late",
                "date",
                long(complaint.acknowledgement_due),
            ),
        )?],
        Notice::ResponseReminder | Notice::NewResponseReminder => vec![staff(
            manager,
            words.t1("reminder-response", "date", long(response_due)),
        )?],
        Notice::ResponseEscalation => vec![staff(
            director,
            words.t2(
                "reminder-response-late",
                "date",
                long(response_due),
                "late",
                crate::french::business_days(
                    services
                        .calendar
                        .business_days_between(local_date(response_due), local_date(now))
                        .max(1),
                ),
            ),
        )?],
        Notice::FollowUpInvitation => {
            let mut mail = vec![staff(
                manager,
                words.t1(
                    "reminder-follow-up",
                    "date",
                    long(complaint.procedure.follow_up_due.unwrap_or(now)),
                ),
            )?];
            if let Some(email) = complaint.complainant.email() {
                mail.push(OutgoingMail {
                    not_before: None,
                    complaint: complaint.reference,
                    purpose: MailPurpose::FollowUpInvitation,
                    message: mail::follow_up_invitation(organisation, complaint, email.as_str())?,
                });
            }
            mail
        }
        Notice::MeasureReminder { id } => {
            let measure = complaint.procedure.measures.iter().find(|m| m.id == *id);
            let due = measure
                .map(|m| crate::french::day(m.due_on))
                .unwrap_or_default();
            let what = words.t2("reminder-measure-late", "id", id, "date", due);
            let mut mail = vec![staff(director.clone(), what.clone())?];
            // The owner is told too when it is an address.
            if let Some(owner) = measure
                .and_then(|m| crate::complaint::Email::parse(&m.owner).ok())
                .filter(|owner| !owner.as_str().eq_ignore_ascii_case(&director))
                // Nothing about a complaint about the director reaches them.
                .filter(|owner| {
                    complaint.overseer() == Overseer::Director
                        || !owner
                            .as_str()
                            .eq_ignore_ascii_case(&organisation.director.email)
                })
            {
                mail.push(staff(owner.to_string(), what)?);
            }
            mail
        }
    })
}

/// Replaces every personal detail and free text; keeps what the
/// statistics need (category, service, channel, dates, deadlines, decision
/// kinds, satisfaction).
pub fn anonymise_complaint(complaint: &mut Complaint, now: DateTime<Utc>) {
    let erased = || ComplaintText::parse(ERASED, 200, ERASED).expect("a valid text");
    complaint.complainant = Complainant::Anonymous;
    complaint.postal_address = None;
    complaint.description = erased();
    complaint.desired_outcome = None;
    complaint.named_staff.clear();
    complaint.about_staff = None;
    complaint.procedure.named_names.clear();
    let procedure = &mut complaint.procedure;
    if let Some(analysis) = &mut procedure.analysis {
        analysis.facts = erased();
        analysis.root_cause = erased();
        analysis.notes = None;
    }
    if let Some(decision) = &mut procedure.decision {
        decision.text = erased();
    }
    for response in &mut procedure.responses {
        response.postal_address = None;
        response.subject = ERASED.into();
        response.text = ERASED.into();
        response.html = String::new();
    }
    if let Some(follow_up) = &mut procedure.follow_up {
        follow_up.adjustment = None;
        follow_up.comment = None;
    }
    for addition in &mut procedure.additions {
        addition.text = erased();
    }
    for measure in &mut procedure.measures {
        measure.description = erased();
    }
    procedure.anonymised_at = Some(now);
}

/// What replaces an erased text.
pub const ERASED: &str = "[Renseignement effacé au terme de la durée de conservation]";

/// The director's digest, once a day from the configured hour: counts by
/// status, what is due today and tomorrow, what is late, mail that keeps
/// failing — references and dates only. The complaints about the director
/// are never in it: the board gets its own digest of them, on the days it
/// has any.
async fn send_digest(services: &Services, now: DateTime<Utc>) -> Result<bool, CheckError> {
    let local = now.with_timezone(&ZONE);
    let today = local.date_naive();
    if local.hour() < services.organisation.reminders.digest_hour
        || !services.calendar.is_business_day(today)
    {
        return Ok(false);
    }
    let mut sent = false;
    for overseer in [Overseer::Director, Overseer::Board] {
        sent |= send_digest_to(services, overseer, now, today).await?;
    }
    Ok(sent)
}

async fn send_digest_to(
    services: &Services,
    overseer: Overseer,
    now: DateTime<Utc>,
    today: chrono::NaiveDate,
) -> Result<bool, CheckError> {
    let who = match overseer {
        Overseer::Director => "",
        Overseer::Board => "board:",
    };
    let day_start = start_of_day(today);
    let sent_key = format!("digest-sent:{who}{today}");
    if services.store.attempts(&sent_key, day_start).await? > 0 {
        return Ok(false);
    }
    // One run per quarter hour may try: two runs at once never both send.
    let window = now.duration_trunc(Duration::minutes(15)).unwrap_or(now);
    let claim = format!("digest-claim:{who}{today}");
    if services
        .store
        .count_attempt(&claim, window, window + Duration::days(2))
        .await?
        > 1
    {
        return Ok(false);
    }
    // Open complaints all have a deadline within weeks (or past); closed
    // ones wait years for their anonymisation and stay out of this read.
    let open: Vec<Complaint> = services
        .store
        .due_by(now + Duration::days(DIGEST_HORIZON_DAYS), CASES_PER_RUN)
        .await?
        .into_iter()
        .filter(|complaint| complaint.overseer() == overseer)
        .collect();
    let tomorrow = services.calendar.nth_business_day_after(today, 1);
    let mut failing = Vec::new();
    for queued in services
        .store
        .due_mail(now + Duration::days(3650), 1000)
        .await?
        .into_iter()
        .filter(|queued| queued.attempts >= FAILING_ATTEMPTS)
    {
        let theirs = services
            .store
            .complaint(&queued.mail.complaint)
            .await?
            .is_some_and(|complaint| complaint.overseer() == overseer);
        if theirs {
            failing.push(queued.mail.complaint.to_string());
        }
    }
    // The board hears only when it has something to hear.
    if overseer == Overseer::Board && open.is_empty() && failing.is_empty() {
        return Ok(false);
    }
    let digest = mail::Digest::build(&open, now, today, tomorrow, failing);
    let to = &services.organisation.overseer(overseer).email;
    let message = mail::digest(&services.organisation, &digest, today, to)?;
    match services.mailer.send(&message).await {
        Ok(()) => {
            services
                .store
                .count_attempt(&sent_key, day_start, day_start + Duration::days(2))
                .await?;
            Ok(true)
        }
        Err(error) => {
            tracing::warn!("the daily digest could not be sent: {error}");
            Ok(false)
        }
    }
}

/// The promises of the policy, kept or not, for one complaint.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Compliance {
    /// `None` while still running.
    pub acknowledged_on_time: Option<bool>,
    pub answered_on_time: Option<bool>,
    pub followed_up: Option<bool>,
}

impl Compliance {
    pub fn of(complaint: &Complaint, now: DateTime<Utc>) -> Self {
        let kept = |what| {
            complaint
                .promise(what, now)
                .and_then(|promise| promise.state.kept())
        };
        Compliance {
            acknowledged_on_time: kept(Promised::Acknowledgement),
            answered_on_time: kept(Promised::Response),
            // Done at all, even late; not done once its day has passed.
            followed_up: complaint.promise(Promised::FollowUp, now).and_then(
                |promise| match promise.state {
                    PromiseState::Kept { .. } | PromiseState::KeptLate { .. } => Some(true),
                    PromiseState::Overdue => Some(false),
                    _ => None,
                },
            ),
        }
    }
}
