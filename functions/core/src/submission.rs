//! Receiving a complaint: check it, give it its deadlines and its access
//! code, store it with its acknowledgement in one step, then send what it
//! queued. A retried submission returns the first complaint, unchanged.

use chrono::{DateTime, Datelike, Utc};

use crate::access::StaffMember;
use crate::calendar::ZONE;
use crate::complaint::{
    AccessCode, Channel, Complaint, ComplaintInput, FieldError, IdempotencyKey, NewComplaint,
};
use crate::lifecycle::Status;
use crate::mail::{self, RenderError};
use crate::outbox::{self, Admission};
use crate::ports::{
    AcknowledgementMeans, Actor, Change, Created, Event, EventKind, MailPurpose, OutgoingMail,
    Services, StoreError,
};
use crate::procedure::{ConsentRecord, Procedure, ResponseMeans, Settlement, WrittenResponse};

/// A stored submission.
#[derive(Debug, Clone)]
pub struct Submitted {
    pub complaint: Complaint,
    /// The client's access code, only for the submission that created the
    /// complaint: it is never stored and so never shown again.
    pub access_code: Option<AccessCode>,
}

impl Submitted {
    pub fn is_repeat(&self) -> bool {
        self.access_code.is_none()
    }

    /// Whether the acknowledgement goes by e-mail (otherwise the confirmation
    /// page is the acknowledgement).
    pub fn acknowledged_by_email(&self) -> bool {
        self.complaint.complainant.email().is_some()
    }
}

#[derive(Debug, thiserror::Error)]
pub enum SubmitError {
    #[error("the complaint has {} invalid fields", .0.len())]
    Invalid(Vec<FieldError>),
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Render(#[from] RenderError),
}

/// Receives a complaint from the public site.
///
/// `source` is where it came from: the acknowledgement it mails counts
/// against the limits per recipient and per source address
/// (`outbox::admit`), so that the form cannot be made to mail anyone
/// without end. Past them, the complaint is stored and answered all the
/// same, and its confirmation page is the acknowledgement.
pub async fn submit_complaint(
    services: &Services,
    input: &ComplaintInput,
    key: &IdempotencyKey,
    source: &str,
) -> Result<Submitted, SubmitError> {
    let words = services.organisation.words.get(&input.language);
    let new = NewComplaint::parse_in(input, Channel::Web, &services.organisation, words)
        .map_err(SubmitError::Invalid)?;
    let acknowledgement_mail = match new.complainant.email() {
        Some(email) => {
            let now = services.clock.now();
            outbox::admit(services, email.as_str(), source, now).await?
        }
        None => Admission::Now,
    };
    let reception = Reception {
        new,
        received_at: services.clock.now(),
        actor: Actor::Client,
        named_staff: Vec::new(),
        page_acknowledges: true,
        acknowledgement_mail,
        consent: Consent::Online,
        settlement: None,
    };
    receive(services, reception, key).await
}

/// A complaint as it arrives, from the site or from staff.
pub struct Reception {
    pub new: NewComplaint,
    /// When the organisation received it: deadlines run from here.
    pub received_at: DateTime<Utc>,
    /// Who recorded it: the client, or the staff member who took it.
    pub actor: Actor,
    /// The staff members the complaint is about, from the directory; the
    /// complaint is about the director when `new.about_director` says so.
    pub named_staff: Vec<StaffMember>,
    /// The page that answers the person confirms the receipt when no
    /// e-mail can (the public site's confirmation page).
    pub page_acknowledges: bool,
    /// What the limits on mail allow for the acknowledgement by e-mail.
    pub acknowledgement_mail: Admission,
    /// How the person was asked for their consent.
    pub consent: Consent,
    /// Settled on the spot by this staff member, confirmed in writing by
    /// this means: the complaint is stored closed.
    pub settlement: Option<(Settlement, ResponseMeans, StaffMember)>,
}

/// How the person was asked to let their information be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Consent {
    /// They ticked the box of the public form.
    Online,
    /// They agreed when this staff member asked.
    GivenTo(String),
    /// They refused when this staff member asked: the complaint is kept
    /// without any personal information.
    RefusedTo(String),
}

