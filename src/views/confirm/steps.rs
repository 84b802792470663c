//! What changing a step says: done, a task ticked, either taken back.

use std::io;

use crate::i18n::t;
use crate::playbook::StepIndex;
use crate::state::State;
use crate::text::{Screen, fit, visible, wrapped};
use crate::views::next::StepBrief;

/// What `plan done` did when it completed a step.
#[derive(Debug)]
pub struct StepCompleted {
    pub number: usize,
    pub total: usize,
    pub title: String,
    /// The tasks left unticked: number and text.
    pub unticked: Vec<(usize, String)>,
    /// The steps current now.
    pub current: Vec<StepBrief>,
}

impl StepCompleted {
    /// What completing step `index` of `state` (the plan after) did.
    pub fn new(state: &State, index: StepIndex) -> StepCompleted {
        let step = state.playbook.step(index);
        StepCompleted {
            number: index.number(),
            total: state.playbook.steps.len(),
            title: step.title.clone(),
            unticked: state.unticked(index).into_iter().map(|n| (n, step.tasks[n - 1].clone())).collect(),
            current: state.progress().current().iter().map(|&i| StepBrief::of(state, i)).collect(),
        }
    }
}

/// What `plan done` did when it completed a step.
pub fn step_done(out: &mut impl Screen, v: &StepCompleted) -> io::Result<()> {
    fit(out, &t!("confirm-step-done", number = v.number, total = v.total, title = visible(&v.title)))?;
    if !v.unticked.is_empty() {
        fit(out, &t!("confirm-left-unticked"))?;
        for (n, task) in &v.unticked {
            wrapped(out, task, &format!("  {n}. "))?;
        }
    }
    match v.current.as_slice() {
        [] => fit(out, &t!("confirm-last-step")),
        [next] => fit(out, &t!("confirm-next-step", number = next.number, title = visible(&next.title))),
        several => {
            fit(out, &t!("confirm-now-current"))?;
            for step in several {
                fit(out, &format!("  {}. {} ({})", step.number, visible(&step.title), step.id))?;
            }
            fit(out, &t!("confirm-next-one"))
        }
    }
}

/// `plan done N` on a task ticked already.
pub fn already_ticked(out: &mut impl Screen, number: usize, title: &str) -> io::Result<()> {
    fit(out, &t!("confirm-already-ticked", number = number, title = visible(title)))
}

/// `plan done N`: task `number` of the step `title`, whose text is `task`.
pub fn ticked(out: &mut impl Screen, number: usize, title: &str, task: &str) -> io::Result<()> {
    fit(out, &t!("confirm-ticked", number = number, title = visible(title), task = visible(task)))
}

/// What `plan undo` did, or that there was nothing to take back.
#[derive(Debug)]
pub struct Undone {
    /// The step's number.
    pub number: usize,
    pub title: String,
    /// The task unticked, or `None` when the step was opened again.
    pub task: Option<usize>,
    /// Whether anything changed: the task was ticked, the step done.
    pub changed: bool,
    /// The titles of the steps done after it, which stay done.
    pub later: Vec<String>,
}

pub fn undone(out: &mut impl Screen, u: &Undone) -> io::Result<()> {
    let title = visible(&u.title);
    match (u.task, u.changed) {
        (Some(task), false) => fit(out, &t!("confirm-untick-nothing", task = task, title = title)),
        (Some(task), true) => fit(out, &t!("confirm-unticked", task = task, title = title)),
        (None, false) => fit(out, &t!("confirm-reopen-nothing", number = u.number, title = title)),
        (None, true) => {
            fit(out, &t!("confirm-reopened", number = u.number, title = title))?;
            if u.later.is_empty() {
                return Ok(());
            }
            let later: Vec<String> =
                u.later.iter().map(|title| t!("confirm-quoted", text = visible(title))).collect();
            fit(out, &t!("confirm-later-stay", steps = later.join(&t!("confirm-item-separator"))))
        }
    }
}
