//! Playbooks: the typed format, the bundled ones, and a parser that reports
//! every problem in a file at once, each with its place. Pure: no I/O here.

use std::collections::{HashMap, HashSet};
use std::fmt;
use std::ops::Range;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use toml::Spanned;
use toml::de::{DeTable, DeValue};

/// The bundled playbooks, compiled in so `plan` works from any folder.
/// The first is the default.
pub const BUNDLED: &[(&str, &str)] = &[
    ("four-steps", include_str!("../plans/four-steps.toml")),
    ("ten-steps", include_str!("../plans/ten-steps.toml")),
    ("after-hurting-them", include_str!("../plans/after-hurting-them.toml")),
    ("seven-steps", include_str!("../plans/seven-steps.toml")),
    ("ex-boyfriend", include_str!("../plans/ex-boyfriend.toml")),
    ("six-steps", include_str!("../plans/six-steps.toml")),
];

/// The text of a bundled playbook.
pub fn bundled(id: &str) -> Option<&'static str> {
    BUNDLED.iter().find(|(bundled_id, _)| *bundled_id == id).map(|(_, text)| *text)
}

/// A playbook: an ordered path of steps, written in TOML.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "plan playbook")]
pub struct Playbook {
    /// Kebab-case name, used with `plan start --playbook ID`.
    #[schemars(regex(pattern = r"^[a-z][a-z0-9]*(-[a-z0-9]+)*$"))]
    pub id: String,
    /// A short title.
    #[schemars(length(min = 1))]
    pub title: String,
    /// Who this playbook is for and the shape of it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "String")]
    pub summary: Option<String>,
    /// Where its advice comes from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "Source")]
    pub source: Option<Source>,
    /// The steps, in the order they are meant to be done.
    #[schemars(length(min = 1))]
    pub steps: Vec<Step>,
}

/// Where a playbook's advice comes from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// The title of the guide, book or person.
    #[schemars(length(min = 1))]
    pub title: String,
    /// One line on what it is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "String")]
    pub description: Option<String>,
}

/// One step of a playbook.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Step {
    /// Kebab-case, unique in its playbook; `plan done STEP_ID` uses it.
    #[schemars(regex(pattern = r"^[a-z][a-z0-9]*(-[a-z0-9]+)*$"))]
    pub id: String,
    /// A short title.
    #[schemars(length(min = 1))]
    pub title: String,
    /// What kind of step this is.
    pub phase: Phase,
    /// What this step is and why.
    #[schemars(length(min = 1))]
    pub summary: String,
    /// A checklist of concrete things to do; `plan done N` ticks task N.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tasks: Vec<String>,
    /// Advice for the step.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tips: Vec<String>,
    /// Things not to do during the step.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub avoid: Vec<String>,
    /// Sample messages.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub examples: Vec<String>,
    /// Gate: the step cannot be completed before the no-contact counter reaches this many days.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "u32", range(max = 36_500))]
    pub min_no_contact_days: Option<u32>,
    /// Gate: ids of steps that must be done first. Without it, the step before must be done.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub after: Vec<String>,
}

/// What kind of work a step is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Phase {
    NoContact,
    SelfFocus,
    Assess,
    Reconnect,
    Talk,
    Rebuild,
}

impl Phase {
    pub const ALL: [Phase; 6] =
        [Phase::NoContact, Phase::SelfFocus, Phase::Assess, Phase::Reconnect, Phase::Talk, Phase::Rebuild];

    pub fn as_str(self) -> &'static str {
        match self {
            Phase::NoContact => "no-contact",
            Phase::SelfFocus => "self-focus",
            Phase::Assess => "assess",
            Phase::Reconnect => "reconnect",
            Phase::Talk => "talk",
            Phase::Rebuild => "rebuild",
        }
    }

    fn parse(text: &str) -> Option<Phase> {
        Phase::ALL.into_iter().find(|phase| phase.as_str() == text)
    }
}

