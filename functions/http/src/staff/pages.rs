//! The staff pages (`/admin/…`), rendered for the person signed in: who
//! they are, the menu their roles open (from the access rules, not from a
//! script), their session's form token and limits. Without an open
//! session, a page sends to the sign-in page, which brings the person back.

use super::render::{ChosenFilters, ListView, MeasuresView, StaffHeader, StaffMenu};
use super::views::{ComplaintRow, StaffRef};
use crate::error::Query;
use axum::extract::{FromRequestParts, State};
use axum::http::request::Parts;
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use plaintes_core::access::{decide, Access, Action, StaffMember};
use plaintes_core::casework;
use plaintes_core::session::{KeptForm, StaffSession};

use crate::error::ApiError;
use crate::session::Found;

use super::sign_in::{see_other, SIGN_IN_PATH};
use super::StaffState;

/// A page request in an open session; without one, the answer is a
/// redirect to the sign-in page with the address to come back to.
pub struct SignedIn {
    pub member: StaffMember,
    pub session: StaffSession,
    /// A form posted on this page after the previous session ended, to
    /// show again, filled (taken from the session: shown once).
    pub kept_form: Option<plaintes_core::session::KeptForm>,
}

impl FromRequestParts<StaffState> for SignedIn {
    type Rejection = Response;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &StaffState,
    ) -> Result<Self, Self::Rejection> {
        let found = state.sessions.find_or_answer(&parts.headers).await?;
        match found {
            Some(Found {
                mut session,
                open: true,
            }) => {
                let here = parts.uri.path_and_query().map(|path| path.as_str());
                let kept_form = match session.kept_form.take() {
                    Some(kept) if Some(kept.path.as_str()) == here => {
                        if let Err(error) = state.sessions.save(&session).await {
                            tracing::warn!(%error, "a kept form could not be taken");
                        }
                        Some(kept)
                    }
                    other => {
                        session.kept_form = other;
                        if let Err(error) = state.sessions.seen(&mut session).await {
                            tracing::warn!(%error, "a session's activity could not be recorded");
                        }
                        None
                    }
                };
                Ok(SignedIn {
                    member: session.member(),
                    session,
                    kept_form,
                })
            }
            ended => {
                let back = parts
                    .uri
                    .path_and_query()
                    .map(|path| path.as_str())
                    .unwrap_or("/admin/");
                let back = serde_urlencoded::to_string([("retour", back)]).unwrap_or_default();
                let over = if matches!(ended, Some(Found { open: false, .. })) {
                    "&fin=expiree"
                } else {
                    ""
                };
                Err(see_other(&format!("{SIGN_IN_PATH}?{back}{over}"), None))
            }
        }
    }
}

impl SignedIn {
    /// What every staff page shows of the person and their session.
    pub(super) fn header(&self, state: &StaffState) -> StaffHeader {
        let settings = state.sessions.settings();
        let allowed = |action| decide(&self.member, action, None) == Access::Allowed;
        StaffHeader {
            id: self.member.id.to_string(),
            name: self.member.name.clone(),
            roles: self
                .member
                .roles
                .iter()
                .map(|role| role.group())
                .collect::<Vec<_>>()
                .join(" "),
            menu: StaffMenu {
                complaints: allowed(Action::ListComplaints),
                intake: allowed(Action::RecordIntake),
                measures: allowed(Action::ListComplaints),
                reports: allowed(Action::ReadReports),
            },
            form_token: self.session.form_token.clone(),
            ends_at: self.session.ends_at(settings).to_rfc3339(),
            latest_end: (self.session.started_at + settings.absolute()).to_rfc3339(),
            idle_seconds: settings.idle().num_seconds(),
            warning_seconds: settings.warning().num_seconds(),
        }
    }
}

pub(super) fn html(status: StatusCode, page: anyhow::Result<String>) -> Response {
    match page {
        Ok(body) => (
            status,
            [(header::CONTENT_TYPE, "text/html; charset=utf-8")],
            body,
        )
            .into_response(),
        Err(error) => ApiError::Internal {
            detail: "problem-page-failed",
            cause: error.to_string(),
        }
        .into_response(),
    }
}

/// `GET /admin/?status=…&handler=…&category=…&channel=…&overdue=true`: the
/// complaints this person may read, filtered, the most urgent first —
/// rendered here, the filters a plain form.
#[utoipa::path(
    get,
    path = "/admin/",
    security(("session" = [])),
    params(
        ("status" = Option<String>, Query, description = "A status code"),
        ("handler" = Option<String>, Query, description = "A manager's id, or `aucun`"),
        ("category" = Option<String>, Query, description = "A category code"),
        ("channel" = Option<String>, Query, description = "A channel code"),
        ("overdue" = Option<String>, Query, description = "`true`: only those with a promise past due"),
    ),
    responses(
        (status = 400, description = "A query that cannot be read: a French problem", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 200, description = "The list, most urgent first, with its filters", body = String, content_type = "text/html"),
        (status = 303, description = "No open session: to the sign-in page; reception: to the intake page"),
        (status = 503, description = "The list cannot be read now", body = String, content_type = "text/html"),
    )
)]
pub async fn list(
    State(state): State<StaffState>,
    signed: SignedIn,
    Query(chosen): Query<ChosenFilters>,
) -> Response {
    let services = &state.services;
    let member = &signed.member;
    if decide(member, Action::ListComplaints, None) != Access::Allowed {
        // Reception records complaints; it does not read them.
        return see_other("/admin/nouvelle/", None);
    }
    let now = services.clock.now();
    let mut view = ListView {
        chosen,
        ..ListView::default()
    };
    let mut status = StatusCode::OK;
    match casework::list(services, member, &view.chosen.filter()).await {
        Ok(complaints) => {
            view.rows = complaints
                .iter()
                .map(|complaint| ComplaintRow::of(services, complaint, now))
                .collect();
        }
        Err(error) => {
            tracing::error!(?error, "the list of complaints could not be read");
            status = StatusCode::SERVICE_UNAVAILABLE;
            view.failure = Some(services.organisation.words.french().t("list-unavailable"));
        }
    }
    if decide(member, Action::ListStaff, None) == Access::Allowed {
        if let Ok(handlers) = casework::handlers(services, member).await {
            view.handlers = handlers.iter().map(StaffRef::of).collect();
        }
    }
    let page =
        super::render::admin_list_page(&services.organisation, &signed.header(&state), &view);
    html(status, page)
}

