//! The one write path. A save is copy-on-write: a changed month is written
//! as a new version of its file, the new state as a temporary file, and the
//! rename of that file over `state.json` (which names each month's version)
//! is the commit point. Before it, any failure removes what this run wrote,
//! so a failed command changes nothing; after it, a failure never undoes
//! what the state already names, and says the change was saved.
//!
//! `start --force` commits the same way: the old plan is first linked whole
//! into a folder in `archive/`, which is given its staging name only once it
//! is whole; the new state replaces `state.json`, and only then are the old
//! plan's files taken out of the plan folder and the staging folder given
//! its date. A run killed at any point leaves either the old plan in place,
//! or the new one with the old one whole in `archive/`; the next run
//! finishes or undoes what the killed one began.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use chrono::NaiveDate;

use super::decode::{encode_month, month_file_name, parse_month_name};
use super::files::{self, DirState, dir_state, sync_dir};
use super::lock::Open;
use super::{ARCHIVE, BACKUP, CHECKINS, Home, Months, STATE, StoreError, Writer};
use crate::state::{Checkin, State};

/// What becomes of `state.json.bak` in a save.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backup {
    /// The state being replaced becomes the backup.
    FromCurrent,
    /// The backup stays as it is (restoring it, or a new plan).
    Keep,
}

/// What a save wrote before its commit point, to be removed if it fails.
#[derive(Default)]
struct Undo {
    files: Vec<PathBuf>,
    /// Staging folders in `archive/`, each the old plan linked whole.
    stagings: Vec<PathBuf>,
    folders: Vec<PathBuf>,
}

impl Undo {
    fn run(self) {
        for file in self.files {
            let _ = fs::remove_file(file);
        }
        for staging in self.stagings {
            remove_staging(&staging);
        }
        for folder in self.folders.into_iter().rev() {
            let _ = fs::remove_dir(folder);
        }
    }
}

/// What a staging folder is called (after its date) while it is being
/// filled: `recover` removes such a folder, as its new plan cannot have been
/// committed yet.
const PARTIAL: &str = ".partial";

/// Names in the plan folder that belong to the plan and move with it into the archive.
fn is_plan_file(name: &str) -> bool {
    name == STATE
        || name == BACKUP
        || name.strip_prefix("state.json.schema").is_some_and(|n| n.parse::<u32>().is_ok())
        || name.strip_prefix("state.json.damaged.").is_some_and(|n| n.parse::<u32>().is_ok())
}

impl Writer<'_> {
    /// Commit the state, and with it one month of check-ins if given.
    /// `what` names the change for a message after the commit point
    /// ("the check-in for 2026-11-24").
    pub fn save(&mut self, what: &str, month: Option<(&str, &[Checkin])>) -> Result<()> {
        self.save_with(what, month, Backup::FromCurrent)
    }

    pub fn save_with(&mut self, what: &str, month: Option<(&str, &[Checkin])>, backup: Backup) -> Result<()> {
        let _ = &self.lock;
        self.home.commit(&mut self.state, self.original.as_deref(), month, backup, what)?;
        self.original = None;
        Ok(())
    }

    /// Keep a damaged `state.json` aside as `state.json.damaged.N`, never
    /// leaving the folder without a state file. Returns its path.
    pub(super) fn keep_aside(&self) -> Result<PathBuf> {
        let home = &self.home.dir;
        for n in 1.. {
            let target = home.join(format!("{STATE}.damaged.{n}"));
            match fs::hard_link(self.home.state_path(), &target) {
                Ok(()) => return Ok(target),
                Err(err) if err.kind() == io::ErrorKind::AlreadyExists => {}
                Err(_) => {
                    let bytes = fs::read(self.home.state_path())?;
                    let name = format!("{STATE}.damaged.{n}");
                    if files::exists(&target)? {
                        continue;
                    }
                    files::write_atomic(home, &name, &bytes)?;
                    return Ok(target);
                }
            }
        }
        unreachable!("some N is free")
    }
}

