//! The policy's middle, done by staff: acknowledgement by hand, assignment,
//! analysis, decision, written response, follow-up, corrective measures,
//! closing and reopening. Each step is a method on `Complaint` that asks the
//! state machine (`Status::apply`) first, changes the complaint, and returns
//! the events its journal gains; what staff type is parsed here into values
//! that cannot be wrong, with a French message per field.

use std::collections::BTreeSet;

use chrono::{DateTime, NaiveDate, NaiveDateTime, TimeZone, Utc};
use serde::{Deserialize, Serialize};

use crate::access::{may_be_assigned, AssignmentError, StaffId, StaffMember};
use crate::calendar::{BusinessCalendar, ZONE};
use crate::complaint::{Complaint, ComplaintText, Errors, FieldError};
use crate::lifecycle::{InvalidTransition, Status, Transition};
use crate::ports::{AcknowledgementMeans, Actor, Event, EventKind};
use crate::words::{french, Arg, Wording};

const NOTE_MAX: usize = 10_000;
const LETTER_MAX: usize = 20_000;

/// What staff recorded about a complaint, beside what the client sent.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Procedure {
    /// The name of the manager (`Complaint::handler`), as it was when they
    /// were assigned, for lists that do not ask the directory.
    pub handler_name: Option<String>,
    /// Where the manager's mail goes (`Complaint::handler`), as it was
    /// when they were assigned.
    pub handler_email: Option<String>,
    /// The complaint is about the director: it is the board's alone
    /// (`Complaint::overseer`).
    #[serde(alias = "flagged_for_board")]
    pub about_director: bool,
    /// When staff last recorded who the complaint is about (the client
    /// said a staff member, in their words: it cannot be assigned before).
    pub naming_recorded_at: Option<DateTime<Utc>>,
    /// The names of the people named (`Complaint::named_staff`), as the
    /// directory gave them, for the file.
    pub named_names: Vec<String>,
    /// When the follow-up with the client falls due (set by the response).
    pub follow_up_due: Option<DateTime<Utc>>,
    pub analysis: Option<Analysis>,
    pub decision: Option<Decision>,
    /// Every written response sent, oldest first, never changed once sent.
    pub responses: Vec<WrittenResponse>,
    pub follow_up: Option<FollowUp>,
    pub measures: Vec<CorrectiveMeasure>,
    pub closed_at: Option<DateTime<Utc>>,
    /// What the client added to the file after submitting, oldest first.
    pub additions: Vec<Addition>,
    /// When the personal information of a closed complaint is to be
    /// anonymised (set when it closes, cleared when it reopens).
    pub purge_due: Option<DateTime<Utc>>,
    /// When it was anonymised.
    pub anonymised_at: Option<DateTime<Utc>>,
    /// The written response's deadline, pushed back once with a reason.
    pub extension: Option<Extension>,
    /// The last reopening, and when its new response falls due.
    pub reopening: Option<Reopening>,
    /// Why the director closed a complaint whose client was not satisfied
    /// without an adjustment.
    pub adjustment_waiver: Option<Waiver>,
    /// How the person agreed (or not) to the use of their information.
    pub consent: Option<ConsentRecord>,
    /// A complaint settled on the spot: what was said and what was done.
    pub settlement: Option<Settlement>,
}

/// A complaint settled as it was received (the policy's « plainte
/// informelle »): what the person said and what was done at once.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Settlement {
    pub said: ComplaintText,
    pub done: ComplaintText,
    pub at: DateTime<Utc>,
    pub by: String,
}

impl Settlement {
    /// What staff typed, each part with its French message.
    pub fn parse(
        said: &str,
        done: &str,
        at: DateTime<Utc>,
        by: &StaffMember,
    ) -> Result<Self, Vec<FieldError>> {
        let mut errors = Errors::default();
        let said = errors.take_said(
            "settled_said",
            ComplaintText::parse_or(said, NOTE_MAX, "invalid-settled-said"),
        );
        let done = errors.take_said(
            "settled_done",
            ComplaintText::parse_or(done, NOTE_MAX, "invalid-settled-done"),
        );
        match (said, done) {
            (Some(said), Some(done)) if errors.is_empty() => Ok(Self {
                said,
                done,
                at,
                by: by.name.clone(),
            }),
            _ => Err(errors.0),
        }
    }

    /// The written confirmation's text, for the letter.
    pub fn letter_body(&self) -> String {
        french().with(
            "settlement-letter",
            &[
                ("date", Arg::Text(crate::french::long_date(self.at))),
                ("said", Arg::Text(self.said.to_string())),
                ("done", Arg::Text(self.done.to_string())),
            ],
        )
    }
}

/// The person's answer when asked to let their information be used to
/// handle the complaint (Law 25: asked plainly and apart), who asked and when.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConsentRecord {
    pub given: bool,
    /// Where it was asked: the site's form, on the phone, in person…
    pub channel: crate::complaint::Channel,
    pub at: DateTime<Utc>,
    /// The staff member who asked; `None` on the public form.
    pub asked_by: Option<String>,
}

impl ConsentRecord {
    /// In words, for staff.
    pub fn describe(&self) -> String {
        let words = french();
        let key = match (self.given, self.asked_by.is_some()) {
            (true, false) => "consent-given",
            (true, true) => "consent-given-noted",
            (false, false) => "consent-refused",
            (false, true) => "consent-refused-noted",
        };
        words.with(
            key,
            &[
                (
                    "where",
                    Arg::Text(words.t1("consent-where", "channel", self.channel.code())),
                ),
                ("name", Arg::Text(self.asked_by.clone().unwrap_or_default())),
                ("date", Arg::Text(crate::french::date_time(self.at))),
            ],
        )
    }
}

/// The written response's deadline, pushed back once, before it fell due,
/// with a reason told to the client.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Extension {
    /// The new due moment: the end of the chosen day.
    pub due: DateTime<Utc>,
    pub reason: ComplaintText,
    pub at: DateTime<Utc>,
    pub by: String,
}

/// A closed complaint reopened by the director: a new written response is due.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reopening {
    pub at: DateTime<Utc>,
    pub response_due: DateTime<Utc>,
}

