//! `plan doctor`: examining the plan folder under the lock, and restoring
//! what a damaged file held from its backup, through the same commit as
//! every other write.

use crate::i18n::t;
use std::collections::BTreeMap;
use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

use super::crypto::Sealer;
use super::crypto::is_sealed;
use super::error::{Action, AfterSave, StoreError, StoreResult as Result};
use super::files::{self, DirState, FileKind, MAX_READ, dir_state, read_file};
use super::layout::{
    BACKUP_SUFFIX, FORMAT_FILE, HEAD, Head, foreign_file, has_conflict_markers, is_conflict_copy, is_log,
    looks_like_conflict_copy,
};
use super::logs::{DeviceLogs, foreign, parse_log, read_head};
use super::{
    ARCHIVE, CHECKINS, Home, KeyHeld, Layout, Lock, MIGRATED, PLANS, ReadError, StateProblem, WentBack,
};
use crate::event::{self, Clock, DeviceId, Event, Month};

/// How a layout-2 state file reads.
#[derive(Debug)]
pub enum FileState {
    Readable { schema: u32, migrated_from: Option<u32>, checkins: usize },
    Missing,
    Problem(StateProblem),
    Unreadable(ReadError),
}

/// One thing `doctor` looked at.
#[derive(Debug)]
pub enum Finding {
    NoFolder {
        dir: PathBuf,
    },
    /// The plan folder and its permission bits.
    Folder {
        dir: PathBuf,
        mode: u32,
    },
    NotAFolder {
        path: PathBuf,
        what: FileKind,
    },
    /// Layout 2: `state.json`.
    State {
        path: PathBuf,
        read: FileState,
        backup_readable: bool,
    },
    /// Layout 2: `state.json.bak`.
    Backup {
        path: PathBuf,
        read: FileState,
    },
    /// Layout 2: how many month files the state names read, and the others.
    Months {
        readable: usize,
        problems: Vec<StoreError>,
    },
    /// The plan is still in layout 2, and moves to logs at its next change.
    Layout2,
    /// Layout 3: whether the plan is encrypted, and whether this device
    /// has the key (and if not, what it holds).
    Format {
        encrypted: bool,
        key: bool,
        held: Option<KeyHeld>,
    },
    /// Layout 3: conflict copies of `format`: `plan encrypt` ran on two
    /// devices at once. `held`: this device holds every key they name.
    FormatCopies {
        names: Vec<String>,
        held: bool,
    },
    /// Layout 3: one device's logs.
    Device {
        id: DeviceId,
        name: String,
        own: bool,
        events: u64,
        problems: Vec<StoreError>,
        waiting: bool,
        copies: usize,
    },
    /// A file others can read.
    FileMode {
        path: PathBuf,
        mode: u32,
    },
    /// Files a killed or failed run left; the next change removes them.
    Leftovers {
        names: Vec<String>,
    },
    /// Layout 2's files, kept after the move to logs until the next change.
    Migrated {
        path: PathBuf,
    },
    /// Layout 3: the backup of one of this device's logs does not read.
    LogBackup {
        problem: StoreError,
    },
    /// Layout 3, encrypted: files in the synced folder that are not
    /// sealed (by path from the plan folder).
    Unsealed {
        paths: Vec<String>,
    },
    /// Layout 3, not marked encrypted, yet some files are sealed: a
    /// `plan encrypt` stopped part way. `key`: this device can open them.
    HalfEncrypted {
        sealed: usize,
        key: bool,
    },
    /// Layout 3: a device wrote a clock further ahead of this device's wall
    /// clock than a day: its edits win over ones made later elsewhere
    /// without seeing them, until its clock is put right.
    ClockAhead {
        id: DeviceId,
        name: String,
        /// By how much, in milliseconds.
        ahead: u64,
    },
    /// Layout 3: a device's files hold fewer events than were seen of it.
    WentBack {
        went: WentBack,
        own: bool,
    },
    /// Layout 3: a device's head or logs hold both sides of a git conflict.
    GitConflict {
        id: DeviceId,
        name: String,
        own: bool,
        files: Vec<String>,
    },
    /// Layout 3: files of a device still in plain text in an encrypted plan.
    Plain {
        id: DeviceId,
        name: String,
        own: bool,
        files: usize,
    },
}

