//! The director's reports as the staff API serves them: the figures of a
//! period and of the same period a year before, as JSON; two charts drawn
//! here as accessible SVG (the page shows a data table beside each); and
//! the CSV of one row per complaint without personal information.

use crate::error::Query;
use askama::Template;
use axum::extract::State;
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use chrono::NaiveDate;
use plaintes_core::access::{Action, StaffMember};
use plaintes_core::casework::{self, require, CaseError};
use plaintes_core::complaint::FieldError;
use plaintes_core::french;
use plaintes_core::ports::Services;
use plaintes_core::reports::{self, french_number, Figures, Month, Period, Share};
use plaintes_core::words::{self, Arg};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::error::ApiError;
use crate::staff::Staff;

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct PeriodQuery {
    from: String,
    to: String,
}

impl PeriodQuery {
    fn period(&self) -> Result<Period, Vec<FieldError>> {
        let day = |field: &'static str, raw: &str| {
            NaiveDate::parse_from_str(raw.trim(), "%Y-%m-%d").map_err(|_| FieldError {
                field,
                message: words::french().t("report-date-invalid"),
            })
        };
        match (day("from", &self.from), day("to", &self.to)) {
            (Ok(from), Ok(to)) => Period::new(from, to).ok_or_else(|| {
                vec![FieldError {
                    field: "to",
                    message: words::french().t("report-end-before-start"),
                }]
            }),
            (from, to) => Err([from.err(), to.err()].into_iter().flatten().collect()),
        }
    }
}

/// The complaints the figures of `period` and of the year before need.
async fn complaints(
    services: &Services,
    member: &StaffMember,
    period: &Period,
) -> Result<Vec<plaintes_core::complaint::Complaint>, CaseError> {
    use chrono::Datelike;
    casework::reported(services, member, period.start.year() - 1, period.end.year()).await
}

fn invalid(errors: Vec<FieldError>) -> Response {
    ReportError::Invalid(errors).api_error().into_response()
}

fn failure(error: CaseError) -> Response {
    ReportError::Case(error).api_error().into_response()
}

/// The figures of a period beside those of the same days a year before.
#[utoipa::path(
    get,
    path = "/api/staff/reports",
    security(("bearer" = [])),
    params(
        ("from" = String, Query, description = "First day, `YYYY-MM-DD`"),
        ("to" = String, Query, description = "Last day, `YYYY-MM-DD`"),
    ),
    responses(
        (status = 400, description = "A query that cannot be read: a French problem", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 200, description = "The period's figures beside the same days a year before, and two SVG charts", body = ReportView),
        (status = 401, description = "No valid identity", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 403, description = "Only the director and the board", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 422, description = "A wrong period", body = crate::error::Problem, content_type = "application/problem+json"),
    )
)]
pub async fn report(
    Staff(member): Staff,
    State(services): State<Services>,
    Query(query): Query<PeriodQuery>,
) -> Response {
    if let Err(error) = require(&member, Action::ReadReports) {
        return failure(error);
    }
    let period = match query.period() {
        Ok(period) => period,
        Err(errors) => return invalid(errors),
    };
    match ReportView::compute(&services, &member, &period).await {
        Ok(view) => Json(view).into_response(),
        Err(error) => error.api_error().into_response(),
    }
}

/// Why a report could not be computed.
pub enum ReportError {
    /// A period the figures cannot be compared for.
    Invalid(Vec<FieldError>),
    Case(CaseError),
}

impl ReportError {
    /// The one answer of this failure, as every router gives it.
    pub fn api_error(self) -> ApiError {
        match self {
            ReportError::Invalid(errors) => ApiError::Invalid {
                title: "problem-period-invalid",
                detail: "problem-period-invalid-detail",
                errors,
            },
            ReportError::Case(CaseError::Forbidden) => {
                ApiError::Forbidden("problem-reports-forbidden")
            }
            ReportError::Case(CaseError::Store(error)) => ApiError::Internal {
                detail: "problem-report-failed",
                cause: format!("a report could not be computed: {error}"),
            },
            ReportError::Case(other) => other.into(),
        }
    }
}

