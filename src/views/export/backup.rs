//! The JSON export, the backup format: a versioned document with everything
//! the plan holds. Its `events` are what `plan import` replays; the rest
//! (a summary, the playbook, the check-ins, the slips, the steps done) is
//! there for people and other programs, and an import ignores it.
//!
//! Reading one back checks everything before anything is written: that it
//! is whole JSON, a plan export, of a version this `plan` reads, and that
//! its events make one sound plan.

use std::fmt;

use chrono::NaiveDate;
use serde::Serialize;
use serde_json::Value;
use serde_json::error::Category;
use serde_json::value::RawValue;

use crate::event::{Change, Folded, PlanId};
use crate::i18n::t;
use crate::playbook::Origin;
use crate::playbook::{self, Playbook, StepId};
use crate::state::{Checkin, CheckinInput, State};
use crate::views::status::{self, Status};

/// What the document says it is, in its `format` key.
pub const FORMAT: &str = "plan-export";
/// The document's version. A later `plan` that changes what `events` means
/// raises it; this one refuses a version above its own.
pub const VERSION: u32 = 1;

/// `plan export --format json`.
#[derive(Debug, Serialize)]
pub struct Document<'a> {
    pub format: &'static str,
    pub version: u32,
    /// The day of the export.
    pub exported: NaiveDate,
    /// An archived plan's last day (`plan export --archived N`): its
    /// summary is as of that day. Left out for the current plan.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub archived: Option<NaiveDate>,
    /// The plan as `status --json` shows it on that day, with its id.
    pub plan: Summary,
    /// The plan's own copy of the playbook it follows now.
    pub playbook: &'a Playbook,
    /// Every check-in, oldest first, as `log --json` shows them.
    pub checkins: Vec<&'a Checkin>,
    /// The days contact broke no contact, oldest first.
    pub slips: &'a [NaiveDate],
    /// The steps done, in the order they were, those of earlier playbooks first.
    pub steps: Vec<DoneInExport>,
    /// Every change of the plan, its start first, in the order they apply.
    pub events: &'a [Change],
}

#[derive(Debug, Serialize)]
pub struct Summary {
    pub id: String,
    /// Where its playbook came from: `bundled` or a path.
    pub playbook_source: Origin,
    #[serde(flatten)]
    pub status: Status,
}

#[derive(Debug, Serialize)]
pub struct DoneInExport {
    /// The id of the playbook the step is in.
    pub playbook: String,
    pub id: StepId,
    pub title: Option<String>,
    pub date: NaiveDate,
}

/// The export of the plan `plan`, whose `changes` fold to `folded`.
pub fn document<'a>(
    plan: &PlanId,
    changes: &'a [Change],
    folded: &'a Folded,
    today: NaiveDate,
) -> Document<'a> {
    let state = &folded.state;
    // Every playbook the plan has followed, to name the steps done in each.
    let followed: Vec<&Playbook> = changes
        .iter()
        .filter_map(|change| match change {
            Change::Start { playbook, .. } | Change::Switch { playbook, .. } => Some(&**playbook),
            _ => None,
        })
        .collect();
    let title = |playbook: &str, step: &StepId| {
        followed
            .iter()
            .rev()
            .filter(|followed| followed.id == playbook)
            .find_map(|followed| followed.steps.iter().find(|s| &s.id == step))
            .map(|step| step.title.clone())
    };
    let earlier =
        state.earlier.iter().flat_map(|earlier| earlier.done.iter().map(|done| (&earlier.id, done)));
    let current = state.done.iter().map(|done| (&state.playbook.id, done));
    let steps = earlier
        .chain(current)
        .map(|(playbook, done)| DoneInExport {
            playbook: playbook.clone(),
            id: done.id.clone(),
            title: title(playbook, &done.id),
            date: done.date,
        })
        .collect();
    Document {
        format: FORMAT,
        version: VERSION,
        exported: today,
        archived: None,
        plan: Summary {
            id: plan.to_string(),
            playbook_source: state.playbook_source.clone(),
            status: status::status(state, today),
        },
        playbook: &state.playbook,
        checkins: folded.days.values().collect(),
        slips: &state.slips,
        steps,
        events: changes,
    }
}

impl Document<'_> {
    /// The export of an archived plan, whose state is `state`: its summary
    /// as of its last day, `last`, and that day named.
    #[must_use]
    pub fn archived(mut self, state: &State, last: NaiveDate) -> Self {
        self.plan.status = status::status(state, last);
        self.archived = Some(last);
        self
    }
}

