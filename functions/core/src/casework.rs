//! The staff's use cases: each one reads the complaint, asks `access::decide`
//! whether this person may act on it, refuses a stale version, applies one
//! step of the procedure, and stores the change with its journal and mail
//! together. The staff router only translates HTTP to these calls and their
//! errors to statuses, so that every rule holds whichever adapter serves it.

use std::cmp::Ordering;

use chrono::{DateTime, Datelike, Duration, Utc};

use crate::access::{decide, may_be_assigned, sees, Access, Action, Role, StaffId, StaffMember};
use crate::calendar::{local_date, ZONE};
use crate::complaint::{
    AccessCode, Channel, Complaint, ComplaintInput, FieldError, IdempotencyKey, NewComplaint,
    PostalAddress, Reference,
};
use crate::lifecycle::Status;
use crate::mail::{self, RenderError};
use crate::outbox;
use crate::ports::{
    AcknowledgementMeans, Actor, Change, Event, EventKind, MailPurpose, MailRecord, OutgoingMail,
    Services, StoreError,
};
use crate::procedure::{
    parse_day, parse_letter_body, parse_local_time, parse_reopening_reason, Analysis,
    CorrectiveMeasure, Decision, FollowUp, NewMeasure, ResponseMeans, Settlement, StepError,
    WrittenResponse,
};
use crate::submission::{receive, Consent, Reception, SubmitError, Submitted};
use crate::words::french;

/// How far back the complaint list looks, in years before the current
/// one: complaints stay open a few weeks, and older closed ones belong to
/// the reports.
pub const LIST_YEARS: i32 = 2;

