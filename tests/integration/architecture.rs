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
