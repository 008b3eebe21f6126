//! The JSON the staff pages read: a list row, the whole file, a promise,
//! a measure — built from the core's types, in French words.

use chrono::{DateTime, Utc};
use plaintes_core::access::{Action, StaffMember};
use plaintes_core::calendar::local_date;
use plaintes_core::casework::{allowed_actions, CaseFile, Urgency};
use plaintes_core::complaint::Complaint;
use plaintes_core::french;
use plaintes_core::ports::Services;
use plaintes_core::procedure::ResponseMeans;
use plaintes_core::promises::{Promise, PromiseState, Promised};
use serde::Serialize;
use utoipa::ToSchema;

/// The next deadline of a complaint, for the list.
#[derive(Debug, Serialize, ToSchema)]
pub struct NextDeadline {
    /// What is due, in French (« Réponse écrite »).
    pub label: String,
    pub due_at: DateTime<Utc>,
    /// The due moment in French, Quebec time.
    pub due_display: String,
    /// `overdue`, `today`, `soon` (within two days) or `later`.
    pub state: &'static str,
    /// « en retard », « aujourd’hui », « demain », « dans 3 jours ».
    pub remaining: String,
}

impl NextDeadline {
    pub(super) fn of(complaint: &Complaint, now: DateTime<Utc>) -> Option<Self> {
        let Promise { what, due, .. } = complaint.next_promise(now)?;
        let urgency = Urgency::of(due, now);
        let days = (local_date(due) - local_date(now)).num_days();
        let words = plaintes_core::words::french();
        let remaining = match urgency {
            Urgency::Overdue => words.t("deadline-overdue"),
            Urgency::Today => words.t("deadline-today"),
            _ => words.t1("deadline-in-days", "days", days),
        };
        Some(Self {
            label: what.label(),
            due_at: due,
            due_display: french::date_time(due),
            state: urgency.code(),
            remaining,
        })
    }
}

/// A staff member as a list shows them.
#[derive(Debug, Serialize, ToSchema)]
pub struct StaffRef {
    /// Their stable id (Cognito's `sub`, a local account's `local-…`).
    pub id: String,
    pub name: String,
}

impl StaffRef {
    pub(super) fn of(member: &StaffMember) -> Self {
        Self {
            id: member.id.to_string(),
            name: member.name.clone(),
        }
    }

    /// A complaint's manager, when it has one.
    pub(super) fn handler_of(complaint: &Complaint) -> Option<Self> {
        complaint.handler.as_ref().map(|id| Self {
            id: id.to_string(),
            name: complaint
                .procedure
                .handler_name
                .clone()
                .unwrap_or_else(|| id.to_string()),
        })
    }
}

/// The French name of the person's language (« espagnol »); a language the
/// settings no longer offer keeps its code.
fn language_label(services: &Services, complaint: &Complaint) -> String {
    services
        .organisation
        .words
        .find(&complaint.language)
        .map_or_else(
            || complaint.language.clone(),
            |words| words.language().french_name.clone(),
        )
}

/// One complaint in the staff list.
#[derive(Debug, Serialize, ToSchema)]
pub struct ComplaintRow {
    /// `P-2026-0042`.
    pub reference: String,
    pub status: &'static str,
    pub status_label: String,
    pub channel: &'static str,
    pub channel_label: String,
    /// The person's language (`es`), to book an interpreter.
    pub language: String,
    /// Its name in French (« espagnol »).
    pub language_label: String,
    pub category: String,
    pub category_label: String,
    pub received_at: DateTime<Utc>,
    pub received_display: String,
    pub handler: Option<StaffRef>,
    pub next_deadline: Option<NextDeadline>,
    /// The board's alone: about the director.
    pub about_director: bool,
}

