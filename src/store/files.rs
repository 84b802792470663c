//! File primitives for the plan folder: private temporary files that are
//! never at a name anyone could guess or plant a link at, atomic replacement,
//! flushing a folder, reading with limits, and recognising our own leftovers.
//!
//! Nothing here follows a symbolic link inside the plan folder: files are
//! opened with `O_NOFOLLOW`, and new files with `O_EXCL` (`create_new`), which
//! fails on any name that already exists, a planted link included.

use crate::i18n::t;
use std::fs::{self, File, OpenOptions};
use std::hash::{BuildHasher, Hasher, RandomState};
use std::io::{self, Read, Write};
use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

/// Every temporary name `plan` makes is `.TARGET` + this + 16 hex digits.
pub const TMP_MARK: &str = ".plan-tmp.";

/// The most `plan` reads of any one file: a state, a month, a playbook.
pub const MAX_READ: u64 = 16 * 1024 * 1024;

/// 16 hex digits no other user can predict: `RandomState` is keyed from the
/// operating system's random source.
fn random_suffix() -> String {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let mut hasher = RandomState::new().build_hasher();
    hasher.write_u64(COUNTER.fetch_add(1, Ordering::Relaxed));
    hasher.write_u32(std::process::id());
    format!("{:016x}", hasher.finish())
}

/// A new device id: 16 lowercase hex digits.
pub fn random_id() -> String {
    random_suffix()
}

/// A fresh temporary name beside `target` in `dir`.
pub fn tmp_path(dir: &Path, target: &str) -> PathBuf {
    dir.join(format!(".{target}{TMP_MARK}{}", random_suffix()))
}

/// Whether `name` is a temporary name `plan` made for one of `targets`
/// (a target of `None` accepts any).
pub fn is_our_tmp(name: &str, target: impl Fn(&str) -> bool) -> bool {
    let Some(rest) = name.strip_prefix('.') else { return false };
    let Some(at) = rest.rfind(TMP_MARK) else { return false };
    let suffix = &rest[at + TMP_MARK.len()..];
    suffix.len() == 16 && suffix.bytes().all(|b| b.is_ascii_hexdigit()) && target(&rest[..at])
}

/// Open flags for every file of the plan folder: no symbolic links, and no
/// blocking on a FIFO someone left in its place.
fn no_follow() -> i32 {
    libc::O_NOFOLLOW | libc::O_CLOEXEC | libc::O_NONBLOCK
}

/// Create a new file, 0600 whatever the umask, at a name that did not exist.
pub fn create_new(path: &Path) -> io::Result<File> {
    let file =
        OpenOptions::new().write(true).create_new(true).mode(0o600).custom_flags(no_follow()).open(path)?;
    // The umask may have taken bits away; this is our own new file.
    file.set_permissions(fs::Permissions::from_mode(0o600))?;
    Ok(file)
}

/// Write `bytes` to a new temporary file beside `target`, flushed to disk.
/// On failure nothing is left behind.
pub fn write_tmp(dir: &Path, target: &str, bytes: &[u8]) -> io::Result<PathBuf> {
    write_tmp_with(dir, target, bytes, true)
}

fn write_tmp_with(dir: &Path, target: &str, bytes: &[u8], durable: bool) -> io::Result<PathBuf> {
    let tmp = tmp_path(dir, target);
    let written = create_new(&tmp).and_then(|mut file| {
        file.write_all(bytes)?;
        if durable { file.sync_all() } else { Ok(()) }
    });
    match written {
        Ok(()) => Ok(tmp),
        Err(err) => {
            let _ = fs::remove_file(&tmp);
            Err(err)
        }
    }
}

/// Put `bytes` at `dir/name` whole or not at all: temporary file, fsync,
/// rename. The caller flushes the folder.
pub fn write_atomic(dir: &Path, name: &str, bytes: &[u8]) -> io::Result<()> {
    let tmp = write_tmp(dir, name, bytes)?;
    fs::rename(&tmp, dir.join(name)).inspect_err(|_| {
        let _ = fs::remove_file(&tmp);
    })
}

/// When a folder's entries last changed: its modification time, seconds and
/// nanoseconds. Any file created, renamed or removed in it changes it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Stamp(pub i64, pub i64);

pub fn stamp(dir: &Path) -> io::Result<Stamp> {
    use std::os::unix::fs::MetadataExt;
    let meta = fs::symlink_metadata(dir)?;
    Ok(Stamp(meta.mtime(), meta.mtime_nsec()))
}

/// Put `bytes` at `dir/name` whole, but without waiting for the disk: for
/// what can be made again (the read cache), where a crash may lose it.
pub fn write_whole(dir: &Path, name: &str, bytes: &[u8]) -> io::Result<()> {
    let tmp = write_tmp_with(dir, name, bytes, false)?;
    fs::rename(&tmp, dir.join(name)).inspect_err(|_| {
        let _ = fs::remove_file(&tmp);
    })
}