/// A period: its first and last days, and the two in words.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct PeriodView {
    #[schema(value_type = String, format = Date)]
    pub from: NaiveDate,
    #[schema(value_type = String, format = Date)]
    pub to: NaiveDate,
    /// « du 1er octobre 2026 au 31 décembre 2026 »
    pub label: String,
}

impl PeriodView {
    fn of(period: &Period) -> Self {
        Self {
            from: period.start,
            to: period.end,
            label: format!(
                "du {} au {}",
                french::day(period.start),
                french::day(period.end)
            ),
        }
    }
}

/// A promise kept: how many, out of how many measured.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ShareView {
    pub kept: usize,
    pub measured: usize,
    /// `null` when nothing could be measured.
    pub percent: Option<f64>,
}

impl ShareView {
    fn of(share: &Share) -> Self {
        Self {
            kept: share.kept,
            measured: share.measured,
            percent: share.percent(),
        }
    }
}

/// One line of a count: a category, a service, a channel, a decision, a cause.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct CountView {
    pub code: String,
    pub label: String,
    pub count: usize,
}

/// One answer at the follow-up, and how often.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct LabelCount {
    pub label: String,
    pub count: usize,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct MonthView {
    /// « nov. 2026 »
    pub label: String,
    pub received: usize,
    pub acknowledged_percent: Option<f64>,
    pub answered_percent: Option<f64>,
}

/// A corrective measure of the period's complaints, and where it stands.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ReportMeasureView {
    pub reference: String,
    pub owner: String,
    pub due_display: String,
    pub done_display: Option<String>,
    /// `done`, `due`, `overdue` or `moot`.
    pub state: &'static str,
    /// The state in words, and the look of its badge.
    pub state_label: String,
    pub look: &'static str,
}

/// A period's figures.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct FiguresView {
    pub received: usize,
    pub by_category: Vec<CountView>,
    pub by_service: Vec<CountView>,
    pub by_channel: Vec<CountView>,
    /// By the person's language, named in French.
    pub by_language: Vec<CountView>,
    pub months: Vec<MonthView>,
    pub acknowledged: ShareView,
    pub answered: ShareView,
    /// In business days; `null` without a response.
    pub median_days_to_response: Option<u32>,
    pub p90_days_to_response: Option<u32>,
    pub decisions: Vec<CountView>,
    pub satisfaction: Vec<LabelCount>,
    pub root_causes: Vec<CountView>,
    pub open_now: usize,
    pub overdue_now: usize,
    pub extended: usize,
    pub settled_on_the_spot: usize,
    pub measures: Vec<ReportMeasureView>,
}

/// The two charts, as SVG drawn here (no script, no style).
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ChartsView {
    pub volumes: String,
    pub compliance: String,
}

/// A period's report: its figures beside those of the same days a year
/// before, and two charts. The same view is the JSON of
/// `/api/staff/reports` and the reports pages.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ReportView {
    pub period: PeriodView,
    pub previous: PeriodView,
    pub current: FiguresView,
    pub last_year: FiguresView,
    /// `null` when a chart could not be drawn (the tables remain).
    pub charts: Option<ChartsView>,
}

impl ReportView {
    pub async fn compute(
        services: &Services,
        member: &StaffMember,
        period: &Period,
    ) -> Result<Self, ReportError> {
        require(member, Action::ReadReports).map_err(ReportError::Case)?;
        let Some(previous) = period.a_year_before() else {
            return Err(ReportError::Invalid(vec![FieldError {
                field: "from",
                message: words::french().t("report-period-too-old"),
            }]));
        };
        let all = complaints(services, member, period)
            .await
            .map_err(ReportError::Case)?;
        let now = services.clock.now();
        let current = Figures::compute(&all, period, now, &services.calendar);
        let last_year = Figures::compute(&all, &previous, now, &services.calendar);
        let deadlines = services.organisation.deadlines;
        let charts = match (
            volumes_chart(&current.months),
            compliance_chart(&current.months, &deadlines),
        ) {
            (Ok(volumes), Ok(compliance)) => Some(ChartsView {
                volumes,
                compliance,
            }),
            (Err(error), _) | (_, Err(error)) => {
                tracing::error!(%error, "a chart could not be drawn");
                None
            }
        };
        Ok(Self {
            period: PeriodView::of(period),
            previous: PeriodView::of(&previous),
            current: FiguresView::of(services, &current),
            last_year: FiguresView::of(services, &last_year),
            charts,
        })
    }
}

