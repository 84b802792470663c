//! The catalogue (`locales/`): every language has exactly English's
//! messages, each with English's variables; every file parses; every
//! message the code asks for is there, and every English message is asked
//! for. README.md's "Contributing a language" points here.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use fluent_syntax::parser;

use crate::rust_source::literals;

const ENGLISH: &str = "en-US";

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("locales")
}

/// Every language's folder name, English first.
fn locales() -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(root())
        .unwrap()
        .map(|entry| entry.unwrap().file_name().into_string().unwrap())
        .filter(|name| name != ENGLISH)
        .collect();
    names.sort();
    names.insert(0, ENGLISH.to_owned());
    names
}

/// A language's messages: for each id, the variables it uses and the
/// messages it refers to.
#[derive(Default)]
struct Messages {
    variables: BTreeMap<String, BTreeSet<String>>,
    references: BTreeSet<String>,
}

fn walk_inline(
    expression: &InlineExpression<&str>,
    variables: &mut BTreeSet<String>,
    references: &mut BTreeSet<String>,
) {
    match expression {
        InlineExpression::VariableReference { id } => {
            variables.insert(id.name.to_owned());
        }
        InlineExpression::MessageReference { id, .. } => {
            references.insert(id.name.to_owned());
        }
        InlineExpression::Placeable { expression } => walk_expression(expression, variables, references),
        InlineExpression::FunctionReference { arguments, .. }
        | InlineExpression::TermReference { arguments: Some(arguments), .. } => {
            for argument in &arguments.positional {
                walk_inline(argument, variables, references);
            }
            for named in &arguments.named {
                walk_inline(&named.value, variables, references);
            }
        }
        _ => {}
    }
}

fn walk_expression(
    expression: &Expression<&str>,
    variables: &mut BTreeSet<String>,
    references: &mut BTreeSet<String>,
) {
    match expression {
        Expression::Inline(inline) => walk_inline(inline, variables, references),
        Expression::Select { selector, variants } => {
            walk_inline(selector, variables, references);
            for variant in variants {
                walk_pattern(&variant.value, variables, references);
            }
        }
    }
}

fn walk_pattern(
    pattern: &Pattern<&str>,
    variables: &mut BTreeSet<String>,
    references: &mut BTreeSet<String>,
) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            walk_expression(expression, variables, references);
        }
    }
}

/// The messages of `locale`, by group; a file that does not parse fails.
fn read(locale: &str) -> BTreeMap<String, Messages> {
    let mut groups = BTreeMap::new();
    for entry in fs::read_dir(root().join(locale)).unwrap() {
        let path = entry.unwrap().path();
        let group = path.file_stem().unwrap().to_str().unwrap().to_owned();
        assert_eq!(
            path.extension().and_then(|e| e.to_str()),
            Some("ftl"),
            "{} is not a .ftl file",
            path.display()
        );
        let text = fs::read_to_string(&path).unwrap();
        let resource = match parser::parse(text.as_str()) {
            Ok(resource) => resource,
            Err((_, errors)) => panic!("{} does not parse: {errors:?}", path.display()),
        };
        let mut messages = Messages::default();
        for entry in resource.body {
            match entry {
                Entry::Message(message) => {
                    let id = message.id.name.to_owned();
                    assert!(
                        id.starts_with(&format!("{group}-")),
                        "{}: the id {id} does not begin with its group, {group}-",
                        path.display()
                    );
                    let mut variables = BTreeSet::new();
                    let pattern = message
                        .value
                        .as_ref()
                        .unwrap_or_else(|| panic!("{}: {id} has no value", path.display()));
                    walk_pattern(pattern, &mut variables, &mut messages.references);
                    assert!(
                        messages.variables.insert(id.clone(), variables).is_none(),
                        "{}: {id} twice",
                        path.display()
                    );
                }
                Entry::Term(term) => {
                    panic!("{}: terms (-{}) are not used; write a message", path.display(), term.id.name)
                }
                Entry::Junk { content } => panic!("{}: cannot read {content:?}", path.display()),
                _ => {}
            }
        }
        groups.insert(group, messages);
    }
    groups
}