/// Why a file cannot be imported. `commands/export.rs` adds the file and a hint.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportProblem {
    Empty,
    /// The JSON stops before its end: a copy cut short.
    Truncated {
        line: usize,
        column: usize,
    },
    /// Not JSON at all, or broken JSON: serde's words, with the place.
    Malformed(String),
    /// JSON, but not a plan export.
    Foreign,
    /// A plan export of a later version than this `plan` reads.
    Newer(u64),
    /// A plan export missing a part, or with a part that does not read:
    /// what, in the words of `export-damaged-*`.
    Damaged(String),
    /// A plan export whose events do not make a sound plan.
    Invalid(Invalid),
}

/// What is wrong with an export's events.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Invalid {
    NoEvents,
    /// The first event does not start a plan.
    NoStart,
    /// Event `event` (1-based) starts another plan: an export holds one.
    SecondStart {
        event: usize,
    },
    /// The playbook of event `event` is not one `plan playbook check` would pass.
    Playbook {
        event: usize,
        id: String,
        problem: String,
    },
    /// A check-in dated before the plan's first day, however it was moved.
    CheckinBeforePlan {
        date: NaiveDate,
        first: NaiveDate,
    },
    /// Event `event` (1-based) carries a date outside the years 0000 to 9999.
    DateOutOfRange {
        event: usize,
        date: NaiveDate,
    },
    /// A mood or an urge out of its range.
    OutOfRange {
        date: NaiveDate,
        what: &'static str,
        value: u8,
    },
}

impl std::error::Error for ImportProblem {}

impl fmt::Display for ImportProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let said = match self {
            ImportProblem::Empty => t!("export-import-empty"),
            ImportProblem::Truncated { line, column } => {
                t!("export-import-truncated", line = *line, column = *column)
            }
            ImportProblem::Malformed(what) => t!("export-import-malformed", what = what.as_str()),
            ImportProblem::Foreign => t!("export-import-foreign", format = FORMAT),
            ImportProblem::Newer(version) => {
                t!("export-import-newer", version = *version, supported = VERSION)
            }
            ImportProblem::Damaged(what) => t!("export-import-damaged", what = what.as_str()),
            ImportProblem::Invalid(invalid) => t!("export-import-damaged", what = invalid.to_string()),
        };
        f.write_str(&said)
    }
}

impl fmt::Display for Invalid {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let said = match self {
            Invalid::NoEvents => t!("export-invalid-no-events"),
            Invalid::NoStart => t!("export-invalid-no-start"),
            Invalid::SecondStart { event } => t!("export-invalid-second-start", event = *event),
            Invalid::Playbook { event, id, problem } => {
                t!("export-invalid-playbook", id = id.as_str(), event = *event, problem = problem.as_str())
            }
            Invalid::CheckinBeforePlan { date, first } => {
                t!("export-invalid-checkin-before-plan", date = date.to_string(), first = first.to_string())
            }
            Invalid::DateOutOfRange { event, date } => {
                t!("export-invalid-date-out-of-range", event = *event, date = date.to_string())
            }
            Invalid::OutOfRange { date, what, value } => {
                if *what == "mood" {
                    t!("export-invalid-mood", date = date.to_string(), value = *value)
                } else {
                    t!("export-invalid-urge", date = date.to_string(), value = *value)
                }
            }
        };
        f.write_str(&said)
    }
}

/// An export as `read` first takes it: the parts it checks, each as
/// written in the file, and nothing else of it (serde skips the rest).
#[derive(serde::Deserialize)]
struct Outline<'a> {
    #[serde(borrow, default)]
    format: Option<&'a RawValue>,
    #[serde(borrow, default)]
    version: Option<&'a RawValue>,
    #[serde(borrow, default)]
    events: Option<&'a RawValue>,
}

