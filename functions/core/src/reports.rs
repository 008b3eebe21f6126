//! What the complaints of a period teach, computed from the complaints
//! themselves (their dates, codes and decision kinds, which anonymisation
//! keeps): volumes by category, service, channel and month; whether the
//! 48-hour and 10-business-day promises were kept; business days to the
//! response (median, 90th percentile); decisions; satisfaction; measures.
//! Periods are local (America/Toronto) calendar days, both ends included.

use std::collections::BTreeMap;

use chrono::{DateTime, Datelike, Months, NaiveDate, Utc};

use crate::calendar::{local_date, BusinessCalendar};
use crate::checks::Compliance;
use crate::complaint::{Complaint, Reference};
use crate::procedure::{CorrectiveMeasure, DecisionKind, Satisfaction};
use crate::promises::{measure_state, PromiseState};
use crate::settings::Organisation;

/// Local days from `start` to `end`, both included.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Period {
    pub start: NaiveDate,
    pub end: NaiveDate,
}

impl Period {
    pub fn new(start: NaiveDate, end: NaiveDate) -> Option<Self> {
        (start <= end).then_some(Self { start, end })
    }

    pub fn month(year: i32, month: u32) -> Option<Self> {
        let start = NaiveDate::from_ymd_opt(year, month, 1)?;
        let end = start.checked_add_months(Months::new(1))?.pred_opt()?;
        Self::new(start, end)
    }

    pub fn quarter(year: i32, quarter: u32) -> Option<Self> {
        let first = Self::month(year, (quarter.checked_sub(1)?) * 3 + 1)?;
        let last = Self::month(year, quarter * 3)?;
        Self::new(first.start, last.end)
    }

    pub fn year(year: i32) -> Option<Self> {
        Self::new(
            NaiveDate::from_ymd_opt(year, 1, 1)?,
            NaiveDate::from_ymd_opt(year, 12, 31)?,
        )
    }

    /// The same days one year earlier (28 February for a 29th).
    pub fn a_year_before(&self) -> Option<Self> {
        let back = |date: NaiveDate| date.checked_sub_months(Months::new(12));
        Self::new(back(self.start)?, back(self.end)?)
    }

    pub fn contains(&self, at: DateTime<Utc>) -> bool {
        let day = local_date(at);
        self.start <= day && day <= self.end
    }

    /// The months the period touches, as `(year, month)`.
    pub fn months(&self) -> Vec<(i32, u32)> {
        let mut months = Vec::new();
        let mut day = self.start.with_day(1).unwrap_or(self.start);
        while day <= self.end {
            months.push((day.year(), day.month()));
            match day.checked_add_months(Months::new(1)) {
                Some(next) => day = next,
                None => break,
            }
        }
        months
    }
}

/// A share: how many kept the promise among those that could.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Share {
    pub kept: usize,
    pub measured: usize,
}

impl Share {
    fn add(&mut self, kept: Option<bool>) {
        if let Some(kept) = kept {
            self.measured += 1;
            self.kept += usize::from(kept);
        }
    }

    /// In percent, `None` when nothing could be measured.
    pub fn percent(&self) -> Option<f64> {
        (self.measured > 0).then(|| 100.0 * self.kept as f64 / self.measured as f64)
    }
}

/// One month's figures.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Month {
    pub year: i32,
    pub month: u32,
    pub received: usize,
    pub acknowledged: Share,
    pub answered: Share,
}

/// Everything the reports page shows for one period.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Figures {
    pub received: usize,
    pub by_category: BTreeMap<String, usize>,
    pub by_service: BTreeMap<String, usize>,
    pub by_channel: BTreeMap<&'static str, usize>,
    /// By the person's language (its code), so that the organisation sees
    /// which languages its newcomers complain in.
    pub by_language: BTreeMap<String, usize>,
    pub months: Vec<Month>,
    pub acknowledged: Share,
    pub answered: Share,
    /// Business days from receipt to the first written response.
    pub days_to_response: Vec<u32>,
    pub decisions: BTreeMap<DecisionKind, usize>,
    /// By the follow-up's answer, in words.
    pub satisfaction: BTreeMap<String, usize>,
    /// Kinds of root cause (codes from the settings) of the analyses; an
    /// analysis without one counts under `""`.
    pub root_causes: BTreeMap<String, usize>,
    /// The corrective measures (and adjustments) of the period's
    /// complaints, with where each stands.
    pub measures: Vec<(Reference, CorrectiveMeasure, PromiseState)>,
    /// Complaints whose response deadline was extended.
    pub extended: usize,
    /// Complaints settled on the spot (the policy's « plaintes informelles »).
    pub settled_on_the_spot: usize,
    pub open_now: usize,
    pub overdue_now: usize,
}

