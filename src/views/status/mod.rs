//! `plan status` (and a bare `plan`): where you stand today. Pure:
//! [`status`] computes the view from the state and `today`, which is also
//! `status --json`; [`render`] writes it as text, [`short`] as the one line
//! a shell prompt shows, and [`welcome`] is what a bare `plan` says before
//! there is a plan. [`Status`] is also the summary of the JSON export and
//! of the report.

mod render;

use chrono::NaiveDate;
use serde::Serialize;

pub use render::{render, short, welcome};

use crate::playbook::{Phase, StepId, StepIndex};
use crate::safety::{self, Safety};
use crate::schedule::{self, Counter, Milestones};
use crate::state::{Assessed, Day, Ended, State, Urges};

#[derive(Debug, Serialize)]
pub struct PlaybookRef {
    pub id: String,
    pub title: String,
}

/// `plan status`.
#[derive(Debug, Serialize)]
pub struct Status {
    pub playbook: PlaybookRef,
    pub today: NaiveDate,
    pub started: NaiveDate,
    pub no_contact: Counter,
    /// Days without looking at their profile or photos: counted apart.
    pub looking: Looking,
    /// The first current step; `null` once every step is done.
    pub step: Option<StepRef>,
    /// Every current step: each not done, with the steps it comes after done.
    pub current_steps: Vec<StepRef>,
    pub steps_done: usize,
    pub steps_total: usize,
    pub checked_in_today: bool,
    pub checkins: usize,
    /// The nearest day gate not yet reached, if any step still has one.
    pub next_gate: Option<GateRef>,
    /// The latest check-ins, at most seven, oldest first (no notes).
    pub recent: Vec<Day>,
    /// The milestones of the current no-contact run.
    pub milestones: Milestones,
    /// Mood and urge this week against the week before.
    pub trend: Trend,
    pub streaks: Streaks,
    /// The latest recorded day, when it is after today: the clock may be wrong.
    pub ahead_of_today: Option<NaiveDate>,
    /// The urges met with `plan urge`.
    pub urges: UrgeCounts,
    /// The latest readiness check, or `null`.
    pub assessment: Option<Assessed>,
    /// How and when the plan ended, or `null` while it runs.
    pub ended: Option<Ended>,
    /// A reason never to make contact that the latest readiness check named,
    /// with its day, or `null`: every route honours it.
    pub safety: Option<Safety>,
    /// Whether the latest check-ins show the hardest days (`safety::hard_days`).
    pub hard_days: bool,
    /// Whether any step of the playbook turns toward contact.
    pub toward_contact: bool,
}

/// The looking counter: days since the latest day recorded as a look at
/// their profile or photos (`social-media`, or `looked`), or since the
/// plan's start when none is. It never moves the no-contact counter.
#[derive(Debug, Serialize)]
pub struct Looking {
    pub since: NaiveDate,
    pub days: u32,
    pub longest: u32,
    /// Whether any day is recorded as a look.
    pub looked: bool,
    /// Its own milestones (`schedule::LOOKING_MILESTONES`).
    pub milestones: Milestones,
}

impl Looking {
    pub fn of(state: &State, today: NaiveDate) -> Looking {
        let counter = state.looking(today);
        Looking {
            since: counter.since,
            days: counter.days,
            longest: counter.longest,
            looked: !state.looks.is_empty(),
            milestones: schedule::milestones_of(&counter, &schedule::LOOKING_MILESTONES),
        }
    }
}

#[derive(Debug, Serialize)]
pub struct StepRef {
    pub id: StepId,
    pub title: String,
    pub phase: Phase,
    pub number: usize,
    pub total: usize,
    pub locked_until: Option<NaiveDate>,
    pub tasks_done: usize,
    pub tasks_total: usize,
    /// The step leads toward contact while `safety` stands: set aside.
    pub set_aside: bool,
}

#[derive(Debug, Serialize)]
pub struct GateRef {
    pub step: StepId,
    pub days: u32,
    pub opens: NaiveDate,
}

