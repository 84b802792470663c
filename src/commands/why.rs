//! `plan why`: your own reason for this plan, in your words, kept or shown.

use crate::error::Result;

use super::Ctx;
use crate::cli::WhyArgs;
use crate::error::CommandError;
use crate::event::Change;
use crate::text;
use crate::views::confirm::{self, Saved};
use crate::views::why;

pub fn run(ctx: &mut Ctx, args: &WhyArgs) -> Result<()> {
    let today = ctx.today()?;
    let Some(text) = &args.text else {
        let why = why::why(&ctx.reader()?.journal()?);
        if args.json {
            text::json(&mut ctx.ui, &why)?;
        } else {
            why::render(&mut ctx.ui, &why, args.history)?;
        }
        return Ok(());
    };
    let text = text.trim().to_owned();
    if text.is_empty() {
        return Err(CommandError::EmptyWhy.into());
    }
    let (unchanged, replaced) = {
        let mut plan = ctx.open()?;
        let before = plan.journal()?.whys.pop();
        let unchanged = before.as_ref().is_some_and(|before| before.text == text);
        // Written even when it is already the why here: another device may
        // hold an older one, and the why the person gave last must win there too.
        plan.save(&Saved::Why.to_string(), Change::Why { date: today, text })?;
        (unchanged, before.map(|before| before.date))
    };
    if unchanged {
        confirm::why_unchanged(&mut ctx.ui)?;
        return Ok(());
    }
    ctx.ui.saved(Saved::Why);
    confirm::why_kept(&mut ctx.ui, today, replaced)?;
    Ok(())
}
