//! The letters the system writes, rendered by askama from typed data into
//! plain text and HTML: to the client in their language then in French, to
//! staff in French. No markup lives in Rust code, and every word comes from
//! the catalogue.

use askama::Template;
use lettre::message::{header::ContentType, Mailbox, MultiPart, SinglePart};

use chrono::{DateTime, Utc};

use crate::access::StaffMember;
use crate::complaint::{AccessCode, Complaint};
use crate::french;
use crate::ports::{MailError, Message};
use crate::settings::{Contact, Organisation};
use crate::words::{Catalogue, ToArg};

#[derive(Debug, thiserror::Error)]
#[error("a letter could not be rendered: {0}")]
pub struct RenderError(#[from] askama::Error);

/// What the acknowledgement tells the client.
struct Acknowledgement<'a> {
    organisation: &'a Organisation,
    /// Whom the person may write to: the director, or the board for a
    /// complaint about the director.
    contact: &'a Contact,
    reference: String,
    received_at: DateTime<Utc>,
    response_due: DateTime<Utc>,
    access_code: String,
}

#[derive(Template)]
#[template(path = "mail/acknowledgement.txt")]
struct AcknowledgementText<'a> {
    words: &'a Catalogue,
    letter: &'a Acknowledgement<'a>,
}

#[derive(Template)]
#[template(path = "mail/acknowledgement.html")]
struct AcknowledgementHtml<'a> {
    words: &'a Catalogue,
    letter: &'a Acknowledgement<'a>,
}

/// The acknowledgement of receipt for `complaint`, addressed to `to`, in
/// the person's language then in French. Anyone can type any name into the
/// form and any address: the name never opens a message the public can
/// cause.
pub fn acknowledgement(
    organisation: &Organisation,
    complaint: &Complaint,
    access_code: &AccessCode,
    to: &str,
) -> Result<Message, RenderError> {
    let letter = Acknowledgement {
        organisation,
        contact: organisation.overseer(complaint.overseer()),
        reference: complaint.reference.to_string(),
        received_at: complaint.received_at,
        response_due: complaint.response_due,
        access_code: access_code.display(),
    };
    to_the_client(organisation, complaint, to, |words, _| {
        Part::of(
            words.t1("ack-subject", "reference", &letter.reference),
            AcknowledgementText {
                words,
                letter: &letter,
            },
            AcknowledgementHtml {
                words,
                letter: &letter,
            },
        )
    })
}

/// One language's version of a message to the client.
struct Part {
    subject: String,
    text: String,
    html: String,
}

impl Part {
    /// A version rendered from its text and HTML templates.
    fn of(subject: String, text: impl Template, html: impl Template) -> Result<Self, RenderError> {
        Ok(Self {
            subject,
            text: text.render()?,
            html: html.render()?,
        })
    }
}

#[derive(Template)]
#[template(path = "mail/client.html")]
struct ClientHtml<'a> {
    first: &'a Catalogue,
    subject: &'a str,
    parts: Vec<(&'a Catalogue, String)>,
}

/// The languages a message to the client is written in: theirs, then
/// French (once, when theirs is French).
pub fn client_languages<'a>(
    organisation: &'a Organisation,
    complaint: &Complaint,
) -> Vec<&'a Catalogue> {
    let words = &organisation.words;
    let theirs = words.get(&complaint.language);
    if theirs.language().is_reference() {
        vec![theirs]
    } else {
        vec![theirs, words.french()]
    }
}