/// Stores a complaint with its deadlines, access code, first event and
/// acknowledgement, then sends what it queued.
pub async fn receive(
    services: &Services,
    reception: Reception,
    key: &IdempotencyKey,
) -> Result<Submitted, SubmitError> {
    let Reception {
        new,
        received_at,
        actor,
        named_staff,
        page_acknowledges,
        acknowledgement_mail,
        consent,
        settlement,
    } = reception;
    let deadlines = services.organisation.deadlines;
    let acknowledgement_due = services
        .calendar
        .acknowledgement_due(received_at, deadlines.acknowledgement_hours);
    let response_due = services
        .calendar
        .response_due(received_at, deadlines.response_business_days);
    let access_code = AccessCode::generate();
    let organisation = services.organisation.clone();
    let retention = chrono::Duration::days(i64::from(
        services.organisation.retention.days_after_closing,
    ));
    let code = access_code.clone();

    let draft = Box::new(move |reference| {
        let new = new.clone();
        let mut complaint = Complaint {
            reference,
            version: 1,
            status: Status::Received,
            channel: new.channel,
            complainant: new.complainant,
            category: new.category,
            service: new.service,
            description: new.description,
            desired_outcome: new.desired_outcome,
            received_at,
            acknowledgement_due,
            response_due,
            acknowledged_at: None,
            access_code_hash: code.hash(),
            postal_address: new.postal_address,
            handler: None,
            named_staff: named_staff.iter().map(|m| m.id.clone()).collect(),
            about_staff: new.about_staff,
            language: new.language,
            procedure: Procedure {
                about_director: new.about_director,
                named_names: named_staff.iter().map(|m| m.name.clone()).collect(),
                // Staff who take a complaint say whom it names as they type it.
                naming_recorded_at: matches!(actor, Actor::Staff { .. }).then_some(received_at),
                consent: Some(ConsentRecord {
                    given: !matches!(consent, Consent::RefusedTo(_)),
                    channel: new.channel,
                    at: received_at,
                    asked_by: match &consent {
                        Consent::Online => None,
                        Consent::GivenTo(name) | Consent::RefusedTo(name) => Some(name.clone()),
                    },
                }),
                ..Procedure::default()
            },
        };
        let mut events = vec![Event {
            at: received_at,
            actor: actor.clone(),
            kind: EventKind::Received {
                channel: complaint.channel,
            },
        }];
        let mut queued = Vec::new();
        let mailed = complaint
            .complainant
            .email()
            .zip(acknowledgement_mail.queued());
        match mailed {
            Some((email, not_before)) => {
                queued.push(OutgoingMail {
                    not_before,
                    complaint: reference,
                    purpose: MailPurpose::Acknowledgement,
                    message: mail::acknowledgement(
                        &organisation,
                        &complaint,
                        &code,
                        email.as_str(),
                    )?,
                });
                // Held to the next morning by a limit: the page that
                // answers the person acknowledges it now.
                if not_before.is_some() && page_acknowledges {
                    events.extend(
                        complaint
                            .acknowledge(received_at, AcknowledgementMeans::ConfirmationPage)
                            .ok(),
                    );
                }
            }
            // With no address, the page that confirms the submission (its
            // reference, code and dates) is the acknowledgement.
            // A new complaint is `Received`, which can always be acknowledged.
            None if page_acknowledges => events.extend(
                complaint
                    .acknowledge(received_at, AcknowledgementMeans::ConfirmationPage)
                    .ok(),
            ),
            // Staff will record how they acknowledged it.
            None => {}
        }
        if let Some((settlement, means, by)) = &settlement {
            let to = match means {
                ResponseMeans::Email => complaint.complainant.email().map(|e| e.to_string()),
                ResponseMeans::Post | ResponseMeans::File => None,
            };
            let address = match means {
                ResponseMeans::Post => complaint.postal_address.clone(),
                ResponseMeans::Email | ResponseMeans::File => None,
            };
            let now = settlement.at;
            let message = mail::response(
                &organisation,
                &complaint,
                &mail::Letter {
                    body: &settlement.letter_body(),
                    signatory: &by.name,
                    sent_at: now,
                    follow_up_due: now,
                    to: to.as_deref().unwrap_or(""),
                    address: address.as_ref(),
                    settled: true,
                },
            )?;
            let confirmation = WrittenResponse {
                sent_at: now,
                means: *means,
                postal_address: address,
                by: by.name.clone(),
                subject: message.subject.clone(),
                text: message.text.clone(),
                html: message.html.clone(),
            };
            let acknowledged = match complaint.channel {
                Channel::Telephone => AcknowledgementMeans::Telephone,
                Channel::Mail => AcknowledgementMeans::Letter,
                Channel::Email => AcknowledgementMeans::Email,
                Channel::InPerson | Channel::Web => AcknowledgementMeans::InPerson,
            };
            events.extend(
                complaint
                    .settle(
                        settlement.clone(),
                        acknowledged,
                        confirmation,
                        by,
                        retention,
                    )
                    .map_err(|refused| {
                        // `record_intake` checked the means and the address first.
                        RenderError::from(askama::Error::Custom(refused.to_string().into()))
                    })?,
            );
            if to.is_some() {
                queued.push(OutgoingMail {
                    not_before: None,
                    complaint: reference,
                    purpose: MailPurpose::Response,
                    message,
                });
            }
        }
        Ok(Change {
            complaint,
            events,
            mail: queued,
        })
    });

    let year = received_at.with_timezone(&ZONE).year();
    let submitted = match services
        .store
        .create_complaint(key, year, services.clock.now(), draft)
        .await?
    {
        Created::New(complaint) => Submitted {
            complaint,
            access_code: Some(access_code),
        },
        Created::Existing(complaint) => Submitted {
            complaint,
            access_code: None,
        },
    };
    if !submitted.is_repeat() {
        // The acknowledgement leaves now; if sending fails it stays queued
        // and the scheduler retries it.
        if let Err(error) = outbox::dispatch_for(services, &submitted.complaint.reference).await {
            tracing::warn!(%error, "the outbox could not be dispatched after a submission");
        }
    }
    Ok(submitted)
}
