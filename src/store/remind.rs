//! The files `plan remind install` writes outside the plan folder: the
//! systemd user units that run `plan remind` every day, and this device's
//! record of them in its config folder (`remind.json`), so that
//! `plan remind uninstall` removes exactly what was written: each file
//! still as it was written, and each folder made for it, once empty.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::Home;
use super::error::{Action, ConfigProblem, StoreError, StoreResult as Result};
use super::files::{self, MAX_READ, ReadError, read_file};

const RECORD: &str = "remind.json";

/// What `plan remind install` wrote on this device.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Installed {
    /// Each file with the text written to it.
    pub files: Vec<WrittenFile>,
    /// The folders made for them, outermost first.
    pub dirs: Vec<PathBuf>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WrittenFile {
    pub path: PathBuf,
    pub text: String,
}

/// What `uninstall` did with each file of the record.
#[derive(Debug, Default)]
pub struct Removed {
    pub removed: Vec<PathBuf>,
    /// Changed since they were written: left alone.
    pub changed: Vec<PathBuf>,
}

impl Home {
    /// The folder systemd reads a user's own units from: `systemd/user` in
    /// the platform config folder (`$XDG_CONFIG_HOME`, or `~/.config`).
    pub fn units_dir(&self) -> Result<PathBuf> {
        let dirs = directories::BaseDirs::new().ok_or(StoreError::NoFolder(super::Folder::Config))?;
        Ok(dirs.config_dir().join("systemd").join("user"))
    }

    /// The plan folder as a path from the root, for a timer that runs from elsewhere.
    pub fn absolute_dir(&self) -> PathBuf {
        std::path::absolute(&self.dir).unwrap_or_else(|_| self.dir.clone())
    }

    fn record_path(&self) -> Result<PathBuf> {
        Ok(self.config()?.dir.join(RECORD))
    }

    /// What `plan remind install` wrote on this device, if it did.
    pub fn reminder_installed(&self) -> Result<Option<Installed>> {
        let path = self.record_path()?;
        match read_file(&path, false, MAX_READ) {
            Ok(bytes) => serde_json::from_slice(&bytes)
                .map(Some)
                .map_err(|_| StoreError::Config { path, what: ConfigProblem::NotAReminderRecord }),
            Err(ReadError::Missing) => Ok(None),
            Err(problem) => Err(StoreError::Unreadable { path, problem }),
        }
    }

    /// Write `files` (name, text) into [`Home::units_dir`], making the
    /// folders it needs, and record them. A file there that the record
    /// does not hold is never replaced. On failure, whatever was written
    /// is taken away again.
    pub fn install_units(&self, files: &[(String, String)]) -> Result<Installed> {
        let dir = self.units_dir()?;
        let before = self.reminder_installed()?;
        let ours =
            |path: &Path| before.as_ref().is_some_and(|record| record.files.iter().any(|f| f.path == path));
        for (name, _) in files {
            let path = dir.join(name);
            if files::exists(&path).map_err(StoreError::io(Action::LookAt, &path))? && !ours(&path) {
                return Err(StoreError::UnitInTheWay { path });
            }
        }
        let mut installed =
            Installed { files: Vec::new(), dirs: before.map(|record| record.dirs).unwrap_or_default() };
        let result = self.write_units(&dir, files, &mut installed);
        if result.is_err() {
            let _ = self.remove_installed(&installed);
        }
        result.map(|()| installed)
    }

    fn write_units(&self, dir: &Path, files: &[(String, String)], installed: &mut Installed) -> Result<()> {
        // The folders that are missing, outermost first.
        let mut missing: Vec<PathBuf> = dir
            .ancestors()
            .take_while(|folder| !files::exists(folder).unwrap_or(true))
            .map(Path::to_path_buf)
            .collect();
        missing.reverse();
        for folder in missing {
            files::create_private_dir(&folder).map_err(StoreError::io(Action::Create, &folder))?;
            installed.dirs.push(folder);
        }
        for (name, text) in files {
            let path = dir.join(name);
            files::write_atomic(dir, name, text.as_bytes()).map_err(StoreError::io(Action::Write, &path))?;
            installed.files.push(WrittenFile { path, text: text.clone() });
        }
        files::sync_dir(dir).map_err(StoreError::io(Action::Write, dir))?;
        let config = self.config()?;
        config.ensure()?;
        let bytes = serde_json::to_vec_pretty(&*installed).expect("a record serialises");
        files::write_atomic(&config.dir, RECORD, &bytes)
            .map_err(StoreError::io(Action::Save, config.dir.join(RECORD)))
    }

    /// Remove what `installed` records: each file still as it was written,
    /// then each folder made for them that is empty, then the record.
    pub fn remove_installed(&self, installed: &Installed) -> Result<Removed> {
        let mut removed = Removed::default();
        for file in &installed.files {
            match read_file(&file.path, false, MAX_READ) {
                Ok(bytes) if bytes == file.text.as_bytes() => {
                    fs::remove_file(&file.path).map_err(StoreError::io(Action::Remove, &file.path))?;
                    removed.removed.push(file.path.clone());
                }
                Ok(_) => removed.changed.push(file.path.clone()),
                Err(ReadError::Missing) => {}
                Err(problem) => return Err(StoreError::Unreadable { path: file.path.clone(), problem }),
            }
        }
        for folder in installed.dirs.iter().rev() {
            // Only when empty: anything else in it is someone else's.
            match fs::remove_dir(folder) {
                Ok(()) => removed.removed.push(folder.clone()),
                Err(err)
                    if matches!(err.kind(), io::ErrorKind::NotFound | io::ErrorKind::DirectoryNotEmpty) => {}
                Err(err) => return Err(StoreError::io(Action::Remove, folder)(err)),
            }
        }
        let record = self.record_path()?;
        match fs::remove_file(&record) {
            Ok(()) => Ok(removed),
            Err(err) if err.kind() == io::ErrorKind::NotFound => Ok(removed),
            Err(err) => Err(StoreError::io(Action::Remove, record)(err)),
        }
    }
}
