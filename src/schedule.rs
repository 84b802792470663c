//! Day counting, gates and "what is next". Pure: every function is handed
//! `today`, and all day math is on calendar dates.

use std::collections::HashMap;

use chrono::{Days, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::playbook::{Playbook, StepId, StepIndex, StepName, prerequisites};

/// Whole calendar days from `since` to `today` (negative if `today` is earlier).
pub fn days_since(since: NaiveDate, today: NaiveDate) -> i64 {
    (today - since).num_days()
}

/// The no-contact counter.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Counter {
    /// The day of the last contact that broke no contact, or the plan's start.
    pub since: NaiveDate,
    /// Days from `since` to today; 0 if today is earlier than `since`.
    pub days: u32,
    /// The longest run of no-contact days ever reached, today's included.
    pub longest: u32,
    /// How many times a slip started the counter again.
    pub resets: u32,
}

/// The counter from the last contact before the plan and the slips since.
/// `slips` are sorted and unique; a slip on the start day still counts as a reset.
pub fn counter(since_at_start: NaiveDate, slips: &[NaiveDate], today: NaiveDate) -> Counter {
    let since = slips.last().copied().map_or(since_at_start, |last| last.max(since_at_start));
    let days = clamp_days(days_since(since, today));
    let longest = runs(since_at_start, slips, today).iter().map(|run| run.days).max().unwrap_or(0).max(days);
    Counter { since, days, longest, resets: u32::try_from(slips.len()).unwrap_or(u32::MAX) }
}

/// A run of no contact: from the day of the contact before it to the day
/// of the next, or to the last day counted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Run {
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub days: u32,
}

/// The runs of no contact from `began`, broken by `slips` (sorted), up to
/// `last`: the one algorithm behind the counter's longest run and the
/// report's timeline. A slip after `last` is not counted yet.
pub fn runs(began: NaiveDate, slips: &[NaiveDate], last: NaiveDate) -> Vec<Run> {
    let mut runs = Vec::new();
    let mut from = began;
    for &slip in slips.iter().filter(|&&date| date <= last) {
        if slip > from {
            runs.push(Run { from, to: slip, days: clamp_days(days_since(from, slip)) });
        }
        from = from.max(slip);
    }
    if last >= from {
        runs.push(Run { from, to: last, days: clamp_days(days_since(from, last)) });
    }
    runs
}

fn clamp_days(days: i64) -> u32 {
    u32::try_from(days.max(0)).unwrap_or(u32::MAX)
}

/// The day counts of a no-contact run worth marking.
pub const MILESTONES: [u32; 8] = [7, 14, 21, 30, 60, 90, 180, 365];

/// A milestone: its day count and the date the current run reaches it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Milestone {
    pub days: u32,
    pub date: NaiveDate,
}

/// The milestones of the current run: the day counts reached, and the next
/// one with its date (`None` past the last).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Milestones {
    pub reached: Vec<u32>,
    pub next: Option<Milestone>,
}

/// The day counts of a run without looking at their profile or photos
/// worth marking: its own, with a first one sooner, since a look is easy
/// to slip into and three days without one is already something.
pub const LOOKING_MILESTONES: [u32; 8] = [3, 7, 14, 30, 60, 90, 180, 365];

pub fn milestones(counter: &Counter) -> Milestones {
    milestones_of(counter, &MILESTONES)
}

/// The milestones among `marks` (ascending day counts) of the run `counter` counts.
pub fn milestones_of(counter: &Counter, marks: &[u32]) -> Milestones {
    Milestones {
        reached: marks.iter().copied().filter(|&days| days <= counter.days).collect(),
        next: marks
            .iter()
            .find(|&&days| days > counter.days)
            .map(|&days| Milestone { days, date: gate_opens(counter.since, days) }),
    }
}

/// A milestone a run of no contact reached.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Reached {
    pub days: u32,
    pub date: NaiveDate,
    /// The day the run began from: the contact before it.
    pub run: NaiveDate,
}

/// The milestones every run of no contact reached, up to `last`, oldest
/// first: a slip ends a run, never what it reached. The runs are those of
/// [`runs`]; the last one's are those of the current run.
pub fn reached(began: NaiveDate, slips: &[NaiveDate], last: NaiveDate) -> Vec<Reached> {
    runs(began, slips, last)
        .iter()
        .flat_map(|run| {
            MILESTONES.iter().take_while(|&&days| days <= run.days).map(|&days| Reached {
                days,
                date: gate_opens(run.from, days),
                run: run.from,
            })
        })
        .collect()
}

