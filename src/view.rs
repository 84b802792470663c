//! What the commands show, computed from the state and `today`. Pure. These
//! types are also the JSON interface (`--json`): their keys are a promise.

use chrono::{Datelike, NaiveDate};
use serde::Serialize;

use crate::assess::Verdict;
use crate::event::{Archived, Dated, Journal};
use crate::playbook::{Origin, Phase, Playbook};
use crate::safety::{self, Safety};
use crate::schedule::{self, Counter, Milestones, StepState};
use crate::state::{Assessed, Checkin, Day, Earlier, Ended, Outcome, Readiness, State, Urges};
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
    /// The step leads toward contact while `safety` stands: set aside.
    pub set_aside: bool,
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
    let progress = state.progress();
    let step_ref = |index: usize| {
        let step = &playbook.steps[index];
        StepRef {
            id: step.id.clone(),
            title: step.title.clone(),
            phase: step.phase,
            number: index + 1,
            total: playbook.steps.len(),
            locked_until: schedule::locked_until(playbook, index, &counter),
            tasks_done: state.tasks_done(index),
            tasks_total: step.tasks.len(),
            set_aside: state.is_set_aside(index),
        }
    };
    let current_steps: Vec<StepRef> = progress.current().iter().map(|&index| step_ref(index)).collect();
    let step = progress.first().map(step_ref);
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
        ahead_of_today: state
            .recent
            .last()
            .map(|day| day.date)
            .max(state.slips.last().copied())
            .filter(|&d| d > today),
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

fn streaks(state: &State, counter: &Counter, today: NaiveDate) -> Streaks {
    let from = state.since_at_start;
    let slips = state.slips.iter().filter(|&&slip| slip > from && slip <= today).count();
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

/// `plan next`: a current step in full.
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
}

#[derive(Debug, Serialize)]
pub struct StepBrief {
    pub id: String,
    pub title: String,
    pub number: usize,
}

#[derive(Debug, Serialize)]
pub struct Task {
    pub number: usize,
    pub text: String,
    pub done: bool,
}

/// Step `index` in full, or the first current step; `None` once every step is done.
pub fn next(state: &State, today: NaiveDate, index: Option<usize>) -> Option<Next> {
    let progress = state.progress();
    let index = index.or_else(|| progress.first())?;
    let counter = state.counter(today);
    let step = &state.playbook.steps[index];
    let set_aside = state.is_set_aside(index);
    let also_current = progress
        .current()
        .iter()
        .filter(|&&i| i != index)
        .map(|&i| StepBrief {
            id: state.playbook.steps[i].id.clone(),
            title: state.playbook.steps[i].title.clone(),
            number: i + 1,
        })
        .collect();
    Some(Next {
        id: step.id.clone(),
        title: step.title.clone(),
        phase: step.phase,
        number: index + 1,
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
    /// The playbooks followed before a `plan switch`, with the steps done in each.
    pub earlier: Vec<Earlier>,
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
    /// The step leads toward contact while a reason never to make contact
    /// stands: its title is not shown in text.
    pub set_aside: bool,
}

pub fn steps(state: &State, today: NaiveDate) -> Steps {
    let counter = state.counter(today);
    let playbook = &state.playbook;
    let progress = state.progress();
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
            tasks_done: state.tasks_done(i),
            tasks_total: step.tasks.len(),
            set_aside: state.is_set_aside(i),
        })
        .collect();
    Steps { id: playbook.id.clone(), title: playbook.title.clone(), steps, earlier: state.earlier.clone() }
}

/// A line of `plan playbooks`.
#[derive(Debug, Serialize)]
pub struct PlaybookListing {
    pub id: String,
    pub title: String,
    /// What the path is for, in one line, if the playbook says.
    pub purpose: Option<String>,
    pub steps: usize,
    /// `bundled`, or the path of the user's file.
    pub source: Origin,
}

