//! The plans later starts replaced: each kept whole, in the logs or (from
//! the older layout) in `archive/`, and every event of every device, in order.

use super::{
    ARCHIVE, Archived, CHECKINS, Checkin, DirState, FolderFormat, Home, Layout, MAX_READ, PlanId, Recorded,
    Result, STATE, StoreError, dir_state, event, files, legacy, parse_state, read_file,
};
use chrono::NaiveDate;

impl Home {
    /// The plans a later start replaced, with every one of their
    /// check-ins: first those layout 2 kept in `archive/DATE/`, then those
    /// in the logs, oldest first.
    pub fn archived(&self) -> Result<Vec<(Archived, Vec<Checkin>)>> {
        self.check_home()?;
        let _lock = self.shared()?;
        let mut found = self.legacy_archives()?;
        if let Layout::Logs(format) = self.layout()? {
            let events = self.every_event(&format)?;
            found.extend(event::archived(&events).into_iter().map(|archived| {
                let days = event::days_of(&events, &archived.plan);
                (archived, days.into_values().collect())
            }));
        }
        Ok(found)
    }
    /// Layout 2's `archive/DATE/` folders, each a whole plan.
    pub(super) fn legacy_archives(&self) -> Result<Vec<(Archived, Vec<Checkin>)>> {
        let archive = self.dir.join(ARCHIVE);
        let mut found = Vec::new();
        for name in files::names(&archive) {
            let dir = archive.join(&name);
            let Some(ended) =
                name.get(..10).and_then(|date| NaiveDate::parse_from_str(date, "%Y-%m-%d").ok())
            else {
                continue;
            };
            if !matches!(dir_state(&dir, false)?, DirState::Folder(_)) {
                continue;
            }
            let path = dir.join(STATE);
            let bytes = read_file(&path, false, MAX_READ)
                .map_err(|problem| StoreError::Unreadable { path: path.clone(), problem })?;
            let legacy = parse_state(&bytes).map_err(|problem| StoreError::State {
                path: path.clone(),
                problem,
                backup: None,
            })?;
            let mut checkins = Vec::new();
            for (&month, &generation) in &legacy.months {
                let path = dir.join(CHECKINS).join(legacy::month_file_name(month, generation));
                let bytes = read_file(&path, false, MAX_READ)
                    .map_err(|problem| StoreError::Unreadable { path: path.clone(), problem })?;
                checkins.extend(
                    legacy::parse_month(&bytes, month)
                        .map_err(|problem| StoreError::Month { path, problem })?,
                );
            }
            let archived = Archived {
                plan: PlanId(format!("{ARCHIVE}/{name}")),
                playbook: legacy.playbook.id.clone(),
                title: legacy.playbook.title.clone(),
                started: legacy.started,
                ended,
                outcome: None,
                note: None,
            };
            found.push((archived, checkins));
        }
        Ok(found)
    }
    /// Every event of every device, in the order all devices agree on.
    pub(super) fn every_event(&self, format: &FolderFormat) -> Result<Vec<Recorded>> {
        let sealer = self.sealer_with_key(format)?;
        let devices = self.read_heads(&sealer)?;
        let (mut events, _) = self.read_everything(&devices, &sealer, None)?;
        event::order(&mut events);
        Ok(events)
    }
}