/// Information the client added to their file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Addition {
    pub at: DateTime<Utc>,
    pub text: ComplaintText,
}

/// The manager's analysis: what happened and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Analysis {
    pub facts: ComplaintText,
    pub root_cause: ComplaintText,
    /// For staff only: never shown to the client.
    pub notes: Option<ComplaintText>,
    /// The kind of cause, a code from the settings' `root_causes`: kept
    /// when the texts are erased, so the reports can count causes.
    #[serde(default)]
    pub cause: Option<String>,
}

impl Analysis {
    pub fn parse(facts: &str, root_cause: &str, notes: &str) -> Result<Self, Vec<FieldError>> {
        Self::parse_with_cause(facts, root_cause, notes, "", &[])
    }

    /// The analysis with its kind of cause, when given one of `causes`.
    pub fn parse_with_cause(
        facts: &str,
        root_cause: &str,
        notes: &str,
        cause: &str,
        causes: &[crate::settings::Choice],
    ) -> Result<Self, Vec<FieldError>> {
        let mut errors = Errors::default();
        // Not choosing is allowed (the reports count it as « non précisée »).
        let cause = match cause.trim() {
            "" => None,
            code if causes.iter().any(|choice| choice.code == code) => Some(code.to_owned()),
            _ => {
                errors.say("cause", Wording::new("invalid-cause"));
                None
            }
        };
        let facts = errors.take_said(
            "facts",
            ComplaintText::parse_or(facts, NOTE_MAX, "invalid-facts"),
        );
        let root_cause = errors.take_said(
            "root_cause",
            ComplaintText::parse_or(root_cause, NOTE_MAX, "invalid-root-cause"),
        );
        let notes = errors.take_optional_text("notes", notes, NOTE_MAX);
        match (facts, root_cause, notes) {
            (Some(facts), Some(root_cause), Some(notes)) if errors.is_empty() => Ok(Self {
                facts,
                root_cause,
                notes,
                cause,
            }),
            _ => Err(errors.0),
        }
    }
}

/// The kinds of solution the policy names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum DecisionKind {
    #[serde(rename = "excuses")]
    Apology,
    #[serde(rename = "reparation")]
    Repair,
    #[serde(rename = "compensation")]
    Compensation,
    #[serde(rename = "changement_de_pratique")]
    PracticeChange,
}

impl DecisionKind {
    pub const ALL: [DecisionKind; 4] = [
        DecisionKind::Apology,
        DecisionKind::Repair,
        DecisionKind::Compensation,
        DecisionKind::PracticeChange,
    ];

    pub fn code(self) -> &'static str {
        match self {
            DecisionKind::Apology => "excuses",
            DecisionKind::Repair => "reparation",
            DecisionKind::Compensation => "compensation",
            DecisionKind::PracticeChange => "changement_de_pratique",
        }
    }

    /// The message naming the kind, for staff.
    pub fn key(self) -> &'static str {
        match self {
            DecisionKind::Apology => "decision-kind-apology",
            DecisionKind::Repair => "decision-kind-repair",
            DecisionKind::Compensation => "decision-kind-compensation",
            DecisionKind::PracticeChange => "decision-kind-practice-change",
        }
    }

    pub fn label(self) -> String {
        french().t(self.key())
    }
}

/// The solution proposed to the client.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Decision {
    pub kinds: BTreeSet<DecisionKind>,
    pub text: ComplaintText,
}

impl Decision {
    pub fn parse(kinds: &[String], text: &str) -> Result<Self, Vec<FieldError>> {
        let mut errors = Errors::default();
        let mut parsed = BTreeSet::new();
        for raw in kinds {
            match DecisionKind::ALL
                .into_iter()
                .find(|k| k.code() == raw.trim())
            {
                Some(kind) => {
                    parsed.insert(kind);
                }
                None => errors.say("kinds", Wording::new("invalid-decision-kind")),
            }
        }
        if kinds.is_empty() {
            errors.say("kinds", Wording::new("invalid-decision-kinds-missing"));
        }
        let text = errors.take_said(
            "text",
            ComplaintText::parse_or(text, NOTE_MAX, "invalid-decision-text"),
        );
        match text {
            Some(text) if errors.is_empty() => Ok(Self {
                kinds: parsed,
                text,
            }),
            _ => Err(errors.0),
        }
    }
}

/// How the written response reached the client.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ResponseMeans {
    Email,
    Post,
    /// Put in the client's online file (`/suivi/`), where they read it with
    /// their reference and code: the only way to answer an anonymous client.
    File,
}

impl ResponseMeans {
    pub fn parse(raw: &str) -> Result<Self, String> {
        match raw.trim() {
            "email" => Ok(Self::Email),
            "post" => Ok(Self::Post),
            "file" => Ok(Self::File),
            _ => Err(french().t("invalid-response-means")),
        }
    }

    /// Whether a letter by this means can reach `complainant` (by post,
    /// the address may still be typed with the letter).
    pub fn reaches(self, complainant: &crate::complaint::Complainant) -> Result<(), StepError> {
        match (complainant, self) {
            // Nobody can be written to: the online file is where they read it.
            (_, ResponseMeans::File) => Ok(()),
            (crate::complaint::Complainant::Anonymous, _) => Err(StepError::Anonymous),
            (_, ResponseMeans::Email) if complainant.email().is_none() => Err(StepError::NoEmail),
            _ => Ok(()),
        }
    }

    /// Whether this letter reaches `complainant`: by post, only with the
    /// `address` it goes to.
    pub fn delivers(
        self,
        complainant: &crate::complaint::Complainant,
        address: Option<&crate::complaint::PostalAddress>,
    ) -> Result<(), StepError> {
        self.reaches(complainant)?;
        if self == ResponseMeans::Post && address.is_none() {
            return Err(StepError::NoAddress);
        }
        Ok(())
    }

