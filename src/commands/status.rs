//! `plan status`, and a bare `plan`: where you stand today.

use anyhow::Result;

use super::Ctx;
use crate::cli::StatusArgs;
use crate::{render, text, view};

/// Runs in shell prompts: reads `state.json` without the lock, never waits.
pub fn run(ctx: &mut Ctx, args: &StatusArgs) -> Result<()> {
    let today = ctx.today()?;
    let status = view::status(&ctx.home.peek()?, today);
    if args.json {
        text::json(&mut ctx.ui, &status)?;
    } else if args.short {
        render::status_short(&mut ctx.ui, &status)?;
    } else {
        render::status(&mut ctx.ui, &status)?;
    }
    Ok(())
}
