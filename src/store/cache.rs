//! The read cache: the folded plan, with a fingerprint of the heads it was
//! folded from, in the platform cache folder (`$XDG_CACHE_HOME/plan`),
//! outside the synced one. It also keeps what this machine has known of
//! each device whatever the heads are now: the highest event number seen of
//! it, and how far it saw each log whole, so that files that go back to an
//! older copy, or a head that comes before its log, are told apart from damage. `status` reads each device's head as bytes (one
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
use crate::event::{DeviceId, Recorded, Seen};
use crate::state::{Day, State};

const CACHE_FORMAT: &str = "plan-cache";
/// Bumped whenever the cached state's shape changes: an older cache is
/// simply folded again.
const CACHE_VERSION: u32 = 8;
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
    /// The highest event number of each device that this machine has
    /// known of: in a head, in what an event or a head had seen. Never
    /// lowered, so a device whose files go back to an older copy is noticed.
    high: Seen,
    /// The devices whose files were behind that, at this fold.
    went_back: Vec<WentBack>,
}

/// What a state summed up leaves out, kept sealed beside it: every slip's
/// date, and every one of the latest days.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Listed {
    slips: Vec<NaiveDate>,
    recent: Vec<Day>,
}

/// What the cache holds: the plan as folded from the heads with
/// `fingerprint`, and what this machine knows whatever the heads are now.
pub struct Loaded {
    pub fingerprint: String,
    pub heads: Vec<Head>,
    pub copies: BTreeMap<DeviceId, Vec<String>>,
    /// The state, its older slips summed up: enough for `status`.
    pub state: State,
    /// What the summing up left out, sealed: [`Loaded::every_slip`] opens it.
    slips: String,
    pub high: Seen,
    pub went_back: Vec<WentBack>,
}

impl Loaded {
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

/// What this machine knew of the plan at its last whole fold, to cache with
/// the next: the highest event number of each device, and those behind it.
#[derive(Debug, Clone, Default)]
pub struct Known {
    pub high: Seen,
    pub went_back: Vec<WentBack>,
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

/// What the cache holds, if it holds this version's cache; whether it
/// answers for the heads as they are now is for the caller to check.
pub fn load(dir: &Path) -> Option<Loaded> {
    let bytes = read_file(&dir.join(STATUS), false, MAX_READ).ok()?;
    let cached: Cached = serde_json::from_slice(&bytes).ok()?;
    loaded(cached)
}

/// As [`load`], without the heads and the names of conflict copies (left
/// empty): what `status` needs, read without building them, which for years
/// of logs on several devices is most of the cache.
pub fn load_state(dir: &Path) -> Option<Loaded> {
    let bytes = read_file(&dir.join(STATUS), false, MAX_READ).ok()?;
    let light: Light = serde_json::from_slice(&bytes).ok()?;
    let Light { format, version, fingerprint, state, slips, high, went_back, .. } = light;
    loaded(Cached {
        format,
        version,
        fingerprint,
        heads: Vec::new(),
        copies: BTreeMap::new(),
        state,
        slips,
        high,
        went_back,
    })
}

/// The cache as [`load_state`] reads it: the heads and copies skipped.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Light {
    format: String,
    version: u32,
    fingerprint: String,
    #[serde(rename = "heads")]
    _heads: serde::de::IgnoredAny,
    #[serde(rename = "copies")]
    _copies: serde::de::IgnoredAny,
    state: State,
    slips: String,
    high: Seen,
    went_back: Vec<WentBack>,
}

fn loaded(cached: Cached) -> Option<Loaded> {
    (cached.format == CACHE_FORMAT && cached.version == CACHE_VERSION).then_some(Loaded {
        fingerprint: cached.fingerprint,
        heads: cached.heads,
        copies: cached.copies,
        state: cached.state,
        slips: cached.slips,
        high: cached.high,
        went_back: cached.went_back,
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
    known: &Known,
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
        high: known.high.clone(),
        went_back: known.went_back.clone(),
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

/// A device whose files hold fewer events than were seen of it: its folder
/// went back to an older copy (restored from a backup, or git's history
/// rewritten), and its later events are not in the plan folder.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WentBack {
    pub device: DeviceId,
    /// What the person calls it.
    pub name: String,
    /// The highest of its event numbers that anything had seen.
    pub seen: u64,
    /// Its last event number in the plan folder now.
    pub here: u64,
}

/// What is known after reading `devices` and their `events`: the highest
/// event number of each device (`before`, raised by every head and by what
/// every head and event had seen), and the devices whose heads are behind it.
pub(super) fn known(devices: &[DeviceLogs], events: &[Recorded], before: &Seen) -> Known {
    fn raise(high: &mut Seen, device: &DeviceId, seq: u64) {
        let known = high.entry(device.clone()).or_default();
        *known = (*known).max(seq);
    }
    let mut high = before.clone();
    let seen = devices.iter().map(|device| &device.head.seen).chain(events.iter().map(|r| &r.event.seen));
    for seen in seen {
        for (other, seq) in seen {
            raise(&mut high, other, *seq);
        }
    }
    let went_back = devices
        .iter()
        .filter_map(|device| {
            let seen = high.get(&device.id).copied().unwrap_or(0);
            (device.head.seq < seen).then(|| WentBack {
                device: device.id.clone(),
                name: device.head.name.clone(),
                seen,
                here: device.head.seq,
            })
        })
        .collect();
    for device in devices {
        raise(&mut high, &device.id, device.head.seq);
    }
    Known { high, went_back }
}

/// Tell each device how far this machine last saw its logs whole: the
/// heads of the cache's last fold.
pub(super) fn remember(devices: &mut [DeviceLogs], cached: Option<&Loaded>) {
    let Some(cached) = cached else { return };
    for device in devices {
        if let Some(head) = cached.heads.iter().find(|head| head.device == device.id) {
            device.had.clone_from(&head.files);
        }
    }
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
    known: &Known,
    sealer: &Sealer,
) {
    let heads: Vec<&Head> = devices.clone().map(|device| &device.head).collect();
    let copies = devices
        .clone()
        .map(|device| (device.id.clone(), device.extra_names()))
        .filter(|(_, copies)| !copies.is_empty())
        .collect();
    write(dir, &fingerprint_of(devices), &heads, copies, state, known, sealer);
}