    pub fn code(self) -> &'static str {
        match self {
            ResponseMeans::Email => "email",
            ResponseMeans::Post => "post",
            ResponseMeans::File => "file",
        }
    }

    /// The message naming the means, for staff.
    pub fn key(self) -> &'static str {
        match self {
            ResponseMeans::Email => "response-means-email",
            ResponseMeans::Post => "response-means-post",
            ResponseMeans::File => "response-means-file",
        }
    }

    pub fn label(self) -> String {
        french().t(self.key())
    }
}

/// Why a closed complaint is reopened.
pub fn parse_reopening_reason(reason: &str) -> Result<ComplaintText, Vec<FieldError>> {
    ComplaintText::parse_or(reason, 2000, "invalid-reopening-reason").map_err(|wording| {
        vec![FieldError {
            field: "reason",
            message: wording.to_string(),
        }]
    })
}

/// The body of a written response, as the manager typed it.
pub fn parse_letter_body(body: &str) -> Result<ComplaintText, Vec<FieldError>> {
    ComplaintText::parse_or(body, LETTER_MAX, "invalid-letter").map_err(|wording| {
        vec![FieldError {
            field: "body",
            message: wording.to_string(),
        }]
    })
}

/// A written response as sent, kept unchanged in the file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WrittenResponse {
    pub sent_at: DateTime<Utc>,
    pub means: ResponseMeans,
    /// Where a letter sent by post went.
    #[serde(default)]
    pub postal_address: Option<crate::complaint::PostalAddress>,
    pub by: String,
    pub subject: String,
    pub text: String,
    pub html: String,
}

/// What the client said at the follow-up.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Satisfaction {
    Satisfied,
    NotSatisfied,
    NoAnswer,
}

impl Satisfaction {
    pub fn parse(raw: &str) -> Result<Self, String> {
        match raw.trim() {
            "satisfied" => Ok(Self::Satisfied),
            "not_satisfied" => Ok(Self::NotSatisfied),
            "no_answer" => Ok(Self::NoAnswer),
            _ => Err(french().t("invalid-satisfaction")),
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            Satisfaction::Satisfied => "satisfied",
            Satisfaction::NotSatisfied => "not_satisfied",
            Satisfaction::NoAnswer => "no_answer",
        }
    }

    /// The message naming the answer, for staff.
    pub fn key(self) -> &'static str {
        match self {
            Satisfaction::Satisfied => "follow-up-satisfied",
            Satisfaction::NotSatisfied => "follow-up-not-satisfied",
            Satisfaction::NoAnswer => "follow-up-no-answer",
        }
    }

    pub fn label(self) -> String {
        french().t(self.key())
    }

    /// The message naming the answer as the client reads it in their file,
    /// in their words: about the solution, not about themselves.
    pub fn client_key(self) -> &'static str {
        match self {
            Satisfaction::Satisfied => "satisfaction-satisfied",
            Satisfaction::NotSatisfied => "satisfaction-not-satisfied",
            Satisfaction::NoAnswer => "satisfaction-no-answer",
        }
    }

    /// The client's answer in French, in their words.
    pub fn client_label(self) -> String {
        french().t(self.client_key())
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FollowUp {
    pub satisfaction: Satisfaction,
    /// What was adjusted so that the problem does not come back.
    pub adjustment: Option<ComplaintText>,
    pub at: DateTime<Utc>,
    /// The client's own words, when they answered from their file.
    #[serde(default)]
    pub comment: Option<ComplaintText>,
    /// The client answered from their file (otherwise staff recorded it).
    #[serde(default)]
    pub by_client: bool,
}

impl FollowUp {
    pub fn parse(
        satisfaction: &str,
        adjustment: &str,
        at: DateTime<Utc>,
    ) -> Result<Self, Vec<FieldError>> {
        let mut errors = Errors::default();
        let satisfaction = errors.take("satisfaction", Satisfaction::parse(satisfaction));
        let adjustment = errors.take_optional_text("adjustment", adjustment, NOTE_MAX);
        match (satisfaction, adjustment) {
            (Some(satisfaction), Some(adjustment)) if errors.is_empty() => Ok(Self {
                satisfaction,
                adjustment,
                at,
                comment: None,
                by_client: false,
            }),
            _ => Err(errors.0),
        }
    }
}

/// A change the organisation commits to so that the problem does not recur.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CorrectiveMeasure {
    /// Its number within the complaint, from 1.
    pub id: u32,
    pub description: ComplaintText,
    /// Who sees it done (a name or a team).
    pub owner: String,
    pub due_on: NaiveDate,
    pub done_on: Option<NaiveDate>,
    /// A measure of the complaint's own, or an adjustment its follow-up opened.
    #[serde(default)]
    pub kind: MeasureKind,
    /// Why the director decided an adjustment will not be made.
    #[serde(default)]
    pub waived: Option<Waiver>,
}

/// What a measure answers.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MeasureKind {
    /// Found by the analysis, so that the problem does not recur.
    #[default]
    Corrective,
    /// Opened by a follow-up where the client was not satisfied.
    Adjustment,
}

/// The director's reason for not making an adjustment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Waiver {
    pub reason: ComplaintText,
    pub at: DateTime<Utc>,
    pub by: String,
}

/// A corrective measure as typed, before it has its number.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewMeasure {
    pub description: ComplaintText,
    pub owner: String,
    pub due_on: NaiveDate,
}

impl NewMeasure {
    pub fn parse(description: &str, owner: &str, due_on: &str) -> Result<Self, Vec<FieldError>> {
        let mut errors = Errors::default();
        let description = errors.take_said(
            "description",
            ComplaintText::parse_or(description, NOTE_MAX, "invalid-measure"),
        );
        let owner = owner.trim();
        if owner.is_empty() || owner.chars().count() > 100 {
            errors.say("owner", Wording::new("invalid-measure-owner"));
        }
        let due_on = errors.take("due_on", parse_day(due_on));
        match (description, due_on) {
            (Some(description), Some(due_on)) if errors.is_empty() => Ok(Self {
                description,
                owner: owner.into(),
                due_on,
            }),
            _ => Err(errors.0),
        }
    }
}

/// A calendar day typed as `YYYY-MM-DD`.
pub fn parse_day(raw: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(raw.trim(), "%Y-%m-%d").map_err(|_| french().t("invalid-day"))
}

