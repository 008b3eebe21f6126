//! The Quebec business-day calendar on which the policy's delays are counted:
//! which days are Quebec statutory holidays, which days the organisation is
//! closed, and so when an acknowledgement or a response falls due. Every
//! "day" here is a day in Quebec time, whatever instant the servers see.

use std::collections::{BTreeSet, HashMap};
use std::sync::{Arc, RwLock};

use chrono::{
    DateTime, Datelike, Days, NaiveDate, NaiveDateTime, NaiveTime, Offset, TimeDelta, TimeZone,
    Utc, Weekday,
};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};

/// Quebec time. Toronto and Montréal have kept the same rules since 1970 and
/// the IANA database keeps only the Toronto entry for both.
pub const ZONE: Tz = chrono_tz::America::Toronto;

/// The last second of a day: a response due "on" a day may arrive until then.
const END_OF_DAY: NaiveTime = NaiveTime::from_hms_opt(23, 59, 59).expect("23:59:59 is a time");

/// Which Easter holiday the organisation gives. Quebec's labour standards let
/// the employer choose Good Friday or Easter Monday; some give both.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum EasterHoliday {
    #[serde(rename = "vendredi_saint")]
    GoodFriday,
    #[serde(rename = "lundi_de_paques")]
    EasterMonday,
    #[serde(rename = "les_deux")]
    Both,
}

/// A statutory holiday, on the day it is observed, with its French name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Holiday {
    pub date: NaiveDate,
    pub name: &'static str,
}

/// The days on which the organisation counts its delays.
#[derive(Debug, Clone)]
pub struct BusinessCalendar {
    easter: EasterHoliday,
    closures: BTreeSet<NaiveDate>,
    /// Each year's business days, worked out once from the rules above the
    /// first time the year is asked for (shared by the clones).
    years: Arc<RwLock<HashMap<i32, YearDays>>>,
}

/// A year's business days: one bit per day, by its ordinal (0 = 1 January).
#[derive(Debug, Clone, Copy)]
struct YearDays([u64; 6]);

impl YearDays {
    fn contains(&self, date: NaiveDate) -> bool {
        let day = date.ordinal0() as usize;
        self.0[day / 64] >> (day % 64) & 1 == 1
    }
}

impl BusinessCalendar {
    pub fn new(easter: EasterHoliday, closures: impl IntoIterator<Item = NaiveDate>) -> Self {
        Self {
            easter,
            closures: closures.into_iter().collect(),
            years: Arc::default(),
        }
    }

    /// The business days of `year`, from the table once it is built.
    fn year(&self, year: i32) -> YearDays {
        if let Some(days) = self
            .years
            .read()
            .ok()
            .and_then(|years| years.get(&year).copied())
        {
            return days;
        }
        let days = self.work_out(year);
        if let Ok(mut years) = self.years.write() {
            years.insert(year, days);
        }
        days
    }

    /// The rule itself, day by day: Monday to Friday, neither a statutory
    /// holiday nor a closure.
    fn work_out(&self, year: i32) -> YearDays {
        let holidays = self.statutory_holidays(year);
        let mut bits = [0u64; 6];
        let days = ymd(year, 1, 1)
            .into_iter()
            .flat_map(|first| first.iter_days())
            .take_while(|day| day.year() == year);
        for day in days {
            let open = !matches!(day.weekday(), Weekday::Sat | Weekday::Sun)
                && !self.closures.contains(&day)
                && !holidays.iter().any(|holiday| holiday.date == day);
            if open {
                let index = day.ordinal0() as usize;
                bits[index / 64] |= 1 << (index % 64);
            }
        }
        YearDays(bits)
    }