/// Why a staff request was not carried out.
#[derive(Debug, thiserror::Error)]
pub enum CaseError {
    /// No such complaint, or this person may not know it exists.
    #[error("not found")]
    NotFound,
    #[error("forbidden")]
    Forbidden,
    #[error("invalid fields")]
    Invalid(Vec<FieldError>),
    /// The procedure does not allow this step now.
    #[error("{0}")]
    Refused(#[from] StepError),
    /// Someone changed the complaint since this person read it.
    #[error("conflict")]
    Conflict,
    #[error(transparent)]
    Store(StoreError),
    #[error(transparent)]
    Render(#[from] RenderError),
}

impl From<StoreError> for CaseError {
    fn from(error: StoreError) -> Self {
        match error {
            StoreError::Conflict(_) => CaseError::Conflict,
            StoreError::NotFound(_) => CaseError::NotFound,
            StoreError::Render(error) => CaseError::Render(error),
            other => CaseError::Store(other),
        }
    }
}

impl From<Vec<FieldError>> for CaseError {
    fn from(errors: Vec<FieldError>) -> Self {
        CaseError::Invalid(errors)
    }
}

/// Whether `member` may do `action` at all (not on one complaint).
pub fn require(member: &StaffMember, action: Action) -> Result<(), CaseError> {
    match decide(member, action, None) {
        Access::Allowed => Ok(()),
        Access::Forbidden | Access::Hidden => Err(CaseError::Forbidden),
    }
}

/// The complaint, if `member` may do `action` on it.
pub async fn load(
    services: &Services,
    member: &StaffMember,
    reference: &Reference,
    action: Action,
) -> Result<Complaint, CaseError> {
    let complaint = services
        .store
        .complaint(reference)
        .await?
        .ok_or(CaseError::NotFound)?;
    match decide(member, action, Some(complaint.staff())) {
        Access::Allowed => Ok(complaint),
        Access::Forbidden => Err(CaseError::Forbidden),
        Access::Hidden => Err(CaseError::NotFound),
    }
}

/// A complaint with its journal and its mail: what the file page shows.
#[derive(Debug, Clone)]
pub struct CaseFile {
    pub complaint: Complaint,
    pub journal: Vec<Event>,
    pub mail: Vec<MailRecord>,
}

/// The file of a complaint, for someone allowed to read it; the reading is
/// journaled (who, when).
pub async fn read_file(
    services: &Services,
    member: &StaffMember,
    reference: &Reference,
) -> Result<CaseFile, CaseError> {
    let complaint = load(services, member, reference, Action::ReadFile).await?;
    let read = Event {
        at: services.clock.now(),
        actor: Actor::staff(member),
        kind: EventKind::FileRead,
    };
    services
        .store
        .append_events(reference, complaint.version, vec![read])
        .await?;
    file_of(services, complaint).await
}

async fn file_of(services: &Services, complaint: Complaint) -> Result<CaseFile, CaseError> {
    let journal = services.store.journal(&complaint.reference).await?;
    // Requests the site received for this reference are not its mail.
    let mail = services
        .store
        .mail_log(&complaint.reference)
        .await?
        .into_iter()
        .filter(|record| record.purpose != MailPurpose::NewCodeRequest)
        .collect();
    Ok(CaseFile {
        complaint,
        journal,
        mail,
    })
}

/// What one step writes besides the complaint itself.
struct Effects {
    events: Vec<Event>,
    mail: Vec<OutgoingMail>,
}

impl From<Vec<Event>> for Effects {
    fn from(events: Vec<Event>) -> Self {
        Self {
            events,
            mail: Vec::new(),
        }
    }
}

/// A complaint received by phone, in person, by letter or by e-mail, as
/// typed by staff.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Deserialize)]
#[serde(default)]
pub struct IntakeInput {
    #[serde(flatten)]
    pub complaint: ComplaintInput,
    pub channel: String,
    /// Local time `YYYY-MM-DDTHH:MM`.
    pub received_at: String,
    /// E-mail addresses of the staff the complaint is about, comma-separated.
    pub named_staff: String,
    /// The person refused to let their information be used: the complaint
    /// is recorded all the same, without any personal information.
    pub consent_refused: bool,
    /// Settled on the spot (the policy's « plainte informelle »): what the
    /// person said, what was done at once, and how the written confirmation
    /// goes (`email`, `post` to the address given, or `file`).
    pub settled: bool,
    pub settled_said: String,
    pub settled_done: String,
    pub confirmation_means: String,
}

/// Records an intake; its deadlines run from the real time of receipt.
pub async fn record_intake(
    services: &Services,
    member: &StaffMember,
    input: &IntakeInput,
    key: &IdempotencyKey,
) -> Result<Submitted, CaseError> {
    // A manager records only what they settled on the spot themselves.
    require(
        member,
        match input.settled {
            true => Action::RecordSettled,
            false => Action::RecordIntake,
        },
    )?;
    let now = services.clock.now();
    let mut errors = Vec::new();
    let channel = match input.channel.trim() {
        "telephone" => Some(Channel::Telephone),
        "in_person" => Some(Channel::InPerson),
        "mail" => Some(Channel::Mail),
        "email" => Some(Channel::Email),
        _ => {
            errors.push(FieldError {
                field: "channel",
                message: french().t("invalid-intake-channel"),
            });
            None
        }
    };
    let received_at = parse_local_time(&input.received_at, now)
        .map_err(|message| {
            errors.push(FieldError {
                field: "received_at",
                message,
            })
        })
        .ok();
    // The people named are looked up in the staff directory: a typo
    // protects nobody, so an unknown person is refused.
    let members = services.directory.members().await?;
    let parts: Vec<&str> = input
        .named_staff
        .split([',', ';', '\n'])
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    let named = in_directory(&members, &parts).map_err(|message| {
        errors.push(FieldError {
            field: "named_staff",
            message,
        })
    });
    // Without consent only what the law allows is kept: the complaint
    // itself, without a name, a way to reach the person or an address.
    let complaint = if input.consent_refused {
        let complaint = &input.complaint;
        if complaint.consent {
            errors.push(FieldError {
                field: "consent",
                message: french().t("invalid-consent-both"),
            });
        }
        for (field, value) in [
            ("name", &complaint.name),
            ("email", &complaint.email),
            ("phone", &complaint.phone),
            ("address_street", &complaint.address_street),
            ("address_city", &complaint.address_city),
            ("address_postal_code", &complaint.address_postal_code),
        ] {
            if !value.trim().is_empty() {
                errors.push(FieldError {
                    field,
                    message: french().t("invalid-consent-refused-field"),
                });
            }
        }
        ComplaintInput {
            anonymous: true,
            consent: true,
            address_province: String::new(),
            ..complaint.clone()
        }
    } else {
        input.complaint.clone()
    };
    let new = NewComplaint::parse(
        &complaint,
        channel.unwrap_or(Channel::Telephone),
        &services.organisation,
    )
    .map_err(|mut more| {
        // A field already explained by the refusal is not explained twice.
        more.retain(|error| !errors.iter().any(|e| e.field == error.field));
        errors.append(&mut more)
    })
    .ok();
    let settlement = if input.settled {
        let parsed = Settlement::parse(&input.settled_said, &input.settled_done, now, member)
            .map_err(|mut more| errors.append(&mut more))
            .ok();
        let means = ResponseMeans::parse(&input.confirmation_means)
            .map_err(|message| {
                errors.push(FieldError {
                    field: "confirmation_means",
                    message,
                })
            })
            .ok();
        // The confirmation must reach the person by the means chosen.
        if let (Some(means), Some(new)) = (means, &new) {
            if let Err(refused) = means.delivers(&new.complainant, new.postal_address.as_ref()) {
                errors.push(FieldError {
                    field: "confirmation_means",
                    message: refused.to_string(),
                });
            }
        }
        parsed
            .zip(means)
            .map(|(settlement, means)| (settlement, means, member.clone()))
    } else {
        None
    };
    let (Some(mut new), Some(received_at), Ok(named), true) =
        (new, received_at, named, errors.is_empty())
    else {
        return Err(CaseError::Invalid(errors));
    };
    // Naming someone with the director's role makes it the board's.
    new.about_director |= crate::access::names_the_director(&named);
    let reception = Reception {
        new,
        received_at,
        actor: Actor::staff(member),
        named_staff: named,
        // Only the client's own web page confirms a receipt by itself.
        page_acknowledges: false,
        // Staff mail what they took down: no public limit applies.
        acknowledgement_mail: crate::outbox::Admission::Now,
        consent: match input.consent_refused {
            true => Consent::RefusedTo(member.name.clone()),
            false => Consent::GivenTo(member.name.clone()),
        },
        settlement,
    };
    receive(services, reception, key)
        .await
        .map_err(|error| match error {
            SubmitError::Invalid(errors) => CaseError::Invalid(errors),
            SubmitError::Store(error) => error.into(),
            SubmitError::Render(error) => error.into(),
        })
}

/// The staff members `parts` name, each by their id or e-mail address as
/// the directory knows them; the first unknown one is refused.
fn in_directory(members: &[StaffMember], parts: &[&str]) -> Result<Vec<StaffMember>, String> {
    let mut named: Vec<StaffMember> = Vec::new();
    for part in parts {
        let found = members
            .iter()
            .find(|m| {
                m.id.as_str() == part.trim().to_lowercase()
                    || m.email.eq_ignore_ascii_case(part.trim())
            })
            .ok_or_else(|| french().t1("invalid-not-in-directory", "who", part))?;
        if !named.iter().any(|m| m.id == found.id) {
            named.push(found.clone());
        }
    }
    Ok(named)
}

/// One staff member acting on one complaint, as they read it at `version`
/// (`None` only for a step that cannot overwrite anyone's work: recording
/// the acknowledgement, which happens once, by reception who cannot read
/// the complaint and so never has its version).
pub struct Step<'a> {
    pub services: &'a Services,
    pub member: &'a StaffMember,
    pub reference: Reference,
    pub version: Option<u64>,
}

impl Step<'_> {
    /// Applies `step` to the complaint read at `version`, if the member may
    /// do `action`, and stores the result; answers the new file.
    async fn apply<F>(&self, action: Action, step: F) -> Result<CaseFile, CaseError>
    where
        F: FnOnce(&mut Complaint, DateTime<Utc>) -> Result<Effects, CaseError>,
    {
        let services = self.services;
        let mut complaint = load(services, self.member, &self.reference, action).await?;
        if self
            .version
            .is_some_and(|version| version != complaint.version)
        {
            return Err(CaseError::Conflict);
        }
        let effects = step(&mut complaint, services.clock.now())?;
        let sends_mail = !effects.mail.is_empty();
        let complaint = services
            .store
            .update_complaint(Change {
                complaint,
                events: effects.events,
                mail: effects.mail,
            })
            .await?;
        if sends_mail {
            // Sent now; what fails stays queued for the scheduler.
            if let Err(error) = outbox::dispatch_for(services, &complaint.reference).await {
                tracing::warn!(%error, "the outbox could not be dispatched after a staff step");
            }
        }
        file_of(services, complaint).await
    }

