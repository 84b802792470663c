//! The plans later starts replaced: each kept whole, in the logs or (from
//! the older layout) in `archive/`, and every event of every device, in order.

use super::{
    ARCHIVE, Archived, CHECKINS, Checkin, DirState, FolderFormat, Home, Layout, PlanId, Recorded, Result,
    STATE, StoreError, dir_state, event, files, legacy, parse_state,
};
use chrono::NaiveDate;

use super::legacy::LegacyState;
use crate::event::Change;

impl Home {
    /// The plans a later start replaced, with every one of their
    /// check-ins: first those layout 2 kept in `archive/DATE/`, then those
    /// in the logs, oldest first.
    pub fn archived(&self) -> Result<Vec<(Archived, Vec<Checkin>)>> {
        self.check_home()?;
        let _lock = self.shared()?;
        let mut found: Vec<(Archived, Vec<Checkin>)> =
            self.legacy_archives()?.into_iter().map(|(archived, _, checkins)| (archived, checkins)).collect();
        if let Layout::Logs(format) = self.layout()? {
            let events = self.every_event(&format)?;
            found.extend(event::archived(&events).into_iter().map(|archived| {
                let days = event::days_of(&events, &archived.plan);
                (archived, days.into_values().collect())
            }));
        }
        Ok(found)
    }
    /// The plans a later start replaced, numbered as [`Home::archived`]
    /// numbers them, each with its changes in the order the fold applies
    /// them, its start first (see [`event::plan_changes`]): what replaying
    /// them folds to that plan as it stood. A plan of layout 2's `archive/`
    /// as the move to logs would have written it.
    pub fn archived_plans(&self) -> Result<Vec<(Archived, Vec<Change>)>> {
        self.check_home()?;
        let _lock = self.shared()?;
        let mut found: Vec<(Archived, Vec<Change>)> = self
            .legacy_archives()?
            .into_iter()
            .map(|(archived, legacy, checkins)| (archived, legacy.into_changes(&checkins)))
            .collect();
        if let Layout::Logs(format) = self.layout()? {
            let events = self.every_event(&format)?;
            found.extend(event::archived(&events).into_iter().map(|archived| {
                let changes = event::plan_changes(&events, &archived.plan);
                (archived, changes)
            }));
        }
        Ok(found)
    }

    /// Layout 2's `archive/DATE/` folders, each a whole plan: its state and its check-ins.
    pub(super) fn legacy_archives(&self) -> Result<Vec<(Archived, LegacyState, Vec<Checkin>)>> {
        let archive = self.dir.join(ARCHIVE);
        // Sealed where it is by `plan encrypt`.
        let sealer = match self.layout()? {
            Layout::Logs(format) => self.sealer(&format)?,
            _ => super::Sealer::plain(),
        };
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
            let bytes = super::logs::read_synced(&path, &sealer)?;
            let legacy = parse_state(&bytes).map_err(|problem| StoreError::State {
                path: path.clone(),
                problem,
                backup: None,
            })?;
            let mut checkins = Vec::new();
            for (&month, &generation) in &legacy.months {
                let path = dir.join(CHECKINS).join(legacy::month_file_name(month, generation));
                let bytes = super::logs::read_synced(&path, &sealer)?;
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
            found.push((archived, legacy, checkins));
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
