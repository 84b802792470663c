//! The layout before events (layout 2): `state.json` with a summary, and
//! `checkins/YYYY-MM.G.json` month files. A plan folder still in it is read
//! as it is, and turned into events on its first change.

use crate::i18n::t;
use std::collections::{BTreeMap, BTreeSet};

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::event::{Change, Clock, DeviceId, Event, Month, PlanId, Seen, StepId};
use crate::playbook::Origin;
use crate::playbook::Playbook;
use crate::state::{Checkin, CheckinInput, Day, DoneStep, State};

/// Marks a file as this program's state.
pub const FORMAT: &str = "plan-state";
/// The version of the state's layout: 1, the first; 2 adds `playbook_source`.
pub const SCHEMA: u32 = 2;

/// `state.json` as layout 2 wrote it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LegacyState {
    pub format: String,
    pub schema: u32,
    pub playbook: Playbook,
    pub playbook_source: Origin,
    pub started: NaiveDate,
    pub since_at_start: NaiveDate,
    pub slips: Vec<NaiveDate>,
    pub done: Vec<DoneStep>,
    pub ticked: BTreeMap<StepId, BTreeSet<usize>>,
    pub checkins: usize,
    pub recent: Vec<Day>,
    /// For each month with check-ins, the generation of its file.
    pub months: BTreeMap<Month, u32>,
    /// The schema this state was read in, if it was migrated from an older one.
    #[serde(skip)]
    pub migrated_from: Option<u32>,
}

/// Bring the JSON of a state written with an older schema up to [`SCHEMA`].
pub fn migrate(mut value: serde_json::Value, from: u32) -> Result<serde_json::Value, String> {
    let object = value.as_object_mut().ok_or_else(|| t!("store-problem-not-an-object"))?;
    for schema in from..SCHEMA {
        match schema {
            1 => {
                object.entry("playbook_source").or_insert_with(|| "unknown".into());
            }
            _ => return Err(t!("store-problem-unknown-schema", schema = schema)),
        }
    }
    object.insert("schema".to_owned(), SCHEMA.into());
    Ok(value)
}

impl LegacyState {
    /// The state as `status` shows it.
    pub fn state(&self) -> State {
        State {
            slips: self.slips.clone(),
            done: self.done.clone(),
            ticked: self.ticked.clone(),
            checkins: self.checkins,
            recent: self.recent.clone(),
            clock: Clock::default(),
            ..State::new(
                PlanId("legacy".into()),
                self.playbook.clone(),
                self.playbook_source.clone(),
                self.started,
                self.since_at_start,
            )
        }
    }

    /// The plan as events of `device`: its changes (see
    /// [`LegacyState::into_changes`]), stamped from `clock` on.
    pub fn into_events(self, entries: &[Checkin], device: &DeviceId, clock: Clock) -> Vec<Event> {
        let plan = PlanId::of(device, 1);
        self.into_changes(entries)
            .into_iter()
            .zip(1..)
            .map(|(change, seq)| Event {
                seq,
                clock: Clock(clock.0, clock.1.saturating_add(u32::try_from(seq).unwrap_or(u32::MAX))),
                plan: plan.clone(),
                seen: Seen::new(),
                change,
            })
            .collect()
    }

    /// The plan as changes: its start, every check-in (`entries`, oldest
    /// first), its steps done and its ticks.
    pub fn into_changes(self, entries: &[Checkin]) -> Vec<Change> {
        let mut changes = vec![Change::Start {
            playbook: Box::new(self.playbook),
            source: self.playbook_source,
            started: self.started,
            since: self.since_at_start,
        }];
        changes.extend(entries.iter().map(|entry| Change::Checkin {
            date: entry.date,
            fields: CheckinInput {
                mood: entry.mood,
                urge: entry.urge,
                contact: Some(entry.contact),
                // Layout 2 kept one note a day.
                note: entry.note(),
                replaces: Vec::new(),
            },
        }));
        changes.extend(self.done.into_iter().map(|done| Change::Done {
            step: done.id,
            date: done.date,
            playbook: None,
        }));
        for (step, tasks) in self.ticked {
            changes.extend(tasks.into_iter().map(|task| Change::Tick {
                step: step.clone(),
                task,
                playbook: None,
            }));
        }
        changes
    }
}

/// Marks a file as one month of this program's check-ins.
const MONTH_FORMAT: &str = "plan-checkins";
/// The version of a month file's layout; files from before it was written
/// carry none and are version 1.
pub const MONTH_SCHEMA: u32 = 1;