/// Every milestone date of the run that began on `since`.
pub fn milestone_dates(since: NaiveDate) -> Vec<Milestone> {
    MILESTONES.iter().map(|&days| Milestone { days, date: gate_opens(since, days) }).collect()
}

/// The day a gate of `min_days` opens, counted from `since`.
pub fn gate_opens(since: NaiveDate, min_days: u32) -> NaiveDate {
    since.checked_add_days(Days::new(u64::from(min_days))).unwrap_or(NaiveDate::MAX)
}

/// Until when a step's day gate holds it, or `None` if it is open.
pub fn locked_until(playbook: &Playbook, index: StepIndex, counter: &Counter) -> Option<NaiveDate> {
    let min_days = playbook.step(index).min_no_contact_days?;
    (counter.days < min_days).then(|| gate_opens(counter.since, min_days))
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
/// A step completed, and the day it was.
pub struct DoneStep {
    pub id: StepId,
    pub date: NaiveDate,
}

/// Where a step stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum StepState {
    Done,
    /// Not done, and every step it comes after is: one of the steps to work on now.
    Current,
    /// Not done, and its day gate is still closed.
    Locked,
    /// Not done, waiting its turn.
    Ahead,
}

/// Which steps are done (and when) and which are current, worked out once
/// for the whole playbook: linear in its steps and their `after` lists,
/// however many are done.
#[derive(Debug, Clone)]
pub struct Progress {
    /// By place in the playbook.
    done_on: Vec<Option<NaiveDate>>,
    current: Vec<StepIndex>,
}

impl Progress {
    pub fn of(playbook: &Playbook, done: &[DoneStep]) -> Progress {
        let by_id: HashMap<&StepId, NaiveDate> = done.iter().map(|done| (&done.id, done.date)).collect();
        let done_on: Vec<Option<NaiveDate>> =
            playbook.steps.iter().map(|step| by_id.get(&step.id).copied()).collect();
        let position: HashMap<&StepId, usize> =
            playbook.steps.iter().enumerate().map(|(i, step)| (&step.id, i)).collect();
        let current = playbook
            .indices()
            .filter(|&index| {
                let i = index.get();
                done_on[i].is_none()
                    && match &playbook.step(index).after {
                        None => i == 0 || done_on[i - 1].is_some(),
                        Some(after) => {
                            after.iter().all(|id| position.get(id).is_none_or(|&p| done_on[p].is_some()))
                        }
                    }
            })
            .collect();
        Progress { done_on, current }
    }

    /// The steps to work on now, in playbook order: not done, with every
    /// step they come after done. Empty when all are done.
    pub fn current(&self) -> &[StepIndex] {
        &self.current
    }

    /// The first current step, or `None` when all are done.
    pub fn first(&self) -> Option<StepIndex> {
        self.current.first().copied()
    }

    pub fn done_on(&self, index: StepIndex) -> Option<NaiveDate> {
        self.done_on[index.get()]
    }

    pub fn done_count(&self) -> usize {
        self.done_on.iter().filter(|done| done.is_some()).count()
    }

    pub fn step_state(&self, playbook: &Playbook, index: StepIndex, counter: &Counter) -> StepState {
        if self.done_on(index).is_some() {
            StepState::Done
        } else if self.current.contains(&index) {
            StepState::Current
        } else if locked_until(playbook, index, counter).is_some() {
            StepState::Locked
        } else {
            StepState::Ahead
        }
    }
}

/// Why a step cannot be completed now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Blocked {
    AlreadyDone,
    /// The day gate: `needed` days of no contact, `days` so far, open on `until`.
    Gate {
        needed: u32,
        days: u32,
        until: NaiveDate,
    },
    /// These steps must be done first: their ids and 1-based numbers.
    Waiting(Vec<StepName>),
}