/// A message to the client, each of its languages' versions one after the
/// other: the subjects joined by « / », the texts and the HTML bodies
/// separated by a rule, the person's language first.
fn to_the_client(
    organisation: &Organisation,
    complaint: &Complaint,
    to: &str,
    write: impl Fn(&Catalogue, bool) -> Result<Part, RenderError>,
) -> Result<Message, RenderError> {
    let languages = client_languages(organisation, complaint);
    let mut parts = Vec::new();
    for (index, words) in languages.iter().enumerate() {
        parts.push((*words, write(words, index == 0)?));
    }
    let subject = parts
        .iter()
        .map(|(_, part)| part.subject.as_str())
        .collect::<Vec<_>>()
        .join(" / ");
    let mut text = String::new();
    for (index, (words, part)) in parts.iter().enumerate() {
        if index > 0 {
            text.push_str("\n――――――――――\n\n");
        }
        text.push_str(&part.text);
        if index + 1 < parts.len() {
            text.push_str(&format!("\n{}\n", words.t("mail-next-language")));
        }
    }
    let html = ClientHtml {
        first: languages[0],
        subject: &subject,
        parts: parts
            .iter()
            .map(|(words, part)| (*words, part.html.clone()))
            .collect(),
    }
    .render()?;
    Ok(Message {
        from: organisation.mail.from.clone(),
        to: to.into(),
        reply_to: Some(organisation.overseer(complaint.overseer()).email.clone()),
        subject,
        text,
        html,
    })
}

/// The link to the client's file, in the language's pages, with the
/// reference and the code in the fragment (never sent to the server).
pub(crate) fn file_link(
    organisation: &Organisation,
    words: &Catalogue,
    reference: &str,
    code: &str,
) -> String {
    format!(
        "{}{}suivi/#reference={reference}&code={code}",
        organisation.site_url.trim_end_matches('/'),
        words.home()
    )
}

/// The link to the client's file with the reference only.
pub(crate) fn follow_up_url(
    organisation: &Organisation,
    words: &Catalogue,
    reference: &str,
) -> String {
    format!(
        "{}{}suivi/#reference={reference}",
        organisation.site_url.trim_end_matches('/'),
        words.home()
    )
}

/// The policy, in the language's pages.
pub(crate) fn policy_url(organisation: &Organisation, words: &Catalogue) -> String {
    format!(
        "{}{}politique/",
        organisation.site_url.trim_end_matches('/'),
        words.home()
    )
}

/// A contact's title as the language writes it after a name: the
/// settings' in French (« directrice générale »), the catalogue's in another.
pub(crate) fn contact_title(
    words: &Catalogue,
    organisation: &Organisation,
    contact: &Contact,
) -> String {
    let key = if std::ptr::eq(contact, &organisation.board) {
        "settings-board-title"
    } else {
        "settings-director-title"
    };
    words.settings_text(&contact.title.to_lowercase(), key)
}

/// What the written response tells the client.
struct Response<'a> {
    organisation: &'a Organisation,
    /// Whom the person may write to: the director, or the board for a
    /// complaint about the director.
    contact: &'a Contact,
    reference: String,
    name: Option<String>,
    sent_at: DateTime<Utc>,
    /// The manager's text: paragraphs (blank-line separated) of lines.
    paragraphs: Vec<Vec<&'a str>>,
    follow_up_due: DateTime<Utc>,
    signatory: &'a str,
    /// The name and address lines for a window envelope, when it goes by post.
    recipient: Option<Vec<String>>,
    /// Nobody can be written to: the client answers in their file.
    anonymous: bool,
    settled: bool,
}

/// What a written response is made of, besides the complaint.
pub struct Letter<'a> {
    pub body: &'a str,
    pub signatory: &'a str,
    pub sent_at: DateTime<Utc>,
    pub follow_up_due: DateTime<Utc>,
    /// Empty unless it is e-mailed.
    pub to: &'a str,
    /// Where it goes by post.
    pub address: Option<&'a crate::complaint::PostalAddress>,
    /// It confirms a complaint settled on the spot: no follow-up is announced.
    pub settled: bool,
}

#[derive(Template)]
#[template(path = "mail/response.txt")]
struct ResponseText<'a> {
    words: &'a Catalogue,
    /// The first language's version carries the letterhead and the address.
    first: bool,
    letter: &'a Response<'a>,
}

#[derive(Template)]
#[template(path = "mail/response.html")]
struct ResponseHtml<'a> {
    words: &'a Catalogue,
    first: bool,
    letter: &'a Response<'a>,
}

