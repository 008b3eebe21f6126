//! The reports pages, rendered by the staff router from the same view as
//! `/api/staff/reports` (`crate::reports::ReportView`): a period chosen
//! with a plain form in the address (`?periode=trimestre&trimestre=4&annee=2026`,
//! so that a report can be bookmarked), its figures beside the same days a
//! year earlier in French numbers, the two charts drawn by the server, a
//! link to the CSV file; and the year's report for the board, to print.

use crate::error::Query;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use chrono::{Datelike, NaiveDate};
use plaintes_core::access::{decide, Access, Action};
use plaintes_core::calendar::ZONE;
use plaintes_core::complaint::FieldError;
use plaintes_core::french;
use plaintes_core::reports::{french_number, Period};
use plaintes_core::words::{self, Arg, ToArg};
use serde::Deserialize;

use crate::error::ApiError;
use crate::reports::{CountView, MonthView, ReportError, ReportView, ShareView};

use super::forms::{FormPage, Posted};
use super::pages::{html, SignedIn};
use super::render::{admin_annual_report_page, admin_reports_page};
use super::StaffState;

/// The period chooser as the address gives it; absent values take the
/// current quarter.
#[derive(Debug, Default, Clone, Deserialize)]
pub struct PeriodChoice {
    pub periode: Option<String>,
    pub mois: Option<String>,
    pub trimestre: Option<String>,
    pub annee: Option<String>,
    pub du: Option<String>,
    pub au: Option<String>,
}

/// The kinds of period, and the fields each reads.
const KINDS: [(&str, &[&str]); 4] = [
    ("mois", &["mois", "annee"]),
    ("trimestre", &["trimestre", "annee"]),
    ("annee", &["annee"]),
    ("choisie", &["du", "au"]),
];

fn last_day_of(year: i32, month: u32) -> Option<NaiveDate> {
    let (next_year, next_month) = if month == 12 {
        (year + 1, 1)
    } else {
        (year, month + 1)
    };
    NaiveDate::from_ymd_opt(next_year, next_month, 1)?.pred_opt()
}

fn year_of(text: &str) -> Result<i32, FieldError> {
    let text = text.trim();
    match text.parse::<i32>() {
        Ok(year) if text.len() == 4 && year >= 1900 => Ok(year),
        _ => Err(FieldError {
            field: "annee",
            message: words::french().t("reports-year-invalid"),
        }),
    }
}

impl PeriodChoice {
    /// Every value filled: what the address says, else today's quarter.
    pub fn completed(self, today: NaiveDate) -> Vec<(String, String)> {
        let quarter = today.month().div_ceil(3);
        let within = |given: &Option<String>, low: u32, high: u32, fallback: u32| {
            given
                .as_deref()
                .and_then(|text| text.trim().parse::<u32>().ok())
                .filter(|value| (low..=high).contains(value))
                .unwrap_or(fallback)
                .to_string()
        };
        let kind = self
            .periode
            .as_deref()
            .filter(|kind| KINDS.iter().any(|(name, _)| name == kind))
            .unwrap_or("trimestre");
        let first = NaiveDate::from_ymd_opt(today.year(), quarter * 3 - 2, 1).unwrap_or(today);
        let last = last_day_of(today.year(), quarter * 3).unwrap_or(today);
        vec![
            ("periode".into(), kind.to_owned()),
            ("mois".into(), within(&self.mois, 1, 12, today.month())),
            ("trimestre".into(), within(&self.trimestre, 1, 4, quarter)),
            (
                "annee".into(),
                self.annee.unwrap_or_else(|| today.year().to_string()),
            ),
            ("du".into(), self.du.unwrap_or_else(|| first.to_string())),
            ("au".into(), self.au.unwrap_or_else(|| last.to_string())),
        ]
    }
}