impl Finding {
    pub fn is_problem(&self) -> bool {
        match self {
            Finding::NoFolder { .. } | Finding::Layout2 | Finding::Migrated { .. } => false,
            Finding::Folder { mode, .. } => mode & 0o077 != 0,
            Finding::State { read, .. } => !matches!(read, FileState::Readable { .. }),
            Finding::Backup { read, .. } => !matches!(read, FileState::Readable { .. } | FileState::Missing),
            Finding::Months { problems, .. } | Finding::Device { problems, .. } => !problems.is_empty(),
            Finding::Format { encrypted, key, .. } => *encrypted && !key,
            Finding::Leftovers { names } => !names.is_empty(),
            Finding::NotAFolder { .. }
            | Finding::FormatCopies { .. }
            | Finding::FileMode { .. }
            | Finding::LogBackup { .. }
            | Finding::WentBack { .. }
            | Finding::GitConflict { .. }
            | Finding::Plain { .. }
            | Finding::ClockAhead { .. }
            | Finding::Unsealed { .. }
            | Finding::HalfEncrypted { .. } => true,
        }
    }
}

/// What `doctor --restore` did.
#[derive(Debug, Default)]
pub struct Restored {
    /// Damaged files kept aside, each with where.
    pub aside: Vec<PathBuf>,
    /// Logs put back from their backups.
    pub logs: Vec<String>,
    pub checkins: usize,
    /// How many of them were recorded after the backup was taken (layout 2).
    pub after_backup: usize,
}

impl Home {
    /// Look at everything, under the shared lock so that a run changing
    /// the plan is never mistaken for damage.
    pub fn examine(&self) -> Result<Vec<Finding>> {
        let mode = match dir_state(&self.dir, true)? {
            DirState::Missing => return Ok(vec![Finding::NoFolder { dir: self.dir.clone() }]),
            DirState::NotAFolder(what) => {
                return Ok(vec![Finding::NotAFolder { path: self.dir.clone(), what }]);
            }
            DirState::Folder(mode) => mode,
        };
        let _lock = self.shared()?;
        let mut findings = vec![Finding::Folder { dir: self.dir.clone(), mode }];
        for name in [CHECKINS, ARCHIVE, PLANS, super::layout::DEVICES] {
            let path = self.dir.join(name);
            if let DirState::NotAFolder(what) = dir_state(&path, false)? {
                findings.push(Finding::NotAFolder { path, what });
            }
        }
        for id in files::names(&self.devices_dir()).iter().filter_map(|name| DeviceId::parse(name)) {
            let path = self.devices_dir().join(id.as_str());
            if let DirState::NotAFolder(what) = dir_state(&path, false)? {
                findings.push(Finding::NotAFolder { path, what });
            }
        }
        // A link where the logs belong is refused by every command; say so
        // here rather than fail.
        let devices_linked = findings.iter().any(|finding| {
            matches!(finding, Finding::NotAFolder { path, .. } if path.starts_with(self.devices_dir()))
        });
        let layout = if devices_linked { Layout::Empty } else { self.layout()? };
        match layout {
            Layout::Legacy => self.examine_legacy(&mut findings),
            Layout::Logs(format) => {
                let sealer = self.sealer(&format)?;
                let held = match self.sealer_with_key(&format) {
                    Err(StoreError::NoKey { held, .. }) => Some(held),
                    _ => None,
                };
                findings.push(Finding::Format {
                    encrypted: sealer.is_encrypted(),
                    key: sealer.has_key(),
                    held,
                });
                let copies = self.format_copies();
                if !copies.is_empty() {
                    let held = copies
                        .iter()
                        .all(|(_, copy)| copy.recipient.as_deref().is_none_or(|r| sealer.holds(r)));
                    findings.push(Finding::FormatCopies {
                        names: copies.into_iter().map(|(name, _)| name).collect(),
                        held,
                    });
                }
                let (sealed_files, plain_files) = self.sealed_and_plain()?;
                // A device's own files in plain text are `Plain`, by device.
                let plain_files: Vec<String> =
                    plain_files.into_iter().filter(|path| !path.starts_with("devices/")).collect();
                if sealer.is_encrypted() && !plain_files.is_empty() {
                    findings.push(Finding::Unsealed { paths: plain_files });
                } else if !sealer.is_encrypted() && sealed_files > 0 {
                    findings
                        .push(Finding::HalfEncrypted { sealed: sealed_files, key: sealer.can_open_sealed() });
                }
                if !sealer.is_encrypted() || sealer.has_key() {
                    self.examine_devices(&sealer, &mut findings)?;
                }
            }
            Layout::Empty => {}
        }
        let mut leftovers: Vec<String> =
            files::names(&self.dir).into_iter().filter(|name| files::is_our_tmp(name, |_| true)).collect();
        for id in files::names(&self.devices_dir()).iter().filter_map(|name| DeviceId::parse(name)) {
            for name in files::names(&self.devices_dir().join(id.as_str())) {
                if files::is_our_tmp(&name, |_| true) {
                    leftovers.push(format!("devices/{id}/{name}"));
                }
            }
        }
        findings.push(Finding::Leftovers { names: leftovers });
        let migrated = self.dir.join(MIGRATED);
        if matches!(dir_state(&migrated, false)?, DirState::Folder(_)) {
            findings.push(Finding::Migrated { path: migrated });
        }
        Ok(findings)
    }

