//! The plan folder, and the only part of `plan` that touches it: the lock,
//! reading and folding every device's logs, the one write (an event and
//! its commit), the read cache, the key, repair and cleanup.
//!
//! The plan folder may sit in a folder a sync engine shares between devices
//! (Syncthing, Dropbox, Nextcloud, git): see [`layout`] for what is in it.
//! What is this device's own lives in the platform folders, never synced:
//! its id and the key in the config folder ([`device`]), the read cache and
//! the lock in the cache folder ([`cache`], [`lock`]).
//!
//! This file holds the folder itself: where it is, how it is laid out, and
//! its lock. The parts:
//! - [`snapshot`]: a read (`peek` for status, with no lock; `reader` under
//!   the shared lock, with the check-ins of a date range and the journal);
//! - [`txn`]: a change (`writer` under the exclusive lock; each change
//!   applied with the fold's `apply`, written, committed, cached);
//! - [`begin`]: a plan begun (`start`, `import`); [`archive`]: the plans
//!   later starts replaced;
//! - [`files`] (primitives that never follow a planted link), [`lock`]
//!   (bounded waiting), [`layout`] (names, `format`, heads), [`logs`]
//!   (reading logs, the commit), [`crypto`] (age), [`cache`], [`device`],
//!   [`partners`] (the partners' digests, and the friend's key);
//! - [`legacy`] and [`layout2`]: the older layout, parsed and read, behind
//!   the one `Layout::Legacy` every read and change asks about;
//! - [`repair`] (`doctor`), and [`error`], the one error they all return.

// The store is the one owner of the plan folder: file access is allowed here.
#![allow(clippy::disallowed_methods)]

mod archive;
mod begin;
mod cache;
mod crypto;
mod device;
mod error;
mod export;
mod files;
mod hooks;
mod layout;
mod layout2;
mod legacy;
mod lock;
mod logs;
mod output;
mod partners;
mod remind;
mod repair;
mod snapshot;
mod txn;

use crate::i18n::t;
use std::collections::BTreeMap;
use std::hash::{DefaultHasher, Hash, Hasher};
use std::path::{Path, PathBuf};
use std::time::Duration;

pub use cache::WentBack;
use cache::{fingerprint_of_disk, write_cache};
pub use device::{Device, Devices, Encrypted, Imported};
pub use error::{Action, AfterSave, ConfigProblem, Folder, KeyHeld, StoreError};
pub use files::{FileKind, ReadError};
pub use hooks::{Hook, HookRisk};
pub use legacy::{MonthProblem, SCHEMA as LEGACY_SCHEMA, StateProblem, parse_state};
pub use lock::Lock;
pub use output::{OutputError, write_private};
pub use partners::{
    DigestOut, PARTNERS, PartnerError, PartnerIdentity, RecipientKind, RecipientProblem, Written,
    check_recipient, open_digests,
};
pub use remind::{Installed, Removed};
pub use repair::{FileState, Finding, Restored};
pub use snapshot::Reader;
pub use txn::Writer;
use txn::{Held, next_seq};

use crate::event::{self, Archived, Change, Clock, DeviceId, Event, Journal, Month, PlanId, Recorded};
use crate::state::{Checkin, State};
use crypto::Sealer;
use error::StoreResult as Result;
use files::{DirState, MAX_READ, dir_state, read_file};
use layout::{FORMAT_FILE, FolderFormat, HEAD, Head, LAYOUT, log_month};
use legacy::LegacyState;
use logs::{DeviceLogs, remove_own_leftovers, remove_own_leftovers_among};

const STATE: &str = "state.json";
const BACKUP: &str = "state.json.bak";
const CHECKINS: &str = "checkins";
const ARCHIVE: &str = "archive";
const PLANS: &str = "plans";
/// Where layout 2's files are kept after the move to logs, until the next change.
const MIGRATED: &str = "migrated-from-layout-2";
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
    /// The plan moved from `state.json` to per-device logs.
    Migrated { kept: PathBuf },
    /// A device's files went back to an older copy (`own`: this device's).
    WentBack { went: WentBack, own: bool },
}