impl fmt::Display for Phase {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Playbook {
    /// The index of a step by id.
    pub fn position(&self, id: &str) -> Option<usize> {
        self.steps.iter().position(|step| step.id == id)
    }
}

/// Every text of a playbook with a name for where it is, such as
/// `step 2 (quiet) task 1`: for checks that look at all of them.
pub fn fields(playbook: &Playbook) -> Vec<(String, &str)> {
    let mut fields = vec![("title".to_owned(), playbook.title.as_str())];
    fields.extend(playbook.summary.as_deref().map(|text| ("summary".to_owned(), text)));
    if let Some(source) = &playbook.source {
        fields.push(("source title".to_owned(), source.title.as_str()));
        fields.extend(source.description.as_deref().map(|text| ("source description".to_owned(), text)));
    }
    for (i, step) in playbook.steps.iter().enumerate() {
        let at = format!("step {} ({})", i + 1, step.id);
        fields.push((format!("{at} title"), &step.title));
        fields.push((format!("{at} summary"), &step.summary));
        for (kind, list) in
            [("task", &step.tasks), ("tip", &step.tips), ("avoid", &step.avoid), ("example", &step.examples)]
        {
            for (n, text) in list.iter().enumerate() {
                fields.push((format!("{at} {kind} {}", n + 1), text));
            }
        }
    }
    fields
}

/// The JSON Schema of the format, for editors (`#:schema` in TOML files).
/// Optional fields are described by their type alone: TOML has no null.
pub fn schema() -> String {
    let schema = schemars::schema_for!(Playbook);
    let mut text = serde_json::to_string_pretty(&schema).expect("a schema always serialises");
    text.push('\n');
    text
}

/// One thing wrong in a playbook file, with where it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub span: Option<Range<usize>>,
    pub message: String,
}

/// How many problems of one file are shown; past that, they are counted.
const MAX_SHOWN: usize = 20;
/// How much of a long source line a snippet shows on each side of the mark.
const SNIPPET_REACH: usize = 60;

/// Every problem found in one playbook file, ready to print.
#[derive(Debug)]
pub struct Problems {
    pub name: String,
    pub text: String,
    pub problems: Vec<Problem>,
}

impl std::error::Error for Problems {}

impl fmt::Display for Problems {
    /// The first line follows the caller's `error: `; every further problem
    /// starts a line of its own with `error: `, so each names its place.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, problem) in self.problems.iter().take(MAX_SHOWN).enumerate() {
            if i > 0 {
                f.write_str("\nerror: ")?;
            }
            match &problem.span {
                Some(span) => {
                    let (line, column) = line_column(&self.text, span.start);
                    write!(f, "{}:{line}:{column}: {}", self.name, problem.message)?;
                    write_snippet(f, &self.text, span, line, column)?;
                }
                None => write!(f, "{}: {}", self.name, problem.message)?,
            }
        }
        if let Some(more) = self.problems.len().checked_sub(MAX_SHOWN).filter(|&more| more > 0) {
            write!(f, "\nerror: {}: and {more} more problems", self.name)?;
        }
        Ok(())
    }
}

/// 1-based line and column (in characters) of a byte offset.
pub fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let offset = floor_char_boundary(text, offset.min(text.len()));
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, before[line_start..].chars().count() + 1)
}

