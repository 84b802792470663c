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

use crate::event::{Clock, DeviceId, Month, Seen};

pub const FORMAT_FILE: &str = "format";
pub const DEVICES: &str = "devices";
pub const HEAD: &str = "head";
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
    /// What it had seen of every other device at its last write (the `seen`
    /// of its last event): a device whose head is behind what another had
    /// seen of it went backwards.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub seen: Seen,
}

impl Head {
    /// The head of a device that has committed nothing yet.
    pub fn new(device: DeviceId, name: String) -> Head {
        Head { device, name, seq: 0, clock: Clock::default(), files: BTreeMap::new(), seen: Seen::new() }
    }

    /// Merge a conflict copy: the furthest of each.
    pub fn merge(&mut self, other: &Head) {
        self.seq = self.seq.max(other.seq);
        self.clock = self.clock.max(other.clock);
        for (file, seq) in &other.files {
            let mine = self.files.entry(file.clone()).or_default();
            *mine = (*mine).max(*seq);
        }
        for (device, seq) in &other.seen {
            let mine = self.seen.entry(device.clone()).or_default();
            *mine = (*mine).max(*seq);
        }
        if self.name.is_empty() {
            self.name.clone_from(&other.name);
        }
    }
}

/// The most a change may add to one log before the next goes in a new
/// segment: half of what `plan` reads back ([`super::files::MAX_READ`]), so
/// that every log it writes stays readable, sealed or not, conflict
/// copies merged in or not. One event larger than this is refused.
pub const SEGMENT_LIMIT: u64 = super::files::MAX_READ / 2;

/// Which logs a log continues: the plan's own, or one month's check-ins.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum LogFamily {
    Plan,
    Month(Month),
}

impl LogFamily {
    /// The name of segment `n` (1 is the first) of this family's log:
    /// `plan.jsonl`, `plan.2.jsonl`, `2026-11.jsonl`, `2026-11.2.jsonl`.
    pub fn segment(self, n: u32) -> String {
        let stem = match self {
            LogFamily::Plan => "plan".to_owned(),
            LogFamily::Month(month) => month.to_string(),
        };
        if n <= 1 { format!("{stem}.jsonl") } else { format!("{stem}.{n}.jsonl") }
    }
}

/// The family and segment number of a log's name, if it is one: the names
/// the store writes, and no others.
pub fn log_segment(name: &str) -> Option<(LogFamily, u32)> {
    let stem = name.strip_suffix(".jsonl")?;
    let (stem, n) = match stem.rsplit_once('.') {
        Some((stem, n)) if !n.is_empty() && !n.starts_with('0') && n.bytes().all(|b| b.is_ascii_digit()) => {
            (stem, n.parse::<u32>().ok().filter(|n| *n >= 2)?)
        }
        _ => (stem, 1),
    };
    let family = if stem == "plan" { LogFamily::Plan } else { LogFamily::Month(Month::parse(stem)?) };
    Some((family, n))
}

/// The month whose check-ins the log `name` holds: `YYYY-MM.jsonl`, or a
/// later segment of it (`YYYY-MM.N.jsonl`).
pub fn log_month(name: &str) -> Option<Month> {
    match log_segment(name)? {
        (LogFamily::Month(month), _) => Some(month),
        (LogFamily::Plan, _) => None,
    }
}

/// `plan.jsonl`, `YYYY-MM.jsonl`, or a later segment of either.
pub fn is_log(name: &str) -> bool {
    log_segment(name).is_some()
}

