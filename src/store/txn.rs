//! A change to the plan: held under the exclusive lock, each change applied
//! with the fold's own `apply`, written to this device's logs, and
//! committed by the rename of its head; then the read cache.

use super::cache::Known;
use super::layout::{LogFamily, SEGMENT_LIMIT};
use super::logs::uncommitted_logs;
use super::{
    Action, AfterSave, Change, Checkin, Clock, Device, DeviceLogs, Event, FORMAT_FILE, FolderFormat, HEAD,
    Home, Journal, Layout, Lock, MIGRATED, Month, Notice, PlanId, Recorded, Result, Sealer, Source, State,
    StoreError, event, files, is_legacy_file, layout, remove_own_leftovers, remove_own_leftovers_among,
    write_cache,
};
use crate::event::{DeviceId, Seen};
use crate::i18n::t;
use chrono::NaiveDate;
use std::collections::BTreeMap;
use std::collections::BTreeSet;
use std::ops::RangeBounds;
use std::path::PathBuf;

/// A plan held under the exclusive lock, to be changed and saved.
pub struct Writer<'h> {
    pub(super) home: &'h Home,
    pub state: State,
    pub(super) source: Source,
    pub(super) device: Device,
    pub(super) sealer: Sealer,
    /// This device's logs as read (an empty head for a new device).
    pub(super) own: DeviceLogs,
    /// Every other device, as read.
    pub(super) others: Vec<DeviceLogs>,
    /// Whether the plan was folded from every committed event.
    pub(super) complete: bool,
    /// A layout-2 plan's events, written with the first change.
    pub(super) pending: Vec<Event>,
    pub(super) original: Option<(u32, Vec<u8>)>,
    /// The highest event number known of each device, and those behind it.
    pub(super) known: Known,
    pub(super) _lock: Lock,
}
/// What a change needs, read under the lock.
pub(super) struct Held {
    /// The current plan, if there is one.
    pub(super) state: Option<State>,
    pub(super) source: Source,
    pub(super) device: Device,
    pub(super) sealer: Sealer,
    pub(super) own: DeviceLogs,
    /// Every other device, as read.
    pub(super) others: Vec<DeviceLogs>,
    /// Whether the plan was folded from every committed event.
    pub(super) complete: bool,
    pub(super) pending: Vec<Event>,
    /// A layout-2 state of an older schema: its schema and bytes, kept for good.
    pub(super) original: Option<(u32, Vec<u8>)>,
    pub(super) known: Known,
}
impl Held {
    pub(super) fn into_writer(self, home: &Home, state: State, lock: Lock) -> Writer<'_> {
        Writer {
            home,
            state,
            source: self.source,
            device: self.device,
            sealer: self.sealer,
            own: self.own,
            others: self.others,
            complete: self.complete,
            pending: self.pending,
            original: self.original,
            known: self.known,
            _lock: lock,
        }
    }
}