/// One row per complaint of the period, no personal information.
#[utoipa::path(
    get,
    path = "/api/staff/reports.csv",
    security(("bearer" = [])),
    params(
        ("from" = String, Query, description = "First day, `YYYY-MM-DD`"),
        ("to" = String, Query, description = "Last day, `YYYY-MM-DD`"),
    ),
    responses(
        (status = 400, description = "A query that cannot be read: a French problem", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 200, description = "UTF-8 with BOM, `;` between fields, decimal commas", content_type = "text/csv"),
        (status = 401, description = "No valid identity", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 403, description = "Only the director and the board", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 422, description = "A wrong period", body = crate::error::Problem, content_type = "application/problem+json"),
    )
)]
pub async fn report_csv(
    Staff(member): Staff,
    State(services): State<Services>,
    Query(query): Query<PeriodQuery>,
) -> Response {
    if let Err(error) = require(&member, Action::ReadReports) {
        return failure(error);
    }
    let period = match query.period() {
        Ok(period) => period,
        Err(errors) => return invalid(errors),
    };
    let all = match complaints(&services, &member, &period).await {
        Ok(all) => all,
        Err(error) => return failure(error),
    };
    let text = reports::csv(
        &all,
        &period,
        services.clock.now(),
        &services.calendar,
        &services.organisation,
    );
    let mut response = (
        StatusCode::OK,
        [(header::CONTENT_TYPE, "text/csv; charset=utf-8")],
        text,
    )
        .into_response();
    let name = format!(
        "attachment; filename=\"plaintes-{}-au-{}.csv\"",
        period.start, period.end
    );
    if let Ok(value) = HeaderValue::from_str(&name) {
        response
            .headers_mut()
            .insert(header::CONTENT_DISPOSITION, value);
    }
    response
}

/// « janv. », « févr. »: a month's short name, under a chart's bar.
fn short_month(month: &Month) -> String {
    words::french().t(&format!("month-short-{}", month.month))
}

/// « janv. 2026 ».
fn month_label(month: &Month) -> String {
    words::french().t2(
        "chart-month",
        "month",
        short_month(month),
        "year",
        month.year.to_string(),
    )
}