    fn examine_legacy(&self, findings: &mut Vec<Finding>) {
        findings.push(Finding::Layout2);
        let (state_read, state) = examine_state(&self.state_path());
        let (backup_read, backup) = examine_state(&self.backup_path());
        findings.push(Finding::State {
            path: self.state_path(),
            read: state_read,
            backup_readable: backup.is_some(),
        });
        findings.push(Finding::Backup { path: self.backup_path(), read: backup_read });
        if let Some(state) = &state {
            let problems: Vec<StoreError> = state
                .months
                .iter()
                .filter_map(|(&month, &generation)| self.read_month(month, generation).err())
                .filter_map(found)
                .collect();
            findings.push(Finding::Months { readable: state.months.len() - problems.len(), problems });
        }
        let mut private = vec![self.state_path(), self.backup_path()];
        private.extend(
            files::names(&self.checkins_dir()).into_iter().map(|name| self.checkins_dir().join(name)),
        );
        file_modes(private, findings);
    }

    /// How many files of the synced folder are sealed, and which are not
    /// (by path from the plan folder). `format` is plain by design: it
    /// names only the key's public half.
    fn sealed_and_plain(&self) -> Result<(usize, Vec<String>)> {
        let (mut sealed, mut plain) = (0, Vec::new());
        let mut stack = vec![self.dir.clone()];
        while let Some(dir) = stack.pop() {
            for name in files::names(&dir) {
                let path = dir.join(&name);
                if (name.starts_with('.') && dir == self.dir)
                    || files::is_our_tmp(&name, |_| true)
                    || is_conflict_copy(&name, FORMAT_FILE)
                {
                    // A sync engine's or git's own (.stfolder, .git);
                    // leftovers and copies of `format`, found on their own.
                    continue;
                }
                match dir_state(&path, false)? {
                    DirState::Folder(_) => stack.push(path),
                    _ if files::is_file(&path) && path != self.dir.join(FORMAT_FILE) => {
                        let mut start = [0u8; 32];
                        let read = fs::File::open(&path)
                            .and_then(|mut file| std::io::Read::read(&mut file, &mut start))
                            .unwrap_or(0);
                        if super::crypto::is_sealed(&start[..read]) {
                            sealed += 1;
                        } else if read > 0 {
                            let shown = path.strip_prefix(&self.dir).unwrap_or(&path);
                            plain.push(shown.display().to_string());
                        }
                    }
                    _ => {}
                }
            }
        }
        plain.sort();
        Ok((sealed, plain))
    }