impl Home {
    /// The plan under the exclusive lock, to change it. Whether there is a
    /// plan is decided after the lock is taken, so a `start --force` running
    /// at the same time is waited for, not mistaken for no plan.
    pub fn writer(&self) -> Result<Writer<'_>> {
        self.check_home()?;
        let lock = self.exclusive()?;
        let held = self.hold()?;
        let state = held.state.clone().ok_or_else(|| self.no_state())?;
        Ok(held.into_writer(self, state, lock))
    }
    /// Under the lock: read what a change needs, moving a layout-2 plan to
    /// logs in memory (it is written with the change).
    pub(super) fn hold(&self) -> Result<Held> {
        let config = self.config()?;
        // A copy of the key a killed `key import` or `encrypt` left goes
        // at the next change.
        config.remove_key_leftovers();
        let device = config.device_or_create()?;
        let fresh = DeviceLogs::new(&device, &self.devices_dir());
        match self.layout()? {
            Layout::Empty => Ok(Held {
                state: None,
                source: Source::Moving { months: BTreeMap::new() },
                device,
                sealer: Sealer::plain(),
                own: fresh,
                others: Vec::new(),
                complete: true,
                pending: Vec::new(),
                original: None,
                known: Known::default(),
            }),
            Layout::Legacy => {
                let (legacy, bytes) = self.read_legacy()?;
                let original = legacy.migrated_from.map(|schema| (schema, bytes));
                // A move to logs that a kill cut short left only files no
                // head names: their temporary files go now, the rest is rewritten.
                remove_own_leftovers(&fresh.dir);
                files::remove_tmp_files(&self.dir, |target| target == FORMAT_FILE || is_legacy_file(target));
                files::remove_tmp_files(&self.dir.join(MIGRATED), is_legacy_file);
                let mut months = BTreeMap::new();
                let mut entries = Vec::new();
                for (&month, &generation) in &legacy.months {
                    let checkins = self.read_month(month, generation)?;
                    entries.extend(checkins.iter().cloned());
                    months.insert(month, checkins);
                }
                let clock = Clock::next(Clock::default(), crate::clock::now_ms());
                let pending = legacy.into_events(&entries, &device.id, clock);
                let recorded: Vec<Recorded> = pending
                    .iter()
                    .map(|event| Recorded { device: device.id.clone(), event: event.clone() })
                    .collect();
                let state = event::fold(&recorded).map(|folded| folded.state);
                Ok(Held {
                    state,
                    source: Source::Moving { months },
                    device,
                    sealer: Sealer::plain(),
                    own: fresh,
                    others: Vec::new(),
                    complete: true,
                    pending,
                    original,
                    known: Known::default(),
                })
            }
            Layout::Logs(format) => {
                let opened = self.open_logs(&format, true)?;
                let own = match opened.devices.iter().find(|logs| logs.id == device.id) {
                    Some(own) => own.clone(),
                    None => {
                        // No head of ours: then no log of ours either, or
                        // a new event would take a number already used.
                        let names = files::names_strict(&fresh.dir)
                            .map_err(StoreError::io(Action::List, &fresh.dir))?;
                        if names.iter().any(|name| layout::is_log(name)) {
                            return Err(StoreError::Log {
                                path: fresh.dir.join(HEAD),
                                what: t!("store-head-missing"),
                            });
                        }
                        fresh
                    }
                };
                remove_own_leftovers_among(&own.dir, &own.names);
                files::remove_tmp_files(&self.dir, |target| target == FORMAT_FILE || is_legacy_file(target));
                files::remove_tmp_files(&self.dir.join(MIGRATED), is_legacy_file);
                if self.legacy_present()? {
                    // A move to logs whose last step was cut short.
                    self.keep_migrated(None)
                        .map_err(|source| StoreError::KeepAside { finishing: true, source })?;
                } else {
                    self.remove_migrated();
                }
                let others = opened.devices.iter().filter(|device| device.id != own.id).cloned().collect();
                Ok(Held {
                    state: opened.state,
                    source: Source::Logs { sealer: opened.sealer.clone(), devices: opened.devices },
                    device,
                    sealer: opened.sealer,
                    own,
                    others,
                    complete: opened.complete,
                    pending: Vec::new(),
                    original: None,
                    known: opened.known,
                })
            }
        }
    }
}

