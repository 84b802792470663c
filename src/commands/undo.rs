//! `plan undo`: take back a step marked done by mistake, or a task's tick.

use crate::error::Result;

use super::Ctx;
use crate::cli::UndoArgs;
use crate::event::Change;
use crate::playbook::{StepIndex, prerequisites};
use crate::state::State;
use crate::views::confirm::{self, Saved, Undone};

pub fn run(ctx: &mut Ctx, args: &UndoArgs) -> Result<()> {
    let task = args.task.map(|task| usize::try_from(task).unwrap_or(usize::MAX));
    let (index, title, undone) = take_back(ctx, &args.step, task)?;
    if undone.is_some() {
        ctx.ui.saved(undo_what(index, task));
    }
    // The steps done that come after it stay done: the words name them.
    let later = match (&undone, task) {
        (Some(state), None) => state
            .playbook
            .indices()
            .filter(|&i| state.is_done(i) && prerequisites(&state.playbook, i.get()).contains(&index.get()))
            .map(|i| state.playbook.step(i).title.clone())
            .collect(),
        _ => Vec::new(),
    };
    let undone = Undone { number: index.number(), title, task, changed: undone.is_some(), later };
    confirm::undone(&mut ctx.ui, &undone)?;
    Ok(())
}

/// Untick `task` of the step named `step`, or without one open the step
/// again: its index and title, and the plan after, or `None` when the task
/// was not ticked or the step not done.
fn take_back(ctx: &Ctx, step: &str, task: Option<usize>) -> Result<(StepIndex, String, Option<State>)> {
    let mut plan = ctx.open()?;
    let index = plan.state.step_named(step)?;
    let title = plan.state.playbook.step(index).title.clone();
    let step = plan.state.playbook.step(index).id.clone();
    let playbook = Some(plan.state.playbook.id.clone());
    let change = match task {
        Some(task) => {
            plan.state.check_task(index, task)?;
            plan.state.is_ticked(&step, task).then_some(Change::Untick { step, task, playbook })
        }
        None => plan.state.is_done(index).then_some(Change::Undone { step, playbook }),
    };
    let Some(change) = change else { return Ok((index, title, None)) };
    plan.save(&undo_what(index, task).to_string(), change)?;
    Ok((index, title, Some(plan.state.clone())))
}

/// What `plan undo` saved.
fn undo_what(index: StepIndex, task: Option<usize>) -> Saved {
    match task {
        Some(task) => Saved::Untick(task),
        None => Saved::Reopened(index.number()),
    }
}
