//! The playbook parser: a walk over TOML's own document tree that reports
//! every problem of a file at once, each with its place, where serde would
//! stop at the first. Kept by hand for that reason; a test holds it to what
//! serde reads from the same text.

use std::collections::HashMap;
use std::ops::Range;

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use super::{ENGLISH, Phase, Playbook, Problem, Source, Step, is_kebab_case, is_language_tag};
use crate::i18n::t;

/// Parse a playbook, reporting every problem found rather than the first.
pub fn parse(text: &str) -> Result<Playbook, Vec<Problem>> {
    let (document, syntax) = DeTable::parse_recoverable(text);
    if !syntax.is_empty() {
        // What follows a syntax error is guesswork; report the syntax alone.
        return Err(syntax
            .iter()
            .map(|err| Problem {
                span: err.span(),
                // The TOML reader's own words, which are English, said as
                // what they are in the person's language.
                message: t!("playbook-syntax", message = err.message().trim()),
            })
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

const PLAYBOOK_KEYS: &[&str] = &["id", "language", "title", "purpose", "summary", "source", "steps"];
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

/// Where in a playbook a field is, for the problems that name it.
#[derive(Clone, Copy)]
enum Place {
    Playbook,
    Source,
    /// Step number N, from 1.
    Step(usize),
}

#[derive(Default)]
struct Reader {
    problems: Vec<Problem>,
}

/// A step's gates and id with their places, for the checks across steps.
struct StepMarks {
    id: Spanned<String>,
    /// `None` when the step has no `after`: it then waits for the step before.
    after: Option<Vec<Spanned<String>>>,
}

impl Reader {
    fn problem(&mut self, span: Range<usize>, message: String) {
        self.problems.push(Problem { span: Some(span), message });
    }

    fn playbook(&mut self, table: &DeTable<'_>, whole: Range<usize>) -> Option<Playbook> {
        let at = whole.start..whole.start;
        self.unknown_keys(table, PLAYBOOK_KEYS, Place::Playbook);
        let id = self.required_string(table, "id", Place::Playbook, &at);
        if let Some(id) = &id {
            self.check_id(id, Place::Playbook);
        }
        let language = self.string(table, "language");
        if let Some(tag) = language.as_ref().filter(|tag| !is_language_tag(tag.get_ref())) {
            self.problem(tag.span(), t!("playbook-language-not-a-tag", tag = tag.get_ref().as_str()));
        }
        let title = self.required_string(table, "title", Place::Playbook, &at);
        let purpose = self.string(table, "purpose");
        let summary = self.string(table, "summary");
        let source = match table.get("source") {
            Some(value) => self.source(value),
            None => None,
        };
        let steps = match table.get("steps") {
            None => {
                self.problem(at, t!("playbook-no-steps"));
                None
            }
            Some(value) => self.steps(value),
        };
        Some(Playbook {
            id: id?.into_inner(),
            language: language.map_or_else(|| ENGLISH.to_owned(), Spanned::into_inner),
            title: title?.into_inner(),
            purpose: purpose.map(Spanned::into_inner),
            summary: summary.map(Spanned::into_inner),
            source,
            steps: steps?,
        })
    }

    fn source(&mut self, value: &Spanned<DeValue<'_>>) -> Option<Source> {
        let Some(table) = value.get_ref().as_table() else {
            self.problem(value.span(), t!("playbook-source-not-table", kind = kind(value)));
            return None;
        };
        self.unknown_keys(table, SOURCE_KEYS, Place::Source);
        let title = self.required_string(table, "title", Place::Source, &value.span());
        let description = self.string(table, "description");
        Some(Source { title: title?.into_inner(), description: description.map(Spanned::into_inner) })
    }

    fn steps(&mut self, value: &Spanned<DeValue<'_>>) -> Option<Vec<Step>> {
        let Some(array) = value.get_ref().as_array() else {
            self.problem(value.span(), t!("playbook-steps-not-array", kind = kind(value)));
            return None;
        };
        if array.is_empty() {
            self.problem(value.span(), t!("playbook-no-steps"));
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
            self.problem(at, t!("playbook-step-not-table", number = number, kind = kind(value)));
            return (None, None);
        };
        let place = Place::Step(number);
        self.unknown_keys(table, STEP_KEYS, place);
        let id = self.required_string(table, "id", place, &at);
        if let Some(id) = &id {
            self.check_id(id, place);
        }
        let title = self.required_string(table, "title", place, &at);
        let summary = self.required_string(table, "summary", place, &at);
        let phase = self.required_string(table, "phase", place, &at).and_then(|phase| {
            let parsed = Phase::parse(phase.get_ref());
            if parsed.is_none() {
                let known: Vec<_> = Phase::ALL.iter().map(|p| p.as_str()).collect();
                let message =
                    t!("playbook-unknown-phase", phase = phase.get_ref().as_str(), known = known.join(", "));
                self.problem(phase.span(), message);
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
                id: id.get_ref().as_str().into(),
                title: title?.into_inner(),
                phase: phase?,
                summary: summary?.into_inner(),
                tasks,
                tips,
                avoid,
                examples,
                min_no_contact_days: min_days,
                after: after
                    .as_ref()
                    .map(|after| after.iter().map(|a| a.get_ref().as_str().into()).collect()),
            })
        })();
        (step, Some(StepMarks { id, after }))
    }

    fn gate(&mut self, table: &DeTable<'_>) -> Option<u32> {
        let value = table.get("min_no_contact_days")?;
        let Some(integer) = value.get_ref().as_integer() else {
            self.problem(value.span(), t!("playbook-gate-not-integer", kind = kind(value)));
            return None;
        };
        let digits = integer.as_str().replace('_', "");
        let digits = digits.trim_start_matches("0x").trim_start_matches("0o").trim_start_matches("0b");
        match i64::from_str_radix(digits, integer.radix()) {
            Ok(days) if days < 0 => {
                self.problem(value.span(), t!("playbook-gate-negative", days = days));
                None
            }
            Ok(days) => match u32::try_from(days) {
                Ok(days) if days <= 36_500 => Some(days),
                _ => {
                    self.problem(value.span(), t!("playbook-gate-too-long", days = days));
                    None
                }
            },
            Err(_) => {
                self.problem(value.span(), t!("playbook-gate-not-a-number"));
                None
            }
        }
    }

    /// Duplicate ids, `after` naming no step, and cycles in `after`.
    fn check_across_steps(&mut self, marks: &[StepMarks]) {
        let mut first_seen: HashMap<&str, usize> = HashMap::new();
        for (i, mark) in marks.iter().enumerate() {
            if let Some(&earlier) = first_seen.get(mark.id.get_ref().as_str()) {
                let message =
                    t!("playbook-duplicate-id", id = mark.id.get_ref().as_str(), step = earlier + 1);
                self.problem(mark.id.span(), message);
            } else {
                first_seen.insert(mark.id.get_ref(), i);
            }
        }
        for mark in marks {
            for after in mark.after.iter().flatten() {
                if !first_seen.contains_key(after.get_ref().as_str()) {
                    self.problem(after.span(), t!("playbook-after-unknown", id = after.get_ref().as_str()));
                }
            }
        }
        self.check_cycles(marks, &first_seen);
    }

    fn check_cycles(&mut self, marks: &[StepMarks], index: &HashMap<&str, usize>) {
        // Depth-first search over what each step waits for: the steps its
        // `after` names, or, without `after`, the step before it. A node met
        // again while still on the path closes a cycle. The path is an
        // explicit stack of (step, next edge to follow), so a long chain of
        // `after`s cannot overflow the call stack.
        #[derive(Clone, Copy, PartialEq)]
        enum Mark {
            New,
            OnPath,
            Finished,
        }
        // Each edge: the step waited for, and the place of the `after` entry
        // that names it (`None` for the step before, which nothing names).
        let edges: Vec<Vec<(usize, Option<Range<usize>>)>> = marks
            .iter()
            .enumerate()
            .map(|(i, mark)| match &mark.after {
                None => i.checked_sub(1).map(|before| (before, None)).into_iter().collect(),
                Some(after) => after
                    .iter()
                    .filter_map(|after| {
                        index.get(after.get_ref().as_str()).map(|&to| (to, Some(after.span())))
                    })
                    .collect(),
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
                let Some((next, _)) = edges[node].get(edge) else {
                    seen[node] = Mark::Finished;
                    path.pop();
                    continue;
                };
                let next = *next;
                path[top].1 += 1;
                match seen[next] {
                    Mark::New => {
                        seen[next] = Mark::OnPath;
                        path.push((next, 0));
                    }
                    Mark::OnPath => {
                        // Each step of the cycle with the edge it left by.
                        let from = path.iter().position(|&(n, _)| n == next).unwrap_or(0);
                        cycles.push(path[from..].iter().map(|&(n, e)| (n, e - 1)).collect::<Vec<_>>());
                    }
                    Mark::Finished => {}
                }
            }
        }
        for mut cycle in cycles {
            // Start the story at a step whose `after` makes the cycle, and
            // point there: edges to the step before only go back, so a
            // cycle always holds at least one `after` entry.
            let start = cycle.iter().position(|&(n, e)| edges[n][e].1.is_some()).unwrap_or(0);
            cycle.rotate_left(start);
            let (first, edge) = cycle[0];
            let span = edges[first][edge].1.clone().unwrap_or_else(|| marks[first].id.span());
            let names: Vec<&str> = cycle.iter().map(|&(n, _)| marks[n].id.get_ref().as_str()).collect();
            let waiting: Vec<String> = cycle
                .iter()
                .filter(|&&(n, e)| edges[n][e].1.is_none())
                .map(|&(n, _)| format!("`{}`", marks[n].id.get_ref()))
                .collect();
            let cycle = format!("{} -> {}", names.join(" -> "), names[0]);
            let message = match waiting.as_slice() {
                [] => t!("playbook-cycle", cycle = cycle),
                [one] => t!("playbook-cycle-one-waits", cycle = cycle, step = one.as_str()),
                many => t!("playbook-cycle-many-wait", cycle = cycle, steps = many.join(", ")),
            };
            self.problem(span, message);
        }
    }

    /// A playbook's id, or a step's (`place` is the step).
    fn check_id(&mut self, id: &Spanned<String>, place: Place) {
        if !is_kebab_case(id.get_ref()) {
            let text = id.get_ref().as_str();
            let message = match place {
                Place::Step(_) => t!("playbook-step-id-not-kebab-case", id = text),
                Place::Playbook | Place::Source => t!("playbook-id-not-kebab-case", id = text),
            };
            self.problem(id.span(), message);
        }
    }

    fn unknown_keys(&mut self, table: &DeTable<'_>, known: &[&str], place: Place) {
        for (key, _) in table {
            let name: &str = key.get_ref();
            if !known.contains(&name) {
                let known = known.join(", ");
                let message = match place {
                    Place::Playbook => t!("playbook-unknown-field", field = name, known = known),
                    Place::Source => t!("playbook-unknown-field-in-source", field = name, known = known),
                    Place::Step(number) => {
                        t!("playbook-unknown-field-in-step", field = name, number = number, known = known)
                    }
                };
                self.problem(key.span(), message);
            }
        }
    }

    fn required_string(
        &mut self,
        table: &DeTable<'_>,
        key: &str,
        place: Place,
        at: &Range<usize>,
    ) -> Option<Spanned<String>> {
        if table.get(key).is_none() {
            let message = match place {
                Place::Playbook => t!("playbook-missing", key = key),
                Place::Source => t!("playbook-missing-in-source", key = key),
                Place::Step(number) => t!("playbook-missing-in-step", key = key, number = number),
            };
            self.problem(at.start..at.start, message);
            return None;
        }
        let value = self.string(table, key)?;
        if value.get_ref().trim().is_empty() {
            let message = match place {
                Place::Playbook => t!("playbook-empty", key = key),
                Place::Source => t!("playbook-empty-in-source", key = key),
                Place::Step(number) => t!("playbook-empty-in-step", key = key, number = number),
            };
            self.problem(value.span(), message);
            return None;
        }
        Some(value)
    }

    fn string(&mut self, table: &DeTable<'_>, key: &str) -> Option<Spanned<String>> {
        let value = table.get(key)?;
        if let Some(text) = value.get_ref().as_str() {
            Some(Spanned::new(value.span(), text.to_owned()))
        } else {
            self.problem(value.span(), t!("playbook-not-string", key = key, kind = kind(value)));
            None
        }
    }

    fn string_list(&mut self, table: &DeTable<'_>, key: &str) -> Vec<String> {
        self.spanned_string_list(table, key).into_iter().flatten().map(Spanned::into_inner).collect()
    }

    /// `None` when the key is absent (or not a list, which is a problem),
    /// so that `after = []` and no `after` stay apart.
    fn spanned_string_list(&mut self, table: &DeTable<'_>, key: &str) -> Option<Vec<Spanned<String>>> {
        let value = table.get(key)?;
        let Some(array) = value.get_ref().as_array() else {
            self.problem(value.span(), t!("playbook-not-list", key = key, kind = kind(value)));
            return None;
        };
        let mut items = Vec::new();
        for item in array {
            match item.get_ref().as_str() {
                Some(text) => items.push(Spanned::new(item.span(), text.to_owned())),
                None => {
                    self.problem(item.span(), t!("playbook-not-only-strings", key = key, kind = kind(item)));
                }
            }
        }
        Some(items)
    }
}

/// What a TOML value is, as a problem names it: "a string", "an integer".
fn kind(value: &Spanned<DeValue<'_>>) -> String {
    match value.get_ref() {
        DeValue::String(_) => t!("playbook-kind-string"),
        DeValue::Integer(_) => t!("playbook-kind-integer"),
        DeValue::Float(_) => t!("playbook-kind-float"),
        DeValue::Boolean(_) => t!("playbook-kind-boolean"),
        DeValue::Datetime(_) => t!("playbook-kind-date"),
        DeValue::Array(_) => t!("playbook-kind-array"),
        DeValue::Table(_) => t!("playbook-kind-table"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::playbook::{BUNDLED, SMALL, line_column};

    fn messages(text: &str) -> Vec<String> {
        parse(text).unwrap_err().into_iter().map(|p| p.message).collect()
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
    fn a_step_without_after_waits_for_the_one_before_even_in_a_cycle() {
        let text = SMALL.replace("min_no_contact_days = 21", "after = [\"you\"]");
        let found = messages(&text);
        assert_eq!(
            found,
            ["`after` makes a cycle: quiet -> you -> quiet (`you` has no `after`, so it waits for the step \
              before it); no step of it could ever be done"]
        );
        let free = format!("{text}after = []\n");
        assert_eq!(parse(&free).unwrap().steps[1].after, Some(vec![]));
    }

    #[test]
    fn after_must_be_a_list_of_strings() {
        let text = SMALL.replace("min_no_contact_days = 21", "after = \"you\"");
        assert_eq!(messages(&text), ["`after` must be a list of strings, not a string"]);
        let text = SMALL.replace("min_no_contact_days = 21", "after = [1]");
        assert_eq!(messages(&text), ["`after` must hold only strings, not an integer"]);
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
    fn a_long_chain_of_after_does_not_overflow() {
        let mut text = String::from("id = \"chain\"\ntitle = \"Chain\"\n");
        let steps = 60_000;
        for i in 0..steps {
            // The last waits for nothing: without `after` it would wait
            // for the step before it, which waits for it.
            let after =
                if i + 1 < steps { format!("after = [\"s{}\"]\n", i + 1) } else { "after = []\n".into() };
            let step =
                format!("[[steps]]\nid = \"s{i}\"\ntitle = \"t\"\nphase = \"talk\"\nsummary = \"x\"\n");
            text.push_str(&step);
            text.push_str(&after);
        }
        assert_eq!(parse(&text).unwrap().steps.len(), steps);
    }
}