    fn examine_devices(&self, sealer: &Sealer, findings: &mut Vec<Finding>) -> Result<()> {
        let own = self.config()?.device()?.map(|device| device.id);
        let cached = self.cache_dir().ok().and_then(|dir| super::cache::load(&dir));
        let heads = self.read_heads(sealer).map(|mut devices| {
            super::cache::remember(&mut devices, cached.as_ref());
            devices
        });
        let mut every: Vec<event::Recorded> = Vec::new();
        for id in files::names(&self.devices_dir()).iter().filter_map(|name| DeviceId::parse(name)) {
            let dir = self.devices_dir().join(id.as_str());
            let names = files::names(&dir);
            let mut problems = Vec::new();
            let logs = match &heads {
                Ok(devices) => devices.iter().find(|device| device.id == id).cloned(),
                Err(_) => {
                    // Said for each device, as each is read: the error again.
                    problems.extend(self.read_heads(sealer).err().and_then(found));
                    None
                }
            };
            if logs.is_none() && problems.is_empty() {
                // Left out of every read: say why.
                let head = read_head(&dir.join(HEAD), sealer);
                if let Some(name) = head.as_ref().ok().and_then(foreign_file) {
                    problems.push(foreign(&dir, name));
                }
            }
            let mut waiting = false;
            let mut events = 0;
            let name = logs.as_ref().map(|logs| logs.head.name.clone()).unwrap_or_default();
            let mut latest = logs.as_ref().map(|logs| logs.head.clock).unwrap_or_default();
            if let Some(logs) = &logs {
                for log in logs.logs() {
                    match self.read_log(logs, log, sealer) {
                        Ok((read, complete)) => {
                            waiting |= !complete;
                            events += read.len() as u64;
                            latest = read.iter().map(|event| event.clock).fold(latest, Clock::max);
                            every.extend(
                                read.into_iter().map(|event| event::Recorded { device: id.clone(), event }),
                            );
                        }
                        Err(err) => problems.extend(found(err)),
                    }
                }
            }
            let now = crate::clock::now_ms();
            let ahead = latest.0.saturating_sub(now);
            let copies = names.iter().filter(|name| looks_like_conflict_copy(name)).count();
            let own = own.as_ref() == Some(&id);
            if own {
                file_modes(names.iter().map(|name| dir.join(name)).collect(), findings);
            }
            if ahead > super::txn::MAX_AHEAD_MS {
                findings.push(Finding::ClockAhead { id: id.clone(), name: name.clone(), ahead });
            }
            let (plain, conflicted) = look_inside(&dir, &names, sealer);
            findings.push(Finding::Device {
                id: id.clone(),
                name: name.clone(),
                own,
                events,
                problems,
                waiting,
                copies,
            });
            if !conflicted.is_empty() {
                findings.push(Finding::GitConflict {
                    id: id.clone(),
                    name: name.clone(),
                    own,
                    files: conflicted,
                });
            }
            if plain > 0 {
                findings.push(Finding::Plain { id, name, own, files: plain });
            }
            if own {
                // A backup that would not restore, should its log need it.
                for backup in names.iter().filter(|name| name.strip_suffix(BACKUP_SUFFIX).is_some_and(is_log))
                {
                    if let Err(problem) = self.read_backup(&dir.join(backup), sealer) {
                        findings.push(Finding::LogBackup { problem });
                    }
                }
            }
        }
        if let Ok(devices) = &heads {
            let before = cached.map(|cached| cached.high).unwrap_or_default();
            for went in super::cache::known(devices, &every, &before).went_back {
                let own = own.as_ref() == Some(&went.device);
                findings.push(Finding::WentBack { went, own });
            }
        }
        Ok(())
    }

