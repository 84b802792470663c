//! `plan steps`: every step of the plan and its state.

use crate::error::Result;

use super::Ctx;
use crate::cli::JsonArg;
use crate::text;
use crate::views::steps;

pub fn run(ctx: &mut Ctx, args: &JsonArg) -> Result<()> {
    let today = ctx.today()?;
    let steps = steps::steps(&ctx.home.peek_on(today)?, today);
    if args.json {
        text::json(&mut ctx.ui, &steps)?;
    } else {
        steps::render(&mut ctx.ui, &steps)?;
    }
    Ok(())
}
