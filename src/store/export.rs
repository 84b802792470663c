//! What `plan export` and `plan import` need of the plan folder: the
//! current plan's events, read whole under the shared lock; an imported
//! plan committed as a new plan in one commit; and the files outside the
//! folder that they read and write, the export written whole and private.

use std::path::Path;

use anyhow::{Context, Result};

use super::files::{self, DirState, dir_state, read_file};
use super::layout::FORMAT_FILE;
use super::lock::Open;
use super::{Home, Layout, ReadError, StoreError};
use crate::event::{self, Change, Clock, PlanId};
use crate::state::State;

/// The most `plan import` reads of a file: far more than ten years of
/// daily notes (about 3 MB as JSON).
const MAX_IMPORT: u64 = 256 * 1024 * 1024;

impl Home {
    /// The current plan's id and its changes in the order the fold applies
    /// them, its start first (see [`crate::export::current_plan`]), read from
    /// every device's logs under the shared lock.
    pub fn plan_events(&self) -> Result<(PlanId, Vec<Change>)> {
        self.check_home()?;
        let _lock = self.take_lock(false, Open::Existing)?;
        match self.layout()? {
            Layout::Empty => Err(self.no_state()),
            Layout::Legacy => {
                // Not moved to logs yet: its events as the move would write them.
                let (legacy, _) = self.read_legacy()?;
                let mut entries = Vec::new();
                for (month, &generation) in &legacy.months {
                    entries.extend(self.read_month(month, generation)?);
                }
                let events = legacy.into_events(&entries, "legacy", Clock::default());
                Ok((PlanId("legacy".into()), events.into_iter().map(|event| event.change).collect()))
            }
            Layout::Logs(format) => {
                let sealer = self.sealer(&format)?;
                if sealer.is_encrypted() && !sealer.has_key() {
                    return Err(StoreError::NoKey { path: self.dir.join(FORMAT_FILE) }.into());
                }
                let devices = self.read_heads(&sealer)?;
                let (mut events, _) = self.read_everything(&devices, &sealer, None)?;
                event::order(&mut events);
                crate::export::current_plan(&events).ok_or_else(|| self.no_state())
            }
        }
    }

    /// Begin a plan from an export's `changes` (checked, its start first),
    /// whose fold is `state`, in one commit: all of them or none. As
    /// [`Home::start`]: a running plan is refused unless `force` archives
    /// it, and one that `plan end` closed is archived. Returns whether one was.
    pub fn import(&self, state: &mut State, changes: Vec<Change>, force: bool) -> Result<bool> {
        debug_assert!(matches!(changes.first(), Some(Change::Start { .. })));
        let created = self.make_home()?;
        let imported = (|| {
            let lock = self.take_lock(true, Open::Create)?.expect("created if missing");
            let held = self.hold()?;
            let existing = held.state.is_some();
            let ended = held.state.as_ref().is_some_and(|state| state.ended.is_some());
            if existing && !force && !ended {
                return Err(StoreError::AlreadyAPlan { dir: self.dir.clone() }.into());
            }
            let mut plan = held.into_writer(self, state.clone(), lock);
            // The start takes the first number of this commit, and names the plan.
            plan.state.plan = PlanId::of(&plan.device.id, plan.next_seq());
            plan.save_all("the imported plan", changes)?;
            *state = plan.state.clone();
            Ok(existing)
        })();
        if imported.is_err() && created {
            self.undo_created_home();
        }
        imported
    }

    /// The plan folder, made (0700) if missing. Returns whether it was made.
    fn make_home(&self) -> Result<bool> {
        match dir_state(&self.dir, true)? {
            DirState::Missing => {
                files::create_private_dir(&self.dir)
                    .with_context(|| format!("could not create {}", self.dir.display()))?;
                Ok(true)
            }
            DirState::NotAFolder(what) => {
                Err(StoreError::NotAFolder { path: self.dir.clone(), what, home: true }.into())
            }
            DirState::Folder(_) => {
                self.check_home()?;
                Ok(false)
            }
        }
    }

    /// A file to import: a regular file of at most [`MAX_IMPORT`] bytes.
    /// A link is followed (the person named it); a FIFO is never waited on.
    pub fn read_import(path: &Path) -> Result<Vec<u8>, ReadError> {
        read_file(path, true, MAX_IMPORT)
    }
}
