//! Reading every device's logs, and the one write: an event appended to this
//! device's own log, then its head, whose rename is the commit point.
//!
//! A write rewrites a log whole (temporary file, fsync, rename), so no sync
//! engine ever sees half a file. The head comes last: an event in a log is
//! committed only when the head says so, so a run killed between the two
//! leaves an event nobody reads, dropped by the device's next write to that
//! log. Conflict copies a sync engine made are read like the file they copy,
//! merged by event number, and folded away by the owner's next write.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

use super::Home;
use super::crypto::{OpenError, Sealer};
use super::error::{Action, StoreError, StoreResult as Result};
use super::files::{self, MAX_READ, ReadError, read_file};
use super::layout::{self, BACKUP_SUFFIX, DEVICES, HEAD, Head, is_conflict_copy};
use crate::event::{DeviceId, Event, Recorded};

/// One device's folder as read: its head (merged with any conflict copies).
#[derive(Debug, Clone)]
pub struct DeviceLogs {
    pub id: DeviceId,
    pub dir: PathBuf,
    pub head: Head,
    /// The names in its folder.
    pub names: Vec<String>,
    /// Whether it is this device, the only one that writes its folder.
    pub own: bool,
    /// Its head as it is on disk, and when its folder last changed: what
    /// the read cache is checked against.
    pub head_bytes: Vec<u8>,
    pub stamp: files::Stamp,
}

impl DeviceLogs {
    /// The logs this device has committed events in.
    pub fn logs(&self) -> impl Iterator<Item = &String> {
        self.head.files.keys()
    }

    /// The names in its folder that are not its own logs and head: conflict
    /// copies, and temporary files a killed run left. The read cache keeps
    /// them, so a write answered from it still folds the copies in and tidies up.
    pub fn extra_names(&self) -> Vec<String> {
        self.names
            .iter()
            .filter(|name| layout::looks_like_conflict_copy(name) || files::is_our_tmp(name, |_| true))
            .cloned()
            .collect()
    }

    /// The logs of this device that a sync engine made conflict copies of.
    pub fn logs_with_copies(&self) -> Vec<String> {
        let mut logs: Vec<String> = self
            .copies()
            .filter_map(|copy| self.head.files.keys().find(|base| is_conflict_copy(copy, base)))
            .cloned()
            .collect();
        logs.dedup();
        logs
    }

    /// The names a sync engine gave to conflict copies: rare, so the names
    /// are only searched for a base once one is found.
    fn copies(&self) -> impl Iterator<Item = &String> {
        self.names.iter().filter(|name| layout::looks_like_conflict_copy(name))
    }

    fn copies_of<'a>(&'a self, base: &'a str) -> impl Iterator<Item = &'a String> + 'a {
        self.copies().filter(move |name| is_conflict_copy(name, base))
    }
}

impl Home {
    pub(super) fn devices_dir(&self) -> PathBuf {
        self.dir.join(DEVICES)
    }

    /// Every device's head, by device id. Another device whose head has not
    /// arrived yet (a sync in progress) has no committed events, and is left
    /// out; this device's logs without its head are a head lost, refused.
    pub(super) fn read_heads(&self, sealer: &Sealer) -> Result<Vec<DeviceLogs>> {
        let own =
            self.config().ok().and_then(|config| config.device().ok().flatten()).map(|device| device.id);
        let mut devices = Vec::new();
        // Strict listings: a folder that cannot be listed must never read as
        // a device with nothing written. Never followed either: a link there
        // hides the plan.
        let not_a_folder = |dir: &Path| -> Result<()> {
            match files::dir_state(dir, false)? {
                files::DirState::NotAFolder(what) => {
                    Err(StoreError::NotAFolder { path: dir.to_path_buf(), what, home: false })
                }
                _ => Ok(()),
            }
        };
        not_a_folder(&self.devices_dir())?;
        let ids = files::names_strict(&self.devices_dir())
            .map_err(StoreError::io(Action::List, self.devices_dir()))?;
        for id in ids.iter().filter_map(|name| DeviceId::parse(name)) {
            let dir = self.devices_dir().join(id.as_str());
            not_a_folder(&dir)?;
            // Before listing it: a file added after this is seen next time.
            let stamp = files::stamp(&dir).map_err(StoreError::io(Action::LookAt, &dir))?;
            let names = files::names_strict(&dir).map_err(StoreError::io(Action::List, &dir))?;
            let mut head: Option<Head> = None;
            let mut head_bytes = Vec::new();
            for name in names.iter().filter(|name| *name == HEAD || is_conflict_copy(name, HEAD)) {
                let path = dir.join(name);
                let bytes = read_file(&path, false, MAX_READ)
                    .map_err(|problem| StoreError::Unreadable { path: path.clone(), problem })?;
                let read: Head = parse_json(&path, &bytes, sealer)?;
                if *name == HEAD {
                    head_bytes = bytes;
                }
                if read.device != id {
                    return Err(StoreError::Log {
                        path: dir.join(name),
                        what: format!("belongs to device {}, not {id}", read.device),
                    });
                }
                match &mut head {
                    Some(head) => head.merge(&read),
                    None => head = Some(read),
                }
            }
            let is_own = own.as_ref() == Some(&id);
            // Only names the store itself writes are ever opened. Another
            // device whose head names anything else is refused, its files
            // unread (`doctor` says why); this device's own is damage.
            if let Some(name) = head.as_ref().and_then(layout::foreign_file) {
                if is_own {
                    return Err(foreign(&dir, name));
                }
                continue;
            }
            match head {
                Some(head) => {
                    devices.push(DeviceLogs { id, dir, head, names, own: is_own, head_bytes, stamp });
                }
                // Read as no plan, its logs would be written over by the next start.
                None if is_own && names.iter().any(|name| layout::is_log(name)) => {
                    return Err(StoreError::StateMissing { path: dir.join(HEAD) });
                }
                None => {}
            }
        }
        Ok(devices)
    }

