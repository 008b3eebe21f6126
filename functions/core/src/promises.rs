//! The policy's promises for one complaint, in one place. `Complaint::promises`
//! lists what the policy and the settings promise a client — the
//! acknowledgement, the written response (and a new one after a reopening),
//! the follow-up, each corrective measure and adjustment, and the
//! anonymisation of their personal information — each with its due moment
//! and one state. The staff list and file, the client's file, the
//! compliance figures, the scheduler (and so the deadline index of both
//! stores), the director's digest and the reports all read this list and
//! put it into words; none of them decides on its own whether a promise was
//! kept.

use chrono::{DateTime, Utc};
use serde::Serialize;

use crate::calendar::end_of_day;
use crate::complaint::Complaint;
use crate::lifecycle::Status;
use crate::procedure::MeasureKind;

/// What is promised.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Promised {
    /// The client is told the complaint was received (48 hours).
    Acknowledgement,
    /// The written response (10 business days, or the extended date).
    Response,
    /// After a reopening, a new written response.
    NewResponse,
    /// The client is asked whether the solution suits them.
    FollowUp,
    /// A corrective measure, by its date.
    Measure { id: u32 },
    /// An adjustment the follow-up opened, by its date.
    Adjustment { id: u32 },
    /// The personal information of a finished complaint is erased.
    Anonymisation,
}

impl Promised {
    /// The message naming it, for staff (with its number, `id`, for a
    /// measure or an adjustment).
    pub fn key(self) -> &'static str {
        match self {
            Promised::Acknowledgement => "promised-acknowledgement",
            Promised::Response => "promised-response",
            Promised::NewResponse => "promised-new-response",
            Promised::FollowUp => "promised-follow-up",
            Promised::Measure { .. } => "promised-measure",
            Promised::Adjustment { .. } => "promised-adjustment",
            Promised::Anonymisation => "promised-anonymisation",
        }
    }

    /// Its name, for staff.
    pub fn label(self) -> String {
        let words = crate::words::french();
        match self {
            Promised::Measure { id } | Promised::Adjustment { id } => {
                words.t1(self.key(), "id", id)
            }
            _ => words.t(self.key()),
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            Promised::Acknowledgement => "acknowledgement",
            Promised::Response => "response",
            Promised::NewResponse => "new_response",
            Promised::FollowUp => "follow_up",
            Promised::Measure { .. } => "measure",
            Promised::Adjustment { .. } => "adjustment",
            Promised::Anonymisation => "anonymisation",
        }
    }

    /// Whether the client is owed it (the others are the organisation's own
    /// commitments, never shown to the client).
    pub fn to_the_client(self) -> bool {
        matches!(
            self,
            Promised::Acknowledgement
                | Promised::Response
                | Promised::NewResponse
                | Promised::FollowUp
        )
    }
}

/// Why a promise is no longer owed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "why", rename_all = "snake_case")]
pub enum Moot {
    /// The client withdrew the complaint before it was done.
    Withdrawn,
    /// The complaint was closed without it (only records older than the
    /// rule that closing needs the response and the follow-up).
    Closed,
    /// The director recorded why an adjustment will not be made.
    Waived { reason: String },
}

impl Moot {
    /// Why, in French, for staff.
    pub fn explain(&self) -> String {
        let words = crate::words::french();
        match self {
            Moot::Withdrawn => words.t("moot-withdrawn"),
            Moot::Closed => words.t("moot-closed"),
            Moot::Waived { reason } => words.t1("moot-waived", "reason", reason),
        }
    }
}

/// Where a promise stands at a moment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "state", rename_all = "snake_case")]
pub enum PromiseState {
    /// Done by its due moment.
    Kept { at: DateTime<Utc> },
    /// Done, after its due moment.
    KeptLate { at: DateTime<Utc> },
    /// Not done yet, still in time.
    Due,
    /// Not done, and its due moment has passed.
    Overdue,
    /// No longer owed.
    Moot(Moot),
    /// Not done yet, in time for a later date set with a reason (the due
    /// moment of the promise is that later date).
    Extended { from: DateTime<Utc>, reason: String },
}

