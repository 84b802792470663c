//! What every command is handed: the plan folder, the terminal, and today,
//! each made once per run.

use std::cell::OnceCell;
use std::path::PathBuf;
use std::time::Duration;

use crate::error::{CommandError, Result};
use chrono::NaiveDate;

use super::ui::{self, Ui};
use crate::cli::Cli;
use crate::clock;
use crate::date::DateArg;
use crate::store::{Home, Reader, Writer};

/// A run's context: `plan CMD` is `CMD::run(&mut ctx, &args)`.
pub struct Ctx {
    pub home: Home,
    pub ui: Ui,
    /// Read from the clock at most once, and only by a command that needs
    /// it: `plan man` works whatever `PLAN_TODAY` holds.
    today: OnceCell<NaiveDate>,
}

impl Ctx {
    pub fn new(cli: &Cli) -> Result<Ctx> {
        let home = Home::locate(
            cli.home.clone().or_else(plan_home),
            ui::notify,
            Duration::from_secs_f64(cli.lock_timeout),
        )?;
        let ui = Ui::terminal(cli.color, cli.columns);
        Ok(Ctx { home, ui, today: OnceCell::new() })
    }

    /// Today's date (`PLAN_TODAY` overrides the clock), the same all run long.
    pub fn today(&self) -> Result<NaiveDate> {
        if let Some(&today) = self.today.get() {
            return Ok(today);
        }
        let today = clock::today()?;
        Ok(*self.today.get_or_init(|| today))
    }

    /// The day a date argument names, or today without one.
    pub fn date(&self, arg: impl Into<Option<DateArg>>) -> Result<NaiveDate> {
        let today = self.today()?;
        arg.into().map_or(Ok(today), |arg| arg.resolve(today)).map_err(crate::error::Error::Date)
    }

    /// The note an option gives: `-` reads it from standard input, so that
    /// it never shows in the process list (`ps`) while the command runs.
    pub fn note(&mut self, given: Option<&str>) -> Result<Option<String>> {
        /// The longest note read from standard input.
        const MAX_NOTE: u64 = 1024 * 1024;
        match given {
            Some("-") => {
                let read = self.ui.read_input(MAX_NOTE).map_err(|err| CommandError::NoteUnreadable {
                    why: crate::error::NoteProblem::Io(err),
                })?;
                let note = read.ok_or(CommandError::NoteUnreadable {
                    why: crate::error::NoteProblem::TooLong(MAX_NOTE),
                })?;
                Ok(Some(note))
            }
            other => Ok(other.map(str::to_owned)),
        }
    }

    /// Refuse to write `path` if it is in the plan folder, which only plan
    /// itself writes (`--output` of `export` and `report`).
    pub fn refuse_plan_folder(&self, path: &std::path::Path) -> Result<()> {
        if self.home.holds(path) {
            return Err(CommandError::OutputInPlanFolder {
                path: path.to_path_buf(),
                dir: self.home.dir.clone(),
            }
            .into());
        }
        Ok(())
    }

    /// The plan, held to be read. Like [`Ctx::open`], it borrows the whole
    /// context, so nothing is printed or asked while the lock is held.
    pub fn reader(&self) -> Result<Reader<'_>> {
        Ok(self.home.reader()?)
    }

    /// The plan, held to be changed: refused if `plan end` closed it. It
    /// borrows the whole context, [`Ui`] and all, so the compiler sees to it
    /// that nothing is printed or asked while the lock is held: the lock is
    /// let go (the writer dropped, at the end of a scope or a function)
    /// before the words that say what was done.
    pub fn open(&self) -> Result<Writer<'_>> {
        let plan = self.home.writer()?;
        plan.state.check_open()?;
        Ok(plan)
    }
}

/// `PLAN_HOME`, when `--home` is not given. Read here rather than by clap,
/// whose usage lines would otherwise show `--home <DIR>` as if it were
/// required whenever the variable is set.
#[allow(clippy::disallowed_methods)]
fn plan_home() -> Option<PathBuf> {
    std::env::var_os("PLAN_HOME").filter(|dir| !dir.is_empty()).map(PathBuf::from)
}