impl FiguresView {
    fn of(services: &Services, figures: &Figures) -> Self {
        let organisation = &services.organisation;
        // The most frequent first, then by label.
        let counted = |mut entries: Vec<CountView>| {
            entries.sort_by(|a, b| b.count.cmp(&a.count).then(a.label.cmp(&b.label)));
            entries
        };
        let line = |code: &str, label: &str, count: usize| CountView {
            code: code.to_owned(),
            label: label.to_owned(),
            count,
        };
        Self {
            received: figures.received,
            by_category: counted(
                figures
                    .by_category
                    .iter()
                    .map(|(code, count)| {
                        line(
                            code,
                            organisation.category_label(code).unwrap_or(code),
                            *count,
                        )
                    })
                    .collect(),
            ),
            by_service: counted(
                figures
                    .by_service
                    .iter()
                    .map(|(code, count)| {
                        line(
                            code,
                            organisation.service_label(code).unwrap_or(code),
                            *count,
                        )
                    })
                    .collect(),
            ),
            by_channel: counted(
                figures
                    .by_channel
                    .iter()
                    .map(|(code, count)| {
                        let label = plaintes_core::complaint::Channel::ALL
                            .iter()
                            .find(|channel| channel.code() == *code)
                            .map(|channel| channel.label())
                            .unwrap_or_else(|| code.to_string());
                        line(code, &label, *count)
                    })
                    .collect(),
            ),
            by_language: counted(
                figures
                    .by_language
                    .iter()
                    .map(|(code, count)| {
                        let name = organisation
                            .words
                            .find(code)
                            .map(|words| words.language().french_name.clone());
                        line(code, name.as_deref().unwrap_or(code), *count)
                    })
                    .collect(),
            ),
            months: figures
                .months
                .iter()
                .map(|month| MonthView {
                    label: month_label(month),
                    received: month.received,
                    acknowledged_percent: month.acknowledged.percent(),
                    answered_percent: month.answered.percent(),
                })
                .collect(),
            acknowledged: ShareView::of(&figures.acknowledged),
            answered: ShareView::of(&figures.answered),
            median_days_to_response: figures.median_days_to_response(),
            p90_days_to_response: figures.p90_days_to_response(),
            decisions: counted(
                figures
                    .decisions
                    .iter()
                    .map(|(kind, count)| line(kind.code(), &kind.label(), *count))
                    .collect(),
            ),
            satisfaction: figures
                .satisfaction
                .iter()
                .map(|(label, count)| LabelCount {
                    label: (*label).to_owned(),
                    count: *count,
                })
                .collect(),
            root_causes: counted(
                figures
                    .root_causes
                    .iter()
                    .map(|(code, count)| {
                        let label = if code.is_empty() {
                            words::french().t("report-cause-not-specified")
                        } else {
                            organisation
                                .root_cause_label(code)
                                .unwrap_or(code)
                                .to_owned()
                        };
                        line(code, &label, *count)
                    })
                    .collect(),
            ),
            open_now: figures.open_now,
            overdue_now: figures.overdue_now,
            extended: figures.extended,
            settled_on_the_spot: figures.settled_on_the_spot,
            measures: figures
                .measures
                .iter()
                .map(|(reference, measure, state)| {
                    let state = state.measure_code();
                    let (state_label, look) = match state {
                        "done" => ("report-measure-done", "met"),
                        "overdue" => ("report-measure-overdue", "overdue"),
                        "moot" => ("report-measure-moot", "later"),
                        _ => ("report-measure-to-do", "due"),
                    };
                    let state_label = words::french().t(state_label);
                    ReportMeasureView {
                        reference: reference.to_string(),
                        owner: measure.owner.clone(),
                        due_display: french::day(measure.due_on),
                        done_display: measure.done_on.map(french::day),
                        state,
                        state_label,
                        look,
                    }
                })
                .collect(),
        }
    }
}

/// A bar chart, drawn by `templates/charts/bars.svg`.
#[derive(Template)]
#[template(path = "charts/bars.svg", escape = "html")]
struct BarChart {
    chart: Chart,
}

struct Chart {
    id: &'static str,
    title: String,
    description: String,
    width: u32,
    height: u32,
    left: u32,
    baseline: u32,
    ticks: Vec<Tick>,
    bars: Vec<Bar>,
    labels: Vec<Label>,
    legend: Vec<Legend>,
}

struct Tick {
    y: u32,
    text: String,
}

struct Bar {
    x: u32,
    y: u32,
    width: u32,
    height: u32,
    fill: &'static str,
    tooltip: String,
}

struct Label {
    x: u32,
    text: String,
}

struct Legend {
    x: u32,
    fill: &'static str,
    text: String,
}

const BLUE: &str = "#0b3c5d";
const GREEN: &str = "#1d7a46";

/// The frame every chart shares: one slot per month.
fn frame(id: &'static str, months: &[Month]) -> Chart {
    let slot = 64;
    let left = 44;
    let width = left + slot * months.len().max(1) as u32;
    Chart {
        id,
        title: String::new(),
        description: String::new(),
        width,
        height: 240,
        left,
        baseline: 200,
        ticks: Vec::new(),
        bars: Vec::new(),
        labels: months
            .iter()
            .enumerate()
            .map(|(i, month)| Label {
                x: left + slot * i as u32 + slot / 2,
                // The month alone under its bar (the year is in the
                // description and the table): twelve labels fit side by side.
                text: short_month(month),
            })
            .collect(),
        legend: Vec::new(),
    }
}

impl Chart {
    /// The bar of `value` out of `max` in slot `index`, series `series` of `count`.
    fn bar(
        &self,
        index: usize,
        series: u32,
        count: u32,
        value: f64,
        max: f64,
    ) -> (u32, u32, u32, u32) {
        let slot = 64;
        let plot = (self.baseline - 30) as f64;
        let width = 40 / count;
        let x = self.left + slot * index as u32 + 12 + series * width;
        let height = if max > 0.0 {
            (plot * value / max).round() as u32
        } else {
            0
        };
        (x, self.baseline - height, width, height)
    }
}

