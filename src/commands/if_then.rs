//! `plan if`: plans for the urge in the person's own words, kept, listed
//! or taken away. They live in the plan's log like the why, and never in
//! the read cache.

use crate::error::Result;

use super::Ctx;
use crate::cli::IfArgs;
use crate::error::CommandError;
use crate::event::{Change, IfThen};
use crate::text;
use crate::views::confirm::Saved;
use crate::views::if_then;

pub fn run(ctx: &mut Ctx, args: &IfArgs) -> Result<()> {
    let today = ctx.today()?;
    if let Some(number) = args.remove {
        return remove(ctx, number as usize, today);
    }
    let (Some(when), Some(then)) = (&args.when, &args.then) else {
        let plans = ctx.reader()?.journal()?.if_then;
        if args.json {
            text::json(&mut ctx.ui, &if_then::listed(&plans))?;
        } else {
            if_then::render(&mut ctx.ui, &plans)?;
        }
        return Ok(());
    };
    let (when, then) = (when.trim().to_owned(), then.trim().to_owned());
    if when.is_empty() || then.is_empty() {
        return Err(CommandError::EmptyIfThen.into());
    }
    let plan = IfThen { date: today, when, then };
    let (again, count) = {
        let mut held = ctx.open()?;
        let before = held.journal()?.if_then;
        let again = before.iter().any(|old| old.when == plan.when && old.then == plan.then);
        // Written even when it stands here already: another device may
        // have taken it away without seeing it written again.
        let change = Change::IfThen { date: today, when: plan.when.clone(), then: plan.then.clone() };
        held.save(&Saved::IfThen.to_string(), change)?;
        (again, before.len() + usize::from(!again))
    };
    ctx.ui.saved(Saved::IfThen);
    if_then::kept(&mut ctx.ui, &plan, again, count)?;
    Ok(())
}

fn remove(ctx: &mut Ctx, number: usize, today: chrono::NaiveDate) -> Result<()> {
    let plan = {
        let mut held = ctx.open()?;
        let plans = held.journal()?.if_then;
        let Some(plan) = number.checked_sub(1).and_then(|at| plans.get(at)).cloned() else {
            return Err(CommandError::NoIfThen { number, count: plans.len() }.into());
        };
        let change = Change::IfThenRemoved { date: today, when: plan.when.clone(), then: plan.then.clone() };
        held.save(&Saved::IfThen.to_string(), change)?;
        plan
    };
    ctx.ui.saved(Saved::IfThen);
    if_then::removed(&mut ctx.ui, &plan)?;
    Ok(())
}
