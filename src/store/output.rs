//! Files the person names for `plan` to write, outside the plan folder
//! (`--output FILE` of `plan report` and `plan export`): private, and
//! whole or not at all.

use std::fs;
use std::io;
use std::path::Path;

use super::Home;
use super::files::{sync_dir, write_tmp};

/// Put `bytes` at `path`, mode 0600 whatever the umask: a temporary file
/// beside it, flushed, renamed over whatever `path` was (a symbolic link
/// there is replaced, never written through), and the folder flushed.
/// On failure `path` is as it was, and no temporary file is left.
pub fn write_private(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let Some(name) = path.file_name() else {
        return Err(io::Error::new(io::ErrorKind::InvalidInput, "that names a folder, not a file"));
    };
    let dir = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    let tmp = write_tmp(dir, &name.to_string_lossy(), bytes)?;
    fs::rename(&tmp, dir.join(name)).inspect_err(|_| {
        let _ = fs::remove_file(&tmp);
    })?;
    sync_dir(dir)
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
