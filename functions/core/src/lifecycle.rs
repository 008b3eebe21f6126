//! The life of a complaint as one state machine: every change of status in
//! the product goes through `Status::apply`, so what may follow what is
//! written once, here. The page never decides whether a step is possible;
//! it asks this match, and shows its reason (a message of the French
//! catalogue) when it says no.

use serde::{Deserialize, Serialize};

use crate::words::Wording;

/// Where a complaint stands in the policy's procedure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Recorded; the acknowledgement is due within the configured hours.
    Received,
    /// The client was told their complaint was received.
    Acknowledged,
    /// A complaint manager is analysing it.
    InAnalysis,
    /// A decision is recorded; the written response can be sent.
    Decided,
    /// The written response was sent; the follow-up is due.
    Answered,
    /// The client was asked whether the solution satisfies them.
    FollowedUp,
    /// Done: followed up, or nothing more to do.
    Closed,
    /// The client withdrew it.
    Withdrawn,
}

/// Something that happens to a complaint and may change its status.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Transition {
    Acknowledge,
    /// Record (or revise) the analysis: facts and root cause.
    Analyse,
    /// Record (or revise) the decision, until the response is sent.
    Decide,
    /// Send the written response.
    Answer,
    /// Record (or update) the follow-up with the client.
    FollowUp,
    Close,
    /// Reopen a closed complaint (with a reason, by the director).
    Reopen,
    Withdraw,
    /// Settle a complaint on the spot, as it is received (the policy's
    /// « plainte informelle »): it closes with its written confirmation.
    Settle,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("a complaint that is {from:?} cannot {transition:?}")]
pub struct InvalidTransition {
    pub from: Status,
    pub transition: Transition,
}

impl InvalidTransition {
    /// Why the step is refused, for the staff member who tried.
    pub fn wording(&self) -> Wording {
        use Status::*;
        use Transition::*;
        Wording::new(match (self.from, self.transition) {
            (Closed, Withdraw) | (Withdrawn, _) => "step-over",
            (Closed, _) => "step-closed",
            (_, Acknowledge) => "step-already-acknowledged",
            (_, Analyse) => "step-analysis-fixed",
            (Received | Acknowledged, Decide) => "step-analysis-first",
            (_, Decide) => "step-decision-fixed",
            (Received | Acknowledged | InAnalysis, Answer) => "step-decision-first",
            (_, Answer) => "step-already-answered",
            (_, FollowUp) => "step-follow-up-early",
            (_, Close) => "step-close-early",
            (_, Reopen) => "step-reopen-closed-only",
            (_, Settle) => "step-settle-new-only",
            (_, Withdraw) => "step-withdraw-not-now",
        })
    }

    /// Why the step is refused, in French.
    pub fn explain(&self) -> String {
        self.wording().to_string()
    }
}

impl Status {
    /// The status after `transition`, or why it cannot happen now.
    pub fn apply(self, transition: Transition) -> Result<Status, InvalidTransition> {
        use Status::*;
        use Transition::*;
        let next = match (self, transition) {
            (Received, Acknowledge) => Acknowledged,
            // A manager may start before the acknowledgement is recorded
            // (a complaint taken by phone is often acknowledged on the call);
            // the acknowledgement is then recorded without changing the step.
            (Received | Acknowledged | InAnalysis, Analyse) => InAnalysis,
            (Decided, Analyse) => Decided,
            (InAnalysis | Decided, Decide) => Decided,
            (Decided, Answer) => Answered,
            (Answered | FollowedUp, FollowUp) => FollowedUp,
            (FollowedUp, Close) => Closed,
            (Closed, Reopen) => InAnalysis,
            (Received | Acknowledged, Settle) => Closed,
            (Received | Acknowledged | InAnalysis | Decided | Answered | FollowedUp, Withdraw) => {
                Withdrawn
            }
            (from, transition) => return Err(InvalidTransition { from, transition }),
        };
        Ok(next)
    }

    /// Whether the policy's deadlines still run for a complaint in this status.
    pub fn is_open(self) -> bool {
        !matches!(self, Status::Closed | Status::Withdrawn)
    }

    pub const ALL: [Status; 8] = [
        Status::Received,
        Status::Acknowledged,
        Status::InAnalysis,
        Status::Decided,
        Status::Answered,
        Status::FollowedUp,
        Status::Closed,
        Status::Withdrawn,
    ];

