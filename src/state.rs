//! The plan's state and its pure transitions: check-ins, slips, steps done.
//!
//! The state keeps what `plan status` needs — the slips, the count, the last
//! few days — and the check-ins of one month are handed in when they are
//! needed, so that nothing here grows with the years.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{DateTime, FixedOffset, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::id::{Clock, Month, PlanId, StepId};
use crate::playbook::{Origin, Playbook, StepIndex, StepName};
pub use crate::schedule::DoneStep;
use crate::schedule::{self, Blocked, Counter, Progress};

/// How many of the latest check-ins the state carries for `status`: two
/// weeks' worth, for this week's trend against the week before.
pub const RECENT: usize = 14;

/// A plan, as `status` needs it: folded from its events (see `event`), and
/// kept in the read cache so that reading it costs the same after ten years
/// as after ten days. The check-ins themselves, notes and all, are not here.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct State {
    /// Which plan this is: the id of its start event.
    pub plan: PlanId,
    /// The plan's own copy of its playbook, so later edits to the file never scramble progress.
    pub playbook: Playbook,
    /// Where the playbook came from: `bundled` or a path.
    pub playbook_source: Origin,
    /// The day `plan start` was run; no check-in may be dated before it.
    pub started: NaiveDate,
    /// The day of last contact before the plan began.
    pub since_at_start: NaiveDate,
    /// Days with contact `slip`, sorted and unique; the counter is computed from them.
    /// In the read cache, only those from [`EarlierSlips::before`] on.
    pub slips: Vec<NaiveDate>,
    /// Days with contact `social-media` (`looked`: their profile or photos),
    /// sorted and unique; the looking counter is computed from them, apart
    /// from the no-contact counter.
    #[serde(default)]
    pub looks: Vec<NaiveDate>,
    /// The slips before a day, summed up rather than listed: how the read
    /// cache keeps them ([`State::summed_up`]). `None` in a state folded
    /// from the logs, which lists every slip.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub earlier_slips: Option<EarlierSlips>,
    /// Steps completed, in the order they were.
    pub done: Vec<DoneStep>,
    /// Ticked task numbers (1-based), by step id.
    pub ticked: Ticked,
    /// How many days have a check-in.
    pub checkins: usize,
    /// The latest check-ins (by date), oldest first, without their notes.
    pub recent: Vec<Day>,
    /// The latest clock of any event folded into this state.
    pub clock: Clock,
    /// The urges to make contact that `plan urge` recorded, and how they ended.
    #[serde(default)]
    pub urges: Urges,
    /// The latest readiness check (`plan assess`): its day and result, not its answers.
    #[serde(default)]
    pub assessment: Option<Assessed>,
    /// A reason never to make contact that the latest readiness check named,
    /// and its day: every route honours it until a later check says otherwise.
    #[serde(default)]
    pub safety: Option<Safety>,
    /// Playbooks this plan followed before and follows no more, with the
    /// steps done and the tasks ticked in each: one entry a playbook, in
    /// the order the plan switched away from them.
    #[serde(default)]
    pub earlier: Vec<Earlier>,
    /// How and when the plan was closed (`plan end`).
    #[serde(default)]
    pub ended: Option<Ended>,
    /// The partners who see a digest of the plan (`plan partner add`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub partners: Vec<Partner>,
    /// The SOS sent and not yet cleared (`plan sos`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sos: Option<Sos>,
}

/// A partner as the plan records them: their name (a folder name in
/// `partners/`), the age or SSH recipient their digest is encrypted to,
/// and whether their digest carries the latest mood.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Partner {
    pub name: String,
    pub recipient: String,
    #[serde(default)]
    pub moods: bool,
}

/// An SOS (`plan sos`): when it was sent, and the short message, if any.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Sos {
    pub at: DateTime<FixedOffset>,
    #[serde(default)]
    pub message: Option<String>,
}

/// Whether two names are one partner's: folders on some systems ignore case.
pub fn same_name(a: &str, b: &str) -> bool {
    a.eq_ignore_ascii_case(b)
}

/// The slips before a day, as `status` needs them: counted, with the
/// longest run they ended and the last of them, and no other date. A state
/// with it is summed up from that day ([`State::summed_up`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EarlierSlips {
    /// Every slip before this day is summed up here, and only here.
    pub before: NaiveDate,
    /// How many there were.
    pub count: u32,
    /// How many came after the day no contact began.
    pub after_start: u32,
    /// The longest run of no contact one of them ended.
    pub longest: u32,
    /// The last of them.
    pub last: Option<NaiveDate>,
}