impl PromiseState {
    /// Whether the promise was kept: `None` while it still runs or once moot.
    pub fn kept(&self) -> Option<bool> {
        match self {
            PromiseState::Kept { .. } => Some(true),
            PromiseState::KeptLate { .. } | PromiseState::Overdue => Some(false),
            PromiseState::Due | PromiseState::Extended { .. } | PromiseState::Moot(_) => None,
        }
    }

    /// Whether it is still owed (and so watched by the scheduler).
    pub fn pending(&self) -> bool {
        matches!(
            self,
            PromiseState::Due | PromiseState::Overdue | PromiseState::Extended { .. }
        )
    }

    /// When it was done, if it was.
    pub fn done_at(&self) -> Option<DateTime<Utc>> {
        match self {
            PromiseState::Kept { at } | PromiseState::KeptLate { at } => Some(*at),
            _ => None,
        }
    }

    /// A measure's state as a short code: `done`, `overdue`, `due` or `moot`.
    pub fn measure_code(&self) -> &'static str {
        match self {
            PromiseState::Kept { .. } | PromiseState::KeptLate { .. } => "done",
            PromiseState::Overdue => "overdue",
            PromiseState::Due | PromiseState::Extended { .. } => "due",
            PromiseState::Moot(_) => "moot",
        }
    }

    /// The state as a short code for programs and page styles.
    pub fn code(&self) -> &'static str {
        match self {
            PromiseState::Kept { .. } => "met",
            PromiseState::KeptLate { .. } => "missed",
            PromiseState::Due => "due",
            PromiseState::Overdue => "overdue",
            PromiseState::Moot(_) => "moot",
            PromiseState::Extended { .. } => "extended",
        }
    }
}

/// One promise of the policy for one complaint.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Promise {
    #[serde(flatten)]
    pub what: Promised,
    /// When it falls due (for a measure, the end of its day).
    pub due: DateTime<Utc>,
    #[serde(flatten)]
    pub state: PromiseState,
}

/// What happened to a promise, before the moment is looked at.
enum Outcome {
    Done(DateTime<Utc>),
    Open,
    Moot(Moot),
}

impl Complaint {
    /// Every promise made for this complaint and where each stands at `now`.
    pub fn promises(&self, now: DateTime<Utc>) -> Vec<Promise> {
        self.ledger()
            .into_iter()
            .map(|(what, due, outcome, extended)| {
                let state = match outcome {
                    Outcome::Done(at) if at <= due => PromiseState::Kept { at },
                    Outcome::Done(at) => PromiseState::KeptLate { at },
                    Outcome::Moot(why) => PromiseState::Moot(why),
                    Outcome::Open if now > due => PromiseState::Overdue,
                    Outcome::Open => match extended {
                        Some((from, reason)) => PromiseState::Extended { from, reason },
                        None => PromiseState::Due,
                    },
                };
                Promise { what, due, state }
            })
            .collect()
    }

    /// The promise of `what`, if this complaint has one.
    pub fn promise(&self, what: Promised, now: DateTime<Utc>) -> Option<Promise> {
        self.promises(now).into_iter().find(|p| p.what == what)
    }

    /// The next promise still owed, the soonest first (the most overdue).
    pub fn next_promise(&self, now: DateTime<Utc>) -> Option<Promise> {
        self.promises(now)
            .into_iter()
            .filter(|promise| promise.state.pending())
            .min_by_key(|promise| promise.due)
    }

    /// When the next promise still owed falls due: the key of the deadline
    /// index the scheduler reads. Whether a promise is owed does not depend
    /// on the moment, only whether it is late.
    pub fn next_deadline(&self) -> Option<DateTime<Utc>> {
        self.next_promise(self.received_at)
            .map(|promise| promise.due)
    }

    /// Whether some promise is late at `now`.
    pub fn is_overdue(&self, now: DateTime<Utc>) -> bool {
        self.promises(now)
            .iter()
            .any(|promise| promise.state == PromiseState::Overdue)
    }

    /// The written response is due at this moment: the extended date when
    /// there is one.
    pub fn response_due_now(&self) -> DateTime<Utc> {
        self.procedure
            .extension
            .as_ref()
            .map_or(self.response_due, |extension| extension.due)
    }

