//! Dates as people type them: `YYYY-MM-DD` exactly, `today` or `yesterday`.
//! Parsing reads no clock: `today` and `yesterday` stay words until the
//! command resolves them against the one `today` of the run.

use chrono::{Datelike, Days, NaiveDate};

use crate::i18n::t;

/// Whether a date is one `plan` writes and reads: years 0000 to 9999, the
/// four digits of `YYYY-MM-DD` (and of an iCalendar DATE). A date outside
/// them is refused wherever it would enter: an import, a synced log,
/// `PLAN_TODAY`, `--date`.
pub fn in_range(date: NaiveDate) -> bool {
    (0..=9999).contains(&date.year())
}

/// A day as the person gave it, before it is known what day today is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateArg {
    Today,
    Yesterday,
    On(NaiveDate),
}

impl DateArg {
    /// `today`, `yesterday` (in any case) or `YYYY-MM-DD`, with a message for clap.
    pub fn parse(text: &str) -> Result<DateArg, String> {
        match text.trim().to_ascii_lowercase().as_str() {
            "today" => Ok(DateArg::Today),
            "yesterday" => Ok(DateArg::Yesterday),
            _ => match read_date(text) {
                Ok(date) => Ok(DateArg::On(date)),
                Err(BadDate::Form) => Err(t!("error-date-form-or-word", text = text)),
                Err(BadDate::NoSuchDay) => Err(t!("error-date-no-such-day", text = text)),
            },
        }
    }

    /// The calendar day this names when today is `today`.
    pub fn resolve(self, today: NaiveDate) -> Result<NaiveDate, String> {
        match self {
            DateArg::Today => Ok(today),
            DateArg::Yesterday => today
                .checked_sub_days(Days::new(1))
                .filter(|&day| in_range(day))
                .ok_or_else(|| t!("error-date-no-yesterday")),
            DateArg::On(date) => Ok(date),
        }
    }
}

/// Parse `YYYY-MM-DD`, refusing anything looser, with a message for clap.
pub fn parse_date(text: &str) -> Result<NaiveDate, String> {
    read_date(text).map_err(|bad| match bad {
        BadDate::Form => t!("error-date-form", text = text),
        BadDate::NoSuchDay => t!("error-date-no-such-day", text = text),
    })
}

/// Why a text is no date.
enum BadDate {
    /// Not written as `YYYY-MM-DD`.
    Form,
    /// Written so, but no day on the calendar (`2023-02-29`).
    NoSuchDay,
}

fn read_date(text: &str) -> Result<NaiveDate, BadDate> {
    let well_formed = text.len() == 10
        && text
            .bytes()
            .enumerate()
            .all(|(i, b)| if i == 4 || i == 7 { b == b'-' } else { b.is_ascii_digit() });
    if !well_formed {
        return Err(BadDate::Form);
    }
    NaiveDate::parse_from_str(text, "%Y-%m-%d").map_err(|_| BadDate::NoSuchDay)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn dates_are_strict() {
        assert_eq!(parse_date("2024-02-29"), Ok(d(2024, 2, 29)));
        assert_eq!(parse_date("2023-02-29").unwrap_err(), "2023-02-29 is not a day on the calendar");
        assert_eq!(parse_date("2026-1-05").unwrap_err(), "`2026-1-05` is not a date; write it as YYYY-MM-DD");
        assert!(parse_date("2026-01-05x").is_err());
        assert!(parse_date("tomorrow").is_err());
    }

    #[test]
    fn today_and_yesterday_are_days_too() {
        let today = d(2026, 3, 1);
        let day = |text| DateArg::parse(text).and_then(|arg| arg.resolve(today));
        assert_eq!(day("today"), Ok(today));
        assert_eq!(day("Yesterday"), Ok(d(2026, 2, 28)));
        assert_eq!(day("2026-02-14"), Ok(d(2026, 2, 14)));
        assert_eq!(
            DateArg::parse("tomorrow").unwrap_err(),
            "`tomorrow` is not a date; write it as YYYY-MM-DD, today or yesterday"
        );
        assert_eq!(DateArg::parse("2023-02-29").unwrap_err(), "2023-02-29 is not a day on the calendar");
    }

    #[test]
    fn the_words_wait_for_today() {
        assert_eq!(DateArg::parse(" TODAY "), Ok(DateArg::Today));
        assert_eq!(DateArg::parse("yesterday"), Ok(DateArg::Yesterday));
        // Yesterday across a year's end and a leap day; a date is itself whatever today is.
        assert_eq!(DateArg::Yesterday.resolve(d(2027, 1, 1)), Ok(d(2026, 12, 31)));
        assert_eq!(DateArg::Yesterday.resolve(d(2028, 3, 1)), Ok(d(2028, 2, 29)));
        assert_eq!(DateArg::On(d(2026, 2, 14)).resolve(d(2030, 1, 1)), Ok(d(2026, 2, 14)));
        assert_eq!(DateArg::Yesterday.resolve(NaiveDate::MIN).unwrap_err(), "there is no yesterday");
        assert_eq!(DateArg::Yesterday.resolve(d(0, 1, 1)).unwrap_err(), "there is no yesterday");
        assert!(in_range(d(0, 1, 1)) && in_range(d(9999, 12, 31)) && !in_range(d(10000, 1, 1)));
    }
}
