//! Reading every device's logs, and the one write: an event appended to this
//! device's own log, then its head, whose rename is the commit point.
//!
//! A write rewrites a log whole (temporary file, fsync, rename), so no sync
//! engine ever sees half a file. The head's temporary file comes first and
//! its rename last: an event in a log is committed only when the head says
//! so, so a run killed between the two leaves an event nobody reads and the
//! head's temporary file, and the device's next change drops that event.
//! Conflict copies a sync engine made are read like the file they copy,
//! merged by event number, and folded away by the owner's next write, as
//! are events a twin of this device (its config folder copied to another
//! machine) wrote beyond this head: nothing is dropped before it is in a
//! log a head commits.

use crate::i18n::t;
use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

use super::Home;
use super::crypto::{OpenError, Sealer};
use super::error::{Action, AfterSave, StoreError, StoreResult as Result};
use super::files::{self, MAX_READ, ReadError, read_file};
use super::layout::{self, BACKUP_SUFFIX, DEVICES, HEAD, Head, is_conflict_copy};
use crate::event::{Clock, DeviceId, Event, Recorded};

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
    /// How far this machine last saw each of its logs whole (from the read
    /// cache): an event missing below that was lost here, one missing above
    /// it has not arrived yet.
    pub had: BTreeMap<String, u64>,
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

    /// The logs of this device that a sync engine made conflict copies of,
    /// or of whose backups it did.
    pub fn logs_with_copies(&self) -> Vec<String> {
        let logs: BTreeSet<String> = self.copies().filter_map(|copy| layout::copy_log(copy)).collect();
        logs.into_iter().collect()
    }

    /// Whether a run of this machine that changed the plan was cut short
    /// after it wrote a log and before its head: it leaves the head's
    /// temporary file, written before any log is replaced. Events beyond
    /// the head in this device's logs are then that run's, never committed;
    /// without it they are another copy's of this device (a twin's).
    pub fn cut_short(&self) -> bool {
        self.names.iter().any(|name| files::is_our_tmp(name, |target| target == HEAD))
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
                let read = parse_head(&path, &bytes, sealer)?;
                if *name == HEAD {
                    head_bytes = bytes;
                }
                if read.device != id {
                    let (device, id) = (read.device.to_string(), id.to_string());
                    let what = t!("store-log-other-device", device = device, id = id);
                    return Err(StoreError::Log { path: dir.join(name), what });
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
                Some(head) => devices.push(DeviceLogs {
                    id,
                    dir,
                    head,
                    names,
                    own: is_own,
                    head_bytes,
                    stamp,
                    had: BTreeMap::new(),
                }),
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
    /// event was there (a sync may still be bringing the rest: a head can
    /// arrive before its log, another device's or a twin's of this one).
    /// This device's own log that lost events this machine had seen in it
    /// was changed outside `plan`: refused, since the next write to it would
    /// drop what is missing for good.
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
        let sources = read_sources(device, log, sealer)?;
        // By number and clock: two copies of one device (a config folder
        // copied to a second machine) may both have written an event 5; both stay.
        let mut events: BTreeMap<(u64, Clock), Event> = BTreeMap::new();
        for event in sources.events() {
            if event.seq <= committed {
                events.entry((event.seq, event.clock)).or_insert_with(|| event.clone());
            }
        }
        let complete = committed == 0 || events.keys().any(|(seq, _)| *seq == committed);
        let had = device.had.get(log).copied().unwrap_or(0);
        if device.own && !complete && had >= committed {
            let path = device.dir.join(log);
            return Err(if sources.base.is_some() {
                StoreError::Log {
                    path,
                    what: t!("store-log-lost-event", event = committed.to_string(), head = HEAD),
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
    /// it was; after it, the error says the change was saved. Returns the
    /// head as committed, and its bytes.
    ///
    /// Each log is written with what its conflict copies hold, and with the
    /// events another copy of this device (a twin: a config folder copied
    /// to a second machine) put in it beyond this head, so that no event is
    /// dropped before the head that commits it arrives: the head written
    /// here covers them all. A copy is removed only once every event in it
    /// is in a log that head commits.
    pub(super) fn commit(
        &self,
        device: &DeviceLogs,
        batch: &BTreeMap<String, Vec<Event>>,
        head: &Head,
        sealer: &Sealer,
        what: &str,
    ) -> Result<(Vec<u8>, Head)> {
        let dir = &device.dir;
        let mut head = head.clone();
        let mut contents = Vec::new();
        for (log, new) in batch {
            let content = self.log_content(device, log, new, sealer)?;
            if let Some(last) = content.events.iter().map(|event| event.seq).max() {
                let committed = head.files.entry(log.clone()).or_default();
                *committed = (*committed).max(last);
                head.seq = head.seq.max(last);
            }
            contents.push(content);
        }
        let head_bytes = sealer.seal(&serde_json::to_vec(&head).expect("a head serialises"));
        // The head's temporary file first: a run cut short after it replaced
        // a log leaves it behind, and the next run knows what it wrote.
        let head_tmp = files::write_tmp(dir, HEAD, &head_bytes)
            .map_err(StoreError::io(Action::Write, dir.join(HEAD)))?;
        let mut written: Vec<Written> = Vec::new();
        let undo = |written: &[Written]| {
            for log in written.iter().rev() {
                log.undo();
            }
            let _ = fs::remove_file(&head_tmp);
        };
        // A log left holding nothing (a run cut short began it) goes after the commit.
        for content in contents.iter().filter(|content| !content.events.is_empty()) {
            match write_log(dir, &content.log, &content.events, sealer) {
                Ok(log) => written.push(log),
                Err(err) => {
                    undo(&written);
                    return Err(err);
                }
            }
        }
        if let Err(err) = fs::rename(&head_tmp, dir.join(HEAD)) {
            undo(&written);
            return Err(StoreError::Io { action: Action::Write, path: dir.join(HEAD), source: err });
        }
        // Committed: the logs stay, their old versions become the backups.
        let after = |step, source| StoreError::AfterCommit { what: what.to_owned(), step, source };
        for log in &written {
            log.keep_backup().map_err(|err| after(AfterSave::KeepingBackup, err))?;
        }
        files::sync_dir(dir).map_err(|err| after(AfterSave::Flushing, err))?;
        let merged = contents.iter().flat_map(|content| &content.folded).chain(device.copies_of(HEAD));
        let empty = contents.iter().filter(|content| content.events.is_empty()).map(|content| &content.log);
        for name in merged.chain(empty) {
            let _ = fs::remove_file(dir.join(name));
        }
        Ok((head_bytes, head))
    }

    /// What one of this device's logs is written with: its committed
    /// events, those of its conflict copies and a twin's beyond the head
    /// (unless this machine's last change was cut short: then they are that
    /// run's, never committed, and dropped), then `new`. Also the copies (of
    /// the log and of its backup) that this leaves nothing but in the log.
    fn log_content(&self, device: &DeviceLogs, log: &str, new: &[Event], sealer: &Sealer) -> Result<Content> {
        // Refuses a log that lost what this machine had seen in it.
        let (committed_events, _) = self.read_log(device, log, sealer)?;
        let committed = device.head.files.get(log).copied().unwrap_or(0);
        let mut events: BTreeMap<(u64, Clock), Event> =
            committed_events.into_iter().map(|event| ((event.seq, event.clock), event)).collect();
        let sources = read_sources(device, log, sealer)?;
        // A device with no head yet has committed nothing: what its logs
        // hold is a first change cut short (the move from layout 2, say).
        let keep_all = device.head.seq > 0 && !device.cut_short();
        for event in sources.events() {
            if keep_all || event.seq <= committed {
                events.entry((event.seq, event.clock)).or_insert_with(|| event.clone());
            }
        }
        for event in new {
            events.insert((event.seq, event.clock), event.clone());
        }
        let held = |copy: &[Event]| copy.iter().all(|event| events.contains_key(&(event.seq, event.clock)));
        let mut folded: Vec<String> =
            sources.copies.iter().filter(|(_, copy)| held(copy)).map(|(name, _)| name.clone()).collect();
        // A copy of the log's backup is an older state of the log, a twin's:
        // it goes once everything in it is in the log.
        let backup = format!("{log}{BACKUP_SUFFIX}");
        for name in device.copies_of(&backup) {
            if let Ok(copy) = parse_log(&device.dir.join(name), sealer)
                && held(&copy)
            {
                folded.push(name.clone());
            }
        }
        Ok(Content { log: log.to_owned(), events: events.into_values().collect(), folded })
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

    /// Rewrite every file of every device, sealed as `to` says: turning
    /// encryption on. Each file is replaced whole; this device's folder
    /// comes last, and its head last of all, so that a readable head says
    /// the work is not done (the next change finishes it).
    pub(super) fn reseal_all(&self, from: &Sealer, to: &Sealer, own: Option<&DeviceId>) -> Result<usize> {
        let mut count = 0;
        let mut ids: Vec<DeviceId> = files::names_strict(&self.devices_dir())?
            .iter()
            .filter_map(|name| DeviceId::parse(name))
            .collect();
        ids.sort_by_key(|id| Some(id) == own);
        for id in ids {
            let dir = self.devices_dir().join(id.as_str());
            let mut names = files::names_strict(&dir)?;
            names.sort_by_key(|name| name == HEAD);
            for name in names {
                let path = dir.join(&name);
                if files::is_our_tmp(&name, |_| true)
                    || !files::is_file_strict(&path).map_err(StoreError::io(Action::LookAt, &path))?
                {
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

/// This device's logs that hold events beyond its head: after a run cut
/// short, those it never committed, which the next change drops.
pub(super) fn uncommitted_logs(device: &DeviceLogs, sealer: &Sealer) -> Result<Vec<String>> {
    let names = files::names_strict(&device.dir).map_err(StoreError::io(Action::List, &device.dir))?;
    let mut logs = Vec::new();
    for name in names.into_iter().filter(|name| layout::is_log(name)) {
        let committed = device.head.files.get(&name).copied().unwrap_or(0);
        // A log that does not read is for `doctor`; it is not written here.
        if parse_log(&device.dir.join(&name), sealer)
            .is_ok_and(|events| events.iter().any(|event| event.seq > committed))
        {
            logs.push(name);
        }
    }
    Ok(logs)
}

/// A log as it is to be written, and the conflict copies it takes in.
struct Content {
    log: String,
    events: Vec<Event>,
    folded: Vec<String>,
}

/// One log of a device as its files hold it: the log itself (`None` when it
/// is not there), and each conflict copy of it, by name.
struct Sources {
    base: Option<Vec<Event>>,
    copies: Vec<(String, Vec<Event>)>,
}

impl Sources {
    fn events(&self) -> impl Iterator<Item = &Event> {
        self.base.iter().flatten().chain(self.copies.iter().flat_map(|(_, events)| events))
    }
}

/// Every event in a log of a device and in its conflict copies, whether
/// its head commits them or not.
fn read_sources(device: &DeviceLogs, log: &str, sealer: &Sealer) -> Result<Sources> {
    let base = match parse_log(&device.dir.join(log), sealer) {
        Ok(events) => Some(events),
        // Not there (yet): a sync may still be bringing it.
        Err(err) if is_missing(&err) => None,
        Err(err) => return Err(err),
    };
    let mut copies = Vec::new();
    for name in device.copies_of(log) {
        copies.push((name.clone(), parse_log(&device.dir.join(name), sealer)?));
    }
    Ok(Sources { base, copies })
}

/// Rewrite one log whole with `events`, keeping the old file linked aside.
fn write_log(dir: &Path, log: &str, events: &[Event], sealer: &Sealer) -> Result<Written> {
    let path = dir.join(log);
    let mut text = Vec::new();
    for event in events {
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

impl Home {
    /// Encrypt again with the plan's key every file of every device that
    /// is not as the plan writes it now: in plain text (written while its
    /// device had not heard of the encryption), or encrypted to another key
    /// this device holds (a second `plan encrypt`). A file this device
    /// cannot open is left as it is. Then the conflict copies of `format`
    /// naming a key this device holds go: nothing is encrypted to it now.
    pub(super) fn reseal(&self, sealer: &Sealer) -> Result<usize> {
        let mut count = 0;
        let devices = self.devices_dir();
        for id in files::names_strict(&devices)?.iter().filter_map(|name| DeviceId::parse(name)) {
            count += reseal_folder(&devices.join(id.as_str()), sealer)?;
        }
        for (name, copy) in self.format_copies() {
            if copy.recipient.as_deref().is_some_and(|recipient| sealer.holds(recipient)) {
                let _ = fs::remove_file(self.dir.join(name));
            }
        }
        Ok(count)
    }
}

/// Encrypt again with the plan's key each file of one device's folder
/// that is not as the plan writes it now (see [`Home::reseal`]).
pub(super) fn reseal_folder(dir: &Path, sealer: &Sealer) -> Result<usize> {
    let mut count = 0;
    for name in files::names_strict(dir)? {
        let path = dir.join(&name);
        if files::is_our_tmp(&name, |_| true) || !files::is_file(&path) {
            continue;
        }
        let bytes = read_file(&path, false, MAX_READ)
            .map_err(|problem| StoreError::Unreadable { path: path.clone(), problem })?;
        if sealer.is_current(&bytes) {
            continue;
        }
        let Ok(plain) = sealer.open(&bytes) else { continue };
        files::write_atomic(dir, &name, &sealer.seal(&plain))
            .map_err(StoreError::io(Action::Encrypt, &path))?;
        count += 1;
    }
    if count > 0 {
        files::sync_dir(dir)?;
    }
    Ok(count)
}

/// A head that names `name`, which is no file `plan` writes.
pub(super) fn foreign(dir: &Path, name: &str) -> StoreError {
    StoreError::Log { path: dir.join(HEAD), what: t!("store-head-foreign-name", name = name) }
}

/// Whether an error is a file that is not there.
fn is_missing(err: &StoreError) -> bool {
    matches!(err, StoreError::Unreadable { problem: ReadError::Missing, .. })
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
        what: t!("store-problem-damaged", place = super::legacy::describe_json_error(&err)),
    })
}

/// Open and parse a head. One that git left with both sides of a conflict
/// in it (two machines wrote as this device: a twin) is read as both, merged.
pub(super) fn parse_head(path: &Path, bytes: &[u8], sealer: &Sealer) -> Result<Head> {
    let bytes = open_sealed(path, bytes, sealer)?;
    if !layout::has_conflict_markers(&bytes) {
        return parse_json(path, &bytes, &Sealer::plain());
    }
    let mut merged: Option<Head> = None;
    for side in bytes.split(|&b| b == b'\n') {
        if layout::is_conflict_marker(side) || side.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        let head: Head = parse_json(path, side, &Sealer::plain())?;
        match &mut merged {
            Some(merged) if merged.device != head.device => {
                let (first, second) = (merged.device.to_string(), head.device.to_string());
                let what = t!("store-head-two-devices", first = first, second = second);
                return Err(StoreError::Log { path: path.to_path_buf(), what });
            }
            Some(merged) => merged.merge(&head),
            None => merged = Some(head),
        }
    }
    merged.ok_or_else(|| StoreError::Log {
        path: path.to_path_buf(),
        what: t!("store-head-only-conflict-marks"),
    })
}

/// Read and parse a head file.
pub(super) fn read_head(path: &Path, sealer: &Sealer) -> Result<Head> {
    let bytes = read_file(path, false, MAX_READ)
        .map_err(|problem| StoreError::Unreadable { path: path.to_path_buf(), problem })?;
    parse_head(path, &bytes, sealer)
}

/// The events of a log. The lines git writes around a conflict are passed
/// over, so both sides are read: each event is whole on a line of its own.
pub(super) fn parse_log(path: &Path, sealer: &Sealer) -> Result<Vec<Event>> {
    let bytes = read_synced(path, sealer)?;
    let mut events = Vec::new();
    for (number, line) in bytes.split(|&b| b == b'\n').enumerate() {
        if line.iter().all(u8::is_ascii_whitespace) || layout::is_conflict_marker(line) {
            continue;
        }
        let event: Event = serde_json::from_slice(line).map_err(|err| {
            let path = path.to_path_buf();
            let detail = super::legacy::describe_json_error(&err);
            if err.is_data() && !err.to_string().contains("missing field") {
                // Not damage: never put back from a backup over it.
                let line = number + 1;
                let what = t!("store-log-unknown-event", line = line, detail = detail);
                StoreError::NewerEvent { path, what }
            } else {
                StoreError::Log {
                    path,
                    what: t!("store-log-damaged-line", line = number + 1, detail = detail),
                }
            }
        })?;
        if let Some(date) = event.change.date_out_of_range() {
            let line = number + 1;
            let what = t!("store-log-date-out-of-range", line = line, date = date.to_string());
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
        OpenError::NoKey => StoreError::NoKey { path: path.to_path_buf(), held: super::KeyHeld::Nothing },
        OpenError::OtherKey => StoreError::AnotherKey { path: path.to_path_buf() },
        OpenError::Undecryptable(detail) => StoreError::Log {
            path: path.to_path_buf(),
            what: t!("store-log-undecryptable", detail = detail.as_str()),
        },
    })
}

/// Remove what killed runs left in this device's folder.
pub(super) fn remove_own_leftovers(dir: &Path) {
    let names = files::names(dir);
    remove_own_leftovers_among(dir, &names);
    files::remove_tmp_files_among(dir, &names, |target| target == HEAD);
}

/// As [`remove_own_leftovers`], with the folder's names already listed,
/// but for the head's: it tells the next commit that a run was cut short
/// (see [`DeviceLogs::cut_short`]), so only a commit removes it.
pub(super) fn remove_own_leftovers_among(dir: &Path, names: &[String]) {
    files::remove_tmp_files_among(dir, names, |target| {
        layout::is_log(target) || target.strip_suffix(BACKUP_SUFFIX).is_some_and(layout::is_log)
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
