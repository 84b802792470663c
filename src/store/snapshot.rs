//! A read of the plan: the state as last committed (`peek`, with no lock,
//! for `status`), or under the shared lock with its check-ins and journal
//! (`reader`). Nothing here writes the plan folder; the read cache is
//! written beside it, never in it.

use super::cache::Known;
use super::layout::is_plan_log;
use super::{
    Checkin, DeviceId, DeviceLogs, FolderFormat, HEAD, Home, Journal, Layout, Lock, MAX_READ, Month, Notice,
    Opened, ReadError, Result, Sealer, Source, State, StoreError, cache, event, files, fingerprint_of_disk,
    log_month, read_file, write_cache,
};
use chrono::NaiveDate;
use std::collections::BTreeSet;
use std::ops::Bound;
use std::ops::RangeBounds;

/// A plan read under the shared lock, for readers that need its check-ins.
/// Drop it before printing: a reader never holds the lock while it writes.
pub struct Reader<'h> {
    pub(super) home: &'h Home,
    pub state: State,
    pub(super) source: Source,
    pub(super) _lock: Lock,
}

impl Home {
    /// The plan as last committed, without the lock: every file is written
    /// whole, so `status` never waits.
    pub fn peek(&self) -> Result<State> {
        self.check_home()?;
        match self.layout()? {
            Layout::Empty => Err(self.no_state()),
            Layout::Legacy => Ok(self.read_legacy()?.0.state()),
            Layout::Logs(format) => {
                let opened = self.open_logs(&format, false)?;
                opened.state.ok_or_else(|| self.no_state())
            }
        }
    }
    /// The plan as `status` needs it on `today`: as [`Home::peek`], with
    /// every slip listed where the cache's summary of the older ones does
    /// not reach back to `today` (the clock set back).
    pub fn peek_on(&self, today: NaiveDate) -> Result<State> {
        let state = self.peek()?;
        if !state.summed_up_after(today) {
            return Ok(state);
        }
        match self.layout()? {
            Layout::Logs(format) => self.open_logs(&format, true)?.state.ok_or_else(|| self.no_state()),
            _ => Ok(state),
        }
    }
    /// The plan under the shared lock, for reading its check-ins too.
    pub fn reader(&self) -> Result<Reader<'_>> {
        self.check_home()?;
        let lock = self.shared()?;
        let (state, source) = match self.layout()? {
            Layout::Empty => return Err(self.no_state()),
            Layout::Legacy => {
                let (legacy, _) = self.read_legacy()?;
                (legacy.state(), Source::Legacy { months: legacy.months })
            }
            Layout::Logs(format) => {
                let opened = self.open_logs(&format, true)?;
                let state = opened.state.ok_or_else(|| self.no_state())?;
                (state, Source::Logs { sealer: opened.sealer, devices: opened.devices })
            }
        };
        Ok(Reader { home: self, state, source, _lock: lock })
    }
    /// The plan from the cache if it was folded from the heads as they are
    /// now (checked on their bytes and their folders' times alone), else by
    /// folding every log (and caching that). `devices` asks for every
    /// device's head as well: from the cache too, when it holds them. A
    /// device whose files went back to an older copy is said, either way.
    pub(super) fn open_logs(&self, format: &FolderFormat, devices: bool) -> Result<Opened> {
        let sealer = self.sealer_with_key(format)?;
        let cache_dir = self.cache_dir().ok();
        let own =
            self.config().ok().and_then(|config| config.device().ok().flatten()).map(|device| device.id);
        // `status` reads the state alone; a change or a read of the logs, the heads too.
        let mut cached = cache_dir.as_deref().and_then(if devices { cache::load } else { cache::load_state });
        let on_disk = self.heads_on_disk().ok();
        let hit = |cached: &cache::Loaded| {
            on_disk.as_ref().is_some_and(|on_disk| cached.fingerprint == fingerprint_of_disk(on_disk))
        };
        if !devices && let Some(loaded) = cached.take_if(|cached| hit(cached)) {
            let known = Known { high: loaded.high, went_back: loaded.went_back };
            self.say_went_back(&known, own.as_ref());
            return Ok(Opened {
                sealer,
                devices: Vec::new(),
                complete: true,
                state: Some(loaded.state),
                known,
            });
        }
        if !devices {
            // Folded again below: what it remembers of the heads is wanted.
            cached = cache_dir.as_deref().and_then(cache::load);
        }
        if let Some(cached) = &cached
            && hit(cached)
            && let Some(on_disk) = on_disk
        {
            let known = Known { high: cached.high.clone(), went_back: cached.went_back.clone() };
            self.say_went_back(&known, own.as_ref());
            // A read of check-ins, or a change: with every slip listed.
            let every_slip = cached.every_slip(&sealer);
            let mut copies = cached.copies.clone();
            let from_cache: Option<Vec<DeviceLogs>> = on_disk
                .into_iter()
                .map(|(id, stamp, head_bytes)| {
                    let head = cached.heads.iter().find(|head| head.device == id)?.clone();
                    Some(DeviceLogs {
                        dir: self.devices_dir().join(id.as_str()),
                        names: copies.remove(&id).unwrap_or_default(),
                        own: own.as_ref() == Some(&id),
                        id,
                        had: head.files.clone(),
                        head,
                        head_bytes,
                        stamp,
                    })
                })
                .collect();
            if let (Some(devices), Some(state)) = (from_cache, every_slip) {
                return Ok(Opened { sealer, devices, complete: true, state: Some(state), known });
            }
        }
        let mut devices = self.read_heads(&sealer)?;
        cache::remember(&mut devices, cached.as_ref());
        let (mut events, complete) = self.read_everything(&devices, &sealer, None)?;
        let before = cached.map(|cached| cached.high).unwrap_or_default();
        let known = cache::known(&devices, &events, &before);
        self.say_went_back(&known, own.as_ref());
        event::order(&mut events);
        let state = event::fold(&events).map(|folded| folded.state);
        if let (Some(dir), Some(state), true) = (&cache_dir, &state, complete) {
            write_cache(dir, devices.iter(), state, &known, &sealer);
        }
        Ok(Opened { sealer, devices, complete, state, known })
    }

    /// One line for each device whose files went back to an older copy.
    fn say_went_back(&self, known: &Known, own: Option<&DeviceId>) {
        for went in &known.went_back {
            (self.notify)(&Notice::WentBack { went: went.clone(), own: own == Some(&went.device) });
        }
    }
    /// Every device's head as bytes, with its folder's modification time (a
    /// file a sync engine adds there, such as a conflict copy, changes it).
    /// No folder of a device is listed: they grow a file a month.
    pub(super) fn heads_on_disk(&self) -> Result<Vec<(DeviceId, files::Stamp, Vec<u8>)>> {
        let mut devices = Vec::new();
        for id in files::names_strict(&self.devices_dir())?.iter().filter_map(|name| DeviceId::parse(name)) {
            let dir = self.devices_dir().join(id.as_str());
            let stamp = files::stamp(&dir)?;
            match read_file(&dir.join(HEAD), false, MAX_READ) {
                Ok(bytes) => devices.push((id, stamp, bytes)),
                Err(ReadError::Missing) => {}
                Err(problem) => return Err(StoreError::Unreadable { path: dir.join(HEAD), problem }),
            }
        }
        Ok(devices)
    }
    /// The check-ins of `month` of the current plan, merged across devices.
    pub(super) fn month_from_logs(
        &self,
        state: &State,
        month: Month,
        sealer: &Sealer,
        devices: &[DeviceLogs],
    ) -> Result<Vec<Checkin>> {
        let only = devices
            .iter()
            .flat_map(DeviceLogs::logs)
            .filter(|log| log_month(log) == Some(month))
            .cloned()
            .collect();
        let (mut events, _) = self.read_everything(devices, sealer, Some(&only))?;
        event::order(&mut events);
        Ok(event::days_of(&events, &state.plan).into_values().collect())
    }
}

