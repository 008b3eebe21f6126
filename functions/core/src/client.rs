//! The client's own file, opened with the reference and the access code
//! given at submission, no account needed. A wrong reference, a wrong code
//! and a malformed one fail the same way; wrong tries are counted per
//! reference and per address, and past a few the door stays shut until the
//! window ends. Every opening is journaled. From the file the client adds
//! information, withdraws, answers the follow-up, or takes a copy; the
//! manager (or the director, before there is one) is told by a mail that
//! says only that something new is in the file.

use chrono::{DateTime, Duration, DurationRound, Utc};
use serde::Serialize;

use crate::complaint::{AccessCode, Complaint, ComplaintText, Email, FieldError, Reference};
use crate::lifecycle::{Status, Transition};
use crate::mail::{self, RenderError};
use crate::outbox;
use crate::ports::{
    Actor, Change, Event, EventKind, MailPurpose, OutgoingMail, Services, StoreError,
};
use crate::procedure::{Addition, FollowUp, Satisfaction, StepError};
use crate::words::Catalogue;

/// Wrong tries allowed per reference, then per address, in one window.
pub const TRIES_PER_REFERENCE: u32 = 5;
pub const TRIES_PER_ADDRESS: u32 = 20;
/// New codes asked for one reference in one window.
pub const NEW_CODES_PER_REFERENCE: u32 = 3;
/// The length of a counting window.
pub const WINDOW_MINUTES: i64 = 15;

const ADDITION_MAX: usize = 5000;

