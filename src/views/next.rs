//! `plan next`: a current step in full. [`next`] computes the view, which
//! is also `next --json`; [`render`] writes it as text, and [`page`] keeps
//! that to the screen's height.

use std::io;

use chrono::NaiveDate;
use serde::Serialize;

use super::help;
use super::words::red_flag;
use crate::i18n::t;
use crate::playbook::{Phase, StepId, StepIndex};
use crate::safety::{self, Safety};
use crate::schedule::{self, StepState};
use crate::state::{Assessed, Readiness, State};
use crate::text::{Columns, Screen, fit, paragraph, visible, wrap};

/// `plan next`: a current step in full.
// Its `--json`: each flag a key a script reads on its own.
#[allow(clippy::struct_excessive_bools)]
#[derive(Debug, Serialize)]
pub struct Next {
    pub id: StepId,
    pub title: String,
    pub phase: Phase,
    pub number: usize,
    pub total: usize,
    pub summary: String,
    pub tasks: Vec<Task>,
    pub tips: Vec<String>,
    pub avoid: Vec<String>,
    pub examples: Vec<String>,
    pub min_no_contact_days: Option<u32>,
    /// The day the step's gate opens, or `null` if it can be completed now.
    pub locked_until: Option<NaiveDate>,
    pub no_contact_days: u32,
    /// The step's state: `current`, or for a step asked for by id, any other.
    pub state: StepState,
    /// The other current steps, which `plan next STEP_ID` shows in full.
    pub also_current: Vec<StepBrief>,
    /// The latest readiness check, or `null`.
    pub assessment: Option<Assessed>,
    /// Whether the step turns toward contact, so the caution the guides
    /// share (going back only if it is good for you; never to abuse) goes with it.
    pub caution: bool,
    /// A reason never to make contact that the latest readiness check named, or `null`.
    pub safety: Option<Safety>,
    /// The step leads toward contact while `safety` stands: its summary,
    /// tasks, tips and messages are not shown, and it cannot be done.
    pub set_aside: bool,
    /// Whether this is the step a bare `plan done` and `plan done N` act on
    /// (the first current one); another is named by its id.
    pub first: bool,
    /// The hardest days (see `safety::hard_days`): the step comes after
    /// where help is.
    pub hard_days: bool,
}

#[derive(Debug, Serialize)]
pub struct StepBrief {
    pub id: StepId,
    pub title: String,
    pub number: usize,
}

impl StepBrief {
    /// Step `index` of `state`'s playbook, in brief.
    pub fn of(state: &State, index: StepIndex) -> StepBrief {
        let step = state.playbook.step(index);
        StepBrief { id: step.id.clone(), title: step.title.clone(), number: index.number() }
    }
}

#[derive(Debug, Serialize)]
pub struct Task {
    pub number: usize,
    pub text: String,
    pub done: bool,
}

/// Step `index` in full, or the first current step; `None` once every step is done.
pub fn next(state: &State, today: NaiveDate, index: Option<StepIndex>) -> Option<Next> {
    let progress = state.progress();
    let index = index.or_else(|| progress.first())?;
    let counter = state.counter(today);
    let step = state.playbook.step(index);
    let set_aside = state.is_set_aside(index);
    let also_current =
        progress.current().iter().filter(|&&i| i != index).map(|&i| StepBrief::of(state, i)).collect();
    Some(Next {
        id: step.id.clone(),
        title: step.title.clone(),
        phase: step.phase,
        number: index.number(),
        total: state.playbook.steps.len(),
        summary: if set_aside { String::new() } else { step.summary.clone() },
        tasks: if set_aside { Vec::new() } else { tasks(state, index) },
        tips: if set_aside { Vec::new() } else { step.tips.clone() },
        avoid: if set_aside { Vec::new() } else { step.avoid.clone() },
        examples: if set_aside { Vec::new() } else { step.examples.clone() },
        min_no_contact_days: step.min_no_contact_days,
        locked_until: schedule::locked_until(&state.playbook, index, &counter),
        no_contact_days: counter.days,
        state: progress.step_state(&state.playbook, index, &counter),
        also_current,
        assessment: state.assessment,
        caution: safety::involves_contact(step.phase) && !set_aside,
        safety: state.safety,
        set_aside,
        first: progress.first() == Some(index),
        hard_days: safety::hard_days(&state.recent, today),
    })
}

fn tasks(state: &State, index: StepIndex) -> Vec<Task> {
    let step = state.playbook.step(index);
    step.tasks
        .iter()
        .enumerate()
        .map(|(i, text)| Task { number: i + 1, text: text.clone(), done: state.is_ticked(&step.id, i + 1) })
        .collect()
}

/// A step in full, kept to the screen's height: on a screen too short for
/// it all, the top, with the title, and a word on how to see the rest,
/// rather than the title scrolled away. `asked` is the index of the step
/// the person named, if they named one.
pub fn page(out: &mut impl Screen, next: Option<&Next>, asked: Option<StepIndex>) -> io::Result<()> {
    let mut page = Columns { inner: Vec::new(), width: out.width() };
    render(&mut page, next)?;
    let page = String::from_utf8_lossy(&page.inner).into_owned();
    let lines: Vec<&str> = page.lines().collect();
    match out.height() {
        Some(rows) if lines.len() >= rows && rows > 4 => {
            let shown = rows - 2;
            for line in &lines[..shown] {
                writeln!(out, "{line}")?;
            }
            let rest = lines.len() - shown;
            let command =
                asked.map_or_else(|| "plan next".to_owned(), |i| format!("plan next {}", i.number()));
            fit(out, &t!("next-more-lines", rest = rest, command = command))
        }
        _ => out.write_all(page.as_bytes()),
    }
}