/// The folder that holds a plan, and this device's own folders.
#[derive(Debug, Clone)]
pub struct Home {
    pub dir: PathBuf,
    notify: fn(&Notice),
    lock_wait: Duration,
    config: Option<PathBuf>,
    cache: Option<PathBuf>,
    /// This device's logs as read in this run, by path and committed event:
    /// a change reads the month it changes, then writes it; once is enough
    /// (and for an encrypted plan, one decryption fewer).
    own_logs: std::cell::RefCell<OwnLogs>,
    /// Whether this run committed a change since the partners' digests were written.
    digests_due: std::cell::Cell<bool>,
}

/// Logs read in this run: by path and committed event, the events and
/// whether they were all there.
type OwnLogs = BTreeMap<(PathBuf, u64), (Vec<Event>, bool)>;

/// How the plan folder is laid out.
enum Layout {
    Empty,
    /// `state.json` and month files: read, and moved to logs at the next change.
    Legacy,
    Logs(FolderFormat),
}

/// A plan read from logs: its devices, how to open their files, and the
/// heads its state was folded from.
struct Opened {
    sealer: Sealer,
    /// Every device, with its head (empty when answered from the cache alone).
    devices: Vec<DeviceLogs>,
    /// Whether every committed event was there to fold.
    complete: bool,
    state: Option<State>,
    /// The highest event number known of each device, and those behind it.
    known: cache::Known,
}

/// Where a plan's check-ins come from.
enum Source {
    Logs {
        sealer: Sealer,
        devices: Vec<DeviceLogs>,
    },
    Legacy {
        months: BTreeMap<Month, u32>,
    },
    /// A layout-2 plan being moved: every check-in, already read.
    Moving {
        months: BTreeMap<Month, Vec<Checkin>>,
    },
}

impl Home {
    /// `--home` / `PLAN_HOME`, else the platform data folder. The config and
    /// cache folders are the platform's (`XDG_CONFIG_HOME`, `XDG_CACHE_HOME`).
    pub fn locate(dir: Option<PathBuf>, notify: fn(&Notice), lock_wait: Duration) -> Result<Home> {
        let dirs = directories::ProjectDirs::from("", "", "plan");
        let dir = match dir {
            Some(dir) => dir,
            None => dirs.as_ref().ok_or(StoreError::NoFolder(Folder::Data))?.data_dir().to_path_buf(),
        };
        let config = dirs.as_ref().map(|dirs| dirs.config_dir().to_path_buf());
        let cache = dirs.as_ref().map(|dirs| {
            // One cache per plan folder, named by its path.
            let mut hasher = DefaultHasher::new();
            std::path::absolute(&dir).unwrap_or_else(|_| dir.clone()).hash(&mut hasher);
            dirs.cache_dir().join(format!("{:016x}", hasher.finish()))
        });
        Ok(Home {
            dir,
            notify,
            lock_wait,
            config,
            cache,
            own_logs: std::cell::RefCell::default(),
            digests_due: std::cell::Cell::new(false),
        })
    }

    fn state_path(&self) -> PathBuf {
        self.dir.join(STATE)
    }

    fn backup_path(&self) -> PathBuf {
        self.dir.join(BACKUP)
    }

    fn lock_path(&self) -> Result<PathBuf> {
        Ok(self.cache_dir()?.join("lock"))
    }

    fn checkins_dir(&self) -> PathBuf {
        self.dir.join(CHECKINS)
    }

    pub fn plans_dir(&self) -> PathBuf {
        self.dir.join(PLANS)
    }

    fn month_path(&self, month: Month, generation: u32) -> PathBuf {
        self.checkins_dir().join(legacy::month_file_name(month, generation))
    }

    fn config(&self) -> Result<device::Config> {
        let dir = self.config.clone().ok_or(StoreError::NoFolder(Folder::Config))?;
        Ok(device::Config { dir })
    }

    fn cache_dir(&self) -> Result<PathBuf> {
        self.cache.clone().ok_or(StoreError::NoFolder(Folder::Cache))
    }

