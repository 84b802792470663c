//! What `plan export` and `plan import` need of the plan folder: the
//! current plan's events, read whole under the shared lock; an imported
//! plan committed as a new plan in one commit (as `start` begins one); and
//! the file to import. `--output` files are written by `output.rs`.

use crate::i18n::t;
use std::path::Path;

use super::error::StoreResult as Result;
use super::files::read_file;
use super::{Home, Layout, ReadError};
use crate::event::{Change, PlanId};
use crate::state::State;

/// The most `plan import` reads of a file: far more than ten years of
/// daily notes (about 3 MB as JSON).
const MAX_IMPORT: u64 = 256 * 1024 * 1024;

impl Home {
    /// The current plan's id and its changes in the order the fold applies
    /// them, its start first (see [`crate::event::current_plan`]), read from
    /// every device's logs under the shared lock.
    pub fn plan_events(&self) -> Result<(PlanId, Vec<Change>)> {
        self.check_home()?;
        let _lock = self.shared()?;
        match self.layout()? {
            Layout::Empty => Err(self.no_state()),
            Layout::Legacy => {
                // Not moved to logs yet: its events as the move would write them.
                let (legacy, _) = self.read_legacy()?;
                let mut entries = Vec::new();
                for (&month, &generation) in &legacy.months {
                    entries.extend(self.read_month(month, generation)?);
                }
                Ok((PlanId("legacy".into()), legacy.into_changes(&entries)))
            }
            Layout::Logs(format) => {
                let events = self.every_event(&format)?;
                crate::event::current_plan(&events).ok_or_else(|| self.no_state())
            }
        }
    }

    /// Begin a plan from an export's `changes` (checked, its start first)
    /// in one commit: all of them or none. As [`Home::start`]: a running
    /// plan is refused unless `force` archives it, and one that `plan end`
    /// closed is archived. Returns the plan they fold to, and whether one was.
    pub fn import(&self, changes: Vec<Change>, force: bool) -> Result<(State, bool)> {
        self.begin(changes, force, &t!("store-what-imported-plan"))
    }

    /// A file to import: a regular file of at most [`MAX_IMPORT`] bytes.
    /// A link is followed (the person named it); a FIFO is never waited on.
    pub fn read_import(path: &Path) -> Result<Vec<u8>, ReadError> {
        read_file(path, true, MAX_IMPORT)
    }
}
