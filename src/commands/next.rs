//! `plan next`: the step you are on, in full, kept to the screen's height.

use crate::error::Result;

use super::Ctx;
use crate::cli::NextArgs;
use crate::text;
use crate::views::next;

pub fn run(ctx: &mut Ctx, args: &NextArgs) -> Result<()> {
    let today = ctx.today()?;
    let state = ctx.home.peek_on(today)?;
    let index = match &args.step {
        Some(name) => Some(state.step_named(name)?),
        None => None,
    };
    let next = next::next(&state, today, index);
    if args.json {
        text::json(&mut ctx.ui, &next)?;
    } else {
        next::page(&mut ctx.ui, next.as_ref(), index)?;
    }
    Ok(())
}
