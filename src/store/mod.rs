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
//! The modules: [`files`] (primitives that never follow a planted link),
//! [`lock`] (bounded waiting), [`layout`] (names, `format`, heads),
//! [`logs`] (reading logs, the commit), [`crypto`] (age), [`cache`],
//! [`device`], [`legacy`] (layout 2, read and migrated), [`repair`] (`doctor`),
//! and [`error`], the one error they all return.

// The store is the one owner of the plan folder: file access is allowed here.
#![allow(clippy::disallowed_methods)]

mod cache;
mod crypto;
mod device;
mod error;
mod export;
mod files;
mod hooks;
mod layout;
mod legacy;
mod lock;
mod logs;
mod output;
mod repair;

use std::collections::{BTreeMap, BTreeSet};
use std::hash::{DefaultHasher, Hash, Hasher};
use std::ops::{Bound, RangeBounds};
use std::path::{Path, PathBuf};
use std::time::Duration;

use chrono::NaiveDate;

pub use device::{Device, Devices, Encrypted};
pub use error::{Action, Folder, StoreError};
pub use files::ReadError;
pub use hooks::Hook;
pub use legacy::{MonthProblem, SCHEMA as LEGACY_SCHEMA, StateProblem, parse_state};
pub use lock::Lock;
pub use output::write_private;
pub use repair::{FileState, Finding, Restored};

use crate::event::{self, Archived, Change, Clock, DeviceId, Event, Journal, Month, PlanId, Recorded};
use crate::state::{Checkin, State};
use crypto::Sealer;
use error::StoreResult as Result;
use files::{DirState, MAX_READ, dir_state, read_file};
use layout::{FORMAT_FILE, FolderFormat, HEAD, Head, LAYOUT, PLAN_LOG, log_month, month_log};
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
}

/// A plan read under the shared lock, for readers that need its check-ins.
/// Drop it before printing: a reader never holds the lock while it writes.
pub struct Reader<'h> {
    home: &'h Home,
    pub state: State,
    source: Source,
    _lock: Lock,
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

/// A plan held under the exclusive lock, to be changed and saved.
pub struct Writer<'h> {
    home: &'h Home,
    pub state: State,
    source: Source,
    device: Device,
    sealer: Sealer,
    /// This device's logs as read (an empty head for a new device).
    own: DeviceLogs,
    /// Every other device, as read.
    others: Vec<DeviceLogs>,
    /// Whether the plan was folded from every committed event.
    complete: bool,
    /// A layout-2 plan's events, written with the first change.
    pending: Vec<Event>,
    original: Option<(u32, Vec<u8>)>,
    _lock: Lock,
}

/// What a change needs, read under the lock.
struct Held {
    /// The current plan, if there is one.
    state: Option<State>,
    source: Source,
    device: Device,
    sealer: Sealer,
    own: DeviceLogs,
    /// Every other device, as read.
    others: Vec<DeviceLogs>,
    /// Whether the plan was folded from every committed event.
    complete: bool,
    pending: Vec<Event>,
    /// A layout-2 state of an older schema: its schema and bytes, kept for good.
    original: Option<(u32, Vec<u8>)>,
}