impl Figures {
    /// The figures of the complaints received in `period`, as of `now`.
    pub fn compute(
        complaints: &[Complaint],
        period: &Period,
        now: DateTime<Utc>,
        calendar: &BusinessCalendar,
    ) -> Self {
        let mut figures = Figures {
            months: period
                .months()
                .into_iter()
                .map(|(year, month)| Month {
                    year,
                    month,
                    ..Month::default()
                })
                .collect(),
            ..Figures::default()
        };
        for complaint in complaints.iter().filter(|c| period.contains(c.received_at)) {
            figures.received += 1;
            *figures
                .by_category
                .entry(complaint.category.code().to_owned())
                .or_default() += 1;
            if let Some(service) = &complaint.service {
                *figures
                    .by_service
                    .entry(service.code().to_owned())
                    .or_default() += 1;
            }
            *figures
                .by_channel
                .entry(complaint.channel.code())
                .or_default() += 1;
            *figures
                .by_language
                .entry(complaint.language.clone())
                .or_default() += 1;
            let compliance = Compliance::of(complaint, now);
            figures.acknowledged.add(compliance.acknowledged_on_time);
            figures.answered.add(compliance.answered_on_time);
            let received = local_date(complaint.received_at);
            if let Some(month) = figures
                .months
                .iter_mut()
                .find(|m| m.year == received.year() && m.month == received.month())
            {
                month.received += 1;
                month.acknowledged.add(compliance.acknowledged_on_time);
                month.answered.add(compliance.answered_on_time);
            }
            let procedure = &complaint.procedure;
            if let Some(response) = procedure.responses.first() {
                figures
                    .days_to_response
                    .push(calendar.business_days_between(received, local_date(response.sent_at)));
            }
            if let Some(analysis) = &procedure.analysis {
                *figures
                    .root_causes
                    .entry(analysis.cause.clone().unwrap_or_default())
                    .or_default() += 1;
            }
            let promises = complaint.promises(now);
            figures
                .measures
                .extend(procedure.measures.iter().filter_map(|measure| {
                    let state = measure_state(&promises, measure.id)?.clone();
                    Some((complaint.reference, measure.clone(), state))
                }));
            if procedure.extension.is_some() {
                figures.extended += 1;
            }
            if procedure.settlement.is_some() {
                figures.settled_on_the_spot += 1;
            }
            if let Some(decision) = &procedure.decision {
                for kind in &decision.kinds {
                    *figures.decisions.entry(*kind).or_default() += 1;
                }
            }
            if let Some(follow_up) = &procedure.follow_up {
                *figures
                    .satisfaction
                    .entry(satisfaction_label(follow_up.satisfaction))
                    .or_default() += 1;
            }
            if complaint.status.is_open() {
                figures.open_now += 1;
                if complaint.is_overdue(now) {
                    figures.overdue_now += 1;
                }
            }
        }
        figures.days_to_response.sort_unstable();
        figures
    }

    /// The median business days to a response (nearest rank).
    pub fn median_days_to_response(&self) -> Option<u32> {
        percentile(&self.days_to_response, 50)
    }

    /// The 90th percentile of business days to a response (nearest rank).
    pub fn p90_days_to_response(&self) -> Option<u32> {
        percentile(&self.days_to_response, 90)
    }
}

