//! `plan status`, and a bare `plan`: where you stand today.

use crate::error::Result;

use super::Ctx;
use crate::cli::StatusArgs;
use crate::text;
use crate::views::status;

/// Runs in shell prompts: reads `state.json` without the lock, never waits.
pub fn run(ctx: &mut Ctx, args: &StatusArgs) -> Result<()> {
    let today = ctx.today()?;
    let status = status::status(&ctx.home.peek_on(today)?, today);
    if args.json {
        text::json(&mut ctx.ui, &status)?;
    } else if args.short {
        status::short(&mut ctx.ui, &status)?;
    } else {
        status::render(&mut ctx.ui, &status)?;
    }
    Ok(())
}
