//! `plan switch`: follow another playbook from its first step, keeping
//! everything recorded.

use anyhow::Result;

use super::Ctx;
use super::library::resolve;
use crate::cli::SwitchArgs;
use crate::event::Change;
use crate::state::Refusal;
use crate::text::{self, visible};

pub fn run(ctx: &mut Ctx, args: &SwitchArgs) -> Result<()> {
    let today = ctx.today()?;
    // Validate the playbook before the plan is touched.
    let found = resolve(ctx, &args.playbook)?;
    let (from, to) = {
        let mut plan = ctx.open()?;
        if found.playbook == plan.state.playbook {
            return Err(Refusal::SamePlaybook(found.playbook.id).into());
        }
        let from = plan.state.playbook.title.clone();
        let change = Change::Switch { playbook: Box::new(found.playbook), source: found.source, date: today };
        plan.save("the switch", change)?;
        (from, plan.state.playbook.clone())
    };
    ctx.ui.saved("the switch");
    let out = &mut ctx.ui;
    text::fit(out, &format!("Now following “{}” ({}), from its first step.", visible(&to.title), to.id))?;
    text::paragraph(
        out,
        &format!(
            "Everything recorded stays: the no-contact counter, your longest run and the times it began \
             again, your check-ins, urges, why and readiness checks. The steps you did in “{}” stay on record too \
             (`plan steps` lists them).",
            visible(&from)
        ),
    )?;
    text::fit(out, "`plan next` shows where to begin.")?;
    Ok(())
}
