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
use serde_json::{json, Value};
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
        let remaining = match urgency {
            Urgency::Overdue => "en retard".to_owned(),
            Urgency::Today => "aujourd’hui".to_owned(),
            _ if days == 1 => "demain".to_owned(),
            _ => format!("dans {days} jours"),
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

/// The manager, as `{id, name}`, or `null`.
pub(super) fn handler_json(complaint: &Complaint) -> Value {
    json!(StaffRef::handler_of(complaint))
}

/// One complaint in the staff list.
#[derive(Debug, Serialize, ToSchema)]
pub struct ComplaintRow {
    /// `P-2026-0042`.
    pub reference: String,
    pub status: &'static str,
    pub status_label: &'static str,
    pub channel: &'static str,
    pub channel_label: &'static str,
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
    pub(super) fn of(member: &StaffMember) -> Self {
        Self {
            id: member.id.to_string(),
            name: member.name.clone(),
            email: member.email.clone(),
            roles: member.roles.iter().map(|role| role.group()).collect(),
        }
    }
}

/// One promise, in words for staff.
pub(super) fn promise_json(promise: &Promise) -> Value {
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
    let words = match &promise.state {
        PromiseState::Kept { at } => format!("Respecté : fait le {}", when(*at)),
        PromiseState::KeptLate { at } => format!("Fait en retard, le {}", when(*at)),
        PromiseState::Due => format!("À faire d’ici le {due}"),
        PromiseState::Overdue => format!("En retard depuis le {due}"),
        PromiseState::Moot(why) => format!("Sans objet : {}", why.explain()),
        PromiseState::Extended { from, reason } => format!(
            "Prolongé jusqu’au {due} (au lieu du {}) : {reason}",
            when(*from)
        ),
    };
    json!({
        "kind": promise.what.code(),
        "label": promise.what.label(),
        "due_display": due,
        "state": promise.state.code(),
        "state_label": words,
    })
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
            reference: None,
        }
    }
}

/// The answer of `GET /api/staff/measures`.
#[derive(Debug, Serialize, ToSchema)]
pub struct MeasureList {
    /// Those still to do first, by due date.
    pub measures: Vec<MeasureView>,
}

pub(super) fn measure_json(
    measure: &plaintes_core::procedure::CorrectiveMeasure,
    state: &PromiseState,
) -> Value {
    json!(MeasureView::of(measure, state))
}