impl Writer<'_> {
    /// The check-ins of one month, oldest first.
    pub fn month(&self, month: Month) -> Result<Vec<Checkin>> {
        self.home.month_of(&self.state, &self.source, month)
    }

    /// The check-ins dated in `range`, oldest first (see [`Reader::checkins`]).
    pub fn checkins(&self, range: impl RangeBounds<NaiveDate>) -> Result<Vec<Checkin>> {
        self.home.checkins_of(&self.state, &self.source, &range)
    }

    pub(super) fn next_seq(&self) -> u64 {
        next_seq(&self.own, &self.pending, &self.known)
    }

    /// Which of this device's logs each event goes in: its family's last
    /// segment, or a new one when the event would take that past
    /// [`SEGMENT_LIMIT`], so that every log stays readable. An event larger
    /// than that alone is refused, before anything is written.
    fn route(&self, what: &str, new: Vec<Event>) -> Result<BTreeMap<String, Vec<Event>>> {
        let mut last: BTreeMap<LogFamily, (u32, u64)> = BTreeMap::new();
        for log in self.own.head.files.keys() {
            if let Some((family, n)) = layout::log_segment(log) {
                let entry = last.entry(family).or_insert((n, 0));
                entry.0 = entry.0.max(n);
            }
        }
        for (family, (n, size)) in &mut last {
            // As sealed on disk: a little more than its events, never less.
            *size = std::fs::metadata(self.own.dir.join(family.segment(*n))).map_or(0, |meta| meta.len());
        }
        let mut batch: BTreeMap<String, Vec<Event>> = BTreeMap::new();
        for event in self.pending.iter().cloned().chain(new) {
            let family = event.change.month().map_or(LogFamily::Plan, LogFamily::Month);
            let bytes = serde_json::to_vec(&event).map_or(0, |text| text.len() as u64 + 1);
            if bytes > SEGMENT_LIMIT {
                return Err(StoreError::TooLarge { what: what.to_owned(), bytes, limit: SEGMENT_LIMIT });
            }
            let (n, size) = last.entry(family).or_insert((1, 0));
            if *size + bytes > SEGMENT_LIMIT {
                *n += 1;
                *size = 0;
            }
            *size += bytes;
            batch.entry(family.segment(*n)).or_default().push(event);
        }
        Ok(batch)
    }

    /// What this device has seen of every other: each one's head, when
    /// every committed event was read, and what those devices had seen in
    /// turn, so that what came after an event also comes after what it saw.
    /// Never less than this device had seen before.
    fn seen(&self) -> Seen {
        let mut seen = self.own.head.seen.clone();
        let mut raise = |device: &DeviceId, seq: u64| {
            if device != &self.device.id {
                let mine = seen.entry(device.clone()).or_default();
                *mine = (*mine).max(seq);
            }
        };
        if self.complete {
            for other in &self.others {
                raise(&other.id, other.head.seq);
                for (device, seq) in &other.head.seen {
                    raise(device, *seq);
                }
            }
        }
        seen
    }

    /// What the plan holds in the person's own words (see [`Reader::journal`]).
    pub fn journal(&self) -> Result<Journal> {
        self.home.journal_of(&self.state, &self.source)
    }

    /// Record `change`: apply it to `self.state` with the one `apply` the
    /// fold uses, append it to this device's log and commit it. `what` names
    /// it for a message after the commit point ("the check-in for
    /// 2026-11-24"). Returns the days it touched, as they now are.
    pub fn save(&mut self, what: &str, change: Change) -> Result<BTreeMap<NaiveDate, Checkin>> {
        self.save_all(what, vec![change])
    }

    /// Record `changes` in one commit: all of them, or none. Each is applied
    /// to `self.state` as the fold applies it, so what the cache keeps is
    /// what a fold of the logs gives. Returns the days they touched.
    pub fn save_all(&mut self, what: &str, changes: Vec<Change>) -> Result<BTreeMap<NaiveDate, Checkin>> {
        let mut days = BTreeMap::new();
        for month in changes.iter().filter_map(Change::month).collect::<BTreeSet<Month>>() {
            days.extend(self.month(month)?.into_iter().map(|day| (day.date, day)));
        }
        self.apply_and_commit(what, changes, days)
    }

    /// Apply `changes` to the state, with `days` the check-ins they may
    /// touch, and commit them. Returns the days they touched.
    pub(super) fn apply_and_commit(
        &mut self,
        what: &str,
        changes: Vec<Change>,
        mut days: BTreeMap<NaiveDate, Checkin>,
    ) -> Result<BTreeMap<NaiveDate, Checkin>> {
        for change in &changes {
            event::apply(&mut self.state, &mut days, change);
        }
        let touched: BTreeSet<NaiveDate> = changes
            .iter()
            .filter_map(|change| match change {
                Change::Checkin { date, .. } => Some(*date),
                _ => None,
            })
            .collect();
        days.retain(|date, _| touched.contains(date));
        let now = crate::clock::now_ms();
        let mut clock = own_clock(&self.own, &self.pending, now);
        let seen = self.seen();
        let mut events = Vec::with_capacity(changes.len());
        for (seq, change) in (self.next_seq()..).zip(changes) {
            clock = Clock::next(clock, now);
            let plan = match &change {
                Change::Start { .. } => PlanId::of(&self.device.id, seq),
                _ => self.state.plan.clone(),
            };
            events.push(Event { seq, clock, plan, seen: seen.clone(), change });
        }
        self.commit(what, events)?;
        Ok(days)
    }

    /// Commit the events read from layout 2 alone (`doctor --restore`).
    pub(super) fn commit_pending(&mut self, what: &str) -> Result<()> {
        self.commit(what, Vec::new())
    }

    pub(super) fn commit(&mut self, what: &str, new: Vec<Event>) -> Result<()> {
        let home = self.home;
        let moving = !self.pending.is_empty();
        // What this commit makes before its commit point, taken back if it fails.
        let mut made: Vec<PathBuf> = Vec::new();
        let result = self.write(what, new, &mut made);
        if let Err(err) = result {
            if !matches!(err, StoreError::AfterCommit { .. }) {
                for path in made.iter().rev() {
                    let _ = std::fs::remove_file(path).or_else(|_| std::fs::remove_dir(path));
                }
            }
            return Err(err);
        }
        if moving {
            let kept = home.keep_migrated(self.original.take()).map_err(|source| {
                StoreError::AfterCommit { what: what.to_owned(), step: AfterSave::KeepingAside, source }
            })?;
            (home.notify)(&Notice::Migrated { kept });
        }
        Ok(())
    }

    pub(super) fn write(&mut self, what: &str, new: Vec<Event>, made: &mut Vec<PathBuf>) -> Result<()> {
        let home = self.home;
        let format = home.dir.join(FORMAT_FILE);
        if !files::exists(&format)? {
            let bytes = serde_json::to_vec_pretty(&FolderFormat::new(None)).expect("a format serialises");
            made.push(format.clone());
            files::write_atomic(&home.dir, FORMAT_FILE, &bytes)
                .and_then(|()| files::sync_dir(&home.dir))
                .map_err(StoreError::io(Action::Write, &format))?;
        }
        for dir in [home.devices_dir(), home.devices_dir().join(self.device.id.as_str())] {
            if !files::exists(&dir)? {
                made.push(dir);
            }
        }
        self.own.dir = home.own_folder(&self.device.id)?;
        // An encrypted plan whose head here is still readable: an `encrypt`
        // stopped part way, or writes made here before this device saw it.
        // This change finishes the work first.
        if self.sealer.is_encrypted()
            && !self.own.head_bytes.is_empty()
            && !super::crypto::is_sealed(&self.own.head_bytes)
        {
            home.finish_with(&home.config()?, &self.sealer)?;
        }
        if self.own.head.seq == 0 {
            // A device's first change: a run killed before it may have left
            // temporary files that no cache knows of.
            remove_own_leftovers(&self.own.dir);
        }
        let (last_seq, last_clock, last_seen) = self
            .pending
            .last()
            .into_iter()
            .chain(&new)
            .last()
            .map(|last| (last.seq, last.clock, last.seen.clone()))
            .expect("something to commit");
        // Moved, not copied: an import holds its events once.
        let mut batch = self.route(what, new)?;
        // A log a sync engine made conflict copies of is written again
        // with their events, so the copies can go.
        for log in self.own.logs_with_copies() {
            batch.entry(log).or_default();
        }
        // After a run cut short, what it wrote and never committed goes.
        if self.own.cut_short() {
            for log in uncommitted_logs(&self.own, &self.sealer)? {
                batch.entry(log).or_default();
            }
        }
        let mut head = self.own.head.clone();
        head.device.clone_from(&self.device.id);
        head.name.clone_from(&self.device.name);
        head.seq = last_seq;
        head.clock = last_clock;
        head.seen = last_seen;
        for (log, events) in &batch {
            if let Some(event) = events.last() {
                head.files.insert(log.clone(), event.seq);
            }
        }
        let (head_bytes, head) = home.commit(&self.own, &batch, &head, &self.sealer, what)?;
        // Committed. The partners' digests are due, if there are any to
        // write or to remove: a plan with none pays one look at a folder.
        let partners =
            !self.state.partners.is_empty() || files::exists(&home.dir.join(super::PARTNERS)).unwrap_or(true);
        home.digests_due.set(home.digests_due.get() || partners);
        self.state.clock = head.clock;
        self.own.head = head;
        self.own.head_bytes = head_bytes;
        // What a run cut short left is dropped now: its head's temporary file goes.
        files::remove_tmp_files_among(&self.own.dir, &self.own.names, |target| target == HEAD);
        // The conflict copies folded in were removed, and the leftovers too;
        // a copy that holds what no log does yet stays, and the cache says so.
        let dir = self.own.dir.clone();
        self.own.names.retain(|name| {
            let extra = layout::looks_like_conflict_copy(name) || files::is_our_tmp(name, |_| true);
            !extra || files::exists(&dir.join(name)).unwrap_or(true)
        });
        self.pending.clear();
        if self.complete
            && let Ok(stamp) = files::stamp(&self.own.dir)
            && let Ok(dir) = home.cache_dir()
        {
            self.own.stamp = stamp;
            let mut devices: Vec<&DeviceLogs> = self.others.iter().chain([&self.own]).collect();
            devices.sort_by(|a, b| a.id.cmp(&b.id));
            // This device is past all it had recorded before now.
            let own = &self.own;
            self.known
                .high
                .insert(own.id.clone(), own.head.seq.max(self.known.high.get(&own.id).copied().unwrap_or(0)));
            self.known.went_back.retain(|went| went.device != own.id);
            write_cache(&dir, devices.into_iter(), &self.state, &self.known, &self.sealer);
        }
        Ok(())
    }
}

