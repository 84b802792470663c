//! The shape the code promises (STYLE.md): a pure core that is handed
//! `today`, the clock read in one place, file access at the edges.

use std::fs;

const SRC: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/src");

fn source(name: &str) -> String {
    fs::read_to_string(format!("{SRC}/{name}")).unwrap_or_else(|err| panic!("src/{name}: {err}"))
}

fn all_sources() -> Vec<(String, String)> {
    let mut files = Vec::new();
    for dir in ["", "commands/"] {
        for entry in fs::read_dir(format!("{SRC}/{dir}")).unwrap().flatten() {
            let name = format!("{dir}{}", entry.file_name().to_string_lossy());
            if entry.path().extension().is_some_and(|ext| ext == "rs") {
                files.push((name.clone(), source(&name)));
            }
        }
    }
    assert!(files.len() > 10, "the sources were not found");
    files
}

#[test]
fn the_clock_is_read_in_clock_rs_only() {
    for (name, text) in all_sources() {
        for call in ["Local::now", "Utc::now", "SystemTime::now", "Local::today", "PLAN_TODAY\""] {
            if text.contains(call) {
                assert_eq!(name, "clock.rs", "{name} reads the clock ({call})");
            }
        }
    }
}

#[test]
fn the_core_touches_no_file_environment_or_terminal() {
    for name in ["playbook.rs", "state.rs", "schedule.rs", "view.rs", "render.rs"] {
        let text = source(name);
        for io in ["std::fs", "std::env", "File::", "println!", "eprintln!", "stdout()", "stderr()"] {
            assert!(!text.contains(io), "src/{name} is meant to be pure but uses {io}");
        }
    }
}

#[test]
fn main_stays_thin() {
    let lines = source("main.rs").lines().filter(|line| !line.trim().is_empty()).count();
    assert!(lines <= 30, "src/main.rs has {lines} lines; dispatch belongs in commands/mod.rs");
}