/// `GET /admin/mesures/`: the corrective measures across the complaints
/// this person may read, rendered here.
#[utoipa::path(
    get,
    path = "/admin/mesures/",
    security(("session" = [])),
    responses(
        (status = 200, description = "The corrective measures, those still to do first", body = String, content_type = "text/html"),
        (status = 303, description = "No open session: to the sign-in page, which brings the person back"),
        (status = 403, description = "A role that reads no measures: the page says so", body = String, content_type = "text/html"),
        (status = 503, description = "The measures cannot be read now", body = String, content_type = "text/html"),
    )
)]
pub async fn measures(State(state): State<StaffState>, signed: SignedIn) -> Response {
    let services = &state.services;
    let mut view = MeasuresView::default();
    let mut status = StatusCode::OK;
    match super::views::measure_list(services, &signed.member).await {
        Ok(list) => view.list = list,
        Err(casework::CaseError::Forbidden) => {
            status = StatusCode::FORBIDDEN;
            view.failure = Some(services.organisation.words.french().t("measures-forbidden"));
        }
        Err(error) => {
            tracing::error!(?error, "the corrective measures could not be read");
            status = StatusCode::SERVICE_UNAVAILABLE;
            view.failure = Some(
                services
                    .organisation
                    .words
                    .french()
                    .t("measures-unavailable"),
            );
        }
    }
    let page =
        super::render::admin_measures_page(&services.organisation, &signed.header(&state), &view);
    html(status, page)
}

/// A form posted to a staff page (`page_path`): its fields, sent in an open
/// session from this site with the session's form token. After the session
/// ended, the form waits with it (only the person's own, from this site,
/// not long ago) and the answer is the sign-in page, which brings the
/// person back to `page_path`, where it is shown again, filled.
pub(super) async fn posted(
    state: &StaffState,
    headers: &HeaderMap,
    bytes: &[u8],
    page_path: &str,
) -> Result<(SignedIn, Vec<(String, String)>), Response> {
    let Ok(fields) = serde_urlencoded::from_bytes::<Vec<(String, String)>>(bytes) else {
        return Err(ApiError::Unreadable {
            title: "problem-unreadable",
            detail: plaintes_core::words::french().t("problem-unreadable-form"),
        }
        .into_response());
    };
    let found = state.sessions.find_or_answer(headers).await?;
    let token = super::forms::field(&fields, "jeton").to_owned();
    let cross_site = state.sessions.cross_site(headers);
    let mut session = match found {
        Some(Found {
            session,
            open: true,
        }) => session,
        ended => {
            let mut over = "";
            if let Some(Found { mut session, .. }) = ended {
                over = "&fin=expiree";
                if !cross_site
                    && session.token_matches(&token)
                    && session.may_keep_form(state.sessions.now(), state.sessions.settings())
                {
                    session.kept_form = Some(kept(page_path, &fields, false));
                    if let Err(error) = state.sessions.save(&session).await {
                        tracing::warn!(%error, "a form posted after its session could not be kept");
                    }
                }
            }
            let back = serde_urlencoded::to_string([("retour", page_path)]).unwrap_or_default();
            return Err(see_other(&format!("{SIGN_IN_PATH}?{back}{over}"), None));
        }
    };
    if cross_site {
        return Err(ApiError::StaleForm.into_response());
    }
    if !session.token_matches(&token) {
        // From this site, in this browser, but a page opened before the
        // last sign-in: nothing is done; the form is given back, filled.
        session.kept_form = Some(kept(page_path, &fields, true));
        if let Err(error) = state.sessions.save(&session).await {
            tracing::warn!(%error, "a form from an older page could not be kept");
            return Err(ApiError::StaleForm.into_response());
        }
        return Err(see_other(page_path, None));
    }
    if let Err(error) = state.sessions.seen(&mut session).await {
        tracing::warn!(%error, "a session's activity could not be recorded");
    }
    let signed = SignedIn {
        member: session.member(),
        session,
        kept_form: None,
    };
    Ok((signed, fields))
}

/// A form to give back on `page_path`, without its form token.
fn kept(page_path: &str, fields: &[(String, String)], from_an_older_page: bool) -> KeptForm {
    KeptForm {
        path: page_path.to_owned(),
        fields: fields
            .iter()
            .filter(|(name, _)| name != "jeton")
            .cloned()
            .collect(),
        from_an_older_page,
    }
}
