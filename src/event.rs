//! Events: every change to a plan, recorded once and never rewritten, and
//! the fold that turns all devices' events into the plan. Pure: the store
//! reads and writes them, this module only orders and applies them.
//!
//! Each device numbers its own events (`seq`) and stamps each with a hybrid
//! logical clock: the wall clock in milliseconds, raised past any clock the
//! device has seen, and a counter for events within one millisecond. The plan
//! is the fold of every device's events in (clock, device, seq) order: a
//! later change to the same check-in field, or the same step, wins.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::assess::Answer;
pub use crate::id::{Clock, DeviceId, Month, PlanId, StepId};
use crate::playbook::{Origin, Playbook};
use crate::safety::{Reason, Safety};
use crate::state::{
    Assessed, Checkin, CheckinInput, Day, DoneStep, Earlier, Ended, Outcome, RECENT, Readiness, State,
    UrgeOutcome,
};

/// One change, as a device recorded it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Event {
    /// This device's number for the event: 1, 2, 3…
    pub seq: u64,
    pub clock: Clock,
    /// The plan it belongs to: the id of that plan's start event.
    pub plan: PlanId,
    #[serde(flatten)]
    pub change: Change,
}

/// What changed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "kebab-case")]
pub enum Change {
    /// A plan begins (and any plan before it is archived).
    Start { playbook: Box<Playbook>, source: Origin, started: NaiveDate, since: NaiveDate },
    /// A day's check-in, or the fields of it that were given.
    Checkin {
        date: NaiveDate,
        #[serde(flatten)]
        fields: CheckinInput,
    },
    /// A step completed on `date`.
    Done { step: StepId, date: NaiveDate },
    /// Task `task` (1-based) of a step ticked.
    Tick { step: StepId, task: usize },
    /// A step marked done by mistake, open again.
    Undone { step: StepId },
    /// The tick of task `task` of a step taken back.
    Untick { step: StepId, task: usize },
    /// The person's own reason for the plan, in their words; it replaces the one before.
    Why { date: NaiveDate, text: String },
    /// An urge to make contact, met with `plan urge`.
    Urge { date: NaiveDate },
    /// How the open urge ended (one recorded as a whole if none was open).
    Resolve { date: NaiveDate, outcome: UrgeOutcome },
    /// A message written instead of sent. It is never sent anywhere.
    Draft { date: NaiveDate, text: String },
    /// A readiness check, its answers (none if the person chose to keep only
    /// the result) and what they came to: its result, and the reason never
    /// to make contact it named. A check recorded before checks named that
    /// reason has its answers alone, and they say it.
    Assess {
        date: NaiveDate,
        /// By question id.
        answers: BTreeMap<String, Answer>,
        result: Readiness,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        red_flag: Option<Reason>,
    },
    /// The plan follows another playbook from its first step; everything recorded stays.
    Switch { playbook: Box<Playbook>, source: Origin, date: NaiveDate },
    /// The day no contact began, corrected.
    Since { date: NaiveDate },
    /// The plan is closed, with how it ended.
    End {
        date: NaiveDate,
        outcome: Outcome,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        note: Option<String>,
    },
}

impl Change {
    /// Every date the change carries.
    pub fn dates(&self) -> Vec<NaiveDate> {
        match self {
            Change::Start { started, since, .. } => vec![*started, *since],
            Change::Checkin { date, .. }
            | Change::Done { date, .. }
            | Change::Why { date, .. }
            | Change::Urge { date }
            | Change::Resolve { date, .. }
            | Change::Draft { date, .. }
            | Change::Assess { date, .. }
            | Change::Switch { date, .. }
            | Change::Since { date }
            | Change::End { date, .. } => vec![*date],
            Change::Tick { .. } | Change::Undone { .. } | Change::Untick { .. } => Vec::new(),
        }
    }

    /// A date the change carries outside the years `plan` reads (0000 to 9999).
    pub fn date_out_of_range(&self) -> Option<NaiveDate> {
        self.dates().into_iter().find(|&date| !crate::date::in_range(date))
    }

