use std::io::Write;

use anyhow::Result;
use chrono::{Days, NaiveDate};

use crate::cli::LogArgs;
use crate::render;
use crate::state::month_key;
use crate::store::Home;

pub fn run(home: &Home, args: &LogArgs, today: NaiveDate, out: &mut impl Write) -> Result<()> {
    let lock = home.lock_shared()?;
    let state = home.load(&lock)?;
    let from =
        args.days.map(|n| today.checked_sub_days(Days::new(u64::from(n) - 1)).unwrap_or(NaiveDate::MIN));
    let first_month = from.map(month_key);
    let mut entries = Vec::new();
    // Newest month first, stopping at the first one before the window.
    for month in state.months.keys().rev() {
        if first_month.as_ref().is_some_and(|first| month < first) {
            break;
        }
        let checkins = home.load_month(&state, month)?;
        entries.extend(checkins.into_iter().rev().filter(|entry| from.is_none_or(|from| entry.date >= from)));
    }
    if args.json {
        render::json(out, &entries)?;
    } else {
        render::log(out, &entries)?;
    }
    Ok(())
}