/// A local time typed as `YYYY-MM-DDTHH:MM` (a `datetime-local` field), in
/// Quebec time, not after `now`.
pub fn parse_local_time(raw: &str, now: DateTime<Utc>) -> Result<DateTime<Utc>, String> {
    let naive = NaiveDateTime::parse_from_str(raw.trim(), "%Y-%m-%dT%H:%M")
        .or_else(|_| NaiveDateTime::parse_from_str(raw.trim(), "%Y-%m-%dT%H:%M:%S"))
        .map_err(|_| french().t("invalid-time"))?;
    // In the autumn hour that happens twice, the first; in the spring hour
    // that does not exist, the hour after.
    let at = ZONE
        .from_local_datetime(&naive)
        .earliest()
        .or_else(|| {
            ZONE.from_local_datetime(&(naive + chrono::Duration::hours(1)))
                .earliest()
        })
        .ok_or_else(|| french().t("invalid-time-skipped"))?
        .with_timezone(&Utc);
    if at > now + chrono::Duration::minutes(1) {
        return Err(french().t("invalid-date-future"));
    }
    Ok(at)
}

/// Why a step cannot be taken, for the staff member who tried (said in
/// French).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", self.wording())]
pub enum StepError {
    Step(#[from] InvalidTransition),
    Assignment(#[from] AssignmentError),
    AlreadyAcknowledged,
    Finished,
    FollowUpNotOpen,
    UnknownMeasure,
    MeasureAlreadyDone,
    Anonymous,
    NoEmail,
    NoAddress,
    AnonymousFollowUp,
    AlreadyExtended,
    ExtensionTooLate,
    /// The current due date, in words.
    ExtensionNotLater(String),
    AdjustmentMissing,
    AdjustmentNotAsked,
    AdjustmentOpen,
    NotAnOpenAdjustment,
    NamingFirst,
}

impl StepError {
    /// What to say.
    pub fn wording(&self) -> Wording {
        Wording::new(match self {
            StepError::Step(refused) => return refused.wording(),
            StepError::Assignment(refused) => return refused.wording(),
            StepError::ExtensionNotLater(due) => {
                return Wording::new("step-extension-not-later").with("date", due)
            }
            StepError::AlreadyAcknowledged => "step-already-acknowledged",
            StepError::Finished => "step-finished",
            // The client's words, which staff read the same.
            StepError::FollowUpNotOpen => "error-step-follow-up-not-open",
            StepError::UnknownMeasure => "step-unknown-measure",
            StepError::MeasureAlreadyDone => "step-measure-done",
            StepError::Anonymous => "step-anonymous",
            StepError::NoEmail => "step-no-email",
            StepError::NoAddress => "step-no-address",
            StepError::AnonymousFollowUp => "step-anonymous-follow-up",
            StepError::AlreadyExtended => "step-already-extended",
            StepError::ExtensionTooLate => "step-extension-too-late",
            StepError::AdjustmentMissing => "step-adjustment-missing",
            StepError::AdjustmentNotAsked => "step-adjustment-not-asked",
            StepError::AdjustmentOpen => "step-adjustment-open",
            StepError::NotAnOpenAdjustment => "step-not-an-open-adjustment",
            StepError::NamingFirst => "step-naming-first",
        })
    }

    /// The field at fault, when there is one.
    pub fn field(&self) -> Option<&'static str> {
        match self {
            StepError::Assignment(_) | StepError::NamingFirst => Some("handler"),
            StepError::NoEmail | StepError::Anonymous => Some("means"),
            StepError::NoAddress => Some("address_street"),
            StepError::AnonymousFollowUp => Some("satisfaction"),
            StepError::ExtensionNotLater(_) => Some("due_on"),
            StepError::AdjustmentMissing | StepError::AdjustmentOpen => Some("reason"),
            _ => None,
        }
    }
}

fn staff_event(by: &StaffMember, at: DateTime<Utc>, kind: EventKind) -> Event {
    Event {
        at,
        actor: Actor::staff(by),
        kind,
    }
}

impl Complaint {
    /// Staff record how and when the client was told of the receipt.
    pub fn record_acknowledgement(
        &mut self,
        when: DateTime<Utc>,
        means: AcknowledgementMeans,
        by: &StaffMember,
    ) -> Result<Vec<Event>, StepError> {
        let from = self.status;
        if !from.is_open() {
            return Err(StepError::Finished);
        }
        if self.acknowledged_at.is_some() {
            return Err(StepError::AlreadyAcknowledged);
        }
        // Acknowledging moves a received complaint on; one already in
        // analysis keeps its step.
        if from == Status::Received {
            self.status = from.apply(Transition::Acknowledge)?;
        }
        self.acknowledged_at = Some(when);
        Ok(vec![staff_event(
            by,
            when,
            EventKind::Acknowledged { means },
        )])
    }

    /// Settles the complaint as it is received: the person was told of the
    /// receipt on the spot (`acknowledged`), the written confirmation is its
    /// response, and it closes without an analysis or a decision of its own.
    pub fn settle(
        &mut self,
        settlement: Settlement,
        acknowledged: AcknowledgementMeans,
        confirmation: WrittenResponse,
        by: &StaffMember,
        retention: chrono::Duration,
    ) -> Result<Vec<Event>, StepError> {
        let closed = self.status.apply(Transition::Settle)?;
        confirmation
            .means
            .delivers(&self.complainant, confirmation.postal_address.as_ref())?;
        let at = settlement.at;
        let mut events = Vec::new();
        if self.acknowledged_at.is_none() {
            self.acknowledged_at = Some(at);
            events.push(staff_event(
                by,
                at,
                EventKind::Acknowledged {
                    means: acknowledged,
                },
            ));
        }
        let means = confirmation.means;
        events.push(staff_event(
            by,
            confirmation.sent_at,
            EventKind::ResponseSent { means },
        ));
        events.push(staff_event(by, at, EventKind::SettledOnTheSpot));
        // A manager who settled it handled it, and keeps reading it.
        if by.has(crate::access::Role::Handler) && may_be_assigned(by, self.staff()).is_ok() {
            self.handler = Some(by.id.clone());
            self.procedure.handler_name = Some(by.name.clone());
        }
        self.procedure.responses.push(confirmation);
        self.procedure.settlement = Some(settlement);
        self.status = closed;
        self.procedure.closed_at = Some(at);
        self.procedure.purge_due = Some(at + retention);
        Ok(events)
    }

