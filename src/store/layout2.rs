//! The older layout's files (layout 2: `state.json`, its backup and month
//! files), read for a plan not yet moved to logs, and kept aside after the move.

use super::{
    Action, BACKUP, CHECKINS, Checkin, DirState, Home, LegacyState, MAX_READ, MIGRATED, Month, ReadError,
    Result, STATE, StateProblem, StoreError, dir_state, files, is_legacy_file, legacy, parse_state,
    read_file,
};
use std::path::PathBuf;

impl Home {
    /// Whether layout 2's files are here; an error is an error, not an answer.
    pub(super) fn legacy_present(&self) -> Result<bool> {
        for path in [self.state_path(), self.backup_path(), self.checkins_dir()] {
            if files::exists(&path).map_err(StoreError::io(Action::LookAt, &path))? {
                return Ok(true);
            }
        }
        Ok(false)
    }
    pub(super) fn has_legacy(&self) -> bool {
        [self.state_path(), self.backup_path(), self.checkins_dir()]
            .iter()
            .any(|path| files::exists(path).unwrap_or(true))
    }
    /// Read and parse layout 2's `state.json`, with its bytes.
    pub(super) fn read_legacy(&self) -> Result<(LegacyState, Vec<u8>)> {
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
    pub(super) fn read_legacy_backup(&self) -> Result<(LegacyState, Vec<u8>)> {
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
    /// One version of a layout-2 month, oldest first.
    pub(super) fn read_month(&self, month: Month, generation: u32) -> Result<Vec<Checkin>> {
        let path = self.month_path(month, generation);
        if let DirState::NotAFolder(what) = dir_state(&self.checkins_dir(), false)? {
            return Err(StoreError::NotAFolder { path: self.checkins_dir(), what, home: false });
        }
        let bytes = read_file(&path, false, MAX_READ)
            .map_err(|problem| StoreError::Unreadable { path: path.clone(), problem })?;
        legacy::parse_month(&bytes, month).map_err(|problem| StoreError::Month { path, problem })
    }
    /// Layout 2's files, kept aside after the move, go at the next change.
    pub(super) fn remove_migrated(&self) {
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
    pub(super) fn keep_migrated(&self, original: Option<(u32, Vec<u8>)>) -> std::io::Result<PathBuf> {
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