/// The first and last days of a completed choice, or the errors to show
/// beside its fields.
pub fn period_of(choice: &[(String, String)]) -> Result<Period, Vec<FieldError>> {
    let value = |name: &str| super::forms::field(choice, name).trim().to_owned();
    if value("periode") == "choisie" {
        let day = |field: &'static str, message: &str| {
            NaiveDate::parse_from_str(&value(field), "%Y-%m-%d").map_err(|_| FieldError {
                field,
                message: message.into(),
            })
        };
        return match (
            day("du", &words::french().t("reports-first-day-missing")),
            day("au", &words::french().t("reports-last-day-missing")),
        ) {
            (Ok(from), Ok(to)) => Period::new(from, to).ok_or_else(|| {
                vec![FieldError {
                    field: "au",
                    message: words::french().t("reports-last-day-before-first"),
                }]
            }),
            (from, to) => Err([from.err(), to.err()].into_iter().flatten().collect()),
        };
    }
    let year = year_of(&value("annee")).map_err(|error| vec![error])?;
    let number = |name: &str| value(name).parse::<u32>().unwrap_or(1);
    let (first, last) = match value("periode").as_str() {
        "mois" => (number("mois"), number("mois")),
        "trimestre" => (number("trimestre") * 3 - 2, number("trimestre") * 3),
        _ => (1, 12),
    };
    NaiveDate::from_ymd_opt(year, first, 1)
        .zip(last_day_of(year, last))
        .and_then(|(from, to)| Period::new(from, to))
        .ok_or_else(|| {
            vec![FieldError {
                field: "annee",
                message: words::french().t("reports-year-invalid"),
            }]
        })
}

/// « 1 500 »: a count with its thousands apart, as French writes it.
pub fn count(value: usize) -> String {
    plaintes_core::french::number(value)
}

/// « 92,5 % », or « Rien à mesurer ».
pub fn percent(value: Option<f64>) -> String {
    match value {
        Some(value) => words::french().t1("report-percent", "value", french_number(value)),
        None => words::french().t("report-nothing-to-measure"),
    }
}

/// « 1 234 sur 1 334 (92,5 %) », or « Rien à mesurer ».
pub fn share(value: &ShareView) -> String {
    match value.percent {
        Some(_) if value.measured > 0 => words::french().with(
            "report-share",
            &[
                ("kept", Arg::Count(value.kept)),
                ("measured", Arg::Count(value.measured)),
                ("percent", Arg::Text(percent(value.percent))),
            ],
        ),
        _ => words::french().t("report-nothing-to-measure"),
    }
}

/// « 12 jours ouvrables », or « Aucune réponse envoyée ».
pub fn business_days(value: Option<u32>) -> String {
    match value {
        None => words::french().t("report-no-response-sent"),
        Some(days) => plaintes_core::french::business_days(days),
    }
}

/// One line of a comparison: what, this period, the same period a year earlier.
pub type Compared = (String, String, String);

/// Every line of either period, this period's order first.
fn compared(current: &[CountView], previous: &[CountView]) -> Vec<Compared> {
    let mut lines: Vec<(String, String, usize, usize)> = current
        .iter()
        .map(|line| (line.code.clone(), line.label.clone(), line.count, 0))
        .collect();
    for line in previous {
        match lines.iter_mut().find(|(code, ..)| *code == line.code) {
            Some(found) => found.3 = line.count,
            None => lines.push((line.code.clone(), line.label.clone(), 0, line.count)),
        }
    }
    lines
        .into_iter()
        .map(|(_, label, now, before)| (label, count(now), count(before)))
        .collect()
}

/// What the reports pages show.
#[derive(Debug, Default)]
pub struct ReportsPage {
    /// The chooser's values (`periode`, `mois`, …) and their errors.
    pub choice: Posted,
    pub report: Option<ReportView>,
    /// The person's role does not open the reports.
    pub refused: bool,
    /// Why no report is shown, when it is not the period's fault.
    pub failure: Option<String>,
    /// The year of the annual report; today, in words.
    pub year: String,
    pub today: String,
}

