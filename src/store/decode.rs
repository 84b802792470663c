//! Turning the bytes of the plan folder into a state and months of
//! check-ins, migrating older layouts, and telling exactly what is wrong
//! with a file that does not read.

use serde::{Deserialize, Serialize};

use crate::state::{self, Checkin, State};

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
pub fn parse_state(bytes: &[u8]) -> Result<State, StateProblem> {
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
    if header.format.as_deref() != Some(state::FORMAT) {
        return Err(StateProblem::Foreign);
    }
    let schema = header.schema.ok_or_else(|| StateProblem::Damaged("missing field `schema`".into()))?;
    let state = match schema {
        s if s > state::SCHEMA => return Err(StateProblem::Newer(s)),
        s if s == state::SCHEMA => serde_json::from_slice::<State>(bytes)
            .map_err(|err| StateProblem::Damaged(describe_json_error(&err)))?,
        0 => return Err(StateProblem::Damaged("state schema 0 was never written by plan".into())),
        older => migrated(bytes, older)?,
    };
    check_months(&state)?;
    Ok(state)
}

/// Read a state of an older schema through [`state::migrate`].
fn migrated(bytes: &[u8], schema: u32) -> Result<State, StateProblem> {
    let value =
        serde_json::from_slice(bytes).map_err(|err| StateProblem::Damaged(describe_json_error(&err)))?;
    let value = state::migrate(value, schema).map_err(StateProblem::Damaged)?;
    let mut state: State = serde_json::from_value(value).map_err(|err| {
        StateProblem::Damaged(format!("(state schema {schema}) {}", describe_json_error(&err)))
    })?;
    state.migrated_from = Some(schema);
    Ok(state)
}

/// The state names month files by key; a key that is not a month could
/// name a file outside the folder.
fn check_months(state: &State) -> Result<(), StateProblem> {
    match state.months.iter().find(|(month, generation)| !is_month(month) || **generation == 0) {
        Some((month, generation)) => Err(StateProblem::Damaged(format!(
            "`months` names `{month}` version {generation}, which is not a month file"
        ))),
        None => Ok(()),
    }
}

/// `YYYY-MM`, with a month from 01 to 12.
pub fn is_month(text: &str) -> bool {
    let bytes = text.as_bytes();
    bytes.len() == 7
        && bytes[4] == b'-'
        && bytes.iter().enumerate().all(|(i, b)| i == 4 || b.is_ascii_digit())
        && matches!(text[5..].parse::<u8>(), Ok(1..=12))
}

/// The file name of one version of a month.
pub fn month_file_name(month: &str, generation: u32) -> String {
    format!("{month}.{generation}.json")
}

/// `YYYY-MM.G.json` as (month, generation).
pub fn parse_month_name(name: &str) -> Option<(&str, u32)> {
    let (month, generation) = name.strip_suffix(".json")?.split_once('.')?;
    let generation: u32 = generation.parse().ok().filter(|g| *g > 0)?;
    (is_month(month) && name == month_file_name(month, generation)).then_some((month, generation))
}

pub fn encode_month(month: &str, entries: &[Checkin]) -> Vec<u8> {
    let file = MonthFile {
        format: MONTH_FORMAT.to_owned(),
        schema: MONTH_SCHEMA,
        month: month.to_owned(),
        entries: entries.to_vec(),
    };
    serde_json::to_vec(&file).expect("check-ins always serialise")
}

/// The check-ins of `month`, oldest first.
pub fn parse_month(bytes: &[u8], month: &str) -> Result<Vec<Checkin>, MonthProblem> {
    match serde_json::from_slice::<MonthFile>(bytes) {
        Ok(file) if file.format != MONTH_FORMAT || file.month != month => Err(MonthProblem::Foreign),
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
        let broken = parse_state(b"{\"format\": \"plan-state\", \"schema\": 2}").unwrap_err();
        assert!(
            matches!(&broken, StateProblem::Damaged(what) if what.starts_with("missing field")),
            "{broken:?}"
        );
    }

    fn good_state() -> State {
        let date = chrono::NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
        State::new(
            crate::playbook::parse(crate::playbook::BUNDLED[0].1).unwrap(),
            "bundled".into(),
            date,
            date,
        )
    }

    #[test]
    fn an_older_schema_is_migrated_even_when_it_reads_as_the_current_one() {
        let mut old = serde_json::to_value(good_state()).unwrap();
        old["schema"] = 1.into();
        let read = parse_state(&serde_json::to_vec(&old).unwrap()).unwrap();
        assert_eq!(read.migrated_from, Some(1));
        assert_eq!(read.schema, crate::state::SCHEMA);
        assert_eq!(read.playbook_source, "bundled");
    }

    #[test]
    fn a_month_key_that_is_not_a_month_is_damage() {
        for key in ["../../etc/passwd", "2026-13", "2026-1", "abcd-ef"] {
            let mut state = good_state();
            state.months.insert(key.into(), 1);
            let bytes = serde_json::to_vec(&state).unwrap();
            assert!(matches!(parse_state(&bytes), Err(StateProblem::Damaged(_))), "{key}");
        }
    }

    #[test]
    fn json_errors_put_the_place_first() {
        let err = serde_json::from_str::<serde_json::Value>("{\n  \"a\": }").unwrap_err();
        assert_eq!(describe_json_error(&err), "expected value (line 2, column 8)");
    }

    #[test]
    fn month_file_names() {
        assert_eq!(parse_month_name("2026-11.3.json"), Some(("2026-11", 3)));
        assert_eq!(parse_month_name(".2026-11.3.json.plan-tmp.55"), None);
        assert_eq!(parse_month_name("2026-13.3.json"), None);
        assert_eq!(parse_month_name("2026-11.03.json"), None);
        assert_eq!(parse_month_name("2026-11.0.json"), None);
        assert_eq!(parse_month_name("notes.txt"), None);
    }

    #[test]
    fn month_files_are_versioned() {
        let bytes = encode_month("2026-11", &[]);
        assert!(String::from_utf8_lossy(&bytes).contains("\"schema\":1"));
        assert_eq!(parse_month(&bytes, "2026-11").unwrap(), Vec::new());
        assert_eq!(parse_month(&bytes, "2026-10").unwrap_err(), MonthProblem::Foreign);
        let unversioned = br#"{"format":"plan-checkins","month":"2026-11","entries":[]}"#;
        assert_eq!(parse_month(unversioned, "2026-11").unwrap(), Vec::new());
        let newer = br#"{"format":"plan-checkins","schema":2,"month":"2026-11","entries":[],"mood_scale":5}"#;
        assert_eq!(parse_month(newer, "2026-11").unwrap_err(), MonthProblem::Newer(2));
        let odd = br#"{"format":"plan-checkins","schema":1,"month":"2026-11","entries":[],"x":1}"#;
        assert!(matches!(parse_month(odd, "2026-11"), Err(MonthProblem::Damaged(_))));
    }
}
