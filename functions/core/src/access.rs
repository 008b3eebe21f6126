//! Who may do what to which complaint: the policy's confidentiality as one
//! function. Deny by default; a complaint manager (`responsable`) works only
//! on the complaints assigned to them; reception (`accueil`) records
//! complaints and acknowledgements but cannot read a file; the director
//! (`direction`) sees everything; and nobody named in a complaint may read
//! it or be assigned to it, whatever their role. The staff routes ask
//! `decide` and turn its answer into 200, 403 or 404.

use std::collections::BTreeSet;
use std::fmt;

use serde::{Deserialize, Serialize};

/// A staff role, as the identity provider's groups name it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Role {
    /// `accueil`: records complaints received by phone, in person, by letter or e-mail.
    #[serde(rename = "accueil")]
    Reception,
    /// `responsable`: handles the complaints assigned to them.
    #[serde(rename = "responsable")]
    Handler,
    /// `direction`: sees and assigns every complaint, closes, reads reports.
    #[serde(rename = "direction")]
    Direction,
}

impl Role {
    /// The role of a group name (`cognito:groups`, or a local account's role).
    pub fn from_group(group: &str) -> Option<Role> {
        match group {
            "accueil" => Some(Role::Reception),
            "responsable" => Some(Role::Handler),
            "direction" => Some(Role::Direction),
            _ => None,
        }
    }

    pub fn group(self) -> &'static str {
        match self {
            Role::Reception => "accueil",
            Role::Handler => "responsable",
            Role::Direction => "direction",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Role::Reception => "Accueil",
            Role::Handler => "Responsable des plaintes",
            Role::Direction => "Direction",
        }
    }
}

/// A staff member's stable identifier: their e-mail address, in lower case.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct StaffId(String);

impl StaffId {
    pub fn new(email: &str) -> Self {
        Self(email.trim().to_lowercase())
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for StaffId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A signed-in staff member, as the staff routes receive them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StaffMember {
    pub id: StaffId,
    pub name: String,
    pub roles: BTreeSet<Role>,
}

impl StaffMember {
    pub fn has(&self, role: Role) -> bool {
        self.roles.contains(&role)
    }
}

/// Something staff do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Action {
    /// Record a complaint received by phone, in person, by letter or e-mail.
    RecordIntake,
    /// Record a complaint settled on the spot, as it was received: whoever
    /// settled it, reception or a manager.
    RecordSettled,
    /// See the list of complaints (each sees only those they may read).
    ListComplaints,
    /// Read the reports on all complaints.
    ReadReports,
    /// See the staff a complaint may be assigned to.
    ListStaff,
    /// Read a complaint's file.
    ReadFile,
    /// Record how and when an acknowledgement was given.
    Acknowledge,
    /// Designate (or change) the complaint manager.
    Assign,
    Analyse,
    Decide,
    Respond,
    /// Push the written response's deadline back once, with a reason.
    Extend,
    FollowUp,
    /// Plan an adjustment after a follow-up where the client was not satisfied.
    Adjust,
    /// On the client's request (they called or came in): give a new access
    /// code, or withdraw the complaint for them.
    HelpClient,
    ManageMeasures,
    Close,
    Reopen,
}

impl Action {
    pub const ALL: [Action; 18] = [
        Action::RecordIntake,
        Action::RecordSettled,
        Action::ListComplaints,
        Action::ReadReports,
        Action::ListStaff,
        Action::ReadFile,
        Action::Acknowledge,
        Action::Assign,
        Action::Analyse,
        Action::Decide,
        Action::Respond,
        Action::Extend,
        Action::FollowUp,
        Action::Adjust,
        Action::HelpClient,
        Action::ManageMeasures,
        Action::Close,
        Action::Reopen,
    ];

    /// Whether the action is on one complaint.
    pub fn is_on_a_complaint(self) -> bool {
        !matches!(
            self,
            Action::RecordIntake
                | Action::RecordSettled
                | Action::ListComplaints
                | Action::ReadReports
                | Action::ListStaff
        )
    }
}

/// The answer to « may this person do this? ».
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Access {
    /// Not even the complaint's existence is told (404).
    Hidden,
    /// Refused, and saying so tells nothing new (403).
    Forbidden,
    Allowed,
}

/// The staff a complaint involves, for `decide`.
#[derive(Debug, Clone, Copy)]
pub struct CaseStaff<'a> {
    /// The complaint manager it is assigned to, if any.
    pub handler: Option<&'a StaffId>,
    /// The staff members the complaint is about.
    pub named: &'a [StaffId],
}

