//! The one place that reads the date. Everything else is handed `today`.

// The one place that reads the clock and `PLAN_TODAY`.
#![allow(clippy::disallowed_methods)]

use anyhow::{Context, Result, bail};
use chrono::{Local, NaiveDate};

use crate::date::parse_date;

/// The environment variable that replaces today's date (tests, demos, back-filling).
pub const TODAY_VAR: &str = "PLAN_TODAY";

/// Today's local calendar date, or `PLAN_TODAY` when it is set.
pub fn today() -> Result<NaiveDate> {
    match std::env::var(TODAY_VAR) {
        Ok(text) => parse_date(text.trim())
            .map_err(anyhow::Error::msg)
            .with_context(|| format!("{TODAY_VAR} is set but is not a date")),
        Err(std::env::VarError::NotPresent) => Ok(Local::now().date_naive()),
        Err(std::env::VarError::NotUnicode(_)) => bail!("{TODAY_VAR} is not valid text"),
    }
}

/// The wall clock in milliseconds since 1970, for the hybrid logical clock
/// that orders events across devices (see `event::Clock`). Not for days:
/// those come from [`today`].
pub fn now_ms() -> u64 {
    let since = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap_or_default();
    u64::try_from(since.as_millis()).unwrap_or(u64::MAX)
}
