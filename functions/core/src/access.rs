//! Who may do what to which complaint: the policy's confidentiality as one
//! function. Deny by default; a complaint manager (`responsable`) works only
//! on the complaints assigned to them; reception (`accueil`) records
//! complaints and acknowledgements but cannot read a file; the director
//! (`direction`) sees every complaint except those about the director,
//! which belong to the board (`conseil`) alone; and nobody named in a
//! complaint may read it or be assigned to it, whatever their role. The
//! staff routes ask `decide` and turn its answer into 200, 403 or 404;
//! every list, count, report, export and digest asks `sees`; every mail to
//! staff above the manager goes to the complaint's `Overseer`.

use std::collections::BTreeSet;
use std::fmt;

use serde::{Deserialize, Serialize};

use crate::words::{french, Wording};

/// A staff role, as the identity provider's groups name it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Role {
    /// `accueil`: records complaints received by phone, in person, by letter or e-mail.
    #[serde(rename = "accueil")]
    Reception,
    /// `responsable`: handles the complaints assigned to them.
    #[serde(rename = "responsable")]
    Handler,
    /// `direction`: sees and assigns every complaint, closes, reads reports
    /// — except the complaints about the director.
    #[serde(rename = "direction")]
    Direction,
    /// `conseil`: the board, which does all the director does, for the
    /// complaints about the director only.
    #[serde(rename = "conseil")]
    Board,
}

impl Role {
    /// The role of a group name (`cognito:groups`, or a local account's role).
    pub fn from_group(group: &str) -> Option<Role> {
        match group {
            "accueil" => Some(Role::Reception),
            "responsable" => Some(Role::Handler),
            "direction" => Some(Role::Direction),
            "conseil" => Some(Role::Board),
            _ => None,
        }
    }

    pub fn group(self) -> &'static str {
        match self {
            Role::Reception => "accueil",
            Role::Handler => "responsable",
            Role::Direction => "direction",
            Role::Board => "conseil",
        }
    }

    /// The message naming the role.
    pub fn key(self) -> &'static str {
        match self {
            Role::Reception => "role-reception",
            Role::Handler => "role-handler",
            Role::Direction => "role-direction",
            Role::Board => "role-board",
        }
    }

    /// The role's name, for staff.
    pub fn label(self) -> String {
        french().t(self.key())
    }

    pub const ALL: [Role; 4] = [Role::Reception, Role::Handler, Role::Direction, Role::Board];
}

/// A staff member's stable identifier: the identity provider's own id for
/// them (Cognito's `sub`, the local account's id), never their e-mail
/// address, which a person may change. Accounts made before ids existed
/// kept their address, in lower case, as their id.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct StaffId(String);

