//! The names and small files of the synced plan folder (layout 3):
//!
//! ```text
//! format                      the layout, and the age recipient if encrypted; written once
//! devices/<id>/head           the device's last event number and clock, and how far
//!                             each of its logs is committed: the commit point
//! devices/<id>/plan.jsonl     its events about the plan: starts, steps done, ticks
//! devices/<id>/YYYY-MM.jsonl  its check-in events for dates in that month
//! devices/<id>/*.bak          each log as it was before its last change
//! ```
//!
//! Only the device `<id>` ever writes in `devices/<id>/`, so a sync engine
//! never sees two writers of one file. Conflict copies an engine makes all
//! the same (`head.sync-conflict-…`, `2026-11 (conflicted copy …).jsonl`)
//! are read too, and merged by event number.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::event::{Clock, DeviceId, Month};

pub const FORMAT_FILE: &str = "format";
pub const DEVICES: &str = "devices";
pub const HEAD: &str = "head";
pub const PLAN_LOG: &str = "plan.jsonl";
/// Each log as it was before its last change.
pub const BACKUP_SUFFIX: &str = ".bak";
/// This layout's number; 2 was `state.json` with month files.
pub const LAYOUT: u32 = 3;
const FORMAT_NAME: &str = "plan-folder";

/// The `format` file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FolderFormat {
    pub format: String,
    pub layout: u32,
    /// The age recipient every synced file is encrypted to, if it is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recipient: Option<String>,
}

impl FolderFormat {
    pub fn new(recipient: Option<String>) -> FolderFormat {
        FolderFormat { format: FORMAT_NAME.to_owned(), layout: LAYOUT, recipient }
    }

    pub fn is_ours(&self) -> bool {
        self.format == FORMAT_NAME
    }
}

/// A device's `head`: the commit point of its logs. An event in log `F` is
/// committed when its number is at most `files[F]`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Head {
    pub device: DeviceId,
    /// What the person calls this device (`plan device name`).
    #[serde(default)]
    pub name: String,
    /// The device's last event number.
    pub seq: u64,
    /// The latest clock the device had seen when it wrote.
    pub clock: Clock,
    /// For each of its logs, the last committed event number in it.
    pub files: BTreeMap<String, u64>,
}

impl Head {
    /// The head of a device that has committed nothing yet.
    pub fn new(device: DeviceId, name: String) -> Head {
        Head { device, name, seq: 0, clock: Clock::default(), files: BTreeMap::new() }
    }

    /// Merge a conflict copy: the furthest of each.
    pub fn merge(&mut self, other: &Head) {
        self.seq = self.seq.max(other.seq);
        self.clock = self.clock.max(other.clock);
        for (file, seq) in &other.files {
            let mine = self.files.entry(file.clone()).or_default();
            *mine = (*mine).max(*seq);
        }
        if self.name.is_empty() {
            self.name.clone_from(&other.name);
        }
    }
}

/// The log a month's check-ins go in.
pub fn month_log(month: Month) -> String {
    format!("{month}.jsonl")
}

/// The month whose check-ins the log `name` holds: `YYYY-MM.jsonl` exactly.
pub fn log_month(name: &str) -> Option<Month> {
    name.strip_suffix(".jsonl").and_then(Month::parse)
}

/// `plan.jsonl` or `YYYY-MM.jsonl`.
pub fn is_log(name: &str) -> bool {
    name == PLAN_LOG || log_month(name).is_some()
}

/// The first name a head's `files` gives that is not a log `plan` writes
/// (`../../x`, `/etc/…`, anything else): such a head came from no `plan`,
/// and no file it names is opened.
pub fn foreign_file(head: &Head) -> Option<&str> {
    head.files.keys().map(String::as_str).find(|name| !is_log(name))
}

/// Whether `name` has the mark of a conflict copy of any file.
pub fn looks_like_conflict_copy(name: &str) -> bool {
    name.contains(".sync-conflict-") || name.contains("conflicted copy")
}

/// Whether `name` is a sync engine's conflict copy of `base`: Syncthing's
/// `STEM.sync-conflict-…EXT`, Dropbox's `STEM (… conflicted copy …)EXT`,
/// Nextcloud's `STEM (conflicted copy …)EXT`.
pub fn is_conflict_copy(name: &str, base: &str) -> bool {
    let (stem, ext) = match base.rfind('.') {
        Some(dot) if dot > 0 => base.split_at(dot),
        _ => (base, ""),
    };
    let Some(rest) = name.strip_prefix(stem) else { return false };
    let Some(middle) = rest.strip_suffix(ext) else { return false };
    name != base
        && (middle.starts_with(".sync-conflict-")
            || (middle.starts_with(" (") && middle.ends_with(')') && middle.contains("conflicted copy")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn conflict_copies_of_every_engine_are_recognised() {
        assert!(is_conflict_copy("2026-11.sync-conflict-20261124-101010-ABCDEFG.jsonl", "2026-11.jsonl"));
        assert!(is_conflict_copy("head.sync-conflict-20261124-101010-ABCDEFG", "head"));
        assert!(is_conflict_copy("2026-11 (Sam's conflicted copy 2026-11-24).jsonl", "2026-11.jsonl"));
        assert!(is_conflict_copy("head (conflicted copy 2026-11-24 101010)", "head"));
        assert!(!is_conflict_copy("2026-11.jsonl", "2026-11.jsonl"));
        assert!(!is_conflict_copy("2026-12.jsonl", "2026-11.jsonl"));
        assert!(!is_conflict_copy("2026-11.jsonl.bak", "2026-11.jsonl"));
        assert!(!is_conflict_copy("head.bak", "head"));
    }

    #[test]
    fn names() {
        assert!(is_log("plan.jsonl") && is_log("2026-11.jsonl"));
        assert!(!is_log("2026-13.jsonl") && !is_log("head") && !is_log("x.jsonl"));
        assert_eq!(log_month("2026-11.jsonl").map(month_log).as_deref(), Some("2026-11.jsonl"));
        for name in ["2026-11.jsonl.bak", "2026-1.jsonl", "x2026-11.jsonl", "2026-11.json", "plan.jsonl"] {
            assert_eq!(log_month(name), None, "{name}");
        }
    }

    #[test]
    fn a_merged_head_takes_the_furthest_of_each() {
        let mut a =
            Head { seq: 5, files: [("plan.jsonl".into(), 5)].into(), ..Head::new("d".into(), String::new()) };
        let b = Head {
            seq: 4,
            files: [("2026-11.jsonl".into(), 4)].into(),
            ..Head::new("d".into(), String::new())
        };
        a.merge(&b);
        assert_eq!(a.seq, 5);
        assert_eq!(a.files.len(), 2);
    }
}