    /// Staff record how and when the client was told of the receipt.
    pub async fn acknowledge(&self, means: &str, when: &str) -> Result<CaseFile, CaseError> {
        let (services, member) = (self.services, self.member);
        let now = services.clock.now();
        let means = AcknowledgementMeans::parse(means);
        let when = parse_local_time(when, now);
        let (means, when) = match (means, when) {
            (Ok(means), Ok(when)) => (means, when),
            (means, when) => {
                let mut errors = Vec::new();
                if let Err(message) = means {
                    errors.push(FieldError {
                        field: "means",
                        message,
                    });
                }
                if let Err(message) = when {
                    errors.push(FieldError {
                        field: "at",
                        message,
                    });
                }
                return Err(CaseError::Invalid(errors));
            }
        };
        self.apply(Action::Acknowledge, |complaint, _| {
            if when < complaint.received_at {
                return Err(CaseError::Invalid(vec![FieldError {
                    field: "at",
                    message: french().t("invalid-acknowledgement-before-receipt"),
                }]));
            }
            Ok(complaint
                .record_acknowledgement(when, means, member)?
                .into())
        })
        .await
    }

    /// The director makes someone the complaint's manager, who is told by
    /// e-mail (the reference and a link, nothing of the content).
    pub async fn assign(&self, handler: &str) -> Result<CaseFile, CaseError> {
        let (services, member, reference) = (self.services, self.member, &self.reference);
        let unknown = || {
            CaseError::Invalid(vec![FieldError {
                field: "handler",
                message: french().t("invalid-handler"),
            }])
        };
        // The complaint's existence is checked before the directory is asked.
        load(services, member, reference, Action::Assign).await?;
        let members = services.directory.members().await?;
        let handler = in_directory(&members, &[handler])
            .ok()
            .and_then(|found| found.into_iter().next())
            .ok_or_else(unknown)?;
        let organisation = services.organisation.clone();
        self.apply(Action::Assign, |complaint, now| {
            let events = complaint.assign(&handler, member, now)?;
            let notice = mail::assignment(&organisation, complaint, &handler, member)?;
            Ok(Effects {
                events,
                mail: vec![OutgoingMail {
                    not_before: None,
                    complaint: complaint.reference,
                    purpose: MailPurpose::Assignment,
                    message: notice,
                }],
            })
        })
        .await
    }

