//! The shape the code promises (STYLE.md) where neither the compiler nor
//! clippy checks it. The pure core and the one clock are for clippy.toml's
//! `disallowed-methods` to hold, not a search of the source text.

use std::fs;

use crate::rust_source::{Literal, literals};

const SRC: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/src");

fn source(name: &str) -> String {
    fs::read_to_string(format!("{SRC}/{name}")).unwrap_or_else(|err| panic!("src/{name}: {err}"))
}

#[test]
fn main_stays_thin() {
    let lines = source("main.rs").lines().filter(|line| !line.trim().is_empty()).count();
    assert!(lines <= 30, "src/main.rs has {lines} lines; dispatch belongs in commands/mod.rs");
}

/// Every file in tests/integration is a module of the one test binary: a
/// file left out would never run, and nothing else would say so (as jj's
/// `tests/runner.rs` checks).
#[test]
fn every_test_file_is_registered() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/integration");
    let main = fs::read_to_string(format!("{dir}/main.rs")).unwrap();
    let registered: Vec<&str> =
        main.lines().filter_map(|line| line.strip_prefix("mod ")?.strip_suffix(';')).collect();
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let Some(stem) = path.file_stem().and_then(|stem| stem.to_str()) else { continue };
        if path.extension().is_some_and(|ext| ext == "rs") && stem != "main" {
            assert!(
                registered.contains(&stem),
                "tests/integration/{stem}.rs is not `mod {stem};` in main.rs"
            );
        }
    }
}

/// The top-level modules of `src/` each file names through `crate::`, by
/// the module the file belongs to. `use crate::{a, b::c}` names `a` and `b`.
/// Comments are not read.
fn use_graph() -> std::collections::BTreeMap<String, std::collections::BTreeSet<String>> {
    let mut graph: std::collections::BTreeMap<String, std::collections::BTreeSet<String>> =
        std::collections::BTreeMap::new();
    let mut files = vec![std::path::PathBuf::from(SRC)];
    while let Some(path) = files.pop() {
        if path.is_dir() {
            files.extend(fs::read_dir(&path).unwrap().map(|entry| entry.unwrap().path()));
            continue;
        }
        if path.extension().is_none_or(|ext| ext != "rs") {
            continue;
        }
        let relative = path.strip_prefix(SRC).unwrap();
        let first = relative.components().next().unwrap().as_os_str().to_str().unwrap();
        let module = first.trim_end_matches(".rs").to_owned();
        let text: String = fs::read_to_string(&path)
            .unwrap()
            .lines()
            .filter(|line| !line.trim_start().starts_with("//"))
            .collect::<Vec<_>>()
            .join("\n");
        let named = graph.entry(module.clone()).or_default();
        for (at, _) in text.match_indices("crate::") {
            for name in names_after(&text[at + "crate::".len()..]) {
                if name != module {
                    named.insert(name);
                }
            }
        }
    }
    graph
}

/// The first path segment of each item after `crate::`: one name, or each
/// of a `{…}` list.
fn names_after(rest: &str) -> Vec<String> {
    let ident = |text: &str| -> String {
        text.trim_start().chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect()
    };
    let Some(list) = rest.strip_prefix('{') else { return vec![ident(rest)] };
    let mut depth = 1;
    let mut items = Vec::new();
    let mut item = String::new();
    for c in list.chars() {
        match c {
            '{' => depth += 1,
            '}' if depth == 1 => break,
            '}' => depth -= 1,
            ',' if depth == 1 => {
                items.push(ident(&item));
                item.clear();
                continue;
            }
            _ => {}
        }
        if depth == 1 {
            item.push(c);
        }
    }
    items.push(ident(&item));
    items.into_iter().filter(|name| !name.is_empty() && name != "self").collect()
}

/// A cycle in `graph`, as the modules around it, if there is one.
fn a_cycle(
    graph: &std::collections::BTreeMap<String, std::collections::BTreeSet<String>>,
) -> Option<Vec<String>> {
    fn visit(
        graph: &std::collections::BTreeMap<String, std::collections::BTreeSet<String>>,
        node: &str,
        path: &mut Vec<String>,
        done: &mut std::collections::BTreeSet<String>,
    ) -> Option<Vec<String>> {
        if let Some(at) = path.iter().position(|seen| seen == node) {
            let mut cycle = path[at..].to_vec();
            cycle.push(node.to_owned());
            return Some(cycle);
        }
        if done.contains(node) {
            return None;
        }
        path.push(node.to_owned());
        for next in graph.get(node).into_iter().flatten() {
            if let Some(cycle) = visit(graph, next, path, done) {
                return Some(cycle);
            }
        }
        path.pop();
        done.insert(node.to_owned());
        None
    }
    let mut done = std::collections::BTreeSet::new();
    graph.keys().find_map(|node| visit(graph, node, &mut Vec::new(), &mut done))
}