impl ComplaintRow {
    pub(super) fn of(services: &Services, complaint: &Complaint, now: DateTime<Utc>) -> Self {
        Self {
            reference: complaint.reference.to_string(),
            status: complaint.status.code(),
            status_label: complaint.status.label(),
            channel: complaint.channel.code(),
            channel_label: complaint.channel.label(),
            language: complaint.language.clone(),
            language_label: language_label(services, complaint),
            category: complaint.category.code().to_owned(),
            category_label: complaint.category.label(&services.organisation).to_owned(),
            received_at: complaint.received_at,
            received_display: french::date_time(complaint.received_at),
            handler: StaffRef::handler_of(complaint),
            next_deadline: NextDeadline::of(complaint, now),
            about_director: complaint.procedure.about_director,
        }
    }
}

/// The answer of `GET /api/staff/complaints`.
#[derive(Debug, Serialize, ToSchema)]
pub struct ComplaintList {
    /// The most urgent first.
    pub complaints: Vec<ComplaintRow>,
}

/// The answer of `GET /api/staff/handlers` and `…/assignable`.
#[derive(Debug, Serialize, ToSchema)]
pub struct HandlerList {
    pub handlers: Vec<StaffRef>,
}

/// The answer of `GET /api/staff/me`.
#[derive(Debug, Serialize, ToSchema)]
pub struct Me {
    pub id: String,
    pub name: String,
    pub email: String,
    /// Among `accueil`, `responsable`, `direction`, `conseil`.
    pub roles: Vec<&'static str>,
}

impl Me {
    pub fn of(member: &StaffMember) -> Self {
        Self {
            id: member.id.to_string(),
            name: member.name.clone(),
            email: member.email.clone(),
            roles: member.roles.iter().map(|role| role.group()).collect(),
        }
    }
}

/// One promise, in words for staff.
#[derive(Debug, Serialize, ToSchema)]
pub struct PromiseView {
    /// `acknowledgement`, `response`, `new_response`, `follow_up`, …
    pub kind: &'static str,
    pub label: String,
    pub due_display: String,
    /// `met`, `missed`, `due`, `overdue`, `moot` or `extended`.
    pub state: &'static str,
    pub state_label: String,
    /// The state in a word or two, for its badge (`En retard`).
    pub badge: String,
    /// The badge's look: `met`, `overdue`, `due`, `soon` or `later`.
    pub look: &'static str,
}

impl PromiseView {
    pub(super) fn of(promise: &Promise) -> Self {
        let is_day = matches!(
            promise.what,
            Promised::Measure { .. } | Promised::Adjustment { .. }
        );
        let when = |at: DateTime<Utc>| {
            if is_day {
                french::day(local_date(at))
            } else {
                french::date_time(at)
            }
        };
        let due = when(promise.due);
        let words = plaintes_core::words::french();
        let said = match &promise.state {
            PromiseState::Kept { at } => words.t1("deadline-kept", "date", when(*at)),
            PromiseState::KeptLate { at } => words.t1("deadline-kept-late", "date", when(*at)),
            PromiseState::Due => words.t1("deadline-due", "date", &due),
            PromiseState::Overdue => words.t1("deadline-overdue-since", "date", &due),
            PromiseState::Moot(why) => words.t1("deadline-moot", "why", why.explain()),
            PromiseState::Extended { from, reason } => words.t3(
                "deadline-extended",
                "date",
                &due,
                "before",
                when(*from),
                "reason",
                reason.as_str(),
            ),
        };
        let (badge, look) = match &promise.state {
            PromiseState::Kept { .. } => ("deadline-badge-kept", "met"),
            PromiseState::KeptLate { .. } => ("deadline-badge-kept-late", "overdue"),
            PromiseState::Due => ("deadline-badge-due", "due"),
            PromiseState::Overdue => ("deadline-badge-overdue", "overdue"),
            PromiseState::Moot(_) => ("deadline-badge-moot", "later"),
            PromiseState::Extended { .. } => ("deadline-badge-extended", "soon"),
        };
        let badge = words.t(badge);
        Self {
            kind: promise.what.code(),
            label: promise.what.label(),
            due_display: due,
            state: promise.state.code(),
            state_label: said,
            badge,
            look,
        }
    }
}

