//! The read cache: the folded plan, with a fingerprint of the heads it was
//! folded from, in the platform cache folder (`$XDG_CACHE_HOME/plan`),
//! outside the synced one. `status` reads each device's head as bytes (one
//! small file a device, neither parsed nor decrypted), and this; only when a
//! head has changed does it fold the logs again. It holds no notes.

use std::collections::BTreeMap;
use std::hash::{DefaultHasher, Hasher};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::files::{self, MAX_READ, read_file};
use super::layout::Head;
use super::logs::DeviceLogs;
use crate::event::DeviceId;
use crate::state::State;

const CACHE_FORMAT: &str = "plan-cache";
/// Bumped whenever the cached state's shape changes: an older cache is
/// simply folded again.
const CACHE_VERSION: u32 = 7;
const STATUS: &str = "status.json";

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Cached {
    format: String,
    version: u32,
    /// The fingerprint of the heads on disk this was folded from.
    fingerprint: String,
    /// Those heads, parsed (a writer needs them), and the names of any
    /// conflict copies in each device's folder then.
    heads: Vec<Head>,
    copies: BTreeMap<DeviceId, Vec<String>>,
    state: State,
}

/// What the cache holds for a fingerprint.
pub struct Hit {
    pub heads: Vec<Head>,
    pub copies: BTreeMap<DeviceId, Vec<String>>,
    pub state: State,
}

/// A fingerprint of every device's head as it is on disk, and of when its
/// folder last changed: each device id, stamp and head bytes, in order.
pub fn fingerprint<'a>(devices: impl IntoIterator<Item = (&'a DeviceId, files::Stamp, &'a [u8])>) -> String {
    let mut hasher = DefaultHasher::new();
    for (id, stamp, head) in devices {
        hasher.write(id.as_str().as_bytes());
        hasher.write_i64(stamp.0);
        hasher.write_i64(stamp.1);
        hasher.write_usize(head.len());
        hasher.write(head);
    }
    format!("{:016x}", hasher.finish())
}

/// What was folded from the heads with this fingerprint, if the cache holds it.
pub fn read(dir: &Path, fingerprint: &str) -> Option<Hit> {
    let bytes = read_file(&dir.join(STATUS), false, MAX_READ).ok()?;
    let cached: Cached = serde_json::from_slice(&bytes).ok()?;
    (cached.format == CACHE_FORMAT && cached.version == CACHE_VERSION && cached.fingerprint == fingerprint)
        .then_some(Hit { heads: cached.heads, copies: cached.copies, state: cached.state })
}

/// Remember `state` as folded from `heads` with this fingerprint. A cache
/// is only ever a shortcut: failing to write it changes nothing.
pub fn write(
    dir: &Path,
    fingerprint: &str,
    heads: &[&Head],
    copies: BTreeMap<DeviceId, Vec<String>>,
    state: &State,
) {
    let cached = Cached {
        format: CACHE_FORMAT.to_owned(),
        version: CACHE_VERSION,
        fingerprint: fingerprint.to_owned(),
        heads: heads.iter().map(|head| (*head).clone()).collect(),
        copies,
        state: state.clone(),
    };
    let Ok(bytes) = serde_json::to_vec(&cached) else { return };
    if ensure(dir).is_ok() {
        // Made again from the logs whenever it is lost or stale: no fsync.
        let _ = files::write_whole(dir, STATUS, &bytes);
    }
}

/// The fingerprint of the heads of `devices`, as read.
pub(super) fn fingerprint_of<'a>(devices: impl IntoIterator<Item = &'a DeviceLogs>) -> String {
    fingerprint(devices.into_iter().map(|device| (&device.id, device.stamp, device.head_bytes.as_slice())))
}
/// The fingerprint of heads read from disk.
pub(super) fn fingerprint_of_disk(heads: &[(DeviceId, files::Stamp, Vec<u8>)]) -> String {
    fingerprint(heads.iter().map(|(id, stamp, bytes)| (id, *stamp, bytes.as_slice())))
}

/// The cache folder and its parents, made private if new.
pub fn ensure(dir: &Path) -> std::io::Result<PathBuf> {
    if let Some(parent) = dir.parent()
        && matches!(files::dir_state(parent, true)?, files::DirState::Missing)
    {
        files::create_private_dir(parent)?;
    }
    if matches!(files::dir_state(dir, true)?, files::DirState::Missing) {
        files::create_private_dir(dir)?;
    }
    Ok(dir.to_path_buf())
}
/// Cache `state` as folded from `devices` (in the order of their ids).
pub(super) fn write_cache<'a>(
    dir: &Path,
    devices: impl Iterator<Item = &'a DeviceLogs> + Clone,
    state: &State,
) {
    let heads: Vec<&Head> = devices.clone().map(|device| &device.head).collect();
    let copies = devices
        .clone()
        .map(|device| (device.id.clone(), device.extra_names()))
        .filter(|(_, copies)| !copies.is_empty())
        .collect();
    write(dir, &fingerprint_of(devices), &heads, copies, state);
}
