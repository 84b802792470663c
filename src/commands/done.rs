//! `plan done` and `plan undo`: complete a step or tick a task, and take
//! either back.

use anyhow::Result;
use chrono::NaiveDate;

use super::{Out, open};
use crate::cli::{DoneArgs, UndoArgs};
use crate::error::hinted;
use crate::event::Change;
use crate::playbook::prerequisites;
use crate::render;
use crate::render::visible;
use crate::schedule::Blocked;
use crate::state::{Refusal, State};
use crate::store::Home;
use crate::view;

pub fn run(home: &Home, args: &DoneArgs, today: NaiveDate, out: &mut Out) -> Result<()> {
    let mut plan = open(home)?;
    let number = args.target.as_deref().and_then(|target| target.parse::<usize>().ok());
    if let Some(number) = number {
        let index = match &args.step {
            Some(id) => tickable(&plan.state, plan.state.step_named(id)?)?,
            None => shown_by_next(&plan.state)?,
        };
        let step = &plan.state.playbook.steps[index];
        let text = step.tasks.get(number.wrapping_sub(1)).cloned().unwrap_or_default();
        let title = step.title.clone();
        plan.state.check_tick(index, number)?;
        if plan.state.is_ticked(&step.id, number) {
            drop(plan);
            render::fit(
                out,
                &format!("Task {number} of “{}” was already ticked; nothing changed.", visible(&title)),
            )?;
        } else {
            let what = format!("the tick of task {number}");
            let step = plan.state.playbook.steps[index].id.clone();
            plan.save(&what, Change::Tick { step, task: number })?;
            out.saved(what);
            drop(plan);
            render::fit(out, &format!("Ticked task {number} of “{}”: {}", visible(&title), visible(&text)))?;
        }
        return Ok(());
    }
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
    out.saved(what);
    let state = plan.state.clone();
    drop(plan);
    let step = &state.playbook.steps[index];
    out.hook(
        "on-step-done",
        serde_json::json!({
            "date": today,
            "playbook": state.playbook.id,
            "step": {"id": step.id, "title": step.title, "phase": step.phase, "number": index + 1},
        }),
    );
    render::step_done(out, &view::step_done(&state, index))?;
    Ok(())
}

pub fn undo(home: &Home, args: &UndoArgs, out: &mut Out) -> Result<()> {
    let mut plan = open(home)?;
    let index = plan.state.step_named(&args.step)?;
    let title = plan.state.playbook.steps[index].title.clone();
    let step = plan.state.playbook.steps[index].id.clone();
    if let Some(task) = args.task {
        let task = usize::try_from(task).unwrap_or(usize::MAX);
        plan.state.check_task(index, task)?;
        if !plan.state.is_ticked(&step, task) {
            drop(plan);
            render::fit(
                out,
                &format!("Task {task} of “{}” was not ticked; nothing changed.", visible(&title)),
            )?;
            return Ok(());
        }
        let what = format!("the untick of task {task}");
        plan.save(&what, Change::Untick { step, task })?;
        out.saved(what);
        drop(plan);
        render::fit(out, &format!("Task {task} of “{}” is unticked.", visible(&title)))?;
        return Ok(());
    }
    if !plan.state.is_done(index) {
        drop(plan);
        render::fit(
            out,
            &format!("Step {} “{}” was not done; nothing changed.", index + 1, visible(&title)),
        )?;
        return Ok(());
    }
    let what = format!("the reopening of step {}", index + 1);
    plan.save(&what, Change::Undone { step })?;
    out.saved(what);
    let state = plan.state.clone();
    drop(plan);
    render::fit(
        out,
        &format!("Step {} “{}” is open again; its ticked tasks stay ticked.", index + 1, visible(&title)),
    )?;
    let later: Vec<String> = (0..state.playbook.steps.len())
        .filter(|&i| state.is_done(i) && prerequisites(&state.playbook, i).contains(&index))
        .map(|i| format!("“{}”", visible(&state.playbook.steps[i].title)))
        .collect();
    if !later.is_empty() {
        render::fit(out, &format!("Done steps that come after it stay done: {}.", later.join(", ")))?;
    }
    Ok(())
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
