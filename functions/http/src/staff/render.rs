//! The staff pages (`/admin/…`), rendered by the staff router for the
//! person signed in: who they are, the menu their roles open, the form
//! token of their session and when it ends, the organisation, its
//! categories and services, the statuses and channels. The list, the
//! measures and a complaint's file are rendered here from the typed views
//! (`super::views`, the same the JSON routes answer); intake and the
//! reports still take their data as JSON, which `admin.js` writes into the
//! page as text, never as HTML.

use anyhow::Context;
use askama::Template;
// The templates call its methods.
use super::forms::FormPage;
use plaintes_core::calendar::ZONE;
use plaintes_core::complaint::Channel;
use plaintes_core::lifecycle::Status;
use plaintes_core::words::Catalogue;
use plaintes_core::Organisation;

/// The staff pages: which one is shown, for the admin navigation and for
/// `admin.js`, which reads it from `<body data-page>`.
mod admin_nav {
    pub const SIGN_IN: &str = "connexion";
    pub const LIST: &str = "plaintes";
    pub const INTAKE: &str = "nouvelle";
    pub const FILE: &str = "plainte";
    pub const MEASURES: &str = "mesures";
    pub const REPORTS: &str = "rapports";
    pub const ANNUAL_REPORT: &str = "rapport-annuel";
}

/// A code the API reads and its French label, for a `<select>` or radios.
struct Choice {
    pub code: &'static str,
    pub label: String,
}

/// The sign-in page. Every staff page carries the organisation, which page
/// it is, and the time zone in which `admin.js` writes « now » into date
/// fields: the API reads them as Quebec local time, whatever the browser's.
#[derive(Template)]
#[template(path = "admin/connexion.html")]
struct AdminSignInPage<'a> {
    pub organisation: &'a Organisation,
    /// The staff's words: French (`personnel*.ftl`).
    pub words: &'a Catalogue,
    /// Who is signed in (none on the sign-in page).
    pub staff: Option<&'a StaffHeader>,
    pub current: &'static str,
    pub zone: &'static str,
    pub form: &'a SignInForm,
}

/// The list of complaints, with its filters.
#[derive(Template)]
#[template(path = "admin/index.html")]
struct AdminListPage<'a> {
    pub organisation: &'a Organisation,
    /// The staff's words: French (`personnel*.ftl`).
    pub words: &'a Catalogue,
    /// Who is signed in (none on the sign-in page).
    pub staff: Option<&'a StaffHeader>,
    pub current: &'static str,
    pub zone: &'static str,
    pub statuses: Vec<Choice>,
    pub channels: Vec<Choice>,
    pub list: &'a ListView,
}

/// What the list page shows: the filters chosen, the rows they keep, the
/// managers to filter by (for the director and the board).
#[derive(Debug, Default)]
pub struct ListView {
    pub chosen: ChosenFilters,
    pub rows: Vec<super::views::ComplaintRow>,
    pub handlers: Vec<super::views::StaffRef>,
    /// The list could not be read: why, in French.
    pub failure: Option<String>,
}

/// The filters as the form sent them (empty: all).
#[derive(Debug, Default, Clone, serde::Deserialize)]
#[serde(default)]
pub struct ChosenFilters {
    pub status: String,
    pub handler: String,
    pub category: String,
    pub channel: String,
    /// `true` when « En retard seulement » is ticked.
    pub overdue: String,
}

impl ChosenFilters {
    pub fn any(&self) -> bool {
        [
            &self.status,
            &self.handler,
            &self.category,
            &self.channel,
            &self.overdue,
        ]
        .iter()
        .any(|value| !value.is_empty())
    }

    pub fn overdue_only(&self) -> bool {
        self.overdue == "true"
    }

    /// The core's filter: an empty choice keeps everything.
    pub fn filter(&self) -> plaintes_core::casework::ListFilter {
        let given = |value: &String| (!value.trim().is_empty()).then(|| value.trim().to_owned());
        plaintes_core::casework::ListFilter {
            status: given(&self.status),
            handler: given(&self.handler),
            category: given(&self.category),
            channel: given(&self.channel),
            overdue: self.overdue_only().then_some(true),
        }
    }
}

impl ListView {
    /// « 3 plaintes, de la plus urgente à la moins urgente. »
    pub fn summary(&self, words: &Catalogue) -> String {
        let filtered = if self.chosen.any() { "yes" } else { "no" };
        words.t2(
            "list-summary",
            "count",
            self.rows.len(),
            "filtered",
            filtered,
        )
    }
}