/// A corrective measure or an adjustment, with its promise's state.
#[derive(Debug, Serialize, ToSchema)]
pub struct MeasureView {
    pub id: u32,
    /// `corrective` or `adjustment`.
    pub kind: &'static str,
    pub description: String,
    pub owner: String,
    pub due_on: chrono::NaiveDate,
    pub due_display: String,
    pub done_on: Option<chrono::NaiveDate>,
    pub done_display: Option<String>,
    /// Why the director gave it up, when they did.
    pub waived: Option<String>,
    /// `done`, `due`, `overdue` or `moot`.
    pub state: &'static str,
    /// Its state in words: « Faite le 10 décembre 2026 », « En retard »,
    /// « À faire », « Abandonnée : … ».
    pub state_label: String,
    /// `met`, `overdue` or `later`: the look of its badge (the words say it).
    pub look: &'static str,
    /// The complaint it came from (in the list across complaints).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reference: Option<String>,
}

impl MeasureView {
    pub(super) fn of(
        measure: &plaintes_core::procedure::CorrectiveMeasure,
        state: &PromiseState,
    ) -> Self {
        Self {
            id: measure.id,
            kind: match measure.kind {
                plaintes_core::procedure::MeasureKind::Corrective => "corrective",
                plaintes_core::procedure::MeasureKind::Adjustment => "adjustment",
            },
            description: measure.description.as_str().to_owned(),
            owner: measure.owner.clone(),
            due_on: measure.due_on,
            due_display: french::day(measure.due_on),
            done_on: measure.done_on,
            done_display: measure.done_on.map(french::day),
            waived: measure
                .waived
                .as_ref()
                .map(|waiver| waiver.reason.as_str().to_owned()),
            state: state.measure_code(),
            state_label: if let Some(waiver) = &measure.waived {
                plaintes_core::words::french().t1(
                    "measure-given-up",
                    "reason",
                    waiver.reason.as_str(),
                )
            } else if let Some(done) = measure.done_on {
                plaintes_core::words::french().t1("measure-done-on", "date", french::day(done))
            } else if state.measure_code() == "overdue" {
                plaintes_core::words::french().t("report-measure-overdue")
            } else {
                plaintes_core::words::french().t("report-measure-to-do")
            },
            look: match (measure.done_on, state.measure_code()) {
                (Some(_), _) => "met",
                (None, "overdue") => "overdue",
                _ => "later",
            },
            reference: None,
        }
    }
}

/// The corrective measures across the complaints `member` may read, the
/// ones still to do first.
pub async fn measure_list(
    services: &Services,
    member: &StaffMember,
) -> Result<MeasureList, plaintes_core::casework::CaseError> {
    let measures = plaintes_core::casework::measures(services, member).await?;
    Ok(MeasureList {
        measures: measures
            .iter()
            .map(
                |plaintes_core::casework::MeasureOf {
                     reference,
                     measure,
                     state,
                 }| MeasureView {
                    reference: Some(reference.to_string()),
                    ..MeasureView::of(measure, state)
                },
            )
            .collect(),
    })
}

/// The answer of `GET /api/staff/measures`.
#[derive(Debug, Default, Serialize, ToSchema)]
pub struct MeasureList {
    /// Those still to do first, by due date.
    pub measures: Vec<MeasureView>,
}

/// A postal address, by part and as the envelope shows it.
#[derive(Debug, Serialize, ToSchema)]
pub struct AddressView {
    pub street: String,
    pub city: String,
    pub province: String,
    pub postal_code: String,
    pub lines: Vec<String>,
}

