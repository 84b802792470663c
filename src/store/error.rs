//! Why the plan folder could not be used: the store's typed error.
//! `src/error.rs` puts each into words and a hint.

use std::path::PathBuf;
use std::time::Duration;

use super::files::ReadError;
use super::legacy::{MonthProblem, StateProblem};

/// Why the plan folder could not be used. `error.rs` puts each into words.
#[derive(Debug)]
pub enum StoreError {
    NoPlan {
        dir: PathBuf,
    },
    /// `state.json` is gone, but a backup or check-ins are there.
    StateMissing {
        path: PathBuf,
    },
    /// A layout-2 `state.json` cannot be used; `backup` is a readable last good copy.
    State {
        path: PathBuf,
        problem: StateProblem,
        backup: Option<PathBuf>,
    },
    /// A file is not a regular file, or cannot be read.
    Unreadable {
        path: PathBuf,
        problem: ReadError,
    },
    /// A layout-2 month file the state names cannot be used.
    Month {
        path: PathBuf,
        problem: MonthProblem,
    },
    /// A log, head or `format` file that does not read.
    Log {
        path: PathBuf,
        what: String,
    },
    /// A log holds an event of a kind this `plan` does not know: a newer one's.
    NewerEvent {
        path: PathBuf,
        what: String,
    },
    /// The plan folder is laid out by a newer `plan`.
    NewerLayout {
        path: PathBuf,
        layout: u32,
    },
    /// The plan is encrypted, and this device has no key.
    NoKey {
        path: PathBuf,
    },
    /// A file in the config folder is not what it should be.
    Config {
        path: PathBuf,
        what: &'static str,
    },
    /// The plan folder (`home`), or a folder inside it, is a file or a link.
    NotAFolder {
        path: PathBuf,
        what: &'static str,
        home: bool,
    },
    LockTimeout {
        path: PathBuf,
        waited: Duration,
    },
    AlreadyAPlan {
        dir: PathBuf,
    },
    /// `doctor --restore` with nothing damaged.
    NothingToRestore {
        dir: PathBuf,
    },
    NoBackup {
        path: PathBuf,
    },
    BackupUnusable {
        path: PathBuf,
        problem: StateProblem,
    },
    /// The change is in place; a step after it failed.
    AfterCommit {
        what: String,
        step: &'static str,
        source: std::io::Error,
    },
    /// A playbook file that cannot be read.
    Playbook {
        path: PathBuf,
        problem: ReadError,
    },
    /// `plan encrypt` on a plan that is.
    AlreadyEncrypted,
    /// A key that does not open this plan.
    WrongKey {
        path: PathBuf,
    },
    /// `plan key import` when this device holds another key.
    OtherKey {
        path: PathBuf,
    },
    /// The plan is still in layout 2, which has no devices.
    NotYetMoved,
    /// `plan key export` on a device without a key.
    NoKeyHere {
        path: PathBuf,
    },
}

impl std::error::Error for StoreError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            StoreError::AfterCommit { source, .. } => Some(source),
            _ => None,
        }
    }
}