/// Whether `name` is a segment of the plan's own log.
pub fn is_plan_log(name: &str) -> bool {
    matches!(log_segment(name), Some((LogFamily::Plan, _)))
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

/// The name of the file `name` is a sync engine's conflict copy of:
/// `2026-11.jsonl` for `2026-11.sync-conflict-…-ABCDEFG.jsonl` or
/// `2026-11 (Sam's conflicted copy 2026-11-24).jsonl`.
pub fn copy_base(name: &str) -> Option<String> {
    const SYNCTHING: &str = ".sync-conflict-";
    if let Some(at) = name.find(SYNCTHING) {
        let rest = &name[at + SYNCTHING.len()..];
        let ext = rest.find('.').map_or("", |dot| &rest[dot..]);
        return Some(format!("{}{ext}", &name[..at]));
    }
    let open = name.find(" (")?;
    let close = open + name[open..].find(')')?;
    (open > 0 && name[open..close].contains("conflicted copy"))
        .then(|| format!("{}{}", &name[..open], &name[close + 1..]))
}

/// The log a conflict copy's events belong to: the log it copies, or the
/// log whose backup it copies.
pub fn copy_log(name: &str) -> Option<String> {
    let base = copy_base(name)?;
    match base.strip_suffix(BACKUP_SUFFIX) {
        Some(log) if is_log(log) => Some(log.to_owned()),
        _ => is_log(&base).then_some(base),
    }
}

/// Whether a line is one of the marks git leaves around a conflict it
/// could not merge (`<<<<<<< `, `=======`, `>>>>>>> `, and diff3's `||||||| `).
pub fn is_conflict_marker(line: &[u8]) -> bool {
    [b"<<<<<<<", b"=======", b">>>>>>>", b"|||||||"].iter().any(|mark| line.starts_with(*mark))
}

/// Whether a file's text holds git's conflict marks.
pub fn has_conflict_markers(bytes: &[u8]) -> bool {
    bytes.split(|&b| b == b'\n').any(is_conflict_marker)
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
    fn only_the_names_the_store_writes_are_logs() {
        let november = Month::parse("2026-11").unwrap();
        assert_eq!(log_segment("plan.jsonl"), Some((LogFamily::Plan, 1)));
        assert_eq!(log_segment("plan.2.jsonl"), Some((LogFamily::Plan, 2)));
        assert_eq!(log_segment("2026-11.jsonl"), Some((LogFamily::Month(november), 1)));
        assert_eq!(log_segment("2026-11.12.jsonl"), Some((LogFamily::Month(november), 12)));
        for name in
            ["plan.1.jsonl", "plan.02.jsonl", "plan..jsonl", "x.jsonl", "2026-13.jsonl", "../plan.jsonl"]
        {
            assert_eq!(log_segment(name), None, "{name}");
        }
        assert_eq!(LogFamily::Month(november).segment(3), "2026-11.3.jsonl");
        assert_eq!(LogFamily::Plan.segment(1), "plan.jsonl");
    }

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
    fn a_copy_names_the_file_it_copies() {
        let base = |name| copy_base(name);
        assert_eq!(
            base("2026-11.sync-conflict-20261124-101010-ABCDEFG.jsonl").as_deref(),
            Some("2026-11.jsonl")
        );
        assert_eq!(
            base("2026-11.jsonl.sync-conflict-20261124-101010-ABCDEFG.bak").as_deref(),
            Some("2026-11.jsonl.bak")
        );
        assert_eq!(base("head.sync-conflict-20261124-101010-ABCDEFG").as_deref(), Some("head"));
        assert_eq!(
            base("2026-11 (Sam's conflicted copy 2026-11-24).jsonl").as_deref(),
            Some("2026-11.jsonl")
        );
        assert_eq!(base("2026-11.jsonl"), None);
        assert_eq!(
            copy_log("2026-11.jsonl.sync-conflict-20261124-101010-ABCDEFG.bak").as_deref(),
            Some("2026-11.jsonl")
        );
        assert_eq!(
            copy_log("plan.sync-conflict-20261124-101010-ABCDEFG.jsonl").as_deref(),
            Some("plan.jsonl")
        );
        assert_eq!(copy_log("head.sync-conflict-20261124-101010-ABCDEFG"), None);
        for name in [
            "2026-11.sync-conflict-20261124-101010-ABCDEFG.jsonl",
            "head (conflicted copy 2026-11-24 101010)",
        ] {
            let base = copy_base(name).unwrap();
            assert!(is_conflict_copy(name, &base), "{name}");
        }
    }

    #[test]
    fn gits_conflict_marks_are_recognised() {
        assert!(has_conflict_markers(b"{}\n<<<<<<< HEAD\n{}\n=======\n{}\n>>>>>>> abc (plan)\n"));
        assert!(!has_conflict_markers(b"{\"note\":\"<<<<<<< not at the start\"}\n"));
    }

    #[test]
    fn names() {
        assert!(is_log("plan.jsonl") && is_log("2026-11.jsonl"));
        assert!(!is_log("2026-13.jsonl") && !is_log("head") && !is_log("x.jsonl"));
        assert_eq!(
            log_month("2026-11.jsonl").map(|m| LogFamily::Month(m).segment(1)).as_deref(),
            Some("2026-11.jsonl")
        );
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