/// `plan urge`: how many, how many were held, and the one still open.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Urges {
    pub total: u32,
    /// Closed with `held`: the urge passed without contact.
    pub resisted: u32,
    /// Closed with `slipped`: contact was made, and recorded as a slip.
    pub slipped: u32,
    /// The day of the latest urge not yet closed.
    pub open: Option<NaiveDate>,
}

/// How an urge ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "kebab-case")]
pub enum UrgeOutcome {
    /// It passed: no contact was made
    Held,
    /// You reached out: recorded as a slip for today
    Slipped,
}

/// What a readiness check concluded.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Readiness {
    Proceed,
    Wait,
    MoveOn,
}

impl Readiness {
    pub fn as_str(self) -> &'static str {
        match self {
            Readiness::Proceed => "proceed",
            Readiness::Wait => "wait",
            Readiness::MoveOn => "move-on",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Assessed {
    pub date: NaiveDate,
    pub result: Readiness,
}

/// A reason, named in a readiness check, never to make contact.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Reason {
    /// There was abuse or control in the relationship.
    Abuse,
    /// The person fears for their safety.
    Afraid,
    /// The ex asked for no contact, blocked them, or said clearly it is over.
    TheyAsked,
    /// The person named their own behaviour as abusive or controlling.
    OwnBehaviour,
}

impl Reason {
    pub fn as_str(self) -> &'static str {
        match self {
            Reason::Abuse => "abuse",
            Reason::Afraid => "afraid",
            Reason::TheyAsked => "they-asked",
            Reason::OwnBehaviour => "own-behaviour",
        }
    }
}

/// The safety state: the reason the latest readiness check named, and the
/// day of that check. It stands until a later check says otherwise.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Safety {
    pub reason: Reason,
    pub date: NaiveDate,
}

/// Ticked task numbers (1-based), by step id.
pub type Ticked = BTreeMap<StepId, BTreeSet<usize>>;

/// A playbook the plan followed before it switched to another.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Earlier {
    pub id: String,
    pub title: String,
    /// The day of the latest switch away from it.
    pub until: NaiveDate,
    pub done: Vec<DoneStep>,
    /// Its ticked task numbers, by step id; left out of JSON when none.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub ticked: Ticked,
}

/// The steps done and the tasks ticked of one playbook the plan follows or
/// followed, to change.
pub struct RecordMut<'a> {
    pub done: &'a mut Vec<DoneStep>,
    pub ticked: &'a mut Ticked,
}

/// How a plan ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "kebab-case")]
#[value(rename_all = "kebab-case")]
pub enum Outcome {
    /// You are back together
    Reunited,
    /// It is over, and you are moving on
    MovedOn,
    /// You are stopping for now
    Paused,
}

impl Outcome {
    pub fn as_str(self) -> &'static str {
        match self {
            Outcome::Reunited => "reunited",
            Outcome::MovedOn => "moved-on",
            Outcome::Paused => "paused",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Ended {
    pub date: NaiveDate,
    pub outcome: Outcome,
}

/// A day's check-in.
///
/// As JSON (`log --json`, the export, the hooks) it has `notes`, every
/// note in the order written, and `note`, all of them joined by a blank
/// line (null when there is none), so a reader of `note` alone misses
/// nothing. A check-in written before notes were kept side by side has
/// `note` alone, and reads as that one note.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(into = "CheckinJson", from = "CheckinJson")]
pub struct Checkin {
    pub date: NaiveDate,
    pub mood: Option<u8>,
    pub urge: Option<u8>,
    pub contact: Contact,
    /// Every note of the day, in the order the fold wrote them.
    pub notes: Vec<String>,
}

/// A [`Checkin`] as it is written and read.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct CheckinJson {
    date: NaiveDate,
    mood: Option<u8>,
    urge: Option<u8>,
    contact: Contact,
    note: Option<String>,
    #[serde(default)]
    notes: Option<Vec<String>>,
}

impl From<Checkin> for CheckinJson {
    fn from(day: Checkin) -> CheckinJson {
        let note = day.note();
        let Checkin { date, mood, urge, contact, notes } = day;
        CheckinJson { date, mood, urge, contact, note, notes: Some(notes) }
    }
}

impl From<CheckinJson> for Checkin {
    fn from(json: CheckinJson) -> Checkin {
        let CheckinJson { date, mood, urge, contact, note, notes } = json;
        let notes =
            notes.unwrap_or_else(|| note.into_iter().filter(|note| !note.trim().is_empty()).collect());
        Checkin { date, mood, urge, contact, notes }
    }
}

/// A check-in as `status` needs it: no note.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Day {
    pub date: NaiveDate,
    pub mood: Option<u8>,
    pub urge: Option<u8>,
    pub contact: Contact,
}

