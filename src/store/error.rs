//! Why the plan folder could not be used: the one error every function of
//! the store returns. Each variant carries what the person needs to hear
//! (the file, what was being done, the system's own error); `src/error.rs`
//! puts each into words and a hint, so no sentence is written here.

use std::io;
use std::path::PathBuf;
use std::string::FromUtf8Error;
use std::time::Duration;

use super::files::{FileKind, ReadError};
use super::legacy::{MonthProblem, StateProblem};

/// The store's result: a [`StoreError`] unless said otherwise.
pub type StoreResult<T, E = StoreError> = std::result::Result<T, E>;

/// Why the plan folder could not be used.
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
    /// The plan is encrypted, and this device does not hold its key.
    NoKey {
        path: PathBuf,
        held: KeyHeld,
    },
    /// A file encrypted to a key this device does not hold, in a plan it
    /// opens: `plan encrypt` ran on another device at the same time.
    AnotherKey {
        path: PathBuf,
    },
    /// A file in the config folder is not what it should be.
    Config {
        path: PathBuf,
        what: ConfigProblem,
    },
    /// The plan folder (`home`), or a folder inside it, is a file or a link.
    NotAFolder {
        path: PathBuf,
        what: FileKind,
        home: bool,
    },
    LockTimeout {
        path: PathBuf,
        waited: Duration,
    },
    /// One change is larger than a log may grow by: refused before anything is written.
    TooLarge {
        /// What it was ("the check-in for 2026-11-24").
        what: String,
        bytes: u64,
        limit: u64,
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
        step: AfterSave,
        source: io::Error,
    },
    /// A playbook file that cannot be read.
    Playbook {
        path: PathBuf,
        problem: ReadError,
    },
    /// A playbook file that is not UTF-8 text.
    PlaybookNotText {
        path: PathBuf,
        source: FromUtf8Error,
    },
    /// `plan remind install` would replace a file it did not write.
    UnitInTheWay {
        path: PathBuf,
    },
    /// `plan encrypt` on a plan that is.
    AlreadyEncrypted,
    /// A key that does not open this plan.
    WrongKey {
        path: PathBuf,
    },
    /// The plan is still in layout 2, which has no devices.
    NotYetMoved,
    /// `plan key export` on a device without a key.
    NoKeyHere {
        path: PathBuf,
    },
    /// The platform gives `plan` no folder of this kind (no `HOME`, say).
    NoFolder(Folder),
    /// A file or folder of the store could not be listed, made or written.
    Io {
        action: Action,
        path: PathBuf,
        source: io::Error,
    },
    /// A failure the system reported where the store names no file: it
    /// reads as the system's own words, and nothing else.
    Os(io::Error),
    /// Layout 2's files could not be moved aside after the move to logs;
    /// `finishing` when this run finishes a move a kill cut short.
    KeepAside {
        finishing: bool,
        source: io::Error,
    },
    /// `plan encrypt` sealed every file, but could not say so in `format`.
    MarkEncrypted {
        source: io::Error,
    },
    /// `plan encrypt` marked the plan encrypted, then could not seal every
    /// file: what it sealed and marked is saved, and the next change finishes.
    EncryptUnfinished {
        source: Box<StoreError>,
    },
    /// `doctor --restore` could not use the backup of the log `log`.
    FromBackup {
        log: String,
        source: Box<StoreError>,
    },
}

/// What is wrong with a file in the config folder ([`StoreError::Config`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ConfigProblem {
    /// `device.json` does not read as this device's id and name.
    NotADeviceFile,
    /// `key.txt` holds no key.
    NoAgeKey,
    /// A file given to `plan key import` holds no key (`AGE-SECRET-KEY-1…`).
    NoAgeKeyMarked,
    /// The record of what `plan remind install` wrote does not read.
    NotAReminderRecord,
}

/// What failed after a change was saved ([`StoreError::AfterCommit`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AfterSave {
    /// Keeping the old version of a log as its backup.
    KeepingBackup,
    /// Flushing the plan folder to disk.
    Flushing,
    /// Keeping layout 2's old files aside after the move to logs.
    KeepingAside,
}

/// What this device holds of an encrypted plan's key, when not the key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyHeld {
    /// No key at all.
    Nothing,
    /// Another key: not this plan's (imported before the plan folder arrived?).
    Another,
    /// The key of its own `plan encrypt`, run while another device ran one
    /// too; the plan kept the other's (its `format` has a conflict copy).
    Raced,
}

/// The platform folders `plan` uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Folder {
    /// Where the plan folder is, unless `--home` or `PLAN_HOME` says.
    Data,
    /// This device's id and key.
    Config,
    /// The read cache and the lock.
    Cache,
}

/// What the store was doing to a file when the system failed it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    List,
    LookAt,
    Create,
    Open,
    Lock,
    Write,
    KeepBackup,
    Encrypt,
    Save,
    SaveKey,
    Remove,
}

impl StoreError {
    /// `action` failed on `path`, for `map_err`.
    pub(super) fn io(action: Action, path: impl Into<PathBuf>) -> impl FnOnce(io::Error) -> StoreError {
        let path = path.into();
        move |source| StoreError::Io { action, path, source }
    }

    /// Whether the system failed to read or write, as against the store
    /// finding something wrong in a file.
    pub(super) fn is_io(&self) -> bool {
        matches!(self, StoreError::Io { .. } | StoreError::Os(_))
    }
}

impl std::error::Error for StoreError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            StoreError::AfterCommit { source, .. }
            | StoreError::Io { source, .. }
            | StoreError::KeepAside { source, .. }
            | StoreError::MarkEncrypted { source } => Some(source),
            StoreError::PlaybookNotText { source, .. } => Some(source),
            StoreError::FromBackup { source, .. } | StoreError::EncryptUnfinished { source } => {
                Some(source.as_ref())
            }
            // Its words are the system's: what follows them is what follows theirs.
            StoreError::Os(err) => std::error::Error::source(err),
            _ => None,
        }
    }
}

impl From<io::Error> for StoreError {
    fn from(err: io::Error) -> StoreError {
        StoreError::Os(err)
    }
}