    /// Put back what damaged files held. Layout 2: the backup state, with
    /// every check-in of the newest readable month files, moved to logs.
    /// Layout 3: each of this device's logs that does not read, from its
    /// backup; a damaged head, from its logs.
    pub fn restore(&self) -> Result<Restored> {
        self.check_home()?;
        if !self.has_plan() {
            return Err(StoreError::NoPlan { dir: self.dir.clone() });
        }
        let lock = self.exclusive()?;
        match self.layout()? {
            Layout::Legacy => self.restore_legacy(lock),
            Layout::Logs(format) => {
                let sealer = self.sealer_with_key(&format)?;
                if self.legacy_present()? {
                    // A restore (or a first change) that moved the plan to
                    // logs was cut short before its old files went aside.
                    self.keep_migrated(None)
                        .map_err(|source| StoreError::KeepAside { finishing: false, source })?;
                    let checkins = self.peek()?.checkins;
                    return Ok(Restored {
                        aside: vec![self.dir.join(MIGRATED)],
                        logs: Vec::new(),
                        checkins,
                        after_backup: 0,
                    });
                }
                self.restore_logs(&sealer)
            }
            Layout::Empty => Err(StoreError::NoPlan { dir: self.dir.clone() }),
        }
    }

    fn restore_legacy(&self, lock: Lock) -> Result<Restored> {
        match self.read_legacy() {
            Ok(_) => return Err(StoreError::NothingToRestore { dir: self.dir.clone() }),
            // Damage is restored from the backup; a newer plan's state, no
            // plan at all, or a failure of the system to read it, never.
            Err(
                err @ (StoreError::State { problem: StateProblem::Newer(_), .. }
                | StoreError::NoPlan { .. }
                | StoreError::Io { .. }
                | StoreError::Os(_)),
            ) => return Err(err),
            Err(_) => {}
        }
        let (mut legacy, _) = self.read_legacy_backup()?;
        let backup_checkins = legacy.checkins;
        self.adopt_newest_months(&mut legacy)?;
        let mut entries = Vec::new();
        let mut months = BTreeMap::new();
        for (&month, &generation) in &legacy.months {
            let checkins = self.read_month(month, generation)?;
            entries.extend(checkins.iter().cloned());
            months.insert(month, checkins);
        }
        let device = self.config()?.device_or_create()?;
        let clock = event::Clock::next(event::Clock::default(), crate::clock::now_ms());
        let original = legacy
            .migrated_from
            .map(|schema| (schema, self.read_legacy_backup().map(|(_, b)| b).unwrap_or_default()));
        let pending = legacy.into_events(&entries, &device.id, clock);
        let recorded: Vec<event::Recorded> = pending
            .iter()
            .map(|event| event::Recorded { device: device.id.clone(), event: event.clone() })
            .collect();
        let state = event::fold(&recorded).expect("a restored plan starts").state;
        let checkins = state.checkins;
        let held = super::Held {
            state: Some(state.clone()),
            source: super::Source::Moving { months },
            own: DeviceLogs::new(&device, &self.devices_dir()),
            device,
            sealer: Sealer::plain(),
            others: Vec::new(),
            complete: true,
            pending,
            original,
            known: super::cache::Known::default(),
        };
        let aside = if files::exists(&self.state_path())? {
            vec![keep_aside(&self.state_path())?]
        } else {
            Vec::new()
        };
        let mut plan = held.into_writer(self, state, lock);
        if let Err(err) = plan.commit_pending(&t!("store-what-restored-plan")) {
            if !matches!(err, StoreError::AfterCommit { .. }) {
                for path in &aside {
                    let _ = fs::remove_file(path);
                }
            }
            return Err(err);
        }
        Ok(Restored {
            aside: aside
                .iter()
                .map(|path| self.dir.join(MIGRATED).join(path.file_name().unwrap_or_default()))
                .collect(),
            logs: Vec::new(),
            checkins,
            after_backup: checkins.saturating_sub(backup_checkins),
        })
    }