/// How far ahead of this device's wall clock its own last clock may be
/// and still be carried on: a day. Further ahead, the clock was wrong
/// (or another copy of this device wrote it), and this device's next
/// events count from its wall clock again. Their order after its earlier
/// events comes from their numbers, not their clocks.
pub(crate) const MAX_AHEAD_MS: u64 = 24 * 60 * 60 * 1000;

/// The clock this device's next event counts on from: its own last one,
/// never another device's, so no clock read from a file can pin or
/// freeze this one.
fn own_clock(own: &DeviceLogs, pending: &[Event], now: u64) -> Clock {
    let last = pending.last().map_or(own.head.clock, |event| event.clock.max(own.head.clock));
    if last.0 > now.saturating_add(MAX_AHEAD_MS) { Clock(now, 0) } else { last }
}

/// The number of this device's next event: after its head's, after the
/// events a move from layout 2 is about to write (`pending`), and after
/// any of its numbers a head, an event or this machine's cache recorded:
/// a device whose files went back never numbers an event twice.
pub(super) fn next_seq(own: &DeviceLogs, pending: &[Event], known: &Known) -> u64 {
    let pending = pending.last().map_or(0, |event| event.seq);
    let known = known.high.get(&own.id).copied().unwrap_or(0);
    own.head.seq.max(pending).max(known) + 1
}
