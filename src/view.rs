//! What the commands show, computed from the state and `today`. Pure. These
//! types are also the JSON interface (`--json`): their keys are a promise.

use chrono::NaiveDate;
use serde::Serialize;

use crate::event::Archived;
use crate::playbook::{Phase, Playbook};
use crate::schedule::{self, Counter, Progress, StepState};
use crate::state::{Checkin, Day, State};
use crate::store::Devices;

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
    /// The current step; `null` once every step is done.
    pub step: Option<StepRef>,
    pub steps_done: usize,
    pub steps_total: usize,
    pub checked_in_today: bool,
    pub checkins: usize,
    /// The nearest day gate not yet reached, if any step still has one.
    pub next_gate: Option<GateRef>,
    /// The latest check-ins, oldest first (no notes).
    pub recent: Vec<Day>,
    /// The latest recorded day, when it is after today: the clock may be wrong.
    pub ahead_of_today: Option<NaiveDate>,
}

#[derive(Debug, Serialize)]
pub struct StepRef {
    pub id: String,
    pub title: String,
    pub phase: Phase,
    pub number: usize,
    pub total: usize,
    pub locked_until: Option<NaiveDate>,
    pub tasks_done: usize,
    pub tasks_total: usize,
}

#[derive(Debug, Serialize)]
pub struct GateRef {
    pub step: String,
    pub days: u32,
    pub opens: NaiveDate,
}

pub fn status(state: &State, today: NaiveDate) -> Status {
    let counter = state.counter(today);
    let playbook = &state.playbook;
    let progress = Progress::of(state);
    let step = progress.current().map(|index| {
        let step = &playbook.steps[index];
        StepRef {
            id: step.id.clone(),
            title: step.title.clone(),
            phase: step.phase,
            number: index + 1,
            total: playbook.steps.len(),
            locked_until: schedule::locked_until(playbook, index, &counter),
            tasks_done: (1..=step.tasks.len()).filter(|&n| state.is_ticked(&step.id, n)).count(),
            tasks_total: step.tasks.len(),
        }
    });
    let next_gate = (0..playbook.steps.len()).filter(|&i| progress.done_on(i).is_none()).find_map(|i| {
        let min_days = playbook.steps[i].min_no_contact_days?;
        (counter.days < min_days).then(|| GateRef {
            step: playbook.steps[i].id.clone(),
            days: min_days,
            opens: schedule::gate_opens(counter.since, min_days),
        })
    });
    Status {
        playbook: PlaybookRef { id: playbook.id.clone(), title: playbook.title.clone() },
        today,
        started: state.started,
        no_contact: counter,
        step,
        steps_done: progress.done_count(),
        steps_total: playbook.steps.len(),
        checked_in_today: state.checked_in(today),
        checkins: state.checkins,
        next_gate,
        recent: state.recent.clone(),
        ahead_of_today: state
            .recent
            .last()
            .map(|day| day.date)
            .max(state.slips.last().copied())
            .filter(|&d| d > today),
    }
}

/// `plan next`: the current step in full.
#[derive(Debug, Serialize)]
pub struct Next {
    pub id: String,
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
}

#[derive(Debug, Serialize)]
pub struct Task {
    pub number: usize,
    pub text: String,
    pub done: bool,
}

/// `None` once every step is done.
pub fn next(state: &State, today: NaiveDate) -> Option<Next> {
    let index = schedule::current_step(state)?;
    let counter = state.counter(today);
    let step = &state.playbook.steps[index];
    Some(Next {
        id: step.id.clone(),
        title: step.title.clone(),
        phase: step.phase,
        number: index + 1,
        total: state.playbook.steps.len(),
        summary: step.summary.clone(),
        tasks: tasks(state, index),
        tips: step.tips.clone(),
        avoid: step.avoid.clone(),
        examples: step.examples.clone(),
        min_no_contact_days: step.min_no_contact_days,
        locked_until: schedule::locked_until(&state.playbook, index, &counter),
        no_contact_days: counter.days,
    })
}

fn tasks(state: &State, index: usize) -> Vec<Task> {
    let step = &state.playbook.steps[index];
    step.tasks
        .iter()
        .enumerate()
        .map(|(i, text)| Task { number: i + 1, text: text.clone(), done: state.is_ticked(&step.id, i + 1) })
        .collect()
}

