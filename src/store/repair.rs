//! `plan doctor`: examining the plan folder under the lock, and restoring
//! what a damaged file held from its backup, through the same commit as
//! every other write.

use std::collections::BTreeMap;
use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

use super::crypto::Sealer;
use super::error::{Action, StoreError, StoreResult as Result};
use super::files::{self, DirState, MAX_READ, dir_state, read_file};
use super::layout::{BACKUP_SUFFIX, FORMAT_FILE, HEAD, Head, foreign_file, is_conflict_copy, is_log};
use super::logs::{DeviceLogs, foreign, parse_log, read_json};
use super::{ARCHIVE, CHECKINS, Home, Layout, Lock, MIGRATED, PLANS, ReadError, StateProblem};
use crate::event::{self, DeviceId, Event, Month};

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
        what: &'static str,
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
    /// Layout 3: whether the plan is encrypted, and whether this device has the key.
    Format {
        encrypted: bool,
        key: bool,
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
}

impl Finding {
    pub fn is_problem(&self) -> bool {
        match self {
            Finding::NoFolder { .. } | Finding::Layout2 | Finding::Migrated { .. } => false,
            Finding::Folder { mode, .. } => mode & 0o077 != 0,
            Finding::State { read, .. } => !matches!(read, FileState::Readable { .. }),
            Finding::Backup { read, .. } => !matches!(read, FileState::Readable { .. } | FileState::Missing),
            Finding::Months { problems, .. } | Finding::Device { problems, .. } => !problems.is_empty(),
            Finding::Format { encrypted, key } => *encrypted && !key,
            Finding::Leftovers { names } => !names.is_empty(),
            Finding::NotAFolder { .. } | Finding::FileMode { .. } | Finding::LogBackup { .. } => true,
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
                findings.push(Finding::Format { encrypted: sealer.is_encrypted(), key: sealer.has_key() });
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

    fn examine_devices(&self, sealer: &Sealer, findings: &mut Vec<Finding>) -> Result<()> {
        let own = self.config()?.device()?.map(|device| device.id);
        for id in files::names(&self.devices_dir()).iter().filter_map(|name| DeviceId::parse(name)) {
            let dir = self.devices_dir().join(id.as_str());
            let names = files::names(&dir);
            let mut problems = Vec::new();
            let heads = self.read_heads(sealer);
            let logs = match heads {
                Ok(devices) => devices.into_iter().find(|device| device.id == id),
                Err(err) => {
                    problems.extend(found(err));
                    None
                }
            };
            if logs.is_none() && problems.is_empty() {
                // Left out of every read: say why.
                let head = read_json::<Head>(&dir.join(HEAD), sealer);
                if let Some(name) = head.as_ref().ok().and_then(foreign_file) {
                    problems.push(foreign(&dir, name));
                }
            }
            let mut waiting = false;
            let mut events = 0;
            let name = logs.as_ref().map(|logs| logs.head.name.clone()).unwrap_or_default();
            if let Some(logs) = &logs {
                for log in logs.logs() {
                    match self.read_log(logs, log, sealer) {
                        Ok((read, complete)) => {
                            waiting |= !complete;
                            events += read.len() as u64;
                        }
                        Err(err) => problems.extend(found(err)),
                    }
                }
            }
            let copies =
                names.iter().filter(|name| names.iter().any(|base| is_conflict_copy(name, base))).count();
            let own = own.as_ref() == Some(&id);
            if own {
                file_modes(names.iter().map(|name| dir.join(name)).collect(), findings);
            }
            findings.push(Finding::Device { id, name, own, events, problems, waiting, copies });
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
                let sealer = self.sealer(&format)?;
                if sealer.is_encrypted() && !sealer.has_key() {
                    return Err(StoreError::NoKey { path: self.dir.join(FORMAT_FILE) });
                }
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
        };
        let aside = if files::exists(&self.state_path())? {
            vec![keep_aside(&self.state_path())?]
        } else {
            Vec::new()
        };
        let mut plan = held.into_writer(self, state, lock);
        if let Err(err) = plan.commit_pending("the restored plan") {
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
        let old: Option<Head> = match read_json::<Head>(&head_path, sealer) {
            Ok(head) => Some(head).filter(|head| head.device == device.id),
            Err(err) if is_damage(&err) => None,
            Err(err) => return Err(err),
        };
        // The logs the head commits; without a head, every log there.
        let wanted: Vec<String> = match &old {
            Some(head) => head.files.keys().filter(|log| is_log(log)).cloned().collect(),
            None => names.iter().filter(|name| is_log(name)).cloned().collect(),
        };
        // Decide everything before changing anything: a restore that cannot
        // finish leaves every file as it was.
        let mut logs: BTreeMap<String, Vec<Event>> = BTreeMap::new();
        let mut from_backup: Vec<(String, Vec<u8>)> = Vec::new();
        for name in wanted {
            let committed = old.as_ref().and_then(|head| head.files.get(&name)).copied().unwrap_or(0);
            // Whole: it reads, and holds what its head committed (plan never writes an empty log).
            let whole = match parse_log(&dir.join(&name), sealer) {
                Ok(events)
                    if !events.is_empty()
                        && (committed == 0 || events.iter().any(|event| event.seq == committed)) =>
                {
                    Some(events)
                }
                Ok(_) => None,
                Err(err) if is_damage(&err) => None,
                Err(err) => return Err(err),
            };
            let events = match whole {
                Some(events) => events,
                None => {
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
            what: "the restored plan".into(),
            step: "flushing the plan folder to disk",
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
            return Err(StoreError::Log { path: path.to_path_buf(), what: "holds no events".into() });
        }
        Ok(events)
    }
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
                    _ => std::io::Error::new(std::io::ErrorKind::InvalidData, "not a regular file"),
                })?;
                files::write_atomic(dir, &format!("{name}.damaged.{n}"), &bytes)?;
            }
        }
        return Ok(target);
    }
    unreachable!("some N is free")
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
