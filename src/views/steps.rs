//! `plan steps`: every step of the plan and where it stands. [`steps`]
//! computes the view, which is also `steps --json`; [`render`] writes it
//! as a table that wraps each title inside its column.

use std::io;

use chrono::NaiveDate;
use serde::Serialize;

use crate::i18n::t;
use crate::playbook::{Phase, StepId};
use crate::schedule::{self, StepState};
use crate::state::{Earlier, State};
use crate::text::{self, Screen, columns, fit, paint, visible};

/// `plan steps`.
#[derive(Debug, Serialize)]
pub struct Steps {
    pub id: String,
    pub title: String,
    pub steps: Vec<StepLine>,
    /// The playbooks followed before a `plan switch`, with the steps done in each.
    pub earlier: Vec<Earlier>,
}

#[derive(Debug, Serialize)]
pub struct StepLine {
    pub id: StepId,
    pub title: String,
    pub phase: Phase,
    pub number: usize,
    pub state: StepState,
    pub done_on: Option<NaiveDate>,
    pub min_no_contact_days: Option<u32>,
    pub locked_until: Option<NaiveDate>,
    pub tasks_done: usize,
    pub tasks_total: usize,
    /// The step leads toward contact while a reason never to make contact
    /// stands: its title is not shown in text.
    pub set_aside: bool,
}

pub fn steps(state: &State, today: NaiveDate) -> Steps {
    let counter = state.counter(today);
    let playbook = &state.playbook;
    let progress = state.progress();
    let steps = playbook
        .indices()
        .map(|i| {
            let step = playbook.step(i);
            StepLine {
                id: step.id.clone(),
                title: step.title.clone(),
                phase: step.phase,
                number: i.number(),
                state: progress.step_state(playbook, i, &counter),
                done_on: progress.done_on(i),
                min_no_contact_days: step.min_no_contact_days,
                locked_until: schedule::locked_until(playbook, i, &counter),
                tasks_done: state.tasks_done(i),
                tasks_total: step.tasks.len(),
                set_aside: state.is_set_aside(i),
            }
        })
        .collect();
    Steps { id: playbook.id.clone(), title: playbook.title.clone(), steps, earlier: state.earlier.clone() }
}

/// Every step, a line each, and the steps done before a switch.
pub fn render(out: &mut impl Screen, steps: &Steps) -> io::Result<()> {
    fit(out, &visible(&steps.title))?;
    writeln!(out)?;
    let states: Vec<String> = steps
        .steps
        .iter()
        .map(|step| match (step.state, step.done_on, step.locked_until) {
            (_, Some(date), _) => t!("steps-state-done", date = date.to_string()),
            _ if step.set_aside => t!("steps-state-set-aside"),
            (StepState::Current, _, Some(until)) => t!("steps-state-gate", date = until.to_string()),
            (StepState::Current, ..) => t!("steps-state-current"),
            (StepState::Locked, _, Some(until)) => t!("steps-state-locked", date = until.to_string()),
            _ => t!("steps-state-ahead"),
        })
        .collect();
    // "→ 12. " before the title, two spaces and the state after it: the
    // title and its id take what is left, wrapped inside their column.
    // Where a language's state is too long for a column beside a title of
    // 20, each state goes on the line under its title instead.
    let state_width = states.iter().map(|state| columns(state)).max().unwrap_or(0);
    let beside = out.width() >= 6 + 20 + 2 + state_width;
    let title_width =
        if beside { out.width() - (6 + 2 + state_width) } else { out.width().saturating_sub(6).max(16) };
    for (step, state) in steps.steps.iter().zip(&states) {
        let (mark, colour) = match step.state {
            _ if step.set_aside && step.done_on.is_none() => (" ", text::dim()),
            StepState::Done => ("✓", text::green()),
            StepState::Current => ("→", text::cyan()),
            StepState::Locked => (" ", text::dim()),
            StepState::Ahead => (" ", anstyle::Style::new()),
        };
        // A step toward contact, while the check stands, is not named.
        let cell = if step.set_aside && step.done_on.is_none() {
            t!("steps-toward-contact")
        } else {
            format!("{} [{}]", visible(&step.title), step.id)
        };
        let options = textwrap::Options::new(title_width)
            .word_separator(textwrap::WordSeparator::AsciiSpace)
            .word_splitter(textwrap::WordSplitter::NoHyphenation);
        for (i, line) in textwrap::wrap(&cell, &options).iter().enumerate() {
            if i == 0 && beside {
                let pad = " ".repeat(title_width.saturating_sub(columns(line)));
                let (mark, state) = (paint(mark, colour), paint(state, colour));
                writeln!(out, "{mark} {:>2}. {line}{pad}  {state}", step.number)?;
            } else if i == 0 {
                writeln!(out, "{} {:>2}. {line}", paint(mark, colour), step.number)?;
            } else {
                writeln!(out, "      {line}")?;
            }
        }
        if !beside {
            fit(out, &format!("      {}", paint(state, colour)))?;
        }
    }
    for earlier in &steps.earlier {
        writeln!(out)?;
        render_earlier(out, earlier, "")?;
    }
    Ok(())
}

/// A playbook followed before a switch, after `indent`: its steps done, and its tasks ticked.
pub fn render_earlier(out: &mut impl Screen, earlier: &Earlier, indent: &str) -> io::Result<()> {
    let done: Vec<String> = earlier.done.iter().map(|done| format!("{} ({})", done.id, done.date)).collect();
    let done = if done.is_empty() { t!("steps-earlier-none") } else { done.join(", ") };
    let ticked: Vec<String> = earlier
        .ticked
        .iter()
        .map(|(step, tasks)| {
            let numbers: Vec<String> = tasks.iter().map(ToString::to_string).collect();
            let (step, count, numbers) = (step.as_str(), tasks.len(), numbers.join(", "));
            t!("steps-earlier-step-tasks", step = step, count = count, numbers = numbers)
        })
        .collect();
    let (date, title) = (earlier.until.to_string(), visible(&earlier.title));
    let line = if ticked.is_empty() {
        t!("steps-earlier", date = date, title = title, done = done)
    } else {
        t!("steps-earlier-ticked", date = date, title = title, done = done, ticked = ticked.join(", "))
    };
    fit(out, &format!("{indent}{line}"))
}