fn render(chart: Chart) -> Result<String, askama::Error> {
    BarChart { chart }.render()
}

/// Complaints received each month.
fn volumes_chart(months: &[Month]) -> Result<String, askama::Error> {
    let mut chart = frame("graphique-volumes", months);
    let max = months.iter().map(|m| m.received).max().unwrap_or(0).max(1) as f64;
    let words = words::french();
    chart.title = words.t("report-by-month");
    chart.description = months
        .iter()
        .map(|month| {
            words.t2(
                "chart-volume-month",
                "month",
                month_label(month),
                "count",
                Arg::Count(month.received),
            )
        })
        .collect::<Vec<_>>()
        .join(&words.t("chart-separator"));
    let step = (max / 4.0).ceil().max(1.0);
    chart.ticks = (0..=4)
        .map(|i| i as f64 * step)
        .filter(|value| *value <= max.max(step * 4.0))
        .map(|value| Tick {
            y: chart.baseline
                - ((chart.baseline - 30) as f64 * value / (step * 4.0)).round() as u32,
            text: format!("{value}"),
        })
        .collect();
    let scale = step * 4.0;
    chart.bars = months
        .iter()
        .enumerate()
        .map(|(i, month)| {
            let (x, y, width, height) = chart.bar(i, 0, 1, month.received as f64, scale);
            Bar {
                x,
                y,
                width,
                height,
                fill: BLUE,
                tooltip: words.t2(
                    "chart-volume-tooltip",
                    "month",
                    month_label(month),
                    "count",
                    month.received,
                ),
            }
        })
        .collect();
    render(chart)
}

/// Share of promises kept each month: acknowledgement and response.
fn compliance_chart(
    months: &[Month],
    deadlines: &plaintes_core::settings::DeadlineSettings,
) -> Result<String, askama::Error> {
    let words = words::french();
    let acknowledgement = words.t1(
        "chart-acknowledgement-within",
        "hours",
        deadlines.acknowledgement_hours,
    );
    let response = words.t1(
        "chart-response-within",
        "days",
        deadlines.response_business_days,
    );
    let mut chart = frame("graphique-engagements", months);
    chart.title = words.t("chart-compliance-title");
    let percent = |share: &Share| {
        share
            .percent()
            .map(french_number)
            .unwrap_or_else(|| "—".into())
    };
    chart.description = months
        .iter()
        .map(|month| {
            words.with(
                "chart-compliance-month",
                &[
                    ("month", Arg::Text(month_label(month))),
                    ("acknowledgement", Arg::Text(acknowledgement.clone())),
                    ("acknowledged", Arg::Text(percent(&month.acknowledged))),
                    ("response", Arg::Text(response.clone())),
                    ("answered", Arg::Text(percent(&month.answered))),
                ],
            )
        })
        .collect::<Vec<_>>()
        .join(&words.t("chart-separator"));
    chart.ticks = [0.0, 25.0, 50.0, 75.0, 100.0]
        .into_iter()
        .map(|value| Tick {
            y: chart.baseline - ((chart.baseline - 30) as f64 * value / 100.0).round() as u32,
            text: words.t1("report-percent", "value", value.to_string()),
        })
        .collect();
    let mut bars = Vec::new();
    for (i, month) in months.iter().enumerate() {
        for (series, share, fill, what) in [
            (0, &month.acknowledged, BLUE, acknowledgement.as_str()),
            (1, &month.answered, GREEN, response.as_str()),
        ] {
            let (x, y, width, height) =
                chart.bar(i, series, 2, share.percent().unwrap_or(0.0), 100.0);
            bars.push(Bar {
                x,
                y,
                width,
                height,
                fill,
                tooltip: words.t3(
                    "chart-compliance-tooltip",
                    "month",
                    month_label(month),
                    "what",
                    what,
                    "percent",
                    percent(share),
                ),
            });
        }
    }
    chart.bars = bars;
    chart.legend = vec![
        Legend {
            x: chart.left,
            fill: BLUE,
            text: words.t("chart-legend-acknowledgement"),
        },
        Legend {
            x: chart.left + 150,
            fill: GREEN,
            text: words.t("chart-legend-response"),
        },
    ];
    render(chart)
}