impl Home {
    fn commit(
        &self,
        state: &mut State,
        original: Option<&[u8]>,
        month: Option<(&str, &[Checkin])>,
        backup: Backup,
        what: &str,
    ) -> Result<()> {
        let before = state.months.clone();
        let mut undo = Undo::default();
        let committed = self.write_and_commit(state, original, month, backup, &mut undo);
        if let Err(err) = committed {
            undo.run();
            state.months = before;
            return Err(err);
        }
        state.migrated_from = None;
        let after = |step, source| StoreError::AfterCommit { what: what.to_owned(), step, source };
        if let Some(link) = undo.files.iter().find(|path| is_tmp_of(path, BACKUP)) {
            let renamed = fs::rename(link, self.backup_path());
            // A killed run may have left the backup linked to the state
            // already: renaming one link onto another of the same file does
            // nothing, and the temporary name would stay.
            let _ = fs::remove_file(link);
            renamed.map_err(|err| after("keeping the backup", err))?;
        }
        sync_dir(&self.dir).map_err(|err| after("flushing the plan folder to disk", err))?;
        let keep = match backup {
            Backup::FromCurrent => before,
            Backup::Keep => self.read_backup().map(|(state, _)| state.months).unwrap_or_default(),
        };
        self.remove_old_months(&state.months, &keep);
        Ok(())
    }

    /// Everything up to and including the commit point; what it creates is
    /// listed in `undo`.
    fn write_and_commit(
        &self,
        state: &mut State,
        original: Option<&[u8]>,
        month: Option<(&str, &[Checkin])>,
        backup: Backup,
        undo: &mut Undo,
    ) -> Result<()> {
        if let Some((key, entries)) = month {
            let dir = self.checkins_dir();
            match dir_state(&dir, false)? {
                DirState::Missing => {
                    files::create_private_dir(&dir)
                        .with_context(|| format!("could not create {}", dir.display()))?;
                    undo.folders.push(dir.clone());
                }
                DirState::NotAFolder(what) => {
                    return Err(StoreError::NotAFolder { path: dir, what, home: false }.into());
                }
                DirState::Folder(_) => {}
            }
            let mut generation = state.months.get(key).map_or(1, |g| g + 1);
            while files::exists(&dir.join(month_file_name(key, generation)))? {
                generation += 1;
            }
            let name = month_file_name(key, generation);
            undo.files.push(dir.join(&name));
            files::write_atomic(&dir, &name, &encode_month(key, entries))
                .and_then(|()| sync_dir(&dir))
                .with_context(|| format!("could not save the check-ins of {key} in {}", dir.display()))?;
            state.months.insert(key.to_owned(), generation);
        }
        if let (Some(schema), Some(original)) = (state.migrated_from, original) {
            // Keep the state as the older program wrote it, for good.
            let name = format!("{STATE}.schema{schema}");
            if !files::exists(&self.dir.join(&name))? {
                undo.files.push(self.dir.join(&name));
                files::write_atomic(&self.dir, &name, original).with_context(|| {
                    format!("could not keep a copy of the state before migrating it ({name})")
                })?;
            }
        }
        let bytes = serde_json::to_vec(&*state).context("could not encode the state")?;
        let tmp = files::write_tmp(&self.dir, STATE, &bytes)
            .with_context(|| format!("could not write {}", self.state_path().display()))?;
        undo.files.push(tmp.clone());
        if backup == Backup::FromCurrent && files::exists(&self.state_path())? {
            let link = files::tmp_path(&self.dir, BACKUP);
            undo.files.push(link.clone());
            if fs::hard_link(self.state_path(), &link).is_err() {
                // A file system without hard links: copy instead.
                let bytes = fs::read(self.state_path())?;
                let copy = files::write_tmp(&self.dir, BACKUP, &bytes)?;
                undo.files.push(copy.clone());
                fs::rename(copy, &link)?;
            }
        }
        fs::rename(&tmp, self.state_path())
            .with_context(|| format!("could not save {}", self.state_path().display()))?;
        // Committed: the new state, and the month file it names, stay.
        undo.files.retain(|path| is_tmp_of(path, BACKUP));
        undo.folders.clear();
        Ok(())
    }

    /// After a successful save: month versions named by neither the state
    /// nor the backup are superseded; our temporary files in `checkins/` are
    /// a killed run's. Only regular files of ours, in a real folder.
    fn remove_old_months(&self, state: &Months, backup: &Months) {
        let dir = self.checkins_dir();
        for name in files::names(&dir) {
            let path = dir.join(&name);
            let superseded = parse_month_name(&name).is_some_and(|(month, generation)| {
                state.get(month) != Some(&generation) && backup.get(month) != Some(&generation)
            });
            let ours = superseded || files::is_our_tmp(&name, |target| parse_month_name(target).is_some());
            if ours && files::is_file(&path) {
                let _ = fs::remove_file(path);
            }
        }
    }

