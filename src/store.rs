//! The plan folder: the lock, loading, atomic durable saving, the backup,
//! and permissions. Every byte `plan` writes goes through here.
//!
//! Layout of `$PLAN_HOME`:
//!
//! ```text
//! state.json            the plan: playbook copy, slips, steps, a summary of check-ins
//! state.json.bak        the state before the last save (the last good copy)
//! checkins/YYYY-MM.G.json  one month of check-ins, generation G
//! lock                  held by every run: shared to read, exclusive to write
//! archive/DATE/         plans replaced by `plan start --force`
//! plans/*.toml          the user's own playbooks
//! ```
//!
//! A save is copy-on-write: a changed month is written as a new generation
//! file, and `state.json`, which names the generation of each month, is
//! replaced last. That rename is the commit point: a crash before it leaves
//! the old state whole, a crash after it the new one. Month files that
//! neither the state nor its backup name are leftovers, removed under the lock.

use std::fs::{self, File, OpenOptions};
use std::io;
use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt, PermissionsExt};
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::error::hinted;
use crate::state::{self, Checkin, State};

const STATE: &str = "state.json";
const BACKUP: &str = "state.json.bak";
const LOCK: &str = "lock";
const CHECKINS: &str = "checkins";
const ARCHIVE: &str = "archive";
const PLANS: &str = "plans";
const MONTH_FORMAT: &str = "plan-checkins";
/// How a state from a newer program is described.
const NEWER: &str = "was written by a newer plan";
/// Temporary files carry this in their name, so leftovers can be recognised.
pub const TMP_MARK: &str = ".tmp.";

/// The folder that holds a plan.
#[derive(Debug, Clone)]
pub struct Home {
    pub dir: PathBuf,
}

/// Proof that this run holds the lock; dropping it releases the lock.
#[derive(Debug)]
pub struct Lock {
    _file: Option<File>,
}

/// One month of check-ins, as stored.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct MonthFile {
    format: String,
    month: String,
    entries: Vec<Checkin>,
}

/// Only the fields that say what a file is, for telling why a state did not load.
#[derive(Deserialize)]
struct Header {
    format: Option<String>,
    schema: Option<u32>,
}

impl Home {
    /// `--home` / `PLAN_HOME`, else the platform data folder.
    pub fn locate(dir: Option<PathBuf>) -> Result<Home> {
        if let Some(dir) = dir {
            return Ok(Home { dir });
        }
        let dirs = directories::ProjectDirs::from("", "", "plan").ok_or_else(|| {
            hinted("could not find a home folder for the plan", "set PLAN_HOME or pass --home DIR")
        })?;
        Ok(Home { dir: dirs.data_dir().to_path_buf() })
    }

    pub fn state_path(&self) -> PathBuf {
        self.dir.join(STATE)
    }

    pub fn backup_path(&self) -> PathBuf {
        self.dir.join(BACKUP)
    }

    pub fn plans_dir(&self) -> PathBuf {
        self.dir.join(PLANS)
    }

    pub fn lock_path(&self) -> PathBuf {
        self.dir.join(LOCK)
    }

    pub fn checkins_dir(&self) -> PathBuf {
        self.dir.join(CHECKINS)
    }

    pub fn month_path(&self, month: &str, generation: u32) -> PathBuf {
        self.checkins_dir().join(format!("{month}.{generation}.json"))
    }

    /// A shared lock for reading. Without a lock file there is no plan to
    /// protect, and reading must not create one.
    pub fn lock_shared(&self) -> Result<Lock> {
        match File::open(self.dir.join(LOCK)) {
            Ok(file) => take_lock(file, false, &self.dir),
            Err(err) if err.kind() == io::ErrorKind::NotFound => Ok(Lock { _file: None }),
            Err(err) => Err(err).with_context(|| format!("could not open {}", self.dir.join(LOCK).display())),
        }
    }

    /// The exclusive lock for changing an existing plan. Without a plan it
    /// fails before anything is created.
    pub fn lock_exclusive(&self) -> Result<Lock> {
        if !self.has_plan_files() {
            return Err(self.missing_state());
        }
        self.lock_exclusive_creating()
    }

