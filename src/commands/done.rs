//! `plan done` and `plan undo`: complete a step or tick a task, and take
//! either back.

use anyhow::Result;
use chrono::NaiveDate;

use super::Ctx;
use crate::cli::{DoneArgs, UndoArgs};
use crate::error::hinted;
use crate::event::Change;
use crate::playbook::prerequisites;
use crate::render;
use crate::render::visible;
use crate::schedule::Blocked;
use crate::state::{Refusal, State};
use crate::view;

pub fn run(ctx: &mut Ctx, args: &DoneArgs) -> Result<()> {
    let today = ctx.today()?;
    match args.target.as_deref().and_then(|target| target.parse::<usize>().ok()) {
        Some(number) => tick(ctx, args.step.as_deref(), number),
        None => complete(ctx, args, today),
    }
}

/// `plan done N`: tick task N of the current step, or of `--step`.
fn tick(ctx: &mut Ctx, step: Option<&str>, number: usize) -> Result<()> {
    let what = format!("the tick of task {number}");
    let (ticked, title, text) = {
        let mut plan = ctx.open()?;
        let index = match step {
            Some(id) => tickable(&plan.state, plan.state.step_named(id)?)?,
            None => shown_by_next(&plan.state)?,
        };
        let step = &plan.state.playbook.steps[index];
        let text = step.tasks.get(number.wrapping_sub(1)).cloned().unwrap_or_default();
        let (title, id) = (step.title.clone(), step.id.clone());
        plan.state.check_tick(index, number)?;
        let already = plan.state.is_ticked(&id, number);
        if !already {
            plan.save(&what, Change::Tick { step: id, task: number })?;
        }
        (!already, title, text)
    };
    if !ticked {
        render::fit(
            &mut ctx.ui,
            &format!("Task {number} of “{}” was already ticked; nothing changed.", visible(&title)),
        )?;
        return Ok(());
    }
    ctx.ui.saved(what);
    render::fit(&mut ctx.ui, &format!("Ticked task {number} of “{}”: {}", visible(&title), visible(&text)))?;
    Ok(())
}

/// `plan done`, `plan done STEP_ID`: complete a step.
fn complete(ctx: &mut Ctx, args: &DoneArgs, today: NaiveDate) -> Result<()> {
    let (state, index, what) = {
        let mut plan = ctx.open()?;
        let index = match (args.step.as_deref(), args.target.as_deref()) {
            (Some(_), Some(target)) => {
                return Err(hinted(
                    format!("`{target}` is not a task number, and --step already names the step"),
                    "`plan done --step STEP_ID N` ticks task N; `plan done STEP_ID` completes the step",
                ));
            }
            (Some(id), None) | (None, Some(id)) => plan.state.step_named(id)?,
            (None, None) => shown_by_next(&plan.state)?,
        };
        plan.state.check_complete(index, today)?;
        let what = format!("step {}", index + 1);
        let step = plan.state.playbook.steps[index].id.clone();
        plan.save(&what, Change::Done { step, date: today })?;
        (plan.state.clone(), index, what)
    };
    ctx.ui.saved(what);
    let step = &state.playbook.steps[index];
    ctx.ui.hook(
        "on-step-done",
        serde_json::json!({
            "date": today,
            "playbook": state.playbook.id,
            "step": {"id": step.id, "title": step.title, "phase": step.phase, "number": index + 1},
        }),
    );
    render::step_done(&mut ctx.ui, &view::step_done(&state, index))?;
    Ok(())
}

pub fn undo(ctx: &mut Ctx, args: &UndoArgs) -> Result<()> {
    let task = args.task.map(|task| usize::try_from(task).unwrap_or(usize::MAX));
    let (index, title, undone) = take_back(ctx, &args.step, task)?;
    let title = visible(&title);
    let out = &mut ctx.ui;
    match (task, undone) {
        (Some(task), None) => {
            render::fit(out, &format!("Task {task} of “{title}” was not ticked; nothing changed."))?;
        }
        (Some(task), Some(_)) => {
            out.saved(undo_what(index, Some(task)));
            render::fit(out, &format!("Task {task} of “{title}” is unticked."))?;
        }
        (None, None) => {
            render::fit(out, &format!("Step {} “{title}” was not done; nothing changed.", index + 1))?;
        }
        (None, Some(state)) => {
            out.saved(undo_what(index, None));
            render::fit(
                out,
                &format!("Step {} “{title}” is open again; its ticked tasks stay ticked.", index + 1),
            )?;
            let later: Vec<String> = (0..state.playbook.steps.len())
                .filter(|&i| state.is_done(i) && prerequisites(&state.playbook, i).contains(&index))
                .map(|i| format!("“{}”", visible(&state.playbook.steps[i].title)))
                .collect();
            if !later.is_empty() {
                render::fit(out, &format!("Done steps that come after it stay done: {}.", later.join(", ")))?;
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

/// A step's tasks can be ticked once it is current, and after it is done.
fn tickable(state: &State, index: usize) -> Result<usize, Refusal> {
    let progress = state.progress();
    if progress.done_on(index).is_some() || progress.current().contains(&index) {
        return Ok(index);
    }
    let waiting = prerequisites(&state.playbook, index)
        .into_iter()
        .filter(|&i| !state.is_done(i))
        .map(|i| state.playbook.name(i))
        .collect();
    Err(Refusal::StepBlocked { step: state.playbook.name(index), why: Blocked::Waiting(waiting) })
}

/// The step a bare `plan done` or `plan done N` acts on: the one `plan
/// next` shows, the first current step. Another is named by its id.
fn shown_by_next(state: &State) -> Result<usize, Refusal> {
    state.progress().first().ok_or(Refusal::AllDone)
}
