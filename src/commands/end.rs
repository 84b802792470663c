//! `plan end`: close the plan with how it ended, keeping everything recorded.

use crate::error::Result;

use super::Ctx;
use crate::cli::EndArgs;
use crate::event::Change;
use crate::views::confirm::{self, Saved};

pub fn run(ctx: &mut Ctx, args: &EndArgs) -> Result<()> {
    let today = ctx.today()?;
    let note = ctx.note(args.note.as_deref())?;
    let note = note.map(|note| note.trim().to_owned()).filter(|note| !note.is_empty());
    let counter = {
        let mut plan = ctx.open()?;
        plan.save(&Saved::Ending.to_string(), Change::End { date: today, outcome: args.outcome, note })?;
        plan.state.counter(today)
    };
    ctx.ui.saved(Saved::Ending);
    confirm::ended(&mut ctx.ui, args.outcome, today, &counter)?;
    Ok(())
}