impl FormPage for ReportsPage {
    fn posted(&self) -> Option<&Posted> {
        Some(&self.choice)
    }

    fn initial(&self, _form: &str, _name: &str) -> String {
        String::new()
    }

    fn initially_checked(&self, _form: &str, _name: &str, _value: &str) -> bool {
        false
    }

    fn control_id(&self, _form: &str, field: &str) -> String {
        match field {
            "mois" => "rapport-mois",
            "trimestre" => "rapport-trimestre",
            "du" => "rapport-du",
            "au" => "rapport-au",
            _ => "rapport-annee",
        }
        .into()
    }

    fn refusal(&self, _form: &str) -> &'static str {
        "form-report-not-shown"
    }
}

impl ReportsPage {
    /// A figure of the engagements' table for this period or the one before.
    pub fn figure(&self, name: &str, last_year: bool) -> String {
        let Some(report) = &self.report else {
            return String::new();
        };
        let figures = if last_year {
            &report.last_year
        } else {
            &report.current
        };
        match name {
            "received" => count(figures.received),
            "acknowledged" => share(&figures.acknowledged),
            "answered" => share(&figures.answered),
            "median_days_to_response" => business_days(figures.median_days_to_response),
            "p90_days_to_response" => business_days(figures.p90_days_to_response),
            "open_now" => count(figures.open_now),
            "overdue_now" => count(figures.overdue_now),
            "extended" => count(figures.extended),
            "settled_on_the_spot" => count(figures.settled_on_the_spot),
            _ => "—".into(),
        }
    }

    /// A table of counts: categories, services, channels, decisions, causes.
    pub fn compared(&self, what: &str) -> Vec<Compared> {
        let Some(report) = &self.report else {
            return Vec::new();
        };
        let (now, before) = (&report.current, &report.last_year);
        let satisfaction = |lines: &[crate::reports::LabelCount]| -> Vec<CountView> {
            lines
                .iter()
                .map(|line| CountView {
                    code: line.label.clone(),
                    label: line.label.clone(),
                    count: line.count,
                })
                .collect()
        };
        match what {
            "categories" => compared(&now.by_category, &before.by_category),
            "services" => compared(&now.by_service, &before.by_service),
            "canaux" => compared(&now.by_channel, &before.by_channel),
            "langues" => compared(&now.by_language, &before.by_language),
            "decisions" => compared(&now.decisions, &before.decisions),
            "satisfaction" => compared(
                &satisfaction(&now.satisfaction),
                &satisfaction(&before.satisfaction),
            ),
            "causes" => compared(&now.root_causes, &before.root_causes),
            _ => Vec::new(),
        }
    }

    /// Each month of the period beside the same month a year earlier.
    fn months_beside(&self) -> Vec<(&MonthView, Option<&MonthView>)> {
        let Some(report) = &self.report else {
            return Vec::new();
        };
        let before = &report.last_year.months;
        report
            .current
            .months
            .iter()
            .enumerate()
            .map(|(at, month)| (month, before.get(at)))
            .collect()
    }

    /// Each month: received, and the same month a year earlier.
    pub fn month_volumes(&self) -> Vec<Compared> {
        self.months_beside()
            .into_iter()
            .map(|(month, before)| {
                (
                    month.label.clone(),
                    count(month.received),
                    count(before.map(|month| month.received).unwrap_or(0)),
                )
            })
            .collect()
    }

    /// Each month: the promises kept, beside the same month a year earlier.
    pub fn month_compliance(&self) -> Vec<[String; 5]> {
        self.months_beside()
            .into_iter()
            .map(|(month, before)| {
                [
                    month.label.clone(),
                    percent(month.acknowledged_percent),
                    percent(month.answered_percent),
                    percent(before.and_then(|month| month.acknowledged_percent)),
                    percent(before.and_then(|month| month.answered_percent)),
                ]
            })
            .collect()
    }