/// The written response to `complaint`, on the organisation's letterhead:
/// the same letter is previewed, e-mailed, printed for the post (with the
/// address where a window envelope shows it), put in the online file, and
/// kept in the file.
pub fn response(
    organisation: &Organisation,
    complaint: &Complaint,
    letter: &Letter<'_>,
) -> Result<Message, RenderError> {
    let paragraphs = letter
        .body
        .split("\n\n")
        .map(|paragraph| paragraph.lines().map(str::trim_end).collect::<Vec<_>>())
        .filter(|lines: &Vec<&str>| lines.iter().any(|line| !line.trim().is_empty()))
        .collect();
    let recipient = letter.address.map(|address| {
        let mut lines: Vec<String> = complaint
            .complainant
            .name()
            .map(|name| name.to_string())
            .into_iter()
            .collect();
        lines.extend(address.lines());
        lines
    });
    let page = Response {
        organisation,
        contact: organisation.overseer(complaint.overseer()),
        reference: complaint.reference.to_string(),
        name: complaint.complainant.name().map(|name| name.to_string()),
        sent_at: letter.sent_at,
        paragraphs,
        follow_up_due: letter.follow_up_due,
        signatory: letter.signatory,
        recipient,
        anonymous: matches!(
            complaint.complainant,
            crate::complaint::Complainant::Anonymous
        ),
        settled: letter.settled,
    };
    to_the_client(organisation, complaint, letter.to, |words, first| {
        Part::of(
            words.t1("response-subject", "reference", &page.reference),
            ResponseText {
                words,
                first,
                letter: &page,
            },
            ResponseHtml {
                words,
                first,
                letter: &page,
            },
        )
    })
}

/// The written response as the form is prefilled with it, to be read and
/// changed by the manager: the kinds of solution decided, the corrective
/// measures and adjustments with their dates, and, from the settings, where
/// the client can turn if still dissatisfied. The decision's own wording
/// and the analysis stay internal: staff choose what of them to tell.
pub fn response_draft(organisation: &Organisation, complaint: &Complaint) -> String {
    use crate::procedure::DecisionKind;
    let words = organisation.words.french();
    let mut paragraphs = vec![words.t("draft-opening")];
    if let Some(decision) = &complaint.procedure.decision {
        let kinds: Vec<String> = decision
            .kinds
            .iter()
            .map(|kind| {
                words.t(match kind {
                    DecisionKind::Apology => "draft-apology",
                    DecisionKind::Repair => "draft-repair",
                    DecisionKind::Compensation => "draft-compensation",
                    DecisionKind::PracticeChange => "draft-practice-change",
                })
            })
            .collect();
        if let Some((last, first)) = kinds.split_last() {
            let list = match first {
                [] => last.clone(),
                _ => words.t2("draft-list-end", "first", first.join(", "), "last", last),
            };
            paragraphs.push(words.t1("draft-decided", "list", list));
        }
    }
    let measures: Vec<String> = complaint
        .procedure
        .measures
        .iter()
        .filter(|measure| measure.waived.is_none())
        .map(|measure| {
            let when = match measure.done_on {
                Some(day) => words.t1("draft-measure-done", "date", words.day(day)),
                None => words.t1("draft-measure-due", "date", words.day(measure.due_on)),
            };
            format!("- {} ({when})", measure.description.as_str())
        })
        .collect();
    if !measures.is_empty() {
        paragraphs.push(words.t1("draft-measures", "measures", measures.join("\n")));
    }
    // The settings' paragraph sends an unsatisfied client to the director:
    // for a complaint about the director, to the board instead.
    match complaint.overseer() {
        crate::access::Overseer::Board => {
            let board = &organisation.board;
            paragraphs.push(words.t2(
                "draft-board",
                "title",
                board.title.to_lowercase(),
                "email",
                &board.email,
            ));
        }
        crate::access::Overseer::Director if !organisation.recourse.trim().is_empty() => {
            paragraphs.push(organisation.recourse.trim().to_owned());
        }
        crate::access::Overseer::Director => {}
    }
    paragraphs.join("\n\n")
}

/// What a manager is told when a complaint is assigned to them: its
/// reference, a link and the due date; nothing of its content.
struct Assignment<'a> {
    organisation: &'a str,
    handler: &'a str,
    by: &'a str,
    reference: String,
    url: String,
    response_due: String,
}