    /// The plan folder must be a folder; say so if others can reach it.
    fn check_home(&self) -> Result<()> {
        match dir_state(&self.dir, true)? {
            DirState::Missing => Err(StoreError::NoPlan { dir: self.dir.clone() }),
            DirState::NotAFolder(what) => {
                Err(StoreError::NotAFolder { path: self.dir.clone(), what, home: true })
            }
            DirState::Folder(mode) => {
                if mode & 0o077 != 0 {
                    (self.notify)(&Notice::OpenFolder { dir: self.dir.clone(), mode });
                }
                Ok(())
            }
        }
    }

    /// Logs if a device has committed any; else `state.json` if there; else
    /// nothing yet (a `format` without heads is a first write cut short).
    fn layout(&self) -> Result<Layout> {
        let format_path = self.dir.join(FORMAT_FILE);
        let format = match read_file(&format_path, false, MAX_READ) {
            Ok(bytes) => {
                let format: FolderFormat = serde_json::from_slice(&bytes)
                    .ok()
                    .filter(FolderFormat::is_ours)
                    .ok_or_else(|| StoreError::Log {
                        path: format_path.clone(),
                        what: t!("store-problem-not-a-format-file"),
                    })?;
                if format.layout > LAYOUT {
                    return Err(StoreError::NewerLayout { path: format_path, layout: format.layout });
                }
                Some(format)
            }
            Err(ReadError::Missing) => None,
            Err(problem) => return Err(StoreError::Unreadable { path: format_path, problem }),
        };
        let listed = |dir: &Path| files::names_strict(dir).map_err(StoreError::io(Action::List, dir));
        let mut has_heads = false;
        if format.is_some() {
            let ids: Vec<DeviceId> =
                listed(&self.devices_dir())?.iter().filter_map(|name| DeviceId::parse(name)).collect();
            // A head is enough to know; a device folder grows a file a month,
            // so it is listed only when no head is there.
            for id in &ids {
                let dir = self.devices_dir().join(id.as_str());
                if let DirState::NotAFolder(what) = dir_state(&dir, false)? {
                    return Err(StoreError::NotAFolder { path: dir, what, home: false });
                }
                has_heads |= files::exists(&dir.join(HEAD)).map_err(StoreError::io(Action::LookAt, &dir))?;
            }
            for id in &ids {
                if has_heads {
                    break;
                }
                has_heads = listed(&self.devices_dir().join(id.as_str()))?
                    .iter()
                    .any(|name| name == HEAD || layout::is_conflict_copy(name, HEAD));
            }
        }
        Ok(match format {
            Some(format) if has_heads => Layout::Logs(format),
            _ if self.has_legacy() => Layout::Legacy,
            Some(format) => Layout::Logs(format),
            None => Layout::Empty,
        })
    }

    /// The layout, or `None` when there is no plan folder.
    fn layout_if_any(&self) -> Result<Option<Layout>> {
        match dir_state(&self.dir, true)? {
            DirState::Folder(_) => Ok(Some(self.layout()?)),
            _ => Ok(None),
        }
    }

    /// Whether anything of a plan is here, even a damaged one.
    pub fn has_plan(&self) -> bool {
        self.has_legacy() || files::exists(&self.dir.join(FORMAT_FILE)).unwrap_or(true)
    }

    /// The sealer for a plan of `format`, with the keys this device holds.
    fn sealer(&self, format: &FolderFormat) -> Result<Sealer> {
        // The keys, if this device has any, even for a plan not marked
        // encrypted: an `encrypt` stopped part way leaves some files sealed,
        // and the device that holds the key still opens every one.
        let identities = match &format.recipient {
            Some(_) => self.config()?.identities()?,
            None => self.config().and_then(|config| config.identities()).unwrap_or_default(),
        };
        Sealer::new(format.recipient.as_deref(), identities)
            .map_err(|what| StoreError::Log { path: self.dir.join(FORMAT_FILE), what })
    }