impl Reader<'_> {
    /// The check-ins of one month, oldest first.
    pub fn month(&self, month: Month) -> Result<Vec<Checkin>> {
        self.home.month_of(&self.state, &self.source, month)
    }

    /// The check-ins dated in `range`, oldest first: only the months it
    /// covers are read.
    pub fn checkins(&self, range: impl RangeBounds<NaiveDate>) -> Result<Vec<Checkin>> {
        self.home.checkins_of(&self.state, &self.source, &range)
    }

    /// What the plan holds in the person's own words: their why, drafts,
    /// the answers of the latest readiness check.
    pub fn journal(&self) -> Result<Journal> {
        self.home.journal_of(&self.state, &self.source)
    }
}

impl Home {
    /// The check-ins of `state` dated in `range`, oldest first, from the
    /// months that range covers.
    pub(super) fn checkins_of(
        &self,
        state: &State,
        source: &Source,
        range: &impl RangeBounds<NaiveDate>,
    ) -> Result<Vec<Checkin>> {
        let month = |bound: Bound<&NaiveDate>| match bound {
            Bound::Included(date) | Bound::Excluded(date) => Some(Month::of(*date)),
            Bound::Unbounded => None,
        };
        let (first, last) = (month(range.start_bound()), month(range.end_bound()));
        let mut checkins = Vec::new();
        for month in months_of(source) {
            if first.is_some_and(|first| month < first) || last.is_some_and(|last| month > last) {
                continue;
            }
            checkins.extend(
                self.month_of(state, source, month)?.into_iter().filter(|day| range.contains(&day.date)),
            );
        }
        Ok(checkins)
    }

    pub(super) fn journal_of(&self, state: &State, source: &Source) -> Result<Journal> {
        match source {
            Source::Logs { sealer, devices } => {
                let only = devices
                    .iter()
                    .flat_map(DeviceLogs::logs)
                    .filter(|log| is_plan_log(log))
                    .cloned()
                    .collect();
                let (mut events, _) = self.read_everything(devices, sealer, Some(&only))?;
                event::order(&mut events);
                Ok(event::journal(&events, &state.plan))
            }
            // A plan kept as layout 2 wrote none.
            Source::Legacy { .. } | Source::Moving { .. } => Ok(Journal::default()),
        }
    }

    pub(super) fn month_of(&self, state: &State, source: &Source, month: Month) -> Result<Vec<Checkin>> {
        match source {
            Source::Logs { sealer, devices } => self.month_from_logs(state, month, sealer, devices),
            Source::Legacy { months } => match months.get(&month) {
                Some(&generation) => self.read_month(month, generation),
                None => Ok(Vec::new()),
            },
            Source::Moving { months } => Ok(months.get(&month).cloned().unwrap_or_default()),
        }
    }
}

/// The months with check-ins, in order.
pub(super) fn months_of(source: &Source) -> BTreeSet<Month> {
    match source {
        Source::Logs { devices, .. } => {
            devices.iter().flat_map(DeviceLogs::logs).filter_map(|log| log_month(log)).collect()
        }
        Source::Legacy { months } => months.keys().copied().collect(),
        Source::Moving { months } => months.keys().copied().collect(),
    }
}
