//! `plan steps`: every step of the plan and its state.

use anyhow::Result;

use super::Ctx;
use crate::cli::JsonArg;
use crate::{render, text, view};

pub fn run(ctx: &mut Ctx, args: &JsonArg) -> Result<()> {
    let today = ctx.today()?;
    let steps = view::steps(&ctx.home.peek()?, today);
    if args.json {
        text::json(&mut ctx.ui, &steps)?;
    } else {
        render::steps(&mut ctx.ui, &steps)?;
    }
    Ok(())
}
