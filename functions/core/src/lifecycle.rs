//! The life of a complaint as one state machine: every change of status in
//! the product goes through `Status::apply`, so what may follow what is
//! written once, here.

use serde::{Deserialize, Serialize};

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
    /// The written response was sent; the follow-up is due.
    Answered,
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
    StartAnalysis,
    Answer,
    Close,
    Withdraw,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("a complaint that is {from:?} cannot {transition:?}")]
pub struct InvalidTransition {
    pub from: Status,
    pub transition: Transition,
}

impl Status {
    /// The status after `transition`, or why it cannot happen now.
    pub fn apply(self, transition: Transition) -> Result<Status, InvalidTransition> {
        use Status::*;
        use Transition::*;
        let next = match (self, transition) {
            (Received, Acknowledge) => Acknowledged,
            // A manager may start before the acknowledgement is recorded
            // (a complaint taken by phone is often acknowledged on the call).
            (Received | Acknowledged, StartAnalysis) => InAnalysis,
            (InAnalysis, Answer) => Answered,
            (Answered, Close) => Closed,
            (Received | Acknowledged | InAnalysis | Answered, Withdraw) => Withdrawn,
            (from, transition) => return Err(InvalidTransition { from, transition }),
        };
        Ok(next)
    }

    /// Whether the policy's deadlines still run for a complaint in this status.
    pub fn is_open(self) -> bool {
        !matches!(self, Status::Closed | Status::Withdrawn)
    }

    /// The status in words, for the client and for staff.
    pub fn label(self) -> &'static str {
        match self {
            Status::Received => "Reçue",
            Status::Acknowledged => "Réception confirmée",
            Status::InAnalysis => "En analyse",
            Status::Answered => "Réponse envoyée",
            Status::Closed => "Fermée",
            Status::Withdrawn => "Retirée",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Status::*;
    use super::Transition::*;
    use super::*;

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
        let end = [Acknowledge, StartAnalysis, Answer, Close]
            .into_iter()
            .try_fold(Received, Status::apply);
        assert_eq!(end, Ok(Closed));
    }

    #[test]
    fn a_closed_or_withdrawn_complaint_accepts_nothing_more() {
        for status in [Closed, Withdrawn] {
            for transition in [Acknowledge, StartAnalysis, Answer, Close, Withdraw] {
                assert!(
                    status.apply(transition).is_err(),
                    "{status:?} {transition:?}"
                );
            }
            assert!(!status.is_open());
        }
    }

    #[test]
    fn a_complaint_cannot_be_answered_before_it_is_analysed() {
        assert!(Received.apply(Answer).is_err());
        assert!(Acknowledged.apply(Answer).is_err());
    }

    #[test]
    fn a_client_can_withdraw_an_open_complaint() {
        for status in [Received, Acknowledged, InAnalysis, Answered] {
            assert_eq!(status.apply(Withdraw), Ok(Withdrawn));
        }
    }
}
