//! The shape the code promises (STYLE.md) where neither the compiler nor
//! clippy checks it. The pure core and the one clock are for clippy.toml's
//! `disallowed-methods` to hold, not a search of the source text.

use std::fs;

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
#[should_panic(expected = "a cycle")] // Until the restructure of issue 18 breaks the cycles there are.
fn the_modules_have_no_cycle() {
    let graph = use_graph();
    if let Some(cycle) = a_cycle(&graph) {
        panic!("a cycle among the modules: {}", cycle.join(" → "));
    }
}

/// The pure core, the views and the exports never reach the store: what
/// they show is handed to them. Only the store's plain data may be named.
#[test]
#[should_panic(expected = "names the store")] // Until the views no longer reach into the store (issue 18).
fn the_core_views_and_exports_never_name_the_store() {
    let graph = use_graph();
    let outside = [
        "assess", "safety", "event", "state", "schedule", "playbook", "date", "help", "view", "render",
        "calendar", "report", "export", "style",
    ];
    for module in outside {
        assert!(!graph.get(module).is_some_and(|named| named.contains("store")), "{module} names the store");
    }
}
