//! The catalogue (`locales/`): every language has exactly English's
//! messages, each with English's variables; every file parses; every
//! message the code asks for is there, and every English message is asked
//! for. README.md's "Contributing a language" points here.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use fluent_syntax::parser;

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

/// The ids the code asks for: the string literal first in `t!(` and in the
/// few functions that take an id.
fn asked_for() -> BTreeMap<String, PathBuf> {
    let mut files = Vec::new();
    sources(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut files);
    let mut ids = BTreeMap::new();
    for file in files {
        let text = fs::read_to_string(&file).unwrap();
        for opener in ["t!(\"", "i18n::message(\"", "date_words(\""] {
            for (at, _) in text.match_indices(opener) {
                // `format!(` is not `t!(`: the opener begins a name.
                if text[..at].chars().last().is_some_and(|c| c.is_alphanumeric() || c == '_') {
                    continue;
                }
                // Nor is a comment that shows how to call it.
                let line = &text[text[..at].rfind('\n').map_or(0, |n| n + 1)..at];
                if line.trim_start().starts_with("//") {
                    continue;
                }
                let rest = &text[at + opener.len()..];
                let id = &rest[..rest.find('"').unwrap()];
                ids.insert(id.to_owned(), file.clone());
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
