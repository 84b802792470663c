//! The plan folder, and the only part of `plan` that touches it: the lock,
//! reading, the durable commit, the backup, the archive, repair and cleanup.
//!
//! Layout of `$PLAN_HOME`:
//!
//! ```text
//! state.json               the plan: playbook copy, slips, steps, a summary of check-ins
//! state.json.bak           the state before the last save (the last good copy)
//! state.json.schemaN       a state as an older plan wrote it, kept before its first migration
//! state.json.damaged.N     a damaged state that `doctor --restore` kept aside
//! checkins/YYYY-MM.G.json  one month of check-ins, version G
//! lock                     taken by every run that changes the plan
//! archive/DATE/            plans replaced by `plan start --force`
//! plans/*.toml             the user's own playbooks
//! ```
//!
//! The modules: [`files`] (primitives that never follow a planted link),
//! [`lock`] (bounded waiting), [`decode`] (bytes to state, migration),
//! [`commit`] (the one write path), [`repair`] (`doctor`).

// The store is the one owner of the plan folder: file access is allowed here.
#![allow(clippy::disallowed_methods)]

mod commit;
mod decode;
mod files;
mod lock;
mod repair;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::Duration;

use anyhow::{Context, Result};

pub use commit::Backup;
pub use decode::{MonthProblem, StateProblem, parse_state};
pub use files::{ReadError, shell_quote};
pub use lock::Lock;
pub use repair::{FileState, Finding, Restored};

use crate::state::{Checkin, State};
use decode::{month_file_name, parse_month};
use files::{DirState, MAX_READ, dir_state, read_file};
use lock::Open;

const STATE: &str = "state.json";
const BACKUP: &str = "state.json.bak";
const LOCK: &str = "lock";
const CHECKINS: &str = "checkins";
const ARCHIVE: &str = "archive";
const PLANS: &str = "plans";
/// A playbook larger than this is not a playbook.
pub const MAX_PLAYBOOK: u64 = 1024 * 1024;

/// Something the person should hear while a command runs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    /// Another run holds the lock; this one waits.
    Waiting,
    /// The file system cannot lock; runs at once could clash.
    NoLocks { dir: PathBuf },
    /// Others can read or enter the plan folder.
    OpenFolder { dir: PathBuf, mode: u32 },
}

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
    /// `state.json` cannot be used; `backup` is a readable last good copy.
    State {
        path: PathBuf,
        problem: StateProblem,
        backup: Option<PathBuf>,
    },
    /// A state or month file is not a regular file, or cannot be read.
    Unreadable {
        path: PathBuf,
        problem: ReadError,
    },
    /// A month file the state names cannot be used.
    Month {
        path: PathBuf,
        problem: MonthProblem,
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
    /// `doctor --restore` with a state that reads.
    NothingToRestore {
        path: PathBuf,
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
}

impl std::error::Error for StoreError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            StoreError::AfterCommit { source, .. } => Some(source),
            _ => None,
        }
    }
}

/// The folder that holds a plan.
#[derive(Debug, Clone)]
pub struct Home {
    pub dir: PathBuf,
    notify: fn(&Notice),
    lock_wait: Duration,
}

/// A plan read under the shared lock, for readers that need its months too.
/// Drop it before printing: a reader never holds the lock while it writes.
pub struct Reader<'h> {
    home: &'h Home,
    pub state: State,
    _lock: Lock,
}

/// A plan held under the exclusive lock, to be changed and saved.
pub struct Writer<'h> {
    home: &'h Home,
    pub state: State,
    /// The bytes the state was read from, if it was migrated: they are kept
    /// as `state.json.schemaN` before the first save.
    original: Option<Vec<u8>>,
    lock: Lock,
}

impl Home {
    /// `--home` / `PLAN_HOME`, else the platform data folder.
    pub fn locate(dir: Option<PathBuf>, notify: fn(&Notice), lock_wait: Duration) -> Result<Home> {
        let dir = match dir {
            Some(dir) => dir,
            None => directories::ProjectDirs::from("", "", "plan")
                .context("could not find a home folder for the plan; set PLAN_HOME or pass --home DIR")?
                .data_dir()
                .to_path_buf(),
        };
        Ok(Home { dir, notify, lock_wait })
    }

    fn state_path(&self) -> PathBuf {
        self.dir.join(STATE)
    }

    fn backup_path(&self) -> PathBuf {
        self.dir.join(BACKUP)
    }

    fn lock_path(&self) -> PathBuf {
        self.dir.join(LOCK)
    }

    fn checkins_dir(&self) -> PathBuf {
        self.dir.join(CHECKINS)
    }

    pub fn plans_dir(&self) -> PathBuf {
        self.dir.join(PLANS)
    }

    fn month_path(&self, month: &str, generation: u32) -> PathBuf {
        self.checkins_dir().join(month_file_name(month, generation))
    }

    /// The state as last committed, without the lock: a committed
    /// `state.json` is always whole, so `status` never waits.
    pub fn peek(&self) -> Result<State> {
        self.check_home()?;
        Ok(self.read_state()?.0)
    }