#[derive(Template)]
#[template(path = "mail/assignment.txt")]
struct AssignmentText<'a> {
    words: &'a Catalogue,
    notice: &'a Assignment<'a>,
}

#[derive(Template)]
#[template(path = "mail/assignment.html")]
struct AssignmentHtml<'a> {
    words: &'a Catalogue,
    notice: &'a Assignment<'a>,
}

/// The notice to `handler` that `complaint` is theirs.
pub fn assignment(
    organisation: &Organisation,
    complaint: &Complaint,
    handler: &StaffMember,
    by: &StaffMember,
) -> Result<Message, RenderError> {
    let notice = Assignment {
        organisation: &organisation.name,
        handler: &handler.name,
        by: &by.name,
        reference: complaint.reference.to_string(),
        url: format!(
            "{}/admin/plainte/?ref={}",
            organisation.site_url.trim_end_matches('/'),
            complaint.reference
        ),
        response_due: french::long_date(complaint.response_due),
    };
    let words = organisation.words.french();
    Ok(Message {
        from: organisation.mail.from.clone(),
        to: handler.email.clone(),
        reply_to: None,
        subject: words.t1("assignment-mail-subject", "reference", &notice.reference),
        text: AssignmentText {
            words,
            notice: &notice,
        }
        .render()?,
        html: AssignmentHtml {
            words,
            notice: &notice,
        }
        .render()?,
    })
}

/// Where mail for the person handling a complaint goes: its manager, or,
/// while there is none, its overseer (the director, or the board for a
/// complaint about the director).
pub fn manager_address(organisation: &Organisation, complaint: &Complaint) -> String {
    let legacy = || {
        // Managers assigned before ids existed were known by their address.
        complaint
            .handler
            .as_ref()
            .filter(|id| crate::complaint::Email::parse(id.as_str()).is_ok())
            .map(|id| id.to_string())
    };
    match &complaint.handler {
        Some(_) => complaint
            .procedure
            .handler_email
            .clone()
            .or_else(legacy)
            .unwrap_or_else(|| overseer_address(organisation, complaint)),
        None => overseer_address(organisation, complaint),
    }
}

/// Where mail for a complaint's overseer goes: the director's address, or
/// the board's for a complaint about the director — never the director's.
pub fn overseer_address(organisation: &Organisation, complaint: &Complaint) -> String {
    organisation.overseer(complaint.overseer()).email.clone()
}

/// What a staff member is told when the client does something in their file.
struct ClientNotice<'a> {
    organisation: &'a str,
    reference: String,
    what: &'a str,
    url: String,
}

#[derive(Template)]
#[template(path = "mail/client_notice.txt")]
struct ClientNoticeText<'a> {
    words: &'a Catalogue,
    notice: &'a ClientNotice<'a>,
}

#[derive(Template)]
#[template(path = "mail/client_notice.html")]
struct ClientNoticeHtml<'a> {
    words: &'a Catalogue,
    notice: &'a ClientNotice<'a>,
}

/// The notice that `what` happened in the client's file, to the complaint's
/// manager, or to its overseer while there is none. Nothing of the content.
pub fn client_notice(
    organisation: &Organisation,
    complaint: &Complaint,
    what: &str,
) -> Result<Message, RenderError> {
    let notice = ClientNotice {
        organisation: &organisation.name,
        reference: complaint.reference.to_string(),
        what,
        url: format!(
            "{}/admin/plainte/?ref={}",
            organisation.site_url.trim_end_matches('/'),
            complaint.reference
        ),
    };
    let words = organisation.words.french();
    Ok(Message {
        from: organisation.mail.from.clone(),
        to: manager_address(organisation, complaint),
        reply_to: None,
        subject: words.t1("news-mail-subject", "reference", &notice.reference),
        text: ClientNoticeText {
            words,
            notice: &notice,
        }
        .render()?,
        html: ClientNoticeHtml {
            words,
            notice: &notice,
        }
        .render()?,
    })
}

