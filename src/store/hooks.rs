//! Hooks: the person's own executables in `hooks/`, run after a change is
//! committed. The store only finds them and says whether they may run; the
//! command layer runs them.

use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::path::PathBuf;

use super::Home;

/// The folder of hooks in the plan folder.
pub const HOOKS: &str = "hooks";

/// What is at `hooks/NAME`.
#[derive(Debug, PartialEq, Eq)]
pub enum Hook {
    /// Nothing: the usual case.
    Missing,
    Ready(PathBuf),
    /// A file that cannot be run: not a regular file, or not executable.
    NotRunnable(PathBuf),
    /// A file someone else could have changed: it is not run.
    Unsafe(PathBuf, &'static str),
}

impl Home {
    /// The hook called `name`, if there is one that may run. A hook arrives
    /// by sync like every file of the plan folder, so one that is not this
    /// user's, or that others can write to, is never run.
    pub fn hook(&self, name: &str) -> Hook {
        let path = self.dir.join(HOOKS).join(name);
        let Ok(meta) = std::fs::metadata(&path) else { return Hook::Missing };
        if !meta.is_file() || meta.permissions().mode() & 0o111 == 0 {
            return Hook::NotRunnable(path);
        }
        // Whoever owns the plan folder owns its hooks.
        let owner = std::fs::metadata(&self.dir).map_or(u32::MAX, |dir| dir.uid());
        if meta.uid() != owner {
            return Hook::Unsafe(path, "it belongs to another user than the plan folder");
        }
        if meta.mode() & 0o022 != 0 {
            return Hook::Unsafe(path, "others can write to it");
        }
        Hook::Ready(path)
    }
}
