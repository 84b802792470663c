//! `plan doctor`: examining the plan folder under the lock, and restoring
//! the backup through the same commit as every other write.

use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::path::PathBuf;

use anyhow::{Context, Result};

use super::decode::parse_month_name;
use super::files::{self, DirState, MAX_READ, dir_state, read_file};
use super::lock::Open;
use super::{ARCHIVE, Backup, CHECKINS, Home, Lock, PLANS, ReadError, StateProblem, StoreError, Writer};
use crate::state::State;

/// How a state file reads.
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
    State {
        path: PathBuf,
        read: FileState,
        backup_readable: bool,
    },
    Backup {
        path: PathBuf,
        read: FileState,
    },
    /// How many month files the state names read, and what is wrong with the others.
    Months {
        readable: usize,
        problems: Vec<StoreError>,
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
}

impl Finding {
    pub fn is_problem(&self) -> bool {
        match self {
            Finding::NoFolder { .. } => false,
            Finding::Folder { mode, .. } => mode & 0o077 != 0,
            Finding::State { read, .. } => !matches!(read, FileState::Readable { .. }),
            Finding::Backup { read, .. } => !matches!(read, FileState::Readable { .. } | FileState::Missing),
            Finding::Months { problems, .. } => !problems.is_empty(),
            Finding::Leftovers { names } => !names.is_empty(),
            Finding::NotAFolder { .. } | Finding::FileMode { .. } => true,
        }
    }
}

