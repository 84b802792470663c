//! `plan since`: correct the day no contact began, keeping everything recorded.

use anyhow::Result;
use chrono::NaiveDate;

use super::Ctx;
use crate::cli::SinceArgs;
use crate::error::hinted;
use crate::event::Change;
use crate::schedule::Counter;
use crate::state::Refusal;
use crate::text;

pub fn run(ctx: &mut Ctx, args: &SinceArgs) -> Result<()> {
    let today = ctx.today()?;
    let date = ctx.date(args.date)?;
    if date > today {
        return Err(Refusal::DateInFutureFor { what: "the day of last contact", date, today }.into());
    }
    let Some((counter, first)) = move_since(ctx, date, today)? else {
        text::fit(&mut ctx.ui, &format!("No contact already counts from {date}; nothing changed."))?;
        return Ok(());
    };
    ctx.ui.saved("the day no contact began");
    let out = &mut ctx.ui;
    if counter.since == date {
        text::fit(out, &format!("No contact now counts from {date}: day {} today.", counter.days))?;
    } else {
        // A slip since then still starts the count: say so first, not after.
        text::fit(out, &format!("Your plan now begins from your last contact on {date}."))?;
        text::fit(
            out,
            &format!(
                "Your slip on {} came after it, so the count runs from that day: day {} today.",
                counter.since, counter.days
            ),
        )?;
    }
    text::fit(out, &format!("Check-ins can be dated from {first} on. Everything recorded is kept."))?;
    Ok(())
}

/// Move the day no contact began to `date`: the counter and the first day
/// that can be recorded after it, or `None` when it is there already.
fn move_since(ctx: &Ctx, date: NaiveDate, today: NaiveDate) -> Result<Option<(Counter, NaiveDate)>> {
    let mut plan = ctx.open()?;
    if plan.state.since_at_start == date {
        return Ok(None);
    }
    // A recorded day before the new first day could no longer be changed.
    let first = plan.state.started.min(date);
    if let Some(earlier) = plan.checkins(..first)?.into_iter().next() {
        return Err(hinted(
            format!("{} has a check-in, before {date}", earlier.date),
            format!(
                "no contact began on or before your first recorded day: `plan since {}` or earlier",
                earlier.date
            ),
        ));
    }
    plan.save("the day no contact began", Change::Since { date })?;
    Ok(Some((plan.state.counter(today), plan.state.first_day())))
}
