//! One handler per step of the procedure on one complaint: each reads the
//! reference and the JSON body (with the `version` the person read) and
//! calls the matching `casework::Step`.

use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Response};
use axum::Json;
use plaintes_core::casework::{ResponseInput, Step};
use plaintes_core::complaint::Reference;
use plaintes_core::ports::Services;
use plaintes_core::procedure::StepError;
use serde::de::DeserializeOwned;
use serde::Deserialize;
use serde_json::json;

use crate::error::ApiError;

use super::views::file_json;
use super::{answer, body, may_read, reference, status_json, Staff, Unreadable};

/// Reads the path's reference and the JSON body, or answers why not.
pub(super) fn request<T: DeserializeOwned>(
    raw: &str,
    bytes: &Bytes,
) -> Result<(Reference, T), Unreadable> {
    Ok((reference(raw)?, body(bytes)?))
}

/// A handler for one step on one complaint: reads the reference and the
/// JSON body (which carries the `version` the person read), then calls
/// the step.
macro_rules! step {
    ($name:ident, $body:ty, |$step:ident, $input:ident| $call:expr) => {
        pub(super) async fn $name(
            Staff(member): Staff,
            State(services): State<Services>,
            Path(raw): Path<String>,
            bytes: Bytes,
        ) -> Response {
            let (reference, $input): (Reference, $body) = match request(&raw, &bytes) {
                Ok(parts) => parts,
                Err(unreadable) => return unreadable.into_response(),
            };
            let $step = Step {
                services: &services,
                member: &member,
                reference,
                version: $input.version.into(),
            };
            answer($call.await, &services, &member)
        }
    };
}

#[derive(Deserialize)]
struct AcknowledgementBody {
    /// Reception, who cannot read the complaint, sends none.
    version: Option<u64>,
    #[serde(default)]
    means: String,
    #[serde(default)]
    at: String,
}

step!(acknowledge, AcknowledgementBody, |step, input| step
    .acknowledge(&input.means, &input.at));

#[derive(Deserialize)]
struct AssignmentBody {
    version: u64,
    #[serde(default)]
    handler: String,
}

step!(assign, AssignmentBody, |step, input| step
    .assign(&input.handler));

#[derive(Deserialize)]
struct AnalysisBody {
    version: u64,
    #[serde(default)]
    facts: String,
    #[serde(default)]
    root_cause: String,
    #[serde(default)]
    notes: String,
    /// A code from the settings' root causes; may be empty.
    #[serde(default)]
    cause: String,
}

step!(analyse, AnalysisBody, |step, input| step.analyse(
    &input.facts,
    &input.root_cause,
    &input.notes,
    &input.cause
));

#[derive(Deserialize)]
struct DecisionBody {
    version: u64,
    #[serde(default)]
    kinds: Vec<String>,
    #[serde(default)]
    text: String,
}

step!(decide, DecisionBody, |step, input| step
    .decide_solution(&input.kinds, &input.text));

#[derive(Deserialize)]
struct ResponseBody {
    version: u64,
    #[serde(flatten)]
    letter: ResponseInput,
}

step!(respond, ResponseBody, |step, input| step
    .respond(&input.letter));

pub(super) async fn preview(
    Staff(member): Staff,
    State(services): State<Services>,
    Path(raw): Path<String>,
    bytes: Bytes,
) -> Response {
    let (reference, input): (Reference, ResponseInput) = match request(&raw, &bytes) {
        Ok(parts) => parts,
        Err(unreadable) => return unreadable.into_response(),
    };
    // A preview writes nothing, so no version is checked.
    let step = Step {
        services: &services,
        member: &member,
        reference,
        version: None,
    };
    match step.preview_response(&input).await {
        Ok(letter) => Json(json!({
            "subject": letter.subject,
            "text": letter.text,
            "html": letter.html,
        }))
        .into_response(),
        Err(error) => ApiError::from(error).into_response(),
    }
}

#[derive(Deserialize)]
struct FollowUpBody {
    version: u64,
    #[serde(default)]
    satisfaction: String,
    /// When not satisfied: the adjustment, who sees it done, and by when.
    #[serde(default)]
    adjustment: String,
    #[serde(default)]
    owner: String,
    #[serde(default)]
    due_on: String,
}