    /// The exclusive lock for a read-modify-write, creating the folder (0700)
    /// and the lock file (0600) if need be.
    pub fn lock_exclusive_creating(&self) -> Result<Lock> {
        ensure_private_dir(&self.dir)?;
        let path = self.dir.join(LOCK);
        let file = OpenOptions::new()
            .read(true)
            .write(true)
            .create(true)
            .truncate(false)
            .mode(0o600)
            .open(&path)
            .with_context(|| format!("could not open {}", path.display()))?;
        let lock = take_lock(file, true, &self.dir)?;
        remove_leftovers(&self.dir);
        Ok(lock)
    }

    /// Whether anything of a plan is here, even a damaged one.
    pub fn has_plan_files(&self) -> bool {
        self.state_path().exists() || self.backup_path().exists() || self.checkins_dir().exists()
    }

    /// Load the state, or say exactly why it cannot be.
    pub fn load(&self, _lock: &Lock) -> Result<State> {
        let path = self.state_path();
        let bytes = match fs::read(&path) {
            Ok(bytes) => bytes,
            Err(err) if err.kind() == io::ErrorKind::NotFound => return Err(self.missing_state()),
            Err(err) => return Err(err).with_context(|| format!("could not read {}", path.display())),
        };
        warn_if_open(&self.dir);
        parse_state(&bytes).map_err(|what| self.damaged(&path, &what))
    }

    fn missing_state(&self) -> anyhow::Error {
        if self.has_plan_files() {
            hinted(
                format!(
                    "{} is missing, but the plan folder holds a backup or check-ins",
                    self.state_path().display()
                ),
                "`plan doctor` says what is there; `plan doctor --restore` puts the backup back",
            )
        } else {
            hinted(
                format!("no plan yet in {}", self.dir.display()),
                "run `plan start` to begin one (`plan playbooks` lists the playbooks)",
            )
        }
    }

    fn damaged(&self, path: &Path, what: &str) -> anyhow::Error {
        let backup = self.backup_path();
        let hint = if what.starts_with(NEWER) {
            "nothing was changed; a newer plan wrote this, so open it with that one".to_owned()
        } else if backup.exists() && fs::read(&backup).is_ok_and(|b| parse_state(&b).is_ok()) {
            format!(
                "nothing was changed; the last good copy is {}, and `plan doctor --restore` puts it back",
                backup.display()
            )
        } else {
            "nothing was changed, and there is no readable backup; `plan doctor` looks at what is left"
                .to_owned()
        };
        hinted(format!("{} {what}", path.display()), hint)
    }

    /// The check-ins of one month ("YYYY-MM"), oldest first.
    pub fn load_month(&self, state: &State, month: &str) -> Result<Vec<Checkin>> {
        let Some(&generation) = state.months.get(month) else { return Ok(Vec::new()) };
        let path = self.month_path(month, generation);
        let bytes = fs::read(&path).map_err(|err| {
            let what =
                if err.kind() == io::ErrorKind::NotFound { "is missing".to_owned() } else { err.to_string() };
            hinted(
                format!("{} {what}; the state names it", path.display()),
                "nothing was changed; `plan doctor` looks at the plan folder",
            )
        })?;
        let file: MonthFile = serde_json::from_slice(&bytes).map_err(|err| {
            hinted(
                format!("{} is damaged: {}", path.display(), describe_json_error(&err)),
                "nothing was changed; `plan doctor` looks at the plan folder",
            )
        })?;
        if file.format != MONTH_FORMAT || file.month != month {
            return Err(hinted(
                format!("{} is not the check-ins of {month}", path.display()),
                "nothing was changed; `plan doctor` looks at the plan folder",
            ));
        }
        Ok(file.entries)
    }