    /// For each month, the newest file on disk that reads cleanly. A file
    /// that cannot be listed or read fails the restore; only a damaged one
    /// is passed over for an older version.
    fn adopt_newest_months(&self, state: &mut super::legacy::LegacyState) -> Result<()> {
        let dir = self.checkins_dir();
        let names = match dir_state(&dir, false)? {
            DirState::Folder(_) => files::names_strict(&dir)?,
            _ => Vec::new(),
        };
        let mut found: Vec<(Month, u32)> =
            names.iter().filter_map(|name| super::legacy::parse_month_name(name)).collect();
        found.sort_by_key(|(_, generation)| std::cmp::Reverse(*generation));
        for (month, generation) in found {
            if state.months.get(&month).is_some_and(|&known| known >= generation) {
                continue;
            }
            match self.read_month(month, generation) {
                Ok(_) => {
                    state.months.insert(month, generation);
                }
                Err(err) if is_damage(&err) => {}
                Err(err) => return Err(err),
            }
        }
        Ok(())
    }

    fn restore_logs(&self, sealer: &Sealer) -> Result<Restored> {
        let device = self.config()?.device_or_create()?;
        let dir = self.devices_dir().join(device.id.as_str());
        let names = files::names_strict(&dir).map_err(StoreError::io(Action::List, &dir))?;
        let head_path = dir.join(HEAD);
        // A head that does not read as this device's is damage; one that
        // cannot be read at all (an I/O error) stops the restore.
        let old: Option<Head> = match read_head(&head_path, sealer) {
            Ok(head) => Some(head).filter(|head| head.device == device.id),
            Err(err) if is_damage(&err) => None,
            Err(err) => return Err(err),
        };
        // The logs the head commits; without a head, every log there.
        let wanted: Vec<String> = match &old {
            Some(head) => head.files.keys().filter(|log| is_log(log)).cloned().collect(),
            None => names.iter().filter(|name| is_log(name)).cloned().collect(),
        };
        // How far this machine last saw each log whole: a head that says
        // more came from elsewhere (a twin's), before its log.
        let seen_whole = self
            .cache_dir()
            .ok()
            .and_then(|dir| super::cache::load(&dir))
            .and_then(|cached| cached.heads.into_iter().find(|head| head.device == device.id))
            .map(|head| head.files)
            .unwrap_or_default();
        // Decide everything before changing anything: a restore that cannot
        // finish leaves every file as it was.
        let mut logs: BTreeMap<String, Vec<Event>> = BTreeMap::new();
        let mut from_backup: Vec<(String, Vec<u8>)> = Vec::new();
        for name in wanted {
            let committed = old.as_ref().and_then(|head| head.files.get(&name)).copied().unwrap_or(0);
            // A log whose events a sync is still bringing is waited for,
            // never put back from a backup that would drop what it holds.
            let waiting = old.is_some() && committed > seen_whole.get(&name).copied().unwrap_or(0);
            let events = match as_found(&dir, &names, &name, committed, waiting, sealer)? {
                AsFound::Whole(events) => events,
                AsFound::Waiting => continue,
                AsFound::Damaged => {
                    let backup = dir.join(format!("{name}{BACKUP_SUFFIX}"));
                    let events = self.read_backup(&backup, sealer).map_err(|err| match err {
                        StoreError::Unreadable { problem: ReadError::Missing, .. } => {
                            StoreError::NoBackup { path: backup.clone() }
                        }
                        err => StoreError::FromBackup { log: name.clone(), source: Box::new(err) },
                    })?;
                    from_backup.push((name.clone(), fs::read(&backup)?));
                    events
                }
            };
            logs.insert(name, events);
        }
        if from_backup.is_empty() && old.is_some() {
            return Err(StoreError::NothingToRestore { dir: self.dir.clone() });
        }
        // The head, from what the logs hold now: a log restored from its
        // backup is committed as far as the backup goes, and the device's
        // number never goes back.
        let mut head = old.clone().unwrap_or_else(|| Head::new(device.id.clone(), device.name.clone()));
        for (log, events) in &logs {
            let last = events.iter().map(|event| event.seq).max().unwrap_or(0);
            let committed =
                old.as_ref().and_then(|old| old.files.get(log)).map_or(last, |&seq| seq.min(last));
            head.files.insert(log.clone(), committed);
            head.seq = head.seq.max(last);
            head.clock = head.clock.max(events.iter().map(|event| event.clock).max().unwrap_or_default());
        }
        let mut restored = Restored::default();
        let mut undo: Vec<(PathBuf, PathBuf)> = Vec::new();
        let written = (|| -> Result<()> {
            for (name, bytes) in &from_backup {
                let path = dir.join(name);
                if files::exists(&path)? {
                    let aside = keep_aside(&path)?;
                    undo.push((aside.clone(), path.clone()));
                    restored.aside.push(aside);
                } else {
                    // Nothing to keep aside; a failure takes the new file back.
                    undo.push((path.clone(), path.clone()));
                }
                files::write_atomic(&dir, name, bytes)?;
                restored.logs.push(name.clone());
            }
            if old.is_none() && files::exists(&head_path)? {
                let aside = keep_aside(&head_path)?;
                undo.push((aside.clone(), head_path.clone()));
                restored.aside.push(aside);
            }
            let bytes = serde_json::to_vec(&head).expect("a head serialises");
            files::write_atomic(&dir, HEAD, &sealer.seal(&bytes))?;
            Ok(())
        })();
        if let Err(err) = written {
            // Put each damaged file back as it was, and drop its extra name.
            for (aside, original) in undo.iter().rev() {
                // Onto a name of the same file, rename does nothing: remove
                // the extra name then. A log that was not there goes again.
                let _ = fs::rename(aside, original);
                let _ = fs::remove_file(aside);
            }
            return Err(err);
        }
        files::sync_dir(&dir).map_err(|source| StoreError::AfterCommit {
            what: t!("store-what-restored-plan"),
            step: AfterSave::Flushing,
            source,
        })?;
        restored.checkins = self.peek().map_or(0, |state| state.checkins);
        Ok(restored)
    }