/// What is wrong with a state file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StateProblem {
    Empty,
    /// Cut short; the detail says where.
    Truncated(String),
    /// Some other program's file, or not JSON of ours at all.
    Foreign,
    /// Written by a newer `plan`, at this schema.
    Newer(u32),
    /// Ours, but garbled; the detail says where.
    Damaged(String),
    /// Ours, but without its `schema`.
    NoSchema,
}

/// What is wrong with a month file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MonthProblem {
    Damaged(String),
    Newer(u32),
    /// It holds another month, or is not a month of check-ins.
    Foreign,
}

/// One month of check-ins, as stored.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct MonthFile {
    format: String,
    #[serde(default = "first_schema")]
    schema: u32,
    month: String,
    entries: Vec<Checkin>,
}

fn first_schema() -> u32 {
    1
}

/// Only the fields that say what a file is, for telling why it did not load.
#[derive(Deserialize)]
struct Header {
    format: Option<String>,
    schema: Option<u32>,
}

/// Parse a state, or say what is wrong with it.
pub fn parse_state(bytes: &[u8]) -> Result<LegacyState, StateProblem> {
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(StateProblem::Empty);
    }
    let header: Header = match serde_json::from_slice(bytes) {
        Ok(header) => header,
        Err(err) if err.is_eof() => return Err(StateProblem::Truncated(describe_json_error(&err))),
        Err(err) if err.is_syntax() => return Err(StateProblem::Damaged(describe_json_error(&err))),
        // Valid JSON, but not an object with these fields: not ours.
        Err(_) => return Err(StateProblem::Foreign),
    };
    if header.format.as_deref() != Some(FORMAT) {
        return Err(StateProblem::Foreign);
    }
    let schema = header.schema.ok_or(StateProblem::NoSchema)?;
    let state = match schema {
        s if s > SCHEMA => return Err(StateProblem::Newer(s)),
        s if s == SCHEMA => serde_json::from_slice::<LegacyState>(bytes).map_err(|err| {
            not_a_month(serde_json::from_slice(bytes).ok())
                .unwrap_or_else(|| StateProblem::Damaged(describe_json_error(&err)))
        })?,
        0 => return Err(StateProblem::Damaged(t!("store-problem-schema-zero"))),
        older => migrated(bytes, older)?,
    };
    check_months(&state)?;
    Ok(state)
}

/// Read a state of an older schema through [`state::migrate`].
fn migrated(bytes: &[u8], schema: u32) -> Result<LegacyState, StateProblem> {
    let value =
        serde_json::from_slice(bytes).map_err(|err| StateProblem::Damaged(describe_json_error(&err)))?;
    let value = migrate(value, schema).map_err(StateProblem::Damaged)?;
    let keys = MonthKeys::deserialize(&value).ok();
    let mut state: LegacyState = serde_json::from_value(value).map_err(|err| {
        not_a_month(keys).unwrap_or_else(|| {
            let detail = describe_json_error(&err);
            StateProblem::Damaged(t!("store-problem-in-schema", schema = schema, detail = detail))
        })
    })?;
    state.migrated_from = Some(schema);
    Ok(state)
}

/// The state names month files by key; a version 0 was never written.
fn check_months(state: &LegacyState) -> Result<(), StateProblem> {
    match state.months.iter().find(|(_, generation)| **generation == 0) {
        Some((month, generation)) => Err(not_a_month_file(month, *generation)),
        None => Ok(()),
    }
}

/// `months` as written, its keys as they are: for saying which is not a month.
#[derive(Deserialize)]
struct MonthKeys {
    months: BTreeMap<String, u32>,
}

/// A state that did not read because a key of its `months` is not a month
/// (one that could name a file outside the folder), said as it always was:
/// the first key, in the order of their text, that is not a month or is
/// version 0.
fn not_a_month(keys: Option<MonthKeys>) -> Option<StateProblem> {
    let months = keys?.months;
    months.keys().any(|month| Month::parse(month).is_none()).then_some(())?;
    months
        .iter()
        .find(|(month, generation)| Month::parse(month).is_none() || **generation == 0)
        .map(|(month, generation)| not_a_month_file(month, *generation))
}

fn not_a_month_file(month: &dyn std::fmt::Display, generation: u32) -> StateProblem {
    StateProblem::Damaged(t!("store-problem-not-a-month", month = month.to_string(), version = generation))
}

/// The file name of one version of a month.
pub fn month_file_name(month: Month, generation: u32) -> String {
    format!("{month}.{generation}.json")
}