    /// The director (or the board) records whom the complaint is about,
    /// from the directory, and whether it is about the director; each
    /// change is journaled. From then on the people named neither read it
    /// nor are offered it, and it leaves a manager who is named.
    pub async fn record_naming(
        &self,
        named: &[String],
        about_director: bool,
    ) -> Result<CaseFile, CaseError> {
        let (services, member, reference) = (self.services, self.member, &self.reference);
        load(services, member, reference, Action::RecordNaming).await?;
        let members = services.directory.members().await?;
        let parts: Vec<&str> = named
            .iter()
            .map(String::as_str)
            .filter(|p| !p.trim().is_empty())
            .collect();
        let named = in_directory(&members, &parts)
            .map_err(|message| field_error("named_staff", message))?;
        self.apply(Action::RecordNaming, |complaint, now| {
            let handler = complaint
                .handler
                .as_ref()
                .and_then(|id| members.iter().find(|m| &m.id == id));
            Ok(complaint
                .record_naming(&named, about_director, handler, member, now)?
                .into())
        })
        .await
    }

    pub async fn analyse(
        &self,
        facts: &str,
        root_cause: &str,
        notes: &str,
        cause: &str,
    ) -> Result<CaseFile, CaseError> {
        let member = self.member;
        let analysis = Analysis::parse_with_cause(
            facts,
            root_cause,
            notes,
            cause,
            &self.services.organisation.root_causes,
        )?;
        self.apply(Action::Analyse, |complaint, now| {
            Ok(complaint.record_analysis(analysis, member, now)?.into())
        })
        .await
    }

    pub async fn decide_solution(
        &self,
        kinds: &[String],
        text: &str,
    ) -> Result<CaseFile, CaseError> {
        let member = self.member;
        let decision = Decision::parse(kinds, text)?;
        self.apply(Action::Decide, |complaint, now| {
            Ok(complaint.record_decision(decision, member, now)?.into())
        })
        .await
    }

    /// The letter the client would receive if it were sent now by `means`
    /// (by post, with the address block); nothing is written, so `version`
    /// is not looked at.
    pub async fn preview_response(
        &self,
        input: &ResponseInput,
    ) -> Result<crate::ports::Message, CaseError> {
        let (services, member, reference) = (self.services, self.member, &self.reference);
        let body = parse_letter_body(&input.body)?;
        let typed = PostalAddress::parse(
            &input.address_street,
            &input.address_city,
            &input.address_province,
            &input.address_postal_code,
        )?;
        let complaint = load(services, member, reference, Action::Respond).await?;
        let to = complaint.complainant.email().map(|e| e.as_str().to_owned());
        let address = match ResponseMeans::parse(&input.means) {
            Ok(ResponseMeans::Post) => typed.or_else(|| complaint.postal_address.clone()),
            _ => None,
        };
        Ok(letter(
            services,
            &complaint,
            body.as_str(),
            member,
            services.clock.now(),
            &to.unwrap_or_default(),
            address.as_ref(),
        )?)
    }