    /// A log's backup, to restore from: it reads, and holds events.
    #[allow(clippy::unused_self)]
    fn read_backup(&self, path: &Path, sealer: &Sealer) -> Result<Vec<Event>> {
        let events = parse_log(path, sealer)?;
        if events.is_empty() {
            return Err(StoreError::Log { path: path.to_path_buf(), what: t!("store-log-no-events") });
        }
        Ok(events)
    }
}

/// How one of this device's logs reads, for a restore.
enum AsFound {
    /// It reads, and holds (with its conflict copies) what its head committed.
    Whole(Vec<Event>),
    /// A sync is still bringing what its head committed.
    Waiting,
    Damaged,
}

fn as_found(
    dir: &Path,
    names: &[String],
    name: &str,
    committed: u64,
    waiting: bool,
    sealer: &Sealer,
) -> Result<AsFound> {
    let copied: Vec<Event> = names
        .iter()
        .filter(|copy| is_conflict_copy(copy, name))
        .filter_map(|copy| parse_log(&dir.join(copy), sealer).ok())
        .flatten()
        .collect();
    let holds = |events: &[Event]| events.iter().chain(&copied).any(|event| event.seq == committed);
    // plan never writes an empty log.
    Ok(match parse_log(&dir.join(name), sealer) {
        Ok(events) if !events.is_empty() && (committed == 0 || holds(&events)) => AsFound::Whole(events),
        Ok(events) if !events.is_empty() && waiting => AsFound::Waiting,
        Err(StoreError::Unreadable { problem: ReadError::Missing, .. }) if waiting => AsFound::Waiting,
        Ok(_) => AsFound::Damaged,
        Err(err) if is_damage(&err) => AsFound::Damaged,
        Err(err) => return Err(err),
    })
}