/// The changes of the plan a JSON export holds, checked: whole JSON, a plan
/// export of a version this `plan` reads, and events that make a sound plan.
pub fn read(bytes: &[u8]) -> Result<Vec<Change>, ImportProblem> {
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(ImportProblem::Empty);
    }
    // Read in place: the document's parts are borrowed from `bytes`, and
    // each event is turned into a change one at a time, so an import holds
    // the file once and its changes once, never a tree of the whole file.
    let document: Outline<'_> = serde_json::from_slice(bytes).map_err(|err| match err.classify() {
        Category::Eof => ImportProblem::Truncated { line: err.line(), column: err.column() },
        Category::Syntax | Category::Io => ImportProblem::Malformed(err.to_string()),
        // Valid JSON, but not an object: no export.
        Category::Data => ImportProblem::Foreign,
    })?;
    let field = |raw: Option<&RawValue>| raw.and_then(|raw| serde_json::from_str::<Value>(raw.get()).ok());
    if field(document.format).as_ref().and_then(Value::as_str) != Some(FORMAT) {
        return Err(ImportProblem::Foreign);
    }
    match field(document.version).as_ref().and_then(Value::as_u64) {
        None | Some(0) => return Err(ImportProblem::Damaged(t!("export-damaged-no-version"))),
        Some(version) if version > u64::from(VERSION) => return Err(ImportProblem::Newer(version)),
        Some(_) => {}
    }
    let events: Vec<&RawValue> = document
        .events
        .and_then(|raw| serde_json::from_str(raw.get()).ok())
        .ok_or_else(|| ImportProblem::Damaged(t!("export-damaged-no-events")))?;
    let changes = events
        .into_iter()
        .enumerate()
        .map(|(i, event)| {
            serde_json::from_str::<Change>(event.get()).map_err(|err| {
                ImportProblem::Damaged(t!("export-damaged-event", event = i + 1, error = err.to_string()))
            })
        })
        .collect::<Result<Vec<Change>, ImportProblem>>()?;
    check(&changes).map_err(ImportProblem::Invalid)?;
    Ok(changes)
}

/// Whether `changes` make one sound plan, as `plan` itself would have
/// recorded it: a start, then no other; every playbook valid; every
/// check-in within the plan and its values in range.
pub fn check(changes: &[Change]) -> Result<(), Invalid> {
    let Some(first) = changes.first() else { return Err(Invalid::NoEvents) };
    let Change::Start { started, since, .. } = first else { return Err(Invalid::NoStart) };
    // The earliest first day the plan ever had: `plan since` moves it, and
    // a check-in made before a later move stays.
    let mut first_day = (*started).min(*since);
    for (i, change) in changes.iter().enumerate() {
        let event = i + 1;
        if let Some(date) = change.date_out_of_range() {
            return Err(Invalid::DateOutOfRange { event, date });
        }
        match change {
            Change::Start { .. } if i > 0 => return Err(Invalid::SecondStart { event }),
            Change::Start { playbook, .. } | Change::Switch { playbook, .. } => {
                check_playbook(playbook, event)?;
            }
            Change::Since { date } => first_day = first_day.min(*date),
            _ => {}
        }
    }
    for change in changes {
        if let Change::Checkin { date, fields } = change {
            if *date < first_day {
                return Err(Invalid::CheckinBeforePlan { date: *date, first: first_day });
            }
            check_fields(*date, fields)?;
        }
    }
    Ok(())
}

fn check_fields(date: NaiveDate, fields: &CheckinInput) -> Result<(), Invalid> {
    match (fields.mood, fields.urge) {
        (Some(value), _) if !(1..=10).contains(&value) => {
            Err(Invalid::OutOfRange { date, what: "mood", value })
        }
        (_, Some(value)) if value > 10 => Err(Invalid::OutOfRange { date, what: "urge", value }),
        _ => Ok(()),
    }
}

/// A playbook passes if it reads back, as TOML, through the parser every
/// playbook file goes through, as the same playbook.
fn check_playbook(playbook: &Playbook, event: usize) -> Result<(), Invalid> {
    let invalid = |problem: String| Invalid::Playbook { event, id: playbook.id.clone(), problem };
    let text = toml::to_string(playbook).map_err(|err| invalid(err.to_string()))?;
    match playbook::parse(&text) {
        Ok(parsed) if parsed == *playbook => Ok(()),
        Ok(_) => Err(invalid(t!("export-invalid-playbook-changed"))),
        Err(problems) => Err(invalid(problems.into_iter().next().map(|p| p.message).unwrap_or_default())),
    }
}

#[cfg(test)]
mod tests {
    use super::super::replay;
    use super::super::tests::{checkin, d, start};
    use super::*;
    use crate::state::Contact;