    /// The director makes `handler` the complaint's manager.
    pub fn assign(
        &mut self,
        handler: &StaffMember,
        by: &StaffMember,
        at: DateTime<Utc>,
    ) -> Result<Vec<Event>, StepError> {
        if !self.status.is_open() {
            return Err(StepError::Finished);
        }
        if self.about_staff.is_some() && self.procedure.naming_recorded_at.is_none() {
            return Err(StepError::NamingFirst);
        }
        may_be_assigned(handler, self.staff())?;
        self.handler = Some(handler.id.clone());
        self.procedure.handler_name = Some(handler.name.clone());
        self.procedure.handler_email = Some(handler.email.clone());
        Ok(vec![staff_event(
            by,
            at,
            EventKind::Assigned {
                handler: handler.id.clone(),
                name: handler.name.clone(),
            },
        )])
    }

    /// Records which staff members the complaint is about (from the
    /// directory) and whether it is about the director. Naming the person
    /// who handles it takes it from them; naming someone with the
    /// director's role makes it the board's. Only the board may say that a
    /// complaint is not about the director after all.
    pub fn record_naming(
        &mut self,
        named: &[StaffMember],
        about_director: bool,
        handler: Option<&StaffMember>,
        by: &StaffMember,
        at: DateTime<Utc>,
    ) -> Result<Vec<Event>, StepError> {
        if !self.status.is_open() {
            return Err(StepError::Finished);
        }
        let about_director = about_director
            || crate::access::names_the_director(named)
            || (self.procedure.about_director && !by.has(crate::access::Role::Board));
        self.named_staff = named.iter().map(|m| m.id.clone()).collect();
        self.procedure.named_names = named.iter().map(|m| m.name.clone()).collect();
        self.procedure.about_director = about_director;
        self.procedure.naming_recorded_at = Some(at);
        let mut events = vec![staff_event(
            by,
            at,
            EventKind::NamingRecorded {
                named: named.iter().map(|m| m.name.clone()).collect(),
                about_director,
            },
        )];
        // Whoever the complaint is now about, or who may no longer read it,
        // does not keep it.
        if self.handler.is_some() {
            let keeps =
                handler.is_some_and(|handler| may_be_assigned(handler, self.staff()).is_ok());
            if !keeps {
                self.handler = None;
                self.procedure.handler_name = None;
                self.procedure.handler_email = None;
                events.push(staff_event(by, at, EventKind::Unassigned));
            }
        }
        Ok(events)
    }

    pub fn record_analysis(
        &mut self,
        analysis: Analysis,
        by: &StaffMember,
        at: DateTime<Utc>,
    ) -> Result<Vec<Event>, StepError> {
        self.status = self.status.apply(Transition::Analyse)?;
        self.procedure.analysis = Some(analysis);
        Ok(vec![staff_event(by, at, EventKind::AnalysisRecorded)])
    }

    pub fn record_decision(
        &mut self,
        decision: Decision,
        by: &StaffMember,
        at: DateTime<Utc>,
    ) -> Result<Vec<Event>, StepError> {
        self.status = self.status.apply(Transition::Decide)?;
        let kinds = decision.kinds.iter().copied().collect();
        self.procedure.decision = Some(decision);
        Ok(vec![staff_event(
            by,
            at,
            EventKind::DecisionRecorded { kinds },
        )])
    }

    /// The means by which this client can get a written response.
    pub fn response_means(&self) -> Vec<ResponseMeans> {
        [
            ResponseMeans::Email,
            ResponseMeans::Post,
            ResponseMeans::File,
        ]
        .into_iter()
        .filter(|means| self.reachable_by(*means).is_ok())
        .collect()
    }

    /// Whether the written response may be sent by `means` (before rendering it).
    pub fn check_response(&self, means: ResponseMeans) -> Result<(), StepError> {
        self.status.apply(Transition::Answer)?;
        self.reachable_by(means)
    }

    fn reachable_by(&self, means: ResponseMeans) -> Result<(), StepError> {
        means.reaches(&self.complainant)
    }

    /// Keeps the response as sent and starts the follow-up's clock.
    pub fn record_response(
        &mut self,
        response: WrittenResponse,
        calendar: &BusinessCalendar,
        follow_up_business_days: u32,
        by: &StaffMember,
    ) -> Result<Vec<Event>, StepError> {
        self.check_response(response.means)?;
        response
            .means
            .delivers(&self.complainant, response.postal_address.as_ref())?;
        self.status = self.status.apply(Transition::Answer)?;
        let at = response.sent_at;
        // The follow-up counts business days as the response does.
        self.procedure.follow_up_due = Some(calendar.response_due(at, follow_up_business_days));
        let means = response.means;
        self.procedure.responses.push(response);
        Ok(vec![staff_event(by, at, EventKind::ResponseSent { means })])
    }

    /// Whether the written response's deadline may still be pushed back at `at`.
    pub fn check_extension(&self, at: DateTime<Utc>) -> Result<(), StepError> {
        if !self.status.is_open() {
            return Err(StepError::Finished);
        }
        if self.procedure.extension.is_some() {
            return Err(StepError::AlreadyExtended);
        }
        if !self.procedure.responses.is_empty() || at > self.response_due {
            return Err(StepError::ExtensionTooLate);
        }
        Ok(())
    }

    /// The assigned manager or the director pushes the written response's
    /// deadline back once, before it falls due, with a reason the client
    /// is told.
    pub fn extend_response(
        &mut self,
        due: DateTime<Utc>,
        reason: ComplaintText,
        by: &StaffMember,
        at: DateTime<Utc>,
    ) -> Result<Vec<Event>, StepError> {
        self.check_extension(at)?;
        if due <= self.response_due {
            return Err(StepError::ExtensionNotLater(crate::french::long_date(
                self.response_due,
            )));
        }
        self.procedure.extension = Some(Extension {
            due,
            reason,
            at,
            by: by.name.clone(),
        });
        Ok(vec![staff_event(
            by,
            at,
            EventKind::ResponseExtended { due },
        )])
    }

