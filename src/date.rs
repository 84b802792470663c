//! Dates as people type them: `YYYY-MM-DD` exactly, `today` or `yesterday`.

use chrono::{Days, NaiveDate};

/// A day as the person gave it: `today`, `yesterday` or `YYYY-MM-DD`.
pub fn parse_day(text: &str, today: NaiveDate) -> Result<NaiveDate, String> {
    match text.trim().to_ascii_lowercase().as_str() {
        "today" => Ok(today),
        "yesterday" => today.checked_sub_days(Days::new(1)).ok_or_else(|| "there is no yesterday".to_owned()),
        _ => parse_date(text).map_err(|message| {
            if message.contains("YYYY-MM-DD") { format!("{message}, today or yesterday") } else { message }
        }),
    }
}

/// Parse `YYYY-MM-DD`, refusing anything looser, with a message for clap.
pub fn parse_date(text: &str) -> Result<NaiveDate, String> {
    let well_formed = text.len() == 10
        && text
            .bytes()
            .enumerate()
            .all(|(i, b)| if i == 4 || i == 7 { b == b'-' } else { b.is_ascii_digit() });
    if !well_formed {
        return Err(format!("`{text}` is not a date; write it as YYYY-MM-DD"));
    }
    NaiveDate::parse_from_str(text, "%Y-%m-%d").map_err(|_| format!("{text} is not a day on the calendar"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_strict() {
        assert_eq!(parse_date("2024-02-29"), Ok(NaiveDate::from_ymd_opt(2024, 2, 29).unwrap()));
        assert_eq!(parse_date("2023-02-29").unwrap_err(), "2023-02-29 is not a day on the calendar");
        assert_eq!(parse_date("2026-1-05").unwrap_err(), "`2026-1-05` is not a date; write it as YYYY-MM-DD");
        assert!(parse_date("2026-01-05x").is_err());
        assert!(parse_date("tomorrow").is_err());
    }

    #[test]
    fn today_and_yesterday_are_days_too() {
        let today = NaiveDate::from_ymd_opt(2026, 3, 1).unwrap();
        assert_eq!(parse_day("today", today), Ok(today));
        assert_eq!(parse_day("Yesterday", today), Ok(NaiveDate::from_ymd_opt(2026, 2, 28).unwrap()));
        assert_eq!(parse_day("2026-02-14", today), Ok(NaiveDate::from_ymd_opt(2026, 2, 14).unwrap()));
        assert_eq!(
            parse_day("tomorrow", today).unwrap_err(),
            "`tomorrow` is not a date; write it as YYYY-MM-DD, today or yesterday"
        );
    }
}
