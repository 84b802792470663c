//! `plan switch`: follow another playbook from its first step, keeping
//! everything recorded.

use crate::error::Result;

use super::Ctx;
use super::library::resolve;
use crate::cli::SwitchArgs;
use crate::event::Change;
use crate::state::Refusal;
use crate::views::confirm::{self, Saved};

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
        plan.save(&Saved::Switch.to_string(), change)?;
        (from, plan.state.playbook.clone())
    };
    ctx.ui.saved(Saved::Switch);
    confirm::switched(&mut ctx.ui, &to, &from)?;
    Ok(())
}