    /// Quebec statutory holidays of `year` (per the easter choice), sorted by date.
    ///
    /// Holidays that fall on a weekend are listed on that weekend day, except
    /// the two the law moves: the Fête nationale and the Fête du Canada go to
    /// the Monday when they fall on a Sunday.
    pub fn statutory_holidays(&self, year: i32) -> Vec<Holiday> {
        let easter = checked_easter_sunday(year);
        let good_friday = matches!(self.easter, EasterHoliday::GoodFriday | EasterHoliday::Both);
        let easter_monday = matches!(
            self.easter,
            EasterHoliday::EasterMonday | EasterHoliday::Both
        );

        // Each entry is optional only because chrono's calendar ends in year
        // 262143; inside it every one of these dates exists.
        let candidates = [
            ("Jour de l’An", ymd(year, 1, 1)),
            (
                "Vendredi saint",
                easter
                    .filter(|_| good_friday)
                    .and_then(|e| e.checked_sub_days(Days::new(2))),
            ),
            (
                "Lundi de Pâques",
                easter
                    .filter(|_| easter_monday)
                    .and_then(|e| e.checked_add_days(Days::new(1))),
            ),
            ("Journée nationale des patriotes", patriots_day(year)),
            (
                "Fête nationale du Québec",
                ymd(year, 6, 24).and_then(moved_off_sunday),
            ),
            ("Fête du Canada", ymd(year, 7, 1).and_then(moved_off_sunday)),
            (
                "Fête du Travail",
                NaiveDate::from_weekday_of_month_opt(year, 9, Weekday::Mon, 1),
            ),
            (
                "Action de grâce",
                NaiveDate::from_weekday_of_month_opt(year, 10, Weekday::Mon, 2),
            ),
            ("Noël", ymd(year, 12, 25)),
        ];
        // The fixed order above is already chronological for every year
        // (Easter Monday is at the latest 26 April); sorting keeps it true
        // should a rule ever change.
        let mut holidays: Vec<Holiday> = candidates
            .into_iter()
            .filter_map(|(name, date)| date.map(|date| Holiday { date, name }))
            .collect();
        holidays.sort_by_key(|holiday| holiday.date);
        holidays
    }

    /// Monday to Friday, neither a statutory holiday nor an organisation closure.
    pub fn is_business_day(&self, date: NaiveDate) -> bool {
        self.year(date.year()).contains(date)
    }

    /// The n-th business day strictly after `date` (date itself never counts). n >= 1.
    ///
    /// With n = 0 the date itself comes back: no day has been counted.
    ///
    /// # Panics
    ///
    /// Only past the end of chrono's calendar (year 262143).
    pub fn nth_business_day_after(&self, date: NaiveDate, n: u32) -> NaiveDate {
        let mut day = date;
        let mut counted = 0;
        let mut year = (day.year(), self.year(day.year()));
        while counted < n {
            day = day
                .succ_opt()
                .expect("business days are counted before the year 262143");
            if day.year() != year.0 {
                year = (day.year(), self.year(day.year()));
            }
            if year.1.contains(day) {
                counted += 1;
            }
        }
        day
    }

    /// The n-th business day strictly before `date`; with n = 0, `date`.
    ///
    /// # Panics
    ///
    /// Only before the start of chrono's calendar.
    pub fn nth_business_day_before(&self, date: NaiveDate, n: u32) -> NaiveDate {
        let mut day = date;
        let mut counted = 0;
        while counted < n {
            day = day
                .pred_opt()
                .expect("business days are counted after the year -262143");
            if self.is_business_day(day) {
                counted += 1;
            }
        }
        day
    }

    /// How many business days there are after `from`, up to and including `to`.
    pub fn business_days_between(&self, from: NaiveDate, to: NaiveDate) -> u32 {
        from.iter_days()
            .skip(1)
            .take_while(|day| *day <= to)
            .filter(|day| self.is_business_day(*day))
            .count() as u32
    }

    /// receipt + `hours` calendar hours.
    ///
    /// Hours of elapsed time: weekends and holidays count, and across a change
    /// of daylight saving time the local clock shows one hour more or less.
    pub fn acknowledgement_due(&self, received: DateTime<Utc>, hours: u32) -> DateTime<Utc> {
        received
            .checked_add_signed(TimeDelta::hours(i64::from(hours)))
            .unwrap_or(DateTime::<Utc>::MAX_UTC)
    }

    /// End (23:59:59 local, America/Toronto) of the `business_days`-th business day after the LOCAL day of receipt, returned in UTC.
    ///
    /// A complaint received on a weekend, a holiday or a closure counts from
    /// that day all the same: the next business day is day 1.
    pub fn response_due(&self, received: DateTime<Utc>, business_days: u32) -> DateTime<Utc> {
        let due_day = self.nth_business_day_after(local_date(received), business_days);
        local_to_utc(due_day.and_time(END_OF_DAY))
    }
}

