//! A change to the plan: held under the exclusive lock, each change applied
//! with the fold's own `apply`, written to this device's logs, and
//! committed by the rename of its head; then the read cache.

use super::{
    Action, Change, Checkin, Clock, Device, DeviceLogs, Event, FORMAT_FILE, FolderFormat, HEAD, Home,
    Journal, Layout, Lock, MIGRATED, Month, Notice, PLAN_LOG, PlanId, Recorded, Result, Sealer, Source,
    State, StoreError, event, files, is_legacy_file, layout, month_log, remove_own_leftovers,
    remove_own_leftovers_among, write_cache,
};
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
        let device = self.config()?.device_or_create()?;
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
                                what: "is missing, though this device's logs are there".into(),
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
        next_seq(&self.own, &self.pending)
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
        let latest = self
            .others
            .iter()
            .map(|device| device.head.clock)
            .chain([self.own.head.clock, self.state.clock])
            .max();
        let mut clock = self.pending.iter().map(|event| event.clock).chain(latest).max().unwrap_or_default();
        let mut events = Vec::with_capacity(changes.len());
        for (seq, change) in (self.next_seq()..).zip(changes) {
            clock = Clock::next(clock, crate::clock::now_ms());
            let plan = match &change {
                Change::Start { .. } => PlanId::of(&self.device.id, seq),
                _ => self.state.plan.clone(),
            };
            events.push(Event { seq, clock, plan, change });
        }
        self.commit(what, &events)?;
        Ok(days)
    }

    /// Commit the events read from layout 2 alone (`doctor --restore`).
    pub(super) fn commit_pending(&mut self, what: &str) -> Result<()> {
        self.commit(what, &[])
    }

    pub(super) fn commit(&mut self, what: &str, new: &[Event]) -> Result<()> {
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
            let kept =
                home.keep_migrated(self.original.take()).map_err(|source| StoreError::AfterCommit {
                    what: what.to_owned(),
                    step: "keeping the plan's old files aside",
                    source,
                })?;
            (home.notify)(&Notice::Migrated { kept });
        }
        Ok(())
    }

    pub(super) fn write(&mut self, what: &str, new: &[Event], made: &mut Vec<PathBuf>) -> Result<()> {
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
        if self.own.head.seq == 0 {
            // A device's first change: a run killed before it may have left
            // temporary files that no cache knows of.
            remove_own_leftovers(&self.own.dir);
        }
        let mut batch: BTreeMap<String, Vec<Event>> = BTreeMap::new();
        for event in self.pending.iter().chain(new) {
            let log = event.change.month().map_or_else(|| PLAN_LOG.to_owned(), month_log);
            batch.entry(log).or_default().push(event.clone());
        }
        // A log a sync engine made conflict copies of is written again
        // with their events, so the copies can go.
        for log in self.own.logs_with_copies() {
            batch.entry(log).or_default();
        }
        let last = self.pending.last().into_iter().chain(new).last().expect("something to commit");
        let mut head = self.own.head.clone();
        head.device.clone_from(&self.device.id);
        head.name.clone_from(&self.device.name);
        head.seq = last.seq;
        head.clock = last.clock;
        for (log, events) in &batch {
            if let Some(event) = events.last() {
                head.files.insert(log.clone(), event.seq);
            }
        }
        let head_bytes = home.commit(&self.own, &batch, &head, &self.sealer, what)?;
        // Committed.
        self.state.clock = head.clock;
        self.own.head = head;
        self.own.head_bytes = head_bytes;
        // Every conflict copy was folded in and removed, and every leftover too.
        self.own
            .names
            .retain(|name| !layout::looks_like_conflict_copy(name) && !files::is_our_tmp(name, |_| true));
        self.pending.clear();
        if self.complete
            && let Ok(stamp) = files::stamp(&self.own.dir)
            && let Ok(dir) = home.cache_dir()
        {
            self.own.stamp = stamp;
            let mut devices: Vec<&DeviceLogs> = self.others.iter().chain([&self.own]).collect();
            devices.sort_by(|a, b| a.id.cmp(&b.id));
            write_cache(&dir, devices.into_iter(), &self.state, &self.sealer);
        }
        Ok(())
    }
}

/// The number of this device's next event: after its head's, and after
/// the events a move from layout 2 is about to write (`pending`).
pub(super) fn next_seq(own: &DeviceLogs, pending: &[Event]) -> u64 {
    let pending = pending.last().map_or(0, |event| event.seq);
    own.head.seq.max(pending) + 1
}