    /// The committed events of one log of one device, with those of its
    /// conflict copies, by event number. Also says whether every committed
    /// event was there (a sync may still be bringing the rest). This device's
    /// own log without them was changed outside `plan`: refused, since the
    /// next write to it would drop what is missing for good.
    // A method of the plan folder like the others, though it needs only the device.
    #[allow(clippy::unused_self)]
    pub(super) fn read_log(
        &self,
        device: &DeviceLogs,
        log: &str,
        sealer: &Sealer,
    ) -> Result<(Vec<Event>, bool)> {
        let committed = device.head.files.get(log).copied().unwrap_or(0);
        let memo = (device.dir.join(log), committed);
        if device.own
            && let Some(read) = self.own_logs.borrow().get(&memo)
        {
            return Ok(read.clone());
        }
        // By number and clock: two copies of one device (a config folder
        // copied to a second machine) may both have written an event 5; both stay.
        let mut events: BTreeMap<(u64, crate::event::Clock), Event> = BTreeMap::new();
        let mut present = true;
        let mut sources: Vec<String> = vec![log.to_owned()];
        sources.extend(device.copies_of(log).cloned());
        for name in sources {
            let read = match parse_log(&device.dir.join(&name), sealer) {
                Ok(read) => read,
                // Not there (yet): a sync may still be bringing it.
                Err(err) if name == log && is_missing(&err) => {
                    present = false;
                    continue;
                }
                Err(err) => return Err(err),
            };
            for event in read {
                if event.seq <= committed {
                    events.entry((event.seq, event.clock)).or_insert(event);
                }
            }
        }
        let complete = committed == 0 || events.keys().any(|(seq, _)| *seq == committed);
        if device.own && !complete {
            let path = device.dir.join(log);
            return Err(if present {
                StoreError::Log {
                    path,
                    what: format!("does not hold event {committed}, which its {HEAD} says was saved in it"),
                }
            } else {
                StoreError::Unreadable { path, problem: ReadError::Missing }
            });
        }
        let read = (events.into_values().collect::<Vec<_>>(), complete);
        if device.own {
            self.own_logs.borrow_mut().insert(memo, read.clone());
        }
        Ok(read)
    }

    /// Every committed event of every device, and whether all of them were
    /// there (a sync may still be bringing some: such a fold is not cached).
    pub(super) fn read_everything(
        &self,
        devices: &[DeviceLogs],
        sealer: &Sealer,
        only: Option<&BTreeSet<String>>,
    ) -> Result<(Vec<Recorded>, bool)> {
        let mut all = Vec::new();
        let mut whole = true;
        for device in devices {
            for log in device.logs() {
                if only.is_some_and(|only| !only.contains(log)) {
                    continue;
                }
                let (events, complete) = self.read_log(device, log, sealer)?;
                whole &= complete;
                all.extend(events.into_iter().map(|event| Recorded { device: device.id.clone(), event }));
            }
        }
        Ok((all, whole))
    }