    /// The plan under the shared lock, for reading months too.
    pub fn reader(&self) -> Result<Reader<'_>> {
        self.check_home()?;
        let lock = self.take_lock(false, Open::Existing)?.unwrap_or_else(Lock::none);
        let (state, _) = self.read_state()?;
        Ok(Reader { home: self, state, _lock: lock })
    }

    /// The plan under the exclusive lock, to change it. Whether there is a
    /// plan is decided after the lock is taken, so a `start --force` running
    /// at the same time is waited for, not mistaken for no plan.
    pub fn writer(&self) -> Result<Writer<'_>> {
        self.check_home()?;
        let open = if files::exists(&self.state_path())? { Open::Create } else { Open::Existing };
        let Some(lock) = self.take_lock(true, open)? else { return Err(self.no_state()) };
        self.recover()?;
        let (state, original) = self.read_state()?;
        Ok(Writer { home: self, state, original, lock })
    }

    /// The plan folder must be a folder; say so if others can read it.
    fn check_home(&self) -> Result<()> {
        match dir_state(&self.dir, true)? {
            DirState::Missing => Err(StoreError::NoPlan { dir: self.dir.clone() }.into()),
            DirState::NotAFolder(what) => {
                Err(StoreError::NotAFolder { path: self.dir.clone(), what, home: true }.into())
            }
            DirState::Folder(mode) => {
                if mode & 0o077 != 0 {
                    (self.notify)(&Notice::OpenFolder { dir: self.dir.clone(), mode });
                }
                Ok(())
            }
        }
    }

    /// Read and parse `state.json`, with the original bytes if it was migrated.
    fn read_state(&self) -> Result<(State, Option<Vec<u8>>)> {
        let path = self.state_path();
        let bytes = match read_file(&path, false, MAX_READ) {
            Ok(bytes) => bytes,
            Err(ReadError::Missing) => return Err(self.no_state()),
            Err(problem) => return Err(StoreError::Unreadable { path, problem }.into()),
        };
        match parse_state(&bytes) {
            Ok(state) => {
                let original = state.migrated_from.map(|_| bytes);
                Ok((state, original))
            }
            Err(problem) => {
                let backup = (!matches!(problem, StateProblem::Newer(_)) && self.read_backup().is_ok())
                    .then(|| self.backup_path());
                Err(StoreError::State { path, problem, backup }.into())
            }
        }
    }

    fn read_backup(&self) -> Result<(State, Vec<u8>), StoreError> {
        let path = self.backup_path();
        let bytes = match read_file(&path, false, MAX_READ) {
            Ok(bytes) => bytes,
            Err(ReadError::Missing) => return Err(StoreError::NoBackup { path }),
            Err(problem) => return Err(StoreError::Unreadable { path, problem }),
        };
        match parse_state(&bytes) {
            Ok(state) => Ok((state, bytes)),
            Err(problem) => Err(StoreError::BackupUnusable { path, problem }),
        }
    }

    /// Why there is no state to load: no plan at all, or one missing its state.
    fn no_state(&self) -> anyhow::Error {
        let leftovers = [self.backup_path(), self.checkins_dir()];
        if leftovers.iter().any(|path| files::exists(path).unwrap_or(true)) {
            StoreError::StateMissing { path: self.state_path() }.into()
        } else {
            StoreError::NoPlan { dir: self.dir.clone() }.into()
        }
    }

    /// The check-ins of one month ("YYYY-MM") of `state`, oldest first.
    fn month(&self, state: &State, month: &str) -> Result<Vec<Checkin>> {
        let Some(&generation) = state.months.get(month) else { return Ok(Vec::new()) };
        self.read_month(month, generation)
    }

    fn read_month(&self, month: &str, generation: u32) -> Result<Vec<Checkin>> {
        let path = self.month_path(month, generation);
        if let DirState::NotAFolder(what) = dir_state(&self.checkins_dir(), false)? {
            return Err(StoreError::NotAFolder { path: self.checkins_dir(), what, home: false }.into());
        }
        let bytes = read_file(&path, false, MAX_READ)
            .map_err(|problem| StoreError::Unreadable { path: path.clone(), problem })?;
        parse_month(&bytes, month).map_err(|problem| StoreError::Month { path, problem }.into())
    }

    /// Read a playbook file the person named: a regular file, at most
    /// [`MAX_PLAYBOOK`] bytes; never waits on a FIFO. Returns its text and
    /// its absolute path, which a plan records as where its playbook came from.
    pub fn read_playbook(path: &Path) -> Result<(String, PathBuf)> {
        let bytes = read_file(path, true, MAX_PLAYBOOK)
            .map_err(|problem| StoreError::Playbook { path: path.to_path_buf(), problem })?;
        let text = String::from_utf8(bytes)
            .with_context(|| format!("could not read playbook {}: it is not UTF-8 text", path.display()))?;
        Ok((text, std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf())))
    }

    /// The `.toml` files in `plans/`, by name, with their text or why they
    /// could not be read.
    pub fn user_playbooks(&self) -> Vec<(PathBuf, Result<(String, PathBuf)>)> {
        let dir = self.plans_dir();
        files::names(&dir)
            .into_iter()
            .filter(|name| Path::new(name).extension().is_some_and(|ext| ext == "toml"))
            .map(|name| {
                let path = dir.join(name);
                let text = Home::read_playbook(&path);
                (path, text)
            })
            .collect()
    }

    /// Whether a file or folder of a plan is here, even a damaged one.
    pub fn has_plan(&self) -> bool {
        [self.state_path(), self.backup_path(), self.checkins_dir()]
            .iter()
            .any(|path| files::exists(path).unwrap_or(true))
    }
}

impl Reader<'_> {
    /// The check-ins of one month ("YYYY-MM"), oldest first.
    pub fn month(&self, month: &str) -> Result<Vec<Checkin>> {
        self.home.month(&self.state, month)
    }

    /// The months with check-ins, oldest first.
    pub fn months(&self) -> impl DoubleEndedIterator<Item = &String> {
        self.state.months.keys()
    }
}

impl Writer<'_> {
    /// The check-ins of one month ("YYYY-MM"), oldest first.
    pub fn month(&self, month: &str) -> Result<Vec<Checkin>> {
        self.home.month(&self.state, month)
    }
}

/// Month generations by month, as a state names them.
type Months = BTreeMap<String, u32>;
