//! Files the person names for `plan` to write, outside the plan folder
//! (`--output FILE` of `plan report` and `plan export`): private, and
//! whole or not at all.

use std::fs;
use std::io;
use std::path::Path;

use super::Home;
use super::files::{FileKind, kind_of, sync_dir, write_tmp};

/// Why a file named with `--output` was not written.
#[derive(Debug)]
pub enum OutputError {
    /// Something other than a regular file is there: a symbolic link, a
    /// folder, a FIFO, a socket or a device. It is left as it is.
    NotAFile(FileKind),
    Io(io::Error),
}

impl From<io::Error> for OutputError {
    fn from(err: io::Error) -> OutputError {
        OutputError::Io(err)
    }
}

/// What is at `path`, if it is something `--output` may not replace.
fn not_a_file(path: &Path) -> Result<(), OutputError> {
    match fs::symlink_metadata(path) {
        Ok(meta) if meta.file_type().is_file() => Ok(()),
        Ok(meta) => Err(OutputError::NotAFile(kind_of(&meta))),
        Err(err) if err.kind() == io::ErrorKind::NotFound => Ok(()),
        Err(err) => Err(err.into()),
    }
}

/// Put `bytes` at `path`, mode 0600 whatever the umask: a temporary file
/// beside it, flushed, renamed over the regular file `path` was (if any),
/// and the folder flushed. Only a regular file or a new name is written:
/// a symbolic link, a device (`/dev/null`), a FIFO or a socket there is
/// refused and left as it is, looked at before the file is written and
/// again just before the rename. On failure `path` is as it was, and no
/// temporary file is left.
pub fn write_private(path: &Path, bytes: &[u8]) -> Result<(), OutputError> {
    let Some(name) = path.file_name() else { return Err(OutputError::NotAFile(FileKind::Folder)) };
    let dir = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    not_a_file(path)?;
    let tmp = write_tmp(dir, &name.to_string_lossy(), bytes)?;
    let placed = not_a_file(path).and_then(|()| Ok(fs::rename(&tmp, dir.join(name))?));
    if let Err(err) = placed {
        let _ = fs::remove_file(&tmp);
        return Err(err);
    }
    Ok(sync_dir(dir)?)
}

impl Home {
    /// Whether `path` would be in the plan folder or a folder inside it,
    /// where only the store writes (links followed, as a write would).
    pub fn holds(&self, path: &Path) -> bool {
        let dir = path.parent().filter(|dir| !dir.as_os_str().is_empty()).unwrap_or(Path::new("."));
        match (std::fs::canonicalize(dir), std::fs::canonicalize(&self.dir)) {
            (Ok(dir), Ok(home)) => dir.starts_with(home),
            _ => false,
        }
    }
}