/// A complaint received by phone, in person, by letter or e-mail.
#[derive(Template)]
#[template(path = "admin/nouvelle.html")]
struct AdminIntakePage<'a> {
    pub organisation: &'a Organisation,
    /// The staff's words: French (`personnel*.ftl`).
    pub words: &'a Catalogue,
    /// Who is signed in (none on the sign-in page).
    pub staff: Option<&'a StaffHeader>,
    pub current: &'static str,
    pub zone: &'static str,
    pub channels: Vec<Choice>,
    /// The session's form token, sent with every form.
    pub token: &'a str,
    pub page: &'a super::intake_page::IntakePage,
}

/// One complaint's file and the forms of its steps.
#[derive(Template)]
#[template(path = "admin/plainte.html")]
struct AdminFilePage<'a> {
    pub organisation: &'a Organisation,
    /// The staff's words: French (`personnel*.ftl`).
    pub words: &'a Catalogue,
    /// Who is signed in (none on the sign-in page).
    pub staff: Option<&'a StaffHeader>,
    pub current: &'static str,
    pub zone: &'static str,
    /// The session's form token, sent with every step.
    pub token: &'a str,
    pub page: &'a super::file_page::FilePage,
}

/// The corrective measures across complaints.
#[derive(Template)]
#[template(path = "admin/mesures.html")]
struct AdminMeasuresPage<'a> {
    pub organisation: &'a Organisation,
    /// The staff's words: French (`personnel*.ftl`).
    pub words: &'a Catalogue,
    /// Who is signed in (none on the sign-in page).
    pub staff: Option<&'a StaffHeader>,
    pub current: &'static str,
    pub zone: &'static str,
    pub measures: &'a MeasuresView,
}

/// What the measures page shows: the measures, or why there are none.
#[derive(Debug, Default)]
pub struct MeasuresView {
    pub list: super::views::MeasureList,
    /// The list could not be read, or may not be: why, in French.
    pub failure: Option<String>,
}

impl MeasuresView {
    /// « 3 mesures correctives. »
    pub fn summary(&self, words: &Catalogue) -> String {
        words.t1("measures-summary", "count", self.list.measures.len())
    }
}

/// The director's reports: a period to choose, then its figures beside
/// those of the same period a year earlier. The labels of the promises
/// come from the organisation's deadlines.
#[derive(Template)]
#[template(path = "admin/rapports.html")]
struct AdminReportsPage<'a> {
    pub organisation: &'a Organisation,
    /// The staff's words: French (`personnel*.ftl`).
    pub words: &'a Catalogue,
    /// Who is signed in (none on the sign-in page).
    pub staff: Option<&'a StaffHeader>,
    pub current: &'static str,
    pub zone: &'static str,
    /// The twelve months, January first, for the month list.
    pub months: Vec<String>,
    pub page: &'a super::reports_page::ReportsPage,
}

/// A year's figures laid out for the board, to print.
#[derive(Template)]
#[template(path = "admin/rapports-impression.html")]
struct AdminAnnualReportPage<'a> {
    pub organisation: &'a Organisation,
    /// The staff's words: French (`personnel*.ftl`).
    pub words: &'a Catalogue,
    /// Who is signed in (none on the sign-in page).
    pub staff: Option<&'a StaffHeader>,
    pub current: &'static str,
    pub zone: &'static str,
    pub page: &'a super::reports_page::ReportsPage,
}

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

/// Who is signed in, as every staff page shows them, and what their
/// session's script needs: the form token and the limits to warn before.
#[derive(Debug, Clone, Default)]
pub struct StaffHeader {
    pub id: String,
    pub name: String,
    /// Their roles' group names, space-separated (`direction conseil`).
    pub roles: String,
    /// The menu entries their roles open (from the access rules).
    pub menu: StaffMenu,
    pub form_token: String,
    /// RFC 3339: when the session ends if nothing more is done, and at
    /// the latest.
    pub ends_at: String,
    pub latest_end: String,
    pub idle_seconds: i64,
    pub warning_seconds: i64,
}

/// The staff pages a person's roles open.
#[derive(Debug, Clone, Copy, Default)]
pub struct StaffMenu {
    pub complaints: bool,
    pub intake: bool,
    pub measures: bool,
    pub reports: bool,
}

/// How staff sign in where the site runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SignInKind {
    /// `plaintes serve`'s own accounts: an e-mail and a password.
    Password,
    /// The organisation's identity provider (Cognito's hosted page).
    Hosted,
}

/// What the sign-in page shows: its kind, where the person goes next, and,
/// after a refused try, the address typed and why it was refused.
#[derive(Debug, Clone)]
pub struct SignInForm {
    pub kind: SignInKind,
    /// A path of the staff pages to go back to (`/admin/` by default).
    pub next: String,
    pub email: String,
    /// A refusal that names no field (wrong password, too many tries).
    pub refusal: Option<String>,
    /// Each field's own error: `email`, `password`.
    pub errors: Vec<(&'static str, String)>,
    /// Said above the form: signed out, session ended, form kept.
    pub notice: Option<String>,
    /// Signed in: the page only leads on to `next`.
    pub onward: bool,
}

impl SignInForm {
    pub fn new(kind: SignInKind, next: &str) -> Self {
        Self {
            kind,
            next: next.to_owned(),
            email: String::new(),
            refusal: None,
            errors: Vec::new(),
            notice: None,
            onward: false,
        }
    }