/// What `doctor --restore` did.
#[derive(Debug)]
pub struct Restored {
    /// Where the damaged state was kept, if there was one.
    pub aside: Option<PathBuf>,
    pub checkins: usize,
    /// How many of them were recorded after the backup was taken.
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
        let _lock = self.take_lock(false, Open::Existing)?.unwrap_or_else(Lock::none);
        let mut findings = vec![Finding::Folder { dir: self.dir.clone(), mode }];
        for name in [CHECKINS, ARCHIVE, PLANS] {
            let path = self.dir.join(name);
            if let DirState::NotAFolder(what) = dir_state(&path, false)? {
                findings.push(Finding::NotAFolder { path, what });
            }
        }
        let (state_read, state) = examine_state(&self.state_path());
        let (backup_read, backup) = examine_state(&self.backup_path());
        let backup_readable = backup.is_some();
        findings.push(Finding::State { path: self.state_path(), read: state_read, backup_readable });
        findings.push(Finding::Backup { path: self.backup_path(), read: backup_read });
        if let Some(state) = &state {
            let problems: Vec<StoreError> = state
                .months
                .keys()
                .filter_map(|month| self.month(state, month).err())
                .filter_map(|err| err.downcast::<StoreError>().ok())
                .collect();
            findings.push(Finding::Months { readable: state.months.len() - problems.len(), problems });
        }
        let mut private = vec![self.state_path(), self.backup_path(), self.lock_path()];
        private.extend(
            files::names(&self.checkins_dir()).into_iter().map(|name| self.checkins_dir().join(name)),
        );
        for path in private {
            if let Ok(meta) = fs::symlink_metadata(&path)
                && meta.is_file()
                && meta.permissions().mode() & 0o077 != 0
            {
                findings.push(Finding::FileMode { path, mode: meta.permissions().mode() & 0o7777 });
            }
        }
        findings.push(Finding::Leftovers { names: self.leftovers(state.as_ref(), backup.as_ref()) });
        Ok(findings)
    }

    fn leftovers(&self, state: Option<&State>, backup: Option<&State>) -> Vec<String> {
        let mut found = Vec::new();
        for name in files::names(&self.dir) {
            if files::is_our_tmp(&name, |_| true) {
                found.push(name);
            }
        }
        for name in files::names(&self.checkins_dir()) {
            let unnamed = state.is_some()
                && parse_month_name(&name).is_some_and(|(month, generation)| {
                    [state, backup].iter().flatten().all(|s| s.months.get(month) != Some(&generation))
                });
            if unnamed || files::is_our_tmp(&name, |_| true) {
                found.push(format!("{CHECKINS}/{name}"));
            }
        }
        for name in files::names(&self.dir.join(ARCHIVE)) {
            if files::is_our_tmp(&name, |_| true) {
                found.push(format!("{ARCHIVE}/{name} (an interrupted `plan start --force`)"));
            }
        }
        found
    }

    /// Put the backup back, with every check-in: month files written after
    /// the backup are still on disk, so the restored state takes the newest
    /// readable version of each month and recounts its summary from them.
    pub fn restore(&self) -> Result<Restored> {
        self.check_home()?;
        if !self.has_plan() {
            return Err(StoreError::NoPlan { dir: self.dir.clone() }.into());
        }
        let lock = self.take_lock(true, Open::Create)?.expect("created if missing");
        self.recover()?;
        match self.read_state() {
            Ok(_) => return Err(StoreError::NothingToRestore { path: self.state_path() }.into()),
            Err(err) => match err.downcast_ref::<StoreError>() {
                Some(
                    StoreError::State { problem: StateProblem::Newer(_), .. } | StoreError::NoPlan { .. },
                )
                | None => {
                    return Err(err);
                }
                Some(_) => {}
            },
        }
        let (mut state, bytes) = self.read_backup()?;
        let backup_checkins = state.checkins;
        self.adopt_newest_months(&mut state)?;
        let mut entries = Vec::new();
        for month in state.months.keys() {
            entries.extend(self.month(&state, month)?);
        }
        state.resummarise(&entries);
        let original = state.migrated_from.map(|_| bytes);
        let mut writer = Writer { home: self, state, original, lock };
        let aside = if files::exists(&self.state_path())? { Some(writer.keep_aside()?) } else { None };
        if let Err(err) = writer.save_with("the restored plan", None, Backup::Keep) {
            if let Some(aside) = &aside
                && files::exists(&self.state_path()).unwrap_or(false)
                && !matches!(err.downcast_ref::<StoreError>(), Some(StoreError::AfterCommit { .. }))
            {
                let _ = fs::remove_file(aside);
            }
            return Err(err);
        }
        let checkins = writer.state.checkins;
        Ok(Restored { aside, checkins, after_backup: checkins.saturating_sub(backup_checkins) })
    }

    /// For each month, the newest file on disk that reads cleanly. A file
    /// that cannot be listed or read is an error, not a file to pass over:
    /// the save after this removes the month files its state does not name.
    fn adopt_newest_months(&self, state: &mut State) -> Result<()> {
        let dir = self.checkins_dir();
        let mut found: Vec<(String, u32)> = files::names_strict(&dir)
            .with_context(|| format!("could not list {}", dir.display()))?
            .iter()
            .filter_map(|name| {
                parse_month_name(name).map(|(month, generation)| (month.to_owned(), generation))
            })
            .collect();
        found.sort_by_key(|(_, generation)| std::cmp::Reverse(*generation));
        for (month, generation) in found {
            if state.months.get(&month).is_some_and(|&known| known >= generation) {
                continue;
            }
            match self.read_month(&month, generation) {
                Ok(_) => {
                    state.months.insert(month, generation);
                }
                // Damaged: an older version of the month is taken instead.
                Err(err) if is_damaged(&err) => {}
                Err(err) => return Err(err),
            }
        }
        Ok(())
    }
}

/// Whether a month file cannot be used for what it holds, rather than for
/// a failure to read it.
fn is_damaged(err: &anyhow::Error) -> bool {
    matches!(
        err.downcast_ref::<StoreError>(),
        Some(
            StoreError::Month { .. }
                | StoreError::Unreadable {
                    problem: ReadError::Missing | ReadError::NotAFile(_) | ReadError::TooLarge(_),
                    ..
                }
        )
    )
}

fn examine_state(path: &std::path::Path) -> (FileState, Option<State>) {
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
