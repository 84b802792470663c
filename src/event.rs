//! Events: every change to a plan, recorded once and never rewritten, and
//! the fold that turns all devices' events into the plan. Pure: the store
//! reads and writes them, this module only orders and applies them.
//!
//! Each device numbers its own events (`seq`) and stamps each with a hybrid
//! logical clock: the wall clock in milliseconds, raised past any clock the
//! device has seen, and a counter for events within one millisecond. The plan
//! is the fold of every device's events in (clock, device, seq) order: a
//! later change to the same check-in field, or the same step, wins.

use std::borrow::Cow;
use std::collections::BTreeMap;

use chrono::{DateTime, FixedOffset, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::assess::Answer;
pub use crate::id::{Clock, DeviceId, Month, PlanId, Seen, StepId};
use crate::playbook::{Origin, Playbook};
use crate::safety::{Reason, Safety};
use crate::state::{
    Assessed, Checkin, CheckinInput, Day, DoneStep, Ended, Outcome, Partner, RECENT, Readiness, Sos, State,
    UrgeOutcome, same_name,
};

/// One change, as a device recorded it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Event {
    /// This device's number for the event: 1, 2, 3…
    pub seq: u64,
    pub clock: Clock,
    /// The plan it belongs to: the id of that plan's start event.
    pub plan: PlanId,
    /// What its device had seen of every other device when it wrote it: an
    /// edit made after seeing another is ordered after it, whatever the clocks say.
    #[serde(default, skip_serializing_if = "Seen::is_empty")]
    pub seen: Seen,
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
    ///
    /// `playbook` on these four is the id of the playbook the step is in:
    /// the one current where the command ran. A change is kept with that
    /// playbook's steps whatever a switch on another device did meanwhile.
    /// Events from before it was written have none, and belong to the
    /// playbook current at their place in the fold.
    Done {
        step: StepId,
        date: NaiveDate,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        playbook: Option<String>,
    },
    /// Task `task` (1-based) of a step ticked.
    Tick {
        step: StepId,
        task: usize,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        playbook: Option<String>,
    },
    /// A step marked done by mistake, open again.
    Undone {
        step: StepId,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        playbook: Option<String>,
    },
    /// The tick of task `task` of a step taken back.
    Untick {
        step: StepId,
        task: usize,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        playbook: Option<String>,
    },
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
    /// The plan follows another playbook from its first step, or from where
    /// it left it if it followed it before; everything recorded stays.
    Switch { playbook: Box<Playbook>, source: Origin, date: NaiveDate },
    /// The day no contact began, corrected.
    Since { date: NaiveDate },
    /// A plan for the urge, made in a calm hour, in the person's own words:
    /// when `when` happens, `then` is what they do.
    IfThen { date: NaiveDate, when: String, then: String },
    /// That if-then plan (the same words) taken away; written again later, it stands again.
    IfThenRemoved { date: NaiveDate, when: String, then: String },
    /// The plan is closed, with how it ended.
    End {
        date: NaiveDate,
        outcome: Outcome,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        note: Option<String>,
    },
    /// A partner added, or one of that name changed: their digest is
    /// encrypted to `recipient`, and holds the latest mood if `moods`.
    Partner {
        name: String,
        recipient: String,
        #[serde(default, skip_serializing_if = "std::ops::Not::not")]
        moods: bool,
    },
    /// A partner removed: their digest is no longer written.
    PartnerRemoved { name: String },
    /// An SOS sent at `at`, with a short message if one was given.
    Sos {
        date: NaiveDate,
        at: DateTime<FixedOffset>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        message: Option<String>,
    },
    /// The SOS sent at `sos` is resolved (at `at`). One sent later, on a
    /// device this one had not seen, stays open.
    SosCleared { date: NaiveDate, at: DateTime<FixedOffset>, sos: DateTime<FixedOffset> },
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
            | Change::IfThen { date, .. }
            | Change::IfThenRemoved { date, .. }
            | Change::Sos { date, .. }
            | Change::SosCleared { date, .. }
            | Change::End { date, .. } => vec![*date],
            Change::Tick { .. }
            | Change::Undone { .. }
            | Change::Untick { .. }
            | Change::Partner { .. }
            | Change::PartnerRemoved { .. } => Vec::new(),
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

/// Sort events into the one order every device agrees on: every event
/// after the events its device had seen when it wrote it (its own earlier
/// ones, and `seen` of the others), whatever the clocks say; events that
/// did not see each other by their clocks, then device id, then number.
pub fn order(events: &mut [Recorded]) {
    let key = |recorded: &Recorded| (recorded.event.clock, recorded.device.clone(), recorded.event.seq);
    events.sort_by(|a, b| {
        (a.event.clock, &a.device, a.event.seq).cmp(&(b.event.clock, &b.device, b.event.seq))
    });
    let after = causes(events);
    if after.iter().enumerate().all(|(at, causes)| causes.iter().all(|cause| *cause < at)) {
        return;
    }
    // Some clock disagrees with what was seen: a topological sort that
    // takes the earliest event by the clocks among those whose causes are in.
    let mut waiting: Vec<usize> = after.iter().map(Vec::len).collect();
    let mut effects: Vec<Vec<usize>> = vec![Vec::new(); events.len()];
    for (at, causes) in after.iter().enumerate() {
        for cause in causes {
            effects[*cause].push(at);
        }
    }
    let mut ready: std::collections::BinaryHeap<std::cmp::Reverse<(Clock, DeviceId, u64, usize)>> = waiting
        .iter()
        .enumerate()
        .filter(|(_, n)| **n == 0)
        .map(|(at, _)| {
            let (clock, device, seq) = key(&events[at]);
            std::cmp::Reverse((clock, device, seq, at))
        })
        .collect();
    let mut sorted = Vec::with_capacity(events.len());
    while let Some(std::cmp::Reverse((.., at))) = ready.pop() {
        sorted.push(events[at].clone());
        for effect in &effects[at] {
            waiting[*effect] -= 1;
            if waiting[*effect] == 0 {
                let (clock, device, seq) = key(&events[*effect]);
                ready.push(std::cmp::Reverse((clock, device, seq, *effect)));
            }
        }
    }
    // A device that claims to have seen what came after it (a damaged or
    // hostile file) makes a cycle: what is caught in it follows by the clocks.
    if sorted.len() < events.len() {
        let placed: std::collections::BTreeSet<usize> =
            (0..events.len()).filter(|at| waiting[*at] == 0).collect();
        sorted.extend((0..events.len()).filter(|at| !placed.contains(at)).map(|at| events[at].clone()));
    }
    events.clone_from_slice(&sorted);
}

/// For each event (by place), the places of the events it came after: its
/// device's event before it, and the latest event it had seen of each
/// other device among those here. Causes point only to lower numbers of a
/// device or to what a device had seen, so they never form a cycle.
fn causes(events: &[Recorded]) -> Vec<Vec<usize>> {
    let mut by_device: BTreeMap<&DeviceId, Vec<(u64, Clock, usize)>> = BTreeMap::new();
    for (at, recorded) in events.iter().enumerate() {
        by_device.entry(&recorded.device).or_default().push((recorded.event.seq, recorded.event.clock, at));
    }
    for places in by_device.values_mut() {
        places.sort_unstable();
    }
    // The latest event of `device` numbered at most `seq`.
    let latest = |device: &DeviceId, seq: u64| -> Option<usize> {
        let places = by_device.get(device)?;
        let end = places.partition_point(|(number, ..)| *number <= seq);
        end.checked_sub(1).map(|i| places[i].2)
    };
    events
        .iter()
        .map(|recorded| {
            let mut causes = Vec::new();
            let own = &by_device[&recorded.device];
            let here =
                own.binary_search(&(recorded.event.seq, recorded.event.clock, 0)).unwrap_or_else(|i| i);
            if let Some(before) = here.checked_sub(1) {
                causes.push(own[before].2);
            }
            for (device, seq) in &recorded.event.seen {
                if device != &recorded.device
                    && let Some(cause) = latest(device, *seq)
                {
                    causes.push(cause);
                }
            }
            causes
        })
        .collect()
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
    for change in changes_of(&events[start_at + 1..], &plan) {
        apply(&mut state, &mut days, &change);
    }
    state.clock = events.last().map(|recorded| recorded.event.clock).unwrap_or_default();
    Some(Folded { state, days })
}

/// The current plan's changes in the order the fold applies them, its start
/// first, with the plan's id: exactly what [`fold`] folds, so that
/// replaying them (`export::replay`) gives the same plan. `events` must be in [`order`].
pub fn current_plan(events: &[Recorded]) -> Option<(PlanId, Vec<Change>)> {
    let start = events.iter().rfind(|recorded| matches!(recorded.event.change, Change::Start { .. }))?;
    let plan = PlanId::of(&start.device, start.event.seq);
    let changes = plan_changes(events, &plan);
    Some((plan, changes))
}

/// The changes of the plan `plan`, current or archived, in the order the
/// fold applies them, its start first: what replaying them folds to that
/// plan as it stood. Empty if no start among `events` (in [`order`]) has that id.
pub fn plan_changes(events: &[Recorded], plan: &PlanId) -> Vec<Change> {
    let Some(start_at) = events.iter().position(|recorded| {
        matches!(recorded.event.change, Change::Start { .. })
            && PlanId::of(&recorded.device, recorded.event.seq) == *plan
    }) else {
        return Vec::new();
    };
    std::iter::once(events[start_at].event.change.clone())
        .chain(changes_of(&events[start_at + 1..], plan).map(Cow::into_owned))
        .collect()
}

/// The changes of `plan` among `events` (in [`order`]), as the fold applies
/// them: what two devices wrote without seeing each other already resolved.
/// A slip stands against contact of another kind written for the same day
/// on a device that had not seen the slip; whoever saw it may change it.
pub fn changes_of<'e>(events: &'e [Recorded], plan: &'e PlanId) -> impl Iterator<Item = Cow<'e, Change>> {
    // For each day, the slips recorded for it that nothing since has seen and changed.
    let mut slips: BTreeMap<NaiveDate, Vec<(&DeviceId, u64)>> = BTreeMap::new();
    events.iter().filter(move |recorded| &recorded.event.plan == plan).map(move |recorded| {
        let change = &recorded.event.change;
        let Change::Checkin { date, fields } = change else { return Cow::Borrowed(change) };
        let Some(contact) = fields.contact else { return Cow::Borrowed(change) };
        if contact.breaks_no_contact() {
            slips.entry(*date).or_default().push((&recorded.device, recorded.event.seq));
        } else if let Some(standing) = slips.get_mut(date) {
            standing.retain(|(device, seq)| !saw(recorded, device, *seq));
            if !standing.is_empty() {
                let fields = CheckinInput { contact: None, ..fields.clone() };
                return Cow::Owned(Change::Checkin { date: *date, fields });
            }
            slips.remove(date);
        }
        Cow::Borrowed(change)
    })
}

/// Whether `recorded` was written after its device had seen event `seq` of `device`.
fn saw(recorded: &Recorded, device: &DeviceId, seq: u64) -> bool {
    if &recorded.device == device {
        recorded.event.seq > seq
    } else {
        recorded.event.seen.get(device).is_some_and(|seen| *seen >= seq)
    }
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
    for change in changes_of(events, plan) {
        if let Change::Checkin { date, fields } = change.as_ref() {
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
        // The person's own words: read by the views that show them
        // (`journal`), never kept in the state or its cache.
        Change::Start { .. }
        | Change::Why { .. }
        | Change::Draft { .. }
        | Change::IfThen { .. }
        | Change::IfThenRemoved { .. } => {}
        Change::Checkin { date, fields } => {
            let day = days.entry(*date).or_insert_with(|| {
                state.checkins += 1;
                Checkin::empty(*date)
            });
            day.amend(fields);
            let day = Day { date: *date, mood: day.mood, urge: day.urge, contact: day.contact };
            note_day(state, day);
        }
        // A change for a playbook the plan no longer follows goes to that
        // playbook's record; one for a playbook it never followed (only a
        // fold out of causal order could bring one) has nowhere to go.
        Change::Done { step, date, playbook } => {
            if let Some(record) = state.record_mut(playbook.as_deref())
                && !record.done.iter().any(|done| &done.id == step)
            {
                record.done.push(DoneStep { id: step.clone(), date: *date });
            }
        }
        Change::Tick { step, task, playbook } => {
            if let Some(record) = state.record_mut(playbook.as_deref()) {
                record.ticked.entry(step.clone()).or_default().insert(*task);
            }
        }
        Change::Undone { step, playbook } => {
            if let Some(record) = state.record_mut(playbook.as_deref()) {
                record.done.retain(|done| &done.id != step);
            }
        }
        Change::Untick { step, task, playbook } => {
            if let Some(record) = state.record_mut(playbook.as_deref())
                && let Some(ticked) = record.ticked.get_mut(step)
            {
                ticked.remove(task);
                if ticked.is_empty() {
                    record.ticked.remove(step);
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
        Change::Switch { playbook, source, date } => state.switch(playbook, source, *date),
        Change::Since { date } => state.since_at_start = *date,
        Change::End { date, outcome, .. } => state.ended = Some(Ended { date: *date, outcome: *outcome }),
        Change::Partner { name, recipient, moods } => {
            state.add_partner(Partner { name: name.clone(), recipient: recipient.clone(), moods: *moods });
        }
        Change::PartnerRemoved { name } => state.partners.retain(|partner| !same_name(&partner.name, name)),
        Change::Sos { at, message, .. } => state.sos = Some(Sos { at: *at, message: message.clone() }),
        Change::SosCleared { sos, .. } => {
            if state.sos.as_ref().is_some_and(|open| open.at == *sos) {
                state.sos = None;
            }
        }
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
            // The state keeps no notes.
            ..CheckinInput::default()
        };
        apply(&mut state, &mut days, &Change::Checkin { date: checkin.date, fields });
    }
    state
}

/// Keep the state's summary of the check-ins in step with `day` as it now is:
/// its slip, its look, and the latest days `status` shows.
fn note_day(state: &mut State, day: Day) {
    keep_in_step(&mut state.slips, day.date, day.contact.breaks_no_contact());
    keep_in_step(&mut state.looks, day.date, day.contact.is_a_look());
    state.recent.retain(|recent| recent.date != day.date);
    state.recent.push(day);
    state.recent.sort_by_key(|recent| recent.date);
    let excess = state.recent.len().saturating_sub(RECENT);
    state.recent.drain(..excess);
}

/// `date` in the sorted, unique `dates` exactly when `holds`.
fn keep_in_step(dates: &mut Vec<NaiveDate>, date: NaiveDate, holds: bool) {
    match dates.binary_search(&date) {
        Ok(at) if !holds => {
            dates.remove(at);
        }
        Err(at) if holds => dates.insert(at, date),
        _ => {}
    }
}

/// What a plan holds in the person's own words, beside its check-ins: read
/// only when a command shows it, never kept in the read cache.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Journal {
    /// Every why, oldest first; the last is the current one.
    pub whys: Vec<Dated>,
    /// Messages written instead of sent, oldest first.
    pub drafts: Vec<Dated>,
    /// The if-then plans for the urge that stand, oldest first.
    pub if_then: Vec<IfThen>,
}

/// An if-then plan, in the person's own words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct IfThen {
    pub date: NaiveDate,
    pub when: String,
    pub then: String,
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
            // The same why given again (on another device, or to make it
            // stand there) is one why.
            Change::Why { text, .. } if journal.whys.last().is_some_and(|last| &last.text == text) => {}
            Change::Why { date, text } => journal.whys.push(Dated { date: *date, text: text.clone() }),
            Change::Draft { date, text } => journal.drafts.push(Dated { date: *date, text: text.clone() }),
            // The same plan written twice (on two devices, say) is one plan.
            Change::IfThen { date, when, then }
                if !journal.if_then.iter().any(|plan| &plan.when == when && &plan.then == then) =>
            {
                journal.if_then.push(IfThen { date: *date, when: when.clone(), then: then.clone() });
            }
            Change::IfThenRemoved { when, then, .. } => {
                journal.if_then.retain(|plan| &plan.when != when || &plan.then != then);
            }
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
            event: Event {
                seq,
                clock: Clock(clock, 0),
                plan: PlanId::of(&device.into(), seq),
                seen: Seen::new(),
                change,
            },
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
            event: Event { seq, clock: Clock(clock, 0), plan: plan.clone(), seen: Seen::new(), change },
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
                seen: Seen::new(),
                change: Change::Done { step: "no-contact".into(), date: d(date), playbook: None },
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
        assert_eq!(folded.days[&d("2026-11-05")].notes, Vec::<String>::new());
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

    /// An event of `change` for `plan`, recorded by `device`.
    fn of(device: &str, seq: u64, clock: u64, plan: &PlanId, change: Change) -> Recorded {
        Recorded {
            device: device.into(),
            event: Event { seq, clock: Clock(clock, 0), plan: plan.clone(), seen: Seen::new(), change },
        }
    }

    fn switch(id: &str, date: &str) -> Change {
        let text = BUNDLED.iter().find(|(bundled, _)| *bundled == id).unwrap().1;
        Change::Switch { playbook: Box::new(parse(text).unwrap()), source: Origin::Bundled, date: d(date) }
    }

    fn tick(step: &str, task: usize, playbook: Option<&str>) -> Change {
        Change::Tick { step: step.into(), task, playbook: playbook.map(str::to_owned) }
    }

    fn done(step: &str, date: &str, playbook: Option<&str>) -> Change {
        Change::Done { step: step.into(), date: d(date), playbook: playbook.map(str::to_owned) }
    }

    #[test]
    fn a_tick_and_a_step_stay_with_their_playbook_whichever_side_of_a_switch_they_fold() {
        let plan = PlanId::of(&"a".into(), 1);
        // b ticked and completed in four-steps, unaware of a's switch to ten-steps,
        // which has a step `no-contact` too.
        let b = [
            of("b", 1, 30, &plan, tick("no-contact", 1, Some("four-steps"))),
            of("b", 2, 31, &plan, done("no-contact", "2026-11-22", Some("four-steps"))),
        ];
        for (clock, label) in [(20, "before"), (40, "after")] {
            let mut events =
                vec![start("a", 1, 10), of("a", 2, clock, &plan, switch("ten-steps", "2026-11-22"))];
            events.extend(b.iter().cloned());
            order(&mut events);
            let state = fold(&events).unwrap().state;
            assert_eq!(state.playbook.id, "ten-steps", "{label}");
            assert!(state.done.is_empty() && state.ticked.is_empty(), "{label}: {state:?}");
            assert_eq!(state.earlier.len(), 1, "{label}");
            let earlier = &state.earlier[0];
            assert_eq!(earlier.id, "four-steps");
            assert_eq!(earlier.done, vec![DoneStep { id: "no-contact".into(), date: d("2026-11-22") }]);
            assert_eq!(earlier.ticked[&StepId::from("no-contact")], [1].into());
        }
        // An event written before ticks named their playbook belongs to the current one.
        let mut events = vec![start("a", 1, 10), of("a", 2, 20, &plan, switch("ten-steps", "2026-11-22"))];
        events.push(of("b", 1, 30, &plan, tick("no-contact", 2, None)));
        order(&mut events);
        assert_eq!(fold(&events).unwrap().state.ticked[&StepId::from("no-contact")], [2].into());
    }

    #[test]
    fn switching_back_picks_up_the_ticks_and_steps_left() {
        let plan = PlanId::of(&"a".into(), 1);
        let mut events = vec![
            start("a", 1, 10),
            of("a", 2, 20, &plan, tick("focus-on-you", 2, Some("four-steps"))),
            of("a", 3, 30, &plan, done("no-contact", "2026-11-22", Some("four-steps"))),
            of("a", 4, 40, &plan, switch("move-on", "2026-11-23")),
            of("a", 5, 50, &plan, tick("quiet", 1, Some("move-on"))),
            of("a", 6, 60, &plan, switch("four-steps", "2026-11-25")),
            // Late, from a device that had not seen either switch.
            of("b", 1, 70, &plan, tick("focus-on-you", 3, Some("four-steps"))),
        ];
        order(&mut events);
        let state = fold(&events).unwrap().state;
        assert_eq!(state.playbook.id, "four-steps");
        assert_eq!(state.done, vec![DoneStep { id: "no-contact".into(), date: d("2026-11-22") }]);
        assert_eq!(state.ticked[&StepId::from("focus-on-you")], [2, 3].into());
        assert_eq!(state.earlier.len(), 1, "one record a playbook: {:?}", state.earlier);
        assert_eq!(state.earlier[0].id, "move-on");
        assert_eq!(state.earlier[0].until, d("2026-11-25"));
        assert_eq!(state.earlier[0].ticked[&StepId::from("quiet")], [1].into());
    }

    #[test]
    fn an_if_then_plan_written_twice_is_one_and_taken_away_it_is_gone_until_written_again() {
        let plan = PlanId::of(&"a".into(), 1);
        let at = |device: &str, seq, clock, change| Recorded {
            device: device.into(),
            event: Event { seq, clock: Clock(clock, 0), plan: plan.clone(), seen: Seen::new(), change },
        };
        let written = |when: &str| Change::IfThen {
            date: d("2026-11-05"),
            when: when.into(),
            then: "I call Sam".into(),
        };
        let removed =
            Change::IfThenRemoved { date: d("2026-11-06"), when: "late".into(), then: "I call Sam".into() };
        let mut events = vec![
            start("a", 1, 10),
            at("a", 2, 20, written("late")),
            at("b", 1, 21, written("late")),
            at("b", 2, 22, written("early")),
        ];
        order(&mut events);
        let plans = |events: &[Recorded]| -> Vec<String> {
            journal(events, &plan).if_then.into_iter().map(|plan| plan.when).collect()
        };
        assert_eq!(plans(&events), ["late", "early"]);
        events.push(at("a", 3, 30, removed));
        order(&mut events);
        assert_eq!(plans(&events), ["early"]);
        events.push(at("b", 3, 40, written("late")));
        order(&mut events);
        assert_eq!(plans(&events), ["early", "late"]);
        // None of it reaches the state, and so none of it the read cache.
        let mut bare = fold(&events[..1]).unwrap().state;
        bare.clock = Clock(40, 0);
        assert_eq!(fold(&events).unwrap().state, bare);
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