    /// Begin a plan with `state`. An existing plan is refused, or with
    /// `force` archived; returns the archive folder then.
    pub fn start(&self, state: &mut State, force: bool, today: NaiveDate) -> Result<Option<PathBuf>> {
        let mut undo = Undo::default();
        let result = self.start_inner(state, force, today, &mut undo);
        if result.is_err() {
            undo.run();
        }
        result
    }

    fn start_inner(
        &self,
        state: &mut State,
        force: bool,
        today: NaiveDate,
        undo: &mut Undo,
    ) -> Result<Option<PathBuf>> {
        match dir_state(&self.dir, true)? {
            DirState::Missing => {
                files::create_private_dir(&self.dir)
                    .with_context(|| format!("could not create {}", self.dir.display()))?;
                undo.folders.push(self.dir.clone());
            }
            DirState::NotAFolder(what) => {
                return Err(StoreError::NotAFolder { path: self.dir.clone(), what, home: true }.into());
            }
            DirState::Folder(_) => self.check_home()?,
        }
        if !files::exists(&self.lock_path())? {
            undo.files.push(self.lock_path());
        }
        let lock = self.take_lock(true, Open::Create)?.expect("created if missing");
        self.recover()?;
        if self.has_plan() && !force {
            return Err(StoreError::AlreadyAPlan { dir: self.dir.clone() }.into());
        }
        let staging = if self.has_plan() { Some(self.stage_archive(today, undo)?) } else { None };
        let mut writer = Writer { home: self, state: state.clone(), original: None, lock };
        if let Err(err) = writer.save_with("the new plan", None, Backup::Keep) {
            if matches!(err.downcast_ref::<StoreError>(), Some(StoreError::AfterCommit { .. })) {
                // The new state is committed: the staging folder holds the
                // only name of the old state now; the next run finishes
                // archiving it.
                *undo = Undo::default();
            }
            return Err(err);
        }
        *state = writer.state;
        *undo = Undo::default();
        let Some(staging) = staging else { return Ok(None) };
        let archived = self.finish_archive(&staging).map_err(|source| StoreError::AfterCommit {
            what: "the new plan".into(),
            step: "moving the old plan into the archive",
            source,
        })?;
        Ok(Some(archived))
    }

    /// Link the whole plan into a new staging folder in `archive/`. It is
    /// filled under a name of its own and given the staging name only when
    /// whole, so that `recover` can tell from a staging folder whether its
    /// new state was committed: a staging folder with no `state.json` is
    /// then one of a plan that had none, never one killed half way.
    fn stage_archive(&self, today: NaiveDate, undo: &mut Undo) -> Result<PathBuf> {
        let archive = self.dir.join(ARCHIVE);
        match dir_state(&archive, false)? {
            DirState::Missing => {
                files::create_private_dir(&archive)
                    .with_context(|| format!("could not create {}", archive.display()))?;
                undo.folders.push(archive.clone());
            }
            DirState::NotAFolder(what) => {
                return Err(StoreError::NotAFolder { path: archive, what, home: false }.into());
            }
            DirState::Folder(_) => {}
        }
        let partial = files::tmp_path(&archive, &format!("{today}{PARTIAL}"));
        let staging = files::tmp_path(&archive, &today.to_string());
        let staged = (|| -> io::Result<()> {
            files::create_private_dir(&partial)?;
            for name in files::names_strict(&self.dir)?.into_iter().filter(|name| is_plan_file(name)) {
                link_or_copy(&self.dir.join(&name), &partial.join(&name))?;
            }
            let months: Vec<String> = files::names_strict(&self.checkins_dir())?
                .into_iter()
                .filter(|n| parse_month_name(n).is_some())
                .collect();
            if !months.is_empty() {
                let checkins = partial.join(CHECKINS);
                files::create_private_dir(&checkins)?;
                for name in months {
                    link_or_copy(&self.checkins_dir().join(&name), &checkins.join(&name))?;
                }
                sync_dir(&checkins)?;
            }
            sync_dir(&partial)?;
            fs::rename(&partial, &staging)?;
            sync_dir(&archive)
        })();
        if let Err(err) = staged {
            remove_staging(&partial);
            remove_staging(&staging);
            return Err(err)
                .with_context(|| format!("could not archive the old plan in {}", archive.display()));
        }
        undo.stagings.push(staging.clone());
        Ok(staging)
    }