/// A step in full, or that every step is done.
pub fn render(out: &mut impl Screen, next: Option<&Next>) -> io::Result<()> {
    let Some(n) = next else {
        fit(out, &t!("next-all-done"))?;
        return fit(out, &t!("next-all-done-keep-going"));
    };
    if n.hard_days {
        paragraph(out, &help::hard_days())?;
        writeln!(out)?;
    }
    if n.set_aside {
        return next_set_aside(out, n);
    }
    let (title, phase) = (visible(&n.title), n.phase.name());
    fit(out, &t!("next-step", number = n.number, total = n.total, title = title, phase = phase))?;
    writeln!(out)?;
    wrap(out, &n.summary, "", "")?;
    if !n.tasks.is_empty() {
        writeln!(out)?;
        if n.first {
            fit(out, &t!("next-tasks"))?;
        } else {
            fit(out, &t!("next-tasks-of-step", id = n.id.as_str()))?;
        }
        for task in &n.tasks {
            let mark = if task.done { "[x]" } else { "[ ]" };
            wrap(out, &task.text, &format!("  {mark} {}. ", task.number), "         ")?;
        }
    }
    list(out, &t!("next-tips"), &n.tips)?;
    list(out, &t!("next-avoid"), &n.avoid)?;
    if !n.examples.is_empty() {
        writeln!(out)?;
        fit(out, &t!("next-examples"))?;
        for example in &n.examples {
            wrap(out, &format!("“{example}”"), "  ", "  ")?;
        }
    }
    if n.caution {
        // What the guides share, whatever the playbook says.
        writeln!(out)?;
        paragraph(out, &caution())?;
        writeln!(out)?;
        paragraph(out, &t!("next-planned-contact"))?;
    }
    if safety::involves_contact(n.phase) {
        writeln!(out)?;
        next_readiness(out, n.assessment)?;
    }
    writeln!(out)?;
    let done =
        if n.also_current.is_empty() { "`plan done`".to_owned() } else { format!("`plan done {}`", n.id) };
    match (n.state, n.locked_until, n.min_no_contact_days) {
        (StepState::Done, ..) => fit(out, &t!("next-done", id = n.id.as_str()))?,
        (StepState::Current, Some(until), Some(days)) => {
            let gate = t!("next-gate", days = days, now = n.no_contact_days, date = until.to_string());
            fit(out, &gate)?;
            fit(out, &t!("next-gate-then", command = done))?;
        }
        (StepState::Current, ..) => fit(out, &t!("next-when-done", command = done))?,
        _ => fit(out, &t!("next-not-current"))?,
    }
    if !n.also_current.is_empty() {
        writeln!(out)?;
        if n.state == StepState::Current {
            fit(out, &t!("next-also-current"))?;
        } else {
            fit(out, &t!("next-current-now"))?;
        }
        for step in &n.also_current {
            fit(out, &format!("  {}. {}  (`plan next {}`)", step.number, visible(&step.title), step.id))?;
        }
    }
    Ok(())
}

/// On a step toward contact: what the latest readiness check said, or that
/// it is worth taking first.
fn next_readiness(out: &mut impl Screen, assessment: Option<Assessed>) -> io::Result<()> {
    match assessment {
        Some(Assessed { date, result: Readiness::Wait }) => {
            wrap(out, &t!("next-readiness-wait", date = date.to_string()), "", "")?;
        }
        Some(Assessed { date, result: Readiness::MoveOn }) => {
            wrap(out, &t!("next-readiness-move-on", date = date.to_string()), "", "")?;
        }
        Some(Assessed { result: Readiness::Proceed, .. }) => {}
        None => wrap(out, &t!("next-readiness-none"), "", "")?,
    }
    Ok(())
}

/// A step toward contact while a reason never to make contact stands: no
/// task, tip or message of it, only what the check found, where help is,
/// and the way to let go.
fn next_set_aside(out: &mut impl Screen, n: &Next) -> io::Result<()> {
    let Some(safety) = n.safety else { return Ok(()) };
    fit(out, &t!("next-set-aside", number = n.number, total = n.total, phase = n.phase.name()))?;
    writeln!(out)?;
    let named = red_flag(safety.reason);
    paragraph(out, &t!("next-set-aside-why", date = safety.date.to_string(), named = named))?;
    writeln!(out)?;
    paragraph(out, &help::for_reason(safety.reason))?;
    writeln!(out)?;
    paragraph(out, &t!("next-set-aside-ways"))
}

/// What the guides share, on every step that turns toward contact,
/// whatever the playbook says, in the person's language.
pub fn caution() -> String {
    t!("next-caution")
}

fn list(out: &mut impl Screen, heading: &str, items: &[String]) -> io::Result<()> {
    if items.is_empty() {
        return Ok(());
    }
    writeln!(out)?;
    fit(out, heading)?;
    for item in items {
        wrap(out, item, "  - ", "    ")?;
    }
    Ok(())
}
