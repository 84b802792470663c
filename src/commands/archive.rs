//! `plan archive`: the plans a later start replaced, each kept whole.

use anyhow::Result;

use super::Ctx;
use crate::cli::JsonArg;
use crate::{render, text, view};

pub fn run(ctx: &mut Ctx, args: &JsonArg) -> Result<()> {
    let list = view::archive(&ctx.home.archived()?);
    if args.json {
        text::json(&mut ctx.ui, &list)?;
    } else {
        render::archive(&mut ctx.ui, &list)?;
    }
    Ok(())
}