    /// The new plan is committed: take the old plan's files out of the plan
    /// folder (each has its copy in `staging`) and give the staging folder
    /// its date.
    fn finish_archive(&self, staging: &Path) -> io::Result<PathBuf> {
        for name in files::names_strict(staging)? {
            let archived = staging.join(&name);
            if name != STATE && is_plan_file(&name) && same_content(&archived, &self.dir.join(&name)) {
                fs::remove_file(self.dir.join(&name))?;
            }
        }
        for name in files::names_strict(&staging.join(CHECKINS))? {
            let archived = staging.join(CHECKINS).join(&name);
            if same_content(&archived, &self.checkins_dir().join(&name)) {
                fs::remove_file(self.checkins_dir().join(&name))?;
            }
        }
        if files::names_strict(&self.checkins_dir())?.is_empty()
            && dir_state(&self.checkins_dir(), false)? != DirState::Missing
        {
            fs::remove_dir(self.checkins_dir())?;
        }
        sync_dir(&self.dir)?;
        let archive = self.dir.join(ARCHIVE);
        let name = staging.file_name().and_then(|n| n.to_str()).unwrap_or_default();
        let date = name.trim_start_matches('.').split(files::TMP_MARK).next().unwrap_or("plan").to_owned();
        let mut target = archive.join(&date);
        let mut n = 2;
        while files::exists(&target)? {
            target = archive.join(format!("{date}-{n}"));
            n += 1;
        }
        fs::rename(staging, &target)?;
        sync_dir(&archive)?;
        Ok(target)
    }

    /// Finish or undo what a killed run left: a `start --force` staged in
    /// `archive/` (finished if its new state was committed, else removed);
    /// our temporary files in the plan folder.
    pub(super) fn recover(&self) -> Result<()> {
        let archive = self.dir.join(ARCHIVE);
        let is_date = |target: &str| NaiveDate::parse_from_str(target, "%Y-%m-%d").is_ok();
        let is_partial = |target: &str| target.strip_suffix(PARTIAL).is_some_and(is_date);
        for name in files::names(&archive) {
            let staging = archive.join(&name);
            if !matches!(dir_state(&staging, false)?, DirState::Folder(_)) {
                continue;
            }
            if files::is_our_tmp(&name, is_partial) {
                // Killed while it was being filled: nothing was committed.
                remove_staging(&staging);
                continue;
            }
            if !files::is_our_tmp(&name, is_date) {
                continue;
            }
            let staged_state = staging.join(STATE);
            let committed = if files::exists(&staged_state)? {
                !same_content(&staged_state, &self.state_path())
            } else {
                files::exists(&self.state_path())?
            };
            if committed {
                self.finish_archive(&staging).with_context(|| {
                    format!("could not finish archiving the old plan in {}", staging.display())
                })?;
            } else {
                remove_staging(&staging);
            }
        }
        files::remove_tmp_files(&self.dir, |target| {
            target == STATE || target == BACKUP || is_plan_file(target)
        });
        Ok(())
    }
}

/// A staging folder whose new plan was never committed holds only second
/// names (or copies) of files still in the plan folder.
fn remove_staging(staging: &Path) {
    let checkins = staging.join(CHECKINS);
    for name in files::names(&checkins) {
        let _ = fs::remove_file(checkins.join(name));
    }
    let _ = fs::remove_dir(&checkins);
    for name in files::names(staging) {
        let path = staging.join(name);
        if files::is_file(&path) {
            let _ = fs::remove_file(path);
        }
    }
    let _ = fs::remove_dir(staging);
}

/// Give the file `from` a second name `to` (a copy where there are no hard
/// links). Not a regular file: nothing to archive. Failing to tell is an error.
fn link_or_copy(from: &Path, to: &Path) -> io::Result<()> {
    if !files::is_file_strict(from)? {
        return Ok(());
    }
    if fs::hard_link(from, to).is_ok() {
        return Ok(());
    }
    let bytes = fs::read(from)?;
    let dir = to.parent().unwrap_or(Path::new("."));
    let name = to.file_name().and_then(|n| n.to_str()).unwrap_or_default();
    files::write_atomic(dir, name, &bytes)
}

/// Two names of one file, or (where hard links are missing) two files with
/// the same bytes.
fn same_content(a: &Path, b: &Path) -> bool {
    files::same_file(a, b) || matches!((fs::read(a), fs::read(b)), (Ok(x), Ok(y)) if x == y)
}

fn is_tmp_of(path: &Path, target: &str) -> bool {
    path.file_name().and_then(|n| n.to_str()).is_some_and(|name| files::is_our_tmp(name, |t| t == target))
}