fn floor_char_boundary(text: &str, mut offset: usize) -> usize {
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

fn write_snippet(
    f: &mut fmt::Formatter<'_>,
    text: &str,
    span: &Range<usize>,
    line: usize,
    column: usize,
) -> fmt::Result {
    let Some(source_line) = text.lines().nth(line - 1) else { return Ok(()) };
    let chars: Vec<char> = source_line.chars().collect();
    // A very long line is shown as a window around the mark.
    let first = (column - 1).saturating_sub(SNIPPET_REACH);
    let last = (column - 1 + SNIPPET_REACH).min(chars.len());
    let mut shown: String = chars[first..last].iter().collect();
    let mut offset = column - 1 - first;
    if first > 0 {
        shown.insert(0, '…');
        offset += 1;
    }
    if last < chars.len() {
        shown.push('…');
    }
    let start = floor_char_boundary(text, span.start.min(text.len()));
    let end = floor_char_boundary(text, span.end.min(text.len())).max(start);
    let marked = text[start..end].lines().next().unwrap_or("").chars().count().max(1);
    let marked = marked.min(last.saturating_sub(column - 1).max(1));
    let width = line.to_string().len();
    write!(
        f,
        "\n{:width$} |\n{line} | {shown}\n{:width$} | {}{}",
        "",
        "",
        " ".repeat(offset),
        "^".repeat(marked)
    )
}

/// Parse a playbook, reporting every problem found rather than the first.
pub fn parse(text: &str) -> Result<Playbook, Vec<Problem>> {
    let (document, syntax) = DeTable::parse_recoverable(text);
    if !syntax.is_empty() {
        // What follows a syntax error is guesswork; report the syntax alone.
        return Err(syntax
            .iter()
            .map(|err| Problem { span: err.span(), message: err.message().trim().to_owned() })
            .collect());
    }
    let mut reader = Reader::default();
    let whole = document.span();
    let playbook = reader.playbook(document.get_ref(), whole);
    match playbook {
        Some(playbook) if reader.problems.is_empty() => Ok(playbook),
        _ => Err(reader.problems),
    }
}

const PLAYBOOK_KEYS: &[&str] = &["id", "title", "summary", "source", "steps"];
const SOURCE_KEYS: &[&str] = &["title", "description"];
const STEP_KEYS: &[&str] = &[
    "id",
    "title",
    "phase",
    "summary",
    "tasks",
    "tips",
    "avoid",
    "examples",
    "min_no_contact_days",
    "after",
];

#[derive(Default)]
struct Reader {
    problems: Vec<Problem>,
}

/// A step's gates and id with their places, for the checks across steps.
struct StepMarks {
    id: Spanned<String>,
    after: Vec<Spanned<String>>,
}

impl Reader {
    fn problem(&mut self, span: Range<usize>, message: String) {
        self.problems.push(Problem { span: Some(span), message });
    }

    fn playbook(&mut self, table: &DeTable<'_>, whole: Range<usize>) -> Option<Playbook> {
        let at = whole.start..whole.start;
        self.unknown_keys(table, PLAYBOOK_KEYS, "the playbook");
        let id = self.required_string(table, "id", "the playbook", &at);
        if let Some(id) = &id {
            self.check_id(id, "playbook id");
        }
        let title = self.required_string(table, "title", "the playbook", &at);
        let summary = self.string(table, "summary");
        let source = match table.get("source") {
            Some(value) => self.source(value),
            None => None,
        };
        let steps = match table.get("steps") {
            None => {
                self.problem(at, "the playbook has no steps; add at least one [[steps]] table".into());
                None
            }
            Some(value) => self.steps(value),
        };
        Some(Playbook {
            id: id?.into_inner(),
            title: title?.into_inner(),
            summary: summary.map(Spanned::into_inner),
            source,
            steps: steps?,
        })
    }

    fn source(&mut self, value: &Spanned<DeValue<'_>>) -> Option<Source> {
        let Some(table) = value.get_ref().as_table() else {
            self.problem(
                value.span(),
                format!("`source` must be a table with title and description, not {}", kind(value)),
            );
            return None;
        };
        self.unknown_keys(table, SOURCE_KEYS, "source");
        let title = self.required_string(table, "title", "source", &value.span());
        let description = self.string(table, "description");
        Some(Source { title: title?.into_inner(), description: description.map(Spanned::into_inner) })
    }

    fn steps(&mut self, value: &Spanned<DeValue<'_>>) -> Option<Vec<Step>> {
        let Some(array) = value.get_ref().as_array() else {
            self.problem(
                value.span(),
                format!("`steps` must be an array of tables ([[steps]]), not {}", kind(value)),
            );
            return None;
        };
        if array.is_empty() {
            self.problem(value.span(), "the playbook has no steps; add at least one [[steps]] table".into());
            return None;
        }
        let mut steps = Vec::new();
        let mut marks = Vec::new();
        let mut complete = true;
        for (i, item) in array.iter().enumerate() {
            let (step, mark) = self.step(i + 1, item);
            match step {
                Some(step) => steps.push(step),
                None => complete = false,
            }
            marks.extend(mark);
        }
        self.check_across_steps(&marks);
        complete.then_some(steps)
    }

    /// The step, if it is whole, and its marks, if it has an id.
    fn step(&mut self, number: usize, value: &Spanned<DeValue<'_>>) -> (Option<Step>, Option<StepMarks>) {
        let at = value.span();
        let Some(table) = value.get_ref().as_table() else {
            self.problem(at, format!("step {number} must be a table, not {}", kind(value)));
            return (None, None);
        };
        let name = format!("step {number}");
        self.unknown_keys(table, STEP_KEYS, &name);
        let id = self.required_string(table, "id", &name, &at);
        if let Some(id) = &id {
            self.check_id(id, "step id");
        }
        let title = self.required_string(table, "title", &name, &at);
        let summary = self.required_string(table, "summary", &name, &at);
        let phase = self.required_string(table, "phase", &name, &at).and_then(|phase| {
            let parsed = Phase::parse(phase.get_ref());
            if parsed.is_none() {
                let known: Vec<_> = Phase::ALL.iter().map(|p| p.as_str()).collect();
                self.problem(
                    phase.span(),
                    format!("unknown phase `{}`; expected one of {}", phase.get_ref(), known.join(", ")),
                );
            }
            parsed
        });
        let tasks = self.string_list(table, "tasks");
        let tips = self.string_list(table, "tips");
        let avoid = self.string_list(table, "avoid");
        let examples = self.string_list(table, "examples");
        let after = self.spanned_string_list(table, "after");
        let min_days = self.gate(table);
        let Some(id) = id else { return (None, None) };
        let step = (|| {
            Some(Step {
                id: id.get_ref().clone(),
                title: title?.into_inner(),
                phase: phase?,
                summary: summary?.into_inner(),
                tasks,
                tips,
                avoid,
                examples,
                min_no_contact_days: min_days,
                after: after.iter().map(|a| a.get_ref().clone()).collect(),
            })
        })();
        (step, Some(StepMarks { id, after }))
    }

    fn gate(&mut self, table: &DeTable<'_>) -> Option<u32> {
        let value = table.get("min_no_contact_days")?;
        let Some(integer) = value.get_ref().as_integer() else {
            self.problem(
                value.span(),
                format!("`min_no_contact_days` must be a whole number of days, not {}", kind(value)),
            );
            return None;
        };
        let digits = integer.as_str().replace('_', "");
        let digits = digits.trim_start_matches("0x").trim_start_matches("0o").trim_start_matches("0b");
        match i64::from_str_radix(digits, integer.radix()) {
            Ok(days) if days < 0 => {
                self.problem(
                    value.span(),
                    format!("`min_no_contact_days` is {days}; a gate must be 0 days or more"),
                );
                None
            }
            Ok(days) => match u32::try_from(days) {
                Ok(days) if days <= 36_500 => Some(days),
                _ => {
                    self.problem(
                        value.span(),
                        format!("`min_no_contact_days` is {days}; that is more than a lifetime"),
                    );
                    None
                }
            },
            Err(_) => {
                self.problem(value.span(), "`min_no_contact_days` is not a number of days".into());
                None
            }
        }
    }

    /// Duplicate ids, `after` naming no step, and cycles in `after`.
    fn check_across_steps(&mut self, marks: &[StepMarks]) {
        let mut first_seen: HashMap<&str, usize> = HashMap::new();
        for (i, mark) in marks.iter().enumerate() {
            if let Some(&earlier) = first_seen.get(mark.id.get_ref().as_str()) {
                self.problem(
                    mark.id.span(),
                    format!("duplicate step id `{}`: step {} has it too", mark.id.get_ref(), earlier + 1),
                );
            } else {
                first_seen.insert(mark.id.get_ref(), i);
            }
        }
        for mark in marks {
            for after in &mark.after {
                if !first_seen.contains_key(after.get_ref().as_str()) {
                    self.problem(
                        after.span(),
                        format!("`after` names `{}`, which is not a step of this playbook", after.get_ref()),
                    );
                }
            }
        }
        self.check_cycles(marks, &first_seen);
    }

    fn check_cycles(&mut self, marks: &[StepMarks], index: &HashMap<&str, usize>) {
        // Depth-first search over explicit `after` edges; a node met again
        // while still on the path closes a cycle. The path is an explicit
        // stack of (step, next edge to follow), so a long chain of `after`s
        // cannot overflow the call stack.
        #[derive(Clone, Copy, PartialEq)]
        enum Mark {
            New,
            OnPath,
            Finished,
        }
        let edges: Vec<Vec<usize>> = marks
            .iter()
            .map(|mark| {
                mark.after.iter().filter_map(|after| index.get(after.get_ref().as_str()).copied()).collect()
            })
            .collect();
        let mut seen = vec![Mark::New; marks.len()];
        let mut cycles = Vec::new();
        for root in 0..marks.len() {
            if seen[root] != Mark::New {
                continue;
            }
            seen[root] = Mark::OnPath;
            let mut path = vec![(root, 0)];
            while let Some(top) = path.len().checked_sub(1) {
                let (node, edge) = path[top];
                let Some(&next) = edges[node].get(edge) else {
                    seen[node] = Mark::Finished;
                    path.pop();
                    continue;
                };
                path[top].1 += 1;
                match seen[next] {
                    Mark::New => {
                        seen[next] = Mark::OnPath;
                        path.push((next, 0));
                    }
                    Mark::OnPath => {
                        let from = path.iter().position(|&(n, _)| n == next).unwrap_or(0);
                        cycles.push(path[from..].iter().map(|&(n, _)| n).collect::<Vec<_>>());
                    }
                    Mark::Finished => {}
                }
            }
        }
        for cycle in cycles {
            let names: Vec<&str> = cycle.iter().map(|&n| marks[n].id.get_ref().as_str()).collect();
            let first = &marks[cycle[0]];
            let span = first.after.first().map_or_else(|| first.id.span(), Spanned::span);
            self.problem(
                span,
                format!(
                    "`after` makes a cycle: {} -> {}; no step of it could ever be done",
                    names.join(" -> "),
                    names[0]
                ),
            );
        }
    }

    fn check_id(&mut self, id: &Spanned<String>, what: &str) {
        if !is_kebab_case(id.get_ref()) {
            self.problem(
                id.span(),
                format!(
                    "{what} `{}` must be kebab-case: lowercase letters, digits and single dashes, starting with a letter",
                    id.get_ref()
                ),
            );
        }
    }

    fn unknown_keys(&mut self, table: &DeTable<'_>, known: &[&str], place: &str) {
        for (key, _) in table {
            let name: &str = key.get_ref();
            if !known.contains(&name) {
                self.problem(
                    key.span(),
                    format!("unknown field `{name}` in {place}; expected one of {}", known.join(", ")),
                );
            }
        }
    }

    fn required_string(
        &mut self,
        table: &DeTable<'_>,
        key: &str,
        place: &str,
        at: &Range<usize>,
    ) -> Option<Spanned<String>> {
        if table.get(key).is_none() {
            self.problem(at.start..at.start, format!("{place} is missing `{key}`"));
            return None;
        }
        let value = self.string(table, key)?;
        if value.get_ref().trim().is_empty() {
            self.problem(value.span(), format!("`{key}` in {place} is empty"));
            return None;
        }
        Some(value)
    }

    fn string(&mut self, table: &DeTable<'_>, key: &str) -> Option<Spanned<String>> {
        let value = table.get(key)?;
        if let Some(text) = value.get_ref().as_str() {
            Some(Spanned::new(value.span(), text.to_owned()))
        } else {
            self.problem(value.span(), format!("`{key}` must be a string, not {}", kind(value)));
            None
        }
    }

    fn string_list(&mut self, table: &DeTable<'_>, key: &str) -> Vec<String> {
        self.spanned_string_list(table, key).into_iter().map(Spanned::into_inner).collect()
    }

    fn spanned_string_list(&mut self, table: &DeTable<'_>, key: &str) -> Vec<Spanned<String>> {
        let Some(value) = table.get(key) else { return Vec::new() };
        let Some(array) = value.get_ref().as_array() else {
            self.problem(value.span(), format!("`{key}` must be a list of strings, not {}", kind(value)));
            return Vec::new();
        };
        let mut items = Vec::new();
        for item in array {
            match item.get_ref().as_str() {
                Some(text) => items.push(Spanned::new(item.span(), text.to_owned())),
                None => {
                    self.problem(item.span(), format!("`{key}` must hold only strings, not {}", kind(item)));
                }
            }
        }
        items
    }
}

fn kind(value: &Spanned<DeValue<'_>>) -> &'static str {
    match value.get_ref() {
        DeValue::String(_) => "a string",
        DeValue::Integer(_) => "an integer",
        DeValue::Float(_) => "a float",
        DeValue::Boolean(_) => "a boolean",
        DeValue::Datetime(_) => "a date",
        DeValue::Array(_) => "an array",
        DeValue::Table(_) => "a table",
    }
}

/// Lowercase letters, digits and single dashes, starting with a letter.
pub fn is_kebab_case(id: &str) -> bool {
    id.starts_with(|c: char| c.is_ascii_lowercase())
        && !id.ends_with('-')
        && !id.contains("--")
        && id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

/// Ids of the steps that must be done before step `index`: its `after`
/// list, or else the step before it.
pub fn prerequisites(playbook: &Playbook, index: usize) -> Vec<usize> {
    let step = &playbook.steps[index];
    if step.after.is_empty() {
        index.checked_sub(1).into_iter().collect()
    } else {
        let wanted: HashSet<&str> = step.after.iter().map(String::as_str).collect();
        (0..playbook.steps.len()).filter(|&i| wanted.contains(playbook.steps[i].id.as_str())).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SMALL: &str = r#"
id = "small"
title = "Small"

[[steps]]
id = "quiet"
title = "Go quiet"
phase = "no-contact"
summary = "Stop writing to them."
tasks = ["Mute the chat"]
min_no_contact_days = 21

[[steps]]
id = "you"
title = "You"
phase = "self-focus"
summary = "Look after yourself."
"#;

    fn messages(text: &str) -> Vec<String> {
        parse(text).unwrap_err().into_iter().map(|p| p.message).collect()
    }

    #[test]
    fn the_committed_schema_matches_the_code() {
        let committed = include_str!("../plans/playbook.schema.json");
        assert!(
            committed == schema(),
            "plans/playbook.schema.json is out of date: run `cargo run -- playbook schema > plans/playbook.schema.json`"
        );
    }

    #[test]
    fn bundled_playbooks_point_editors_at_the_schema() {
        for (id, text) in BUNDLED {
            assert!(text.starts_with("#:schema ./playbook.schema.json\n"), "{id} lacks the #:schema line");
        }
    }

    #[test]
    fn parses_a_small_playbook() {
        let playbook = parse(SMALL).unwrap();
        assert_eq!(playbook.id, "small");
        assert_eq!(playbook.steps.len(), 2);
        assert_eq!(playbook.steps[0].min_no_contact_days, Some(21));
        assert_eq!(playbook.steps[1].phase, Phase::SelfFocus);
        assert!(playbook.steps[1].tasks.is_empty());
    }

    #[test]
    fn every_bundled_playbook_parses_and_agrees_with_serde() {
        for (id, text) in BUNDLED {
            let walked = parse(text).unwrap_or_else(|p| panic!("{id}: {p:?}"));
            let derived: Playbook = toml::from_str(text).unwrap();
            assert_eq!(&walked.id, id);
            assert_eq!(walked, derived, "{id}: the walker and the serde types disagree");
        }
    }

    #[test]
    fn reports_every_problem_at_once() {
        let text = SMALL
            .replace("phase = \"self-focus\"", "phase = \"sulking\"")
            .replace("id = \"you\"", "id = \"quiet\"");
        let found = messages(&text);
        assert_eq!(found.len(), 2, "{found:?}");
        assert!(found.iter().any(|m| m.contains("unknown phase `sulking`")));
        assert!(found.iter().any(|m| m.contains("duplicate step id `quiet`")));
    }

    #[test]
    fn missing_and_unknown_fields() {
        let text = SMALL.replace("title = \"You\"\n", "colour = \"blue\"\n");
        let found = messages(&text);
        assert!(found.iter().any(|m| m == "step 2 is missing `title`"), "{found:?}");
        assert!(found.iter().any(|m| m.starts_with("unknown field `colour` in step 2")), "{found:?}");
    }

    #[test]
    fn gates_are_checked() {
        let negative = SMALL.replace("min_no_contact_days = 21", "min_no_contact_days = -3");
        assert!(messages(&negative)[0].contains("must be 0 days or more"));
        let text = SMALL.replace("min_no_contact_days = 21", "min_no_contact_days = \"soon\"");
        assert!(messages(&text)[0].contains("whole number of days"));
    }

    #[test]
    fn after_must_name_a_step_and_not_loop() {
        let text = SMALL.replace("tasks = [\"Mute the chat\"]", "tasks = []\nafter = [\"nowhere\"]");
        assert!(messages(&text)[0].contains("`after` names `nowhere`"));
        let cycle = SMALL
            .replace("tasks = [\"Mute the chat\"]", "after = [\"you\"]")
            .replace("summary = \"Look after yourself.\"", "summary = \"x\"\nafter = [\"quiet\"]");
        let found = messages(&cycle);
        assert!(found.iter().any(|m| m.contains("cycle: quiet -> you -> quiet")), "{found:?}");
    }

    #[test]
    fn no_steps_and_bad_ids() {
        assert!(messages("id = \"x\"\ntitle = \"X\"\n")[0].contains("no steps"));
        assert!(messages("id = \"x\"\ntitle = \"X\"\nsteps = []\n")[0].contains("no steps"));
        let text = SMALL.replace("id = \"small\"", "id = \"Small One\"");
        assert!(messages(&text)[0].contains("must be kebab-case"));
        assert!(is_kebab_case("a1-b2"));
        assert!(!is_kebab_case("1a") && !is_kebab_case("a--b") && !is_kebab_case("a-"));
    }

    #[test]
    fn syntax_errors_have_a_place() {
        let problems = parse("id = \"x\"\ntitle = \n").unwrap_err();
        let span = problems[0].span.clone().unwrap();
        assert_eq!(line_column("id = \"x\"\ntitle = \n", span.start).0, 2);
    }

    #[test]
    fn rendered_problems_name_file_line_and_column() {
        let text = SMALL.replace("phase = \"self-focus\"", "phase = \"sulking\"");
        let problems = Problems { name: "mine.toml".into(), problems: parse(&text).unwrap_err(), text };
        let shown = problems.to_string();
        assert!(shown.starts_with("mine.toml:16:9: unknown phase `sulking`"), "{shown}");
        assert!(shown.contains("16 | phase = \"sulking\"\n   |         ^^^^^^^^^"), "{shown}");
    }

    #[test]
    fn a_long_chain_of_after_does_not_overflow() {
        let mut text = String::from("id = \"chain\"\ntitle = \"Chain\"\n");
        let steps = 60_000;
        for i in 0..steps {
            let after = if i + 1 < steps { format!("after = [\"s{}\"]\n", i + 1) } else { String::new() };
            let step =
                format!("[[steps]]\nid = \"s{i}\"\ntitle = \"t\"\nphase = \"talk\"\nsummary = \"x\"\n");
            text.push_str(&step);
            text.push_str(&after);
        }
        assert_eq!(parse(&text).unwrap().steps.len(), steps);
    }

    #[test]
    fn many_problems_on_one_long_line_stay_short() {
        let text = format!("steps = [{}{{}}]\n", "{},".repeat(15_000));
        let problems = parse(&text).unwrap_err();
        assert!(problems.len() > 15_000);
        let shown = Problems { name: "wide.toml".into(), text, problems }.to_string();
        assert!(shown.len() < 20_000, "{} bytes", shown.len());
        assert!(shown.ends_with("more problems"), "{}", &shown[shown.len() - 80..]);
    }

    #[test]
    fn long_lines_are_shown_as_a_window() {
        let text = format!("id = \"x\"\ntitle = \"{}\"\nnope = 1\n", "long ".repeat(100));
        let problems =
            Problems { name: "w.toml".into(), problems: parse(&text).unwrap_err(), text: text.clone() };
        let shown = problems.to_string();
        assert!(shown.contains("3 | nope = 1\n  | ^^^^"), "{shown}");
        let wide = format!("id = \"x\"\ntitle = \"X\"\nsteps = [{}\"oops\"]\n", "{id=\"a\"}, ".repeat(30));
        let shown =
            Problems { name: "w.toml".into(), problems: parse(&wide).unwrap_err(), text: wide.clone() }
                .to_string();
        assert!(shown.lines().all(|line| line.chars().count() < 160), "{shown}");
    }

    #[test]
    fn line_column_counts_characters() {
        assert_eq!(line_column("ab\ncé d", 7), (2, 4));
        assert_eq!(line_column("", 5), (1, 1));
    }

    #[test]
    fn prerequisites_default_to_the_step_before() {
        let mut playbook = parse(SMALL).unwrap();
        assert_eq!(prerequisites(&playbook, 0), Vec::<usize>::new());
        assert_eq!(prerequisites(&playbook, 1), vec![0]);
        playbook.steps[1].after = vec![];
        playbook.steps.swap(0, 1);
        assert_eq!(prerequisites(&playbook, 1), vec![0]);
    }
}