    /// Each promise with its due moment, what became of it and, for an
    /// extended one, the first due moment and the reason.
    #[allow(clippy::type_complexity)]
    fn ledger(
        &self,
    ) -> Vec<(
        Promised,
        DateTime<Utc>,
        Outcome,
        Option<(DateTime<Utc>, String)>,
    )> {
        let procedure = &self.procedure;
        // What was not done when the client withdrew is no longer owed;
        // neither is a client's promise once the complaint is closed.
        let outcome = |done: Option<DateTime<Utc>>| match (done, self.status) {
            (Some(at), _) => Outcome::Done(at),
            (None, Status::Withdrawn) => Outcome::Moot(Moot::Withdrawn),
            (None, _) => Outcome::Open,
        };
        let owed = |done: Option<DateTime<Utc>>| match (done, self.status) {
            (None, Status::Closed) => Outcome::Moot(Moot::Closed),
            _ => outcome(done),
        };
        let first_response = procedure.responses.first().map(|r| r.sent_at);
        let mut ledger = vec![
            (
                Promised::Acknowledgement,
                self.acknowledgement_due,
                // A written response sent first told the client too.
                owed(self.acknowledged_at.or(first_response)),
                None,
            ),
            (
                Promised::Response,
                self.response_due_now(),
                owed(first_response),
                procedure
                    .extension
                    .as_ref()
                    .map(|e| (self.response_due, e.reason.as_str().to_owned())),
            ),
        ];
        if let Some(reopening) = &procedure.reopening {
            let answered = procedure
                .responses
                .iter()
                .map(|r| r.sent_at)
                .find(|at| *at > reopening.at);
            ledger.push((
                Promised::NewResponse,
                reopening.response_due,
                owed(answered),
                None,
            ));
        }
        if let Some(due) = procedure.follow_up_due {
            ledger.push((
                Promised::FollowUp,
                due,
                owed(procedure.follow_up.as_ref().map(|f| f.at)),
                None,
            ));
        }
        for measure in &procedure.measures {
            let what = match measure.kind {
                MeasureKind::Corrective => Promised::Measure { id: measure.id },
                MeasureKind::Adjustment => Promised::Adjustment { id: measure.id },
            };
            let state = match (&measure.waived, measure.done_on) {
                (_, Some(day)) => Outcome::Done(crate::calendar::start_of_day(day)),
                (Some(waiver), None) => Outcome::Moot(Moot::Waived {
                    reason: waiver.reason.as_str().to_owned(),
                }),
                (None, None) => outcome(None),
            };
            ledger.push((what, end_of_day(measure.due_on), state, None));
        }
        if let (false, Some(due)) = (self.status.is_open(), procedure.purge_due) {
            let state = match procedure.anonymised_at {
                Some(at) => Outcome::Done(at),
                None => Outcome::Open,
            };
            // Erasing may start at `purge_due`; the nightly run does it
            // within the day.
            ledger.push((
                Promised::Anonymisation,
                due + chrono::Duration::days(1),
                state,
                None,
            ));
        }
        ledger
    }
}