#[test]
fn the_graph_reader_sees_lists_and_cycles() {
    assert_eq!(names_after("{render, view::Status};"), ["render", "view"]);
    assert_eq!(names_after("store::Home"), ["store"]);
    let graph = [("a", "b"), ("b", "c"), ("c", "a")]
        .into_iter()
        .map(|(from, to)| (from.to_owned(), [to.to_owned()].into()))
        .collect();
    assert_eq!(a_cycle(&graph), Some(vec!["a".into(), "b".into(), "c".into(), "a".into()]));
}

/// Dependencies point one way (STYLE.md): no module of `src/` reaches back,
/// through any chain, to one that names it.
#[test]
fn the_modules_have_no_cycle() {
    let graph = use_graph();
    if let Some(cycle) = a_cycle(&graph) {
        panic!("a cycle among the modules: {}", cycle.join(" → "));
    }
}

/// Inside a module with a folder of its own (`report/`, `store/`…), the
/// files beside each other do not name each other in a circle either: a
/// part used by two others moves up to the module, or into a part of its own.
#[test]
fn the_parts_of_each_module_have_no_cycle() {
    for entry in fs::read_dir(SRC).unwrap() {
        let dir = entry.unwrap().path();
        if !dir.is_dir() {
            continue;
        }
        let module = dir.file_name().unwrap().to_str().unwrap().to_owned();
        let parts: Vec<String> = fs::read_dir(&dir)
            .unwrap()
            .filter_map(|entry| {
                let path = entry.unwrap().path();
                let stem = path.file_stem()?.to_str()?.to_owned();
                (path.extension().is_some_and(|ext| ext == "rs") && stem != "mod").then_some(stem)
            })
            .collect();
        let mut graph: std::collections::BTreeMap<String, std::collections::BTreeSet<String>> =
            std::collections::BTreeMap::new();
        for part in &parts {
            let text: String = fs::read_to_string(dir.join(format!("{part}.rs")))
                .unwrap()
                .lines()
                .filter(|line| !line.trim_start().starts_with("//"))
                .collect::<Vec<_>>()
                .join("\n");
            let named = graph.entry(part.clone()).or_default();
            let crate_path = format!("crate::{module}::");
            for prefix in ["super::", crate_path.as_str()] {
                for (at, _) in text.match_indices(prefix) {
                    // `super::super::` names the crate's module, not a part.
                    for name in names_after(&text[at + prefix.len()..]) {
                        if parts.contains(&name) && &name != part {
                            named.insert(name);
                        }
                    }
                }
            }
        }
        if let Some(cycle) = a_cycle(&graph) {
            panic!("a cycle among the parts of {module}: {}", cycle.join(" → "));
        }
    }
}

/// The pure core, the views and the exports never reach the store: what
/// they show is handed to them. Only the store's plain data may be named
/// (a type such as the doctor's `Finding`), never its functions, its
/// `Home` or a part of it.
#[test]
fn the_core_views_and_exports_never_name_the_store() {
    let outside = [
        "assess", "safety", "event", "state", "schedule", "playbook", "date", "id", "decide", "views", "text",
    ];
    let mut files = vec![std::path::PathBuf::from(SRC)];
    while let Some(path) = files.pop() {
        if path.is_dir() {
            files.extend(fs::read_dir(&path).unwrap().map(|entry| entry.unwrap().path()));
            continue;
        }
        let relative = path.strip_prefix(SRC).unwrap().to_str().unwrap().to_owned();
        let module = relative.split('/').next().unwrap().trim_end_matches(".rs");
        if !outside.contains(&module) {
            continue;
        }
        let text = fs::read_to_string(&path).unwrap();
        for (at, _) in text.match_indices("crate::store::") {
            let rest = &text[at + "crate::store::".len()..];
            let names: Vec<String> = match rest.strip_prefix('{') {
                Some(list) => {
                    list[..list.find('}').unwrap()].split(',').map(|n| n.trim().to_owned()).collect()
                }
                None => vec![rest.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect()],
            };
            for name in names.iter().filter(|name| !name.is_empty()) {
                let plain_data = name.starts_with(|c: char| c.is_ascii_uppercase()) && name != "Home";
                assert!(plain_data, "src/{relative} names the store's `{name}`");
            }
        }
    }
}