    /// Sends the written response by e-mail (through the outbox), records
    /// that it went by post (to the address typed with it, or else the one
    /// the client gave), or puts it in the client's online file; either way
    /// the letter is kept in the file as sent.
    pub async fn respond(&self, input: &ResponseInput) -> Result<CaseFile, CaseError> {
        let (services, member) = (self.services, self.member);
        let body = parse_letter_body(&input.body);
        let means = ResponseMeans::parse(&input.means);
        let typed = PostalAddress::parse(
            &input.address_street,
            &input.address_city,
            &input.address_province,
            &input.address_postal_code,
        );
        let (body, means, typed) = match (body, means, typed) {
            (Ok(body), Ok(means), Ok(typed)) => (body, means, typed),
            (body, means, typed) => {
                let mut errors = body.err().unwrap_or_default();
                if let Err(message) = means {
                    errors.push(FieldError {
                        field: "means",
                        message,
                    });
                }
                errors.extend(typed.err().unwrap_or_default());
                return Err(CaseError::Invalid(errors));
            }
        };
        let deadlines = services.organisation.deadlines;
        self.apply(Action::Respond, |complaint, now| {
            complaint.check_response(means)?;
            let address = match means {
                ResponseMeans::Post => typed.or_else(|| complaint.postal_address.clone()),
                ResponseMeans::Email | ResponseMeans::File => None,
            };
            let to = match means {
                ResponseMeans::Email => {
                    complaint.complainant.email().map(|e| e.as_str().to_owned())
                }
                ResponseMeans::Post | ResponseMeans::File => None,
            };
            let message = letter(
                services,
                complaint,
                body.as_str(),
                member,
                now,
                to.as_deref().unwrap_or(""),
                address.as_ref(),
            )?;
            let response = WrittenResponse {
                sent_at: now,
                means,
                postal_address: address,
                by: member.name.clone(),
                subject: message.subject.clone(),
                text: message.text.clone(),
                html: message.html.clone(),
            };
            let events = complaint.record_response(
                response,
                &services.calendar,
                deadlines.follow_up_business_days,
                member,
            )?;
            let mail = match to {
                Some(_) => vec![OutgoingMail {
                    not_before: None,
                    complaint: complaint.reference,
                    purpose: MailPurpose::Response,
                    message,
                }],
                None => Vec::new(),
            };
            Ok(Effects { events, mail })
        })
        .await
    }

    /// Pushes the written response's deadline back to the end of `due_on`,
    /// once, with a reason; the client is told by e-mail when they have an
    /// address, and in their online file in any case.
    pub async fn extend(&self, due_on: &str, reason: &str) -> Result<CaseFile, CaseError> {
        let (services, member) = (self.services, self.member);
        let mut errors = crate::complaint::Errors::default();
        let due_on = errors.take("due_on", parse_day(due_on));
        let reason = errors.take_said(
            "reason",
            crate::complaint::ComplaintText::parse_or(reason, 2000, "invalid-extension-reason"),
        );
        let (Some(due_on), Some(reason), true) = (due_on, reason, errors.is_empty()) else {
            return Err(CaseError::Invalid(errors.0));
        };
        let organisation = &services.organisation;
        self.apply(Action::Extend, |complaint, now| {
            let events = complaint.extend_response(
                crate::calendar::end_of_day(due_on),
                reason,
                member,
                now,
            )?;
            let mail = match complaint.complainant.email() {
                Some(email) => mail::extension(organisation, complaint, email.as_str())?
                    .map(|message| OutgoingMail {
                        not_before: None,
                        complaint: complaint.reference,
                        purpose: MailPurpose::Extension,
                        message,
                    })
                    .into_iter()
                    .collect(),
                None => Vec::new(),
            };
            Ok(Effects { events, mail })
        })
        .await
    }

    /// Records the follow-up; when the client is not satisfied, the
    /// adjustment typed with it (what, who, by when) is opened at once.
    pub async fn follow_up(
        &self,
        satisfaction: &str,
        adjustment: &str,
        owner: &str,
        due_on: &str,
    ) -> Result<CaseFile, CaseError> {
        let (services, member) = (self.services, self.member);
        let now = services.clock.now();
        let follow_up = FollowUp::parse(satisfaction, adjustment, now)?;
        // An adjustment is opened when who and by when are given too.
        let planned = [owner, due_on].iter().any(|field| !field.trim().is_empty());
        let adjustment = match (follow_up.satisfaction, planned) {
            (crate::procedure::Satisfaction::NotSatisfied, true) => Some(
                NewMeasure::parse(adjustment, owner, due_on).map_err(|errors| {
                    errors
                        .into_iter()
                        .map(|error| FieldError {
                            field: match error.field {
                                "description" => "adjustment",
                                other => other,
                            },
                            ..error
                        })
                        .collect::<Vec<_>>()
                })?,
            ),
            _ => None,
        };
        self.apply(Action::FollowUp, |complaint, now| {
            let mut events = complaint.record_follow_up(follow_up, member)?;
            if let Some(adjustment) = adjustment {
                events.extend(complaint.add_adjustment(adjustment, member, now)?);
            }
            Ok(events.into())
        })
        .await
    }

