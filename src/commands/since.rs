//! `plan since`: correct the day no contact began, keeping everything recorded.

use crate::error::Result;
use chrono::NaiveDate;

use super::Ctx;
use crate::cli::SinceArgs;
use crate::error::CommandError;
use crate::event::Change;
use crate::schedule::Counter;
use crate::state::{FutureDay, check_not_future};
use crate::views::confirm::{self, Saved};

pub fn run(ctx: &mut Ctx, args: &SinceArgs) -> Result<()> {
    let today = ctx.today()?;
    let date = ctx.date(args.date)?;
    check_not_future(FutureDay::LastContact, date, today)?;
    let Some((counter, first)) = move_since(ctx, date, today)? else {
        confirm::since_unchanged(&mut ctx.ui, date)?;
        return Ok(());
    };
    ctx.ui.saved(Saved::Since);
    confirm::since_moved(&mut ctx.ui, date, &counter, first)?;
    Ok(())
}

/// Move the day no contact began to `date`: the counter and the first day
/// that can be recorded after it, or `None` when it is there already.
fn move_since(ctx: &Ctx, date: NaiveDate, today: NaiveDate) -> Result<Option<(Counter, NaiveDate)>> {
    let mut plan = ctx.open()?;
    if plan.state.since_at_start == date {
        // Written all the same: another device may hold an older day.
        plan.save(&Saved::Since.to_string(), Change::Since { date })?;
        return Ok(None);
    }
    // A recorded day before the new first day could no longer be changed.
    let first = plan.state.started.min(date);
    if let Some(earlier) = plan.checkins(..first)?.into_iter().next() {
        return Err(CommandError::CheckinBefore { recorded: earlier.date, date }.into());
    }
    plan.save(&Saved::Since.to_string(), Change::Since { date })?;
    Ok(Some((plan.state.counter(today), plan.state.first_day())))
}
