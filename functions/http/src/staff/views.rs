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
use serde_json::{json, Value};

/// The next deadline of a complaint, for the list.
pub(super) fn next_deadline_json(complaint: &Complaint, now: DateTime<Utc>) -> Value {
    let Some(Promise { what, due, .. }) = complaint.next_promise(now) else {
        return Value::Null;
    };
    let label = what.label();
    let urgency = Urgency::of(due, now);
    let days = (local_date(due) - local_date(now)).num_days();
    let remaining = match urgency {
        Urgency::Overdue => "en retard".to_owned(),
        Urgency::Today => "aujourd’hui".to_owned(),
        _ if days == 1 => "demain".to_owned(),
        _ => format!("dans {days} jours"),
    };
    json!({
        "label": label,
        "due_at": due,
        "due_display": french::date_time(due),
        "state": urgency.code(),
        "remaining": remaining,
    })
}

/// The manager, as `{id, name}`, or `null`.
pub(super) fn handler_json(complaint: &Complaint) -> Value {
    match &complaint.handler {
        Some(id) => json!({
            "id": id,
            "name": complaint.procedure.handler_name.as_deref().unwrap_or(id.as_str()),
        }),
        None => Value::Null,
    }
}

pub(super) fn row_json(services: &Services, complaint: &Complaint, now: DateTime<Utc>) -> Value {
    json!({
        "reference": complaint.reference,
        "status": complaint.status.code(),
        "status_label": complaint.status.label(),
        "channel": complaint.channel.code(),
        "channel_label": complaint.channel.label(),
        "category": complaint.category.code(),
        "category_label": complaint.category.label(&services.organisation),
        "received_at": complaint.received_at,
        "received_display": french::date_time(complaint.received_at),
        "handler": handler_json(complaint),
        "next_deadline": next_deadline_json(complaint, now),
        "about_director": complaint.procedure.about_director,
    })
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

pub(super) fn measure_json(
    measure: &plaintes_core::procedure::CorrectiveMeasure,
    state: &PromiseState,
) -> Value {
    json!({
        "id": measure.id,
        "kind": measure.kind,
        "description": measure.description.as_str(),
        "owner": measure.owner,
        "due_on": measure.due_on,
        "due_display": french::day(measure.due_on),
        "done_on": measure.done_on,
        "done_display": measure.done_on.map(french::day),
        "waived": measure.waived.as_ref().map(|waiver| waiver.reason.as_str()),
        "state": state.measure_code(),
    })
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
