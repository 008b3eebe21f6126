//! The OpenAPI 3.1 description of the API, generated from the handlers and
//! the types they read and write, so that it cannot drift from the code.

use utoipa::openapi::security::{ApiKey, ApiKeyValue, HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::{Modify, OpenApi};

use crate::error::{FieldProblem, Problem};
use crate::public::{ComplaintRequest, Receipt};
use crate::staff::sign_in::SessionView;
use crate::staff::views::{
    AcknowledgementView, AdditionView, AddressView, AnalysisView, CaseFileView, ComplainantView,
    ComplaintList, ComplaintRow, ConsentView, DecisionView, ExtensionView, FollowUpView,
    HandlerList, MailView, Me, MeasureList, MeasureView, NextDeadline, PromiseView, ResponseView,
    SettlementView, StaffRef, TimelineEntry,
};

#[derive(OpenApi)]
#[openapi(
    info(
        title = "Plaintes",
        description = "API du système de gestion des plaintes\u{a0}: dépôt d’une plainte, et l’espace du personnel (jeton porteur pour les programmes, ou la session du navigateur\u{a0}: le témoin `__Host-plaintes-session`, avec le jeton de formulaire `x-plaintes-jeton` pour tout changement).",
        version = "1"
    ),
    paths(
        crate::public::submit,
        crate::public::openapi_document,
        crate::client::open,
        crate::client::add_information,
        crate::client::withdraw,
        crate::client::satisfaction,
        crate::client::export,
        crate::client::print,
        crate::client::lost_code,
        crate::staff::sign_in::sign_in_page,
        crate::staff::sign_in::sign_in,
        crate::staff::sign_in::sign_out,
        crate::staff::hosted::leave,
        crate::staff::hosted::come_back,
        crate::staff::pages::list,
        crate::staff::pages::measures,
        crate::staff::intake_page::intake,
        crate::staff::intake_page::record,
        crate::staff::file_page::file,
        crate::staff::file_page::act,
        crate::staff::reports_page::reports,
        crate::staff::reports_page::annual_report,
        crate::staff::sign_in::session,
        crate::staff::sign_in::start_session,
        crate::staff::sign_in::end_session,
        crate::staff::me,
        crate::staff::list,
        crate::staff::intake,
        crate::reports::report,
        crate::reports::report_csv,
        crate::staff::handlers,
        crate::staff::assignable,
        crate::staff::measures,
        crate::staff::file,
        crate::staff::steps::acknowledge,
        crate::staff::steps::assign,
        crate::staff::steps::analyse,
        crate::staff::steps::decide,
        crate::staff::steps::preview,
        crate::staff::steps::respond,
        crate::staff::steps::extend,
        crate::staff::steps::follow_up,
        crate::staff::steps::add_adjustment,
        crate::staff::steps::add_measure,
        crate::staff::steps::complete_measure,
        crate::staff::steps::issue_code,
        crate::staff::steps::withdraw_for_client,
        crate::staff::steps::close,
        crate::staff::steps::record_naming,
        crate::staff::steps::reopen,
    ),
    components(schemas(
        ComplaintRequest,
        Receipt,
        Problem,
        FieldProblem,
        Me,
        SessionView,
        ComplaintList,
        ComplaintRow,
        NextDeadline,
        StaffRef,
        HandlerList,
        MeasureList,
        MeasureView,
        CaseFileView,
        ComplainantView,
        AddressView,
        AcknowledgementView,
        AnalysisView,
        DecisionView,
        ResponseView,
        FollowUpView,
        AdditionView,
        SettlementView,
        ExtensionView,
        ConsentView,
        TimelineEntry,
        MailView,
        PromiseView,
        crate::reports::ReportView,
        crate::reports::PeriodView,
        crate::reports::FiguresView,
        crate::reports::CountView,
        crate::reports::LabelCount,
        crate::reports::MonthView,
        crate::reports::ShareView,
        crate::reports::ReportMeasureView,
        crate::reports::ChartsView,
        crate::staff::views::IntakeReceipt,
        crate::staff::views::StatusView,
        crate::staff::views::StepAnswer,
        crate::staff::views::CodeIssued,
        crate::staff::views::LetterView,
        crate::staff::forms::PageForm,
    )),
    modifiers(&BearerToken)
)]
pub struct ApiDoc;

/// The staff routes take an ID token as a bearer token (programs), or the
/// session cookie the sign-in page set (browsers).
struct BearerToken;

impl Modify for BearerToken {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "bearer",
            SecurityScheme::Http(
                HttpBuilder::new()
                    .scheme(HttpAuthScheme::Bearer)
                    .bearer_format("JWT")
                    .build(),
            ),
        );
        components.add_security_scheme(
            "session",
            SecurityScheme::ApiKey(ApiKey::Cookie(ApiKeyValue::with_description(
                plaintes_core::session::COOKIE,
                "The staff pages' session (HttpOnly); every change also sends x-plaintes-jeton",
            ))),
        );
    }
}
