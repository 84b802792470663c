//! `plan archive`: the plans a later start replaced, each kept whole.

use crate::error::Result;

use super::Ctx;
use crate::cli::JsonArg;
use crate::text;
use crate::views::archive;

pub fn run(ctx: &mut Ctx, args: &JsonArg) -> Result<()> {
    let list = archive::archive(&ctx.home.archived()?);
    if args.json {
        text::json(&mut ctx.ui, &list)?;
    } else {
        archive::render(&mut ctx.ui, &list)?;
    }
    Ok(())
}