/// What contact a day had. One enum for every layer: clap parses it
/// (`--contact KIND`, `plan contact KIND`), the events store it, the views
/// show it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "kebab-case")]
#[value(rename_all = "kebab-case")]
pub enum Contact {
    /// No contact at all
    None,
    /// Contact the plan allows: children, a shared home or work, an emergency
    Allowed,
    /// You reached out to them: no contact starts again (`plan slip`)
    #[serde(alias = "slip")]
    #[value(alias = "slip")]
    Initiated,
    /// You answered when they reached out: no contact starts again
    Replied,
    /// They reached out, and you let it be
    TheyContacted,
    /// You looked at their profile or photos (or `looked`): counted on its own, never a slip
    #[serde(alias = "looked")]
    #[value(alias = "looked")]
    SocialMedia,
    /// Practical matters you share, kept short and to the point
    Logistics,
    /// A chance meeting, kept brief
    Accidental,
    /// Contact a step of your plan calls for (reconnect, the talk): not a slip
    Planned,
}

impl Contact {
    pub fn as_str(self) -> &'static str {
        match self {
            Contact::None => "none",
            Contact::Allowed => "allowed",
            Contact::Initiated => "initiated",
            Contact::Replied => "replied",
            Contact::TheyContacted => "they-contacted",
            Contact::SocialMedia => "social-media",
            Contact::Logistics => "logistics",
            Contact::Accidental => "accidental",
            Contact::Planned => "planned",
        }
    }

    /// Whether it breaks no contact: the counter starts again from that day.
    pub fn breaks_no_contact(self) -> bool {
        matches!(self, Contact::Initiated | Contact::Replied)
    }

    /// Whether it is a look at their profile or photos: the looking
    /// counter starts again from that day, and the no-contact counter goes on.
    pub fn is_a_look(self) -> bool {
        self == Contact::SocialMedia
    }
}

/// What a check-in asks to record; `None` fields are left as they are. As
/// an event, only the fields given are written.
///
/// A note is never replaced by a later write it did not know of: `note`
/// is added beside the day's notes, and `replaces` names, text for text,
/// the notes its writer saw and chose to replace (or remove, with no
/// `note`). A note another device wrote meanwhile is in no `replaces`, so
/// it stays. An event from before `replaces` existed with an empty `note`
/// was a deliberate `--note ""`: it still clears what came before it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CheckinInput {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mood: Option<u8>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub urge: Option<u8>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact: Option<Contact>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub replaces: Vec<String>,
}

/// What a person asks of a day's notes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NoteEdit {
    /// A note beside those the day has (`plan contact`, `plan slip`, `--add-note`).
    Add(String),
    /// A note in place of those the day has here; empty, none in their place (`--note`).
    Replace(String),
}

impl NoteEdit {
    /// The check-in fields (`note`, `replaces`) that make this edit of a
    /// day whose notes on this device are `notes`: nothing when it would
    /// change nothing (a note the day already has, a removal with none).
    pub fn fields(self, notes: &[String]) -> (Option<String>, Vec<String>) {
        match self {
            NoteEdit::Add(text) if text.trim().is_empty() || notes.contains(&text) => (None, Vec::new()),
            NoteEdit::Add(text) => (Some(text), Vec::new()),
            NoteEdit::Replace(text) if notes.len() == 1 && notes[0] == text => (None, Vec::new()),
            NoteEdit::Replace(text) => (Some(text).filter(|text| !text.trim().is_empty()), notes.to_vec()),
        }
    }
}

impl Checkin {
    /// A day with nothing recorded yet.
    pub fn empty(date: NaiveDate) -> Checkin {
        Checkin { date, mood: None, urge: None, contact: Contact::None, notes: Vec::new() }
    }

    /// Every note of the day, joined by a blank line; `None` when it has none.
    pub fn note(&self) -> Option<String> {
        (!self.notes.is_empty()).then(|| self.notes.join("\n\n"))
    }

    /// Take the fields `input` gives.
    pub fn amend(&mut self, input: &CheckinInput) {
        self.mood = input.mood.or(self.mood);
        self.urge = input.urge.or(self.urge);
        self.contact = input.contact.unwrap_or(self.contact);
        self.take_note(input);
    }

    /// Remove the notes `input` replaces, one of each text, then add its
    /// note: see [`CheckinInput`].
    fn take_note(&mut self, input: &CheckinInput) {
        let note = input.note.as_ref().filter(|note| !note.trim().is_empty());
        if input.replaces.is_empty() && input.note.is_some() && note.is_none() {
            self.notes.clear();
        }
        for text in &input.replaces {
            if let Some(at) = self.notes.iter().position(|note| note == text) {
                self.notes.remove(at);
            }
        }
        self.notes.extend(note.cloned());
    }
}