    /// The month of a check-in's date: its events are filed by it.
    pub fn month(&self) -> Option<Month> {
        match self {
            Change::Checkin { date, .. } => Some(Month::of(*date)),
            _ => None,
        }
    }
}

/// An event with the device that recorded it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Recorded {
    pub device: DeviceId,
    pub event: Event,
}

/// A plan and every one of its check-ins, folded from events.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Folded {
    pub state: State,
    /// Every check-in, by date, notes included.
    pub days: BTreeMap<NaiveDate, Checkin>,
}

/// A plan that a later start replaced.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Archived {
    pub plan: PlanId,
    /// The playbook's id and title.
    pub playbook: String,
    pub title: String,
    pub started: NaiveDate,
    /// The day it ended (`plan end`), or else the day the plan that replaced it began.
    pub ended: NaiveDate,
    /// How it ended, if `plan end` said.
    pub outcome: Option<Outcome>,
    /// The note `plan end` was given.
    pub note: Option<String>,
}

/// Sort events into the one order every device agrees on.
pub fn order(events: &mut [Recorded]) {
    events.sort_by(|a, b| {
        (a.event.clock, &a.device, a.event.seq).cmp(&(b.event.clock, &b.device, b.event.seq))
    });
}

/// The current plan (the one whose start comes last) with its check-ins,
/// or `None` before any plan was started. `events` must be in [`order`].
pub fn fold(events: &[Recorded]) -> Option<Folded> {
    let (start_at, start) = events
        .iter()
        .enumerate()
        .rev()
        .find(|(_, recorded)| matches!(recorded.event.change, Change::Start { .. }))?;
    let Change::Start { playbook, source, started, since } = &start.event.change else { unreachable!() };
    let plan = PlanId::of(&start.device, start.event.seq);
    let mut state = State::new(plan.clone(), (**playbook).clone(), source.clone(), *started, *since);
    let mut days: BTreeMap<NaiveDate, Checkin> = BTreeMap::new();
    // Events of this plan recorded before its start reached this device
    // cannot exist: a device only records for a plan it has seen start.
    for recorded in &events[start_at + 1..] {
        if recorded.event.plan != plan {
            continue;
        }
        apply(&mut state, &mut days, &recorded.event.change);
    }
    state.clock = events.last().map(|recorded| recorded.event.clock).unwrap_or_default();
    Some(Folded { state, days })
}

/// The current plan's changes in the order the fold applies them, its start
/// first, with the plan's id: exactly what [`fold`] folds, so that
/// replaying them (`export::replay`) gives the same plan. `events` must be in [`order`].
pub fn current_plan(events: &[Recorded]) -> Option<(PlanId, Vec<Change>)> {
    let start_at =
        events.iter().rposition(|recorded| matches!(recorded.event.change, Change::Start { .. }))?;
    let start = &events[start_at];
    let plan = PlanId::of(&start.device, start.event.seq);
    let mut changes = vec![start.event.change.clone()];
    changes.extend(
        events[start_at + 1..]
            .iter()
            .filter(|recorded| recorded.event.plan == plan)
            .map(|recorded| recorded.event.change.clone()),
    );
    Some((plan, changes))
}

