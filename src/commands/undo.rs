//! `plan undo`: take back a step marked done by mistake, or a task's tick.

use anyhow::Result;

use super::Ctx;
use crate::cli::UndoArgs;
use crate::event::Change;
use crate::playbook::prerequisites;
use crate::state::State;
use crate::text::{self, visible};

pub fn run(ctx: &mut Ctx, args: &UndoArgs) -> Result<()> {
    let task = args.task.map(|task| usize::try_from(task).unwrap_or(usize::MAX));
    let (index, title, undone) = take_back(ctx, &args.step, task)?;
    let title = visible(&title);
    let out = &mut ctx.ui;
    match (task, undone) {
        (Some(task), None) => {
            text::fit(out, &format!("Task {task} of “{title}” was not ticked; nothing changed."))?;
        }
        (Some(task), Some(_)) => {
            out.saved(undo_what(index, Some(task)));
            text::fit(out, &format!("Task {task} of “{title}” is unticked."))?;
        }
        (None, None) => {
            text::fit(out, &format!("Step {} “{title}” was not done; nothing changed.", index + 1))?;
        }
        (None, Some(state)) => {
            out.saved(undo_what(index, None));
            text::fit(
                out,
                &format!("Step {} “{title}” is open again; its ticked tasks stay ticked.", index + 1),
            )?;
            let later: Vec<String> = (0..state.playbook.steps.len())
                .filter(|&i| state.is_done(i) && prerequisites(&state.playbook, i).contains(&index))
                .map(|i| format!("“{}”", visible(&state.playbook.steps[i].title)))
                .collect();
            if !later.is_empty() {
                text::fit(out, &format!("Done steps that come after it stay done: {}.", later.join(", ")))?;
            }
        }
    }
    Ok(())
}

/// Untick `task` of the step named `step`, or without one open the step
/// again: its index and title, and the plan after, or `None` when the task
/// was not ticked or the step not done.
fn take_back(ctx: &Ctx, step: &str, task: Option<usize>) -> Result<(usize, String, Option<State>)> {
    let mut plan = ctx.open()?;
    let index = plan.state.step_named(step)?;
    let title = plan.state.playbook.steps[index].title.clone();
    let step = plan.state.playbook.steps[index].id.clone();
    let change = match task {
        Some(task) => {
            plan.state.check_task(index, task)?;
            plan.state.is_ticked(&step, task).then_some(Change::Untick { step, task })
        }
        None => plan.state.is_done(index).then_some(Change::Undone { step }),
    };
    let Some(change) = change else { return Ok((index, title, None)) };
    plan.save(&undo_what(index, task), change)?;
    Ok((index, title, Some(plan.state.clone())))
}

/// What `plan undo` saved, as its messages name it.
fn undo_what(index: usize, task: Option<usize>) -> String {
    match task {
        Some(task) => format!("the untick of task {task}"),
        None => format!("the reopening of step {}", index + 1),
    }
}