/// One row per complaint received in `period`, without any personal
/// information, as a French-Canadian spreadsheet opens it: UTF-8 with a
/// byte-order mark, `;` between fields, decimal commas.
pub fn csv(
    complaints: &[Complaint],
    period: &Period,
    now: DateTime<Utc>,
    calendar: &BusinessCalendar,
    organisation: &Organisation,
) -> String {
    let words = crate::words::french();
    let yes_no = |value: Option<bool>| match value {
        Some(true) => words.t("csv-yes"),
        Some(false) => words.t("csv-no"),
        None => words.t("csv-running"),
    };
    let mut out = String::from("\u{feff}");
    let header = [
        "csv-reference",
        "csv-received",
        "csv-month",
        "csv-category",
        "csv-service",
        "csv-channel",
        "csv-status",
        "csv-acknowledged-on-time",
        "csv-answered-on-time",
        "csv-days-to-response",
        "csv-decision",
        "csv-satisfaction",
        "csv-cause",
        "csv-measures",
    ];
    push_row(&mut out, header.iter().map(|key| words.t(key)));
    let mut rows: Vec<&Complaint> = complaints
        .iter()
        .filter(|complaint| period.contains(complaint.received_at))
        .collect();
    rows.sort_by_key(|complaint| complaint.reference);
    for complaint in rows {
        let compliance = Compliance::of(complaint, now);
        let received = local_date(complaint.received_at);
        let procedure = &complaint.procedure;
        let days = procedure
            .responses
            .first()
            .map(|response| calendar.business_days_between(received, local_date(response.sent_at)));
        push_row(
            &mut out,
            [
                complaint.reference.to_string(),
                received.format("%Y-%m-%d").to_string(),
                received.format("%Y-%m").to_string(),
                complaint.category.label(organisation).to_owned(),
                complaint
                    .service
                    .as_ref()
                    .map(|service| service.label(organisation).to_owned())
                    .unwrap_or_default(),
                complaint.channel.label(),
                complaint.status.label(),
                yes_no(compliance.acknowledged_on_time),
                yes_no(compliance.answered_on_time),
                days.map(|days| days.to_string()).unwrap_or_default(),
                procedure
                    .decision
                    .as_ref()
                    .map(|decision| {
                        decision
                            .kinds
                            .iter()
                            .map(|kind| kind.label())
                            .collect::<Vec<_>>()
                            .join(", ")
                    })
                    .unwrap_or_default(),
                procedure
                    .follow_up
                    .as_ref()
                    .map(|follow_up| follow_up.satisfaction.label())
                    .unwrap_or_default(),
                procedure
                    .analysis
                    .as_ref()
                    .and_then(|analysis| analysis.cause.as_deref())
                    .map(|code| {
                        organisation
                            .root_cause_label(code)
                            .unwrap_or(code)
                            .to_owned()
                    })
                    .unwrap_or_default(),
                procedure.measures.len().to_string(),
            ],
        );
    }
    out
}

/// One CSV line: a field with `;`, `"` or a line break is quoted.
fn push_row(out: &mut String, fields: impl IntoIterator<Item = String>) {
    let line: Vec<String> = fields
        .into_iter()
        .map(|field| {
            if field.contains([';', '"', '\n', '\r']) {
                format!("\"{}\"", field.replace('"', "\"\""))
            } else {
                field
            }
        })
        .collect();
    out.push_str(&line.join(";"));
    out.push_str("\r\n");
}

/// A percentage with a decimal comma, as French readers write it.
pub fn french_number(value: f64) -> String {
    let rounded = (value * 10.0).round() / 10.0;
    if rounded.fract() == 0.0 {
        format!("{rounded:.0}")
    } else {
        format!("{rounded:.1}").replace('.', ",")
    }
}

fn satisfaction_label(satisfaction: Satisfaction) -> String {
    satisfaction.label()
}