/// The plans that later starts replaced, oldest first.
pub fn archived(events: &[Recorded]) -> Vec<Archived> {
    let starts: Vec<&Recorded> =
        events.iter().filter(|recorded| matches!(recorded.event.change, Change::Start { .. })).collect();
    let mut ends: BTreeMap<&PlanId, (Ended, Option<&String>)> = BTreeMap::new();
    let mut playbooks: BTreeMap<&PlanId, &Playbook> = BTreeMap::new();
    for recorded in events {
        match &recorded.event.change {
            Change::End { date, outcome, note } => {
                ends.insert(&recorded.event.plan, (Ended { date: *date, outcome: *outcome }, note.as_ref()));
            }
            Change::Switch { playbook, .. } => {
                playbooks.insert(&recorded.event.plan, playbook);
            }
            _ => {}
        }
    }
    starts
        .windows(2)
        .filter_map(|pair| match (&pair[0].event.change, &pair[1].event.change) {
            (Change::Start { playbook, started, .. }, Change::Start { started: replaced, .. }) => {
                let plan = PlanId::of(&pair[0].device, pair[0].event.seq);
                let (ended, note) =
                    ends.get(&plan).map_or((None, None), |(ended, note)| (Some(*ended), *note));
                let playbook = playbooks.get(&plan).copied().unwrap_or(playbook);
                Some(Archived {
                    playbook: playbook.id.clone(),
                    title: playbook.title.clone(),
                    started: *started,
                    ended: ended.map_or(*replaced, |ended| ended.date),
                    outcome: ended.map(|ended| ended.outcome),
                    note: note.cloned(),
                    plan,
                })
            }
            _ => None,
        })
        .collect()
}

/// The check-ins of `plan` among `events` (in [`order`]), by date.
pub fn days_of(events: &[Recorded], plan: &PlanId) -> BTreeMap<NaiveDate, Checkin> {
    let mut days = BTreeMap::new();
    for recorded in events.iter().filter(|recorded| &recorded.event.plan == plan) {
        if let Change::Checkin { date, fields } = &recorded.event.change {
            days.entry(*date).or_insert_with(|| Checkin::empty(*date)).amend(fields);
        }
    }
    days
}

/// Apply one change of the current plan: the only way a plan's state
/// changes. The fold calls it for every event, and a commit for each change
/// it writes, so the read cache holds what a fold would produce.
///
/// `days` holds the check-ins the change may touch: every one for the fold,
/// the months of its dates for a commit. Check-ins are merged field by
/// field, and the state's summary of them (the slips, the count, the
/// latest days) is kept in step; the later of two changes to a step, a tick
/// or the plan wins. Events themselves are never removed: an undo is one
/// more event.
pub fn apply(state: &mut State, days: &mut BTreeMap<NaiveDate, Checkin>, change: &Change) {
    match change {
        Change::Start { .. } | Change::Why { .. } | Change::Draft { .. } => {}
        Change::Checkin { date, fields } => {
            let day = days.entry(*date).or_insert_with(|| {
                state.checkins += 1;
                Checkin::empty(*date)
            });
            day.amend(fields);
            let day = Day { date: *date, mood: day.mood, urge: day.urge, contact: day.contact };
            note_day(state, day);
        }
        Change::Done { step, date } => {
            if !state.done.iter().any(|done| &done.id == step) {
                state.done.push(DoneStep { id: step.clone(), date: *date });
            }
        }
        Change::Tick { step, task } => {
            state.ticked.entry(step.clone()).or_default().insert(*task);
        }
        Change::Undone { step } => state.done.retain(|done| &done.id != step),
        Change::Untick { step, task } => {
            if let Some(ticked) = state.ticked.get_mut(step) {
                ticked.remove(task);
                if ticked.is_empty() {
                    state.ticked.remove(step);
                }
            }
        }
        Change::Urge { date } => {
            state.urges.total += 1;
            state.urges.open = Some(*date);
        }
        Change::Resolve { outcome, .. } => {
            if state.urges.open.take().is_none() {
                state.urges.total += 1;
            }
            match outcome {
                UrgeOutcome::Held => state.urges.resisted += 1,
                UrgeOutcome::Slipped => state.urges.slipped += 1,
            }
        }
        Change::Assess { date, answers, result, red_flag } => {
            state.assessment = Some(Assessed { date: *date, result: *result });
            let reason = red_flag.or_else(|| crate::assess::red_flag_of(answers));
            state.safety = reason.map(|reason| Safety { reason, date: *date });
        }
        Change::Switch { playbook, source, date } => {
            let done = std::mem::take(&mut state.done);
            state.earlier.push(Earlier {
                id: state.playbook.id.clone(),
                title: state.playbook.title.clone(),
                until: *date,
                done,
            });
            state.ticked.clear();
            state.playbook = (**playbook).clone();
            state.playbook_source.clone_from(source);
        }
        Change::Since { date } => state.since_at_start = *date,
        Change::End { date, outcome, .. } => state.ended = Some(Ended { date: *date, outcome: *outcome }),
    }
}