impl PlaybookListing {
    pub fn new(playbook: &Playbook, source: Origin) -> PlaybookListing {
        PlaybookListing {
            id: playbook.id.clone(),
            title: playbook.title.clone(),
            purpose: playbook.purpose.clone(),
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
    /// The day it ended (`plan end`), or else the day the plan that replaced it began.
    pub ended: NaiveDate,
    /// `reunited`, `moved-on` or `paused`; `null` if it was replaced without `plan end`.
    pub outcome: Option<Outcome>,
    /// The note `plan end` was given, or `null`.
    pub note: Option<String>,
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
            outcome: plan.outcome,
            note: plan.note.clone(),
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

/// `plan why`: the current reason and, with `--history`, every one.
#[derive(Debug, Serialize)]
pub struct Why {
    /// The current why, or `null` before one is written.
    pub why: Option<Dated>,
    /// Every why, oldest first.
    pub history: Vec<Dated>,
}

pub fn why(journal: &Journal) -> Why {
    Why { why: journal.whys.last().cloned(), history: journal.whys.clone() }
}

/// `plan urge`: what is at stake, the person's own why, and what to do instead.
#[derive(Debug, Serialize)]
pub struct Urge {
    pub today: NaiveDate,
    pub no_contact: Counter,
    pub why: Option<Dated>,
    /// One or two things to do instead, from what the guides suggest.
    pub instead: Vec<&'static str>,
    pub urges: UrgeCounts,
    /// A reason never to make contact that the latest readiness check named, or `null`.
    pub safety: Option<Safety>,
    /// Whether the latest check-ins show the hardest days.
    pub hard_days: bool,
}

/// What the guides suggest doing with the urge instead of acting on it.
const INSTEAD: [&str; 6] = [
    "Call or message a friend, and tell them this is a hard moment.",
    "Go for a walk, or move your body for ten minutes.",
    "Write what you want to say in a journal, not to them.",
    "Breathe slowly, in for four and out for six, ten times over.",
    "Do something with your hands: cook, tidy, draw, play something.",
    "If it is late, go to bed; things look different in the morning.",
];

pub fn urge(state: &State, journal: &Journal, today: NaiveDate) -> Urge {
    // Two different suggestions, which change from one urge to the next.
    let turn = state.urges.total as usize + today.ordinal0() as usize;
    let instead = vec![INSTEAD[turn % INSTEAD.len()], INSTEAD[(turn + INSTEAD.len() / 2) % INSTEAD.len()]];
    Urge {
        today,
        no_contact: state.counter(today),
        why: journal.whys.last().cloned(),
        instead,
        urges: UrgeCounts::of(&state.urges),
        safety: state.safety,
        hard_days: safety::hard_days(&state.recent, today),
    }
}

/// `plan assess`: what the answers came to.
#[derive(Debug, Serialize)]
pub struct Assessment {
    pub date: NaiveDate,
    pub result: Readiness,
    pub reasons: Vec<String>,
    /// Whether the answers named or suspected a danger: the text says where help is.
    pub safety: bool,
    /// The reason never to make contact the answers named, or `null`.
    pub red_flag: Option<crate::safety::Reason>,
    /// Whether the answers were kept with the result.
    pub answers_kept: bool,
    /// Which help the text points to.
    #[serde(skip)]
    pub help: Option<crate::safety::Reason>,
}

pub fn assessment(date: NaiveDate, verdict: Verdict, answers_kept: bool) -> Assessment {
    Assessment {
        date,
        result: verdict.result,
        reasons: verdict.reasons,
        safety: verdict.safety,
        red_flag: verdict.red_flag,
        answers_kept,
        help: verdict.help,
    }
}

/// What `plan checkin` (and `slip`, `contact`) did.
#[derive(Debug)]
pub struct CheckedIn {
    pub date: NaiveDate,
    /// The day's check-in as it now stands.
    pub entry: Checkin,
    pub recorded: crate::state::Recorded,
    /// The counter before the check-in and after it.
    pub before: Counter,
    pub after: Counter,
    /// The kind of contact the check-in gave, if it gave one.
    pub kind: Option<crate::state::Contact>,
    /// Whether the latest check-ins, this one included, show the hardest days.
    pub hard_days: bool,
}

/// What `plan done` did when it completed a step.
#[derive(Debug)]
pub struct StepDone {
    pub number: usize,
    pub total: usize,
    pub title: String,
    /// The tasks left unticked: number and text.
    pub unticked: Vec<(usize, String)>,
    /// The steps current now.
    pub current: Vec<StepBrief>,
}

pub fn step_done(state: &State, index: usize) -> StepDone {
    let step = &state.playbook.steps[index];
    StepDone {
        number: index + 1,
        total: state.playbook.steps.len(),
        title: step.title.clone(),
        unticked: state.unticked(index).into_iter().map(|n| (n, step.tasks[n - 1].clone())).collect(),
        current: state
            .progress()
            .current()
            .iter()
            .map(|&i| StepBrief {
                id: state.playbook.steps[i].id.clone(),
                title: state.playbook.steps[i].title.clone(),
                number: i + 1,
            })
            .collect(),
    }
}

/// What `plan start` did.
#[derive(Debug)]
pub struct Started {
    pub title: String,
    pub id: String,
    pub steps: usize,
    pub since: NaiveDate,
    /// The plan folder, as a person would type it.
    pub home: String,
    /// Whether a plan before it was archived.
    pub archived: bool,
    /// The why carried over from a plan that ended moving on or paused.
    pub why: Option<Dated>,
    pub status: Status,
}
