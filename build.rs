//! Embeds the catalogue: every `locales/<language>/<group>.ftl`, English
//! (`en-US`) first. A new language is a new folder; a new group of
//! messages is a new file in `en-US` (and then in every language). The
//! generated table is read by `src/i18n.rs`; each group is parsed only
//! when a message of it is first shown.

// A build script reads the catalogue and says what it read: clippy.toml's
// lists are for the program in src/.
#![allow(clippy::disallowed_methods, clippy::disallowed_macros)]

use std::fmt::Write as _;
use std::path::Path;
use std::{env, fs};

const ENGLISH: &str = "en-US";

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
    let mut groups: Vec<String> = fs::read_dir(root.join(ENGLISH))
        .expect("locales/en-US")
        .filter_map(|entry| {
            let name = entry.expect("a readable locales/en-US").file_name().into_string().ok()?;
            name.strip_suffix(".ftl").map(str::to_owned)
        })
        .collect();
    groups.sort();

    let mut out = String::new();
    writeln!(out, "/// Every language there is a folder for, English first.").unwrap();
    writeln!(out, "pub const LOCALES: [&str; {}] = {locales:?};", locales.len()).unwrap();
    writeln!(out, "/// Every group of messages: its name, and its text in each of [`LOCALES`] (empty where a language lacks it).").unwrap();
    writeln!(out, "pub static GROUPS: [(&str, [&str; {}]); {}] = [", locales.len(), groups.len()).unwrap();
    for locale in &locales {
        println!("cargo::rerun-if-changed={}", root.join(locale).display());
    }
    for group in &groups {
        write!(out, "    ({group:?}, [").unwrap();
        for locale in &locales {
            let path = root.join(locale).join(format!("{group}.ftl"));
            println!("cargo::rerun-if-changed={}", path.display());
            if path.exists() {
                write!(out, "include_str!({:?}), ", path.display().to_string()).unwrap();
            } else {
                write!(out, "\"\", ").unwrap();
            }
        }
        writeln!(out, "]),").unwrap();
    }
    writeln!(out, "];").unwrap();
    let dest = Path::new(&env::var("OUT_DIR").expect("OUT_DIR")).join("catalogue.rs");
    fs::write(dest, out).expect("OUT_DIR is writable");
}
