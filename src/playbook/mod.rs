//! Playbooks: the typed format and the bundled ones. `parser` reads a
//! playbook's text, reporting every problem at once; `diagnostics` says
//! each with its place. Pure: no I/O here.

mod diagnostics;
mod parser;

use std::collections::HashSet;
use std::fmt;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::i18n::t;
pub use crate::id::{StepId, StepIndex};
pub use diagnostics::{Problem, Problems, line_column};
pub use parser::parse;

/// The bundled playbooks, compiled in so `plan` works from any folder.
/// The first is the default.
pub const BUNDLED: &[(&str, &str)] = &[
    ("four-steps", include_str!("../../plans/four-steps.toml")),
    ("ten-steps", include_str!("../../plans/ten-steps.toml")),
    ("after-hurting-them", include_str!("../../plans/after-hurting-them.toml")),
    ("seven-steps", include_str!("../../plans/seven-steps.toml")),
    ("ex-boyfriend", include_str!("../../plans/ex-boyfriend.toml")),
    ("six-steps", include_str!("../../plans/six-steps.toml")),
    ("move-on", include_str!("../../plans/move-on.toml")),
    ("not-sure-yet", include_str!("../../plans/not-sure-yet.toml")),
];

/// The bundled playbooks written in another language than English: the
/// language's tag, the id (the same as the English one's, as are its step
/// ids, tasks and gates) and the text.
pub const TRANSLATED: &[(&str, &str, &str)] = &[
    ("es", "four-steps", include_str!("../../plans/es/four-steps.toml")),
    ("es", "move-on", include_str!("../../plans/es/move-on.toml")),
    ("es", "not-sure-yet", include_str!("../../plans/es/not-sure-yet.toml")),
    ("de", "four-steps", include_str!("../../plans/de/four-steps.toml")),
    ("de", "move-on", include_str!("../../plans/de/move-on.toml")),
    ("de", "not-sure-yet", include_str!("../../plans/de/not-sure-yet.toml")),
];

/// The language a playbook is written in when it does not say.
pub const ENGLISH: &str = "en";

/// The languages bundled playbooks are written in, in the order listed.
pub const LANGUAGES: [&str; 3] = [ENGLISH, "es", "de"];

/// The text of a bundled playbook, in the language of this run when it is
/// translated into it, else in English.
pub fn bundled(id: &str) -> Option<&'static str> {
    bundled_in(id, language()).or_else(|| bundled_in(id, ENGLISH))
}

/// The text of a bundled playbook in `language` (a tag such as `es`), if
/// it is written in it.
pub fn bundled_in(id: &str, language: &str) -> Option<&'static str> {
    if language == ENGLISH {
        return BUNDLED.iter().find(|(bundled_id, _)| *bundled_id == id).map(|(_, text)| *text);
    }
    TRANSLATED
        .iter()
        .find(|(tag, bundled_id, _)| *tag == language && *bundled_id == id)
        .map(|(_, _, text)| *text)
}

/// The languages a bundled playbook is written in, English first: none
/// for an id that is not bundled.
pub fn languages(id: &str) -> Vec<&'static str> {
    LANGUAGES.into_iter().filter(|language| bundled_in(id, language).is_some()).collect()
}

/// The playbook language of this run: `es` or `de`, else English (for
/// English itself and the pseudo-locale).
pub fn language() -> &'static str {
    match crate::i18n::lang() {
        crate::i18n::Lang::Pseudo => ENGLISH,
        lang @ crate::i18n::Lang::Shipped(_) => lang.tag().split('-').next().unwrap_or(ENGLISH),
    }
}

/// Whether bundled playbook `id` is shown in English although this run
/// speaks another language, for want of a translation.
pub fn untranslated(id: &str) -> bool {
    language() != ENGLISH && bundled_in(id, ENGLISH).is_some() && bundled_in(id, language()).is_none()
}

/// Whether `tag` reads as a language tag: two or three lowercase letters,
/// then any number of subtags of two to eight letters or digits (`es`,
/// `de-AT`, `pt-BR`).
pub fn is_language_tag(tag: &str) -> bool {
    let mut parts = tag.split('-');
    let language = parts.next().unwrap_or_default();
    (2..=3).contains(&language.len())
        && language.chars().all(|c| c.is_ascii_lowercase())
        && parts.all(|part| (2..=8).contains(&part.len()) && part.chars().all(|c| c.is_ascii_alphanumeric()))
}

/// A step as messages name it: its number, title and id, so a person can
/// find it in `plan steps` by whichever they remember (`error.rs` words it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StepName {
    pub index: StepIndex,
    pub title: String,
    pub id: StepId,
}