/// A day that cannot be after today, and what it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FutureDay {
    /// A check-in's or a slip's day (`--date`).
    Checkin,
    /// The day of last contact (`plan since`).
    LastContact,
    /// The day of last contact a new plan counts from (`plan start --since`).
    StartSince,
}

/// Refuse `date`, a day of the kind `what`, if it is after `today`: the one
/// check of a day in the future.
pub fn check_not_future(what: FutureDay, date: NaiveDate, today: NaiveDate) -> Result<(), Refusal> {
    if date > today { Err(Refusal::InFuture { what, date, today }) } else { Ok(()) }
}

/// Why the core refused a change. `error.rs` puts each into words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// A day after today, where a day that has happened is needed.
    InFuture {
        what: FutureDay,
        date: NaiveDate,
        today: NaiveDate,
    },
    DateBeforeStart {
        date: NaiveDate,
        started: NaiveDate,
    },
    /// `number` is not a task of step `step`, which has `tasks` tasks.
    NoSuchTask {
        step: StepName,
        number: usize,
        tasks: usize,
    },
    /// `step` as the person named it: an id, or a number.
    NoSuchStep {
        playbook: String,
        step: String,
    },
    /// Every step is done: there is no current step.
    AllDone,
    StepBlocked {
        step: StepName,
        why: Blocked,
    },
    /// A step toward contact, while the latest readiness check named a
    /// reason never to make contact.
    SetAside {
        step: StepName,
        safety: Safety,
    },
    /// Contact recorded as `planned` while no step toward contact is
    /// current, or while a reason never to make contact stands.
    NotPlanned {
        safety: Option<Safety>,
    },
    /// `plan end` closed the plan.
    Ended(Ended),
    /// `plan switch` to the playbook already followed.
    SamePlaybook(String),
}

impl std::error::Error for Refusal {}

/// What recording a check-in did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DayChange {
    New,
    Amended,
    Unchanged,
}

impl DayChange {
    /// What recording `input` would do to a day that holds `day` (`None`: no check-in yet).
    pub fn by(day: Option<&Checkin>, input: &CheckinInput) -> DayChange {
        let Some(day) = day else { return DayChange::New };
        let mut after = day.clone();
        after.amend(input);
        if after == *day { DayChange::Unchanged } else { DayChange::Amended }
    }
}

/// The month a date's check-in is filed under, as it is written: `YYYY-MM`.
pub fn month_key(date: NaiveDate) -> String {
    Month::of(date).to_string()
}

impl State {
    /// The plan `plan` as its start makes it: nothing recorded yet.
    pub fn new(
        plan: PlanId,
        playbook: Playbook,
        playbook_source: Origin,
        started: NaiveDate,
        since: NaiveDate,
    ) -> State {
        State {
            plan,
            playbook,
            playbook_source,
            started,
            since_at_start: since,
            slips: Vec::new(),
            looks: Vec::new(),
            earlier_slips: None,
            done: Vec::new(),
            ticked: BTreeMap::new(),
            checkins: 0,
            recent: Vec::new(),
            clock: Clock::default(),
            urges: Urges::default(),
            assessment: None,
            safety: None,
            earlier: Vec::new(),
            ended: None,
            partners: Vec::new(),
            sos: None,
        }
    }

    /// The partner called `name`, whatever its case.
    pub fn partner(&self, name: &str) -> Option<&Partner> {
        self.partners.iter().find(|partner| same_name(&partner.name, name))
    }

    /// Record `partner`: a new one, or the same name with a new recipient or setting.
    pub fn add_partner(&mut self, partner: Partner) {
        match self.partners.iter_mut().find(|known| same_name(&known.name, &partner.name)) {
            Some(known) => *known = partner,
            None => self.partners.push(partner),
        }
    }

