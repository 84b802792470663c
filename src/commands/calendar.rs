//! `plan calendar`: this month, or `--month YYYY-MM`, as a grid.

use crate::error::Result;

use super::Ctx;
use crate::cli::CalendarArgs;
use crate::id::Month;
use crate::views::calendar::{self, month_of};

pub fn run(ctx: &mut Ctx, args: &CalendarArgs) -> Result<()> {
    let today = ctx.today()?;
    let month = args.month.unwrap_or_else(|| month_of(today));
    let view = {
        let reader = ctx.reader()?;
        let checkins = reader.month(Month::of(month))?;
        calendar::calendar(&reader.state, &checkins, month, today)
    };
    calendar::render(&mut ctx.ui, &view)?;
    Ok(())
}