impl Held {
    fn into_writer(self, home: &Home, state: State, lock: Lock) -> Writer<'_> {
        Writer {
            home,
            state,
            source: self.source,
            device: self.device,
            sealer: self.sealer,
            own: self.own,
            others: self.others,
            complete: self.complete,
            pending: self.pending,
            original: self.original,
            _lock: lock,
        }
    }
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
        Ok(Home { dir, notify, lock_wait, config, cache, own_logs: std::cell::RefCell::default() })
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

    /// The plan as last committed, without the lock: every file is written
    /// whole, so `status` never waits.
    pub fn peek(&self) -> Result<State> {
        self.check_home()?;
        match self.layout()? {
            Layout::Empty => Err(self.no_state()),
            Layout::Legacy => Ok(self.read_legacy()?.0.state()),
            Layout::Logs(format) => {
                let opened = self.open_logs(&format, false)?;
                opened.state.ok_or_else(|| self.no_state())
            }
        }
    }

    /// The plan under the shared lock, for reading its check-ins too.
    pub fn reader(&self) -> Result<Reader<'_>> {
        self.check_home()?;
        let lock = self.shared()?;
        let (state, source) = match self.layout()? {
            Layout::Empty => return Err(self.no_state()),
            Layout::Legacy => {
                let (legacy, _) = self.read_legacy()?;
                (legacy.state(), Source::Legacy { months: legacy.months })
            }
            Layout::Logs(format) => {
                let opened = self.open_logs(&format, true)?;
                let state = opened.state.ok_or_else(|| self.no_state())?;
                (state, Source::Logs { sealer: opened.sealer, devices: opened.devices })
            }
        };
        Ok(Reader { home: self, state, source, _lock: lock })
    }

    /// The plan under the exclusive lock, to change it. Whether there is a
    /// plan is decided after the lock is taken, so a `start --force` running
    /// at the same time is waited for, not mistaken for no plan.
    pub fn writer(&self) -> Result<Writer<'_>> {
        self.check_home()?;
        let lock = self.exclusive()?;
        let held = self.hold()?;
        let state = held.state.clone().ok_or_else(|| self.no_state())?;
        Ok(held.into_writer(self, state, lock))
    }

    /// Under the lock: read what a change needs, moving a layout-2 plan to
    /// logs in memory (it is written with the change).
    fn hold(&self) -> Result<Held> {
        let device = self.config()?.device_or_create()?;
        let fresh = DeviceLogs::new(&device, &self.devices_dir());
        match self.layout()? {
            Layout::Empty => Ok(Held {
                state: None,
                source: Source::Moving { months: BTreeMap::new() },
                device,
                sealer: Sealer::plain(),
                own: fresh,
                others: Vec::new(),
                complete: true,
                pending: Vec::new(),
                original: None,
            }),
            Layout::Legacy => {
                let (legacy, bytes) = self.read_legacy()?;
                let original = legacy.migrated_from.map(|schema| (schema, bytes));
                // A move to logs that a kill cut short left only files no
                // head names: their temporary files go now, the rest is rewritten.
                remove_own_leftovers(&fresh.dir);
                files::remove_tmp_files(&self.dir, |target| target == FORMAT_FILE || is_legacy_file(target));
                files::remove_tmp_files(&self.dir.join(MIGRATED), is_legacy_file);
                let mut months = BTreeMap::new();
                let mut entries = Vec::new();
                for (&month, &generation) in &legacy.months {
                    let checkins = self.read_month(month, generation)?;
                    entries.extend(checkins.iter().cloned());
                    months.insert(month, checkins);
                }
                let clock = Clock::next(Clock::default(), crate::clock::now_ms());
                let pending = legacy.into_events(&entries, &device.id, clock);
                let recorded: Vec<Recorded> = pending
                    .iter()
                    .map(|event| Recorded { device: device.id.clone(), event: event.clone() })
                    .collect();
                let state = event::fold(&recorded).map(|folded| folded.state);
                Ok(Held {
                    state,
                    source: Source::Moving { months },
                    device,
                    sealer: Sealer::plain(),
                    own: fresh,
                    others: Vec::new(),
                    complete: true,
                    pending,
                    original,
                })
            }
            Layout::Logs(format) => {
                let opened = self.open_logs(&format, true)?;
                let own = match opened.devices.iter().find(|logs| logs.id == device.id) {
                    Some(own) => own.clone(),
                    None => {
                        // No head of ours: then no log of ours either, or
                        // a new event would take a number already used.
                        let names = files::names_strict(&fresh.dir)
                            .map_err(StoreError::io(Action::List, &fresh.dir))?;
                        if names.iter().any(|name| layout::is_log(name)) {
                            return Err(StoreError::Log {
                                path: fresh.dir.join(HEAD),
                                what: "is missing, though this device's logs are there".into(),
                            });
                        }
                        fresh
                    }
                };
                remove_own_leftovers_among(&own.dir, &own.names);
                files::remove_tmp_files(&self.dir, |target| target == FORMAT_FILE || is_legacy_file(target));
                files::remove_tmp_files(&self.dir.join(MIGRATED), is_legacy_file);
                if self.legacy_present()? {
                    // A move to logs whose last step was cut short.
                    self.keep_migrated(None)
                        .map_err(|source| StoreError::KeepAside { finishing: true, source })?;
                } else {
                    self.remove_migrated();
                }
                let others = opened.devices.iter().filter(|device| device.id != own.id).cloned().collect();
                Ok(Held {
                    state: opened.state,
                    source: Source::Logs { sealer: opened.sealer.clone(), devices: opened.devices },
                    device,
                    sealer: opened.sealer,
                    own,
                    others,
                    complete: opened.complete,
                    pending: Vec::new(),
                    original: None,
                })
            }
        }
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
                        what: "is not plan's format file".into(),
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
                has_heads |= files::exists(&self.devices_dir().join(id.as_str()).join(HEAD))?;
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

    /// Whether layout 2's files are here; an error is an error, not an answer.
    fn legacy_present(&self) -> Result<bool> {
        for path in [self.state_path(), self.backup_path(), self.checkins_dir()] {
            if files::exists(&path).map_err(StoreError::io(Action::LookAt, &path))? {
                return Ok(true);
            }
        }
        Ok(false)
    }

    fn has_legacy(&self) -> bool {
        [self.state_path(), self.backup_path(), self.checkins_dir()]
            .iter()
            .any(|path| files::exists(path).unwrap_or(true))
    }

    /// Whether anything of a plan is here, even a damaged one.
    pub fn has_plan(&self) -> bool {
        self.has_legacy() || files::exists(&self.dir.join(FORMAT_FILE)).unwrap_or(true)
    }

    /// The sealer for a plan of `format`, with this device's key if it has one.
    fn sealer(&self, format: &FolderFormat) -> Result<Sealer> {
        let identity = match &format.recipient {
            Some(_) => self.config()?.identity()?,
            None => None,
        };
        Sealer::new(format.recipient.as_deref(), identity)
            .map_err(|what| StoreError::Log { path: self.dir.join(FORMAT_FILE), what })
    }

    /// The plan from the cache if it was folded from the heads as they are
    /// now (checked on their bytes and their folders' times alone), else by
    /// folding every log (and caching that). `devices` asks for every
    /// device's head as well: from the cache too, when it holds them.
    fn open_logs(&self, format: &FolderFormat, devices: bool) -> Result<Opened> {
        let sealer = self.sealer(format)?;
        if sealer.is_encrypted() && !sealer.has_key() {
            return Err(StoreError::NoKey { path: self.dir.join(FORMAT_FILE) });
        }
        let cache_dir = self.cache_dir().ok();
        let own =
            self.config().ok().and_then(|config| config.device().ok().flatten()).map(|device| device.id);
        if let Some(dir) = &cache_dir
            && let Ok(on_disk) = self.heads_on_disk()
            && let Some(hit) = cache::read(dir, &fingerprint_of_disk(&on_disk))
        {
            if !devices {
                return Ok(Opened { sealer, devices: Vec::new(), complete: true, state: Some(hit.state) });
            }
            let mut copies = hit.copies;
            let from_cache: Option<Vec<DeviceLogs>> = on_disk
                .into_iter()
                .map(|(id, stamp, head_bytes)| {
                    let head = hit.heads.iter().find(|head| head.device == id)?.clone();
                    Some(DeviceLogs {
                        dir: self.devices_dir().join(id.as_str()),
                        names: copies.remove(&id).unwrap_or_default(),
                        own: own.as_ref() == Some(&id),
                        id,
                        head,
                        head_bytes,
                        stamp,
                    })
                })
                .collect();
            if let Some(devices) = from_cache {
                return Ok(Opened { sealer, devices, complete: true, state: Some(hit.state) });
            }
        }
        let devices = self.read_heads(&sealer)?;
        let (mut events, complete) = self.read_everything(&devices, &sealer, None)?;
        event::order(&mut events);
        let state = event::fold(&events).map(|folded| folded.state);
        if let (Some(dir), Some(state), true) = (&cache_dir, &state, complete) {
            write_cache(dir, devices.iter(), state);
        }
        Ok(Opened { sealer, devices, complete, state })
    }

    /// Every device's head as bytes, with its folder's modification time (a
    /// file a sync engine adds there, such as a conflict copy, changes it).
    /// No folder of a device is listed: they grow a file a month.
    fn heads_on_disk(&self) -> Result<Vec<(DeviceId, files::Stamp, Vec<u8>)>> {
        let mut devices = Vec::new();
        for id in files::names_strict(&self.devices_dir())?.iter().filter_map(|name| DeviceId::parse(name)) {
            let dir = self.devices_dir().join(id.as_str());
            let stamp = files::stamp(&dir)?;
            match read_file(&dir.join(HEAD), false, MAX_READ) {
                Ok(bytes) => devices.push((id, stamp, bytes)),
                Err(ReadError::Missing) => {}
                Err(problem) => return Err(StoreError::Unreadable { path: dir.join(HEAD), problem }),
            }
        }
        Ok(devices)
    }

    /// Read and parse layout 2's `state.json`, with its bytes.
    fn read_legacy(&self) -> Result<(LegacyState, Vec<u8>)> {
        let path = self.state_path();
        let bytes = match read_file(&path, false, MAX_READ) {
            Ok(bytes) => bytes,
            Err(ReadError::Missing) => return Err(self.no_state()),
            Err(problem) => return Err(StoreError::Unreadable { path, problem }),
        };
        match parse_state(&bytes) {
            Ok(state) => Ok((state, bytes)),
            Err(problem) => {
                let backup = (!matches!(problem, StateProblem::Newer(_))
                    && self.read_legacy_backup().is_ok())
                .then(|| self.backup_path());
                Err(StoreError::State { path, problem, backup })
            }
        }
    }

    fn read_legacy_backup(&self) -> Result<(LegacyState, Vec<u8>)> {
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

    /// One version of a layout-2 month, oldest first.
    fn read_month(&self, month: Month, generation: u32) -> Result<Vec<Checkin>> {
        let path = self.month_path(month, generation);
        if let DirState::NotAFolder(what) = dir_state(&self.checkins_dir(), false)? {
            return Err(StoreError::NotAFolder { path: self.checkins_dir(), what, home: false });
        }
        let bytes = read_file(&path, false, MAX_READ)
            .map_err(|problem| StoreError::Unreadable { path: path.clone(), problem })?;
        legacy::parse_month(&bytes, month).map_err(|problem| StoreError::Month { path, problem })
    }

    /// The check-ins of `month` of the current plan, merged across devices.
    fn month_from_logs(
        &self,
        state: &State,
        month: Month,
        sealer: &Sealer,
        devices: &[DeviceLogs],
    ) -> Result<Vec<Checkin>> {
        let only = std::iter::once(month_log(month)).collect();
        let (mut events, _) = self.read_everything(devices, sealer, Some(&only))?;
        event::order(&mut events);
        Ok(event::days_of(&events, &state.plan).into_values().collect())
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

    /// Begin a plan with `start` (a [`Change::Start`]). An existing plan is
    /// refused unless it ended, or with `force` archived: it stays whole in
    /// the logs, and `plan archive` lists it. Returns the new plan, and
    /// whether one was archived. `also` are the changes the new plan begins
    /// with after its start (a why carried over), committed with it.
    pub fn start(&self, start: Change, also: Vec<Change>, force: bool) -> Result<(State, bool)> {
        self.begin(std::iter::once(start).chain(also).collect(), force, "the new plan")
    }

    /// Begin a plan from `changes` (its start first) in one commit: all of
    /// them or none. Returns what they fold to, as the plan the start names,
    /// and whether a plan was archived: a running plan is refused unless
    /// `force` archives it; one that `plan end` closed is archived.
    fn begin(&self, changes: Vec<Change>, force: bool, what: &str) -> Result<(State, bool)> {
        let Some(Change::Start { playbook, source, started, since }) = changes.first() else {
            unreachable!("a plan begins with its start")
        };
        let (playbook, source, started, since) = ((**playbook).clone(), source.clone(), *started, *since);
        let created = self.make_home()?;
        let begun = (|| {
            let lock = self.exclusive()?;
            let held = self.hold()?;
            let existing = held.state.is_some();
            // A plan that `plan end` closed is archived by the next start.
            let ended = held.state.as_ref().is_some_and(|state| state.ended.is_some());
            if existing && !force && !ended {
                return Err(StoreError::AlreadyAPlan { dir: self.dir.clone() });
            }
            // The start takes the first number of this commit, and names the plan.
            let id = PlanId::of(&held.device.id, next_seq(&held.own, &held.pending));
            let start = State::new(id, playbook, source, started, since);
            let mut plan = held.into_writer(self, start, lock);
            // A new plan has no days yet: none of the old plan's are read.
            plan.apply_and_commit(what, changes, BTreeMap::new())?;
            Ok((plan.state, existing))
        })();
        if begun.is_err() && created {
            self.undo_created_home();
        }
        begun
    }

    /// The plan folder, made (0700) if missing. Returns whether it was made.
    fn make_home(&self) -> Result<bool> {
        match dir_state(&self.dir, true)? {
            DirState::Missing => {
                files::create_private_dir(&self.dir).map_err(StoreError::io(Action::Create, &self.dir))?;
                Ok(true)
            }
            DirState::NotAFolder(what) => {
                Err(StoreError::NotAFolder { path: self.dir.clone(), what, home: true })
            }
            DirState::Folder(_) => {
                self.check_home()?;
                Ok(false)
            }
        }
    }

    /// Every event of every device, in the order all devices agree on.
    fn every_event(&self, format: &FolderFormat) -> Result<Vec<Recorded>> {
        let sealer = self.sealer(format)?;
        if sealer.is_encrypted() && !sealer.has_key() {
            return Err(StoreError::NoKey { path: self.dir.join(FORMAT_FILE) });
        }
        let devices = self.read_heads(&sealer)?;
        let (mut events, _) = self.read_everything(&devices, &sealer, None)?;
        event::order(&mut events);
        Ok(events)
    }

    /// A start that failed leaves no folder it made.
    fn undo_created_home(&self) {
        for name in files::names(&self.dir) {
            let path = self.dir.join(&name);
            if name == FORMAT_FILE && files::is_file(&path) {
                let _ = std::fs::remove_file(path);
            }
        }
        let devices = self.devices_dir();
        for id in files::names(&devices) {
            let _ = std::fs::remove_dir(devices.join(id));
        }
        let _ = std::fs::remove_dir(devices);
        let _ = std::fs::remove_dir(&self.dir);
    }

    /// The plans a later start replaced, with every one of their
    /// check-ins: first those layout 2 kept in `archive/DATE/`, then those
    /// in the logs, oldest first.
    pub fn archived(&self) -> Result<Vec<(Archived, Vec<Checkin>)>> {
        self.check_home()?;
        let _lock = self.shared()?;
        let mut found = self.legacy_archives()?;
        if let Layout::Logs(format) = self.layout()? {
            let events = self.every_event(&format)?;
            found.extend(event::archived(&events).into_iter().map(|archived| {
                let days = event::days_of(&events, &archived.plan);
                (archived, days.into_values().collect())
            }));
        }
        Ok(found)
    }

    /// Layout 2's `archive/DATE/` folders, each a whole plan.
    fn legacy_archives(&self) -> Result<Vec<(Archived, Vec<Checkin>)>> {
        let archive = self.dir.join(ARCHIVE);
        let mut found = Vec::new();
        for name in files::names(&archive) {
            let dir = archive.join(&name);
            let Some(ended) =
                name.get(..10).and_then(|date| NaiveDate::parse_from_str(date, "%Y-%m-%d").ok())
            else {
                continue;
            };
            if !matches!(dir_state(&dir, false)?, DirState::Folder(_)) {
                continue;
            }
            let path = dir.join(STATE);
            let bytes = read_file(&path, false, MAX_READ)
                .map_err(|problem| StoreError::Unreadable { path: path.clone(), problem })?;
            let legacy = parse_state(&bytes).map_err(|problem| StoreError::State {
                path: path.clone(),
                problem,
                backup: None,
            })?;
            let mut checkins = Vec::new();
            for (&month, &generation) in &legacy.months {
                let path = dir.join(CHECKINS).join(legacy::month_file_name(month, generation));
                let bytes = read_file(&path, false, MAX_READ)
                    .map_err(|problem| StoreError::Unreadable { path: path.clone(), problem })?;
                checkins.extend(
                    legacy::parse_month(&bytes, month)
                        .map_err(|problem| StoreError::Month { path, problem })?,
                );
            }
            let archived = Archived {
                plan: PlanId(format!("{ARCHIVE}/{name}")),
                playbook: legacy.playbook.id.clone(),
                title: legacy.playbook.title.clone(),
                started: legacy.started,
                ended,
                outcome: None,
                note: None,
            };
            found.push((archived, checkins));
        }
        Ok(found)
    }

    /// Layout 2's files, kept aside after the move, go at the next change.
    fn remove_migrated(&self) {
        let kept = self.dir.join(MIGRATED);
        if !matches!(dir_state(&kept, false), Ok(DirState::Folder(_))) {
            return;
        }
        let checkins = kept.join(CHECKINS);
        for name in files::names(&checkins) {
            if legacy::parse_month_name(&name).is_some() {
                let _ = std::fs::remove_file(checkins.join(name));
            }
        }
        let _ = std::fs::remove_dir(&checkins);
        // The kept copies of older schemas and damaged states stay for good.
        for name in [STATE, BACKUP, "lock"] {
            if files::is_file(&kept.join(name)) {
                let _ = std::fs::remove_file(kept.join(name));
            }
        }
        let _ = std::fs::remove_dir(&kept);
    }

    /// Move layout 2's files aside into `migrated-from-layout-2/`, after
    /// the first commit to logs.
    fn keep_migrated(&self, original: Option<(u32, Vec<u8>)>) -> std::io::Result<PathBuf> {
        let kept = self.dir.join(MIGRATED);
        if matches!(dir_state(&kept, false)?, DirState::Missing) {
            files::create_private_dir(&kept)?;
        }
        if let Some((schema, bytes)) = original {
            // As an older plan wrote it, for good.
            let name = format!("{STATE}.schema{schema}");
            if !files::exists(&self.dir.join(&name))? && !files::exists(&kept.join(&name))? {
                files::write_atomic(&kept, &name, &bytes)?;
            }
        }
        for name in files::names_strict_at(&self.dir, true)? {
            if is_legacy_file(&name) || name == CHECKINS || name == "lock" {
                std::fs::rename(self.dir.join(&name), kept.join(&name))?;
            }
        }
        files::sync_dir(&kept)?;
        files::sync_dir(&self.dir)?;
        Ok(kept)
    }
}

/// The number of this device's next event: after its head's, and after
/// the events a move from layout 2 is about to write (`pending`).
fn next_seq(own: &DeviceLogs, pending: &[Event]) -> u64 {
    let pending = pending.last().map_or(0, |event| event.seq);
    own.head.seq.max(pending) + 1
}

/// The fingerprint of the heads of `devices`, as read.
fn fingerprint_of<'a>(devices: impl IntoIterator<Item = &'a DeviceLogs>) -> String {
    cache::fingerprint(
        devices.into_iter().map(|device| (&device.id, device.stamp, device.head_bytes.as_slice())),
    )
}

/// The fingerprint of heads read from disk.
fn fingerprint_of_disk(heads: &[(DeviceId, files::Stamp, Vec<u8>)]) -> String {
    cache::fingerprint(heads.iter().map(|(id, stamp, bytes)| (id, *stamp, bytes.as_slice())))
}

/// Cache `state` as folded from `devices` (in the order of their ids).
fn write_cache<'a>(dir: &Path, devices: impl Iterator<Item = &'a DeviceLogs> + Clone, state: &State) {
    let heads: Vec<&Head> = devices.clone().map(|device| &device.head).collect();
    let copies = devices
        .clone()
        .map(|device| (device.id.clone(), device.extra_names()))
        .filter(|(_, copies)| !copies.is_empty())
        .collect();
    cache::write(dir, &fingerprint_of(devices), &heads, copies, state);
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
        }
    }
}

