//! A plan begins (`plan start`, `plan import`): its changes committed as a
//! new plan, the one before archived, a folder made for it if there was none.

use super::{
    Action, Change, DirState, FORMAT_FILE, Home, PlanId, Result, State, StoreError, dir_state, files,
    next_seq,
};
use crate::i18n::t;
use std::collections::BTreeMap;

impl Home {
    /// Begin a plan with `start` (a [`Change::Start`]). An existing plan is
    /// refused unless it ended, or with `force` archived: it stays whole in
    /// the logs, and `plan archive` lists it. Returns the new plan, and
    /// whether one was archived. `also` are the changes the new plan begins
    /// with after its start (a why carried over), committed with it.
    pub fn start(&self, start: Change, also: Vec<Change>, force: bool) -> Result<(State, bool)> {
        self.begin(std::iter::once(start).chain(also).collect(), force, &t!("store-what-new-plan"))
    }
    /// Begin a plan from `changes` (its start first) in one commit: all of
    /// them or none. Returns what they fold to, as the plan the start names,
    /// and whether a plan was archived: a running plan is refused unless
    /// `force` archives it; one that `plan end` closed is archived.
    pub(super) fn begin(&self, changes: Vec<Change>, force: bool, what: &str) -> Result<(State, bool)> {
        let Some(Change::Start { playbook, source, started, since }) = changes.first() else {
            unreachable!("a plan begins with its start")
        };
        let (playbook, source, started, since) = ((**playbook).clone(), source.clone(), *started, *since);
        let created = self.make_home()?;
        let begun = (|| {
            let lock = self.exclusive()?;
            let held = self.hold()?;
            let existing = held.state.is_some();
            // A plan that `plan end` closed is archived by the next start.
            let ended = held.state.as_ref().is_some_and(|state| state.ended.is_some());
            if existing && !force && !ended {
                return Err(StoreError::AlreadyAPlan { dir: self.dir.clone() });
            }
            // The start takes the first number of this commit, and names the plan.
            let id = PlanId::of(&held.device.id, next_seq(&held.own, &held.pending, &held.known));
            let start = State::new(id, playbook, source, started, since);
            let mut plan = held.into_writer(self, start, lock);
            // A new plan has no days yet: none of the old plan's are read.
            plan.apply_and_commit(what, changes, BTreeMap::new())?;
            Ok((plan.state, existing))
        })();
        if begun.is_err() && created {
            self.undo_created_home();
        }
        begun
    }
    /// The plan folder, made (0700) if missing. Returns whether it was made.
    pub(super) fn make_home(&self) -> Result<bool> {
        match dir_state(&self.dir, true)? {
            DirState::Missing => {
                files::create_private_dir(&self.dir).map_err(StoreError::io(Action::Create, &self.dir))?;
                Ok(true)
            }
            DirState::NotAFolder(what) => {
                Err(StoreError::NotAFolder { path: self.dir.clone(), what, home: true })
            }
            DirState::Folder(_) => {
                self.check_home()?;
                Ok(false)
            }
        }
    }
    /// A start that failed leaves no folder it made.
    pub(super) fn undo_created_home(&self) {
        for name in files::names(&self.dir) {
            let path = self.dir.join(&name);
            if name == FORMAT_FILE && files::is_file(&path) {
                let _ = std::fs::remove_file(path);
            }
        }
        let devices = self.devices_dir();
        for id in files::names(&devices) {
            let _ = std::fs::remove_dir(devices.join(id));
        }
        let _ = std::fs::remove_dir(devices);
        let _ = std::fs::remove_dir(&self.dir);
    }
}