/// May `member` do `action` (on the complaint whose staff is `case`, for
/// the actions on one complaint)?
pub fn decide(member: &StaffMember, action: Action, case: Option<CaseStaff<'_>>) -> Access {
    match case {
        Some(case) if case.named.contains(&member.id) => Access::Hidden,
        // An action on a complaint without the complaint: nothing to allow.
        None if action.is_on_a_complaint() => Access::Forbidden,
        _ => member
            .roles
            .iter()
            .map(|role| decide_for_role(*role, &member.id, action, case))
            .max()
            .unwrap_or(Access::Forbidden),
    }
}

fn decide_for_role(
    role: Role,
    id: &StaffId,
    action: Action,
    case: Option<CaseStaff<'_>>,
) -> Access {
    use Access::*;
    use Action::*;
    let assigned = case.is_some_and(|case| case.handler == Some(id));
    match (role, action) {
        (Role::Direction, _) => Allowed,

        (Role::Handler, ListComplaints | RecordSettled) => Allowed,
        (Role::Handler, RecordIntake | ReadReports | ListStaff) => Forbidden,
        (
            Role::Handler,
            ReadFile | Acknowledge | Analyse | Decide | Respond | Extend | FollowUp | Adjust
            | HelpClient | ManageMeasures,
        ) => {
            if assigned {
                Allowed
            } else {
                Hidden
            }
        }
        // They see the complaint, but assigning, closing and reopening are the director's.
        (Role::Handler, Assign | Close | Reopen) => {
            if assigned {
                Forbidden
            } else {
                Hidden
            }
        }

        // Reception answers the phone: it acts by reference, without reading.
        (Role::Reception, RecordIntake | RecordSettled | Acknowledge | HelpClient) => Allowed,
        (Role::Reception, ListComplaints | ReadReports | ListStaff) => Forbidden,
        // Once recorded, a complaint is no longer theirs to read.
        (Role::Reception, _) => Hidden,
    }
}

/// Why someone cannot be made a complaint's manager.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AssignmentError {
    #[error("cette personne n’a pas le rôle de responsable des plaintes")]
    NotAHandler,
    #[error("cette personne est visée par la plainte : elle ne peut pas la traiter")]
    NamedInComplaint,
}