    fn changes() -> Vec<Change> {
        vec![
            start("2026-11-01"),
            checkin("2026-11-02", 4, Contact::None, Some("a \"quoted\", comma\nnewline")),
            checkin("2026-11-05", 3, Contact::Initiated, None),
            Change::Why { date: d("2026-11-03"), text: "to like myself again".into() },
        ]
    }

    fn export(changes: &[Change]) -> String {
        let plan = PlanId::of(&"a".into(), 1);
        let folded = replay(&plan, changes).unwrap();
        serde_json::to_string_pretty(&document(&plan, changes, &folded, d("2026-11-10"))).unwrap()
    }

    #[test]
    fn an_export_reads_back_as_the_same_changes() {
        let changes = changes();
        let text = export(&changes);
        assert_eq!(read(text.as_bytes()).unwrap(), changes);
        let value: Value = serde_json::from_str(&text).unwrap();
        assert_eq!(value["format"], "plan-export");
        assert_eq!(value["version"], 1);
        assert_eq!(value["plan"]["id"], "a.1");
        assert_eq!(value["plan"]["no_contact"]["since"], "2026-11-05");
        assert_eq!(value["checkins"][0]["note"], "a \"quoted\", comma\nnewline");
        assert_eq!(value["slips"], serde_json::json!(["2026-11-05"]));
    }

    #[test]
    fn a_cut_short_export_says_where_it_stops() {
        let text = export(&changes());
        let cut = &text[..text.len() / 2];
        assert!(
            matches!(read(cut.as_bytes()), Err(ImportProblem::Truncated { .. })),
            "{:?}",
            read(cut.as_bytes())
        );
        assert_eq!(read(b"  \n"), Err(ImportProblem::Empty));
    }

    #[test]
    fn broken_foreign_and_newer_files_are_told_apart() {
        assert!(matches!(read(b"{\"format\": plan}"), Err(ImportProblem::Malformed(_))));
        assert_eq!(read(b"{\"id\": \"four-steps\", \"steps\": []}"), Err(ImportProblem::Foreign));
        assert_eq!(read(b"[1, 2]"), Err(ImportProblem::Foreign));
        let newer = export(&changes()).replacen("\"version\": 1", "\"version\": 2", 1);
        assert_eq!(read(newer.as_bytes()), Err(ImportProblem::Newer(2)));
        let no_events = r#"{"format": "plan-export", "version": 1}"#;
        assert!(matches!(read(no_events.as_bytes()), Err(ImportProblem::Damaged(_))));
        let unknown = r#"{"format": "plan-export", "version": 1, "events": [{"type": "teleport"}]}"#;
        let Err(ImportProblem::Damaged(what)) = read(unknown.as_bytes()) else { panic!() };
        assert!(what.starts_with("event 1 does not read: unknown variant `teleport`"), "{what}");
    }

    #[test]
    fn events_that_make_no_sound_plan_are_refused() {
        assert_eq!(check(&[]), Err(Invalid::NoEvents));
        assert_eq!(check(&changes()[1..]), Err(Invalid::NoStart));
        let mut twice = changes();
        twice.push(start("2026-11-06"));
        assert_eq!(check(&twice), Err(Invalid::SecondStart { event: 5 }));
        let early = vec![start("2026-11-01"), checkin("2026-10-31", 5, Contact::None, None)];
        assert_eq!(
            check(&early),
            Err(Invalid::CheckinBeforePlan { date: d("2026-10-31"), first: d("2026-11-01") })
        );
        // `plan since` moved the first day back, then forward again: the check-in stays.
        let moved = vec![
            start("2026-11-01"),
            Change::Since { date: d("2026-10-20") },
            checkin("2026-10-25", 5, Contact::None, None),
            Change::Since { date: d("2026-10-28") },
        ];
        assert_eq!(check(&moved), Ok(()));
        let loud = vec![start("2026-11-01"), checkin("2026-11-02", 11, Contact::None, None)];
        assert_eq!(check(&loud), Err(Invalid::OutOfRange { date: d("2026-11-02"), what: "mood", value: 11 }));
    }

    #[test]
    fn a_playbook_is_checked_as_a_playbook_file_would_be() {
        let mut broken = changes();
        let Change::Start { playbook, .. } = &mut broken[0] else { panic!() };
        playbook.steps[1].id = playbook.steps[0].id.clone();
        let Err(Invalid::Playbook { event: 1, id, problem }) = check(&broken) else { panic!() };
        assert_eq!(id, "four-steps");
        assert!(problem.contains("duplicate"), "{problem}");
    }
}
