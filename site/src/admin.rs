//! The staff pages (`/admin/…`): static shells that `admin.js` fills from
//! the staff API once the person is signed in. What the server knows at
//! build time — the organisation, its categories and services, the statuses
//! and channels — is rendered here; everything about a complaint arrives as
//! JSON and never as HTML.

use anyhow::Context;
use askama::Template;
use plaintes_core::calendar::ZONE;
use plaintes_core::complaint::Channel;
use plaintes_core::lifecycle::Status;
use plaintes_core::Organisation;

use crate::pages::{
    admin_nav, AdminAnnualReportPage, AdminFilePage, AdminIntakePage, AdminListPage,
    AdminMeasuresPage, AdminReportsPage, AdminSignInPage, Choice,
};

/// How the sign-in page gets a token. The build writes the local kind
/// (`plaintes serve` signs people in itself); a deployment on AWS
/// overwrites the file with its Cognito settings.
pub const LOCAL_SIGN_IN: &str = "{\"kind\":\"local\"}\n";

/// The months as the period chooser lists them.
const MONTHS: [&str; 12] = plaintes_core::french::MONTHS;

/// The channels, in the order the forms list them.
const CHANNELS: [Channel; 5] = [
    Channel::Web,
    Channel::Telephone,
    Channel::InPerson,
    Channel::Mail,
    Channel::Email,
];

fn channels(include_web: bool) -> Vec<Choice> {
    CHANNELS
        .iter()
        .filter(|channel| include_web || **channel != Channel::Web)
        .map(|channel| Choice {
            code: channel.code(),
            label: channel.label(),
        })
        .collect()
}

fn statuses() -> Vec<Choice> {
    Status::ALL
        .iter()
        .map(|status| Choice {
            code: status.code(),
            label: status.label(),
        })
        .collect()
}

/// The sign-in page: a form for local accounts, a button for Cognito.
pub fn admin_sign_in_page(organisation: &Organisation) -> anyhow::Result<String> {
    let page = AdminSignInPage {
        organisation,
        current: admin_nav::SIGN_IN,
        zone: ZONE.name(),
    };
    page.render().context("cannot render the sign-in page")
}

/// The complaints, most urgent first, with their filters.
pub fn admin_list_page(organisation: &Organisation) -> anyhow::Result<String> {
    let page = AdminListPage {
        organisation,
        current: admin_nav::LIST,
        zone: ZONE.name(),
        statuses: statuses(),
        channels: channels(true),
    };
    page.render()
        .context("cannot render the list of complaints")
}

/// Reception records a complaint received by phone, in person, by letter
/// or by e-mail: the public form's fields, plus the channel and the time.
pub fn admin_intake_page(organisation: &Organisation) -> anyhow::Result<String> {
    let page = AdminIntakePage {
        organisation,
        current: admin_nav::INTAKE,
        zone: ZONE.name(),
        channels: channels(false),
    };
    page.render().context("cannot render the intake form")
}

/// One complaint's file (`?ref=P-2026-0001`) and a form per step.
pub fn admin_file_page(organisation: &Organisation) -> anyhow::Result<String> {
    let page = AdminFilePage {
        organisation,
        current: admin_nav::FILE,
        zone: ZONE.name(),
    };
    page.render().context("cannot render the complaint file")
}

/// The corrective measures across the complaints one may read.
pub fn admin_measures_page(organisation: &Organisation) -> anyhow::Result<String> {
    let page = AdminMeasuresPage {
        organisation,
        current: admin_nav::MEASURES,
        zone: ZONE.name(),
    };
    page.render()
        .context("cannot render the corrective measures")
}

/// The director's reports: the figures of a chosen period (the current
/// quarter by default) beside the same period a year earlier, the CSV file.
pub fn admin_reports_page(organisation: &Organisation) -> anyhow::Result<String> {
    let page = AdminReportsPage {
        organisation,
        current: admin_nav::REPORTS,
        zone: ZONE.name(),
        months: MONTHS,
    };
    page.render().context("cannot render the reports page")
}

/// A whole year's figures as a report to the board (`?annee=2026`), to print.
pub fn admin_annual_report_page(organisation: &Organisation) -> anyhow::Result<String> {
    let page = AdminAnnualReportPage {
        organisation,
        current: admin_nav::ANNUAL_REPORT,
        zone: ZONE.name(),
    };
    page.render()
        .context("cannot render the printable annual report")
}