/// A new access code, sent to the address on file.
struct NewCode<'a> {
    organisation: &'a Organisation,
    contact: &'a Contact,
    reference: String,
    access_code: String,
}

#[derive(Template)]
#[template(path = "mail/new_code.txt")]
struct NewCodeText<'a> {
    words: &'a Catalogue,
    letter: &'a NewCode<'a>,
}

#[derive(Template)]
#[template(path = "mail/new_code.html")]
struct NewCodeHtml<'a> {
    words: &'a Catalogue,
    letter: &'a NewCode<'a>,
}

/// The new access code the client asked for (without the name typed into
/// the form, like the acknowledgement).
pub fn new_code(
    organisation: &Organisation,
    complaint: &Complaint,
    code: &AccessCode,
    to: &str,
) -> Result<Message, RenderError> {
    let letter = NewCode {
        organisation,
        contact: organisation.overseer(complaint.overseer()),
        reference: complaint.reference.to_string(),
        access_code: code.display(),
    };
    to_the_client(organisation, complaint, to, |words, _| {
        Part::of(
            words.t1("code-subject", "reference", &letter.reference),
            NewCodeText {
                words,
                letter: &letter,
            },
            NewCodeHtml {
                words,
                letter: &letter,
            },
        )
    })
}

struct Reminder<'a> {
    organisation: &'a str,
    reference: String,
    what: &'a str,
    url: String,
}

#[derive(Template)]
#[template(path = "mail/reminder.txt")]
struct ReminderText<'a> {
    words: &'a Catalogue,
    notice: &'a Reminder<'a>,
}

#[derive(Template)]
#[template(path = "mail/reminder.html")]
struct ReminderHtml<'a> {
    words: &'a Catalogue,
    notice: &'a Reminder<'a>,
}

/// « Plainte P-… : `what` », with a link; nothing of the content.
pub fn staff_reminder(
    organisation: &Organisation,
    complaint: &Complaint,
    to: &str,
    what: &str,
) -> Result<Message, RenderError> {
    let notice = Reminder {
        organisation: &organisation.name,
        reference: complaint.reference.to_string(),
        what,
        url: admin_url(organisation, complaint),
    };
    let words = organisation.words.french();
    Ok(Message {
        from: organisation.mail.from.clone(),
        to: to.into(),
        reply_to: None,
        subject: words.t1("reminder-mail-subject", "reference", &notice.reference),
        text: ReminderText {
            words,
            notice: &notice,
        }
        .render()?,
        html: ReminderHtml {
            words,
            notice: &notice,
        }
        .render()?,
    })
}

fn admin_url(organisation: &Organisation, complaint: &Complaint) -> String {
    format!(
        "{}/admin/plainte/?ref={}",
        organisation.site_url.trim_end_matches('/'),
        complaint.reference
    )
}

struct Invitation<'a> {
    organisation: &'a Organisation,
    contact: &'a Contact,
    name: Option<String>,
    reference: String,
}

#[derive(Template)]
#[template(path = "mail/follow_up_invitation.txt")]
struct InvitationText<'a> {
    words: &'a Catalogue,
    letter: &'a Invitation<'a>,
}

#[derive(Template)]
#[template(path = "mail/follow_up_invitation.html")]
struct InvitationHtml<'a> {
    words: &'a Catalogue,
    letter: &'a Invitation<'a>,
}

/// The invitation to say whether the solution suits the client (the code
/// is not sent again: the client has it).
pub fn follow_up_invitation(
    organisation: &Organisation,
    complaint: &Complaint,
    to: &str,
) -> Result<Message, RenderError> {
    let letter = Invitation {
        organisation,
        contact: organisation.overseer(complaint.overseer()),
        name: complaint.complainant.name().map(|name| name.to_string()),
        reference: complaint.reference.to_string(),
    };
    to_the_client(organisation, complaint, to, |words, _| {
        Part::of(
            words.t1("invite-subject", "reference", &letter.reference),
            InvitationText {
                words,
                letter: &letter,
            },
            InvitationHtml {
                words,
                letter: &letter,
            },
        )
    })
}