/// `YYYY-MM.G.json` as (month, generation).
pub fn parse_month_name(name: &str) -> Option<(Month, u32)> {
    let (month, generation) = name.strip_suffix(".json")?.split_once('.')?;
    let month = Month::parse(month)?;
    let generation: u32 = generation.parse().ok().filter(|g| *g > 0)?;
    (name == month_file_name(month, generation)).then_some((month, generation))
}

#[cfg(test)]
pub fn encode_month(month: Month, entries: &[Checkin]) -> Vec<u8> {
    let file = MonthFile {
        format: MONTH_FORMAT.to_owned(),
        schema: MONTH_SCHEMA,
        month: month.to_string(),
        entries: entries.to_vec(),
    };
    serde_json::to_vec(&file).expect("check-ins always serialise")
}

/// The check-ins of `month`, oldest first.
pub fn parse_month(bytes: &[u8], month: Month) -> Result<Vec<Checkin>, MonthProblem> {
    match serde_json::from_slice::<MonthFile>(bytes) {
        Ok(file) if file.format != MONTH_FORMAT || Month::parse(&file.month) != Some(month) => {
            Err(MonthProblem::Foreign)
        }
        Ok(file) if file.schema > MONTH_SCHEMA => Err(MonthProblem::Newer(file.schema)),
        Ok(file) => Ok(file.entries),
        Err(err) => match serde_json::from_slice::<Header>(bytes) {
            Ok(Header { format: Some(format), schema: Some(schema) })
                if format == MONTH_FORMAT && schema > MONTH_SCHEMA =>
            {
                Err(MonthProblem::Newer(schema))
            }
            Ok(Header { format: Some(format), .. }) if format != MONTH_FORMAT => Err(MonthProblem::Foreign),
            _ => Err(MonthProblem::Damaged(describe_json_error(&err))),
        },
    }
}