/// Why the client's request was not carried out.
#[derive(Debug, thiserror::Error)]
pub enum ClientError {
    /// Unknown reference, wrong code, or either malformed: never told apart.
    #[error("refused")]
    Refused,
    /// Too many wrong tries: the door opens again at this time.
    #[error("too many tries until {0}")]
    Limited(DateTime<Utc>),
    #[error("invalid fields")]
    Invalid(Vec<FieldError>),
    #[error("{0}")]
    Step(#[from] StepError),
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Render(#[from] RenderError),
}

/// What the client typed to open their file, and where they came from.
#[derive(Debug, Clone)]
pub struct Credentials<'a> {
    pub reference: &'a str,
    pub code: &'a str,
    /// The client's network address, for counting wrong tries.
    pub address: &'a str,
    /// The language of the page the person is on: what is wrong with what
    /// they sent is said in it.
    pub words: &'a Catalogue,
}

/// The window a moment falls in, and when it ends.
fn window(now: DateTime<Utc>) -> (DateTime<Utc>, DateTime<Utc>) {
    let length = Duration::minutes(WINDOW_MINUTES);
    let start = now.duration_trunc(length).unwrap_or(now);
    (start, start + length)
}

/// One key per reference however it is typed (`p-2026-42`, `P-2026-0042`
/// and ` P-2026-00042 ` are one file), so that variants share the count.
pub(crate) fn reference_key(raw: &str) -> String {
    match Reference::parse(raw) {
        Ok(reference) => format!("reference:{reference}"),
        Err(_) => format!(
            "reference:{}",
            raw.split_whitespace().collect::<String>().to_uppercase()
        ),
    }
}

/// One key per IPv4 address, and per /64 for IPv6: one subscriber holds a
/// whole /64, so its addresses are one place.
pub(crate) fn address_key(address: &str) -> String {
    let address = address.trim().trim_start_matches('[').trim_end_matches(']');
    match address.parse::<std::net::IpAddr>() {
        Ok(std::net::IpAddr::V6(v6)) => match v6.to_ipv4_mapped() {
            Some(v4) => format!("address:{v4}"),
            None => {
                let [a, b, c, d, ..] = v6.segments();
                format!("address:{a:x}:{b:x}:{c:x}:{d:x}::/64")
            }
        },
        Ok(std::net::IpAddr::V4(v4)) => format!("address:{v4}"),
        Err(_) => format!("address:{address}"),
    }
}

/// The complaint, when the code opens it; the opening is journaled.
///
/// Every try is counted on its address before anything is compared, in
/// one step of the store (tries sent at once each get their own count):
/// past `TRIES_PER_ADDRESS` in a window, the code is not even compared. A
/// right code gives its try back. A wrong one is counted on the reference
/// too, however it is typed: past `TRIES_PER_REFERENCE` the answer says
/// « too many tries » — but the owner's right code, from the link in their
/// mail or a new one, still opens the file, so that nobody can keep a
/// client out of it by sending wrong codes for their reference. What stops
/// guessing is the code itself (128 bits) and the limit per address.
pub async fn open(
    services: &Services,
    credentials: &Credentials<'_>,
) -> Result<Complaint, ClientError> {
    let now = services.clock.now();
    let (start, end) = window(now);
    let from_address = address_key(credentials.address);
    let store = &services.store;
    if store.count_attempt(&from_address, start, end).await? > TRIES_PER_ADDRESS {
        return Err(ClientError::Limited(end));
    }
    let reference = Reference::parse(credentials.reference).ok();
    let code = AccessCode::parse(credentials.code).ok();
    let complaint = match reference {
        Some(reference) => store.complaint(&reference).await?,
        None => None,
    };
    // The hash is compared (in constant time) even when there is nothing
    // to compare with, so that timing tells nothing either.
    let stand_in = AccessCode::generate().hash();
    let matches = match (&complaint, &code) {
        (Some(complaint), Some(code)) => complaint.access_code_hash.matches(code),
        (None, Some(code)) => {
            let _ = stand_in.matches(code);
            false
        }
        _ => false,
    };
    match complaint {
        Some(complaint) if matches => {
            store.give_back_attempt(&from_address, start).await?;
            let read = Event {
                at: now,
                actor: Actor::Client,
                kind: EventKind::ClientRead,
            };
            store
                .append_events(&complaint.reference, complaint.version, vec![read])
                .await?;
            Ok(complaint)
        }
        _ => {
            let on_reference = reference_key(credentials.reference);
            if store.count_attempt(&on_reference, start, end).await? > TRIES_PER_REFERENCE {
                return Err(ClientError::Limited(end));
            }
            Err(ClientError::Refused)
        }
    }
}

/// The complaint with its journal, as the file page needs them.
#[derive(Debug, Clone)]
pub struct ClientFile {
    pub complaint: Complaint,
    pub journal: Vec<Event>,
}

pub async fn read(
    services: &Services,
    credentials: &Credentials<'_>,
) -> Result<ClientFile, ClientError> {
    let complaint = open(services, credentials).await?;
    let journal = services.store.journal(&complaint.reference).await?;
    Ok(ClientFile { complaint, journal })
}

/// Opens the file, applies `step` and stores it with a notice to the
/// person handling the complaint, saying the message `notice`.
async fn act<F>(
    services: &Services,
    credentials: &Credentials<'_>,
    notice: &str,
    step: F,
) -> Result<ClientFile, ClientError>
where
    F: FnOnce(&mut Complaint, DateTime<Utc>) -> Result<Vec<Event>, ClientError>,
{
    let mut complaint = open(services, credentials).await?;
    let now = services.clock.now();
    let events = step(&mut complaint, now)?;
    let notice = services.organisation.words.french().t(notice);
    let message = mail::client_notice(&services.organisation, &complaint, &notice)?;
    // A client's steps mail staff: limited like all mail the public causes.
    let admission = outbox::admit_notice(services, &message.to, credentials.address, now).await?;
    let mail = admission
        .queued()
        .map(|not_before| OutgoingMail {
            not_before,
            complaint: complaint.reference,
            purpose: MailPurpose::ClientNotice,
            message,
        })
        .into_iter()
        .collect();
    let complaint = services
        .store
        .update_complaint(Change {
            complaint,
            events,
            mail,
        })
        .await?;
    if let Err(error) = outbox::dispatch_for(services, &complaint.reference).await {
        tracing::warn!(%error, "the outbox could not be dispatched after a client step");
    }
    let journal = services.store.journal(&complaint.reference).await?;
    Ok(ClientFile { complaint, journal })
}

fn client_event(at: DateTime<Utc>, kind: EventKind) -> Event {
    Event {
        at,
        actor: Actor::Client,
        kind,
    }
}

/// The client adds information to an open complaint.
pub async fn add_information(
    services: &Services,
    credentials: &Credentials<'_>,
    text: &str,
) -> Result<ClientFile, ClientError> {
    let words = credentials.words;
    let text = ComplaintText::parse_box(
        text,
        ADDITION_MAX,
        "error-addition-missing",
        "error-addition-too-long",
    )
    .map_err(|wording| invalid("text", words.say(&wording)))?;
    act(
        services,
        credentials,
        "news-information-added",
        |complaint, now| {
            if !complaint.status.is_open() {
                return Err(StepError::Finished.into());
            }
            complaint
                .procedure
                .additions
                .push(Addition { at: now, text });
            Ok(vec![client_event(now, EventKind::InformationAdded)])
        },
    )
    .await
}

/// The client withdraws their complaint, having confirmed it.
pub async fn withdraw(
    services: &Services,
    credentials: &Credentials<'_>,
    confirmed: bool,
) -> Result<ClientFile, ClientError> {
    if !confirmed {
        return Err(invalid(
            "confirm",
            credentials.words.t("error-withdraw-confirm"),
        ));
    }
    let retention = Duration::days(i64::from(
        services.organisation.retention.days_after_closing,
    ));
    act(services, credentials, "news-withdrawn", |complaint, now| {
        complaint.withdraw(now, retention)?;
        Ok(vec![client_event(now, EventKind::Withdrawn)])
    })
    .await
}

/// Once the written response is sent, the client says whether the
/// solution suits them: that is the follow-up's answer.
pub async fn answer_satisfaction(
    services: &Services,
    credentials: &Credentials<'_>,
    satisfaction: &str,
    comment: &str,
) -> Result<ClientFile, ClientError> {
    let satisfaction = match satisfaction.trim() {
        "satisfied" => Satisfaction::Satisfied,
        "not_satisfied" => Satisfaction::NotSatisfied,
        _ => {
            return Err(invalid(
                "satisfaction",
                credentials.words.t("error-satisfaction-missing"),
            ))
        }
    };
    let comment = match comment.trim() {
        "" => None,
        text => Some(
            ComplaintText::parse_box(
                text,
                ADDITION_MAX,
                "error-addition-missing",
                "error-comment-too-long",
            )
            .map_err(|wording| invalid("comment", credentials.words.say(&wording)))?,
        ),
    };
    act(services, credentials, "news-answered", |complaint, now| {
        if !may_answer_satisfaction(complaint) {
            return Err(StepError::FollowUpNotOpen.into());
        }
        complaint.status = complaint
            .status
            .apply(Transition::FollowUp)
            .map_err(StepError::from)?;
        complaint.procedure.follow_up = Some(FollowUp {
            satisfaction,
            adjustment: None,
            at: now,
            comment,
            by_client: true,
        });
        Ok(vec![client_event(
            now,
            EventKind::FollowedUp { satisfaction },
        )])
    })
    .await
}

/// A lost code, asked for with a reference and an e-mail address. The
/// request is counted and queued in the outbox, and nothing else: the
/// answer takes the same work whether or not they match, and the caller
/// answers the same page. The outbox then answers it
/// (`answer_new_code_request`): when they match, a new code replaces the
/// old one and is mailed there, within the minute.
pub async fn reissue_code(
    services: &Services,
    reference: &str,
    email: &str,
    address: &str,
) -> Result<(), ClientError> {
    let now = services.clock.now();
    let (start, end) = window(now);
    // Requests are counted apart from wrong codes (asking for a new code
    // must not shut the file), before anything is read, and limited: each
    // one may send mail.
    for (key, limit) in [
        (
            format!("new-code:{}", reference_key(reference)),
            NEW_CODES_PER_REFERENCE,
        ),
        (address_key(address), TRIES_PER_ADDRESS),
    ] {
        if services.store.count_attempt(&key, start, end).await? > limit {
            return Ok(());
        }
    }
    // What cannot be a reference or an address cannot match anything.
    let (Ok(reference), Ok(email)) = (Reference::parse(reference), Email::parse(email)) else {
        return Ok(());
    };
    let request = OutgoingMail {
        complaint: reference,
        purpose: MailPurpose::NewCodeRequest,
        message: crate::ports::Message {
            from: String::new(),
            to: email.as_str().to_owned(),
            reply_to: None,
            subject: String::new(),
            // Where the request came from, for the limits on its mail.
            text: address.to_owned(),
            html: String::new(),
        },
        not_before: None,
    };
    services.store.queue_mail(request, now).await?;
    Ok(())
}

/// The outbox's answer to a new-code request (`reissue_code`): when the
/// address is the one on file, the change that gives the complaint a new
/// code and queues it by mail (within the limits on public mail);
/// otherwise nothing.
pub(crate) async fn answer_new_code_request(
    services: &Services,
    request: &OutgoingMail,
) -> Result<Option<Change>, ClientError> {
    let now = services.clock.now();
    let Some(mut complaint) = services.store.complaint(&request.complaint).await? else {
        return Ok(None);
    };
    // Addresses are compared without case, as people type them.
    let asked = &request.message.to;
    let on_file = complaint.complainant.email().map(Email::as_str);
    if !on_file.is_some_and(|on_file| on_file.eq_ignore_ascii_case(asked)) {
        return Ok(None);
    }
    let admission = outbox::admit(services, asked, &request.message.text, now).await?;
    let Some(not_before) = admission.queued() else {
        return Ok(None);
    };
    let code = AccessCode::generate();
    complaint.access_code_hash = code.hash();
    let message = mail::new_code(&services.organisation, &complaint, &code, asked)?;
    let reference = complaint.reference;
    Ok(Some(Change {
        complaint,
        events: vec![client_event(now, EventKind::CodeReissued)],
        mail: vec![OutgoingMail {
            not_before,
            complaint: reference,
            purpose: MailPurpose::NewCode,
            message,
        }],
    }))
}

fn invalid(field: &'static str, message: String) -> ClientError {
    ClientError::Invalid(vec![FieldError { field, message }])
}

/// What the client may do now.
pub fn may_add_information(complaint: &Complaint) -> bool {
    complaint.status.is_open()
}

pub fn may_withdraw(complaint: &Complaint) -> bool {
    complaint.status.apply(Transition::Withdraw).is_ok()
}

pub fn may_answer_satisfaction(complaint: &Complaint) -> bool {
    complaint.status == Status::Answered
}

/// An event as the client reads it, in their language, or `None` for what
/// stays internal (analysis, notes, staff reading the file, corrective
/// measures, names).
pub fn client_wording(kind: &EventKind, words: &Catalogue) -> Option<String> {
    let with = |key: &str, name: &str, value: String| words.t1(key, name, value);
    Some(match kind {
        EventKind::Received { channel } => {
            with("event-received", "channel", channel.code().to_owned())
        }
        EventKind::Acknowledged { means } => {
            with("event-acknowledged", "means", words.t(means.key()))
        }
        EventKind::Assigned { .. } => words.t("event-assigned"),
        EventKind::DecisionRecorded { .. } => words.t("event-decided"),
        EventKind::ResponseSent {
            means: crate::procedure::ResponseMeans::File,
        } => words.t("event-response-in-file"),
        EventKind::ResponseSent { means } => {
            with("event-response-sent", "means", words.t(means_key(*means)))
        }
        EventKind::ResponseExtended { due } => {
            with("event-response-extended", "date", words.long_date(*due))
        }
        EventKind::AdjustmentAdded { .. } => words.t("event-adjustment"),
        EventKind::FollowedUp { satisfaction } => with(
            "event-followed-up",
            "answer",
            satisfaction.code().to_owned(),
        ),
        EventKind::InformationAdded => words.t("event-information-added"),
        EventKind::Withdrawn => words.t("event-withdrawn"),
        EventKind::CodeReissued => words.t("event-code-reissued"),
        EventKind::CodeIssuedByStaff { .. } => words.t("event-code-given"),
        EventKind::WithdrawnForClient => words.t("event-withdrawn-for-client"),
        EventKind::SettledOnTheSpot => words.t("event-settled"),
        EventKind::Closed => words.t("event-closed"),
        EventKind::Reopened { .. } => words.t("event-reopened"),
        EventKind::FileRead
        | EventKind::ClientRead
        | EventKind::AnalysisRecorded
        | EventKind::MeasureAdded { .. }
        | EventKind::MeasureDone { .. }
        | EventKind::AdjustmentWaived { .. }
        | EventKind::NoticeSent { .. }
        | EventKind::NamingRecorded { .. }
        | EventKind::Unassigned
        | EventKind::Anonymised => return None,
    })
}

/// The message naming a way a complaint came in, for the client.
pub fn channel_key(channel: crate::complaint::Channel) -> &'static str {
    channel.key()
}