/// The client is told that the written response will come later, and why.
struct ExtensionLetter<'a> {
    organisation: &'a Organisation,
    /// Whom the person may write to: the director, or the board for a
    /// complaint about the director.
    contact: &'a Contact,
    name: Option<String>,
    reference: String,
    /// As staff wrote it, in French.
    reason: &'a str,
    due: DateTime<Utc>,
    first_due: DateTime<Utc>,
}

#[derive(Template)]
#[template(path = "mail/extension.txt")]
struct ExtensionText<'a> {
    words: &'a Catalogue,
    letter: &'a ExtensionLetter<'a>,
}

#[derive(Template)]
#[template(path = "mail/extension.html")]
struct ExtensionHtml<'a> {
    words: &'a Catalogue,
    letter: &'a ExtensionLetter<'a>,
}

/// The notice of an extended deadline, for a complaint that has one.
pub fn extension(
    organisation: &Organisation,
    complaint: &Complaint,
    to: &str,
) -> Result<Option<Message>, RenderError> {
    let Some(extension) = &complaint.procedure.extension else {
        return Ok(None);
    };
    let letter = ExtensionLetter {
        organisation,
        contact: organisation.overseer(complaint.overseer()),
        name: complaint.complainant.name().map(|name| name.to_string()),
        reference: complaint.reference.to_string(),
        reason: extension.reason.as_str(),
        due: extension.due,
        first_due: complaint.response_due,
    };
    to_the_client(organisation, complaint, to, |words, _| {
        Part::of(
            words.t2(
                "extension-subject",
                "reference",
                &letter.reference,
                "date",
                words.long_date(letter.due),
            ),
            ExtensionText {
                words,
                letter: &letter,
            },
            ExtensionHtml {
                words,
                letter: &letter,
            },
        )
    })
    .map(Some)
}

/// One complaint in the digest: its reference, what is due and when.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DigestLine {
    pub reference: String,
    pub what: String,
    pub due: String,
}

/// The director's daily digest: references and dates only.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Digest {
    /// The open complaints by status (its name), the statuses that have any.
    pub by_status: Vec<(String, usize)>,
    pub overdue: Vec<DigestLine>,
    pub due_today: Vec<DigestLine>,
    pub due_tomorrow: Vec<DigestLine>,
    pub failing: Vec<String>,
}

impl Digest {
    /// From the complaints with a deadline, as of `now` (`today` and the
    /// next business day `tomorrow`, local).
    pub fn build(
        cases: &[Complaint],
        now: DateTime<Utc>,
        today: chrono::NaiveDate,
        tomorrow: chrono::NaiveDate,
        failing: Vec<String>,
    ) -> Self {
        use crate::lifecycle::Status;
        let open: Vec<&Complaint> = cases.iter().filter(|c| c.status.is_open()).collect();
        let by_status = Status::ALL
            .into_iter()
            .filter(|status| status.is_open())
            .map(|status| {
                (
                    status.label(),
                    open.iter().filter(|c| c.status == status).count(),
                )
            })
            .filter(|(_, count)| *count > 0)
            .collect();
        let mut digest = Digest {
            by_status,
            overdue: Vec::new(),
            due_today: Vec::new(),
            due_tomorrow: Vec::new(),
            failing,
        };
        for complaint in cases {
            let Some(promise) = complaint.next_promise(now) else {
                continue;
            };
            let due = promise.due;
            let line = DigestLine {
                reference: complaint.reference.to_string(),
                what: promise.what.label(),
                due: french::date_time(due),
            };
            let day = crate::calendar::local_date(due);
            if due < now {
                digest.overdue.push(line);
            } else if day == today {
                digest.due_today.push(line);
            } else if day <= tomorrow {
                digest.due_tomorrow.push(line);
            }
        }
        digest
    }
}

struct DigestPage<'a> {
    organisation: &'a str,
    date: String,
    url: String,
    by_status: &'a [(String, usize)],
    /// Each line said: the reference, what is due and when.
    overdue: Vec<String>,
    due_today: Vec<String>,
    due_tomorrow: Vec<String>,
    failing: &'a [String],
}