/// Where the measure or adjustment numbered `id` stands, among `promises`.
pub fn measure_state(promises: &[Promise], id: u32) -> Option<&PromiseState> {
    promises.iter().find_map(|promise| match promise.what {
        Promised::Measure { id: of } | Promised::Adjustment { id: of } if of == id => {
            Some(&promise.state)
        }
        _ => None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::access::{Role, StaffId, StaffMember};
    use crate::complaint::tests::{organisation, sample_complaint};
    use crate::complaint::ComplaintText;
    use crate::procedure::{ResponseMeans, WrittenResponse};

    fn at(rfc3339: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(rfc3339)
            .unwrap()
            .with_timezone(&Utc)
    }

    fn director() -> StaffMember {
        StaffMember {
            id: StaffId::new("andreane.m@cjefrontenac.com"),
            email: "andreane.m@cjefrontenac.com".into(),
            name: "Andréane Morin".into(),
            roles: [Role::Direction].into(),
        }
    }

    /// Received Friday 27 November 2026 at 21:00: acknowledgement due
    /// Sunday 29 at 21:00, response due Friday 11 December at 23:59:59.
    fn complaint() -> Complaint {
        let received = at("2026-11-27T21:00:00-05:00");
        let mut complaint = sample_complaint(received);
        complaint.acknowledgement_due = received + chrono::Duration::hours(48);
        complaint.response_due = organisation().calendar().response_due(received, 10);
        complaint
    }

    fn state(complaint: &Complaint, what: Promised, now: &str) -> PromiseState {
        complaint.promise(what, at(now)).unwrap().state
    }

    fn sent(complaint: &mut Complaint, when: &str) {
        complaint.procedure.responses.push(WrittenResponse {
            sent_at: at(when),
            means: ResponseMeans::File,
            postal_address: None,
            by: "Andréane Morin".into(),
            subject: "Réponse".into(),
            text: "Texte".into(),
            html: String::new(),
        });
    }

    #[test]
    fn a_response_sent_before_the_acknowledgement_was_recorded_kept_both_promises() {
        let mut complaint = complaint();
        sent(&mut complaint, "2026-11-28T10:00:00-05:00");
        for what in [Promised::Acknowledgement, Promised::Response] {
            assert_eq!(
                state(&complaint, what, "2026-12-20T10:00:00-05:00"),
                PromiseState::Kept {
                    at: at("2026-11-28T10:00:00-05:00")
                },
                "{what:?}"
            );
        }
    }

    #[test]
    fn a_withdrawal_makes_what_was_not_done_moot_and_keeps_what_was() {
        let mut complaint = complaint();
        complaint.acknowledged_at = Some(at("2026-11-28T09:00:00-05:00"));
        complaint.status = Status::Withdrawn;
        let late = "2027-01-20T10:00:00-05:00";
        assert_eq!(
            state(&complaint, Promised::Response, late),
            PromiseState::Moot(Moot::Withdrawn)
        );
        assert!(state(&complaint, Promised::Acknowledgement, late).kept() == Some(true));
        assert!(!complaint.is_overdue(at(late)));
    }

    #[test]
    fn an_extended_response_is_measured_against_its_new_date() {
        let mut complaint = complaint();
        let new_due = at("2026-12-18T23:59:59-05:00");
        complaint
            .extend_response(
                new_due,
                ComplaintText::parse("Un témoin est absent.", 100, "").unwrap(),
                &director(),
                at("2026-12-07T10:00:00-05:00"),
            )
            .unwrap();
        assert_eq!(
            state(&complaint, Promised::Response, "2026-12-14T10:00:00-05:00"),
            PromiseState::Extended {
                from: at("2026-12-11T23:59:59-05:00"),
                reason: "Un témoin est absent.".into()
            }
        );
        assert_eq!(
            complaint.next_deadline(),
            Some(at("2026-11-29T21:00:00-05:00"))
        );
        complaint.acknowledged_at = Some(at("2026-11-28T09:00:00-05:00"));
        assert_eq!(complaint.next_deadline(), Some(new_due));
        assert_eq!(
            state(&complaint, Promised::Response, "2026-12-19T10:00:00-05:00"),
            PromiseState::Overdue
        );
        sent(&mut complaint, "2026-12-17T10:00:00-05:00");
        assert_eq!(
            state(&complaint, Promised::Response, "2026-12-19T10:00:00-05:00").kept(),
            Some(true)
        );
    }

    #[test]
    fn a_reopened_complaint_owes_a_new_response_and_not_the_first_again() {
        let mut complaint = complaint();
        complaint.acknowledged_at = Some(at("2026-11-28T09:00:00-05:00"));
        sent(&mut complaint, "2026-12-04T10:00:00-05:00");
        complaint.status = Status::InAnalysis;
        complaint.procedure.reopening = Some(crate::procedure::Reopening {
            at: at("2027-01-04T10:00:00-05:00"),
            response_due: at("2027-01-18T23:59:59-05:00"),
        });
        let now = "2027-01-10T10:00:00-05:00";
        assert!(state(&complaint, Promised::Response, now).kept() == Some(true));
        assert_eq!(
            state(&complaint, Promised::NewResponse, now),
            PromiseState::Due
        );
        assert_eq!(
            complaint.next_deadline(),
            Some(at("2027-01-18T23:59:59-05:00"))
        );
        sent(&mut complaint, "2027-01-12T10:00:00-05:00");
        assert!(state(&complaint, Promised::NewResponse, now).kept() == Some(true));
    }
}