    /// « Même période l’an dernier : 3 mesures correctives, dont 2 faites. »
    pub fn last_year_measures(&self) -> String {
        let Some(report) = &self.report else {
            return String::new();
        };
        let list = &report.last_year.measures;
        let done = list
            .iter()
            .filter(|measure| measure.state == "done")
            .count();
        words::french().with(
            "report-last-year-measures",
            &[
                ("measures", list.len().to_arg()),
                ("measures-count", Arg::Count(list.len())),
                ("done", done.to_arg()),
                ("done-count", Arg::Count(done)),
            ],
        )
    }

    /// The CSV file of the period shown.
    pub fn csv_href(&self) -> String {
        self.report
            .as_ref()
            .map(|report| {
                let query = serde_urlencoded::to_string([
                    ("from", report.period.from.to_string()),
                    ("to", report.period.to.to_string()),
                ])
                .unwrap_or_default();
                format!("/api/staff/reports.csv?{query}")
            })
            .unwrap_or_default()
    }

    /// The year of the period shown, for the annual report.
    pub fn report_year(&self) -> String {
        self.report
            .as_ref()
            .map(|report| report.period.from.year().to_string())
            .unwrap_or_default()
    }

    /// Whether a field of the chooser belongs to the kind chosen.
    pub fn shown(&self, kinds: &str) -> bool {
        let chosen = self.choice.value("periode");
        kinds.split(' ').any(|kind| kind == chosen)
    }
}

fn today(state: &StaffState) -> NaiveDate {
    state.services.clock.now().with_timezone(&ZONE).date_naive()
}

/// Reads the report of `period` into the page; the answer's status.
async fn show(
    state: &StaffState,
    signed: &SignedIn,
    period: &Period,
    page: &mut ReportsPage,
) -> StatusCode {
    match ReportView::compute(&state.services, &signed.member, period).await {
        Ok(report) => {
            page.report = Some(report);
            StatusCode::OK
        }
        Err(ReportError::Invalid(errors)) => {
            page.choice.errors = located(&page.choice, errors);
            StatusCode::UNPROCESSABLE_ENTITY
        }
        Err(error) => {
            let error = error.api_error();
            if let ApiError::Internal { cause, .. } = &error {
                tracing::error!(%cause, "a report could not be shown");
            }
            page.failure = Some(error.problem().detail);
            error.status()
        }
    }
}

/// The report's `from` and `to` errors, on the chooser's own fields.
fn located(choice: &Posted, errors: Vec<FieldError>) -> Vec<(String, String)> {
    let chosen = choice.value("periode") == "choisie";
    let mut shown: Vec<(String, String)> = Vec::new();
    for error in errors {
        let field = match (chosen, error.field) {
            (true, "from") => "du",
            (true, "to") => "au",
            (true, other) => other,
            (false, "from" | "to") => "annee",
            (false, other) => other,
        };
        if !shown.iter().any(|(name, _)| name == field) {
            shown.push((field.to_owned(), error.message));
        }
    }
    shown
}

fn may_read(signed: &SignedIn) -> bool {
    decide(&signed.member, Action::ReadReports, None) == Access::Allowed
}