#[derive(Template)]
#[template(path = "mail/digest.txt")]
struct DigestText<'a> {
    words: &'a Catalogue,
    digest: &'a DigestPage<'a>,
}

#[derive(Template)]
#[template(path = "mail/digest.html")]
struct DigestHtml<'a> {
    words: &'a Catalogue,
    digest: &'a DigestPage<'a>,
}

pub fn digest(
    organisation: &Organisation,
    digest: &Digest,
    today: chrono::NaiveDate,
    to: &str,
) -> Result<Message, RenderError> {
    let words = organisation.words.french();
    let said = |lines: &[DigestLine]| -> Vec<String> {
        lines
            .iter()
            .map(|line| {
                words.with(
                    "digest-due",
                    &[
                        ("reference", line.reference.to_arg()),
                        ("what", line.what.to_arg()),
                        ("date", line.due.to_arg()),
                    ],
                )
            })
            .collect()
    };
    let page = DigestPage {
        organisation: &organisation.name,
        date: words.day(today),
        url: format!("{}/admin/", organisation.site_url.trim_end_matches('/')),
        by_status: &digest.by_status,
        overdue: said(&digest.overdue),
        due_today: said(&digest.due_today),
        due_tomorrow: said(&digest.due_tomorrow),
        failing: &digest.failing,
    };
    Ok(Message {
        from: organisation.mail.from.clone(),
        to: to.to_owned(),
        reply_to: None,
        subject: words.t1("digest-subject", "date", &page.date),
        text: DigestText {
            words,
            digest: &page,
        }
        .render()?,
        html: DigestHtml {
            words,
            digest: &page,
        }
        .render()?,
    })
}