/// Damage (a file that does not read as ours), as against a failure to read.
fn is_damage(err: &StoreError) -> bool {
    matches!(
        err,
        StoreError::Log { .. }
            | StoreError::Month { .. }
            | StoreError::Unreadable {
                problem: ReadError::NotAFile(_) | ReadError::TooLarge(_) | ReadError::Missing,
                ..
            }
    )
}

/// A problem `doctor` lists for a file: what it found in the file. A failure
/// of the system to list or read one is left out of the findings.
fn found(err: StoreError) -> Option<StoreError> {
    (!err.is_io()).then_some(err)
}

/// Keep a damaged file as `NAME.damaged.N`, without ever leaving its name empty.
fn keep_aside(path: &Path) -> std::io::Result<PathBuf> {
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or_default().to_owned();
    let dir = path.parent().unwrap_or(Path::new("."));
    for n in 1.. {
        let target = dir.join(format!("{name}.damaged.{n}"));
        if files::exists(&target)? {
            continue;
        }
        if fs::hard_link(path, &target).is_err() {
            // Copied instead, and never through a link: a link is kept as
            // the link it is, and a file is read without following one.
            if fs::symlink_metadata(path)?.file_type().is_symlink() {
                std::os::unix::fs::symlink(fs::read_link(path)?, &target)?;
            } else {
                let bytes = read_file(path, false, MAX_READ).map_err(|problem| match problem {
                    ReadError::Io(err) => err,
                    _ => std::io::Error::new(std::io::ErrorKind::InvalidData, t!("store-not-a-regular-file")),
                })?;
                files::write_atomic(dir, &format!("{name}.damaged.{n}"), &bytes)?;
            }
        }
        return Ok(target);
    }
    unreachable!("some N is free")
}

/// In a device's folder: how many of its files are in plain text in an
/// encrypted plan, and which of its head and logs hold git's conflict marks.
fn look_inside(dir: &Path, names: &[String], sealer: &Sealer) -> (usize, Vec<String>) {
    let mut plain = 0;
    let mut conflicted = Vec::new();
    for name in names.iter().filter(|name| !files::is_our_tmp(name, |_| true)) {
        let Ok(bytes) = read_file(&dir.join(name), false, MAX_READ) else { continue };
        if sealer.is_encrypted() && !is_sealed(&bytes) {
            plain += 1;
        }
        if (name == HEAD || is_log(name)) && sealer.open(&bytes).is_ok_and(|text| has_conflict_markers(&text))
        {
            conflicted.push(name.clone());
        }
    }
    (plain, conflicted)
}

fn file_modes(paths: Vec<PathBuf>, findings: &mut Vec<Finding>) {
    for path in paths {
        if let Ok(meta) = fs::symlink_metadata(&path)
            && meta.is_file()
            && meta.permissions().mode() & 0o077 != 0
        {
            findings.push(Finding::FileMode { path, mode: meta.permissions().mode() & 0o7777 });
        }
    }
}

fn examine_state(path: &Path) -> (FileState, Option<super::legacy::LegacyState>) {
    match read_file(path, false, MAX_READ) {
        Ok(bytes) => match super::parse_state(&bytes) {
            Ok(state) => (
                FileState::Readable {
                    schema: state.schema,
                    migrated_from: state.migrated_from,
                    checkins: state.checkins,
                },
                Some(state),
            ),
            Err(problem) => (FileState::Problem(problem), None),
        },
        Err(ReadError::Missing) => (FileState::Missing, None),
        Err(problem) => (FileState::Unreadable(problem), None),
    }
}