step!(follow_up, FollowUpBody, |step, input| step.follow_up(
    &input.satisfaction,
    &input.adjustment,
    &input.owner,
    &input.due_on
));

step!(add_adjustment, MeasureBody, |step, input| step
    .add_adjustment(
        &input.description,
        &input.owner,
        &input.due_on
    ));

#[derive(Deserialize)]
struct ExtensionBody {
    version: u64,
    /// The new last day, `YYYY-MM-DD`.
    #[serde(default)]
    due_on: String,
    #[serde(default)]
    reason: String,
}

step!(extend, ExtensionBody, |step, input| step
    .extend(&input.due_on, &input.reason));

#[derive(Deserialize)]
struct MeasureBody {
    version: u64,
    #[serde(default)]
    description: String,
    #[serde(default)]
    owner: String,
    #[serde(default)]
    due_on: String,
}

step!(add_measure, MeasureBody, |step, input| step.add_measure(
    &input.description,
    &input.owner,
    &input.due_on
));

#[derive(Deserialize)]
struct MeasureDoneBody {
    version: u64,
    #[serde(default)]
    done_on: String,
}

pub(super) async fn complete_measure(
    Staff(member): Staff,
    State(services): State<Services>,
    Path((raw, id)): Path<(String, String)>,
    bytes: Bytes,
) -> Response {
    let (reference, input): (Reference, MeasureDoneBody) = match request(&raw, &bytes) {
        Ok(parts) => parts,
        Err(unreadable) => return unreadable.into_response(),
    };
    let Ok(id) = id.parse::<u32>() else {
        return ApiError::Refused(StepError::UnknownMeasure).into_response();
    };
    let step = Step {
        services: &services,
        member: &member,
        reference,
        version: Some(input.version),
    };
    answer(
        step.complete_measure(id, &input.done_on).await,
        &services,
        &member,
    )
}

#[derive(Deserialize)]
struct WithdrawalBody {
    /// Reception, who cannot read the complaint, sends none.
    version: Option<u64>,
    #[serde(default)]
    confirm: bool,
}

step!(withdraw_for_client, WithdrawalBody, |step, input| step
    .withdraw_for_client(input.confirm));

#[derive(Deserialize)]
struct AccessCodeBody {
    /// Reception, who cannot read the complaint, sends none.
    version: Option<u64>,
    /// `read`: the code is answered here, once, to be read to the person;
    /// `email`: it is mailed to the address on file.
    #[serde(default)]
    delivery: String,
}

/// A new access code at the client's request: the answer is the file (or,
/// for reception, the status), with `access_code` only when it is to be
/// read to the person now.
pub(super) async fn issue_code(
    Staff(member): Staff,
    State(services): State<Services>,
    Path(raw): Path<String>,
    bytes: Bytes,
) -> Response {
    let (reference, input): (Reference, AccessCodeBody) = match request(&raw, &bytes) {
        Ok(parts) => parts,
        Err(unreadable) => return unreadable.into_response(),
    };
    let step = Step {
        services: &services,
        member: &member,
        reference,
        version: input.version,
    };
    match step.issue_code(&input.delivery).await {
        Ok((file, code)) => {
            let mut answer = match may_read(&member, &file.complaint) {
                true => file_json(&services, &member, &file),
                false => status_json(&file.complaint),
            };
            answer["access_code"] = json!(code.map(|code| code.display()));
            // Shown once; the router keeps every staff answer out of caches.
            Json(answer).into_response()
        }
        Err(error) => ApiError::from(error).into_response(),
    }
}

#[derive(Deserialize)]
struct ClosureBody {
    version: u64,
    /// Why an adjustment the follow-up asked for will not be made, when one
    /// is missing or still to do.
    #[serde(default)]
    reason: String,
}

step!(close, ClosureBody, |step, input| step.close(&input.reason));

#[derive(Deserialize)]
struct NamingBody {
    version: u64,
    /// Ids or e-mail addresses of staff members, from the directory.
    #[serde(default)]
    named_staff: Vec<String>,
    #[serde(default)]
    about_director: bool,
}

step!(record_naming, NamingBody, |step, input| step
    .record_naming(&input.named_staff, input.about_director));

#[derive(Deserialize)]
struct ReopeningBody {
    version: u64,
    #[serde(default)]
    reason: String,
}

step!(reopen, ReopeningBody, |step, input| step
    .reopen(&input.reason));