impl Reader<'_> {
    /// The check-ins of one month, oldest first.
    pub fn month(&self, month: Month) -> Result<Vec<Checkin>> {
        self.home.month_of(&self.state, &self.source, month)
    }

    /// The check-ins dated in `range`, oldest first: only the months it
    /// covers are read.
    pub fn checkins(&self, range: impl RangeBounds<NaiveDate>) -> Result<Vec<Checkin>> {
        self.home.checkins_of(&self.state, &self.source, &range)
    }

    /// What the plan holds in the person's own words: their why, drafts,
    /// the answers of the latest readiness check.
    pub fn journal(&self) -> Result<Journal> {
        self.home.journal_of(&self.state, &self.source)
    }
}

impl Home {
    /// The check-ins of `state` dated in `range`, oldest first, from the
    /// months that range covers.
    fn checkins_of(
        &self,
        state: &State,
        source: &Source,
        range: &impl RangeBounds<NaiveDate>,
    ) -> Result<Vec<Checkin>> {
        let month = |bound: Bound<&NaiveDate>| match bound {
            Bound::Included(date) | Bound::Excluded(date) => Some(Month::of(*date)),
            Bound::Unbounded => None,
        };
        let (first, last) = (month(range.start_bound()), month(range.end_bound()));
        let mut checkins = Vec::new();
        for month in months_of(source) {
            if first.is_some_and(|first| month < first) || last.is_some_and(|last| month > last) {
                continue;
            }
            checkins.extend(
                self.month_of(state, source, month)?.into_iter().filter(|day| range.contains(&day.date)),
            );
        }
        Ok(checkins)
    }