/// The last second (23:59:59) of a local day, in UTC.
pub fn end_of_day(date: NaiveDate) -> DateTime<Utc> {
    local_to_utc(date.and_time(END_OF_DAY))
}

/// The first instant (00:00) of a local day, in UTC.
pub fn start_of_day(date: NaiveDate) -> DateTime<Utc> {
    local_to_utc(date.and_time(NaiveTime::MIN))
}

/// The day it is in Quebec at that instant.
pub fn local_date(at: DateTime<Utc>) -> NaiveDate {
    at.with_timezone(&ZONE).date_naive()
}

/// Easter Sunday of the Gregorian calendar, by the anonymous computus
/// (Meeus/Jones/Butcher).
///
/// # Panics
///
/// Only for a year outside chrono's calendar (beyond ±262143).
pub fn easter_sunday(year: i32) -> NaiveDate {
    checked_easter_sunday(year).expect("the year is inside chrono's calendar")
}

fn checked_easter_sunday(year: i32) -> Option<NaiveDate> {
    // Euclidean division keeps the formula right for proleptic years before 0.
    let a = year.rem_euclid(19);
    let b = year.div_euclid(100);
    let c = year.rem_euclid(100);
    let d = b.div_euclid(4);
    let e = b.rem_euclid(4);
    let f = (b + 8).div_euclid(25);
    let g = (b - f + 1).div_euclid(3);
    let h = (19 * a + b - d - g + 15).rem_euclid(30);
    let i = c.div_euclid(4);
    let k = c.rem_euclid(4);
    let l = (32 + 2 * e + 2 * i - h - k).rem_euclid(7);
    let m = (a + 11 * h + 22 * l).div_euclid(451);
    let month = (h + l - 7 * m + 114).div_euclid(31);
    let day = (h + l - 7 * m + 114).rem_euclid(31) + 1;
    // month is 3 or 4 and day 1..=31 by construction.
    ymd(year, month as u32, day as u32)
}

fn ymd(year: i32, month: u32, day: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(year, month, day)
}

/// The Monday before 25 May: the last Monday from 18 to 24 May.
fn patriots_day(year: i32) -> Option<NaiveDate> {
    let may_24 = ymd(year, 5, 24)?;
    may_24.checked_sub_days(Days::new(u64::from(
        may_24.weekday().num_days_from_monday(),
    )))
}

/// The Fête nationale and the Fête du Canada are observed on the Monday when
/// they fall on a Sunday (but not when they fall on a Saturday).
fn moved_off_sunday(date: NaiveDate) -> Option<NaiveDate> {
    if date.weekday() == Weekday::Sun {
        date.succ_opt()
    } else {
        Some(date)
    }
}