pub fn status(state: &State, today: NaiveDate) -> Status {
    let counter = state.counter(today);
    let playbook = &state.playbook;
    let progress = state.progress();
    let step_ref = |index: StepIndex| {
        let step = playbook.step(index);
        StepRef {
            id: step.id.clone(),
            title: step.title.clone(),
            phase: step.phase,
            number: index.number(),
            total: playbook.steps.len(),
            locked_until: schedule::locked_until(playbook, index, &counter),
            tasks_done: state.tasks_done(index),
            tasks_total: step.tasks.len(),
            set_aside: state.is_set_aside(index),
        }
    };
    let current_steps: Vec<StepRef> = progress.current().iter().map(|&index| step_ref(index)).collect();
    let step = progress.first().map(step_ref);
    let next_gate = playbook.indices().filter(|&i| progress.done_on(i).is_none()).find_map(|i| {
        let min_days = playbook.step(i).min_no_contact_days?;
        (counter.days < min_days).then(|| GateRef {
            step: playbook.step(i).id.clone(),
            days: min_days,
            opens: schedule::gate_opens(counter.since, min_days),
        })
    });
    Status {
        playbook: PlaybookRef { id: playbook.id.clone(), title: playbook.title.clone() },
        today,
        started: state.started,
        no_contact: counter,
        looking: Looking::of(state, today),
        step,
        current_steps,
        steps_done: progress.done_count(),
        steps_total: playbook.steps.len(),
        checked_in_today: state.checked_in(today),
        checkins: state.checkins,
        next_gate,
        recent: state.recent[state.recent.len().saturating_sub(7)..].to_vec(),
        milestones: schedule::milestones(&counter),
        trend: trend(&state.recent, today),
        streaks: streaks(state, &counter, today),
        ahead_of_today: state.recent.last().map(|day| day.date).max(state.last_slip()).filter(|&d| d > today),
        urges: UrgeCounts::of(&state.urges),
        assessment: state.assessment,
        ended: state.ended,
        safety: state.safety,
        hard_days: safety::hard_days(&state.recent, today),
        toward_contact: playbook.steps.iter().any(|step| safety::involves_contact(step.phase)),
    }
}

/// The urges met with `plan urge`, as `--json` gives them: `held` is the
/// word every view uses, and `resisted`, its older name, stays beside it.
#[derive(Debug, Clone, Serialize)]
pub struct UrgeCounts {
    pub total: u32,
    /// Closed with `held`: the urge passed without contact.
    pub held: u32,
    /// The same as `held`, under the key it had first.
    pub resisted: u32,
    /// Closed with `slipped`: contact was made, and recorded as a slip.
    pub slipped: u32,
    /// The day of the latest urge not yet closed.
    pub open: Option<NaiveDate>,
}

impl UrgeCounts {
    pub fn of(urges: &Urges) -> UrgeCounts {
        UrgeCounts {
            total: urges.total,
            held: urges.resisted,
            resisted: urges.resisted,
            slipped: urges.slipped,
            open: urges.open,
        }
    }
}

/// Averages over the check-ins that have a value: the 7 days to today, and
/// the 7 before; `null` when there are none.
#[derive(Debug, Serialize)]
pub struct Trend {
    pub mood_7d: Option<f64>,
    pub urge_7d: Option<f64>,
    pub mood_prev_7d: Option<f64>,
    pub urge_prev_7d: Option<f64>,
}

fn trend(recent: &[Day], today: NaiveDate) -> Trend {
    let week = |from: i64, value: fn(&Day) -> Option<u8>| {
        let values: Vec<f64> = recent
            .iter()
            .filter(|day| (from..from + 7).contains(&schedule::days_since(day.date, today)))
            .filter_map(|day| value(day).map(f64::from))
            .collect();
        #[allow(clippy::cast_precision_loss)] // at most seven values
        let mean = values.iter().sum::<f64>() / values.len() as f64;
        (!values.is_empty()).then(|| (mean * 10.0).round() / 10.0)
    };
    Trend {
        mood_7d: week(0, |day| day.mood),
        urge_7d: week(0, |day| day.urge),
        mood_prev_7d: week(7, |day| day.mood),
        urge_prev_7d: week(7, |day| day.urge),
    }
}

/// The run and everything around it.
#[derive(Debug, Serialize)]
pub struct Streaks {
    /// Days in the current no-contact run.
    pub current: u32,
    pub longest: u32,
    /// Every day since no contact began that was not a slip.
    pub total: u32,
    pub resets: u32,
    /// Days since the plan began (`plan start`).
    pub since_start: u32,
}

pub fn streaks(state: &State, counter: &Counter, today: NaiveDate) -> Streaks {
    let from = state.since_at_start;
    let slips = state.slips_after_start(today);
    let days = schedule::days_since(from, today).max(0);
    let total =
        u32::try_from(days).unwrap_or(u32::MAX).saturating_sub(u32::try_from(slips).unwrap_or(u32::MAX));
    Streaks {
        current: counter.days,
        longest: counter.longest,
        total,
        resets: counter.resets,
        since_start: u32::try_from(schedule::days_since(state.started, today).max(0)).unwrap_or(u32::MAX),
    }
}
