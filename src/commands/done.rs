//! `plan done`: complete the current step, tick a task, or complete a step by id.

use std::io::Write;

use anyhow::Result;
use chrono::NaiveDate;

use super::Out;
use crate::event::Change;
use crate::render::visible;
use crate::schedule::current_step;
use crate::state::Refusal;
use crate::store::Home;

pub fn run(home: &Home, target: Option<&str>, today: NaiveDate, out: &mut Out) -> Result<()> {
    let mut plan = home.writer()?;
    let current = current_step(&plan.state);
    if let Some(number) = target.and_then(|t| t.parse::<usize>().ok()) {
        let index = current.ok_or(Refusal::AllDone)?;
        let step = &plan.state.playbook.steps[index];
        let text = step.tasks.get(number.wrapping_sub(1)).cloned().unwrap_or_default();
        let title = step.title.clone();
        if plan.state.tick_task(index, number)? {
            let what = format!("the tick of task {number}");
            let step = plan.state.playbook.steps[index].id.clone();
            plan.save(&what, Change::Tick { step, task: number })?;
            out.saved(what);
            drop(plan);
            writeln!(out, "Ticked task {number} of “{}”: {}", visible(&title), visible(&text))?;
        } else {
            drop(plan);
            writeln!(out, "Task {number} of “{}” was already ticked; nothing changed.", visible(&title))?;
        }
        return Ok(());
    }
    let index = match target {
        None => current.ok_or(Refusal::AllDone)?,
        Some(id) => plan.state.playbook.position(id).ok_or_else(|| Refusal::NoSuchStep {
            playbook: plan.state.playbook.id.clone(),
            step: id.to_owned(),
        })?,
    };
    plan.state.complete_step(index, today)?;
    let what = format!("step {}", index + 1);
    let step = plan.state.playbook.steps[index].id.clone();
    plan.save(&what, Change::Done { step, date: today })?;
    out.saved(what);
    let state = plan.state.clone();
    drop(plan);
    let step = &state.playbook.steps[index];
    writeln!(out, "Done: step {} of {}, “{}”.", index + 1, state.playbook.steps.len(), visible(&step.title))?;
    match current_step(&state) {
        Some(next) => writeln!(
            out,
            "Next: step {}, “{}”. `plan next` shows it in full.",
            next + 1,
            visible(&state.playbook.steps[next].title)
        )?,
        None => writeln!(out, "That was the last step of the playbook.")?,
    }
    Ok(())
}
