//! `plan switch`: follow another playbook from its first step, keeping
//! everything recorded; back to one followed before, from where it was left.

use std::io::Write;

use crate::error::Result;

use super::Ctx;
use super::library::resolve;
use crate::cli::SwitchArgs;
use crate::event::Change;
use crate::playbook::{self, Origin};
use crate::state::Refusal;
use crate::views::confirm::{self, Resumed, Saved};
use crate::views::playbooks;

pub fn run(ctx: &mut Ctx, args: &SwitchArgs) -> Result<()> {
    let today = ctx.today()?;
    // Validate the playbook before the plan is touched.
    let found = resolve(ctx, &args.playbook)?;
    let untranslated = found.source == Origin::Bundled && playbook::untranslated(&found.playbook.id);
    let (from, to, resumed) = {
        let mut plan = ctx.open()?;
        if found.playbook == plan.state.playbook {
            return Err(Refusal::SamePlaybook(found.playbook.id).into());
        }
        let from = plan.state.playbook.title.clone();
        // A playbook followed before (or another version of this one) takes up its own steps done and ticks.
        let followed = found.playbook.id == plan.state.playbook.id
            || plan.state.earlier.iter().any(|earlier| earlier.id == found.playbook.id);
        let change = Change::Switch { playbook: Box::new(found.playbook), source: found.source, date: today };
        plan.save(&Saved::Switch.to_string(), change)?;
        let state = &plan.state;
        let resumed = followed.then(|| Resumed {
            done: state.progress().done_count(),
            ticked: state.playbook.indices().map(|index| state.tasks_done(index)).sum(),
        });
        (from, state.playbook.clone(), resumed)
    };
    ctx.ui.saved(Saved::Switch);
    if untranslated {
        playbooks::untranslated(&mut ctx.ui)?;
        writeln!(ctx.ui)?;
    }
    confirm::switched(&mut ctx.ui, &to, &from, resumed)?;
    Ok(())
}