    /// Staff record the follow-up. Nobody can ask an anonymous client:
    /// their own answer in the online file is the follow-up, and staff may
    /// only record that none came, once the follow-up is due.
    pub fn record_follow_up(
        &mut self,
        follow_up: FollowUp,
        by: &StaffMember,
    ) -> Result<Vec<Event>, StepError> {
        self.status.apply(Transition::FollowUp)?;
        if matches!(self.complainant, crate::complaint::Complainant::Anonymous) {
            let due_day = self
                .procedure
                .follow_up_due
                .map(crate::calendar::local_date);
            let today = crate::calendar::local_date(follow_up.at);
            if follow_up.satisfaction != Satisfaction::NoAnswer
                || due_day.is_some_and(|day| today < day)
                || self
                    .procedure
                    .follow_up
                    .as_ref()
                    .is_some_and(|f| f.by_client)
            {
                return Err(StepError::AnonymousFollowUp);
            }
        }
        self.status = self.status.apply(Transition::FollowUp)?;
        let event = staff_event(
            by,
            follow_up.at,
            EventKind::FollowedUp {
                satisfaction: follow_up.satisfaction,
            },
        );
        self.procedure.follow_up = Some(follow_up);
        Ok(vec![event])
    }

    /// The follow-up found the client not satisfied: an adjustment (what,
    /// who, by when), tracked and reminded like a corrective measure.
    pub fn add_adjustment(
        &mut self,
        adjustment: NewMeasure,
        by: &StaffMember,
        at: DateTime<Utc>,
    ) -> Result<Vec<Event>, StepError> {
        self.check_adjustment()?;
        let id = self.push_measure(adjustment, MeasureKind::Adjustment);
        Ok(vec![staff_event(by, at, EventKind::AdjustmentAdded { id })])
    }

    /// Whether an adjustment may be planned: after a follow-up where the
    /// client was not satisfied, unless the complaint was withdrawn or closed.
    pub fn check_adjustment(&self) -> Result<(), StepError> {
        if !self.status.is_open() {
            return Err(StepError::Finished);
        }
        let not_satisfied = self
            .procedure
            .follow_up
            .as_ref()
            .is_some_and(|f| f.satisfaction == Satisfaction::NotSatisfied);
        if !not_satisfied {
            return Err(StepError::AdjustmentNotAsked);
        }
        Ok(())
    }

    /// The director records why an adjustment still to do will not be made.
    pub fn waive_adjustment(
        &mut self,
        id: u32,
        reason: ComplaintText,
        by: &StaffMember,
        at: DateTime<Utc>,
    ) -> Result<Vec<Event>, StepError> {
        self.refuse_if_withdrawn()?;
        let adjustment = self
            .procedure
            .measures
            .iter_mut()
            .find(|m| m.id == id)
            .ok_or(StepError::UnknownMeasure)?;
        if adjustment.kind != MeasureKind::Adjustment
            || adjustment.done_on.is_some()
            || adjustment.waived.is_some()
        {
            return Err(StepError::NotAnOpenAdjustment);
        }
        adjustment.waived = Some(Waiver {
            reason,
            at,
            by: by.name.clone(),
        });
        Ok(vec![staff_event(
            by,
            at,
            EventKind::AdjustmentWaived { id },
        )])
    }

    fn push_measure(&mut self, measure: NewMeasure, kind: MeasureKind) -> u32 {
        let id = self
            .procedure
            .measures
            .iter()
            .map(|m| m.id)
            .max()
            .unwrap_or(0)
            + 1;
        self.procedure.measures.push(CorrectiveMeasure {
            id,
            description: measure.description,
            owner: measure.owner,
            due_on: measure.due_on,
            done_on: None,
            kind,
            waived: None,
        });
        id
    }

    /// Whether the follow-up asks for an adjustment that is not yet planned.
    pub fn adjustment_missing(&self) -> bool {
        self.procedure
            .follow_up
            .as_ref()
            .is_some_and(|f| f.satisfaction == Satisfaction::NotSatisfied)
            && self.procedure.adjustment_waiver.is_none()
            && !self
                .procedure
                .measures
                .iter()
                .any(|m| m.kind == MeasureKind::Adjustment)
    }

    /// Whether the complaint may close now: after the follow-up, with every
    /// adjustment the follow-up asked for planned and then done or waived.
    pub fn check_close(&self) -> Result<(), StepError> {
        self.status.apply(Transition::Close)?;
        if self.adjustment_missing() {
            return Err(StepError::AdjustmentMissing);
        }
        let open = self.procedure.measures.iter().any(|m| {
            m.kind == MeasureKind::Adjustment && m.done_on.is_none() && m.waived.is_none()
        });
        if open {
            return Err(StepError::AdjustmentOpen);
        }
        Ok(())
    }

    /// Measures may be added at any step but after a withdrawal: a problem
    /// found is worth correcting even once the complaint is closed.
    pub fn add_measure(
        &mut self,
        measure: NewMeasure,
        by: &StaffMember,
        at: DateTime<Utc>,
    ) -> Result<Vec<Event>, StepError> {
        self.refuse_if_withdrawn()?;
        let id = self.push_measure(measure, MeasureKind::Corrective);
        Ok(vec![staff_event(by, at, EventKind::MeasureAdded { id })])
    }

    pub fn complete_measure(
        &mut self,
        id: u32,
        done_on: NaiveDate,
        by: &StaffMember,
        at: DateTime<Utc>,
    ) -> Result<Vec<Event>, StepError> {
        self.refuse_if_withdrawn()?;
        let measure = self
            .procedure
            .measures
            .iter_mut()
            .find(|m| m.id == id)
            .ok_or(StepError::UnknownMeasure)?;
        if measure.done_on.is_some() {
            return Err(StepError::MeasureAlreadyDone);
        }
        measure.done_on = Some(done_on);
        Ok(vec![staff_event(by, at, EventKind::MeasureDone { id })])
    }