/// The instant a Quebec wall-clock time shows.
///
/// Toronto changes its clocks at 2:00, so the times this module asks for
/// exist exactly once; the fallback only keeps a gap in the rules from
/// becoming a panic, by reading the time with the offset in force around it.
fn local_to_utc(local: NaiveDateTime) -> DateTime<Utc> {
    match ZONE.from_local_datetime(&local).earliest() {
        Some(at) => at.with_timezone(&Utc),
        None => {
            let offset = ZONE.offset_from_utc_datetime(&local).fix();
            Utc.from_utc_datetime(&(local - offset))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(text: &str) -> NaiveDate {
        text.parse().expect("a test date")
    }

    #[test]
    fn the_year_tables_say_what_the_rule_says_every_day() {
        let closures = [date("2026-12-24"), date("2026-12-31"), date("2031-03-14")];
        for easter in [
            EasterHoliday::GoodFriday,
            EasterHoliday::EasterMonday,
            EasterHoliday::Both,
        ] {
            let calendar = BusinessCalendar::new(easter, closures);
            for day in date("2019-12-25")
                .iter_days()
                .take_while(|day| *day <= date("2041-01-05"))
            {
                let rule = !matches!(day.weekday(), Weekday::Sat | Weekday::Sun)
                    && !closures.contains(&day)
                    && !calendar
                        .statutory_holidays(day.year())
                        .iter()
                        .any(|holiday| holiday.date == day);
                assert_eq!(calendar.is_business_day(day), rule, "{day} ({easter:?})");
            }
            // Across a new year, counting reads the next year's table.
            assert_eq!(
                calendar.nth_business_day_after(date("2026-12-29"), 3),
                date("2027-01-05")
            );
        }
    }

    fn instant(text: &str) -> DateTime<Utc> {
        text.parse().expect("a test instant in RFC 3339")
    }

    fn local(text: &str) -> DateTime<Utc> {
        let naive: NaiveDateTime = text.parse().expect("a test local time");
        ZONE.from_local_datetime(&naive)
            .single()
            .expect("an unambiguous local time")
            .with_timezone(&Utc)
    }

    fn calendar(easter: EasterHoliday) -> BusinessCalendar {
        BusinessCalendar::new(easter, [])
    }

    const NAMES: [&str; 9] = [
        "Jour de l’An",
        "Vendredi saint",
        "Lundi de Pâques",
        "Journée nationale des patriotes",
        "Fête nationale du Québec",
        "Fête du Canada",
        "Fête du Travail",
        "Action de grâce",
        "Noël",
    ];

    // Taken from the Python `holidays` library (Canada, subdiv QC,
    // observed=False, Easter Monday from the optional category), in the order
    // of NAMES, with the Quebec Sunday shift applied by hand to 24 June and
    // 1 July (2029 and 2035), which the library leaves on the Sunday.
    #[rustfmt::skip]
    const EXPECTED: [(i32, [&str; 9]); 11] = [
        (2025, ["2025-01-01", "2025-04-18", "2025-04-21", "2025-05-19", "2025-06-24", "2025-07-01", "2025-09-01", "2025-10-13", "2025-12-25"]),
        (2026, ["2026-01-01", "2026-04-03", "2026-04-06", "2026-05-18", "2026-06-24", "2026-07-01", "2026-09-07", "2026-10-12", "2026-12-25"]),
        (2027, ["2027-01-01", "2027-03-26", "2027-03-29", "2027-05-24", "2027-06-24", "2027-07-01", "2027-09-06", "2027-10-11", "2027-12-25"]),
        (2028, ["2028-01-01", "2028-04-14", "2028-04-17", "2028-05-22", "2028-06-24", "2028-07-01", "2028-09-04", "2028-10-09", "2028-12-25"]),
        (2029, ["2029-01-01", "2029-03-30", "2029-04-02", "2029-05-21", "2029-06-25", "2029-07-02", "2029-09-03", "2029-10-08", "2029-12-25"]),
        (2030, ["2030-01-01", "2030-04-19", "2030-04-22", "2030-05-20", "2030-06-24", "2030-07-01", "2030-09-02", "2030-10-14", "2030-12-25"]),
        (2031, ["2031-01-01", "2031-04-11", "2031-04-14", "2031-05-19", "2031-06-24", "2031-07-01", "2031-09-01", "2031-10-13", "2031-12-25"]),
        (2032, ["2032-01-01", "2032-03-26", "2032-03-29", "2032-05-24", "2032-06-24", "2032-07-01", "2032-09-06", "2032-10-11", "2032-12-25"]),
        (2033, ["2033-01-01", "2033-04-15", "2033-04-18", "2033-05-23", "2033-06-24", "2033-07-01", "2033-09-05", "2033-10-10", "2033-12-25"]),
        (2034, ["2034-01-01", "2034-04-07", "2034-04-10", "2034-05-22", "2034-06-24", "2034-07-01", "2034-09-04", "2034-10-09", "2034-12-25"]),
        (2035, ["2035-01-01", "2035-03-23", "2035-03-26", "2035-05-21", "2035-06-25", "2035-07-02", "2035-09-03", "2035-10-08", "2035-12-25"]),
    ];

    #[test]
    fn every_quebec_statutory_holiday_from_2025_to_2035_falls_on_the_expected_day() {
        let calendar = calendar(EasterHoliday::Both);
        for (year, dates) in EXPECTED {
            let expected: Vec<Holiday> = NAMES
                .iter()
                .zip(dates)
                .map(|(name, day)| Holiday {
                    date: date(day),
                    name,
                })
                .collect();
            assert_eq!(calendar.statutory_holidays(year), expected, "year {year}");
        }
    }

    #[test]
    fn new_year_and_christmas_stay_on_their_day_even_on_a_weekend() {
        let calendar = calendar(EasterHoliday::Both);
        // 25 December 2033 and 1 January 2034 are Sundays.
        assert_eq!(date("2033-12-25").weekday(), Weekday::Sun);
        assert_eq!(date("2034-01-01").weekday(), Weekday::Sun);
        assert!(calendar.is_business_day(date("2033-12-26")));
        assert!(calendar.is_business_day(date("2034-01-02")));
        for (year, [new_year, .., christmas]) in EXPECTED {
            assert_eq!(date(new_year), date(&format!("{year}-01-01")));
            assert_eq!(date(christmas), date(&format!("{year}-12-25")));
        }
    }

    #[test]
    fn the_fete_nationale_on_a_sunday_moves_to_monday_25_june_in_2029_and_2035() {
        let calendar = calendar(EasterHoliday::Both);
        for year in [2029, 2035] {
            let sunday = date(&format!("{year}-06-24"));
            let monday = date(&format!("{year}-06-25"));
            assert_eq!(sunday.weekday(), Weekday::Sun);
            let holidays = calendar.statutory_holidays(year);
            assert!(holidays.contains(&Holiday {
                date: monday,
                name: "Fête nationale du Québec"
            }));
            assert!(holidays.iter().all(|holiday| holiday.date != sunday));
            assert!(!calendar.is_business_day(monday));
            assert!(calendar.is_business_day(date(&format!("{year}-06-26"))));
        }
    }

    #[test]
    fn canada_day_on_a_sunday_moves_to_monday_2_july_in_2029_and_2035() {
        let calendar = calendar(EasterHoliday::Both);
        for year in [2029, 2035] {
            let sunday = date(&format!("{year}-07-01"));
            let monday = date(&format!("{year}-07-02"));
            assert_eq!(sunday.weekday(), Weekday::Sun);
            let holidays = calendar.statutory_holidays(year);
            assert!(holidays.contains(&Holiday {
                date: monday,
                name: "Fête du Canada"
            }));
            assert!(holidays.iter().all(|holiday| holiday.date != sunday));
            assert!(!calendar.is_business_day(monday));
            assert!(calendar.is_business_day(date(&format!("{year}-07-03"))));
        }
    }

    #[test]
    fn the_fete_nationale_and_canada_day_on_a_saturday_are_not_moved() {
        let calendar = calendar(EasterHoliday::Both);
        // 24 June and 1 July 2028 are Saturdays: the Friday before and the
        // Monday after are ordinary working days.
        let holidays = calendar.statutory_holidays(2028);
        assert!(holidays.iter().any(|h| h.date == date("2028-06-24")));
        assert!(holidays.iter().any(|h| h.date == date("2028-07-01")));
        for day in ["2028-06-23", "2028-06-26", "2028-06-30", "2028-07-03"] {
            assert!(calendar.is_business_day(date(day)), "{day}");
        }
    }

    #[test]
    fn the_patriots_day_is_the_monday_before_25_may() {
        let calendar = calendar(EasterHoliday::Both);
        let patriots = |year| {
            calendar
                .statutory_holidays(year)
                .into_iter()
                .find(|h| h.name == "Journée nationale des patriotes")
                .map(|h| h.date)
        };
        // 25 May 2026 is a Monday: the holiday is the week before.
        assert_eq!(patriots(2026), Some(date("2026-05-18")));
        // 24 May 2027 is a Monday: it is the holiday itself.
        assert_eq!(patriots(2027), Some(date("2027-05-24")));
    }

    #[test]
    fn easter_sunday_matches_known_years() {
        for (year, expected) in [
            (2024, "2024-03-31"),
            (2025, "2025-04-20"),
            (2026, "2026-04-05"),
            (2027, "2027-03-28"),
            (2038, "2038-04-25"),
            (2285, "2285-03-22"),
            (1818, "1818-03-22"),
            (1943, "1943-04-25"),
        ] {
            assert_eq!(easter_sunday(year), date(expected), "year {year}");
        }
    }

    #[test]
    fn good_friday_only_leaves_easter_monday_a_business_day() {
        let calendar = calendar(EasterHoliday::GoodFriday);
        assert!(!calendar.is_business_day(date("2026-04-03")));
        assert!(calendar.is_business_day(date("2026-04-06")));
        let names: Vec<&str> = calendar
            .statutory_holidays(2026)
            .iter()
            .map(|h| h.name)
            .collect();
        assert!(names.contains(&"Vendredi saint"));
        assert!(!names.contains(&"Lundi de Pâques"));
        assert_eq!(names.len(), 8);
    }

    #[test]
    fn easter_monday_only_leaves_good_friday_a_business_day() {
        let calendar = calendar(EasterHoliday::EasterMonday);
        assert!(calendar.is_business_day(date("2026-04-03")));
        assert!(!calendar.is_business_day(date("2026-04-06")));
        let names: Vec<&str> = calendar
            .statutory_holidays(2026)
            .iter()
            .map(|h| h.name)
            .collect();
        assert!(!names.contains(&"Vendredi saint"));
        assert!(names.contains(&"Lundi de Pâques"));
        assert_eq!(names.len(), 8);
    }

    #[test]
    fn both_easter_days_make_neither_a_business_day() {
        let calendar = calendar(EasterHoliday::Both);
        assert!(!calendar.is_business_day(date("2026-04-03")));
        assert!(!calendar.is_business_day(date("2026-04-06")));
        assert_eq!(
            calendar.nth_business_day_after(date("2026-04-02"), 1),
            date("2026-04-07")
        );
    }

    #[test]
    fn the_easter_choice_reads_the_french_words_of_the_settings() {
        let read = |text: &str| serde_json::from_str::<EasterHoliday>(text).ok();
        assert_eq!(read("\"vendredi_saint\""), Some(EasterHoliday::GoodFriday));
        assert_eq!(
            read("\"lundi_de_paques\""),
            Some(EasterHoliday::EasterMonday)
        );
        assert_eq!(read("\"les_deux\""), Some(EasterHoliday::Both));
        assert_eq!(read("\"good_friday\""), None);
    }

    #[test]
    fn weekends_and_closures_are_not_business_days() {
        let calendar = BusinessCalendar::new(EasterHoliday::Both, [date("2026-03-11")]);
        assert!(calendar.is_business_day(date("2026-03-10")));
        assert!(!calendar.is_business_day(date("2026-03-11")));
        assert!(!calendar.is_business_day(date("2026-03-14")));
        assert!(!calendar.is_business_day(date("2026-03-15")));
    }

    #[test]
    fn the_day_itself_never_counts_as_a_business_day_after() {
        let calendar = calendar(EasterHoliday::Both);
        // Tuesday 10 March 2026 is a business day, yet day 1 is the Wednesday.
        assert_eq!(
            calendar.nth_business_day_after(date("2026-03-10"), 1),
            date("2026-03-11")
        );
        assert_eq!(
            calendar.nth_business_day_after(date("2026-03-13"), 1),
            date("2026-03-16")
        );
    }

    #[test]
    fn a_complaint_received_on_a_friday_evening_is_due_at_the_end_of_the_tenth_business_day() {
        let calendar = calendar(EasterHoliday::Both);
        let received = local("2026-11-27T21:00:00");
        assert_eq!(received, instant("2026-11-28T02:00:00Z"));
        assert_eq!(
            calendar.response_due(received, 10),
            instant("2026-12-12T04:59:59Z")
        );
    }

    #[test]
    fn a_complaint_received_on_a_holiday_counts_from_that_day() {
        let calendar = calendar(EasterHoliday::Both);
        // Labour Day, Monday 7 September 2026: day 1 is Tuesday 8 September.
        assert!(!calendar.is_business_day(date("2026-09-07")));
        assert_eq!(
            calendar.nth_business_day_after(date("2026-09-07"), 1),
            date("2026-09-08")
        );
        let received = local("2026-09-07T10:00:00");
        assert_eq!(
            calendar.response_due(received, 1),
            local("2026-09-08T23:59:59")
        );
        // Day 10 is Monday 21 September, in daylight time (UTC-4).
        assert_eq!(
            calendar.response_due(received, 10),
            instant("2026-09-22T03:59:59Z")
        );
    }

    #[test]
    fn the_christmas_closures_of_the_settings_push_the_response_into_january() {
        let closures = [
            "2026-12-24",
            "2026-12-28",
            "2026-12-29",
            "2026-12-30",
            "2026-12-31",
        ];
        let calendar = BusinessCalendar::new(EasterHoliday::Both, closures.map(date));
        // Counted by hand from Monday 14 December: 15, 16, 17, 18, 21, 22, 23
        // December are days 1 to 7; 24 (closed), 25 (Noël), 28 to 31 (closed)
        // and 1 January (Jour de l’An) do not count; 4, 5, 6 January are days
        // 8, 9, 10.
        let received = local("2026-12-14T10:00:00");
        assert_eq!(
            calendar.response_due(received, 10),
            instant("2027-01-07T04:59:59Z")
        );
        // Without the closures the same complaint is due on 29 December.
        assert_eq!(
            self::calendar(EasterHoliday::Both).response_due(received, 10),
            local("2026-12-29T23:59:59")
        );
    }

    #[test]
    fn the_acknowledgement_counts_calendar_hours_across_a_weekend() {
        let calendar = calendar(EasterHoliday::Both);
        let received = local("2026-11-27T16:00:00");
        let due = calendar.acknowledgement_due(received, 48);
        assert_eq!(due, local("2026-11-29T16:00:00"));
        assert_eq!(due.with_timezone(&ZONE).weekday(), Weekday::Sun);
    }

    #[test]
    fn an_instant_already_tomorrow_in_utc_counts_from_the_local_day() {
        let calendar = calendar(EasterHoliday::Both);
        // Friday 6 March at 3:30 UTC is still Thursday 5 March at 22:30 in Quebec.
        let received = instant("2026-03-06T03:30:00Z");
        assert_eq!(local_date(received), date("2026-03-05"));
        // Day 1 is then Friday 6 March (standard time, UTC-5), not Monday 9.
        assert_eq!(
            calendar.response_due(received, 1),
            instant("2026-03-07T04:59:59Z")
        );
    }

    #[test]
    fn a_response_due_after_the_spring_change_ends_at_midnight_daylight_time() {
        let calendar = calendar(EasterHoliday::Both);
        // Clocks go forward on Sunday 8 March 2026.
        let received = instant("2026-03-06T03:30:00Z");
        // Day 2 is Monday 9 March, already in daylight time (UTC-4).
        assert_eq!(
            calendar.response_due(received, 2),
            instant("2026-03-10T03:59:59Z")
        );
        // Day 10 is Thursday 19 March.
        assert_eq!(
            calendar.response_due(received, 10),
            instant("2026-03-20T03:59:59Z")
        );
    }

    #[test]
    fn a_wall_clock_time_skipped_by_the_spring_change_does_not_panic() {
        // 2:30 on 8 March 2026 never shows on Quebec clocks; it is read with
        // the standard offset, which lands on 3:30 daylight time.
        let skipped: NaiveDateTime = "2026-03-08T02:30:00".parse().expect("a test local time");
        assert_eq!(local_to_utc(skipped), instant("2026-03-08T07:30:00Z"));
        assert_eq!(
            local_to_utc("2026-03-08T23:59:59".parse().expect("a test local time")),
            instant("2026-03-09T03:59:59Z")
        );
    }

    #[test]
    fn a_response_due_after_the_autumn_change_ends_at_midnight_standard_time() {
        let calendar = calendar(EasterHoliday::Both);
        // Clocks go back on Sunday 1 November 2026; Friday 30 October is in
        // daylight time, Monday 2 November in standard time (UTC-5).
        let received = local("2026-10-30T12:00:00");
        assert_eq!(
            calendar.response_due(received, 1),
            instant("2026-11-03T04:59:59Z")
        );
    }
}
