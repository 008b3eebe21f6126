//! Dates and times written the way Quebec French readers expect them in a
//! letter: « 1er juillet 2026 », « 14 décembre 2026 à 16 h 30 ». Instants are
//! always shown in Quebec time, never in the servers' UTC. The words and
//! their order are the French catalogue's (`words::french`): these are its
//! shorthands for the staff's pages and mail, which are French only.

use chrono::{DateTime, NaiveDate, Utc};

use crate::words::french;

/// The months' names, January first, as the French catalogue writes them
/// (`month-1`…): for what needs them as constants, such as the checks of
/// the typography between a day and its month.
pub const MONTHS: [&str; 12] = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
];

/// A text typed with ordinary spaces, set in Quebec typography: a
/// non-breaking space (U+00A0) before « : ; ! ? » and inside « », the
/// words themselves unchanged (the policy is the board's text, word for
/// word).
pub fn typeset(text: &str) -> String {
    let mut set = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (c, chars.peek()) {
            (' ', Some(':' | ';' | '!' | '?' | '»')) => set.push('\u{a0}'),
            ('«', Some(' ')) => {
                set.push('«');
                set.push('\u{a0}');
                chars.next();
            }
            (c, _) => set.push(c),
        }
    }
    set
}

/// « 5 000 »: thousands grouped with a narrow non-breaking space (U+202F).
pub fn number(value: usize) -> String {
    french().number(value)
}

/// « 1 jour ouvrable », « 3 jours ouvrables » (a non-breaking space after
/// the number).
pub fn business_days(days: u32) -> String {
    french().t1("business-days", "days", days)
}

/// "1er juillet 2026", "14 décembre 2026" (local date in America/Toronto)
pub fn date(at: DateTime<Utc>) -> String {
    french().date(at)
}

/// "14 décembre 2026 à 16 h 30", "1er juillet 2026 à 9 h", "3 mars 2026 à 9 h 05"
pub fn date_time(at: DateTime<Utc>) -> String {
    french().date_time(at)
}

/// "lundi 14 décembre 2026" (weekday lowercase)
pub fn long_date(at: DateTime<Utc>) -> String {
    french().long_date(at)
}

