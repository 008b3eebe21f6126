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
use utoipa::ToSchema;

use crate::error::ApiError;

use super::{answer, body, reference, Staff, Unreadable};

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
    ($method:ident $path:literal, $what:literal, $name:ident, $body:ty, |$step:ident, $input:ident| $call:expr) => {
        #[doc = $what]
        #[utoipa::path(
            $method,
            path = $path,
            security(("bearer" = [])),
            params(("reference" = String, Path, description = "`P-2026-0042`")),
            request_body = $body,
            responses(
                (status = 200, description = "The file after the step (for reception, the status only)", body = super::views::StepAnswer),
                (status = 400, description = "Not JSON, or a field of the wrong type", body = crate::error::Problem, content_type = "application/problem+json"),
                (status = 401, description = "No valid identity", body = crate::error::Problem, content_type = "application/problem+json"),
                (status = 403, description = "The role does not allow it", body = crate::error::Problem, content_type = "application/problem+json"),
                (status = 404, description = "No such complaint, or not one this person may know of", body = crate::error::Problem, content_type = "application/problem+json"),
                (status = 409, description = "Changed by someone else since this version: reload", body = crate::error::Problem, content_type = "application/problem+json"),
                (status = 422, description = "Fields to correct, or a step the procedure does not allow now", body = crate::error::Problem, content_type = "application/problem+json"),
            )
        )]
        pub(crate) async fn $name(
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

#[derive(Deserialize, ToSchema)]
pub(crate) struct AcknowledgementBody {
    /// Reception, who cannot read the complaint, sends none.
    version: Option<u64>,
    #[serde(default)]
    means: String,
    #[serde(default)]
    at: String,
}

step!(post "/api/staff/complaints/{reference}/acknowledgement", "Records how and when the client was told of the receipt.", acknowledge, AcknowledgementBody, |step, input| step
    .acknowledge(&input.means, &input.at));

#[derive(Deserialize, ToSchema)]
pub(crate) struct AssignmentBody {
    version: u64,
    #[serde(default)]
    handler: String,
}

step!(post "/api/staff/complaints/{reference}/assignment", "Gives the complaint to a manager, who is told by e-mail (reference and link only).", assign, AssignmentBody, |step, input| step
    .assign(&input.handler));

#[derive(Deserialize, ToSchema)]
pub(crate) struct AnalysisBody {
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

step!(put "/api/staff/complaints/{reference}/analysis", "Records the analysis: facts, root cause, internal notes.", analyse, AnalysisBody, |step, input| step.analyse(
    &input.facts,
    &input.root_cause,
    &input.notes,
    &input.cause
));

#[derive(Deserialize, ToSchema)]
pub(crate) struct DecisionBody {
    version: u64,
    #[serde(default)]
    kinds: Vec<String>,
    #[serde(default)]
    text: String,
}

step!(put "/api/staff/complaints/{reference}/decision", "Records the decision and its kinds.", decide, DecisionBody, |step, input| step
    .decide_solution(&input.kinds, &input.text));

/// The letter as staff typed it: its text, how it goes, and for the post
/// an address (empty to use the one the client gave).
#[derive(Deserialize, ToSchema, Default)]
#[serde(default)]
pub(crate) struct LetterFields {
    body: String,
    /// `email`, `post` or `file`.
    means: String,
    address_street: String,
    address_city: String,
    address_province: String,
    address_postal_code: String,
}

impl LetterFields {
    fn input(&self) -> ResponseInput {
        ResponseInput {
            body: self.body.clone(),
            means: self.means.clone(),
            address_street: self.address_street.clone(),
            address_city: self.address_city.clone(),
            address_province: self.address_province.clone(),
            address_postal_code: self.address_postal_code.clone(),
        }
    }
}

#[derive(Deserialize, ToSchema)]
pub(crate) struct ResponseBody {
    version: u64,
    #[serde(flatten)]
    letter: LetterFields,
}

step!(post "/api/staff/complaints/{reference}/response", "Sends the written response (e-mail, post, or the online file).", respond, ResponseBody, |step, input| step
    .respond(&input.letter.input()));

/// The letter as the client will get it, without sending it.
#[utoipa::path(
    post,
    path = "/api/staff/complaints/{reference}/response/preview",
    security(("bearer" = [])),
    params(("reference" = String, Path, description = "`P-2026-0042`")),
    request_body = LetterFields,
    responses(
        (status = 400, description = "Not the JSON expected", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 200, description = "The letter as it would leave", body = super::views::LetterView),
        (status = 401, description = "No valid identity", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such complaint, or not one this person may know of", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 422, description = "Fields to correct", body = crate::error::Problem, content_type = "application/problem+json"),
    )
)]
pub(crate) async fn preview(
    Staff(member): Staff,
    State(services): State<Services>,
    Path(raw): Path<String>,
    bytes: Bytes,
) -> Response {
    let (reference, input): (Reference, LetterFields) = match request(&raw, &bytes) {
        Ok(parts) => parts,
        Err(unreadable) => return unreadable.into_response(),
    };
    let input = input.input();
    // A preview writes nothing, so no version is checked.
    let step = Step {
        services: &services,
        member: &member,
        reference,
        version: None,
    };
    match step.preview_response(&input).await {
        Ok(letter) => Json(super::views::LetterView {
            subject: letter.subject,
            text: letter.text,
            html: letter.html,
        })
        .into_response(),
        Err(error) => ApiError::from(error).into_response(),
    }
}

#[derive(Deserialize, ToSchema)]
pub(crate) struct FollowUpBody {
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

step!(put "/api/staff/complaints/{reference}/follow-up", "Records the follow-up; a client not satisfied opens an adjustment.", follow_up, FollowUpBody, |step, input| step.follow_up(
    &input.satisfaction,
    &input.adjustment,
    &input.owner,
    &input.due_on
));

step!(post "/api/staff/complaints/{reference}/adjustments", "Plans an adjustment after a follow-up where the client was not satisfied.", add_adjustment, MeasureBody, |step, input| step
.add_adjustment(
    &input.description,
    &input.owner,
    &input.due_on
));

#[derive(Deserialize, ToSchema)]
pub(crate) struct ExtensionBody {
    version: u64,
    /// The new last day, `YYYY-MM-DD`.
    #[serde(default)]
    due_on: String,
    #[serde(default)]
    reason: String,
}

step!(post "/api/staff/complaints/{reference}/extension", "Pushes the written response back once, with a reason told to the client.", extend, ExtensionBody, |step, input| step
    .extend(&input.due_on, &input.reason));

#[derive(Deserialize, ToSchema)]
pub(crate) struct MeasureBody {
    version: u64,
    #[serde(default)]
    description: String,
    #[serde(default)]
    owner: String,
    #[serde(default)]
    due_on: String,
}

step!(post "/api/staff/complaints/{reference}/measures", "Adds a corrective measure with its owner and day.", add_measure, MeasureBody, |step, input| step.add_measure(
    &input.description,
    &input.owner,
    &input.due_on
));

#[derive(Deserialize, ToSchema)]
pub(crate) struct MeasureDoneBody {
    version: u64,
    #[serde(default)]
    done_on: String,
}

/// Marks a corrective measure (or an adjustment) done.
#[utoipa::path(
    post,
    path = "/api/staff/complaints/{reference}/measures/{id}/done",
    security(("bearer" = [])),
    params(
        ("reference" = String, Path, description = "`P-2026-0042`"),
        ("id" = u32, Path, description = "The measure's number in the complaint"),
    ),
    request_body = MeasureDoneBody,
    responses(
        (status = 400, description = "Not the JSON expected", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 200, description = "The file after the step", body = super::views::CaseFileView),
        (status = 401, description = "No valid identity", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such complaint, or not one this person may know of", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 409, description = "Changed by someone else since this version: reload", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 422, description = "No such measure, already done, or a wrong day", body = crate::error::Problem, content_type = "application/problem+json"),
    )
)]
pub(crate) async fn complete_measure(
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

#[derive(Deserialize, ToSchema)]
pub(crate) struct WithdrawalBody {
    /// Reception, who cannot read the complaint, sends none.
    version: Option<u64>,
    #[serde(default)]
    confirm: bool,
}

step!(post "/api/staff/complaints/{reference}/withdrawal", "Withdraws the complaint at the client’s request.", withdraw_for_client, WithdrawalBody, |step, input| step
    .withdraw_for_client(input.confirm));

#[derive(Deserialize, ToSchema)]
pub(crate) struct AccessCodeBody {
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
#[utoipa::path(
    post,
    path = "/api/staff/complaints/{reference}/access-code",
    security(("bearer" = [])),
    params(("reference" = String, Path, description = "`P-2026-0042`")),
    request_body = AccessCodeBody,
    responses(
        (status = 400, description = "Not the JSON expected", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 200, description = "The file (for reception, the status), with `access_code` when it is to be read to the person now; never cached", body = super::views::CodeIssued),
        (status = 401, description = "No valid identity", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such complaint, or not one this person may know of", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 409, description = "Changed by someone else since this version: reload", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 422, description = "A closed complaint, or no address to mail it to", body = crate::error::Problem, content_type = "application/problem+json"),
    )
)]
pub(crate) async fn issue_code(
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
        // Shown once; the router keeps every staff answer out of caches.
        Ok((file, code)) => Json(super::views::CodeIssued {
            answer: super::views::StepAnswer::of(&services, &member, &file),
            access_code: code.map(|code| code.display()),
        })
        .into_response(),
        Err(error) => ApiError::from(error).into_response(),
    }
}

#[derive(Deserialize, ToSchema)]
pub(crate) struct ClosureBody {
    version: u64,
    /// Why an adjustment the follow-up asked for will not be made, when one
    /// is missing or still to do.
    #[serde(default)]
    reason: String,
}

step!(post "/api/staff/complaints/{reference}/closure", "Closes the complaint (with a reason when an adjustment is given up).", close, ClosureBody, |step, input| step.close(&input.reason));

#[derive(Deserialize, ToSchema)]
pub(crate) struct NamingBody {
    version: u64,
    /// Ids or e-mail addresses of staff members, from the directory.
    #[serde(default)]
    named_staff: Vec<String>,
    #[serde(default)]
    about_director: bool,
}

step!(put "/api/staff/complaints/{reference}/naming", "Records the staff members the complaint is about, from the directory, and whether it is about the director.", record_naming, NamingBody, |step, input| step
    .record_naming(&input.named_staff, input.about_director));

#[derive(Deserialize, ToSchema)]
pub(crate) struct ReopeningBody {
    version: u64,
    #[serde(default)]
    reason: String,
}

step!(post "/api/staff/complaints/{reference}/reopening", "Reopens a closed complaint, with a reason.", reopen, ReopeningBody, |step, input| step
    .reopen(&input.reason));