/// `state` with `checkins` recorded in it, as the fold records them: for
/// tests and for views built from check-ins read elsewhere.
pub fn with_checkins(mut state: State, checkins: &[Checkin]) -> State {
    let mut days = BTreeMap::new();
    for checkin in checkins {
        let fields = CheckinInput {
            mood: checkin.mood,
            urge: checkin.urge,
            contact: Some(checkin.contact),
            note: checkin.note.clone(),
        };
        apply(&mut state, &mut days, &Change::Checkin { date: checkin.date, fields });
    }
    state
}

/// Keep the state's summary of the check-ins in step with `day` as it now is:
/// its slip, and the latest days `status` shows.
fn note_day(state: &mut State, day: Day) {
    match state.slips.binary_search(&day.date) {
        Ok(at) if !day.contact.breaks_no_contact() => {
            state.slips.remove(at);
        }
        Err(at) if day.contact.breaks_no_contact() => state.slips.insert(at, day.date),
        _ => {}
    }
    state.recent.retain(|recent| recent.date != day.date);
    state.recent.push(day);
    state.recent.sort_by_key(|recent| recent.date);
    let excess = state.recent.len().saturating_sub(RECENT);
    state.recent.drain(..excess);
}

/// What a plan holds in the person's own words, beside its check-ins: read
/// only when a command shows it, never kept in the read cache.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Journal {
    /// Every why, oldest first; the last is the current one.
    pub whys: Vec<Dated>,
    /// Messages written instead of sent, oldest first.
    pub drafts: Vec<Dated>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Dated {
    pub date: NaiveDate,
    pub text: String,
}