    /// Closes the complaint; its personal information is kept for
    /// `retention`, then anonymised by the scheduler. When the follow-up
    /// asked for an adjustment not made, the director closes only by saying
    /// why (`waiver`): every adjustment still to do is then given up with
    /// that reason.
    pub fn close(
        &mut self,
        by: &StaffMember,
        at: DateTime<Utc>,
        retention: chrono::Duration,
        waiver: Option<ComplaintText>,
    ) -> Result<Vec<Event>, StepError> {
        let mut events = Vec::new();
        match (self.check_close(), waiver) {
            (Ok(()), _) => {}
            (Err(StepError::AdjustmentMissing | StepError::AdjustmentOpen), Some(reason)) => {
                let open: Vec<u32> = self
                    .procedure
                    .measures
                    .iter()
                    .filter(|m| {
                        m.kind == MeasureKind::Adjustment
                            && m.done_on.is_none()
                            && m.waived.is_none()
                    })
                    .map(|m| m.id)
                    .collect();
                for id in open {
                    events.extend(self.waive_adjustment(id, reason.clone(), by, at)?);
                }
                if self.adjustment_missing() {
                    self.procedure.adjustment_waiver = Some(Waiver {
                        reason,
                        at,
                        by: by.name.clone(),
                    });
                }
            }
            (Err(error), _) => return Err(error),
        }
        self.status = self.status.apply(Transition::Close)?;
        self.procedure.closed_at = Some(at);
        self.procedure.purge_due = Some(at + retention);
        events.push(staff_event(by, at, EventKind::Closed));
        Ok(events)
    }

    /// The director reopens a closed complaint; it goes back to analysis,
    /// and a new decision and response will follow, due at `response_due`.
    /// What was sent stays.
    pub fn reopen(
        &mut self,
        reason: ComplaintText,
        by: &StaffMember,
        at: DateTime<Utc>,
        response_due: DateTime<Utc>,
    ) -> Result<Vec<Event>, StepError> {
        self.status = self.status.apply(Transition::Reopen)?;
        self.procedure.reopening = Some(Reopening { at, response_due });
        self.procedure.adjustment_waiver = None;
        self.procedure.closed_at = None;
        self.procedure.purge_due = None;
        self.procedure.follow_up = None;
        self.procedure.follow_up_due = None;
        Ok(vec![staff_event(
            by,
            at,
            EventKind::Reopened {
                reason: reason.as_str().into(),
            },
        )])
    }

    /// The complaint is withdrawn (by the client, or by staff at their
    /// request): what was not done becomes moot, and its personal
    /// information is kept for `retention`, then anonymised.
    pub fn withdraw(
        &mut self,
        at: DateTime<Utc>,
        retention: chrono::Duration,
    ) -> Result<(), StepError> {
        self.status = self.status.apply(Transition::Withdraw)?;
        self.procedure.closed_at = Some(at);
        self.procedure.purge_due = Some(at + retention);
        Ok(())
    }

    fn refuse_if_withdrawn(&self) -> Result<(), StepError> {
        if self.status == Status::Withdrawn {
            return Err(StepError::Finished);
        }
        Ok(())
    }