/// Whether step `index` of `playbook`, with the steps `done`, can be completed today.
pub fn check_complete(
    playbook: &Playbook,
    done: &[DoneStep],
    index: StepIndex,
    counter: &Counter,
) -> Result<(), Blocked> {
    let is_done = |i: StepIndex| done.iter().any(|done| done.id == playbook.step(i).id);
    if is_done(index) {
        return Err(Blocked::AlreadyDone);
    }
    let waiting: Vec<StepName> = prerequisites(playbook, index.get())
        .into_iter()
        .map(StepIndex::new)
        .filter(|&i| !is_done(i))
        .map(|i| playbook.name(i))
        .collect();
    if !waiting.is_empty() {
        return Err(Blocked::Waiting(waiting));
    }
    if let Some(until) = locked_until(playbook, index, counter) {
        let needed = playbook.step(index).min_no_contact_days.unwrap_or(0);
        return Err(Blocked::Gate { needed, days: counter.days, until });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn counts_calendar_days_across_month_year_and_leap_day() {
        assert_eq!(days_since(d("2026-01-31"), d("2026-02-01")), 1);
        assert_eq!(days_since(d("2025-12-31"), d("2026-01-01")), 1);
        assert_eq!(days_since(d("2024-02-28"), d("2024-03-01")), 2);
        assert_eq!(days_since(d("2023-02-28"), d("2023-03-01")), 1);
        // The spring-forward day in Europe is 23 hours long; it is still one day.
        assert_eq!(days_since(d("2026-03-28"), d("2026-03-30")), 2);
        assert_eq!(days_since(d("2026-11-22"), d("2026-11-20")), -2);
    }

    #[test]
    fn counter_without_slips() {
        let c = counter(d("2026-11-01"), &[], d("2026-11-22"));
        assert_eq!(c, Counter { since: d("2026-11-01"), days: 21, longest: 21, resets: 0 });
    }

    #[test]
    fn a_slip_resets_but_keeps_the_longest_streak() {
        let c = counter(d("2026-01-01"), &[d("2026-01-31")], d("2026-02-05"));
        assert_eq!(c, Counter { since: d("2026-01-31"), days: 5, longest: 30, resets: 1 });
    }

    #[test]
    fn a_slip_on_the_start_day_counts_as_a_reset() {
        let c = counter(d("2026-11-22"), &[d("2026-11-22")], d("2026-11-22"));
        assert_eq!(c, Counter { since: d("2026-11-22"), days: 0, longest: 0, resets: 1 });
    }

    #[test]
    fn the_current_streak_can_be_the_longest() {
        let slips = [d("2026-01-03"), d("2026-01-10")];
        let c = counter(d("2026-01-01"), &slips, d("2026-03-01"));
        assert_eq!((c.days, c.longest, c.resets), (50, 50, 2));
    }

    #[test]
    fn a_clock_set_back_never_goes_negative() {
        let c = counter(d("2026-11-20"), &[], d("2026-11-18"));
        assert_eq!((c.days, c.longest), (0, 0));
    }

    #[test]
    fn milestones_of_the_current_run_start_again_after_a_slip() {
        let c = counter(d("2026-01-01"), &[d("2026-01-20")], d("2026-02-05"));
        assert_eq!(c.days, 16);
        let m = milestones(&c);
        assert_eq!(m.reached, vec![7, 14]);
        assert_eq!(m.next, Some(Milestone { days: 21, date: d("2026-02-10") }));
        let far = counter(d("2024-01-01"), &[], d("2026-01-01"));
        assert_eq!(milestones(&far).next, None);
        assert_eq!(milestones(&far).reached.len(), MILESTONES.len());
    }

    #[test]
    fn every_run_keeps_the_milestones_it_reached() {
        // 2 to 20 October (18 days), a slip, 20 October to 5 November (16 days).
        let reached = reached(d("2026-10-02"), &[d("2026-10-20")], d("2026-11-05"));
        let found: Vec<(u32, NaiveDate, NaiveDate)> =
            reached.iter().map(|r| (r.days, r.date, r.run)).collect();
        assert_eq!(
            found,
            [
                (7, d("2026-10-09"), d("2026-10-02")),
                (14, d("2026-10-16"), d("2026-10-02")),
                (7, d("2026-10-27"), d("2026-10-20")),
                (14, d("2026-11-03"), d("2026-10-20")),
            ]
        );
        // A slip on the very day of a milestone: that run reached it.
        let on_the_day = super::reached(d("2026-10-02"), &[d("2026-10-09")], d("2026-10-10"));
        assert_eq!(on_the_day.iter().map(|r| (r.days, r.date)).collect::<Vec<_>>(), [(7, d("2026-10-09"))]);
    }

    #[test]
    fn gates_open_on_a_calendar_date() {
        assert_eq!(gate_opens(d("2024-02-08"), 21), d("2024-02-29"));
        assert_eq!(gate_opens(d("2025-12-20"), 21), d("2026-01-10"));
    }
}