impl StepName {
    /// The step's number, from 1.
    pub fn number(&self) -> usize {
        self.index.number()
    }
}

/// Where a plan's playbook came from: compiled into `plan`, or a file. It
/// is written as the word `bundled` or as the file's path, in events and JSON.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(from = "String", into = "String")]
pub enum Origin {
    Bundled,
    File(String),
}

impl From<String> for Origin {
    fn from(text: String) -> Origin {
        if text == "bundled" { Origin::Bundled } else { Origin::File(text) }
    }
}

impl From<Origin> for String {
    fn from(origin: Origin) -> String {
        origin.to_string()
    }
}

impl fmt::Display for Origin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Origin::Bundled => f.write_str("bundled"),
            Origin::File(path) => f.write_str(path),
        }
    }
}

/// A playbook: an ordered path of steps, written in TOML.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "plan playbook")]
pub struct Playbook {
    /// Kebab-case name, used with `plan start --playbook ID`.
    #[schemars(regex(pattern = r"^[a-z][a-z0-9]*(-[a-z0-9]+)*$"))]
    pub id: String,
    /// The language it is written in, as a tag (`en`, `es`, `de`); English when absent.
    #[serde(default = "english", skip_serializing_if = "is_english")]
    #[schemars(regex(pattern = r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$"))]
    pub language: String,
    /// A short title.
    #[schemars(length(min = 1))]
    pub title: String,
    /// What this path is for, in one line: `plan playbooks` and `plan start` show it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "String")]
    pub purpose: Option<String>,
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

fn english() -> String {
    ENGLISH.to_owned()
}

fn is_english(language: &str) -> bool {
    language == ENGLISH
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
    #[schemars(with = "String", regex(pattern = r"^[a-z][a-z0-9]*(-[a-z0-9]+)*$"))]
    pub id: StepId,
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
    /// Gate: ids of steps that must be done first. Without it, the step before must be done; `after = []`: none, the step is open from the start, alongside the others.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "Vec<String>")]
    pub after: Option<Vec<StepId>>,
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

    /// The phase as a person reads it, in their language (in English, as
    /// the playbook writes it: `no-contact`).
    pub fn name(self) -> String {
        match self {
            Phase::NoContact => t!("words-phase-no-contact"),
            Phase::SelfFocus => t!("words-phase-self-focus"),
            Phase::Assess => t!("words-phase-assess"),
            Phase::Reconnect => t!("words-phase-reconnect"),
            Phase::Talk => t!("words-phase-talk"),
            Phase::Rebuild => t!("words-phase-rebuild"),
        }
    }

    /// Whether a step of this phase involves contact with the ex: reconnect,
    /// the talk, rebuilding together.
    pub fn involves_contact(self) -> bool {
        matches!(self, Phase::Reconnect | Phase::Talk | Phase::Rebuild)
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
    /// Step `index`.
    pub fn step(&self, index: StepIndex) -> &Step {
        &self.steps[index.get()]
    }

    /// The place of every step, in order.
    pub fn indices(&self) -> impl Iterator<Item = StepIndex> + use<> {
        (0..self.steps.len()).map(StepIndex::new)
    }

    /// How messages name step `index`.
    pub fn name(&self, index: StepIndex) -> StepName {
        let step = self.step(index);
        StepName { index, title: step.title.clone(), id: step.id.clone() }
    }

    /// The position in `steps` of a step by id. Like [`prerequisites`], it
    /// speaks of plain positions in `steps`, as a playbook's own checks do;
    /// a plan's steps are named by [`StepIndex`].
    pub fn position(&self, id: &str) -> Option<usize> {
        self.steps.iter().position(|step| step.id == id)
    }
}

/// Every text of a playbook with a name for where it is, such as
/// `step 2 (quiet) task 1` (in the person's language; the fields' own
/// names, `title`, `summary`, stay as the file has them): for checks that
/// look at all of them.
pub fn fields(playbook: &Playbook) -> Vec<(String, &str)> {
    let mut fields = vec![("title".to_owned(), playbook.title.as_str())];
    fields.extend(playbook.purpose.as_deref().map(|text| ("purpose".to_owned(), text)));
    fields.extend(playbook.summary.as_deref().map(|text| ("summary".to_owned(), text)));
    if let Some(source) = &playbook.source {
        let at = |field: &str| t!("playbook-field-in-source", field = field);
        fields.push((at("title"), source.title.as_str()));
        fields.extend(source.description.as_deref().map(|text| (at("description"), text)));
    }
    for (i, step) in playbook.steps.iter().enumerate() {
        let at =
            |field: &str| t!("playbook-field-in-step", number = i + 1, id = step.id.as_str(), field = field);
        fields.push((at("title"), &step.title));
        fields.push((at("summary"), &step.summary));
        for (n, text) in step.tasks.iter().enumerate() {
            fields.push((at(&t!("playbook-field-task", number = n + 1)), text));
        }
        for (n, text) in step.tips.iter().enumerate() {
            fields.push((at(&t!("playbook-field-tip", number = n + 1)), text));
        }
        for (n, text) in step.avoid.iter().enumerate() {
            fields.push((at(&t!("playbook-field-avoid", number = n + 1)), text));
        }
        for (n, text) in step.examples.iter().enumerate() {
            fields.push((at(&t!("playbook-field-example", number = n + 1)), text));
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

/// Lowercase letters, digits and single dashes, starting with a letter.
pub fn is_kebab_case(id: &str) -> bool {
    id.starts_with(|c: char| c.is_ascii_lowercase())
        && !id.ends_with('-')
        && !id.contains("--")
        && id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

/// The indices of the steps that must be done before step `index`: those
/// its `after` names (none for `after = []`), or, without `after`, the step
/// before it.
pub fn prerequisites(playbook: &Playbook, index: usize) -> Vec<usize> {
    match &playbook.steps[index].after {
        None => index.checked_sub(1).into_iter().collect(),
        Some(after) => {
            let wanted: HashSet<&str> = after.iter().map(StepId::as_str).collect();
            (0..playbook.steps.len()).filter(|&i| wanted.contains(playbook.steps[i].id.as_str())).collect()
        }
    }
}

/// A small playbook for the tests of this module and its parts.
#[cfg(test)]
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_committed_schema_matches_the_code() {
        let committed = include_str!("../../plans/playbook.schema.json");
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
    fn prerequisites_default_to_the_step_before() {
        let mut playbook = parse(SMALL).unwrap();
        assert_eq!(prerequisites(&playbook, 0), Vec::<usize>::new());
        assert_eq!(prerequisites(&playbook, 1), vec![0]);
        // The step before by place, whatever its id.
        playbook.steps.swap(0, 1);
        assert_eq!(prerequisites(&playbook, 1), vec![0]);
    }

    /// SMALL (whose second step ends the text) with `line` added to its second step.
    fn second_step_with(line: &str) -> String {
        format!("{SMALL}{line}\n")
    }

    const THIRD_STEP: &str =
        "\n[[steps]]\nid = \"decide\"\ntitle = \"Decide\"\nphase = \"assess\"\nsummary = \"x\"\n";

    #[test]
    fn after_absent_empty_and_named_are_three_different_gates() {
        // Absent: the step before.
        let absent = parse(SMALL).unwrap();
        assert_eq!(absent.steps[1].after, None);
        assert_eq!(prerequisites(&absent, 1), vec![0]);
        // Empty: nothing; the step is open from the start, beside the first.
        let empty = parse(&second_step_with("after = []")).unwrap();
        assert_eq!(empty.steps[1].after, Some(vec![]));
        assert_eq!(prerequisites(&empty, 1), Vec::<usize>::new());
        // Named: those steps, in the playbook's order.
        let named = parse(&format!("{SMALL}{THIRD_STEP}after = [\"you\", \"quiet\"]\n")).unwrap();
        assert_eq!(named.steps[2].after, Some(vec!["you".into(), "quiet".into()]));
        assert_eq!(prerequisites(&named, 2), vec![0, 1]);
    }

    #[test]
    fn an_empty_after_survives_serde_and_an_absent_one_stays_absent() {
        let empty = parse(&second_step_with("after = []")).unwrap();
        let absent = parse(SMALL).unwrap();
        assert_eq!(toml::from_str::<Playbook>(&second_step_with("after = []")).unwrap(), empty);
        assert_eq!(toml::from_str::<Playbook>(SMALL).unwrap(), absent);
        // A plan keeps its playbook as JSON: both must come back as they were.
        let json = serde_json::to_value(&empty.steps[1]).unwrap();
        assert_eq!(json["after"], serde_json::json!([]));
        assert_eq!(serde_json::from_value::<Step>(json).unwrap().after, Some(vec![]));
        let json = serde_json::to_value(&absent.steps[1]).unwrap();
        assert!(json.get("after").is_none(), "{json}");
        assert_eq!(serde_json::from_value::<Step>(json).unwrap().after, None);
        let text = toml::to_string(&empty).unwrap();
        assert_eq!(toml::from_str::<Playbook>(&text).unwrap(), empty, "{text}");
    }
}