/// The whole file, as the file page draws it.
pub fn file_json(services: &Services, member: &StaffMember, file: &CaseFile) -> Value {
    let complaint = &file.complaint;
    let now = services.clock.now();
    let procedure = &complaint.procedure;
    let promises = complaint.promises(now);
    let response_means: Vec<&str> = complaint
        .response_means()
        .into_iter()
        .map(ResponseMeans::code)
        .collect();
    // The file's deadlines are the client's promises; measures have their own list.
    let deadlines: Vec<Value> = promises
        .iter()
        .filter(|promise| promise.what.to_the_client())
        .map(promise_json)
        .collect();
    let acknowledgement = complaint.acknowledged_at.map(|at| {
        let means = file
            .journal
            .iter()
            .rev()
            .find_map(|event| match &event.kind {
                plaintes_core::ports::EventKind::Acknowledged { means } => Some(means.label()),
                _ => None,
            });
        json!({"at_display": french::date_time(at), "means_label": means})
    });
    json!({
        "reference": complaint.reference,
        "version": complaint.version,
        "status": complaint.status.code(),
        "status_label": complaint.status.label(),
        "channel": complaint.channel.code(),
        "channel_label": complaint.channel.label(),
        "category_label": complaint.category.label(&services.organisation),
        "service_label": complaint.service.as_ref().map(|service| {
            service.label(&services.organisation)
        }),
        "received_display": french::date_time(complaint.received_at),
        "complainant": {
            "anonymous": complaint.complainant.name().is_none(),
            "name": complaint.complainant.name().map(|name| name.as_str()),
            "email": complaint.complainant.email().map(|email| email.as_str()),
            "postal_address": complaint.postal_address.as_ref().map(|address| json!({
                "street": address.street(),
                "city": address.city(),
                "province": address.province(),
                "postal_code": address.postal_code(),
                "lines": address.lines(),
            })),
            "phone": match &complaint.complainant {
                plaintes_core::complaint::Complainant::Identified { reach, .. } => reach.phone().map(|phone| phone.as_str()),
                plaintes_core::complaint::Complainant::Anonymous => None,
            },
        },
        "description": complaint.description.as_str(),
        "desired_outcome": complaint.desired_outcome.as_ref().map(|text| text.as_str()),
        "handler": handler_json(complaint),
        "named_staff": &procedure.named_names,
        "about_staff": complaint.about_staff.as_ref().map(|text| text.as_str()),
        "naming_recorded": procedure.naming_recorded_at.is_some(),
        "about_director": procedure.about_director,
        "compliance": plaintes_core::checks::Compliance::of(complaint, now),
        "anonymised": procedure.anonymised_at.is_some(),
        "deadlines": deadlines,
        "acknowledgement": acknowledgement,
        "analysis": procedure.analysis.as_ref().map(|analysis| json!({
            "facts": analysis.facts.as_str(),
            "root_cause": analysis.root_cause.as_str(),
            "notes": analysis.notes.as_ref().map(|notes| notes.as_str()),
            "cause": analysis.cause,
            "cause_label": analysis.cause.as_deref().and_then(|code| services.organisation.root_cause_label(code)),
        })),
        "decision": procedure.decision.as_ref().map(|decision| json!({
            "kinds": decision.kinds.iter().map(|kind| kind.code()).collect::<Vec<_>>(),
            "kind_labels": decision.kinds.iter().map(|kind| kind.label()).collect::<Vec<_>>(),
            "text": decision.text.as_str(),
        })),
        "responses": procedure.responses.iter().map(|response| json!({
            "sent_display": french::date_time(response.sent_at),
            "means": response.means,
            "means_label": response.means.label(),
            "postal_address_lines": response.postal_address.as_ref().map(|address| address.lines()),
            "by": response.by,
            "subject": response.subject,
            "text": response.text,
            "html": response.html,
        })).collect::<Vec<_>>(),
        "follow_up": procedure.follow_up.as_ref().map(|follow_up| json!({
            "satisfaction": follow_up.satisfaction.code(),
            "satisfaction_label": follow_up.satisfaction.label(),
            "adjustment": follow_up.adjustment.as_ref().map(|text| text.as_str()),
            "comment": follow_up.comment.as_ref().map(|text| text.as_str()),
            "by_client": follow_up.by_client,
            "at_display": french::date_time(follow_up.at),
        })),
        "additions": procedure.additions.iter().map(|addition| json!({
            "at_display": french::date_time(addition.at),
            "text": addition.text.as_str(),
        })).collect::<Vec<_>>(),
        "measures": procedure.measures.iter().filter_map(|measure| {
            let state = plaintes_core::promises::measure_state(&promises, measure.id)?;
            Some(measure_json(measure, state))
        }).collect::<Vec<_>>(),
        "settlement": procedure.settlement.as_ref().map(|settlement| json!({
            "said": settlement.said.as_str(),
            "done": settlement.done.as_str(),
            "at_display": french::date_time(settlement.at),
            "by": settlement.by,
        })),
        "extension": procedure.extension.as_ref().map(|extension| json!({
            "due_display": french::long_date(extension.due),
            "reason": extension.reason.as_str(),
            "by": extension.by,
        })),
        // The means the written response may go by, for this client.
        "response_means": response_means,
        "consent": procedure.consent.as_ref().map(|consent| json!({
            "given": consent.given,
            "label": consent.describe(),
        })),
        // What the response form starts with: staff read and change it.
        "letter_draft": plaintes_core::mail::response_draft(&services.organisation, complaint),
        "close_needs_reason": complaint.check_close().is_err_and(|error| error.field() == Some("reason")),
        "timeline": file.journal.iter().map(|event| json!({
            "at_display": french::date_time(event.at),
            "who": event.actor.describe(),
            "what": event.kind.describe(),
        })).collect::<Vec<_>>(),
        "mail": file.mail.iter().map(|mail| json!({
            "purpose_label": mail.purpose.label(),
            "queued_display": french::date_time(mail.queued_at),
            "sent_display": mail.sent_at.map(french::date_time),
            "attempts": mail.attempts,
        })).collect::<Vec<_>>(),
        "allowed": allowed_actions(member, complaint, now)
            .into_iter()
            .map(action_code)
            .collect::<Vec<_>>(),
    })
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
