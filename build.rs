//! Embeds the catalogue: every `locales/<language>/<group>.ftl`, English
//! (`en-US`) first. A new language is a new folder; a new group of
//! messages is a new file in `en-US` (and then in every language).
//!
//! Each file is cut here into its messages, so that a run parses only the
//! messages it shows (`src/i18n.rs`), not whole files: `plan status` shows
//! a dozen of a thousand. A message begins on a line that begins with its
//! id; the lines after it that begin with a space or a bracket are its
//! own; a comment ends it.

// A build script reads the catalogue and says what it read: clippy.toml's
// lists are for the program in src/.
#![allow(clippy::disallowed_methods, clippy::disallowed_macros)]

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::Path;
use std::{env, fs};

const ENGLISH: &str = "en-US";

/// A message's text in each language, and the messages it refers to.
#[derive(Default)]
struct Message {
    texts: Vec<String>,
    references: BTreeSet<String>,
}

fn main() {
    // Read when the script runs, not when it was built: a build script
    // built in another checkout would read that checkout's catalogue.
    let root =
        Path::new(&env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR")).join("locales");
    println!("cargo::rerun-if-changed={}", root.display());
    let mut locales: Vec<String> = fs::read_dir(&root)
        .expect("locales/ beside Cargo.toml")
        .map(|entry| entry.expect("a readable locales/").file_name().into_string().expect("a UTF-8 name"))
        .filter(|name| name != ENGLISH)
        .collect();
    locales.sort();
    locales.insert(0, ENGLISH.to_owned());

    let mut messages: BTreeMap<String, Message> = BTreeMap::new();
    for (index, locale) in locales.iter().enumerate() {
        let folder = root.join(locale);
        println!("cargo::rerun-if-changed={}", folder.display());
        for entry in fs::read_dir(&folder).expect("a readable language folder") {
            let path = entry.expect("a readable language folder").path();
            if path.extension().is_none_or(|extension| extension != "ftl") {
                continue;
            }
            println!("cargo::rerun-if-changed={}", path.display());
            let text = fs::read_to_string(&path).expect("a readable .ftl file");
            for (id, source) in cut(&text) {
                let message = messages.entry(id).or_default();
                message.texts.resize(locales.len(), String::new());
                message.references.extend(references(&source));
                message.texts[index] = source;
            }
        }
    }

    // Numbers into a few long strings, not a pointer for each message: a
    // pointer in a static is a relocation at every start, and there would
    // be thousands (BENCHMARKS.md).
    let ids: Vec<&String> = messages.keys().collect();
    let mut all_ids = String::new();
    let mut texts = vec![String::new(); locales.len()];
    let mut references: Vec<usize> = Vec::new();
    let mut entries = String::new();
    for (id, message) in &messages {
        let id_span = (all_ids.len(), all_ids.len() + id.len());
        all_ids.push_str(id);
        let mut spans = Vec::new();
        for (index, blob) in texts.iter_mut().enumerate() {
            let text = message.texts.get(index).map_or("", String::as_str);
            spans.push((blob.len(), blob.len() + text.len()));
            blob.push_str(text);
        }
        let first = references.len();
        references.extend(
            message.references.iter().filter_map(|reference| ids.iter().position(|id| *id == reference)),
        );
        writeln!(
            entries,
            "    Entry {{ id: {id_span:?}, texts: {spans:?}, references: ({first}, {}) }},",
            references.len()
        )
        .unwrap();
    }
    let mut out = String::new();
    writeln!(out, "/// Every language there is a folder for, English first.").unwrap();
    writeln!(out, "pub const LOCALES: [&str; {}] = {locales:?};", locales.len()).unwrap();
    writeln!(out, "/// Every message's id, one after another.").unwrap();
    writeln!(out, "pub static IDS: &str = {all_ids:?};").unwrap();
    writeln!(out, "/// Each language's messages, one after another, in the order of [`MESSAGES`].").unwrap();
    writeln!(out, "pub static TEXTS: [&str; {}] = {texts:?};", locales.len()).unwrap();
    writeln!(out, "/// The messages each refers to, by their place in [`MESSAGES`].").unwrap();
    writeln!(out, "pub static REFERENCES: [u16; {}] = {references:?};", references.len()).unwrap();
    writeln!(out, "/// A message: where its id is in [`IDS`], its source in each of [`TEXTS`] (empty where")
        .unwrap();
    writeln!(out, "/// a language lacks it), and its references in [`REFERENCES`]; sorted by id.").unwrap();
    writeln!(
        out,
        "pub struct Entry {{ pub id: (u32, u32), pub texts: [(u32, u32); {}], pub references: (u32, u32) }}",
        locales.len()
    )
    .unwrap();
    writeln!(out, "pub static MESSAGES: [Entry; {}] = [\n{entries}];", messages.len()).unwrap();
    let dest = Path::new(&env::var("OUT_DIR").expect("OUT_DIR")).join("catalogue.rs");
    fs::write(dest, out).expect("OUT_DIR is writable");
}

/// The messages of a Fluent file: each id with its whole source, ready to
/// parse on its own.
fn cut(text: &str) -> Vec<(String, String)> {
    let mut messages: Vec<(String, String)> = Vec::new();
    let mut open = false;
    for line in text.lines() {
        match line.chars().next() {
            Some(c) if c.is_ascii_alphabetic() => {
                let id = line.split(|c: char| c == '=' || c.is_whitespace()).next().unwrap_or_default();
                messages.push((id.to_owned(), format!("{line}\n")));
                open = true;
            }
            Some('#') => open = false,
            // A blank line may stand inside a message's text; after its
            // end it is only a blank line, which Fluent passes over.
            Some(_) | None if open => {
                let (_, source) = messages.last_mut().expect("an open message");
                source.push_str(line);
                source.push('\n');
            }
            _ => {}
        }
    }
    messages
}

/// The messages `source` refers to: `{ date-weekday }`.
fn references(source: &str) -> Vec<String> {
    source
        .split('{')
        .skip(1)
        .filter_map(|rest| {
            let rest = rest.trim_start();
            let id: String =
                rest.chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_').collect();
            let after = rest[id.len()..].trim_start();
            (id.starts_with(|c: char| c.is_ascii_alphabetic()) && after.starts_with('}')).then_some(id)
        })
        .collect()
}
