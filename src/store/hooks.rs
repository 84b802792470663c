//! Hooks: the person's own executables in `hooks/`, run after a change is
//! committed. The store opens them and says whether they may run; the
//! command layer runs them.
//!
//! A hook is opened once, without following a link, and the checks are
//! made on that open file: the command layer then runs that same file
//! (through `/proc/self/fd`), so nobody can swap another in between the
//! check and the run.

use std::fs::{File, OpenOptions};
use std::os::unix::fs::{MetadataExt, OpenOptionsExt, PermissionsExt};
use std::path::PathBuf;

use super::Home;

/// The folder of hooks in the plan folder.
pub const HOOKS: &str = "hooks";

/// What is at `hooks/NAME`.
#[derive(Debug)]
pub enum Hook {
    /// Nothing: the usual case.
    Missing,
    /// A hook that may run: its path, and the file as it was checked.
    Ready(PathBuf, File),
    /// A file that cannot be run: not a regular file, or not executable.
    NotRunnable(PathBuf),
    /// A file someone else could have changed, or a link: it is not run.
    Unsafe(PathBuf, HookRisk),
}

/// Why a hook was not run ([`Hook::Unsafe`]): the views word it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HookRisk {
    /// It is a symbolic link.
    Link,
    /// It belongs to another user than the plan folder.
    OtherOwner,
    /// Others can write to it.
    Writable,
}

impl Home {
    /// The hook called `name`, if there is one that may run. A hook arrives
    /// by sync like every file of the plan folder, so one that is not this
    /// user's, that others can write to, or that is a symbolic link, is
    /// never run.
    pub fn hook(&self, name: &str) -> Hook {
        let path = self.dir.join(HOOKS).join(name);
        let opened = OpenOptions::new()
            .read(true)
            .custom_flags(libc::O_NOFOLLOW | libc::O_NONBLOCK | libc::O_CLOEXEC)
            .open(&path);
        let file = match opened {
            Ok(file) => file,
            Err(err) if err.kind() == std::io::ErrorKind::NotFound => return Hook::Missing,
            Err(err) if err.raw_os_error() == Some(libc::ELOOP) => {
                return Hook::Unsafe(path, HookRisk::Link);
            }
            Err(_) => return Hook::NotRunnable(path),
        };
        // Everything below is asked of the file opened, not of the name.
        let Ok(meta) = file.metadata() else { return Hook::NotRunnable(path) };
        if !meta.is_file() || meta.permissions().mode() & 0o111 == 0 {
            return Hook::NotRunnable(path);
        }
        // Whoever owns the plan folder owns its hooks.
        let owner = std::fs::metadata(&self.dir).map_or(u32::MAX, |dir| dir.uid());
        if meta.uid() != owner {
            return Hook::Unsafe(path, HookRisk::OtherOwner);
        }
        if meta.mode() & 0o022 != 0 {
            return Hook::Unsafe(path, HookRisk::Writable);
        }
        Hook::Ready(path, file)
    }
}