/// `GET /admin/rapports/?periode=…`: the report of the period chosen (the
/// current quarter by default).
#[utoipa::path(
    get,
    path = "/admin/rapports/",
    security(("session" = [])),
    params(
        ("periode" = Option<String>, Query, description = "`mois`, `trimestre` (by default), `annee` or `choisie`"),
        ("mois" = Option<String>, Query, description = "1 to 12"),
        ("trimestre" = Option<String>, Query, description = "1 to 4"),
        ("annee" = Option<String>, Query, description = "`2026`"),
        ("du" = Option<String>, Query, description = "First day of a chosen period, `YYYY-MM-DD`"),
        ("au" = Option<String>, Query, description = "Last day of a chosen period"),
    ),
    responses(
        (status = 400, description = "A query that cannot be read: a French problem", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 200, description = "The report of the period, beside the same days a year before", body = String, content_type = "text/html"),
        (status = 303, description = "No open session: to the sign-in page, which brings the person back"),
        (status = 403, description = "A role without the reports: the page says so", body = String, content_type = "text/html"),
        (status = 422, description = "A wrong period: the error beside its field", body = String, content_type = "text/html"),
    )
)]
pub async fn reports(
    State(state): State<StaffState>,
    signed: SignedIn,
    Query(choice): Query<PeriodChoice>,
) -> Response {
    let mut page = ReportsPage {
        choice: Posted {
            form: "periode".into(),
            fields: choice.completed(today(&state)),
            ..Posted::default()
        },
        ..ReportsPage::default()
    };
    let status = if !may_read(&signed) {
        page.refused = true;
        StatusCode::FORBIDDEN
    } else {
        match period_of(&page.choice.fields) {
            Ok(period) => show(&state, &signed, &period, &mut page).await,
            Err(errors) => {
                page.choice.errors = errors
                    .into_iter()
                    .map(|error| (error.field.to_owned(), error.message))
                    .collect();
                StatusCode::UNPROCESSABLE_ENTITY
            }
        }
    };
    let header = signed.header(&state);
    html(
        status,
        admin_reports_page(&state.services.organisation, &header, &page),
    )
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct YearQuery {
    pub annee: Option<String>,
}

/// `GET /admin/rapports/imprimer/?annee=2026`: a year's report, to print.
#[utoipa::path(
    get,
    path = "/admin/rapports/imprimer/",
    security(("session" = [])),
    params(("annee" = Option<String>, Query, description = "The year; this year by default")),
    responses(
        (status = 400, description = "A query that cannot be read: a French problem", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 200, description = "The year's report for the board, to print", body = String, content_type = "text/html"),
        (status = 303, description = "No open session: to the sign-in page, which brings the person back"),
        (status = 403, description = "A role without the reports: the page says so", body = String, content_type = "text/html"),
        (status = 422, description = "Not a year", body = String, content_type = "text/html"),
    )
)]
pub async fn annual_report(
    State(state): State<StaffState>,
    signed: SignedIn,
    Query(query): Query<YearQuery>,
) -> Response {
    let today = today(&state);
    let year = query.annee.unwrap_or_else(|| today.year().to_string());
    let mut page = ReportsPage {
        year: year.trim().to_owned(),
        today: french::day(today),
        ..ReportsPage::default()
    };
    let status = if !may_read(&signed) {
        page.refused = true;
        StatusCode::FORBIDDEN
    } else {
        let period = year_of(&page.year).ok().and_then(|year| {
            Period::new(
                NaiveDate::from_ymd_opt(year, 1, 1)?,
                NaiveDate::from_ymd_opt(year, 12, 31)?,
            )
        });
        match period {
            Some(period) => show(&state, &signed, &period, &mut page).await,
            None => {
                page.failure = Some(words::french().t("reports-year-not-valid"));
                StatusCode::UNPROCESSABLE_ENTITY
            }
        }
    };
    let header = signed.header(&state);
    html(
        status,
        admin_annual_report_page(&state.services.organisation, &header, &page),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn choice(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs
            .iter()
            .map(|(name, value)| ((*name).to_owned(), (*value).to_owned()))
            .collect()
    }

    fn days(period: Period) -> (String, String) {
        (period.start.to_string(), period.end.to_string())
    }

    #[test]
    fn a_month_a_quarter_a_year_or_two_days_give_their_first_and_last_days() {
        let month = period_of(&choice(&[
            ("periode", "mois"),
            ("mois", "2"),
            ("annee", "2028"),
        ]));
        assert_eq!(
            days(month.unwrap()),
            ("2028-02-01".into(), "2028-02-29".into())
        );
        let quarter = period_of(&choice(&[
            ("periode", "trimestre"),
            ("trimestre", "4"),
            ("annee", "2026"),
        ]));
        assert_eq!(
            days(quarter.unwrap()),
            ("2026-10-01".into(), "2026-12-31".into())
        );
        let year = period_of(&choice(&[("periode", "annee"), ("annee", "2026")]));
        assert_eq!(
            days(year.unwrap()),
            ("2026-01-01".into(), "2026-12-31".into())
        );
        let chosen = period_of(&choice(&[
            ("periode", "choisie"),
            ("du", "2026-11-02"),
            ("au", "2026-11-03"),
        ]));
        assert_eq!(
            days(chosen.unwrap()),
            ("2026-11-02".into(), "2026-11-03".into())
        );
    }

    #[test]
    fn a_wrong_period_is_refused_beside_its_field() {
        let fields = |result: Result<Period, Vec<FieldError>>| -> Vec<&'static str> {
            result
                .unwrap_err()
                .iter()
                .map(|error| error.field)
                .collect()
        };
        assert_eq!(
            fields(period_of(&choice(&[
                ("periode", "mois"),
                ("mois", "2"),
                ("annee", "26")
            ]))),
            ["annee"]
        );
        assert_eq!(
            fields(period_of(&choice(&[
                ("periode", "choisie"),
                ("du", "2026-11-03"),
                ("au", "2026-11-02")
            ]))),
            ["au"]
        );
        assert_eq!(
            fields(period_of(&choice(&[
                ("periode", "choisie"),
                ("du", "hier"),
                ("au", "")
            ]))),
            ["du", "au"]
        );
    }

    #[test]
    fn by_default_the_current_quarter_and_wrong_numbers_fall_back_to_today() {
        let today = NaiveDate::from_ymd_opt(2026, 12, 2).unwrap();
        let completed = PeriodChoice::default().completed(today);
        assert_eq!(
            completed,
            choice(&[
                ("periode", "trimestre"),
                ("mois", "12"),
                ("trimestre", "4"),
                ("annee", "2026"),
                ("du", "2026-10-01"),
                ("au", "2026-12-31"),
            ])
        );
        let odd = PeriodChoice {
            periode: Some("siecle".into()),
            mois: Some("13".into()),
            trimestre: Some("0".into()),
            ..PeriodChoice::default()
        }
        .completed(today);
        assert_eq!(
            &odd[..3],
            &choice(&[("periode", "trimestre"), ("mois", "12"), ("trimestre", "4")])[..]
        );
    }

    #[test]
    fn figures_are_written_the_french_way() {
        assert_eq!(count(1500), "1\u{202f}500");
        assert_eq!(count(1234567), "1\u{202f}234\u{202f}567");
        assert_eq!(count(12), "12");
        assert_eq!(percent(Some(92.50374812593703)), "92,5\u{a0}%");
        assert_eq!(percent(None), "Rien à mesurer");
        let kept = ShareView {
            kept: 1234,
            measured: 1334,
            percent: Some(92.50374812593703),
        };
        assert_eq!(share(&kept), "1\u{202f}234 sur 1\u{202f}334 (92,5\u{a0}%)");
        let none = ShareView {
            kept: 0,
            measured: 0,
            percent: None,
        };
        assert_eq!(share(&none), "Rien à mesurer");
        assert_eq!(business_days(Some(1)), "1\u{a0}jour ouvrable");
        assert_eq!(business_days(Some(12)), "12\u{a0}jours ouvrables");
        assert_eq!(business_days(None), "Aucune réponse envoyée");
    }

    #[test]
    fn a_comparison_keeps_every_line_of_either_period() {
        let line = |code: &str, count: usize| CountView {
            code: code.into(),
            label: code.to_uppercase(),
            count,
        };
        assert_eq!(
            compared(
                &[line("a", 3), line("b", 1)],
                &[line("b", 1500), line("c", 2)]
            ),
            vec![
                ("A".into(), "3".into(), "0".into()),
                ("B".into(), "1".into(), "1\u{202f}500".into()),
                ("C".into(), "0".into(), "2".into()),
            ]
        );
    }
}