/// The message in RFC 5322 form, ready for a file or for SES's raw sending.
pub fn format_message(message: &Message) -> Result<Vec<u8>, MailError> {
    let mailbox = |address: &str| {
        address
            .parse::<Mailbox>()
            .map_err(|_| MailError("an address is not valid".into()))
    };
    let mut builder = lettre::Message::builder()
        .from(mailbox(&message.from)?)
        .to(mailbox(&message.to)?)
        .subject(message.subject.clone())
        .date_now();
    if let Some(reply_to) = &message.reply_to {
        builder = builder.reply_to(mailbox(reply_to)?);
    }
    let email = builder
        .multipart(
            MultiPart::alternative()
                .singlepart(
                    SinglePart::builder()
                        .header(ContentType::TEXT_PLAIN)
                        .body(message.text.clone()),
                )
                .singlepart(
                    SinglePart::builder()
                        .header(ContentType::TEXT_HTML)
                        .body(message.html.clone()),
                ),
        )
        .map_err(|error| MailError(format!("message not built: {error}")))?;
    Ok(email.formatted())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::complaint::tests::{organisation, sample_complaint};
    use crate::complaint::ComplaintText;
    use crate::procedure::{CorrectiveMeasure, Decision, MeasureKind};

    #[test]
    fn every_mail_to_the_client_goes_in_their_language_then_in_french() {
        let organisation = organisation();
        let code = AccessCode::generate();
        for words in organisation.words.all() {
            let mut complaint = sample_complaint(chrono::Utc::now());
            complaint.language = words.code().to_owned();
            let to = "client@example.com";
            complaint.procedure.extension = Some(crate::procedure::Extension {
                due: complaint.response_due + chrono::Duration::days(7),
                reason: ComplaintText::parse("Un témoin est en congé.", 100, "").unwrap(),
                at: complaint.received_at,
                by: "Julie Tremblay".into(),
            });
            let letter = Letter {
                body: "Nous avons revu nos rappels.\n\nMerci de votre patience.",
                signatory: "Julie Tremblay",
                sent_at: complaint.received_at,
                follow_up_due: complaint.response_due,
                to,
                address: None,
                settled: false,
            };
            let messages = [
                acknowledgement(&organisation, &complaint, &code, to).unwrap(),
                new_code(&organisation, &complaint, &code, to).unwrap(),
                follow_up_invitation(&organisation, &complaint, to).unwrap(),
                response(&organisation, &complaint, &letter).unwrap(),
                extension(&organisation, &complaint, to).unwrap().unwrap(),
            ];
            // What staff wrote, in French, is in every version once.
            assert_eq!(
                messages[3]
                    .text
                    .matches("Nous avons revu nos rappels.")
                    .count(),
                if words.language().is_reference() {
                    1
                } else {
                    2
                }
            );
            assert!(messages[4].text.contains("Un témoin est en congé."));
            let theirs = format!(
                "<div lang=\"{}\" dir=\"{}\">",
                words.code(),
                words.language().direction.html()
            );
            for (index, message) in messages.iter().enumerate() {
                assert!(message.html.contains(&theirs), "{}", message.html);
                assert!(!message.text.contains("{ $"), "{}", message.text);
                assert!(message.text.contains(&complaint.reference.to_string()));
                if words.language().is_reference() {
                    assert!(!message.subject.contains(" / "), "{}", message.subject);
                } else {
                    let french = message
                        .html
                        .find("<div lang=\"fr-CA\"")
                        .expect("French after");
                    assert!(message.html.find(&theirs) < Some(french));
                    assert_eq!(
                        message.subject.matches(" / ").count(),
                        1,
                        "{}",
                        message.subject
                    );
                    // Every notice leads to the file in the person's language
                    // (the letter itself is the answer).
                    let link = format!("{}suivi/#reference=", words.home());
                    assert!(
                        index == 3 || message.text.contains(&link),
                        "{}",
                        message.text
                    );
                }
            }
            assert_eq!(words.missing(), Vec::<String>::new(), "{}", words.code());
        }
        assert_eq!(organisation.words.french().missing(), Vec::<String>::new());
    }

    #[test]
    fn the_letter_is_prefilled_with_the_solution_the_measures_and_where_to_turn() {
        let organisation = organisation();
        let mut complaint = sample_complaint(chrono::Utc::now());
        let bare = response_draft(&organisation, &complaint);
        assert!(bare.starts_with("Nous avons examiné votre plainte avec attention."));
        assert!(bare.ends_with(organisation.recourse.trim()), "{bare}");
        assert!(!organisation.recourse.is_empty());

        complaint.procedure.decision = Some(
            Decision::parse(
                &["excuses".into(), "changement_de_pratique".into()],
                "INTERNE",
            )
            .unwrap(),
        );
        let day = chrono::NaiveDate::from_ymd_opt(2026, 12, 15).unwrap();
        complaint.procedure.measures.push(CorrectiveMeasure {
            id: 1,
            description: ComplaintText::parse("Tenir un registre des rappels", 100, "").unwrap(),
            owner: "Accueil".into(),
            due_on: day,
            done_on: None,
            kind: MeasureKind::Corrective,
            waived: None,
        });
        let draft = response_draft(&organisation, &complaint);
        assert!(draft.contains(
            "Voici ce que nous avons décidé\u{a0}: nous vous présentons nos excuses et nous changeons notre façon de faire."
        ), "{draft}");
        assert!(
            draft.contains("- Tenir un registre des rappels (d’ici le 15\u{a0}décembre 2026)"),
            "{draft}"
        );
        assert!(
            !draft.contains("INTERNE"),
            "the decision's wording stays internal"
        );
    }

    #[test]
    fn a_complaint_about_the_director_is_answered_with_the_boards_address_only() {
        let organisation = organisation();
        let mut complaint = sample_complaint(chrono::Utc::now());
        complaint.procedure.about_director = true;
        let draft = response_draft(&organisation, &complaint);
        assert!(draft.contains(&organisation.board.email), "{draft}");
        assert!(!draft.contains(&organisation.director.email), "{draft}");
        let code = crate::complaint::AccessCode::generate();
        let message =
            acknowledgement(&organisation, &complaint, &code, "amina@example.com").unwrap();
        assert_eq!(
            message.reply_to.as_deref(),
            Some(organisation.board.email.as_str())
        );
        for part in [&message.text, &message.html] {
            assert!(!part.contains(&organisation.director.email), "{part}");
            assert!(part.contains(&organisation.board.email), "{part}");
        }
    }
}