    /// Save the state, and with it one month of check-ins if given: the
    /// month file first, then the state, whose rename commits both.
    pub fn save(&self, _lock: &Lock, state: &mut State, month: Option<(&str, &[Checkin])>) -> Result<()> {
        let before = state.months.clone();
        let mut written = None;
        if let Some((key, entries)) = month {
            let generation = state.months.get(key).map_or(1, |g| g + 1);
            let dir = self.checkins_dir();
            ensure_private_dir(&dir)?;
            let file = MonthFile {
                format: MONTH_FORMAT.to_owned(),
                month: key.to_owned(),
                entries: entries.to_vec(),
            };
            let bytes = serde_json::to_vec(&file)?;
            write_atomic(&dir, &format!("{key}.{generation}.json"), &bytes)
                .and_then(|()| sync_dir(&dir))
                .with_context(|| format!("could not save the check-ins of {key} in {}", dir.display()))?;
            state.months.insert(key.to_owned(), generation);
            written = Some(self.month_path(key, generation));
        }
        if let Some(schema) = state.migrated_from {
            self.keep_before_migration(schema)?;
        }
        let bytes = serde_json::to_vec(state)?;
        let committed = self.commit_state(&bytes);
        if committed.is_err() {
            // Not committed: the new month file must not outlive the failure,
            // or a later `doctor --restore` would adopt it.
            if let Some(path) = written {
                let _ = fs::remove_file(path);
            }
            state.months = before.clone();
        }
        committed.with_context(|| format!("could not save {}", self.state_path().display()))?;
        self.remove_old_months(state, &before);
        state.migrated_from = None;
        Ok(())
    }

    /// Before the first save in a newer schema, keep the state as the older
    /// program wrote it, for good: `state.json.schemaN`.
    fn keep_before_migration(&self, schema: u32) -> Result<()> {
        let name = format!("{STATE}.schema{schema}");
        if self.dir.join(&name).exists() {
            return Ok(());
        }
        let bytes = fs::read(self.state_path())
            .with_context(|| format!("could not read {}", self.state_path().display()))?;
        write_atomic(&self.dir, &name, &bytes)
            .and_then(|()| sync_dir(&self.dir))
            .with_context(|| format!("could not keep a copy of the state before migrating it ({name})"))
    }

    fn commit_state(&self, bytes: &[u8]) -> io::Result<()> {
        let tmp = write_tmp(&self.dir, STATE, bytes)?;
        let result = self.keep_backup().and_then(|()| fs::rename(&tmp, self.state_path()));
        if result.is_err() {
            let _ = fs::remove_file(&tmp);
        }
        result?;
        sync_dir(&self.dir)
    }

    /// The state about to be replaced becomes the backup: a hard link, so
    /// it costs no copy and the state file is never absent.
    fn keep_backup(&self) -> io::Result<()> {
        let current = self.state_path();
        if !current.exists() {
            return Ok(());
        }
        let tmp = self.dir.join(format!(".{BACKUP}{TMP_MARK}{}", std::process::id()));
        let _ = fs::remove_file(&tmp);
        if fs::hard_link(&current, &tmp).is_err() {
            // A file system without hard links: copy instead.
            let bytes = fs::read(&current)?;
            let written = write_tmp(&self.dir, BACKUP, &bytes)?;
            fs::rename(written, &tmp)?;
        }
        let renamed = fs::rename(&tmp, self.backup_path());
        // If a killed run left the backup linked to the state already, the
        // rename was between two names of one file: POSIX does nothing then,
        // and the temporary name would stay behind.
        let _ = fs::remove_file(&tmp);
        renamed
    }

    /// Month files named by neither the new state nor the backup are gone
    /// for good; anything else of ours in the folder is a leftover.
    fn remove_old_months(&self, state: &State, backup_months: &std::collections::BTreeMap<String, u32>) {
        let Ok(entries) = fs::read_dir(self.checkins_dir()) else { return };
        for entry in entries.flatten() {
            let name = entry.file_name();
            let Some(name) = name.to_str() else { continue };
            let keep = parse_month_name(name).is_some_and(|(month, generation)| {
                state.months.get(month) == Some(&generation) || backup_months.get(month) == Some(&generation)
            });
            if !keep && (name.contains(TMP_MARK) || parse_month_name(name).is_some()) {
                let _ = fs::remove_file(entry.path());
            }
        }
    }