    /// An adjustment planned after the follow-up (when it was not typed
    /// with it, for instance after the client answered from their file).
    pub async fn add_adjustment(
        &self,
        description: &str,
        owner: &str,
        due_on: &str,
    ) -> Result<CaseFile, CaseError> {
        let member = self.member;
        let adjustment = NewMeasure::parse(description, owner, due_on)?;
        self.apply(Action::Adjust, |complaint, now| {
            Ok(complaint.add_adjustment(adjustment, member, now)?.into())
        })
        .await
    }

    pub async fn add_measure(
        &self,
        description: &str,
        owner: &str,
        due_on: &str,
    ) -> Result<CaseFile, CaseError> {
        let member = self.member;
        let measure = NewMeasure::parse(description, owner, due_on)?;
        self.apply(Action::ManageMeasures, |complaint, now| {
            Ok(complaint.add_measure(measure, member, now)?.into())
        })
        .await
    }

    pub async fn complete_measure(&self, id: u32, done_on: &str) -> Result<CaseFile, CaseError> {
        let (services, member) = (self.services, self.member);
        let done_on = parse_day(done_on).map_err(|message| {
            CaseError::Invalid(vec![FieldError {
                field: "done_on",
                message,
            }])
        })?;
        if done_on > local_date(services.clock.now()) {
            return Err(CaseError::Invalid(vec![FieldError {
                field: "done_on",
                message: french().t("invalid-date-future"),
            }]));
        }
        self.apply(Action::ManageMeasures, |complaint, now| {
            Ok(complaint.complete_measure(id, done_on, member, now)?.into())
        })
        .await
    }

    /// On the client's request, a new access code replaces the old one:
    /// read to them once (`read_aloud`, the code is answered here and never
    /// again) or mailed to the address on file. Journaled either way.
    pub async fn issue_code(
        &self,
        delivery: &str,
    ) -> Result<(CaseFile, Option<AccessCode>), CaseError> {
        let services = self.services;
        let read_aloud = match delivery.trim() {
            "read" => true,
            "email" => false,
            _ => return Err(field_error("delivery", french().t("invalid-code-delivery"))),
        };
        let code = AccessCode::generate();
        let member = self.member;
        let file = self
            .apply(Action::HelpClient, |complaint, now| {
                complaint.access_code_hash = code.hash();
                let events = vec![Event {
                    at: now,
                    actor: Actor::staff(member),
                    kind: EventKind::CodeIssuedByStaff { read_aloud },
                }];
                if read_aloud {
                    return Ok(events.into());
                }
                let Some(email) = complaint.complainant.email() else {
                    return Err(field_error("delivery", french().t("invalid-code-no-email")));
                };
                let message =
                    mail::new_code(&services.organisation, complaint, &code, email.as_str())?;
                Ok(Effects {
                    events,
                    mail: vec![OutgoingMail {
                        not_before: None,
                        complaint: complaint.reference,
                        purpose: MailPurpose::NewCode,
                        message,
                    }],
                })
            })
            .await?;
        Ok((file, read_aloud.then_some(code)))
    }

    /// On the client's request, staff withdraw the complaint for them, once
    /// they confirm it; recorded as done for the client.
    pub async fn withdraw_for_client(&self, confirmed: bool) -> Result<CaseFile, CaseError> {
        if !confirmed {
            return Err(field_error(
                "confirm",
                french().t("invalid-withdraw-confirm"),
            ));
        }
        let member = self.member;
        let retention = Duration::days(i64::from(
            self.services.organisation.retention.days_after_closing,
        ));
        self.apply(Action::HelpClient, |complaint, now| {
            complaint.withdraw(now, retention)?;
            Ok(vec![Event {
                at: now,
                actor: Actor::staff(member),
                kind: EventKind::WithdrawnForClient,
            }]
            .into())
        })
        .await
    }