/// Make a folder's entries (a rename, a new file) durable.
pub fn sync_dir(dir: &Path) -> io::Result<()> {
    File::open(dir)?.sync_all()
}

/// Why a file could not be read.
#[derive(Debug)]
pub enum ReadError {
    Missing,
    /// A symbolic link, a folder, a FIFO or a device where a file belongs.
    NotAFile(FileKind),
    TooLarge(u64),
    Io(io::Error),
}

/// Read a regular file of at most `limit` bytes. In the plan folder
/// (`follow` false) a symbolic link is refused rather than followed.
pub fn read_file(path: &Path, follow: bool, limit: u64) -> Result<Vec<u8>, ReadError> {
    let flags = if follow { libc::O_CLOEXEC | libc::O_NONBLOCK } else { no_follow() };
    let file = match OpenOptions::new().read(true).custom_flags(flags).open(path) {
        Ok(file) => file,
        Err(err) if err.kind() == io::ErrorKind::NotFound => return Err(ReadError::Missing),
        // O_NOFOLLOW on a link: ELOOP.
        Err(err) if err.raw_os_error() == Some(libc::ELOOP) => {
            return Err(ReadError::NotAFile(FileKind::Link));
        }
        Err(err) => return Err(ReadError::Io(err)),
    };
    let meta = file.metadata().map_err(ReadError::Io)?;
    if !meta.is_file() {
        return Err(ReadError::NotAFile(kind_of(&meta)));
    }
    if meta.len() > limit {
        return Err(ReadError::TooLarge(meta.len()));
    }
    let mut bytes = Vec::with_capacity(usize::try_from(meta.len()).unwrap_or(0));
    // A file that grows while it is read still stops at the limit.
    file.take(limit + 1).read_to_end(&mut bytes).map_err(ReadError::Io)?;
    if bytes.len() as u64 > limit {
        return Err(ReadError::TooLarge(bytes.len() as u64));
    }
    Ok(bytes)
}

/// What is at a name, as [`kind_of`] finds it: `src/error.rs` words it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    File,
    Folder,
    Link,
    Fifo,
    Socket,
    Device,
    /// Something other than a file.
    Other,
}

pub fn kind_of(meta: &fs::Metadata) -> FileKind {
    use std::os::unix::fs::FileTypeExt;
    let kind = meta.file_type();
    if kind.is_file() {
        FileKind::File
    } else if kind.is_dir() {
        FileKind::Folder
    } else if kind.is_symlink() {
        FileKind::Link
    } else if kind.is_fifo() {
        FileKind::Fifo
    } else if kind.is_socket() {
        FileKind::Socket
    } else if kind.is_block_device() || kind.is_char_device() {
        FileKind::Device
    } else {
        FileKind::Other
    }
}

/// What is at a folder's place.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DirState {
    Missing,
    /// A real folder, with its permission bits.
    Folder(u32),
    /// Something else is there: a file, or a link where a real folder belongs.
    NotAFolder(FileKind),
}

/// Look at `dir` without following a final symbolic link, unless `follow`.
pub fn dir_state(dir: &Path, follow: bool) -> io::Result<DirState> {
    let meta = if follow { fs::metadata(dir) } else { fs::symlink_metadata(dir) };
    match meta {
        Ok(meta) if meta.is_dir() => Ok(DirState::Folder(meta.permissions().mode() & 0o7777)),
        Ok(meta) => Ok(DirState::NotAFolder(kind_of(&meta))),
        Err(err) if err.kind() == io::ErrorKind::NotFound => Ok(DirState::Missing),
        Err(err) => Err(err),
    }
}

/// Create `dir` 0700, and each missing folder above it 0700 too, whatever
/// the umask (`~/.config`, `~/.cache`, the parents of `PLAN_HOME`). Returns
/// false if it was already there: `plan` never changes the mode of a
/// folder it did not create.
pub fn create_private_dir(dir: &Path) -> io::Result<bool> {
    let mut made_above = Vec::new();
    let mut above = dir.parent();
    while let Some(parent) = above.filter(|parent| !parent.as_os_str().is_empty()) {
        match fs::symlink_metadata(parent) {
            Err(err) if err.kind() == io::ErrorKind::NotFound => made_above.push(parent),
            _ => break,
        }
        above = parent.parent();
    }
    for (at, parent) in made_above.iter().enumerate().rev() {
        if let Err(err) = create_one_private(parent) {
            // Take back the folders this call made, deepest first.
            for made in &made_above[at + 1..] {
                let _ = fs::remove_dir(made);
            }
            return Err(err);
        }
    }
    let made = create_one_private(dir);
    if made.is_err() {
        for parent in &made_above {
            let _ = fs::remove_dir(parent);
        }
    }
    made
}

