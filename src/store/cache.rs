//! The read cache: the folded plan, with a fingerprint of the heads it was
//! folded from, in the platform cache folder (`$XDG_CACHE_HOME/plan`),
//! outside the synced one. `status` reads each device's head as bytes (one
//! small file a device, neither parsed nor decrypted), and this; only when a
//! head has changed does it fold the logs again. It holds no notes.
//!
//! Nor does it hold every slip date in plain text: the state in it lists
//! the slips of the last week of the plan's record and sums up those
//! before (how many, the longest run they ended, the day of the last),
//! which is all `status` needs. Every slip's date, which a change needs,
//! is kept beside it sealed as the plan's files are (age, for an encrypted
//! plan), and opened only by a run that reads or changes the plan.

use std::collections::BTreeMap;
use std::hash::{DefaultHasher, Hasher};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use chrono::NaiveDate;

use super::crypto::Sealer;
use super::files::{self, MAX_READ, read_file};
use super::layout::Head;
use super::logs::DeviceLogs;
use crate::event::DeviceId;
use crate::state::{Day, State};

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
    /// The state, its older slips summed up ([`State::summed_up`]).
    state: State,
    /// What the summing up left out ([`Listed`]), as JSON sealed as the
    /// plan's files are, in hex.
    slips: String,
}

/// What a state summed up leaves out, kept sealed beside it: every slip's
/// date, and every one of the latest days.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Listed {
    slips: Vec<NaiveDate>,
    recent: Vec<Day>,
}

/// What the cache holds for a fingerprint.
pub struct Hit {
    pub heads: Vec<Head>,
    pub copies: BTreeMap<DeviceId, Vec<String>>,
    /// The state, its older slips summed up: enough for `status`.
    pub state: State,
    /// What the summing up left out, sealed: [`Hit::every_slip`] opens it.
    slips: String,
}

impl Hit {
    /// The state with every slip and latest day listed, as a fold gives
    /// it, if the sealed list opens (`None` sends the caller to the logs).
    pub fn every_slip(&self, sealer: &Sealer) -> Option<State> {
        if self.state.earlier_slips.is_none() {
            return Some(self.state.clone());
        }
        let bytes = sealer.open(&from_hex(&self.slips)?).ok()?;
        let Listed { slips, recent } = serde_json::from_slice(&bytes).ok()?;
        Some(State { slips, recent, earlier_slips: None, ..self.state.clone() })
    }
}

/// The state as the cache keeps it: summed up from the day of its latest
/// record, the day `status` is read on or after (with the clock set back,
/// `Home::peek_on` reads every slip instead).
fn summed_up(state: &State) -> State {
    let latest = state.recent.last().map(|day| day.date).max(state.slips.last().copied());
    latest.map_or_else(|| state.clone(), |latest| state.summed_up(latest))
}

fn to_hex(bytes: &[u8]) -> String {
    use std::fmt::Write;
    bytes.iter().fold(String::with_capacity(bytes.len() * 2), |mut text, byte| {
        let _ = write!(text, "{byte:02x}");
        text
    })
}

fn from_hex(text: &str) -> Option<Vec<u8>> {
    text.len().is_multiple_of(2).then_some(())?;
    (0..text.len()).step_by(2).map(|at| u8::from_str_radix(text.get(at..at + 2)?, 16).ok()).collect()
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
        .then_some(Hit {
            heads: cached.heads,
            copies: cached.copies,
            state: cached.state,
            slips: cached.slips,
        })
}

/// Remember `state` as folded from `heads` with this fingerprint. A cache
/// is only ever a shortcut: failing to write it changes nothing.
pub fn write(
    dir: &Path,
    fingerprint: &str,
    heads: &[&Head],
    copies: BTreeMap<DeviceId, Vec<String>>,
    state: &State,
    sealer: &Sealer,
) {
    // A state already summed up has lost the dates it would seal.
    if state.earlier_slips.is_some() {
        return;
    }
    let listed = Listed { slips: state.slips.clone(), recent: state.recent.clone() };
    let slips = serde_json::to_vec(&listed).expect("dates serialise");
    let cached = Cached {
        format: CACHE_FORMAT.to_owned(),
        version: CACHE_VERSION,
        fingerprint: fingerprint.to_owned(),
        heads: heads.iter().map(|head| (*head).clone()).collect(),
        copies,
        state: summed_up(state),
        slips: to_hex(&sealer.seal(&slips)),
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
    sealer: &Sealer,
) {
    let heads: Vec<&Head> = devices.clone().map(|device| &device.head).collect();
    let copies = devices
        .clone()
        .map(|device| (device.id.clone(), device.extra_names()))
        .filter(|(_, copies)| !copies.is_empty())
        .collect();
    write(dir, &fingerprint_of(devices), &heads, copies, state, sealer);
}
