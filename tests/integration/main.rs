//! The one integration test binary: every test here runs the real `plan`
//! through `harness`, in a throwaway folder with the environment cleared.
//! One binary links once and lets the tests share one harness (STYLE.md).

// Tests stand outside the pure core on purpose: they read and damage the
// plan folder, pass on PATH, and print the kill loop's seed. clippy.toml's
// disallowed lists are for src/. (`allow`, not `expect`: until that list
// exists, nothing here trips it.)
#![allow(clippy::disallowed_methods, clippy::disallowed_macros)]

mod harness;

mod architecture;
mod archive;
mod bundled_playbooks;
mod cache;
mod calendar;
mod care;
mod catalogue;
mod causal;
mod cli;
mod copies;
mod durability;
mod edges;
mod encryption;
mod error_messages;
mod export;
mod faults;
mod hardening;
mod history;
mod language_notice;
mod languages;
mod migration;
mod notes;
mod nudge;
mod partner;
mod playbook_files;
mod privacy;
mod prompts;
mod properties;
mod readme;
mod rust_source;
mod safety;
mod safety_exports;
mod sizes;
mod sync;
mod syncthing;
mod terminal;
mod words;