/// Where the words a person reads are written, and so where the next test
/// does not look: the views and their toolkit, `error.rs` (every failure,
/// and its hint), and `cli/` (clap's definitions, whose help is prose by
/// nature, the refusals of its value parsers, which clap prints, and
/// clap's own words it puts in the language).
const WORDS_LIVE_IN: [&str; 4] = ["views", "text.rs", "error.rs", "cli"];

/// The few sentences that stay outside the views, each with why: the file
/// (under src/), how the literal begins, and the reason.
const SENTENCES_ALLOWED: &[(&str, &str, &str)] = &[(
    "store/device.rs",
    "# plan's key: keep it secret",
    "the first line of the key file: part of a file format only the store writes, printed as it is by `plan key export`",
)];

/// Every sentence a person reads is written in one layer (issue 18, move 5):
/// the views, or for a failure `error.rs`. The commands, the store and the
/// core hold data and calls. So a string literal anywhere else in src/ that
/// reads as a sentence for a person fails this test: one that names a
/// command in backticks (`` `plan …` ``), or one of three words or more that
/// starts as a sentence does (a capital, then a small letter) or ends as one
/// does (`.`, `?` or `:`). Comments and `#[cfg(test)]` items are not read;
/// [`SENTENCES_ALLOWED`] lists what stays, and why.
#[test]
fn no_sentence_for_a_person_outside_the_views() {
    let mut found = Vec::new();
    let mut allowed_used = vec![false; SENTENCES_ALLOWED.len()];
    let mut files = vec![std::path::PathBuf::from(SRC)];
    while let Some(path) = files.pop() {
        let relative = path.strip_prefix(SRC).unwrap().to_str().unwrap().to_owned();
        if WORDS_LIVE_IN.contains(&relative.as_str()) {
            continue;
        }
        if path.is_dir() {
            files.extend(fs::read_dir(&path).unwrap().map(|entry| entry.unwrap().path()));
            continue;
        }
        if path.extension().is_none_or(|ext| ext != "rs") {
            continue;
        }
        for Literal { line, text: literal, .. } in literals(&fs::read_to_string(&path).unwrap()) {
            if !reads_as_a_sentence(&literal) {
                continue;
            }
            let allowed = SENTENCES_ALLOWED
                .iter()
                .position(|(file, start, _)| *file == relative && literal.starts_with(start));
            match allowed {
                Some(at) => allowed_used[at] = true,
                None => found.push(format!("src/{relative}:{line}: {literal:?}")),
            }
        }
    }
    found.sort();
    assert!(
        found.is_empty(),
        "sentences for a person outside the views; give the view (src/views/) the data and let it \
         write the words, or for a failure word it in error.rs:\n{}",
        found.join("\n")
    );
    for ((file, start, _), used) in SENTENCES_ALLOWED.iter().zip(allowed_used) {
        assert!(used, "src/{file} no longer holds {start:?}: take it off SENTENCES_ALLOWED");
    }
}

/// Whether a string literal reads as a sentence for a person: it names a
/// command in backticks, or it has three words or more and starts or ends
/// as a sentence does. A key, an id, a path, a format such as `{}: {}` or
/// a lowercase fragment of an error (which error.rs completes) does not.
fn reads_as_a_sentence(text: &str) -> bool {
    let trimmed = text.trim();
    let mut first = trimmed.chars();
    let capital =
        matches!((first.next(), first.next()), (Some(a), Some(b)) if a.is_uppercase() && b.is_lowercase());
    let full_stop = trimmed.ends_with(['.', '?', ':']);
    text.contains("`plan") || (text.split_whitespace().count() >= 3 && (capital || full_stop))
}

#[test]
fn sentences_are_told_from_keys_and_formats() {
    let texts = [
        "Kept, dated {today}. `plan urge` shows it.",
        "Raw \"quoted\" text.",
        "AGE-SECRET-KEY-1",
        "four-steps",
        "{}: {}",
        "Read again after the tests.",
    ];
    let texts = texts.to_vec();
    let sentences: Vec<&str> = texts.into_iter().filter(|text| reads_as_a_sentence(text)).collect();
    assert_eq!(
        sentences,
        ["Kept, dated {today}. `plan urge` shows it.", "Raw \"quoted\" text.", "Read again after the tests."]
    );
    assert!(reads_as_a_sentence("{date} already records {}, which broke no contact; that stays."));
    assert!(reads_as_a_sentence("give each as --answer ID=CHOICE (`plan assess --list` shows them)"));
    assert!(!reads_as_a_sentence("could not write the report to {shown}"));
    assert!(!reads_as_a_sentence("YYYY-MM-DD is the format"));
}