    pub fn error(&self, field: &str) -> Option<&str> {
        self.errors
            .iter()
            .find(|(name, _)| *name == field)
            .map(|(_, message)| message.as_str())
    }

    pub fn is_password(&self) -> bool {
        self.kind == SignInKind::Password
    }

    pub fn has_errors(&self) -> bool {
        self.refusal.is_some() || !self.errors.is_empty()
    }
}

/// The sign-in page, rendered by the staff router: a form for local
/// accounts (it works without JavaScript), a button for the hosted page.
pub fn admin_sign_in_page(
    organisation: &Organisation,
    form: &SignInForm,
) -> anyhow::Result<String> {
    let page = AdminSignInPage {
        organisation,
        words: organisation.words.french(),
        staff: None,
        current: admin_nav::SIGN_IN,
        zone: ZONE.name(),
        form,
    };
    page.render().context("cannot render the sign-in page")
}

/// The complaints, most urgent first, with their filters.
pub fn admin_list_page(
    organisation: &Organisation,
    staff: &StaffHeader,
    list: &ListView,
) -> anyhow::Result<String> {
    let page = AdminListPage {
        organisation,
        words: organisation.words.french(),
        staff: Some(staff),
        current: admin_nav::LIST,
        zone: ZONE.name(),
        statuses: statuses(),
        channels: channels(true),
        list,
    };
    page.render()
        .context("cannot render the list of complaints")
}

/// Reception records a complaint received by phone, in person, by letter
/// or by e-mail: the public form's fields, plus the channel and the time.
pub fn admin_intake_page(
    organisation: &Organisation,
    staff: &StaffHeader,
    intake: &super::intake_page::IntakePage,
) -> anyhow::Result<String> {
    let page = AdminIntakePage {
        organisation,
        words: organisation.words.french(),
        staff: Some(staff),
        current: admin_nav::INTAKE,
        zone: ZONE.name(),
        channels: channels(false),
        token: &staff.form_token,
        page: intake,
    };
    page.render().context("cannot render the intake form")
}

/// One complaint's file (`?ref=P-2026-0001`) and a form for each step
/// this person may take now.
pub fn admin_file_page(
    organisation: &Organisation,
    staff: &StaffHeader,
    file: &super::file_page::FilePage,
) -> anyhow::Result<String> {
    let page = AdminFilePage {
        organisation,
        words: organisation.words.french(),
        staff: Some(staff),
        current: admin_nav::FILE,
        zone: ZONE.name(),
        token: &staff.form_token,
        page: file,
    };
    page.render().context("cannot render the complaint file")
}

/// The corrective measures across the complaints one may read.
pub fn admin_measures_page(
    organisation: &Organisation,
    staff: &StaffHeader,
    measures: &MeasuresView,
) -> anyhow::Result<String> {
    let page = AdminMeasuresPage {
        organisation,
        words: organisation.words.french(),
        staff: Some(staff),
        measures,
        current: admin_nav::MEASURES,
        zone: ZONE.name(),
    };
    page.render()
        .context("cannot render the corrective measures")
}

/// The director's reports: the figures of a chosen period (the current
/// quarter by default) beside the same period a year earlier, the CSV file.
pub fn admin_reports_page(
    organisation: &Organisation,
    staff: &StaffHeader,
    reports: &super::reports_page::ReportsPage,
) -> anyhow::Result<String> {
    let page = AdminReportsPage {
        page: reports,
        organisation,
        words: organisation.words.french(),
        staff: Some(staff),
        current: admin_nav::REPORTS,
        zone: ZONE.name(),
        months: (1..=12)
            .map(|month| organisation.words.french().t(&format!("month-{month}")))
            .collect(),
    };
    page.render().context("cannot render the reports page")
}

/// A whole year's figures as a report to the board (`?annee=2026`), to print.
pub fn admin_annual_report_page(
    organisation: &Organisation,
    staff: &StaffHeader,
    report: &super::reports_page::ReportsPage,
) -> anyhow::Result<String> {
    let page = AdminAnnualReportPage {
        page: report,
        organisation,
        words: organisation.words.french(),
        staff: Some(staff),
        current: admin_nav::ANNUAL_REPORT,
        zone: ZONE.name(),
    };
    page.render()
        .context("cannot render the printable annual report")
}