/// same as `date` but for a NaiveDate
pub fn day(date: NaiveDate) -> String {
    french().day(date)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typesetting_puts_non_breaking_spaces_where_french_wants_them_and_nowhere_else() {
        assert_eq!(
            typeset(
                "Courriel\u{a0}: «\u{a0}oui\u{a0}»\u{a0}; vraiment\u{a0}? Oui\u{a0}! 10\u{a0}h"
            ),
            "Courriel\u{a0}: «\u{a0}oui\u{a0}»\u{a0}; vraiment\u{a0}? Oui\u{a0}! 10\u{a0}h"
        );
        assert_eq!(typeset("https://exemple.ca"), "https://exemple.ca");
    }

    fn instant(text: &str) -> DateTime<Utc> {
        text.parse().expect("a test instant in RFC 3339")
    }

    fn ymd(year: i32, month: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(year, month, day).expect("a test date")
    }

    #[test]
    fn the_first_of_the_month_is_written_1er() {
        assert_eq!(day(ymd(2026, 7, 1)), "1er\u{a0}juillet 2026");
        assert_eq!(day(ymd(2026, 7, 2)), "2\u{a0}juillet 2026");
        assert_eq!(day(ymd(2026, 12, 11)), "11\u{a0}décembre 2026");
        assert_eq!(day(ymd(2026, 12, 21)), "21\u{a0}décembre 2026");
    }

    #[test]
    fn every_month_has_its_lowercase_french_name() {
        let expected = [
            "15\u{a0}janvier 2026",
            "15\u{a0}février 2026",
            "15\u{a0}mars 2026",
            "15\u{a0}avril 2026",
            "15\u{a0}mai 2026",
            "15\u{a0}juin 2026",
            "15\u{a0}juillet 2026",
            "15\u{a0}août 2026",
            "15\u{a0}septembre 2026",
            "15\u{a0}octobre 2026",
            "15\u{a0}novembre 2026",
            "15\u{a0}décembre 2026",
        ];
        for (month, text) in (1..=12).zip(expected) {
            assert_eq!(day(ymd(2026, month, 15)), text);
        }
    }

    #[test]
    fn the_months_constants_are_the_catalogues() {
        for (index, month) in MONTHS.iter().enumerate() {
            assert_eq!(french().t(&format!("month-{}", index + 1)), *month);
        }
    }

    #[test]
    fn a_winter_time_is_shown_in_eastern_standard_time() {
        // UTC-5 in December.
        assert_eq!(
            date_time(instant("2026-12-14T21:30:00Z")),
            "14\u{a0}décembre 2026 à 16\u{a0}h\u{a0}30"
        );
    }

    #[test]
    fn a_summer_time_is_shown_in_eastern_daylight_time() {
        // UTC-4 in July.
        assert_eq!(
            date_time(instant("2026-07-01T13:00:00Z")),
            "1er\u{a0}juillet 2026 à 9\u{a0}h"
        );
    }

    #[test]
    fn a_whole_hour_has_no_minutes() {
        assert_eq!(
            date_time(instant("2026-12-14T22:00:00Z")),
            "14\u{a0}décembre 2026 à 17\u{a0}h"
        );
        assert_eq!(
            date_time(instant("2026-01-15T05:00:00Z")),
            "15\u{a0}janvier 2026 à 0\u{a0}h"
        );
    }

    #[test]
    fn minutes_have_two_digits_and_hours_no_leading_zero() {
        assert_eq!(
            date_time(instant("2026-03-03T14:05:00Z")),
            "3\u{a0}mars 2026 à 9\u{a0}h\u{a0}05"
        );
        assert_eq!(
            date_time(instant("2026-03-03T14:59:00Z")),
            "3\u{a0}mars 2026 à 9\u{a0}h\u{a0}59"
        );
    }

    #[test]
    fn seconds_are_not_shown() {
        assert_eq!(
            date_time(instant("2026-12-12T04:59:59Z")),
            "11\u{a0}décembre 2026 à 23\u{a0}h\u{a0}59"
        );
    }

    #[test]
    fn the_date_is_the_quebec_day_not_the_utc_day() {
        // Already 1 January 2027 in UTC, still New Year's Eve in Quebec.
        let at = instant("2027-01-01T03:00:00Z");
        assert_eq!(date(at), "31\u{a0}décembre 2026");
        assert_eq!(long_date(at), "jeudi 31\u{a0}décembre 2026");
        assert_eq!(date_time(at), "31\u{a0}décembre 2026 à 22\u{a0}h");
    }

    #[test]
    fn numbers_group_their_thousands_with_a_narrow_space_that_never_breaks() {
        assert_eq!(number(7), "7");
        assert_eq!(number(5000), "5\u{202f}000");
        assert_eq!(number(1_234_567), "1\u{202f}234\u{202f}567");
        assert_eq!(business_days(1), "1\u{a0}jour ouvrable");
        assert_eq!(business_days(3), "3\u{a0}jours ouvrables");
    }

    #[test]
    fn the_long_date_starts_with_the_lowercase_weekday() {
        assert_eq!(
            long_date(instant("2026-12-14T15:00:00Z")),
            "lundi 14\u{a0}décembre 2026"
        );
        assert_eq!(
            long_date(instant("2026-07-01T16:00:00Z")),
            "mercredi 1er\u{a0}juillet 2026"
        );
        let weekdays: Vec<String> = (14..=20)
            .map(|d| long_date(instant(&format!("2026-12-{d}T17:00:00Z"))))
            .collect();
        assert_eq!(
            weekdays,
            [
                "lundi 14\u{a0}décembre 2026",
                "mardi 15\u{a0}décembre 2026",
                "mercredi 16\u{a0}décembre 2026",
                "jeudi 17\u{a0}décembre 2026",
                "vendredi 18\u{a0}décembre 2026",
                "samedi 19\u{a0}décembre 2026",
                "dimanche 20\u{a0}décembre 2026",
            ]
        );
    }

    #[test]
    fn date_and_day_agree() {
        assert_eq!(
            date(instant("2026-07-01T13:00:00Z")),
            "1er\u{a0}juillet 2026"
        );
        assert_eq!(date(instant("2026-07-01T13:00:00Z")), day(ymd(2026, 7, 1)));
    }
}