    /// The sealer for a plan of `format`, refused if the plan is encrypted
    /// and this device does not hold its key: the error says what it holds.
    fn sealer_with_key(&self, format: &FolderFormat) -> Result<Sealer> {
        let sealer = self.sealer(format)?;
        if !sealer.is_encrypted() || sealer.has_key() {
            return Ok(sealer);
        }
        let held = if !sealer.holds_any() {
            KeyHeld::Nothing
        } else if self
            .format_copies()
            .iter()
            .any(|(_, copy)| copy.recipient.as_deref().is_some_and(|r| sealer.holds(r)))
        {
            KeyHeld::Raced
        } else {
            KeyHeld::Another
        };
        Err(StoreError::NoKey { path: self.dir.join(FORMAT_FILE), held })
    }

    /// The conflict copies of `format` that read as one, by name: two
    /// devices that ran `plan encrypt` at once each wrote a `format`.
    fn format_copies(&self) -> Vec<(String, FolderFormat)> {
        files::names(&self.dir)
            .into_iter()
            .filter(|name| layout::is_conflict_copy(name, FORMAT_FILE))
            .filter_map(|name| {
                let bytes = read_file(&self.dir.join(&name), false, MAX_READ).ok()?;
                let format: FolderFormat =
                    serde_json::from_slice(&bytes).ok().filter(FolderFormat::is_ours)?;
                Some((name, format))
            })
            .collect()
    }

    /// Why there is no state to load: no plan at all, or one missing its state.
    fn no_state(&self) -> StoreError {
        let leftovers = [self.backup_path(), self.checkins_dir()];
        if leftovers.iter().any(|path| files::exists(path).unwrap_or(true))
            && !files::exists(&self.dir.join(FORMAT_FILE)).unwrap_or(true)
        {
            StoreError::StateMissing { path: self.state_path() }
        } else {
            StoreError::NoPlan { dir: self.dir.clone() }
        }
    }

    /// Read a playbook file the person named: a regular file, at most
    /// [`MAX_PLAYBOOK`] bytes; never waits on a FIFO. Returns its text and
    /// its absolute path, which a plan records as where its playbook came from.
    pub fn read_playbook(path: &Path) -> Result<(String, PathBuf)> {
        let bytes = read_file(path, true, MAX_PLAYBOOK)
            .map_err(|problem| StoreError::Playbook { path: path.to_path_buf(), problem })?;
        let text = String::from_utf8(bytes)
            .map_err(|source| StoreError::PlaybookNotText { path: path.to_path_buf(), source })?;
        Ok((text, std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf())))
    }

    /// The `.toml` files in `plans/`, by name, with their text or why they
    /// could not be read.
    pub fn user_playbooks(&self) -> Vec<(PathBuf, Result<(String, PathBuf)>)> {
        let kept_here = self.config().ok().map(|config| config.plans_dir());
        [Some(self.plans_dir()), kept_here]
            .into_iter()
            .flatten()
            .flat_map(|dir| {
                files::names(&dir)
                    .into_iter()
                    .filter(|name| Path::new(name).extension().is_some_and(|ext| ext == "toml"))
                    .map(move |name| dir.join(name))
            })
            .map(|path| {
                let text = Home::read_playbook(&path);
                (path, text)
            })
            .collect()
    }
}

/// `state.json`, its backup, and the copies layout 2 kept beside it.
fn is_legacy_file(name: &str) -> bool {
    name == STATE
        || name == BACKUP
        || name == "lock"
        || name.strip_prefix("state.json.schema").is_some_and(|n| n.parse::<u32>().is_ok())
        || name.strip_prefix("state.json.damaged.").is_some_and(|n| n.parse::<u32>().is_ok())
}

impl DeviceLogs {
    /// A device with nothing written yet.
    fn new(device: &Device, devices: &Path) -> DeviceLogs {
        DeviceLogs {
            id: device.id.clone(),
            dir: devices.join(device.id.as_str()),
            head: Head::new(device.id.clone(), device.name.clone()),
            names: Vec::new(),
            own: true,
            head_bytes: Vec::new(),
            stamp: files::Stamp::default(),
            had: BTreeMap::new(),
        }
    }
}