    fn journal_of(&self, state: &State, source: &Source) -> Result<Journal> {
        match source {
            Source::Logs { sealer, devices } => {
                let only = std::iter::once(PLAN_LOG.to_owned()).collect();
                let (mut events, _) = self.read_everything(devices, sealer, Some(&only))?;
                event::order(&mut events);
                Ok(event::journal(&events, &state.plan))
            }
            // A plan kept as layout 2 wrote none.
            Source::Legacy { .. } | Source::Moving { .. } => Ok(Journal::default()),
        }
    }

    fn month_of(&self, state: &State, source: &Source, month: Month) -> Result<Vec<Checkin>> {
        match source {
            Source::Logs { sealer, devices } => self.month_from_logs(state, month, sealer, devices),
            Source::Legacy { months } => match months.get(&month) {
                Some(&generation) => self.read_month(month, generation),
                None => Ok(Vec::new()),
            },
            Source::Moving { months } => Ok(months.get(&month).cloned().unwrap_or_default()),
        }
    }
}

/// The months with check-ins, in order.
fn months_of(source: &Source) -> BTreeSet<Month> {
    match source {
        Source::Logs { devices, .. } => {
            devices.iter().flat_map(DeviceLogs::logs).filter_map(|log| log_month(log)).collect()
        }
        Source::Legacy { months } => months.keys().copied().collect(),
        Source::Moving { months } => months.keys().copied().collect(),
    }
}