    /// Whether the complaint names `id`.
    pub fn names(&self, id: &StaffId) -> bool {
        self.named_staff.contains(id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::access::Role;
    use crate::complaint::tests::{organisation, sample_complaint};
    use crate::complaint::{Complainant, Email, PersonName, Reach};

    fn at(rfc3339: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(rfc3339)
            .unwrap()
            .with_timezone(&Utc)
    }

    fn manager() -> StaffMember {
        StaffMember {
            id: StaffId::new("karim@cjef.example"),
            email: "karim@cjef.example".into(),
            name: "Karim Tremblay".into(),
            roles: [Role::Handler].into(),
        }
    }

    /// Received Friday 27 November 2026 at 21:00, from someone with an address.
    fn complaint() -> Complaint {
        let mut complaint = sample_complaint(at("2026-11-27T21:00:00-05:00"));
        complaint.complainant = Complainant::Identified {
            name: PersonName::parse("Amina Diallo").unwrap(),
            reach: Reach::Email(Email::parse("amina@example.com").unwrap()),
        };
        complaint
    }

    fn decided() -> Complaint {
        let mut complaint = complaint();
        let now = complaint.received_at;
        complaint
            .record_analysis(
                Analysis::parse("Faits", "Cause", "").unwrap(),
                &manager(),
                now,
            )
            .unwrap();
        complaint
            .record_decision(
                Decision::parse(&["excuses".into()], "Des excuses.").unwrap(),
                &manager(),
                now,
            )
            .unwrap();
        complaint
    }

    fn response(at: DateTime<Utc>, means: ResponseMeans) -> WrittenResponse {
        WrittenResponse {
            sent_at: at,
            means,
            postal_address: crate::complaint::PostalAddress::parse(
                "12, rue Notre-Dame Est",
                "Thetford Mines",
                "QC",
                "G6G 1A1",
            )
            .unwrap(),
            by: "Karim Tremblay".into(),
            subject: "Réponse".into(),
            text: "Texte".into(),
            html: "<p>Texte</p>".into(),
        }
    }

    #[test]
    fn a_time_typed_by_staff_is_quebec_time_and_never_in_the_future() {
        let now = at("2026-11-27T21:00:00-05:00");
        assert_eq!(
            parse_local_time("2026-11-27T14:30", now),
            Ok(at("2026-11-27T14:30:00-05:00"))
        );
        assert_eq!(
            parse_local_time("2026-11-27T22:00", now),
            Err("Cette date est dans le futur.".into())
        );
        assert!(parse_local_time("27/11/2026 14:30", now).is_err());
        // 2:30 does not exist on 8 March 2026: the hour after is taken.
        assert_eq!(
            parse_local_time("2026-03-08T02:30", now),
            Ok(at("2026-03-08T03:30:00-04:00"))
        );
    }

    #[test]
    fn a_decision_needs_a_known_kind_and_a_text() {
        let errors = Decision::parse(&[], "").unwrap_err();
        let fields: Vec<_> = errors.iter().map(|e| e.field).collect();
        assert_eq!(fields, ["kinds", "text"]);
        assert!(Decision::parse(&["cadeau".into()], "Texte").is_err());
        let decision = Decision::parse(
            &["changement_de_pratique".into(), "excuses".into()],
            "Texte",
        )
        .unwrap();
        assert_eq!(
            decision.kinds.into_iter().collect::<Vec<_>>(),
            [DecisionKind::Apology, DecisionKind::PracticeChange]
        );
    }

    #[test]
    fn the_response_starts_the_follow_up_clock_in_business_days() {
        let mut complaint = decided();
        let calendar = organisation().calendar();
        // Sent Monday 30 November: 10 business days later is Monday 14 December.
        let sent = at("2026-11-30T10:00:00-05:00");
        complaint
            .record_response(
                response(sent, ResponseMeans::Email),
                &calendar,
                10,
                &manager(),
            )
            .unwrap();
        assert_eq!(complaint.status, Status::Answered);
        let due = at("2026-12-14T23:59:59-05:00");
        assert_eq!(complaint.procedure.follow_up_due, Some(due));
        assert_eq!(complaint.next_deadline(), Some(due));
        complaint
            .record_follow_up(FollowUp::parse("satisfied", "", sent).unwrap(), &manager())
            .unwrap();
        assert_eq!(complaint.next_deadline(), None, "nothing more is due");
    }

    #[test]
    fn no_response_goes_to_an_anonymous_client_nor_by_email_without_an_address() {
        let calendar = organisation().calendar();
        let mut anonymous = decided();
        anonymous.complainant = Complainant::Anonymous;
        let sent = anonymous.received_at;
        assert_eq!(
            anonymous.record_response(
                response(sent, ResponseMeans::Post),
                &calendar,
                10,
                &manager()
            ),
            Err(StepError::Anonymous)
        );
        let mut by_phone = decided();
        by_phone.complainant = Complainant::Identified {
            name: PersonName::parse("Jean Roy").unwrap(),
            reach: Reach::Phone(crate::complaint::PhoneNumber::parse("418 555-0199").unwrap()),
        };
        assert_eq!(
            by_phone.check_response(ResponseMeans::Email),
            Err(StepError::NoEmail)
        );
        assert_eq!(by_phone.check_response(ResponseMeans::Post), Ok(()));
        assert_eq!(
            by_phone.status,
            Status::Decided,
            "a refusal changes nothing"
        );
    }

    #[test]
    fn staff_acknowledge_once_and_at_any_open_step() {
        let mut complaint = decided();
        let when = complaint.received_at + chrono::Duration::hours(2);
        complaint
            .record_acknowledgement(when, AcknowledgementMeans::Telephone, &manager())
            .unwrap();
        assert_eq!(complaint.status, Status::Decided, "the step stays");
        assert_eq!(complaint.acknowledged_at, Some(when));
        assert_eq!(
            complaint.record_acknowledgement(when, AcknowledgementMeans::Letter, &manager()),
            Err(StepError::AlreadyAcknowledged)
        );
    }

    #[test]
    fn measures_are_numbered_and_done_once() {
        let mut complaint = complaint();
        let now = complaint.received_at;
        for description in ["Former l’accueil", "Revoir l’horaire"] {
            let measure = NewMeasure::parse(description, "Direction", "2026-12-15").unwrap();
            complaint.add_measure(measure, &manager(), now).unwrap();
        }
        let ids: Vec<u32> = complaint.procedure.measures.iter().map(|m| m.id).collect();
        assert_eq!(ids, [1, 2]);
        let day = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
        complaint.complete_measure(2, day, &manager(), now).unwrap();
        assert_eq!(
            complaint.complete_measure(2, day, &manager(), now),
            Err(StepError::MeasureAlreadyDone)
        );
        assert_eq!(
            complaint.complete_measure(9, day, &manager(), now),
            Err(StepError::UnknownMeasure)
        );
        let wrong = NewMeasure::parse(" ", "", "demain").unwrap_err();
        let fields: Vec<_> = wrong.iter().map(|e| e.field).collect();
        assert_eq!(fields, ["description", "owner", "due_on"]);
    }

    #[test]
    fn reopening_keeps_the_response_and_asks_for_a_new_follow_up() {
        let calendar = organisation().calendar();
        let mut complaint = decided();
        let sent = complaint.received_at;
        complaint
            .record_response(
                response(sent, ResponseMeans::Post),
                &calendar,
                10,
                &manager(),
            )
            .unwrap();
        complaint
            .record_follow_up(
                FollowUp::parse("not_satisfied", "", sent).unwrap(),
                &manager(),
            )
            .unwrap();
        complaint
            .close(
                &manager(),
                sent,
                chrono::Duration::days(1095),
                Some(ComplaintText::parse("Rien de plus à ajuster.", 100, "").unwrap()),
            )
            .unwrap();
        assert_eq!(
            complaint.next_deadline(),
            // Erasing may start at the end of retention and is owed within the day.
            Some(sent + chrono::Duration::days(1095) + chrono::Duration::days(1)),
            "then only the anonymisation is due"
        );
        assert_eq!(
            complaint.procedure.purge_due,
            Some(sent + chrono::Duration::days(1095))
        );
        complaint
            .reopen(
                parse_reopening_reason("Rien n’a changé.").unwrap(),
                &manager(),
                sent,
                sent + chrono::Duration::days(14),
            )
            .unwrap();
        assert_eq!(complaint.status, Status::InAnalysis);
        assert_eq!(complaint.procedure.responses.len(), 1);
        assert_eq!(complaint.procedure.follow_up, None);
        assert_eq!(complaint.procedure.closed_at, None);
    }

    #[test]
    fn a_person_named_in_a_complaint_cannot_be_assigned_it() {
        let mut complaint = complaint();
        complaint.named_staff = vec![manager().id];
        let now = complaint.received_at;
        assert_eq!(
            complaint.assign(&manager(), &manager(), now),
            Err(StepError::Assignment(AssignmentError::NamedInComplaint))
        );
        assert_eq!(complaint.handler, None);
    }
}