/// `serde_json` ends its messages with " at line L column C"; put the place first.
pub fn describe_json_error(err: &serde_json::Error) -> String {
    let text = err.to_string();
    match text.rfind(" at line ") {
        Some(at) => format!("{} ({})", &text[..at], text[at + 4..].replace(" column", ", column")),
        None => text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tells_what_is_wrong_with_a_state() {
        assert_eq!(parse_state(b"").unwrap_err(), StateProblem::Empty);
        assert_eq!(parse_state(b"  \n").unwrap_err(), StateProblem::Empty);
        assert!(matches!(
            parse_state(b"{\"format\": \"plan-state\", \"sch"),
            Err(StateProblem::Truncated(_))
        ));
        assert!(matches!(parse_state(b"\x00\x01garbage"), Err(StateProblem::Damaged(_))));
        assert_eq!(parse_state(b"{\"name\": \"something else\"}").unwrap_err(), StateProblem::Foreign);
        assert_eq!(parse_state(b"[1, 2]").unwrap_err(), StateProblem::Foreign);
        assert_eq!(
            parse_state(b"{\"format\": \"plan-state\", \"schema\": 99}").unwrap_err(),
            StateProblem::Newer(99)
        );
        assert_eq!(parse_state(b"{\"format\": \"plan-state\"}").unwrap_err(), StateProblem::NoSchema);
        let broken = parse_state(b"{\"format\": \"plan-state\", \"schema\": 2}").unwrap_err();
        assert!(
            matches!(&broken, StateProblem::Damaged(what) if what.starts_with("missing field")),
            "{broken:?}"
        );
    }

    fn good_state() -> LegacyState {
        let date = chrono::NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
        LegacyState {
            format: FORMAT.into(),
            schema: SCHEMA,
            playbook: crate::playbook::parse(crate::playbook::BUNDLED[0].1).unwrap(),
            playbook_source: Origin::Bundled,
            started: date,
            since_at_start: date,
            slips: Vec::new(),
            done: Vec::new(),
            ticked: BTreeMap::new(),
            checkins: 0,
            recent: Vec::new(),
            months: BTreeMap::new(),
            migrated_from: None,
        }
    }

    #[test]
    fn a_plan_becomes_events_that_fold_back_to_it() {
        let mut legacy = good_state();
        let day = |d: u32| chrono::NaiveDate::from_ymd_opt(2026, 11, d).unwrap();
        legacy.done.push(DoneStep { id: "no-contact".into(), date: day(23) });
        legacy.ticked.insert("focus-on-you".into(), [1, 3].into());
        let entries = vec![
            Checkin {
                date: day(22),
                mood: Some(4),
                urge: None,
                contact: crate::state::Contact::Initiated,
                notes: vec!["x".into()],
            },
            Checkin {
                date: day(23),
                mood: None,
                urge: Some(2),
                contact: crate::state::Contact::None,
                notes: vec![],
            },
        ];
        let counted = State { checkins: 0, slips: Vec::new(), recent: Vec::new(), ..legacy.state() };
        let mut expected = crate::event::with_checkins(counted, &entries);
        let device = DeviceId::parse("0123456789abcdef").unwrap();
        let events = legacy.into_events(&entries, &device, Clock(100, 0));
        let recorded: Vec<crate::event::Recorded> = events
            .into_iter()
            .map(|event| crate::event::Recorded { device: device.clone(), event })
            .collect();
        let folded = crate::event::fold(&recorded).unwrap();
        expected.plan = PlanId::of(&device, 1);
        expected.clock = folded.state.clock;
        assert_eq!(folded.state, expected);
        assert_eq!(folded.days.values().cloned().collect::<Vec<_>>(), entries);
    }

    #[test]
    fn an_older_schema_is_migrated_even_when_it_reads_as_the_current_one() {
        let mut old = serde_json::to_value(good_state()).unwrap();
        old["schema"] = 1.into();
        let read = parse_state(&serde_json::to_vec(&old).unwrap()).unwrap();
        assert_eq!(read.migrated_from, Some(1));
        assert_eq!(read.schema, SCHEMA);
        assert_eq!(read.playbook_source, Origin::Bundled);
    }

    #[test]
    fn a_month_key_that_is_not_a_month_is_damage() {
        for key in ["../../etc/passwd", "2026-13", "2026-1", "abcd-ef"] {
            let mut state = serde_json::to_value(good_state()).unwrap();
            state["months"][key] = 1.into();
            let bytes = serde_json::to_vec(&state).unwrap();
            let said = format!("`months` names `{key}` version 1, which is not a month file");
            assert_eq!(parse_state(&bytes), Err(StateProblem::Damaged(said)), "{key}");
            state["schema"] = 1.into();
            let bytes = serde_json::to_vec(&state).unwrap();
            assert!(
                matches!(parse_state(&bytes), Err(StateProblem::Damaged(what)) if what.contains(key)),
                "{key}"
            );
        }
        // The first in the order of their text, a version 0 too.
        let mut state = serde_json::to_value(good_state()).unwrap();
        state["months"]["2026-10"] = 0.into();
        let bytes = serde_json::to_vec(&state).unwrap();
        let said = "`months` names `2026-10` version 0, which is not a month file".to_owned();
        assert_eq!(parse_state(&bytes), Err(StateProblem::Damaged(said.clone())));
        state["months"]["2026-13"] = 1.into();
        let bytes = serde_json::to_vec(&state).unwrap();
        assert_eq!(parse_state(&bytes), Err(StateProblem::Damaged(said)));
    }

    #[test]
    fn json_errors_put_the_place_first() {
        let err = serde_json::from_str::<serde_json::Value>("{\n  \"a\": }").unwrap_err();
        assert_eq!(describe_json_error(&err), "expected value (line 2, column 8)");
    }

    #[test]
    fn month_file_names() {
        assert_eq!(parse_month_name("2026-11.3.json"), Some((Month::parse("2026-11").unwrap(), 3)));
        assert_eq!(parse_month_name(".2026-11.3.json.plan-tmp.55"), None);
        assert_eq!(parse_month_name("2026-13.3.json"), None);
        assert_eq!(parse_month_name("2026-11.03.json"), None);
        assert_eq!(parse_month_name("2026-11.0.json"), None);
        assert_eq!(parse_month_name("notes.txt"), None);
    }

    #[test]
    fn month_files_are_versioned() {
        let (november, october) = (Month::parse("2026-11").unwrap(), Month::parse("2026-10").unwrap());
        let bytes = encode_month(november, &[]);
        assert!(String::from_utf8_lossy(&bytes).contains("\"schema\":1"));
        assert_eq!(parse_month(&bytes, november).unwrap(), Vec::new());
        assert_eq!(parse_month(&bytes, october).unwrap_err(), MonthProblem::Foreign);
        let unversioned = br#"{"format":"plan-checkins","month":"2026-11","entries":[]}"#;
        assert_eq!(parse_month(unversioned, november).unwrap(), Vec::new());
        let newer = br#"{"format":"plan-checkins","schema":2,"month":"2026-11","entries":[],"mood_scale":5}"#;
        assert_eq!(parse_month(newer, november).unwrap_err(), MonthProblem::Newer(2));
        let odd = br#"{"format":"plan-checkins","schema":1,"month":"2026-11","entries":[],"x":1}"#;
        assert!(matches!(parse_month(odd, november), Err(MonthProblem::Damaged(_))));
    }
}