#[test]
fn every_language_has_exactly_englishs_messages_and_variables() {
    let english = read(ENGLISH);
    let mut problems = Vec::new();
    for locale in locales().iter().skip(1) {
        let theirs = read(locale);
        for group in theirs.keys().filter(|group| !english.contains_key(*group)) {
            problems.push(format!("{locale}/{group}.ftl: no such file in {ENGLISH}"));
        }
        for (group, ours) in &english {
            let Some(their) = theirs.get(group) else {
                problems.push(format!("{locale}/{group}.ftl is missing"));
                continue;
            };
            for (id, variables) in &ours.variables {
                match their.variables.get(id) {
                    None => problems.push(format!("{locale}/{group}.ftl: missing {id}")),
                    Some(theirs) if theirs != variables => problems.push(format!(
                        "{locale}/{group}.ftl: {id} uses {theirs:?}, English uses {variables:?}"
                    )),
                    Some(_) => {}
                }
            }
            for id in their.variables.keys().filter(|id| !ours.variables.contains_key(*id)) {
                problems.push(format!("{locale}/{group}.ftl: {id} is not in English"));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// Every `.rs` file under `src/`.
fn sources(dir: &Path, files: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            sources(&path, files);
        } else if path.extension().is_some_and(|e| e == "rs") {
            files.push(path);
        }
    }
}

/// The ids the code asks for: the string literals that `t!(…)` and the
/// few functions that take an id (`i18n::message`, `i18n::english`,
/// `text::date_words`) are
/// given, read by the lexer, so a call rustfmt broke over lines counts.
fn asked_for() -> BTreeMap<String, PathBuf> {
    let mut files = Vec::new();
    sources(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut files);
    let is_id = |text: &str| {
        text.contains('-') && text.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
    };
    let mut ids = BTreeMap::new();
    for file in files {
        for literal in literals(&fs::read_to_string(&file).unwrap()) {
            let takes_id =
                matches!(literal.callee.as_deref(), Some("t!" | "message" | "english" | "date_words"));
            if takes_id && is_id(&literal.text) {
                ids.insert(literal.text, file.clone());
            }
        }
    }
    ids
}

#[test]
fn every_message_the_code_asks_for_is_there_and_every_one_is_asked_for() {
    let english = read(ENGLISH);
    let known: BTreeSet<&String> = english.values().flat_map(|messages| messages.variables.keys()).collect();
    let referenced: BTreeSet<&String> = english.values().flat_map(|messages| &messages.references).collect();
    let asked = asked_for();
    let missing: Vec<String> = asked
        .iter()
        .filter(|(id, _)| !known.contains(id))
        .map(|(id, file)| format!("{id} (in {})", file.display()))
        .collect();
    assert!(missing.is_empty(), "asked for, not in locales/{ENGLISH}: {missing:#?}");
    let unused: Vec<&&String> =
        known.iter().filter(|id| !asked.contains_key(id.as_str()) && !referenced.contains(**id)).collect();
    assert!(unused.is_empty(), "in locales/{ENGLISH}, asked for nowhere: {unused:#?}");
}

/// Whether a literal holds words a person reads: two words of letters
/// side by side (`no contact`, `Done.`-like sentences), once what is not
/// prose is taken out: `{…}` placeholders, `<…>` markup, `` `…` `` code.
fn holds_words(text: &str) -> bool {
    let mut prose = String::new();
    let mut closing: Option<char> = None;
    for c in text.chars() {
        match closing {
            Some(end) if c == end => closing = None,
            Some(_) => {}
            None => match c {
                '{' => closing = Some('}'),
                '<' => closing = Some('>'),
                '`' => closing = Some('`'),
                _ => prose.push(c),
            },
        }
    }
    let words: Vec<&str> = prose
        .split(|c: char| c.is_whitespace() || ",;!?()\"'".contains(c))
        .filter(|word| word.chars().filter(|c| c.is_alphabetic()).count() >= 2)
        // Names, not words: files, keys, flags and paths.
        .filter(|word| {
            !word.contains(['.', '_', '/', '=', ':', '-', '@', '%', '\\']) || word.ends_with(['.', ':'])
        })
        .collect();
    // Two words side by side, or one ending a sentence (`Done.`, not `.plan-tmp.`).
    let sentence =
        |word: &&str| word.ends_with('.') && word.len() > 3 && word.starts_with(char::is_alphabetic);
    words.len() >= 2 || words.iter().any(sentence)
}

/// Calls whose words are not for the person: they are for the catalogue
/// (its ids), for developers (a broken invariant), code, or what a
/// library's own message is matched against.
const NOT_FOR_A_PERSON: [&str; 20] = [
    "t!",
    "expect",
    "panic!",
    "unreachable!",
    "assert!",
    "assert_eq!",
    "debug_assert!",
    "debug_assert_eq!",
    "include_str!",
    "concat!",
    "env!",
    "message",
    "starts_with",
    "strip_prefix",
    "strip_suffix",
    "ends_with",
    "contains",
    "find",
    "rfind",
    "matches!",
];

/// Words that are not prose for a person, each with why: the text of files
/// written for programs (the same in every language, as the plan's own
/// files are), class names in the report's markup, and data.
const NOT_PROSE: [(&str, &str); 13] = [
    ("src/i18n.rs", "AG AS BD"), // CLDR's regions whose week begins on Sunday
    ("src/i18n.rs", "AE AF BH"), // … and on Saturday
    ("src/store/device.rs", "# plan's key:"), // the key file's comment line, read back by `key import`
    ("src/store/partners.rs", "# created:"), // the age identity file's header, as age-keygen writes it
    ("src/store/layout.rs", "conflicted copy"), // the name sync tools give a conflict copy
    ("src/views/remind.rs", "# Written by"), // a systemd unit's comment
    ("src/views/remind.rs", "{header}\n[Unit]"), // a systemd unit
    ("src/views/remind.rs", "Description="), // a systemd unit's key
    ("src/views/remind.rs", "display notification"), // AppleScript
    ("src/views/remind.rs", "{} {} * * *"), // a crontab line
    ("src/views/export/calendar.rs", "DT"), // iCalendar's DTSTART and DTEND
    ("src/views/report/", ""),   // class names: "tick minor", "run current", "day out"
    ("src/views/report/html.rs", "<code>plan"), // a command, in the report's markup
];

#[test]
fn no_words_reach_a_person_without_the_catalogue() {
    let mut files = Vec::new();
    sources(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut files);
    files.sort();
    let mut found = Vec::new();
    for file in &files {
        let source = fs::read_to_string(file).unwrap();
        for literal in literals(&source) {
            if literal.in_attribute
                || literal.pattern
                || literal.callee.as_deref().is_some_and(|callee| NOT_FOR_A_PERSON.contains(&callee))
            {
                continue;
            }
            let shown = file.strip_prefix(env!("CARGO_MANIFEST_DIR")).unwrap_or(file).to_string_lossy();
            let shown = shown.trim_start_matches('/');
            // A command stays as it is typed, in every language.
            if literal.text.starts_with("plan ") || literal.text == "plan" {
                continue;
            }
            if NOT_PROSE.iter().any(|(place, start)| {
                shown.starts_with(place)
                    && literal.text.starts_with(start)
                    && (!start.is_empty() || !literal.text.contains(". "))
            }) {
                continue;
            }
            if holds_words(&literal.text) {
                found.push(format!("{shown}:{}: {:?}", literal.line, literal.text));
            }
        }
    }
    assert!(
        found.is_empty(),
        "{} literals with words outside the catalogue:\n{}",
        found.len(),
        found.join("\n")
    );
}