/// The message naming how a written response went, for the client.
pub fn means_key(means: crate::procedure::ResponseMeans) -> &'static str {
    use crate::procedure::ResponseMeans::*;
    match means {
        Email => "means-email",
        Post => "means-post",
        File => "means-file",
    }
}

/// The client's answer at the follow-up, in the client's words.
pub fn satisfaction_key(satisfaction: crate::procedure::Satisfaction) -> &'static str {
    satisfaction.client_key()
}

/// The message naming where a complaint stands, for the client.
pub fn status_key(status: Status) -> &'static str {
    status.key()
}

/// The client's whole file as data (Law 25 portability): what they sent,
/// the dates, the responses, their additions and answers, the timeline.
#[derive(Debug, Clone, Serialize)]
pub struct Export {
    pub reference: String,
    pub status: String,
    pub received_at: DateTime<Utc>,
    pub channel: String,
    pub category: String,
    pub service: Option<String>,
    pub name: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub description: String,
    pub desired_outcome: Option<String>,
    pub acknowledgement_due: DateTime<Utc>,
    pub acknowledged_at: Option<DateTime<Utc>>,
    /// When the written response is due: the extended date, if any.
    pub response_due: DateTime<Utc>,
    /// Why the response's deadline was extended, if it was.
    pub extension_reason: Option<String>,
    pub responses: Vec<ExportedResponse>,
    pub additions: Vec<ExportedAddition>,
    pub satisfaction: Option<ExportedSatisfaction>,
    pub timeline: Vec<ExportedEvent>,
    pub exported_at: DateTime<Utc>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ExportedResponse {
    pub sent_at: DateTime<Utc>,
    pub means: String,
    pub subject: String,
    pub text: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct ExportedAddition {
    pub at: DateTime<Utc>,
    pub text: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct ExportedSatisfaction {
    pub at: DateTime<Utc>,
    pub answer: String,
    pub comment: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ExportedEvent {
    pub at: DateTime<Utc>,
    pub what: String,
}

impl Export {
    pub fn of(file: &ClientFile, services: &Services) -> Self {
        let complaint = &file.complaint;
        let organisation = &services.organisation;
        let procedure = &complaint.procedure;
        Export {
            reference: complaint.reference.to_string(),
            status: complaint.status.label(),
            received_at: complaint.received_at,
            channel: complaint.channel.label(),
            category: complaint.category.label(organisation).to_owned(),
            service: complaint
                .service
                .as_ref()
                .map(|service| service.label(organisation).to_owned()),
            name: complaint.complainant.name().map(|name| name.to_string()),
            email: complaint.complainant.email().map(|email| email.to_string()),
            phone: complaint.complainant.phone().map(|phone| phone.to_string()),
            description: complaint.description.to_string(),
            desired_outcome: complaint
                .desired_outcome
                .as_ref()
                .map(|text| text.to_string()),
            acknowledgement_due: complaint.acknowledgement_due,
            acknowledged_at: complaint.acknowledged_at,
            response_due: complaint.response_due_now(),
            extension_reason: procedure
                .extension
                .as_ref()
                .map(|extension| extension.reason.to_string()),
            responses: procedure
                .responses
                .iter()
                .map(|response| ExportedResponse {
                    sent_at: response.sent_at,
                    means: response.means.label(),
                    subject: response.subject.clone(),
                    text: response.text.clone(),
                })
                .collect(),
            additions: procedure
                .additions
                .iter()
                .map(|addition| ExportedAddition {
                    at: addition.at,
                    text: addition.text.to_string(),
                })
                .collect(),
            satisfaction: procedure
                .follow_up
                .as_ref()
                .filter(|follow_up| follow_up.by_client)
                .map(|follow_up| ExportedSatisfaction {
                    at: follow_up.at,
                    answer: follow_up.satisfaction.client_label(),
                    comment: follow_up.comment.as_ref().map(|text| text.to_string()),
                }),
            timeline: file
                .journal
                .iter()
                .filter_map(|event| {
                    client_wording(&event.kind, services.organisation.words.french())
                        .map(|what| ExportedEvent { at: event.at, what })
                })
                .collect(),
            exported_at: services.clock.now(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_reference_is_counted_once_however_it_is_typed() {
        let canonical = reference_key("P-2026-0042");
        for variant in ["p-2026-0042", " P-2026-00042 ", "P-2026-000042"] {
            assert_eq!(reference_key(variant), canonical, "{variant}");
        }
        assert_ne!(reference_key("P-2026-0043"), canonical);
        assert_eq!(
            reference_key("pas une référence"),
            reference_key("PAS UNE RÉFÉRENCE")
        );
    }

    #[test]
    fn the_addresses_of_one_ipv6_subscriber_count_as_one() {
        assert_eq!(
            address_key("2001:db8:1:2::1"),
            address_key("2001:db8:1:2:ffff:ffff:ffff:ffff")
        );
        assert_ne!(
            address_key("2001:db8:1:2::1"),
            address_key("2001:db8:1:3::1")
        );
        assert_eq!(
            address_key("::ffff:203.0.113.7"),
            address_key("203.0.113.7")
        );
        assert_ne!(address_key("203.0.113.7"), address_key("203.0.113.8"));
    }
}