/// Create the one folder `dir` 0700, its parent there already.
fn create_one_private(dir: &Path) -> io::Result<bool> {
    match fs::DirBuilder::new().mode(0o700).create(dir) {
        Ok(()) => {}
        Err(err) if err.kind() == io::ErrorKind::AlreadyExists => return Ok(false),
        Err(err) => return Err(err),
    }
    // The umask may have taken bits away. Set them on the folder just made,
    // through a handle that cannot have been swapped for a link.
    let finished = OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_DIRECTORY | libc::O_NOFOLLOW | libc::O_CLOEXEC)
        .open(dir)
        .and_then(|handle| handle.set_permissions(fs::Permissions::from_mode(0o700)))
        .and_then(|()| dir.parent().map_or(Ok(()), sync_dir));
    if let Err(err) = finished {
        // The caller learns only that it failed: take back the empty folder
        // it never heard of, so that a failed command changes nothing.
        let _ = fs::remove_dir(dir);
        return Err(err);
    }
    Ok(true)
}

/// Whether a name exists, not following links; an error counts as "there",
/// so that nothing is created over something that could not be looked at.
pub fn exists(path: &Path) -> io::Result<bool> {
    match fs::symlink_metadata(path) {
        Ok(_) => Ok(true),
        Err(err) if err.kind() == io::ErrorKind::NotFound => Ok(false),
        Err(err) => Err(err),
    }
}

/// Whether `path` is a regular file (not a link to one).
pub fn is_file(path: &Path) -> bool {
    fs::symlink_metadata(path).is_ok_and(|meta| meta.is_file())
}

/// Whether `path` is a regular file (not a link), saying so when it cannot
/// be looked at: for work that must not skip a file it could not see.
pub fn is_file_strict(path: &Path) -> io::Result<bool> {
    match fs::symlink_metadata(path) {
        Ok(meta) => Ok(meta.is_file()),
        Err(err) if err.kind() == io::ErrorKind::NotFound => Ok(false),
        Err(err) => Err(err),
    }
}

/// The names in a folder that is really a folder; nothing for a link.
pub fn names(dir: &Path) -> Vec<String> {
    if !matches!(dir_state(dir, false), Ok(DirState::Folder(_))) {
        return Vec::new();
    }
    let Ok(entries) = fs::read_dir(dir) else { return Vec::new() };
    let mut names: Vec<String> =
        entries.flatten().filter_map(|entry| entry.file_name().to_str().map(str::to_owned)).collect();
    names.sort();
    names
}

/// The names in a folder, sorted, or why it could not be listed: for what
/// must see every file (archiving a plan, restoring one), where [`names`]
/// would quietly see none. A missing folder has no names; a link or a file
/// where the folder belongs is an error.
pub fn names_strict(dir: &Path) -> io::Result<Vec<String>> {
    names_strict_at(dir, false)
}

/// As [`names_strict`]; `follow` follows a link to the folder itself (the
/// plan folder may be one the person linked elsewhere).
pub fn names_strict_at(dir: &Path, follow: bool) -> io::Result<Vec<String>> {
    match dir_state(dir, follow)? {
        DirState::Missing => return Ok(Vec::new()),
        DirState::NotAFolder(what) => {
            let path = dir.display().to_string();
            return Err(io::Error::other(t!("store-not-a-folder", path = path, what = what.to_string())));
        }
        DirState::Folder(_) => {}
    }
    let mut names = Vec::new();
    for entry in fs::read_dir(dir)? {
        // A name that is not UTF-8 is none of ours.
        if let Ok(name) = entry?.file_name().into_string() {
            names.push(name);
        }
    }
    names.sort();
    Ok(names)
}

/// Remove our own temporary files (regular files only) for `targets` in `dir`.
pub fn remove_tmp_files(dir: &Path, target: impl Fn(&str) -> bool) {
    remove_tmp_files_among(dir, &names(dir), target);
}

/// As [`remove_tmp_files`], with the folder's names already listed.
pub fn remove_tmp_files_among(dir: &Path, names: &[String], target: impl Fn(&str) -> bool) {
    for name in names {
        let path = dir.join(name);
        if is_our_tmp(name, &target) && is_file(&path) {
            let _ = fs::remove_file(path);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn temporary_names_are_ours_and_unguessable() {
        let dir = Path::new("/x");
        let a = tmp_path(dir, "state.json");
        let b = tmp_path(dir, "state.json");
        assert_ne!(a, b);
        let name = a.file_name().unwrap().to_str().unwrap();
        assert!(name.starts_with(".state.json.plan-tmp."), "{name}");
        assert!(is_our_tmp(name, |target| target == "state.json"));
        assert!(!is_our_tmp(name, |target| target == "lock"));
        assert!(!is_our_tmp(".cache.tmp.keepme", |_| true));
        assert!(!is_our_tmp(".state.json.plan-tmp.123", |_| true));
        assert!(!is_our_tmp("state.json.plan-tmp.0123456789abcdef", |_| true));
    }
}