    /// Append each log's `events` to this device's logs, then commit them
    /// with `head`. Before the head's rename, a failure leaves every file as
    /// it was; after it, the error says the change was saved.
    pub(super) fn commit(
        &self,
        device: &DeviceLogs,
        batch: &BTreeMap<String, Vec<Event>>,
        head: &Head,
        sealer: &Sealer,
        what: &str,
    ) -> Result<Vec<u8>> {
        let dir = &device.dir;
        let mut written: Vec<Written> = Vec::new();
        let undo = |written: &[Written]| {
            for log in written.iter().rev() {
                log.undo();
            }
        };
        for (log, new) in batch {
            match self.write_log(device, log, new, sealer) {
                Ok(log) => written.push(log),
                Err(err) => {
                    undo(&written);
                    return Err(err);
                }
            }
        }
        let head_bytes = sealer.seal(&serde_json::to_vec(head).expect("a head serialises"));
        let committed = files::write_tmp(dir, HEAD, &head_bytes).and_then(|tmp| {
            fs::rename(&tmp, dir.join(HEAD)).inspect_err(|_| {
                let _ = fs::remove_file(&tmp);
            })
        });
        if let Err(err) = committed {
            undo(&written);
            return Err(StoreError::Io { action: Action::Write, path: dir.join(HEAD), source: err });
        }
        // Committed: the logs stay, their old versions become the backups.
        let after = |step, source| StoreError::AfterCommit { what: what.to_owned(), step, source };
        for log in &written {
            log.keep_backup().map_err(|err| after("keeping the backup", err))?;
        }
        files::sync_dir(dir).map_err(|err| after("flushing the plan folder to disk", err))?;
        let merged = batch.keys().flat_map(|log| device.copies_of(log)).chain(device.copies_of(HEAD));
        for copy in merged {
            let _ = fs::remove_file(dir.join(copy));
        }
        Ok(head_bytes)
    }

    /// Rewrite one log with `new` events after its committed ones (and those
    /// of its conflict copies), keeping the old file linked aside.
    fn write_log(&self, device: &DeviceLogs, log: &str, new: &[Event], sealer: &Sealer) -> Result<Written> {
        let dir = &device.dir;
        let path = dir.join(log);
        let (mut events, _) = self.read_log(device, log, sealer)?;
        events.extend(new.iter().cloned());
        let mut text = Vec::new();
        for event in &events {
            serde_json::to_writer(&mut text, event).expect("events serialise");
            text.push(b'\n');
        }
        let existed = files::exists(&path)?;
        let tmp =
            files::write_tmp(dir, log, &sealer.seal(&text)).map_err(StoreError::io(Action::Write, &path))?;
        let aside = existed.then(|| files::tmp_path(dir, &format!("{log}{BACKUP_SUFFIX}")));
        let written = Written { path, tmp, aside };
        if let Some(aside) = &written.aside
            && let Err(err) = fs::hard_link(&written.path, aside)
        {
            let _ = fs::remove_file(&written.tmp);
            return Err(StoreError::Io { action: Action::KeepBackup, path: written.path, source: err });
        }
        if let Err(err) = fs::rename(&written.tmp, &written.path) {
            if let Some(aside) = &written.aside {
                let _ = fs::remove_file(aside);
            }
            let _ = fs::remove_file(&written.tmp);
            return Err(StoreError::Io { action: Action::Write, path: written.path, source: err });
        }
        Ok(written)
    }

    /// This device's folder, made if it is new.
    pub(super) fn own_folder(&self, id: &DeviceId) -> Result<PathBuf> {
        for dir in [self.devices_dir(), self.devices_dir().join(id.as_str())] {
            match files::dir_state(&dir, false)? {
                files::DirState::Folder(_) => {}
                files::DirState::Missing => {
                    files::create_private_dir(&dir).map_err(StoreError::io(Action::Create, &dir))?;
                }
                files::DirState::NotAFolder(what) => {
                    return Err(StoreError::NotAFolder { path: dir, what, home: false });
                }
            }
        }
        Ok(self.devices_dir().join(id.as_str()))
    }

    /// Rewrite every file of every device, sealed as `sealer` says: turning
    /// encryption on. Each file is replaced whole.
    pub(super) fn reseal_all(&self, from: &Sealer, to: &Sealer) -> Result<usize> {
        let mut count = 0;
        for id in files::names_strict(&self.devices_dir())?.iter().filter_map(|name| DeviceId::parse(name)) {
            let dir = self.devices_dir().join(id.as_str());
            for name in files::names_strict(&dir)? {
                let path = dir.join(&name);
                if files::is_our_tmp(&name, |_| true) || !files::is_file(&path) {
                    continue;
                }
                let bytes = read_synced(&path, from)?;
                files::write_atomic(&dir, &name, &to.seal(&bytes))
                    .map_err(StoreError::io(Action::Encrypt, &path))?;
                count += 1;
            }
            files::sync_dir(&dir)?;
        }
        Ok(count)
    }
}

/// A head that names `name`, which is no file `plan` writes.
pub(super) fn foreign(dir: &Path, name: &str) -> StoreError {
    StoreError::Log {
        path: dir.join(HEAD),
        what: format!("names a file plan never writes, `{name}`, so it was not read"),
    }
}

