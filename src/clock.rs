//! The one place that reads the date. Everything else is handed `today`.

// The one place that reads the clock and `PLAN_TODAY`.
#![allow(clippy::disallowed_methods)]

use chrono::{DateTime, FixedOffset, Local, NaiveDate, Timelike};

use crate::date::parse_date;

/// The environment variable that replaces today's date (tests, demos, back-filling).
pub const TODAY_VAR: &str = "PLAN_TODAY";

/// Why `PLAN_TODAY` gives no day. `error.rs` words it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BadToday {
    /// It is set, but not to a date: what the date parser said of it.
    NotADate(String),
    /// It is not text at all.
    NotText,
}

/// Today's local calendar date, or `PLAN_TODAY` when it is set.
pub fn today() -> Result<NaiveDate, BadToday> {
    match std::env::var(TODAY_VAR) {
        Ok(text) => parse_date(text.trim()).map_err(BadToday::NotADate),
        Err(std::env::VarError::NotPresent) => Ok(Local::now().date_naive()),
        Err(std::env::VarError::NotUnicode(_)) => Err(BadToday::NotText),
    }
}

/// The wall clock in milliseconds since 1970, for the hybrid logical clock
/// that orders events across devices (see `event::Clock`). Not for days:
/// those come from [`today`].
pub fn now_ms() -> u64 {
    let since = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap_or_default();
    u64::try_from(since.as_millis()).unwrap_or(u64::MAX)
}

/// The local time now, for a time a person reads (an SOS, a partner's
/// digest). With `PLAN_TODAY` set, the time of day is on that day.
pub fn now() -> Result<DateTime<FixedOffset>, BadToday> {
    // To the millisecond: enough to order two devices' digests, and no more.
    let now = Local::now().fixed_offset();
    let now = now.with_nanosecond(now.nanosecond() / 1_000_000 * 1_000_000).unwrap_or(now);
    let today = today()?;
    if today == now.date_naive() {
        return Ok(now);
    }
    Ok(today.and_time(now.time()).and_local_timezone(*now.offset()).single().unwrap_or(now))
}