    /// The steps done and tasks ticked of the playbook `id`: the current
    /// one's for `None` or its id, else those of the earlier playbook of
    /// that id; `None` for a playbook this plan never followed.
    pub fn record_mut(&mut self, id: Option<&str>) -> Option<RecordMut<'_>> {
        match id {
            Some(id) if id != self.playbook.id => self
                .earlier
                .iter_mut()
                .find(|earlier| earlier.id == id)
                .map(|earlier| RecordMut { done: &mut earlier.done, ticked: &mut earlier.ticked }),
            _ => Some(RecordMut { done: &mut self.done, ticked: &mut self.ticked }),
        }
    }

    /// Follow `playbook` from `date` on. The playbook followed until then
    /// keeps its steps done and ticks in `earlier`; a playbook the plan
    /// followed before takes up its own again, so switching back picks up
    /// where it was left.
    pub fn switch(&mut self, playbook: &Playbook, source: &Origin, date: NaiveDate) {
        let done = std::mem::take(&mut self.done);
        let ticked = std::mem::take(&mut self.ticked);
        let (id, title) = (self.playbook.id.clone(), self.playbook.title.clone());
        match self.earlier.iter().position(|earlier| earlier.id == id) {
            // Never so while each playbook has one record; kept whole if it is.
            Some(at) => {
                let mut earlier = self.earlier.remove(at);
                earlier.title = title;
                earlier.until = date;
                for step in done {
                    if !earlier.done.iter().any(|kept| kept.id == step.id) {
                        earlier.done.push(step);
                    }
                }
                for (step, tasks) in ticked {
                    earlier.ticked.entry(step).or_default().extend(tasks);
                }
                self.earlier.push(earlier);
            }
            None => self.earlier.push(Earlier { id, title, until: date, done, ticked }),
        }
        if let Some(at) = self.earlier.iter().position(|earlier| earlier.id == playbook.id) {
            let resumed = self.earlier.remove(at);
            self.done = resumed.done;
            self.ticked = resumed.ticked;
        }
        self.playbook = playbook.clone();
        self.playbook_source.clone_from(source);
    }

    /// The no-contact counter on `today`; a plan that ended keeps the count
    /// of its last day.
    pub fn counter(&self, today: NaiveDate) -> Counter {
        let today = self.ended.map_or(today, |ended| ended.date.min(today));
        let Some(earlier) = self.earlier_slips else {
            return schedule::counter(self.since_at_start, &self.slips, today);
        };
        // The runs the earlier slips ended are summed up; the rest run on
        // from the last of them, as they would with every slip listed.
        let from = earlier.last.map_or(self.since_at_start, |last| self.since_at_start.max(last));
        let later = schedule::counter(from, &self.slips, today);
        Counter {
            longest: later.longest.max(earlier.longest),
            resets: later.resets.saturating_add(earlier.count),
            ..later
        }
    }

    /// The day of the latest slip, if there was one.
    pub fn last_slip(&self) -> Option<NaiveDate> {
        self.slips.last().copied().or(self.earlier_slips.and_then(|earlier| earlier.last))
    }

    /// How many slips fell after the day no contact began, up to `today`.
    pub fn slips_after_start(&self, today: NaiveDate) -> usize {
        let earlier = self.earlier_slips.map_or(0, |earlier| earlier.after_start as usize);
        earlier + self.slips.iter().filter(|&&slip| slip > self.since_at_start && slip <= today).count()
    }

    /// Whether the slips are summed up from a day after `today` (the clock
    /// set back): then only every slip's date gives the counter of `today`.
    pub fn summed_up_after(&self, today: NaiveDate) -> bool {
        self.earlier_slips.is_some_and(|earlier| today < earlier.before)
    }

    /// This state as the read cache keeps it: the slips before `before`
    /// summed up rather than listed, so no date of theirs but the last is
    /// kept, and of the latest days only what `status` shows from `before`
    /// on: the last seven, and those of the two weeks before `before`. It
    /// gives the same `status` on any day from `before` on; it is for
    /// reading, never for applying a change to.
    #[must_use]
    pub fn summed_up(&self, before: NaiveDate) -> State {
        let fortnight = before.checked_sub_days(chrono::Days::new(RECENT as u64 - 1)).unwrap_or(before);
        let shown = self.recent.len().saturating_sub(7);
        let recent: Vec<Day> = (0..)
            .zip(&self.recent)
            .filter(|(at, day)| *at >= shown || day.date >= fortnight)
            .map(|(_, day)| *day)
            .collect();
        if self.earlier_slips.is_some() {
            return self.clone();
        }
        let (earlier, later) = self.slips.split_at(self.slips.partition_point(|&slip| slip < before));
        let last = earlier.last().copied();
        let longest = last.and_then(|last| {
            schedule::runs(self.since_at_start, earlier, last).iter().map(|run| run.days).max()
        });
        let count = |slips: &[NaiveDate]| u32::try_from(slips.len()).unwrap_or(u32::MAX);
        let after_start: Vec<NaiveDate> =
            earlier.iter().copied().filter(|&slip| slip > self.since_at_start).collect();
        State {
            recent,
            slips: later.to_vec(),
            earlier_slips: Some(EarlierSlips {
                before,
                count: count(earlier),
                after_start: count(&after_start),
                longest: longest.unwrap_or(0),
                last,
            }),
            ..self.clone()
        }
    }

    /// The milestones each run of no contact reached, oldest first, up to
    /// `today` or the day the plan ended.
    pub fn milestones_reached(&self, today: NaiveDate) -> Vec<schedule::Reached> {
        let last = self.ended.map_or(today, |ended| ended.date.min(today));
        schedule::reached(self.since_at_start, &self.slips, last)
    }

    /// The looking counter on `today`: days since the latest day recorded
    /// as a look at their profile or photos, or since the plan's start when
    /// there is none. It is kept apart: a look never starts the no-contact
    /// counter again, and a slip never starts this one again.
    pub fn looking(&self, today: NaiveDate) -> Counter {
        let today = self.ended.map_or(today, |ended| ended.date.min(today));
        let began = self.looks.first().map_or(self.started, |&first| first.min(self.started));
        schedule::counter(began, &self.looks, today)
    }

    /// Which steps are done and which are current.
    pub fn progress(&self) -> Progress {
        Progress::of(&self.playbook, &self.done)
    }

    pub fn is_done(&self, index: StepIndex) -> bool {
        let id = &self.playbook.step(index).id;
        self.done.iter().any(|done| &done.id == id)
    }

    pub fn checked_in(&self, date: NaiveDate) -> bool {
        self.recent.iter().any(|day| day.date == date)
    }

    /// The first day a check-in can have: the day no contact began, or the
    /// day the plan began if that was earlier.
    pub fn first_day(&self) -> NaiveDate {
        self.started.min(self.since_at_start)
    }

    /// Refuse a change to a plan that `plan end` closed.
    pub fn check_open(&self) -> Result<(), Refusal> {
        match self.ended {
            Some(ended) => Err(Refusal::Ended(ended)),
            None => Ok(()),
        }
    }

    /// Refuse dates a check-in or slip cannot have.
    pub fn check_date(&self, date: NaiveDate, today: NaiveDate) -> Result<(), Refusal> {
        check_not_future(FutureDay::Checkin, date, today)?;
        let first = self.first_day();
        if date < first {
            return Err(Refusal::DateBeforeStart { date, started: first });
        }
        Ok(())
    }

    /// Refuse to act on step `index` if it leads toward contact while the
    /// latest readiness check named a reason never to make contact.
    pub fn check_not_set_aside(&self, index: StepIndex) -> Result<(), Refusal> {
        match self.safety {
            Some(safety) if self.is_set_aside(index) => {
                Err(Refusal::SetAside { step: self.playbook.name(index), safety })
            }
            _ => Ok(()),
        }
    }

    /// Whether step `index` leads toward contact while a reason never to
    /// make contact stands: no route shows its contact tasks, tips or
    /// messages, or completes it.
    pub fn is_set_aside(&self, index: StepIndex) -> bool {
        self.safety.is_some() && self.playbook.step(index).phase.involves_contact()
    }

    /// Refuse contact recorded as `planned` unless a current step plans
    /// contact and no reason never to make contact stands.
    pub fn check_planned(&self) -> Result<(), Refusal> {
        let planned =
            self.progress().current().iter().any(|&i| self.playbook.step(i).phase.involves_contact());
        if self.safety.is_some() || !planned {
            return Err(Refusal::NotPlanned { safety: self.safety });
        }
        Ok(())
    }

    /// Refuse to complete step `index` today unless its gates allow it and
    /// it does not lead toward contact while a reason never to make contact stands.
    pub fn check_complete(&self, index: StepIndex, today: NaiveDate) -> Result<(), Refusal> {
        self.check_not_set_aside(index)?;
        schedule::check_complete(&self.playbook, &self.done, index, &self.counter(today))
            .map_err(|why| Refusal::StepBlocked { step: self.playbook.name(index), why })
    }

    /// Refuse to tick task `number` (1-based) of step `index` if the step has
    /// no such task, or is set aside.
    pub fn check_tick(&self, index: StepIndex, number: usize) -> Result<(), Refusal> {
        self.check_task(index, number)?;
        self.check_not_set_aside(index)
    }

    /// Refuse a task number step `index` does not have.
    pub fn check_task(&self, index: StepIndex, number: usize) -> Result<(), Refusal> {
        let tasks = self.playbook.step(index).tasks.len();
        if number == 0 || number > tasks {
            return Err(Refusal::NoSuchTask { step: self.playbook.name(index), number, tasks });
        }
        Ok(())
    }

    /// The step named by its id, or by its number as `plan steps` shows it.
    pub fn step_named(&self, name: &str) -> Result<StepIndex, Refusal> {
        let steps = self.playbook.steps.len();
        self.playbook
            .position(name)
            .map(StepIndex::new)
            .or_else(|| {
                name.parse().ok().and_then(StepIndex::from_number).filter(|index| index.get() < steps)
            })
            .ok_or_else(|| Refusal::NoSuchStep { playbook: self.playbook.id.clone(), step: name.to_owned() })
    }

    /// The task numbers of step `index` not ticked, in order.
    pub fn unticked(&self, index: StepIndex) -> Vec<usize> {
        let step = &self.playbook.step(index);
        (1..=step.tasks.len()).filter(|&n| !self.is_ticked(&step.id, n)).collect()
    }

    /// How many of step `index`'s tasks are ticked (a tick past its last
    /// task, from a playbook that had more, does not count).
    pub fn tasks_done(&self, index: StepIndex) -> usize {
        let step = &self.playbook.step(index);
        (1..=step.tasks.len()).filter(|&n| self.is_ticked(&step.id, n)).count()
    }

    pub fn is_ticked(&self, step_id: &StepId, number: usize) -> bool {
        self.ticked.get(step_id).is_some_and(|ticked| ticked.contains(&number))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::playbook::{BUNDLED, parse};

    fn d(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
    }

    fn state(start: &str) -> State {
        let playbook = parse(BUNDLED[0].1).unwrap();
        State::new(crate::id::PlanId::of(&"a".into(), 1), playbook, Origin::Bundled, d(start), d(start))
    }

    fn mood(n: u8) -> CheckinInput {
        CheckinInput { mood: Some(n), ..CheckinInput::default() }
    }

    #[test]
    fn what_recording_would_do() {
        let day = Checkin {
            date: d("2026-11-05"),
            mood: Some(4),
            urge: None,
            contact: Contact::None,
            notes: vec![],
        };
        assert_eq!(DayChange::by(None, &mood(4)), DayChange::New);
        assert_eq!(DayChange::by(Some(&day), &mood(4)), DayChange::Unchanged);
        assert_eq!(DayChange::by(Some(&day), &mood(6)), DayChange::Amended);
    }

    fn note(text: &str, replaces: &[&str]) -> CheckinInput {
        CheckinInput {
            note: Some(text.to_owned()),
            replaces: replaces.iter().map(|&text| text.to_owned()).collect(),
            ..CheckinInput::default()
        }
    }

    fn notes_after(inputs: &[CheckinInput]) -> Vec<String> {
        let mut day = Checkin::empty(d("2026-11-05"));
        for input in inputs {
            day.amend(input);
        }
        day.notes
    }

    #[test]
    fn a_note_is_added_beside_the_others_and_a_replace_removes_only_what_it_saw() {
        // Two devices, each adding a note it wrote offline: both kept, in
        // the fold's order.
        assert_eq!(notes_after(&[note("brunch", &[]), note("boxes", &[])]), ["brunch", "boxes"]);
        // A replace of "brunch" from a device that had not seen "boxes":
        // "boxes" stays, whichever comes first.
        let replace = note("brunch, amended", &["brunch"]);
        assert_eq!(
            notes_after(&[note("brunch", &[]), note("boxes", &[]), replace.clone()]),
            ["boxes", "brunch, amended"]
        );
        assert_eq!(
            notes_after(&[note("brunch", &[]), replace.clone(), note("boxes", &[])]),
            ["brunch, amended", "boxes"]
        );
        // Removing: no note, the texts replaced gone, one of each.
        let remove = CheckinInput { replaces: vec!["same".into()], ..CheckinInput::default() };
        assert_eq!(notes_after(&[note("same", &[]), note("same", &[]), remove]), ["same"]);
        // An empty note from before `replaces` was a deliberate clearing.
        assert_eq!(
            notes_after(&[note("rough", &[]), note("boxes", &[]), note("  ", &[])]),
            Vec::<String>::new()
        );
    }

    #[test]
    fn what_a_note_edit_writes_depends_on_the_notes_seen() {
        let seen = vec!["brunch".to_owned()];
        assert_eq!(NoteEdit::Add("boxes".into()).fields(&seen), (Some("boxes".into()), vec![]));
        assert_eq!(NoteEdit::Add("brunch".into()).fields(&seen), (None, vec![]), "already there");
        assert_eq!(NoteEdit::Add(" ".into()).fields(&seen), (None, vec![]));
        assert_eq!(NoteEdit::Replace("boxes".into()).fields(&seen), (Some("boxes".into()), seen.clone()));
        assert_eq!(NoteEdit::Replace("brunch".into()).fields(&seen), (None, vec![]), "already says that");
        assert_eq!(NoteEdit::Replace(String::new()).fields(&seen), (None, seen.clone()));
        assert_eq!(NoteEdit::Replace(String::new()).fields(&[]), (None, vec![]));
        assert_eq!(NoteEdit::Replace("first".into()).fields(&[]), (Some("first".into()), vec![]));
    }

    #[test]
    fn a_check_in_reads_its_one_note_of_before_and_writes_note_and_notes() {
        let old = r#"{"date":"2026-11-05","mood":4,"urge":null,"contact":"none","note":"quiet"}"#;
        let day: Checkin = serde_json::from_str(old).unwrap();
        assert_eq!(day.notes, ["quiet"]);
        let day = Checkin { notes: vec!["one".into(), "two".into()], ..day };
        let json = serde_json::to_value(&day).unwrap();
        assert_eq!(json["note"], "one\n\ntwo");
        assert_eq!(json["notes"], serde_json::json!(["one", "two"]));
        assert_eq!(serde_json::from_value::<Checkin>(json).unwrap(), day);
        let none = serde_json::to_value(Checkin::empty(d("2026-11-05"))).unwrap();
        assert_eq!((&none["note"], &none["notes"]), (&serde_json::Value::Null, &serde_json::json!([])));
    }

    #[test]
    fn future_and_pre_start_dates_are_refused() {
        let s = state("2026-11-10");
        let err = s.check_date(d("2026-11-13"), d("2026-11-12")).unwrap_err();
        assert_eq!(
            err,
            Refusal::InFuture { what: FutureDay::Checkin, date: d("2026-11-13"), today: d("2026-11-12") }
        );
        let err = s.check_date(d("2026-11-09"), d("2026-11-12")).unwrap_err();
        assert_eq!(err, Refusal::DateBeforeStart { date: d("2026-11-09"), started: d("2026-11-10") });
    }

    #[test]
    fn the_no_contact_gate_holds_the_first_step() {
        let (mut s, first) = (state("2026-11-01"), StepIndex::new(0));
        let err = s.check_complete(first, d("2026-11-10")).unwrap_err();
        let gate = Blocked::Gate { needed: 21, days: 9, until: d("2026-11-22") };
        assert_eq!(err, Refusal::StepBlocked { step: s.playbook.name(first), why: gate });
        s.check_complete(first, d("2026-11-22")).unwrap();
        s.done.push(DoneStep { id: s.playbook.steps[0].id.clone(), date: d("2026-11-22") });
        let again = s.check_complete(first, d("2026-11-22")).unwrap_err();
        assert_eq!(again, Refusal::StepBlocked { step: s.playbook.name(first), why: Blocked::AlreadyDone });
    }

    #[test]
    fn steps_are_done_in_order() {
        let s = state("2026-11-01");
        let err = s.check_complete(StepIndex::new(2), d("2026-12-30")).unwrap_err();
        assert!(matches!(err, Refusal::StepBlocked { why: Blocked::Waiting(_), .. }), "{err:?}");
    }

    #[test]
    fn a_step_is_named_by_its_id_or_its_number_from_one() {
        let s = state("2026-11-01");
        let last = s.playbook.steps.len();
        assert_eq!(s.step_named(s.playbook.steps[1].id.as_str()), Ok(StepIndex::new(1)));
        assert_eq!(s.step_named("2"), Ok(StepIndex::new(1)));
        assert_eq!(s.step_named(&last.to_string()), Ok(StepIndex::new(last - 1)));
        for name in ["0".to_owned(), (last + 1).to_string(), "-1".to_owned(), "x".to_owned()] {
            assert!(matches!(s.step_named(&name), Err(Refusal::NoSuchStep { .. })), "{name}");
        }
    }

    #[test]
    fn slips_summed_up_give_the_same_counter_from_their_day_on() {
        let mut s = state("2026-01-01");
        s.since_at_start = d("2025-12-20");
        s.slips = ["2025-12-10", "2026-01-05", "2026-02-20", "2026-02-25", "2026-06-01", "2026-06-03"]
            .map(d)
            .to_vec();
        for before in ["2026-01-06", "2026-02-25", "2026-06-02", "2026-06-04", "2027-01-01"].map(d) {
            let summed = s.summed_up(before);
            assert!(summed.slips.iter().all(|&slip| slip >= before), "{before}");
            for today in
                ["2026-06-04", "2026-07-01", "2027-03-01"].map(d).into_iter().filter(|&t| t >= before)
            {
                assert_eq!(summed.counter(today), s.counter(today), "summed before {before}, on {today}");
                assert_eq!(summed.slips_after_start(today), s.slips_after_start(today));
                assert_eq!(summed.last_slip(), s.last_slip());
                assert!(!summed.summed_up_after(today));
            }
        }
        assert!(s.summed_up(d("2026-06-02")).summed_up_after(d("2026-06-01")));
        let none_before = s.summed_up(d("2025-01-01"));
        assert_eq!(
            (none_before.slips.len(), none_before.counter(d("2026-07-01"))),
            (6, s.counter(d("2026-07-01")))
        );
    }

    #[test]
    fn ticking_tasks() {
        let s = state("2026-11-01");
        assert_eq!(s.check_tick(StepIndex::new(0), 1), Ok(()));
        assert!(matches!(s.check_tick(StepIndex::new(0), 99), Err(Refusal::NoSuchTask { number: 99, .. })));
        assert!(s.check_tick(StepIndex::new(0), 0).is_err());
    }
}