impl StaffId {
    pub fn new(id: &str) -> Self {
        Self(id.trim().to_lowercase())
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
    /// Where mail reaches them (verified by the identity provider); it
    /// identifies nobody.
    pub email: String,
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
    /// Record which staff members the complaint is about, and whether it is
    /// about the director.
    RecordNaming,
}

impl Action {
    pub const ALL: [Action; 19] = [
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
        Action::RecordNaming,
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

/// Who answers for a complaint above its manager: the director, or, for a
/// complaint about the director, the board alone. Every mail to staff that
/// is not the manager's goes to the overseer's contact (settings), and the
/// Reply-To of the client's mail too.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Overseer {
    Director,
    Board,
}

impl Overseer {
    /// The role that oversees.
    pub fn role(self) -> Role {
        match self {
            Overseer::Director => Role::Direction,
            Overseer::Board => Role::Board,
        }
    }
}

/// The staff a complaint involves, for `decide`.
#[derive(Debug, Clone, Copy)]
pub struct CaseStaff<'a> {
    /// The complaint manager it is assigned to, if any.
    pub handler: Option<&'a StaffId>,
    /// The staff members the complaint is about.
    pub named: &'a [StaffId],
    /// Whether the director or the board answers for it.
    pub overseer: Overseer,
}

/// Whether the complaint is about `member`: they are named in it, or it is
/// about the director and they hold the director's role (whatever other
/// role they hold). Such a person may never know of it.
fn is_kept_from(member: &StaffMember, case: CaseStaff<'_>) -> bool {
    case.named.contains(&member.id)
        || (case.overseer == Overseer::Board && member.has(Role::Direction))
}

/// May `member` do `action` (on the complaint whose staff is `case`, for
/// the actions on one complaint)?
pub fn decide(member: &StaffMember, action: Action, case: Option<CaseStaff<'_>>) -> Access {
    match case {
        Some(case) if is_kept_from(member, case) => Access::Hidden,
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
        // The overseer does everything on the complaints it answers for,
        // and knows nothing of the others'.
        (Role::Direction | Role::Board, _) => match case {
            None => Allowed,
            Some(case) if case.overseer.role() == role => Allowed,
            Some(_) => Hidden,
        },

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
        // They see the complaint, but assigning, closing, reopening and
        // naming are the director's.
        (Role::Handler, Assign | Close | Reopen | RecordNaming) => {
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

/// Whether `member` may know of the complaint whose staff is `case` at all:
/// the one rule every list, count, report, export and digest asks.
pub fn sees(member: &StaffMember, case: CaseStaff<'_>) -> bool {
    decide(member, Action::ReadFile, Some(case)) == Access::Allowed
}

/// Whether naming `named` makes a complaint one about the director: anyone
/// with the director's role among them.
pub fn names_the_director(named: &[StaffMember]) -> bool {
    named.iter().any(|m| m.has(Role::Direction))
}

/// Why someone cannot be made a complaint's manager (said in French).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", self.wording())]
pub enum AssignmentError {
    NotAHandler,
    NamedInComplaint,
}

impl AssignmentError {
    pub fn wording(&self) -> Wording {
        Wording::new(match self {
            AssignmentError::NotAHandler => "assignment-not-a-handler",
            AssignmentError::NamedInComplaint => "assignment-named",
        })
    }
}

/// Whether `candidate` may be assigned the complaint whose staff is `case`:
/// a manager, the director or the board who is not named in it and who
/// could read it once assigned (a complaint about the director is never
/// the director's).
pub fn may_be_assigned(
    candidate: &StaffMember,
    case: CaseStaff<'_>,
) -> Result<(), AssignmentError> {
    if is_kept_from(candidate, case) {
        return Err(AssignmentError::NamedInComplaint);
    }
    let may_handle = candidate.has(Role::Handler) || candidate.has(case.overseer.role());
    if !may_handle {
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
            id: StaffId::new(&format!("id-{email}")),
            name: email.into(),
            email: email.into(),
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

    fn decide_on(
        member: &StaffMember,
        action: Action,
        standing: Standing,
        overseer: Overseer,
    ) -> Access {
        let other = StaffId::new("autre");
        let named = match standing {
            Standing::Named => vec![member.id.clone()],
            _ => vec![StaffId::new("vise")],
        };
        let handler = match standing {
            Standing::Assigned | Standing::Named => &member.id,
            Standing::NotAssigned => &other,
        };
        let case = action.is_on_a_complaint().then_some(CaseStaff {
            handler: Some(handler),
            named: &named,
            overseer,
        });
        decide(member, action, case)
    }

    fn decide_as(member: &StaffMember, action: Action, standing: Standing) -> Access {
        decide_on(member, action, standing, Overseer::Director)
    }

    /// Every role × action × standing, with the expected answer.
    #[test]
    fn the_whole_matrix_of_roles_actions_and_standings() {
        use Standing::*;
        let reception = member("accueil@example.org", &[Role::Reception]);
        let handler = member("responsable@example.org", &[Role::Handler]);
        let director = member("direction@example.org", &[Role::Direction]);
        let board = member("conseil@example.org", &[Role::Board]);
        // (action, reception, handler assigned, handler not assigned,
        //  director, board — on a complaint the director answers for)
        let table: [(Action, Access, Access, Access, Access, Access); 19] = [
            (
                RecordIntake,
                Allowed,
                Forbidden,
                Forbidden,
                Allowed,
                Allowed,
            ),
            (RecordSettled, Allowed, Allowed, Allowed, Allowed, Allowed),
            (
                ListComplaints,
                Forbidden,
                Allowed,
                Allowed,
                Allowed,
                Allowed,
            ),
            (
                ReadReports,
                Forbidden,
                Forbidden,
                Forbidden,
                Allowed,
                Allowed,
            ),
            (ListStaff, Forbidden, Forbidden, Forbidden, Allowed, Allowed),
            (ReadFile, Hidden, Allowed, Hidden, Allowed, Hidden),
            (Acknowledge, Allowed, Allowed, Hidden, Allowed, Hidden),
            (Assign, Hidden, Forbidden, Hidden, Allowed, Hidden),
            (Analyse, Hidden, Allowed, Hidden, Allowed, Hidden),
            (Decide, Hidden, Allowed, Hidden, Allowed, Hidden),
            (Respond, Hidden, Allowed, Hidden, Allowed, Hidden),
            (Extend, Hidden, Allowed, Hidden, Allowed, Hidden),
            (FollowUp, Hidden, Allowed, Hidden, Allowed, Hidden),
            (Adjust, Hidden, Allowed, Hidden, Allowed, Hidden),
            (HelpClient, Allowed, Allowed, Hidden, Allowed, Hidden),
            (ManageMeasures, Hidden, Allowed, Hidden, Allowed, Hidden),
            (Close, Hidden, Forbidden, Hidden, Allowed, Hidden),
            (Reopen, Hidden, Forbidden, Hidden, Allowed, Hidden),
            (RecordNaming, Hidden, Forbidden, Hidden, Allowed, Hidden),
        ];
        assert_eq!(table.len(), Action::ALL.len());
        for (action, for_reception, assigned, not_assigned, for_director, for_board) in table {
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
            assert_eq!(
                decide_as(&board, action, NotAssigned),
                for_board,
                "conseil {action:?}"
            );
            // A complaint about the director: the board has the director's
            // rights, the director has none, the others keep theirs.
            assert_eq!(
                decide_on(&board, action, NotAssigned, Overseer::Board),
                for_director,
                "conseil, plainte visant la direction {action:?}"
            );
            let for_director_there = match action.is_on_a_complaint() {
                true => Hidden,
                false => for_director,
            };
            assert_eq!(
                decide_on(&director, action, NotAssigned, Overseer::Board),
                for_director_there,
                "direction, plainte la visant {action:?}"
            );
            assert_eq!(
                decide_on(&handler, action, Assigned, Overseer::Board),
                assigned,
                "responsable assigné, plainte visant la direction {action:?}"
            );
            assert_eq!(
                decide_on(&reception, action, NotAssigned, Overseer::Board),
                for_reception,
                "accueil, plainte visant la direction {action:?}"
            );
            if action.is_on_a_complaint() {
                for someone in [&reception, &handler, &director, &board] {
                    for overseer in [Overseer::Director, Overseer::Board] {
                        assert_eq!(
                            decide_on(someone, action, Named, overseer),
                            Hidden,
                            "visé {action:?} {someone:?}"
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn the_director_never_sees_a_complaint_about_the_director_whatever_else_they_are() {
        let both = member("double@example.org", &[Role::Direction, Role::Board]);
        let handler = member(
            "direction-et-responsable@example.org",
            &[Role::Direction, Role::Handler],
        );
        for someone in [&both, &handler] {
            for action in Action::ALL.into_iter().filter(|a| a.is_on_a_complaint()) {
                assert_eq!(
                    decide_on(someone, action, Standing::Assigned, Overseer::Board),
                    Hidden,
                    "{action:?} {someone:?}"
                );
            }
        }
        let named = [StaffId::new("vise")];
        let case = CaseStaff {
            handler: None,
            named: &named,
            overseer: Overseer::Board,
        };
        assert!(!sees(&both, case));
        let board = member("conseil@example.org", &[Role::Board]);
        assert!(sees(&board, case));
        assert!(!sees(
            &board,
            CaseStaff {
                overseer: Overseer::Director,
                ..case
            }
        ));
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
        let handler = member("responsable@example.org", &[Role::Handler]);
        let named = [handler.id.clone()];
        let case = CaseStaff {
            handler: None,
            named: &named,
            overseer: Overseer::Director,
        };
        assert_eq!(
            may_be_assigned(&handler, case),
            Err(AssignmentError::NamedInComplaint)
        );
        let clear = CaseStaff {
            handler: None,
            named: &[],
            overseer: Overseer::Director,
        };
        assert_eq!(may_be_assigned(&handler, clear), Ok(()));
        let reception = member("accueil@example.org", &[Role::Reception]);
        assert_eq!(
            may_be_assigned(&reception, clear),
            Err(AssignmentError::NotAHandler)
        );
        // About the director: never the director, the board may take it.
        let about_the_director = CaseStaff {
            overseer: Overseer::Board,
            ..clear
        };
        let director = member("direction@example.org", &[Role::Direction]);
        let board = member("conseil@example.org", &[Role::Board]);
        assert_eq!(
            may_be_assigned(&director, about_the_director),
            Err(AssignmentError::NamedInComplaint)
        );
        assert_eq!(may_be_assigned(&board, about_the_director), Ok(()));
        assert_eq!(may_be_assigned(&handler, about_the_director), Ok(()));
        assert_eq!(
            may_be_assigned(&board, clear),
            Err(AssignmentError::NotAHandler)
        );
    }

    #[test]
    fn roles_read_from_group_names_and_back() {
        for role in Role::ALL {
            assert_eq!(Role::from_group(role.group()), Some(role));
        }
        assert_eq!(Role::from_group("admin"), None);
    }
}