/// `plan steps`.
#[derive(Debug, Serialize)]
pub struct Steps {
    pub id: String,
    pub title: String,
    pub steps: Vec<StepLine>,
}

#[derive(Debug, Serialize)]
pub struct StepLine {
    pub id: String,
    pub title: String,
    pub phase: Phase,
    pub number: usize,
    pub state: StepState,
    pub done_on: Option<NaiveDate>,
    pub min_no_contact_days: Option<u32>,
    pub locked_until: Option<NaiveDate>,
    pub tasks_done: usize,
    pub tasks_total: usize,
}

pub fn steps(state: &State, today: NaiveDate) -> Steps {
    let counter = state.counter(today);
    let playbook = &state.playbook;
    let progress = Progress::of(state);
    let steps = playbook
        .steps
        .iter()
        .enumerate()
        .map(|(i, step)| StepLine {
            id: step.id.clone(),
            title: step.title.clone(),
            phase: step.phase,
            number: i + 1,
            state: progress.step_state(playbook, i, &counter),
            done_on: progress.done_on(i),
            min_no_contact_days: step.min_no_contact_days,
            locked_until: schedule::locked_until(playbook, i, &counter),
            tasks_done: state
                .ticked
                .get(&step.id)
                .map_or(0, |ticked| ticked.iter().filter(|&&n| n <= step.tasks.len()).count()),
            tasks_total: step.tasks.len(),
        })
        .collect();
    Steps { id: playbook.id.clone(), title: playbook.title.clone(), steps }
}

/// A line of `plan playbooks`.
#[derive(Debug, Serialize)]
pub struct PlaybookListing {
    pub id: String,
    pub title: String,
    pub steps: usize,
    /// `bundled`, or the path of the user's file.
    pub source: String,
}

impl PlaybookListing {
    pub fn new(playbook: &Playbook, source: String) -> PlaybookListing {
        PlaybookListing {
            id: playbook.id.clone(),
            title: playbook.title.clone(),
            steps: playbook.steps.len(),
            source,
        }
    }
}

/// A line of `plan archive`.
#[derive(Debug, Serialize)]
pub struct ArchivedPlan {
    /// 1 for the oldest; `plan log --archived N` reads it.
    pub number: usize,
    pub id: String,
    pub playbook: String,
    pub title: String,
    pub started: NaiveDate,
    /// The day the plan that replaced it began.
    pub ended: NaiveDate,
    pub checkins: usize,
}

pub fn archive(archived: &[(Archived, Vec<Checkin>)]) -> Vec<ArchivedPlan> {
    archived
        .iter()
        .enumerate()
        .map(|(i, (plan, checkins))| ArchivedPlan {
            number: i + 1,
            id: plan.plan.0.clone(),
            playbook: plan.playbook.clone(),
            title: plan.title.clone(),
            started: plan.started,
            ended: plan.ended,
            checkins: checkins.len(),
        })
        .collect()
}

/// `plan device`.
#[derive(Debug, Serialize)]
pub struct DeviceList {
    pub id: String,
    pub name: String,
    pub encrypted: bool,
    /// Every device with a log in the plan folder.
    pub devices: Vec<DeviceLine>,
}

#[derive(Debug, Serialize)]
pub struct DeviceLine {
    pub id: String,
    pub name: String,
    pub this: bool,
    /// How many events it has recorded.
    pub events: u64,
    /// The day (UTC) of its latest event.
    pub last: Option<NaiveDate>,
}

pub fn devices(devices: &Devices) -> DeviceList {
    DeviceList {
        id: devices.this.id.clone(),
        name: devices.this.name.clone(),
        encrypted: devices.encrypted,
        devices: devices
            .seen
            .iter()
            .map(|head| DeviceLine {
                id: head.device.clone(),
                name: head.name.clone(),
                this: head.device == devices.this.id,
                events: head.seq,
                last: i64::try_from(head.clock.0)
                    .ok()
                    .and_then(chrono::DateTime::from_timestamp_millis)
                    .map(|time| time.date_naive()),
            })
            .collect(),
    }
}