    /// Move the plan's files into `archive/DATE[-N]/`; nothing is deleted.
    pub fn archive(&self, _lock: &Lock, today: NaiveDate) -> Result<PathBuf> {
        let archive = self.dir.join(ARCHIVE);
        ensure_private_dir(&archive)?;
        let mut target = archive.join(today.to_string());
        let mut n = 2;
        while target.exists() {
            target = archive.join(format!("{today}-{n}"));
            n += 1;
        }
        ensure_private_dir(&target)?;
        for name in [STATE, BACKUP, CHECKINS] {
            let from = self.dir.join(name);
            if from.exists() {
                fs::rename(&from, target.join(name)).with_context(|| {
                    format!("could not move {} into {}", from.display(), target.display())
                })?;
            }
        }
        sync_dir(&target)?;
        sync_dir(&self.dir)?;
        Ok(target)
    }
}

fn take_lock(file: File, exclusive: bool, dir: &Path) -> Result<Lock> {
    let attempt = if exclusive { file.try_lock() } else { file.try_lock_shared() };
    match attempt {
        Ok(()) => {}
        Err(fs::TryLockError::WouldBlock) => {
            eprintln!("waiting for another plan to finish…");
            let wait = if exclusive { file.lock() } else { file.lock_shared() };
            wait.with_context(|| format!("could not lock {}", dir.display()))?;
        }
        Err(fs::TryLockError::Error(err)) if err.kind() == io::ErrorKind::Unsupported => {
            eprintln!(
                "warning: the file system of {} does not support locks; two plans run at once could clash",
                dir.display()
            );
        }
        Err(fs::TryLockError::Error(err)) => {
            return Err(err).with_context(|| format!("could not lock {}", dir.display()));
        }
    }
    Ok(Lock { _file: Some(file) })
}

/// Parse a state, or say what is wrong with it in a few words.
pub fn parse_state(bytes: &[u8]) -> Result<State, String> {
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err("is empty".to_owned());
    }
    match serde_json::from_slice::<State>(bytes) {
        Ok(state) if state.format == state::FORMAT && state.schema == state::SCHEMA => Ok(state),
        Ok(state) if state.format != state::FORMAT => Err("is not a plan state file".to_owned()),
        // An older layout that happens to read as this one still goes
        // through the migration, so it is kept before its first save.
        Ok(state) if (1..state::SCHEMA).contains(&state.schema) => migrated(bytes, state.schema),
        Ok(state) => Err(schema_problem(state.schema)),
        Err(err) => Err(match serde_json::from_slice::<Header>(bytes) {
            Ok(Header { format: Some(format), schema: Some(schema) })
                if format == state::FORMAT && (1..state::SCHEMA).contains(&schema) =>
            {
                return migrated(bytes, schema);
            }
            Ok(Header { format: Some(format), schema: Some(schema) })
                if format == state::FORMAT && schema != state::SCHEMA =>
            {
                schema_problem(schema)
            }
            Ok(Header { format: Some(format), .. }) if format == state::FORMAT => {
                format!("is damaged: {}", describe_json_error(&err))
            }
            Ok(_) => "is not a plan state file".to_owned(),
            Err(_) if err.is_eof() => format!("is truncated: {}", describe_json_error(&err)),
            Err(_) => format!("is damaged or not a plan state file: {}", describe_json_error(&err)),
        }),
    }
}

/// Read a state of an older schema through [`state::migrate`].
fn migrated(bytes: &[u8], schema: u32) -> Result<State, String> {
    let value =
        serde_json::from_slice(bytes).map_err(|err| format!("is damaged: {}", describe_json_error(&err)))?;
    let value = state::migrate(value, schema)?;
    let mut state: State = serde_json::from_value(value)
        .map_err(|err| format!("is damaged (state schema {schema}): {}", describe_json_error(&err)))?;
    state.migrated_from = Some(schema);
    Ok(state)
}