impl Writer<'_> {
    /// The check-ins of one month, oldest first.
    pub fn month(&self, month: Month) -> Result<Vec<Checkin>> {
        self.home.month_of(&self.state, &self.source, month)
    }

    /// The check-ins dated in `range`, oldest first (see [`Reader::checkins`]).
    pub fn checkins(&self, range: impl RangeBounds<NaiveDate>) -> Result<Vec<Checkin>> {
        self.home.checkins_of(&self.state, &self.source, &range)
    }

    fn next_seq(&self) -> u64 {
        next_seq(&self.own, &self.pending)
    }

    /// What the plan holds in the person's own words (see [`Reader::journal`]).
    pub fn journal(&self) -> Result<Journal> {
        self.home.journal_of(&self.state, &self.source)
    }

    /// Record `change`: apply it to `self.state` with the one `apply` the
    /// fold uses, append it to this device's log and commit it. `what` names
    /// it for a message after the commit point ("the check-in for
    /// 2026-11-24"). Returns the days it touched, as they now are.
    pub fn save(&mut self, what: &str, change: Change) -> Result<BTreeMap<NaiveDate, Checkin>> {
        self.save_all(what, vec![change])
    }

    /// Record `changes` in one commit: all of them, or none. Each is applied
    /// to `self.state` as the fold applies it, so what the cache keeps is
    /// what a fold of the logs gives. Returns the days they touched.
    pub fn save_all(&mut self, what: &str, changes: Vec<Change>) -> Result<BTreeMap<NaiveDate, Checkin>> {
        let mut days = BTreeMap::new();
        for month in changes.iter().filter_map(Change::month).collect::<BTreeSet<Month>>() {
            days.extend(self.month(month)?.into_iter().map(|day| (day.date, day)));
        }
        self.apply_and_commit(what, changes, days)
    }

    /// Apply `changes` to the state, with `days` the check-ins they may
    /// touch, and commit them. Returns the days they touched.
    fn apply_and_commit(
        &mut self,
        what: &str,
        changes: Vec<Change>,
        mut days: BTreeMap<NaiveDate, Checkin>,
    ) -> Result<BTreeMap<NaiveDate, Checkin>> {
        for change in &changes {
            event::apply(&mut self.state, &mut days, change);
        }
        let touched: BTreeSet<NaiveDate> = changes
            .iter()
            .filter_map(|change| match change {
                Change::Checkin { date, .. } => Some(*date),
                _ => None,
            })
            .collect();
        days.retain(|date, _| touched.contains(date));
        let latest = self
            .others
            .iter()
            .map(|device| device.head.clock)
            .chain([self.own.head.clock, self.state.clock])
            .max();
        let mut clock = self.pending.iter().map(|event| event.clock).chain(latest).max().unwrap_or_default();
        let mut events = Vec::with_capacity(changes.len());
        for (seq, change) in (self.next_seq()..).zip(changes) {
            clock = Clock::next(clock, crate::clock::now_ms());
            let plan = match &change {
                Change::Start { .. } => PlanId::of(&self.device.id, seq),
                _ => self.state.plan.clone(),
            };
            events.push(Event { seq, clock, plan, change });
        }
        self.commit(what, &events)?;
        Ok(days)
    }

    /// Commit the events read from layout 2 alone (`doctor --restore`).
    fn commit_pending(&mut self, what: &str) -> Result<()> {
        self.commit(what, &[])
    }

    fn commit(&mut self, what: &str, new: &[Event]) -> Result<()> {
        let home = self.home;
        let moving = !self.pending.is_empty();
        // What this commit makes before its commit point, taken back if it fails.
        let mut made: Vec<PathBuf> = Vec::new();
        let result = self.write(what, new, &mut made);
        if let Err(err) = result {
            if !matches!(err, StoreError::AfterCommit { .. }) {
                for path in made.iter().rev() {
                    let _ = std::fs::remove_file(path).or_else(|_| std::fs::remove_dir(path));
                }
            }
            return Err(err);
        }
        if moving {
            let kept =
                home.keep_migrated(self.original.take()).map_err(|source| StoreError::AfterCommit {
                    what: what.to_owned(),
                    step: "keeping the plan's old files aside",
                    source,
                })?;
            (home.notify)(&Notice::Migrated { kept });
        }
        Ok(())
    }

    fn write(&mut self, what: &str, new: &[Event], made: &mut Vec<PathBuf>) -> Result<()> {
        let home = self.home;
        let format = home.dir.join(FORMAT_FILE);
        if !files::exists(&format)? {
            let bytes = serde_json::to_vec_pretty(&FolderFormat::new(None)).expect("a format serialises");
            made.push(format.clone());
            files::write_atomic(&home.dir, FORMAT_FILE, &bytes)
                .and_then(|()| files::sync_dir(&home.dir))
                .map_err(StoreError::io(Action::Write, &format))?;
        }
        for dir in [home.devices_dir(), home.devices_dir().join(self.device.id.as_str())] {
            if !files::exists(&dir)? {
                made.push(dir);
            }
        }
        self.own.dir = home.own_folder(&self.device.id)?;
        if self.own.head.seq == 0 {
            // A device's first change: a run killed before it may have left
            // temporary files that no cache knows of.
            remove_own_leftovers(&self.own.dir);
        }
        let mut batch: BTreeMap<String, Vec<Event>> = BTreeMap::new();
        for event in self.pending.iter().chain(new) {
            let log = event.change.month().map_or_else(|| PLAN_LOG.to_owned(), month_log);
            batch.entry(log).or_default().push(event.clone());
        }
        // A log a sync engine made conflict copies of is written again
        // with their events, so the copies can go.
        for log in self.own.logs_with_copies() {
            batch.entry(log).or_default();
        }
        let last = self.pending.last().into_iter().chain(new).last().expect("something to commit");
        let mut head = self.own.head.clone();
        head.device.clone_from(&self.device.id);
        head.name.clone_from(&self.device.name);
        head.seq = last.seq;
        head.clock = last.clock;
        for (log, events) in &batch {
            if let Some(event) = events.last() {
                head.files.insert(log.clone(), event.seq);
            }
        }
        let head_bytes = home.commit(&self.own, &batch, &head, &self.sealer, what)?;
        // Committed.
        self.state.clock = head.clock;
        self.own.head = head;
        self.own.head_bytes = head_bytes;
        // Every conflict copy was folded in and removed, and every leftover too.
        self.own
            .names
            .retain(|name| !layout::looks_like_conflict_copy(name) && !files::is_our_tmp(name, |_| true));
        self.pending.clear();
        if self.complete
            && let Ok(stamp) = files::stamp(&self.own.dir)
            && let Ok(dir) = home.cache_dir()
        {
            self.own.stamp = stamp;
            let mut devices: Vec<&DeviceLogs> = self.others.iter().chain([&self.own]).collect();
            devices.sort_by(|a, b| a.id.cmp(&b.id));
            write_cache(&dir, devices.into_iter(), &self.state);
        }
        Ok(())
    }
}