/// Whether an error is a file that is not there.
fn is_missing(err: &StoreError) -> bool {
    matches!(err, StoreError::Unreadable { problem: ReadError::Missing, .. })
}

/// Read and open (decrypt) a JSON file of the synced folder.
pub(super) fn read_json<T: serde::de::DeserializeOwned>(path: &Path, sealer: &Sealer) -> Result<T> {
    let bytes = read_file(path, false, MAX_READ)
        .map_err(|problem| StoreError::Unreadable { path: path.to_path_buf(), problem })?;
    parse_json(path, &bytes, sealer)
}

/// Open (decrypt) and parse the bytes of a JSON file of the synced folder.
pub(super) fn parse_json<T: serde::de::DeserializeOwned>(
    path: &Path,
    bytes: &[u8],
    sealer: &Sealer,
) -> Result<T> {
    let bytes = open_sealed(path, bytes, sealer)?;
    serde_json::from_slice(&bytes).map_err(|err| StoreError::Log {
        path: path.to_path_buf(),
        what: format!("is damaged: {}", super::legacy::describe_json_error(&err)),
    })
}

pub(super) fn parse_log(path: &Path, sealer: &Sealer) -> Result<Vec<Event>> {
    let bytes = read_synced(path, sealer)?;
    let mut events = Vec::new();
    for (number, line) in bytes.split(|&b| b == b'\n').enumerate() {
        if line.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        let event: Event = serde_json::from_slice(line).map_err(|err| {
            let path = path.to_path_buf();
            let detail = super::legacy::describe_json_error(&err);
            if err.is_data() && !err.to_string().contains("missing field") {
                // Not damage: never put back from a backup over it.
                let line = number + 1;
                let what = format!(
                    "has an event this plan does not know on line {line} (written by a newer plan?): {detail}"
                );
                StoreError::NewerEvent { path, what }
            } else {
                StoreError::Log { path, what: format!("is damaged on line {}: {detail}", number + 1) }
            }
        })?;
        if let Some(date) = event.change.date_out_of_range() {
            let line = number + 1;
            let what = format!("has a date outside the years 0000 to 9999 on line {line}: {date}");
            return Err(StoreError::Log { path: path.to_path_buf(), what });
        }
        events.push(event);
    }
    Ok(events)
}

/// Read and open (decrypt) a file of the synced folder.
pub(super) fn read_synced(path: &Path, sealer: &Sealer) -> Result<Vec<u8>> {
    let bytes = read_file(path, false, MAX_READ)
        .map_err(|problem| StoreError::Unreadable { path: path.to_path_buf(), problem })?;
    open_sealed(path, &bytes, sealer)
}

fn open_sealed(path: &Path, bytes: &[u8], sealer: &Sealer) -> Result<Vec<u8>> {
    sealer.open(bytes).map_err(|err| match err {
        OpenError::NoKey => StoreError::NoKey { path: path.to_path_buf() },
        OpenError::Undecryptable(detail) => {
            StoreError::Log { path: path.to_path_buf(), what: format!("cannot be decrypted: {detail}") }
        }
    })
}

/// Remove what killed runs left in this device's folder.
pub(super) fn remove_own_leftovers(dir: &Path) {
    remove_own_leftovers_among(dir, &files::names(dir));
}

/// As [`remove_own_leftovers`], with the folder's names already listed.
pub(super) fn remove_own_leftovers_among(dir: &Path, names: &[String]) {
    files::remove_tmp_files_among(dir, names, |target| {
        target == HEAD
            || layout::is_log(target)
            || target.strip_suffix(BACKUP_SUFFIX).is_some_and(layout::is_log)
    });
}

/// A log rewritten in a commit not yet made: how to undo it, or keep its
/// old version as the backup once the commit is made.
struct Written {
    path: PathBuf,
    tmp: PathBuf,
    /// The old log's second name, if there was an old log.
    aside: Option<PathBuf>,
}

impl Written {
    /// Put the old log back (the same file), or remove a new one.
    fn undo(&self) {
        match &self.aside {
            Some(aside) => {
                let _ = fs::rename(aside, &self.path);
            }
            None => {
                let _ = fs::remove_file(&self.path);
            }
        }
        let _ = fs::remove_file(&self.tmp);
    }

    fn keep_backup(&self) -> std::io::Result<()> {
        let Some(aside) = &self.aside else { return Ok(()) };
        let name = self.path.file_name().and_then(|n| n.to_str()).unwrap_or_default();
        let kept = fs::rename(aside, self.path.with_file_name(format!("{name}{BACKUP_SUFFIX}")));
        let _ = fs::remove_file(aside);
        kept
    }
}