/// Whether `candidate` may be assigned the complaint whose staff is `case`.
pub fn may_be_assigned(
    candidate: &StaffMember,
    case: CaseStaff<'_>,
) -> Result<(), AssignmentError> {
    if case.named.contains(&candidate.id) {
        return Err(AssignmentError::NamedInComplaint);
    }
    if !(candidate.has(Role::Handler) || candidate.has(Role::Direction)) {
        return Err(AssignmentError::NotAHandler);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::Access::*;
    use super::Action::*;
    use super::*;

    fn member(email: &str, roles: &[Role]) -> StaffMember {
        StaffMember {
            id: StaffId::new(email),
            name: email.into(),
            roles: roles.iter().copied().collect(),
        }
    }

    /// How a staff member stands to one complaint.
    #[derive(Debug, Clone, Copy)]
    enum Standing {
        Assigned,
        NotAssigned,
        Named,
    }

    fn decide_as(member: &StaffMember, action: Action, standing: Standing) -> Access {
        let other = StaffId::new("autre@example.org");
        let named = match standing {
            Standing::Named => vec![member.id.clone()],
            _ => vec![StaffId::new("vise@example.org")],
        };
        let handler = match standing {
            Standing::Assigned | Standing::Named => &member.id,
            Standing::NotAssigned => &other,
        };
        let case = action.is_on_a_complaint().then_some(CaseStaff {
            handler: Some(handler),
            named: &named,
        });
        decide(member, action, case)
    }

    /// Every role × action × standing, with the expected answer.
    #[test]
    fn the_whole_matrix_of_roles_actions_and_standings() {
        use Standing::*;
        let reception = member("accueil@example.org", &[Role::Reception]);
        let handler = member("responsable@example.org", &[Role::Handler]);
        let director = member("direction@example.org", &[Role::Direction]);
        // (action, reception, handler assigned, handler not assigned, director)
        let table: [(Action, Access, Access, Access, Access); 18] = [
            (RecordIntake, Allowed, Forbidden, Forbidden, Allowed),
            (RecordSettled, Allowed, Allowed, Allowed, Allowed),
            (ListComplaints, Forbidden, Allowed, Allowed, Allowed),
            (ReadReports, Forbidden, Forbidden, Forbidden, Allowed),
            (ListStaff, Forbidden, Forbidden, Forbidden, Allowed),
            (ReadFile, Hidden, Allowed, Hidden, Allowed),
            (Acknowledge, Allowed, Allowed, Hidden, Allowed),
            (Assign, Hidden, Forbidden, Hidden, Allowed),
            (Analyse, Hidden, Allowed, Hidden, Allowed),
            (Decide, Hidden, Allowed, Hidden, Allowed),
            (Respond, Hidden, Allowed, Hidden, Allowed),
            (Extend, Hidden, Allowed, Hidden, Allowed),
            (FollowUp, Hidden, Allowed, Hidden, Allowed),
            (Adjust, Hidden, Allowed, Hidden, Allowed),
            (HelpClient, Allowed, Allowed, Hidden, Allowed),
            (ManageMeasures, Hidden, Allowed, Hidden, Allowed),
            (Close, Hidden, Forbidden, Hidden, Allowed),
            (Reopen, Hidden, Forbidden, Hidden, Allowed),
        ];
        assert_eq!(table.len(), Action::ALL.len());
        for (action, for_reception, assigned, not_assigned, for_director) in table {
            assert_eq!(
                decide_as(&reception, action, NotAssigned),
                for_reception,
                "accueil {action:?}"
            );
            assert_eq!(
                decide_as(&handler, action, Assigned),
                assigned,
                "responsable assigné {action:?}"
            );
            assert_eq!(
                decide_as(&handler, action, NotAssigned),
                not_assigned,
                "responsable non assigné {action:?}"
            );
            assert_eq!(
                decide_as(&director, action, NotAssigned),
                for_director,
                "direction {action:?}"
            );
            if action.is_on_a_complaint() {
                for someone in [&reception, &handler, &director] {
                    assert_eq!(
                        decide_as(someone, action, Named),
                        Hidden,
                        "visé {action:?} {someone:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn someone_without_any_role_is_refused_everything() {
        let nobody = member("personne@example.org", &[]);
        for action in Action::ALL {
            assert!(
                decide_as(&nobody, action, Standing::NotAssigned) < Allowed,
                "{action:?}"
            );
        }
    }

    #[test]
    fn several_roles_give_the_widest_right_but_never_over_a_naming() {
        let both = member("double@example.org", &[Role::Reception, Role::Handler]);
        assert_eq!(
            decide_as(&both, RecordIntake, Standing::NotAssigned),
            Allowed
        );
        assert_eq!(decide_as(&both, ReadFile, Standing::Assigned), Allowed);
        assert_eq!(decide_as(&both, ReadFile, Standing::Named), Hidden);
    }

    #[test]
    fn an_action_on_a_complaint_without_one_is_refused() {
        let director = member("direction@example.org", &[Role::Direction]);
        assert_eq!(decide(&director, ReadFile, None), Forbidden);
    }

    #[test]
    fn a_person_named_in_a_complaint_can_never_be_assigned_it() {
        let handler = member("Responsable@Example.org", &[Role::Handler]);
        let named = [StaffId::new("responsable@example.org")];
        let case = CaseStaff {
            handler: None,
            named: &named,
        };
        assert_eq!(
            may_be_assigned(&handler, case),
            Err(AssignmentError::NamedInComplaint)
        );
        let clear = CaseStaff {
            handler: None,
            named: &[],
        };
        assert_eq!(may_be_assigned(&handler, clear), Ok(()));
        let reception = member("accueil@example.org", &[Role::Reception]);
        assert_eq!(
            may_be_assigned(&reception, clear),
            Err(AssignmentError::NotAHandler)
        );
    }

    #[test]
    fn roles_read_from_group_names_and_back() {
        for role in [Role::Reception, Role::Handler, Role::Direction] {
            assert_eq!(Role::from_group(role.group()), Some(role));
        }
        assert_eq!(Role::from_group("admin"), None);
    }
}