/// The nearest-rank percentile of sorted values.
pub fn percentile(sorted: &[u32], rank: usize) -> Option<u32> {
    if sorted.is_empty() {
        return None;
    }
    let position = (rank * sorted.len()).div_ceil(100).max(1);
    sorted.get(position - 1).copied()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::complaint::tests::{organisation, sample_complaint};
    use crate::lifecycle::Status;
    use crate::procedure::{Decision, FollowUp, ResponseMeans, WrittenResponse};

    fn at(text: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(text)
            .unwrap()
            .with_timezone(&Utc)
    }

    fn day(text: &str) -> NaiveDate {
        text.parse().unwrap()
    }

    fn received(text: &str) -> Complaint {
        let organisation = organisation();
        let calendar = organisation.calendar();
        let at = at(text);
        let mut complaint = sample_complaint(at);
        complaint.acknowledgement_due = calendar.acknowledgement_due(at, 48);
        complaint.response_due = calendar.response_due(at, 10);
        complaint
    }

    fn answered(mut complaint: Complaint, sent: &str) -> Complaint {
        let sent = at(sent);
        complaint.acknowledged_at = Some(complaint.received_at);
        complaint.status = Status::Answered;
        complaint.procedure.decision =
            Some(Decision::parse(&["excuses".into(), "reparation".into()], "Texte").unwrap());
        complaint.procedure.responses.push(WrittenResponse {
            sent_at: sent,
            means: ResponseMeans::Post,
            postal_address: None,
            by: "Karim".into(),
            subject: "Réponse".into(),
            text: "Texte".into(),
            html: String::new(),
        });
        complaint
    }

    #[test]
    fn periods_are_local_days_both_ends_included() {
        let march = Period::month(2026, 3).unwrap();
        assert_eq!(march.end, day("2026-03-31"));
        // 31 March 23:30 in Quebec is already 1 April in UTC: still March.
        assert!(march.contains(at("2026-03-31T23:30:00-04:00")));
        assert!(!march.contains(at("2026-04-01T00:00:00-04:00")));
        assert!(!march.contains(at("2026-02-28T23:59:59-05:00")));
        let q4 = Period::quarter(2026, 4).unwrap();
        assert_eq!((q4.start, q4.end), (day("2026-10-01"), day("2026-12-31")));
        assert_eq!(q4.months(), [(2026, 10), (2026, 11), (2026, 12)]);
        let leap = Period::new(day("2028-02-29"), day("2028-02-29")).unwrap();
        assert_eq!(leap.a_year_before().unwrap().start, day("2027-02-28"));
        assert!(Period::new(day("2026-02-02"), day("2026-02-01")).is_none());
    }

    #[test]
    fn the_nearest_rank_percentile() {
        assert_eq!(percentile(&[], 50), None);
        assert_eq!(percentile(&[4], 90), Some(4));
        let days = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
        assert_eq!(percentile(&days, 50), Some(5));
        assert_eq!(percentile(&days, 90), Some(9));
        assert_eq!(percentile(&[3, 8, 12], 90), Some(12));
    }

    /// Three complaints in October 2026 (Thanksgiving on Monday the 12th)
    /// and one in November, counted by hand.
    #[test]
    fn a_small_history_gives_the_figures_counted_by_hand() {
        let calendar = organisation().calendar();
        // Friday 9 October 15:00: answered Tuesday 20 October, the 6th
        // business day (13, 14, 15, 16, 19, 20), within 10.
        let on_time = answered(
            received("2026-10-09T15:00:00-04:00"),
            "2026-10-20T10:00:00-04:00",
        );
        // Thursday 1 October 9:00: due Friday 16; answered Monday 19 October,
        // the 11th business day (2, 5, 6, 7, 8, 9, 13, 14, 15, 16, 19): late.
        let late = answered(
            received("2026-10-01T09:00:00-04:00"),
            "2026-10-19T09:00:00-04:00",
        );
        // Friday 30 October 23:30, never acknowledged, open.
        let mut open = received("2026-10-30T23:30:00-04:00");
        open.channel = crate::complaint::Channel::Telephone;
        // 2 November, satisfied after its response.
        let mut november = answered(
            received("2026-11-02T10:00:00-05:00"),
            "2026-11-03T10:00:00-05:00",
        );
        november.procedure.follow_up =
            Some(FollowUp::parse("satisfied", "", at("2026-11-10T10:00:00-05:00")).unwrap());
        november.status = Status::FollowedUp;
        let all = [on_time, late, open, november];
        let now = at("2026-11-20T12:00:00-05:00");

        let october = Figures::compute(&all, &Period::month(2026, 10).unwrap(), now, &calendar);
        assert_eq!(october.received, 3);
        assert_eq!(october.by_channel.get("web"), Some(&2));
        assert_eq!(october.by_channel.get("telephone"), Some(&1));
        assert_eq!(october.by_category.get("delais"), Some(&3));
        assert_eq!(
            october.acknowledged,
            Share {
                kept: 2,
                measured: 3
            }
        );
        assert_eq!(
            october.answered,
            Share {
                kept: 1,
                measured: 3
            }
        );
        assert_eq!(october.days_to_response, [6, 11]);
        assert_eq!(october.median_days_to_response(), Some(6));
        assert_eq!(october.p90_days_to_response(), Some(11));
        assert_eq!(october.decisions.get(&DecisionKind::Apology), Some(&2));
        assert_eq!(october.decisions.get(&DecisionKind::Compensation), None);
        assert_eq!((october.open_now, october.overdue_now), (3, 1));
        assert!(october.satisfaction.is_empty());

        let autumn = Figures::compute(
            &all,
            &Period::new(day("2026-10-01"), day("2026-11-30")).unwrap(),
            now,
            &calendar,
        );
        assert_eq!(autumn.received, 4);
        assert_eq!(autumn.months.len(), 2);
        assert_eq!(autumn.months[1].received, 1);
        assert_eq!(
            autumn.months[1].answered,
            Share {
                kept: 1,
                measured: 1
            }
        );
        assert_eq!(autumn.satisfaction.get("Satisfait"), Some(&1));
        assert_eq!(autumn.answered.percent(), Some(50.0));
    }

    #[test]
    fn the_csv_has_one_row_per_complaint_and_no_personal_information() {
        let organisation = organisation();
        let calendar = organisation.calendar();
        let mut complaint = answered(
            received("2026-10-09T15:00:00-04:00"),
            "2026-10-20T10:00:00-04:00",
        );
        complaint.complainant = crate::complaint::Complainant::Identified {
            name: crate::complaint::PersonName::parse("Amina Diallo").unwrap(),
            reach: crate::complaint::Reach::Email(
                crate::complaint::Email::parse("amina@example.com").unwrap(),
            ),
        };
        complaint.description =
            crate::complaint::ComplaintText::parse("Texte; avec \"guillemets\"", 100, "").unwrap();
        let outside = received("2026-09-30T10:00:00-04:00");
        let text = csv(
            &[complaint, outside],
            &Period::month(2026, 10).unwrap(),
            at("2026-11-20T12:00:00-05:00"),
            &calendar,
            &organisation,
        );
        assert!(text.starts_with('\u{feff}'));
        let lines: Vec<&str> = text.trim_start_matches('\u{feff}').lines().collect();
        assert_eq!(lines.len(), 2, "the header and October's one complaint");
        assert!(lines[0].starts_with("Référence;Reçue le;Mois;Catégorie"));
        assert_eq!(
            lines[1],
            "P-2026-0007;2026-10-09;2026-10;Les délais;;Site web;Réponse envoyée;oui;oui;6;Excuses, Réparation;;;0"
        );
        for personal in ["Amina", "amina@example.com", "guillemets"] {
            assert!(!text.contains(personal), "{personal}");
        }
        assert_eq!(french_number(92.5), "92,5");
        assert_eq!(french_number(100.0), "100");
        assert_eq!(french_number(33.333), "33,3");
    }

    #[test]
    fn the_figures_survive_anonymisation() {
        let calendar = organisation().calendar();
        let mut complaint = answered(
            received("2026-10-09T15:00:00-04:00"),
            "2026-10-20T10:00:00-04:00",
        );
        complaint.status = Status::Closed;
        let now = at("2030-01-01T00:00:00-05:00");
        let period = Period::year(2026).unwrap();
        let before = Figures::compute(std::slice::from_ref(&complaint), &period, now, &calendar);
        crate::checks::anonymise_complaint(&mut complaint, now);
        let after = Figures::compute(&[complaint], &period, now, &calendar);
        assert_eq!(before, after);
    }
}
