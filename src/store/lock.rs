//! The lock every run that changes the plan takes, so two runs never
//! interleave; readers that need more than `state.json` share it. Waiting is
//! bounded: a run left hanging (a pager, a stopped job) never blocks the
//! next check-in for ever.

use std::fs::{self, File, OpenOptions};
use std::io;
use std::os::unix::fs::OpenOptionsExt;
use std::path::Path;
use std::thread;
use std::time::{Duration, Instant};

use super::error::{Action, StoreError, StoreResult as Result};
use super::{Home, Notice, cache};

/// Proof that this run holds the lock; dropping it releases the lock.
#[derive(Debug)]
pub struct Lock {
    _file: Option<File>,
}

impl Lock {
    /// No lock file to take: there is nothing to protect yet.
    fn none() -> Lock {
        Lock { _file: None }
    }
}

/// How to open the lock file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Open {
    /// It must exist (a reader without one has nothing to wait for).
    Existing,
    /// Create it, 0600, if it is missing.
    Create,
}

impl Home {
    /// The lock shared with other readers, waiting at most `self.lock_wait`
    /// for a writer. Before anything was ever written there is no lock file,
    /// and nothing to wait for.
    pub(super) fn shared(&self) -> Result<Lock> {
        Ok(self.take_lock(false, Open::Existing)?.unwrap_or_else(Lock::none))
    }

    /// The lock that only one run holds, to change the plan: its file is
    /// made (0600) if missing.
    pub(super) fn exclusive(&self) -> Result<Lock> {
        Ok(self.take_lock(true, Open::Create)?.expect("the lock file is made if missing"))
    }

    /// Take the lock, shared or exclusive, waiting at most `self.lock_wait`.
    /// Returns `None` when the lock file is missing and `open` is `Existing`.
    fn take_lock(&self, exclusive: bool, open: Open) -> Result<Option<Lock>> {
        let path = self.lock_path()?;
        if open == Open::Create {
            cache::ensure(path.parent().expect("the lock is in the cache folder"))
                .map_err(StoreError::io(Action::Create, &path))?;
        }
        let mut options = OpenOptions::new();
        options.read(true).custom_flags(libc::O_NOFOLLOW | libc::O_CLOEXEC);
        if exclusive || open == Open::Create {
            options.write(true);
        }
        if open == Open::Create {
            options.create(true).mode(0o600);
        }
        let file = match options.open(&path) {
            Ok(file) => file,
            Err(err) if err.kind() == io::ErrorKind::NotFound && open == Open::Existing => return Ok(None),
            Err(source) => return Err(StoreError::Io { action: Action::Open, path, source }),
        };
        self.wait_for(&file, exclusive, &path)?;
        Ok(Some(Lock { _file: Some(file) }))
    }

    fn wait_for(&self, file: &File, exclusive: bool, path: &Path) -> Result<()> {
        let start = Instant::now();
        let mut pause = Duration::from_millis(5);
        let mut said = false;
        loop {
            let attempt = if exclusive { file.try_lock() } else { file.try_lock_shared() };
            match attempt {
                Ok(()) => return Ok(()),
                Err(fs::TryLockError::WouldBlock) => {}
                Err(fs::TryLockError::Error(err)) if err.kind() == io::ErrorKind::Unsupported => {
                    (self.notify)(&Notice::NoLocks { dir: self.dir.clone() });
                    return Ok(());
                }
                Err(fs::TryLockError::Error(source)) => {
                    return Err(StoreError::Io { action: Action::Lock, path: path.to_path_buf(), source });
                }
            }
            let waited = start.elapsed();
            if waited >= self.lock_wait {
                return Err(StoreError::LockTimeout { path: path.to_path_buf(), waited: self.lock_wait });
            }
            if !said {
                (self.notify)(&Notice::Waiting);
                said = true;
            }
            thread::sleep(pause.min(self.lock_wait.saturating_sub(waited)));
            pause = (pause * 2).min(Duration::from_millis(100));
        }
    }
}