/// The person who complains, as staff read them.
#[derive(Debug, Serialize, ToSchema)]
pub struct ComplainantView {
    pub anonymous: bool,
    pub name: Option<String>,
    pub email: Option<String>,
    pub postal_address: Option<AddressView>,
    pub phone: Option<String>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct AcknowledgementView {
    pub at_display: String,
    pub means_label: Option<String>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct AnalysisView {
    pub facts: String,
    pub root_cause: String,
    pub notes: Option<String>,
    pub cause: Option<String>,
    pub cause_label: Option<String>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct DecisionView {
    pub kinds: Vec<&'static str>,
    pub kind_labels: Vec<String>,
    pub text: String,
}

/// A written response, as it was sent.
#[derive(Debug, Serialize, ToSchema)]
pub struct ResponseView {
    pub sent_display: String,
    /// `email`, `post` or `file`.
    pub means: &'static str,
    pub means_label: String,
    pub postal_address_lines: Option<Vec<String>>,
    pub by: String,
    pub subject: String,
    pub text: String,
    pub html: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct FollowUpView {
    pub satisfaction: &'static str,
    pub satisfaction_label: String,
    pub adjustment: Option<String>,
    pub comment: Option<String>,
    pub by_client: bool,
    pub at_display: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct AdditionView {
    pub at_display: String,
    pub text: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct SettlementView {
    pub said: String,
    pub done: String,
    pub at_display: String,
    pub by: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ExtensionView {
    pub due_display: String,
    pub reason: String,
    pub by: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ConsentView {
    pub given: bool,
    pub label: String,
}

/// One line of the file's timeline.
#[derive(Debug, Serialize, ToSchema)]
pub struct TimelineEntry {
    pub at_display: String,
    pub who: String,
    pub what: String,
}

/// One message the complaint caused, without its content.
#[derive(Debug, Serialize, ToSchema)]
pub struct MailView {
    pub purpose_label: String,
    pub queued_display: String,
    pub sent_display: Option<String>,
    pub attempts: u32,
}

/// The whole file, as the file page draws it.
#[derive(Debug, Serialize, ToSchema)]
pub struct CaseFileView {
    pub reference: String,
    /// Send it back with a step: a stale one is refused (409).
    pub version: u64,
    pub status: &'static str,
    pub status_label: String,
    pub channel: &'static str,
    pub channel_label: String,
    /// The person's language (`es`), to book an interpreter.
    pub language: String,
    /// Its name in French (« espagnol »).
    pub language_label: String,
    pub category_label: String,
    pub service_label: Option<String>,
    pub received_display: String,
    pub complainant: ComplainantView,
    pub description: String,
    pub desired_outcome: Option<String>,
    pub handler: Option<StaffRef>,
    /// The names of the staff members it is about.
    pub named_staff: Vec<String>,
    /// Who the person says it is about, in their words.
    pub about_staff: Option<String>,
    pub naming_recorded: bool,
    pub about_director: bool,
    #[schema(value_type = Object)]
    pub compliance: plaintes_core::checks::Compliance,
    pub anonymised: bool,
    /// The promises to the client.
    pub deadlines: Vec<PromiseView>,
    pub acknowledgement: Option<AcknowledgementView>,
    pub analysis: Option<AnalysisView>,
    pub decision: Option<DecisionView>,
    pub responses: Vec<ResponseView>,
    pub follow_up: Option<FollowUpView>,
    pub additions: Vec<AdditionView>,
    pub measures: Vec<MeasureView>,
    pub settlement: Option<SettlementView>,
    pub extension: Option<ExtensionView>,
    /// The means the written response may go by, for this client.
    pub response_means: Vec<&'static str>,
    pub consent: Option<ConsentView>,
    /// What the response form starts with: staff read and change it.
    pub letter_draft: String,
    pub close_needs_reason: bool,
    pub timeline: Vec<TimelineEntry>,
    pub mail: Vec<MailView>,
    /// The steps this person may take now.
    pub allowed: Vec<&'static str>,
}

impl CaseFileView {
    pub fn of(services: &Services, member: &StaffMember, file: &CaseFile) -> Self {
        let complaint = &file.complaint;
        let now = services.clock.now();
        let procedure = &complaint.procedure;
        let organisation = &services.organisation;
        let promises = complaint.promises(now);
        let text = |text: &plaintes_core::complaint::ComplaintText| text.as_str().to_owned();
        let acknowledgement = complaint.acknowledged_at.map(|at| AcknowledgementView {
            at_display: french::date_time(at),
            means_label: file
                .journal
                .iter()
                .rev()
                .find_map(|event| match &event.kind {
                    plaintes_core::ports::EventKind::Acknowledged { means } => Some(means.label()),
                    _ => None,
                }),
        });
        Self {
            reference: complaint.reference.to_string(),
            version: complaint.version,
            status: complaint.status.code(),
            status_label: complaint.status.label(),
            channel: complaint.channel.code(),
            channel_label: complaint.channel.label(),
            language: complaint.language.clone(),
            language_label: language_label(services, complaint),
            category_label: complaint.category.label(organisation).to_owned(),
            service_label: complaint
                .service
                .as_ref()
                .map(|service| service.label(organisation).to_owned()),
            received_display: french::date_time(complaint.received_at),
            complainant: ComplainantView {
                anonymous: complaint.complainant.name().is_none(),
                name: complaint
                    .complainant
                    .name()
                    .map(|name| name.as_str().to_owned()),
                email: complaint
                    .complainant
                    .email()
                    .map(|email| email.as_str().to_owned()),
                postal_address: complaint
                    .postal_address
                    .as_ref()
                    .map(|address| AddressView {
                        street: address.street().to_owned(),
                        city: address.city().to_owned(),
                        province: address.province().to_owned(),
                        postal_code: address.postal_code().to_owned(),
                        lines: address.lines().to_vec(),
                    }),
                phone: match &complaint.complainant {
                    plaintes_core::complaint::Complainant::Identified { reach, .. } => {
                        reach.phone().map(|phone| phone.as_str().to_owned())
                    }
                    plaintes_core::complaint::Complainant::Anonymous => None,
                },
            },
            description: text(&complaint.description),
            desired_outcome: complaint.desired_outcome.as_ref().map(text),
            handler: StaffRef::handler_of(complaint),
            named_staff: procedure.named_names.clone(),
            about_staff: complaint.about_staff.as_ref().map(text),
            naming_recorded: procedure.naming_recorded_at.is_some(),
            about_director: procedure.about_director,
            compliance: plaintes_core::checks::Compliance::of(complaint, now),
            anonymised: procedure.anonymised_at.is_some(),
            // The file's deadlines are the client's promises; measures have their own list.
            deadlines: promises
                .iter()
                .filter(|promise| promise.what.to_the_client())
                .map(PromiseView::of)
                .collect(),
            acknowledgement,
            analysis: procedure.analysis.as_ref().map(|analysis| AnalysisView {
                facts: text(&analysis.facts),
                root_cause: text(&analysis.root_cause),
                notes: analysis.notes.as_ref().map(text),
                cause: analysis.cause.clone(),
                cause_label: analysis
                    .cause
                    .as_deref()
                    .and_then(|code| organisation.root_cause_label(code))
                    .map(str::to_owned),
            }),
            decision: procedure.decision.as_ref().map(|decision| DecisionView {
                kinds: decision.kinds.iter().map(|kind| kind.code()).collect(),
                kind_labels: decision.kinds.iter().map(|kind| kind.label()).collect(),
                text: text(&decision.text),
            }),
            responses: procedure
                .responses
                .iter()
                .map(|response| ResponseView {
                    sent_display: french::date_time(response.sent_at),
                    means: response.means.code(),
                    means_label: response.means.label(),
                    postal_address_lines: response
                        .postal_address
                        .as_ref()
                        .map(|address| address.lines().to_vec()),
                    by: response.by.clone(),
                    subject: response.subject.clone(),
                    text: response.text.clone(),
                    html: response.html.clone(),
                })
                .collect(),
            follow_up: procedure.follow_up.as_ref().map(|follow_up| FollowUpView {
                satisfaction: follow_up.satisfaction.code(),
                satisfaction_label: follow_up.satisfaction.label(),
                adjustment: follow_up.adjustment.as_ref().map(text),
                comment: follow_up.comment.as_ref().map(text),
                by_client: follow_up.by_client,
                at_display: french::date_time(follow_up.at),
            }),
            additions: procedure
                .additions
                .iter()
                .map(|addition| AdditionView {
                    at_display: french::date_time(addition.at),
                    text: text(&addition.text),
                })
                .collect(),
            measures: procedure
                .measures
                .iter()
                .filter_map(|measure| {
                    let state = plaintes_core::promises::measure_state(&promises, measure.id)?;
                    Some(MeasureView::of(measure, state))
                })
                .collect(),
            settlement: procedure
                .settlement
                .as_ref()
                .map(|settlement| SettlementView {
                    said: text(&settlement.said),
                    done: text(&settlement.done),
                    at_display: french::date_time(settlement.at),
                    by: settlement.by.clone(),
                }),
            extension: procedure.extension.as_ref().map(|extension| ExtensionView {
                due_display: french::long_date(extension.due),
                reason: text(&extension.reason),
                by: extension.by.clone(),
            }),
            response_means: complaint
                .response_means()
                .into_iter()
                .map(ResponseMeans::code)
                .collect(),
            consent: procedure.consent.as_ref().map(|consent| ConsentView {
                given: consent.given,
                label: consent.describe(),
            }),
            letter_draft: plaintes_core::mail::response_draft(organisation, complaint),
            close_needs_reason: complaint
                .check_close()
                .is_err_and(|error| error.field() == Some("reason")),
            timeline: file
                .journal
                .iter()
                .map(|event| TimelineEntry {
                    at_display: french::date_time(event.at),
                    who: event.actor.describe(),
                    what: event.kind.describe(),
                })
                .collect(),
            mail: file
                .mail
                .iter()
                .map(|mail| MailView {
                    purpose_label: mail.purpose.label(),
                    queued_display: french::date_time(mail.queued_at),
                    sent_display: mail.sent_at.map(french::date_time),
                    attempts: mail.attempts,
                })
                .collect(),
            allowed: allowed_actions(member, complaint, now)
                .into_iter()
                .map(action_code)
                .collect(),
        }
    }
}

/// All that someone who may act but not read learns of a complaint.
#[derive(Debug, Serialize, ToSchema)]
pub struct StatusView {
    pub reference: String,
    pub status: &'static str,
    pub status_label: String,
}

impl StatusView {
    pub fn of(complaint: &plaintes_core::complaint::Complaint) -> Self {
        Self {
            reference: complaint.reference.to_string(),
            status: complaint.status.code(),
            status_label: complaint.status.label(),
        }
    }
}

/// A step's answer: the whole file, or for who may act without reading
/// (reception), the status only.
#[derive(Debug, Serialize)]
#[serde(untagged)]
pub enum StepAnswer {
    File(Box<CaseFileView>),
    Status(StatusView),
}

/// `anyOf`, not the `oneOf` an untagged enum would be documented with: a
/// file holds the status's fields too, so it matches both schemas.
impl utoipa::PartialSchema for StepAnswer {
    fn schema() -> utoipa::openapi::RefOr<utoipa::openapi::schema::Schema> {
        use utoipa::openapi::schema::{AnyOfBuilder, Ref};
        AnyOfBuilder::new()
            .item(Ref::from_schema_name("CaseFileView"))
            .item(Ref::from_schema_name("StatusView"))
            .description(Some(
                "The whole file, or the status only for who may act without reading it",
            ))
            .into()
    }
}

impl ToSchema for StepAnswer {
    fn schemas(
        schemas: &mut Vec<(
            String,
            utoipa::openapi::RefOr<utoipa::openapi::schema::Schema>,
        )>,
    ) {
        use utoipa::PartialSchema;
        schemas.push(("CaseFileView".to_owned(), CaseFileView::schema()));
        CaseFileView::schemas(schemas);
        schemas.push(("StatusView".to_owned(), StatusView::schema()));
        StatusView::schemas(schemas);
    }
}

impl StepAnswer {
    pub fn of(services: &Services, member: &StaffMember, file: &CaseFile) -> Self {
        let readable =
            plaintes_core::access::decide(member, Action::ReadFile, Some(file.complaint.staff()))
                == plaintes_core::access::Access::Allowed;
        match readable {
            true => Self::File(Box::new(CaseFileView::of(services, member, file))),
            false => Self::Status(StatusView::of(&file.complaint)),
        }
    }
}

/// A new access code: the step's answer, with the code when it is to be
/// read to the person now (shown once).
#[derive(Debug, Serialize, ToSchema)]
pub struct CodeIssued {
    #[serde(flatten)]
    pub answer: StepAnswer,
    pub access_code: Option<String>,
}

/// The written response as the client will get it, without sending it.
#[derive(Debug, Serialize, ToSchema)]
pub struct LetterView {
    pub subject: String,
    pub text: String,
    pub html: String,
}

pub(super) fn action_code(action: Action) -> &'static str {
    match action {
        Action::Acknowledge => "acknowledge",
        Action::Assign => "assign",
        Action::Analyse => "analyse",
        Action::Decide => "decide",
        Action::Respond => "respond",
        Action::Extend => "extend",
        Action::Adjust => "adjust",
        Action::HelpClient => "help_client",
        Action::FollowUp => "follow_up",
        Action::ManageMeasures => "manage_measures",
        Action::Close => "close",
        Action::Reopen => "reopen",
        Action::RecordNaming => "record_naming",
        Action::RecordIntake => "record_intake",
        Action::RecordSettled => "record_settled",
        Action::ListComplaints => "list_complaints",
        Action::ReadReports => "read_reports",
        Action::ListStaff => "list_staff",
        Action::ReadFile => "read_file",
    }
}

/// The answer to an intake.
#[derive(Debug, Serialize, ToSchema)]
pub struct IntakeReceipt {
    pub reference: String,
    /// To read or give to the person, once: `null` for a repeated request.
    pub access_code: Option<String>,
    pub received_display: String,
    pub acknowledgement_due_display: String,
    pub response_due_display: String,
    pub acknowledgement_by_email: bool,
    /// Settled on the spot: acknowledged, confirmed in writing and closed.
    pub settled: bool,
    pub already_recorded: bool,
}

impl IntakeReceipt {
    pub fn of(submitted: &plaintes_core::submission::Submitted) -> Self {
        let complaint = &submitted.complaint;
        Self {
            reference: complaint.reference.to_string(),
            access_code: submitted.access_code.as_ref().map(|code| code.display()),
            received_display: french::date_time(complaint.received_at),
            acknowledgement_due_display: french::date_time(complaint.acknowledgement_due),
            response_due_display: french::long_date(complaint.response_due),
            acknowledgement_by_email: submitted.acknowledged_by_email(),
            settled: complaint.procedure.settlement.is_some(),
            already_recorded: submitted.is_repeat(),
        }
    }
}

/// An intake as staff send it: the public form's fields, and what staff
/// add (the fields `plaintes_core::casework::IntakeInput` reads; every one
/// may be empty or absent).
#[derive(Debug, serde::Deserialize, ToSchema)]
#[allow(dead_code)] // Documents the body; the core's `IntakeInput` reads it.
pub struct IntakeRequest {
    #[serde(flatten)]
    complaint: crate::public::ComplaintRequest,
    /// `telephone`, `in_person`, `mail` or `email`.
    channel: String,
    /// Local time `YYYY-MM-DDTHH:MM`.
    received_at: String,
    /// The person refused to let their information be used.
    consent_refused: Option<bool>,
    /// E-mail addresses or ids of staff in the directory, comma-separated.
    named_staff: Option<String>,
    /// Settled on the spot, with what was said and done, and how the
    /// written confirmation goes (`email`, `post`, `file`).
    settled: Option<bool>,
    settled_said: Option<String>,
    settled_done: Option<String>,
    confirmation_means: Option<String>,
}