    /// The code used in URLs and JSON.
    pub fn code(self) -> &'static str {
        match self {
            Status::Received => "received",
            Status::Acknowledged => "acknowledged",
            Status::InAnalysis => "in_analysis",
            Status::Decided => "decided",
            Status::Answered => "answered",
            Status::FollowedUp => "followed_up",
            Status::Closed => "closed",
            Status::Withdrawn => "withdrawn",
        }
    }

    /// The message naming the status, the same words for the client and
    /// for staff.
    pub fn key(self) -> &'static str {
        match self {
            Status::Received => "status-received",
            Status::Acknowledged => "status-acknowledged",
            Status::InAnalysis => "status-in-analysis",
            Status::Decided => "status-decided",
            Status::Answered => "status-answered",
            Status::FollowedUp => "status-followed-up",
            Status::Closed => "status-closed",
            Status::Withdrawn => "status-withdrawn",
        }
    }

    /// The status in words, for staff.
    pub fn label(self) -> String {
        crate::words::french().t(self.key())
    }
}

#[cfg(test)]
mod tests {
    use super::Status::*;
    use super::Transition::*;
    use super::*;

    const TRANSITIONS: [Transition; 9] = [
        Acknowledge,
        Analyse,
        Decide,
        Answer,
        FollowUp,
        Close,
        Reopen,
        Withdraw,
        Settle,
    ];

    #[test]
    fn a_complaint_settled_on_the_spot_closes_as_it_is_received() {
        assert_eq!(Received.apply(Settle), Ok(Closed));
        assert_eq!(Acknowledged.apply(Settle), Ok(Closed));
        for status in [InAnalysis, Decided, Answered, FollowedUp] {
            assert!(status.apply(Settle).is_err(), "{status:?}");
        }
    }

    #[test]
    fn a_received_complaint_can_be_acknowledged() {
        assert_eq!(Received.apply(Acknowledge), Ok(Acknowledged));
    }

    #[test]
    fn a_complaint_is_acknowledged_only_once() {
        assert_eq!(
            Acknowledged.apply(Acknowledge),
            Err(InvalidTransition {
                from: Acknowledged,
                transition: Acknowledge
            })
        );
    }

    #[test]
    fn the_procedure_runs_from_receipt_to_closure() {
        let end = [Acknowledge, Analyse, Decide, Answer, FollowUp, Close]
            .into_iter()
            .try_fold(Received, Status::apply);
        assert_eq!(end, Ok(Closed));
    }

    #[test]
    fn a_withdrawn_complaint_accepts_nothing_more_and_a_closed_one_only_reopening() {
        for transition in TRANSITIONS {
            assert!(Withdrawn.apply(transition).is_err(), "{transition:?}");
            assert_eq!(Closed.apply(transition).is_ok(), transition == Reopen);
        }
        assert!(!Closed.is_open() && !Withdrawn.is_open());
    }

    #[test]
    fn a_reopened_complaint_goes_back_to_analysis() {
        assert_eq!(Closed.apply(Reopen), Ok(InAnalysis));
    }

    #[test]
    fn a_complaint_cannot_be_answered_before_a_decision() {
        for status in [Received, Acknowledged, InAnalysis] {
            let refused = status.apply(Answer).unwrap_err();
            assert!(refused.explain().contains("décision"), "{status:?}");
        }
    }

    #[test]
    fn a_complaint_cannot_be_closed_before_the_response_and_the_follow_up() {
        for status in [Received, Acknowledged, InAnalysis, Decided, Answered] {
            let refused = status.apply(Close).unwrap_err();
            assert!(refused.explain().contains("suivi"), "{status:?}");
        }
    }

    #[test]
    fn the_decision_and_analysis_are_fixed_once_the_response_is_sent() {
        for status in [Answered, FollowedUp] {
            assert!(status.apply(Decide).is_err());
            assert!(status.apply(Analyse).is_err());
        }
        assert_eq!(Decided.apply(Decide), Ok(Decided));
    }

    #[test]
    fn a_client_can_withdraw_an_open_complaint() {
        for status in Status::ALL.into_iter().filter(|s| s.is_open()) {
            assert_eq!(status.apply(Withdraw), Ok(Withdrawn));
        }
    }

    #[test]
    fn every_refusal_has_a_french_reason() {
        for status in Status::ALL {
            for transition in TRANSITIONS {
                if let Err(refused) = status.apply(transition) {
                    assert!(
                        refused.explain().ends_with('.'),
                        "{status:?} {transition:?}"
                    );
                }
            }
        }
    }
}