fn schema_problem(schema: u32) -> String {
    if schema > state::SCHEMA {
        format!(
            "{NEWER} (state schema {schema}; this one reads up to {}); upgrade plan to open it",
            state::SCHEMA
        )
    } else {
        format!("has state schema {schema}, which this plan does not know")
    }
}

fn describe_json_error(err: &serde_json::Error) -> String {
    let text = err.to_string();
    // serde_json ends its messages with " at line L column C"; put the place first.
    match text.rfind(" at line ") {
        Some(at) => format!("{} ({})", &text[..at], text[at + 4..].replace(" column", ", column")),
        None => text,
    }
}

pub fn parse_month_name(name: &str) -> Option<(&str, u32)> {
    let stem = name.strip_suffix(".json")?;
    let (month, generation) = stem.split_once('.')?;
    let valid = month.len() == 7 && month.as_bytes()[4] == b'-';
    valid.then_some(())?;
    Some((month, generation.parse().ok()?))
}

/// Create the folder 0700 if missing. An existing one loses any access for
/// others, and is given none: a folder made read-only stays read-only.
pub fn ensure_private_dir(dir: &Path) -> Result<()> {
    match fs::metadata(dir) {
        Ok(meta) if !meta.is_dir() => Err(hinted(
            format!("{} is not a folder", dir.display()),
            "--home (or PLAN_HOME) names the folder that holds the plan",
        )),
        Ok(meta) => {
            let mode = meta.permissions().mode() & 0o777;
            if mode & 0o077 != 0 {
                let private = mode & 0o700;
                fs::set_permissions(dir, fs::Permissions::from_mode(private))
                    .with_context(|| format!("could not make {} private", dir.display()))?;
                eprintln!("note: made {} private (mode {private:04o}; it was {mode:04o})", dir.display());
            }
            Ok(())
        }
        Err(err) if err.kind() == io::ErrorKind::NotFound => {
            if let Some(parent) = dir.parent() {
                fs::create_dir_all(parent)
                    .with_context(|| format!("could not create {}", parent.display()))?;
            }
            match fs::DirBuilder::new().mode(0o700).create(dir) {
                Ok(()) => {}
                Err(err) if err.kind() == io::ErrorKind::AlreadyExists => {}
                Err(err) => return Err(err).with_context(|| format!("could not create {}", dir.display())),
            }
            // The umask may have taken bits away; set exactly 0700.
            fs::set_permissions(dir, fs::Permissions::from_mode(0o700))
                .with_context(|| format!("could not make {} private", dir.display()))?;
            if let Some(parent) = dir.parent() {
                sync_dir(parent).ok();
            }
            Ok(())
        }
        Err(err) => Err(err).with_context(|| format!("could not read {}", dir.display())),
    }
}

fn warn_if_open(dir: &Path) {
    if let Ok(meta) = fs::metadata(dir)
        && meta.permissions().mode() & 0o077 != 0
    {
        eprintln!(
            "warning: other users can read {} (mode {:04o}); the next change makes it private, or run `plan doctor`",
            dir.display(),
            meta.permissions().mode() & 0o777
        );
    }
}

/// Write `bytes` to a new temporary file beside `name`, 0600, flushed to disk.
fn write_tmp(dir: &Path, name: &str, bytes: &[u8]) -> io::Result<PathBuf> {
    let tmp = dir.join(format!(".{name}{TMP_MARK}{}", std::process::id()));
    let result = (|| {
        let mut file = OpenOptions::new().write(true).create(true).truncate(true).mode(0o600).open(&tmp)?;
        file.set_permissions(fs::Permissions::from_mode(0o600))?;
        fault::write_all(&mut file, bytes)?;
        file.sync_all()
    })();
    match result {
        Ok(()) => Ok(tmp),
        Err(err) => {
            let _ = fs::remove_file(&tmp);
            Err(err)
        }
    }
}

