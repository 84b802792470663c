//! `plan stats`: the whole plan in numbers.

use crate::error::Result;

use super::Ctx;
use crate::cli::JsonArg;
use crate::text;
use crate::views::stats;

pub fn run(ctx: &mut Ctx, args: &JsonArg) -> Result<()> {
    let today = ctx.today()?;
    let stats = {
        let reader = ctx.reader()?;
        stats::stats(&reader.state, &reader.checkins(..)?, today)
    };
    if args.json {
        text::json(&mut ctx.ui, &stats)?;
    } else {
        stats::render(&mut ctx.ui, &stats)?;
    }
    Ok(())
}