    /// Closes the complaint; `reason` says why an adjustment the follow-up
    /// asked for will not be made, when one is missing or still to do.
    pub async fn close(&self, reason: &str) -> Result<CaseFile, CaseError> {
        let member = self.member;
        let reason = match reason.trim() {
            "" => None,
            text => Some(
                crate::complaint::ComplaintText::parse(text, 2000, "")
                    .map_err(|message| field_error("reason", message))?,
            ),
        };
        self.apply(Action::Close, |complaint, now| {
            let retention = chrono::Duration::days(i64::from(
                self.services.organisation.retention.days_after_closing,
            ));
            Ok(complaint.close(member, now, retention, reason)?.into())
        })
        .await
    }

    pub async fn reopen(&self, reason: &str) -> Result<CaseFile, CaseError> {
        let (services, member) = (self.services, self.member);
        let reason = parse_reopening_reason(reason)?;
        self.apply(Action::Reopen, |complaint, now| {
            let due = services
                .calendar
                .response_due(now, services.organisation.deadlines.response_business_days);
            Ok(complaint.reopen(reason, member, now, due)?.into())
        })
        .await
    }
}

fn field_error(field: &'static str, message: String) -> CaseError {
    CaseError::Invalid(vec![FieldError { field, message }])
}

/// The people a complaint may be assigned to.
pub async fn handlers(
    services: &Services,
    member: &StaffMember,
) -> Result<Vec<StaffMember>, CaseError> {
    require(member, Action::ListStaff)?;
    let mut members: Vec<StaffMember> = services
        .directory
        .members()
        .await?
        .into_iter()
        .filter(|m| m.has(Role::Handler) || m.has(Role::Direction) || m.has(Role::Board))
        .collect();
    members.sort_by(|a, b| a.name.cmp(&b.name));
    Ok(members)
}

/// The people `member` may make the manager of this complaint: never one
/// it names, never the director for a complaint about the director.
pub async fn assignable(
    services: &Services,
    member: &StaffMember,
    reference: &Reference,
) -> Result<Vec<StaffMember>, CaseError> {
    let complaint = load(services, member, reference, Action::Assign).await?;
    let mut members: Vec<StaffMember> = services
        .directory
        .members()
        .await?
        .into_iter()
        .filter(|m| may_be_assigned(m, complaint.staff()).is_ok())
        .collect();
    members.sort_by(|a, b| a.name.cmp(&b.name));
    Ok(members)
}

fn letter(
    services: &Services,
    complaint: &Complaint,
    body: &str,
    member: &StaffMember,
    at: DateTime<Utc>,
    to: &str,
    address: Option<&PostalAddress>,
) -> Result<crate::ports::Message, RenderError> {
    let follow_up_due = services
        .calendar
        .response_due(at, services.organisation.deadlines.follow_up_business_days);
    mail::response(
        &services.organisation,
        complaint,
        &mail::Letter {
            body,
            signatory: &member.name,
            sent_at: at,
            follow_up_due,
            to,
            address,
            settled: false,
        },
    )
}

/// The written response as staff typed it: the letter, how it goes, and
/// for the post an address (empty to use the one the client gave).
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Deserialize)]
#[serde(default)]
pub struct ResponseInput {
    pub body: String,
    pub means: String,
    pub address_street: String,
    pub address_city: String,
    pub address_province: String,
    pub address_postal_code: String,
}

/// The list's filters, each optional.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Deserialize)]
#[serde(default)]
pub struct ListFilter {
    pub status: Option<String>,
    pub handler: Option<String>,
    pub category: Option<String>,
    pub channel: Option<String>,
    pub overdue: Option<bool>,
}

impl ListFilter {
    fn keeps(&self, complaint: &Complaint, now: DateTime<Utc>) -> bool {
        given(&self.status).is_none_or(|status| complaint.status.code() == status)
            && given(&self.handler).is_none_or(|handler| {
                complaint.handler.as_ref().map(StaffId::as_str) == Some(handler)
                    || (handler == "aucun" && complaint.handler.is_none())
            })
            && given(&self.category).is_none_or(|category| complaint.category.code() == category)
            && given(&self.channel).is_none_or(|channel| complaint.channel.code() == channel)
            && (self.overdue != Some(true) || complaint.is_overdue(now))
    }
}

/// A filter's value, when one was given.
fn given(value: &Option<String>) -> Option<&str> {
    value.as_deref().map(str::trim).filter(|v| !v.is_empty())
}

/// How close a deadline is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Urgency {
    Overdue,
    Today,
    /// Within two days.
    Soon,
    Later,
}

impl Urgency {
    pub fn of(due: DateTime<Utc>, now: DateTime<Utc>) -> Self {
        if due < now {
            Urgency::Overdue
        } else if local_date(due) == local_date(now) {
            Urgency::Today
        } else if due - now <= Duration::days(2) {
            Urgency::Soon
        } else {
            Urgency::Later
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            Urgency::Overdue => "overdue",
            Urgency::Today => "today",
            Urgency::Soon => "soon",
            Urgency::Later => "later",
        }
    }
}