/// The journal of `plan` among `events` (in [`order`]).
pub fn journal(events: &[Recorded], plan: &PlanId) -> Journal {
    let mut journal = Journal::default();
    for recorded in events.iter().filter(|recorded| &recorded.event.plan == plan) {
        match &recorded.event.change {
            Change::Why { date, text } => journal.whys.push(Dated { date: *date, text: text.clone() }),
            Change::Draft { date, text } => journal.drafts.push(Dated { date: *date, text: text.clone() }),
            _ => {}
        }
    }
    journal
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::playbook::{BUNDLED, parse};
    use crate::state::Contact;

    fn d(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
    }

    fn start(device: &str, seq: u64, clock: u64) -> Recorded {
        let playbook = Box::new(parse(BUNDLED[0].1).unwrap());
        let change = Change::Start {
            playbook,
            source: Origin::Bundled,
            started: d("2026-11-01"),
            since: d("2026-11-01"),
        };
        Recorded {
            device: device.into(),
            event: Event { seq, clock: Clock(clock, 0), plan: PlanId::of(&device.into(), seq), change },
        }
    }

    fn checkin(
        device: &str,
        seq: u64,
        clock: u64,
        plan: &PlanId,
        date: &str,
        fields: CheckinInput,
    ) -> Recorded {
        let change = Change::Checkin { date: d(date), fields };
        Recorded {
            device: device.into(),
            event: Event { seq, clock: Clock(clock, 0), plan: plan.clone(), change },
        }
    }

    fn mood(n: u8) -> CheckinInput {
        CheckinInput { mood: Some(n), ..CheckinInput::default() }
    }

    #[test]
    fn clocks_never_go_back() {
        assert_eq!(Clock::next(Clock(100, 3), 200), Clock(200, 0));
        assert_eq!(Clock::next(Clock(100, 3), 100), Clock(100, 4));
        assert_eq!(Clock::next(Clock(100, 3), 50), Clock(100, 4));
    }

    #[test]
    fn the_later_write_of_a_field_wins_and_other_fields_merge() {
        let s = start("a", 1, 10);
        let plan = PlanId::of(&"a".into(), 1);
        let urge = CheckinInput { urge: Some(7), ..CheckinInput::default() };
        let mut events = vec![
            s,
            checkin("b", 1, 30, &plan, "2026-11-05", mood(8)),
            checkin("a", 2, 20, &plan, "2026-11-05", mood(4)),
            checkin("a", 3, 25, &plan, "2026-11-05", urge),
        ];
        order(&mut events);
        let folded = fold(&events).unwrap();
        let day = &folded.days[&d("2026-11-05")];
        assert_eq!((day.mood, day.urge), (Some(8), Some(7)));
        assert_eq!(folded.state.checkins, 1);
        assert_eq!(folded.state.clock, Clock(30, 0));
    }

    #[test]
    fn every_device_folds_to_the_same_plan_whatever_order_it_read_in() {
        let plan = PlanId::of(&"a".into(), 1);
        let slip = CheckinInput { contact: Some(Contact::Initiated), ..CheckinInput::default() };
        let all = vec![
            start("a", 1, 10),
            checkin("a", 2, 20, &plan, "2026-11-05", mood(4)),
            checkin("b", 1, 20, &plan, "2026-11-05", mood(6)),
            checkin("c", 1, 21, &plan, "2026-11-06", slip),
        ];
        let mut one = all.clone();
        let mut two: Vec<Recorded> = all.into_iter().rev().collect();
        order(&mut one);
        order(&mut two);
        assert_eq!(fold(&one), fold(&two));
        // Same clock: the device name breaks the tie, so "b" wins over "a".
        assert_eq!(fold(&one).unwrap().days[&d("2026-11-05")].mood, Some(6));
        assert_eq!(fold(&one).unwrap().state.slips, vec![d("2026-11-06")]);
    }

    #[test]
    fn a_later_start_archives_the_plan_before_it() {
        let old = PlanId::of(&"a".into(), 1);
        let mut events = vec![
            start("a", 1, 10),
            checkin("a", 2, 20, &old, "2026-11-05", mood(4)),
            start("b", 1, 30),
            // Recorded offline on a, for the old plan, after b's start.
            checkin("a", 3, 40, &old, "2026-11-06", mood(5)),
        ];
        order(&mut events);
        let folded = fold(&events).unwrap();
        assert_eq!(folded.state.plan, PlanId::of(&"b".into(), 1));
        assert!(folded.days.is_empty());
        let archived = archived(&events);
        assert_eq!(archived.len(), 1);
        assert_eq!(archived[0].plan, old);
    }

    #[test]
    fn an_empty_note_clears_and_a_step_is_done_once() {
        let plan = PlanId::of(&"a".into(), 1);
        let note = |text: &str| CheckinInput { note: Some(text.into()), ..CheckinInput::default() };
        let done = |seq, clock, date: &str| Recorded {
            device: "a".into(),
            event: Event {
                seq,
                clock: Clock(clock, 0),
                plan: plan.clone(),
                change: Change::Done { step: "no-contact".into(), date: d(date) },
            },
        };
        let mut events = vec![
            start("a", 1, 10),
            checkin("a", 2, 20, &plan, "2026-11-05", note("rough")),
            checkin("a", 3, 30, &plan, "2026-11-05", note("  ")),
            done(4, 40, "2026-11-22"),
            done(5, 50, "2026-11-23"),
        ];
        order(&mut events);
        let folded = fold(&events).unwrap();
        assert_eq!(folded.days[&d("2026-11-05")].note, None);
        assert_eq!(folded.state.done, vec![DoneStep { id: "no-contact".into(), date: d("2026-11-22") }]);
    }

    /// Apply a check-in of `fields` on `date` to `state` and `days`.
    fn record(state: &mut State, days: &mut BTreeMap<NaiveDate, Checkin>, date: &str, fields: CheckinInput) {
        apply(state, days, &Change::Checkin { date: d(date), fields });
    }

    fn fresh(start: &str) -> State {
        State::new(
            crate::id::PlanId::of(&"a".into(), 1),
            parse(BUNDLED[0].1).unwrap(),
            Origin::Bundled,
            d(start),
            d(start),
        )
    }

    #[test]
    fn one_checkin_per_date_amended_field_by_field() {
        let (mut s, mut days) = (fresh("2026-11-01"), BTreeMap::new());
        record(&mut s, &mut days, "2026-11-05", mood(4));
        record(&mut s, &mut days, "2026-11-05", CheckinInput { urge: Some(7), ..CheckinInput::default() });
        record(&mut s, &mut days, "2026-11-05", mood(6));
        let day = &days[&d("2026-11-05")];
        assert_eq!((day.mood, day.urge, day.contact), (Some(6), Some(7), Contact::None));
        assert_eq!(s.checkins, 1);
        assert!(s.checked_in(d("2026-11-05")));
    }

    #[test]
    fn a_slip_starts_the_count_again_and_amending_it_away_undoes_that() {
        let (mut s, mut days) = (fresh("2026-11-01"), BTreeMap::new());
        let contact = |kind| CheckinInput { contact: Some(kind), ..CheckinInput::default() };
        record(&mut s, &mut days, "2026-11-10", contact(Contact::Initiated));
        assert_eq!(s.counter(d("2026-11-12")).since, d("2026-11-10"));
        record(&mut s, &mut days, "2026-11-10", contact(Contact::None));
        assert_eq!(s.counter(d("2026-11-12")).since, d("2026-11-01"));
        record(&mut s, &mut days, "2026-11-11", contact(Contact::Allowed));
        assert!(s.slips.is_empty());
        assert_eq!(s.counter(d("2026-11-12")).days, 11);
    }

    #[test]
    fn recent_keeps_the_latest_days_even_when_back_filled() {
        let (mut s, mut days) = (fresh("2026-10-01"), BTreeMap::new());
        for day in (1..=20).rev() {
            record(&mut s, &mut days, &format!("2026-10-{day:02}"), mood(5));
        }
        let dates: Vec<u32> = s.recent.iter().map(|day| chrono::Datelike::day(&day.date)).collect();
        assert_eq!(dates, (7..=20).collect::<Vec<u32>>());
        assert_eq!(s.checkins, 20);
    }

    #[test]
    fn check_ins_applied_in_any_order_summarise_the_same() {
        let inputs: Vec<(String, CheckinInput)> = [3, 1, 9, 4, 12, 15, 2, 20, 18, 5]
            .into_iter()
            .map(|day| {
                let contact = if day % 4 == 0 { Contact::Initiated } else { Contact::Allowed };
                (
                    format!("2026-10-{day:02}"),
                    CheckinInput { mood: Some(5), contact: Some(contact), ..mood(5) },
                )
            })
            .collect();
        let (mut one, mut one_days) = (fresh("2026-10-01"), BTreeMap::new());
        for (date, input) in &inputs {
            record(&mut one, &mut one_days, date, input.clone());
        }
        let (mut two, mut two_days) = (fresh("2026-10-01"), BTreeMap::new());
        for (date, input) in inputs.iter().rev() {
            record(&mut two, &mut two_days, date, input.clone());
        }
        assert_eq!((one.checkins, &one.slips, &one.recent), (two.checkins, &two.slips, &two.recent));
        let rebuilt = with_checkins(fresh("2026-10-01"), &one_days.values().cloned().collect::<Vec<_>>());
        assert_eq!(rebuilt, one);
    }

    #[test]
    fn events_read_back_as_written() {
        let plan = PlanId::of(&"a".into(), 1);
        let event = checkin("a", 2, 20, &plan, "2026-11-05", mood(4)).event;
        let line = serde_json::to_string(&event).unwrap();
        assert_eq!(
            line,
            r#"{"seq":2,"clock":[20,0],"plan":"a.1","type":"checkin","date":"2026-11-05","mood":4}"#
        );
        assert_eq!(serde_json::from_str::<Event>(&line).unwrap(), event);
    }
}
