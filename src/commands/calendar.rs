//! `plan calendar`: this month, or `--month YYYY-MM`, as a grid.

use anyhow::Result;
use chrono::NaiveDate;

use crate::calendar::{self, month_of};
use crate::cli::CalendarArgs;
use crate::render::Screen;
use crate::state::month_key;
use crate::store::Home;

pub fn run(home: &Home, args: &CalendarArgs, today: NaiveDate, out: &mut impl Screen) -> Result<()> {
    let month = args.month.unwrap_or_else(|| month_of(today));
    let reader = home.reader()?;
    let checkins = reader.month(&month_key(month))?;
    let view = calendar::calendar(&reader.state, &checkins, month, today);
    drop(reader);
    calendar::render(out, &view)?;
    Ok(())
}