/// The complaints `member` may read, filtered, the most urgent first.
pub async fn list(
    services: &Services,
    member: &StaffMember,
    filter: &ListFilter,
) -> Result<Vec<Complaint>, CaseError> {
    require(member, Action::ListComplaints)?;
    let now = services.clock.now();
    let year = now.with_timezone(&ZONE).year();
    let mut complaints: Vec<Complaint> = services
        .store
        .complaints_received(year - LIST_YEARS, year)
        .await?
        .into_iter()
        .filter(|c| sees(member, c.staff()))
        .filter(|c| filter.keeps(c, now))
        .collect();
    complaints.sort_by(by_urgency);
    Ok(complaints)
}

/// Every complaint received in the years `first..=last` that `member`
/// may know of: what their reports and exports count (the director's
/// never count a complaint about the director; the board's count only
/// those).
pub async fn reported(
    services: &Services,
    member: &StaffMember,
    first: i32,
    last: i32,
) -> Result<Vec<Complaint>, CaseError> {
    require(member, Action::ReadReports)?;
    Ok(services
        .store
        .complaints_received(first, last)
        .await?
        .into_iter()
        .filter(|c| sees(member, c.staff()))
        .collect())
}

/// Those with a deadline first, soonest (most overdue) first; then the
/// others, newest first.
fn by_urgency(a: &Complaint, b: &Complaint) -> Ordering {
    match (a.next_deadline(), b.next_deadline()) {
        (Some(x), Some(y)) => x.cmp(&y).then(a.reference.cmp(&b.reference)),
        (Some(_), None) => Ordering::Less,
        (None, Some(_)) => Ordering::Greater,
        (None, None) => b.received_at.cmp(&a.received_at),
    }
}

/// A corrective measure with the complaint it came from.
#[derive(Debug, Clone)]
pub struct MeasureOf {
    pub reference: Reference,
    pub measure: CorrectiveMeasure,
    pub state: crate::promises::PromiseState,
}

/// Every corrective measure of the complaints `member` may read, those
/// still to do first, by due date.
pub async fn measures(
    services: &Services,
    member: &StaffMember,
) -> Result<Vec<MeasureOf>, CaseError> {
    let complaints = list(services, member, &ListFilter::default()).await?;
    let now = services.clock.now();
    let mut measures: Vec<MeasureOf> = complaints
        .into_iter()
        .flat_map(|complaint| {
            let promises = complaint.promises(now);
            let reference = complaint.reference;
            complaint
                .procedure
                .measures
                .into_iter()
                .filter_map(move |measure| {
                    let state = crate::promises::measure_state(&promises, measure.id)?.clone();
                    Some(MeasureOf {
                        reference,
                        measure,
                        state,
                    })
                })
        })
        .collect();
    measures.sort_by_key(|m| (m.measure.done_on.is_some(), m.measure.due_on, m.reference));
    Ok(measures)
}

/// What `member` may do now on `complaint`: their rights and the step it is at.
pub fn allowed_actions(
    member: &StaffMember,
    complaint: &Complaint,
    now: DateTime<Utc>,
) -> Vec<Action> {
    use crate::lifecycle::Transition;
    let possible = |action: Action| match action {
        Action::Acknowledge => complaint.status.is_open() && complaint.acknowledged_at.is_none(),
        Action::Assign => complaint.status.is_open(),
        Action::Analyse => complaint.status.apply(Transition::Analyse).is_ok(),
        Action::Decide => complaint.status.apply(Transition::Decide).is_ok(),
        Action::Respond => complaint.status.apply(Transition::Answer).is_ok(),
        Action::Extend => complaint.check_extension(now).is_ok(),
        Action::Adjust => complaint.check_adjustment().is_ok(),
        Action::HelpClient => complaint.status.is_open(),
        Action::FollowUp => complaint.status.apply(Transition::FollowUp).is_ok(),
        Action::ManageMeasures => complaint.status != Status::Withdrawn,
        Action::Close => complaint.status.apply(Transition::Close).is_ok(),
        Action::Reopen => complaint.status.apply(Transition::Reopen).is_ok(),
        Action::RecordNaming => complaint.status.is_open(),
        _ => false,
    };
    Action::ALL
        .into_iter()
        .filter(|action| action.is_on_a_complaint() && *action != Action::ReadFile)
        .filter(|action| possible(*action))
        .filter(|action| decide(member, *action, Some(complaint.staff())) == Access::Allowed)
        .collect()
}