/// Write a file whole or not at all: temporary file, fsync, rename.
/// The caller syncs the folder.
pub fn write_atomic(dir: &Path, name: &str, bytes: &[u8]) -> io::Result<()> {
    let tmp = write_tmp(dir, name, bytes)?;
    fs::rename(&tmp, dir.join(name)).inspect_err(|_| {
        let _ = fs::remove_file(&tmp);
    })
}

/// Make a folder's entries (a rename, a new file) durable.
pub fn sync_dir(dir: &Path) -> io::Result<()> {
    File::open(dir)?.sync_all()
}

/// Temporary files of ours that a killed run left behind.
pub fn remove_leftovers(dir: &Path) {
    let Ok(entries) = fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        if entry.file_name().to_str().is_some_and(|name| name.starts_with('.') && name.contains(TMP_MARK)) {
            let _ = fs::remove_file(entry.path());
        }
    }
}

/// Fault injection for the durability tests: in debug builds,
/// `PLAN_FAULT_WRITE_AFTER=N` makes every file write fail after N bytes, as a
/// full disk would. Release builds write plainly.
mod fault {
    use std::io::{self, Write};

    pub fn write_all(file: &mut impl Write, bytes: &[u8]) -> io::Result<()> {
        if cfg!(debug_assertions)
            && let Some(limit) =
                std::env::var("PLAN_FAULT_WRITE_AFTER").ok().and_then(|n| n.parse::<usize>().ok())
            && bytes.len() > limit
        {
            file.write_all(&bytes[..limit])?;
            return Err(io::Error::new(io::ErrorKind::StorageFull, "no space left on device (simulated)"));
        }
        file.write_all(bytes)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tells_what_is_wrong_with_a_state() {
        assert_eq!(parse_state(b"").unwrap_err(), "is empty");
        assert_eq!(parse_state(b"  \n").unwrap_err(), "is empty");
        assert!(parse_state(b"{\"format\": \"plan-state\", \"sch").unwrap_err().starts_with("is truncated"));
        assert!(parse_state(b"\x00\x01garbage").unwrap_err().contains("damaged"));
        assert_eq!(parse_state(b"{\"name\": \"something else\"}").unwrap_err(), "is not a plan state file");
        assert!(parse_state(b"[1, 2]").unwrap_err().contains("not a plan state file"));
        let newer = parse_state(b"{\"format\": \"plan-state\", \"schema\": 99}").unwrap_err();
        assert!(newer.contains("newer plan"), "{newer}");
        let broken = parse_state(b"{\"format\": \"plan-state\", \"schema\": 2}").unwrap_err();
        assert!(broken.starts_with("is damaged: missing field"), "{broken}");
    }

    #[test]
    fn an_older_schema_is_migrated_even_when_it_reads_as_the_current_one() {
        let current = crate::state::State::new(
            crate::playbook::parse(crate::playbook::BUNDLED[0].1).unwrap(),
            "bundled".into(),
            chrono::NaiveDate::from_ymd_opt(2026, 11, 22).unwrap(),
            chrono::NaiveDate::from_ymd_opt(2026, 11, 22).unwrap(),
        );
        let mut old = serde_json::to_value(&current).unwrap();
        old["schema"] = 1.into();
        let read = parse_state(&serde_json::to_vec(&old).unwrap()).unwrap();
        assert_eq!(read.migrated_from, Some(1));
        assert_eq!(read.schema, crate::state::SCHEMA);
        assert_eq!(read.playbook_source, "bundled");
    }

    #[test]
    fn json_errors_put_the_place_first() {
        let err = serde_json::from_str::<serde_json::Value>("{\n  \"a\": }").unwrap_err();
        assert_eq!(describe_json_error(&err), "expected value (line 2, column 8)");
    }

    #[test]
    fn month_file_names() {
        assert_eq!(parse_month_name("2026-11.3.json"), Some(("2026-11", 3)));
        assert_eq!(parse_month_name(".2026-11.3.json.tmp.55"), None);
        assert_eq!(parse_month_name("notes.txt"), None);
    }
}
