//! `plan done`: complete the current step, tick a task, or complete a step by id.

use std::io::Write;

use anyhow::Result;
use chrono::NaiveDate;

use crate::error::hinted;
use crate::schedule::current_step;
use crate::store::Home;

pub fn run(home: &Home, target: Option<&str>, today: NaiveDate, out: &mut impl Write) -> Result<()> {
    let lock = home.lock_exclusive()?;
    let mut state = home.load(&lock)?;
    let current = current_step(&state);
    if let Some(number) = target.and_then(|t| t.parse::<usize>().ok()) {
        let index = current.ok_or_else(|| {
            hinted("every step is done; there are no tasks left to tick", "`plan steps` shows them all")
        })?;
        let step = &state.playbook.steps[index];
        let text = step.tasks.get(number.wrapping_sub(1)).cloned();
        let title = step.title.clone();
        if state.tick_task(index, number)? {
            home.save(&lock, &mut state, None)?;
            writeln!(out, "Ticked task {number} of “{title}”: {}", text.unwrap_or_default())?;
        } else {
            writeln!(out, "Task {number} of “{title}” was already ticked; nothing changed.")?;
        }
        return Ok(());
    }
    let index = match target {
        None => current.ok_or_else(|| hinted("every step is already done", "`plan steps` shows them all"))?,
        Some(id) => state.playbook.position(id).ok_or_else(|| {
            hinted(
                format!("the playbook `{}` has no step `{id}`", state.playbook.id),
                "`plan steps` lists the step ids; a number ticks a task of the current step",
            )
        })?,
    };
    state.complete_step(index, today)?;
    home.save(&lock, &mut state, None)?;
    let step = &state.playbook.steps[index];
    writeln!(out, "Done: step {} of {}, “{}”.", index + 1, state.playbook.steps.len(), step.title)?;
    match current_step(&state) {
        Some(next) => writeln!(
            out,
            "Next: step {}, “{}”. `plan next` shows it in full.",
            next + 1,
            state.playbook.steps[next].title
        )?,
        None => writeln!(out, "That was the last step of the playbook.")?,
    }
    Ok(())
}
