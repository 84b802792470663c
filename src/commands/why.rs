//! `plan why`: your own reason for this plan, in your words, kept or shown.

use anyhow::Result;

use super::Ctx;
use crate::cli::WhyArgs;
use crate::error::hinted;
use crate::event::Change;
use crate::text;
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
        return Err(hinted(
            "a why needs some words",
            "for example `plan why \"I want to feel like myself again\"`",
        ));
    }
    let (unchanged, replaced) = {
        let mut plan = ctx.open()?;
        let before = plan.journal()?.whys.pop();
        let unchanged = before.as_ref().is_some_and(|before| before.text == text);
        if !unchanged {
            plan.save("your why", Change::Why { date: today, text })?;
        }
        (unchanged, before.map(|before| before.date))
    };
    if unchanged {
        text::fit(&mut ctx.ui, "That is already your why; nothing changed.")?;
        return Ok(());
    }
    ctx.ui.saved("your why");
    text::fit(
        &mut ctx.ui,
        &format!("Your why is kept, dated {today}. `plan urge` shows it when you need it most."),
    )?;
    if let Some(date) = replaced {
        text::fit(
            &mut ctx.ui,
            &format!("It replaces the one from {date}, which `plan why --history` still shows."),
        )?;
    }
    Ok(())
}
