//! `plan export`: your plan taken with you, as JSON (a backup), CSV, a
//! journal or a calendar; or with `--archived N`, a plan `plan archive` keeps.

use crate::error::Result;
use chrono::NaiveDate;

use super::Ctx;
use super::archive::numbered;
use crate::cli::ExportArgs;
use crate::error::CommandError;
use crate::event::{Change, Folded, PlanId};
use crate::state::Checkin;
use crate::store::{OutputError, write_private};
use crate::text::{self, Screen};
use crate::views::confirm::{self, Saved};
use crate::views::export::{self, Format};

pub fn run(ctx: &mut Ctx, args: &ExportArgs) -> Result<()> {
    let today = ctx.today()?;
    if args.remind.is_some() && args.format != Format::Ics {
        return Err(CommandError::RemindNeedsIcs.into());
    }
    if let Some(path) = args.output.as_ref().filter(|path| path.as_os_str() != "-") {
        ctx.refuse_plan_folder(path)?;
    }
    let out = &mut ctx.ui;
    // An archived plan is shown as it stood on its last day.
    let (plan, changes, last) = match args.archived {
        Some(number) if args.format == Format::Ics => {
            return Err(CommandError::ArchivedCalendar { number }.into());
        }
        Some(number) => {
            let (archived, changes) = numbered(ctx.home.archived_plans()?, number)?;
            (archived.plan, changes, Some(archived.ended.min(today)))
        }
        None => {
            let (plan, changes) = ctx.home.plan_events()?;
            (plan, changes, None)
        }
    };
    let folded = export::replay(&plan, &changes).expect("a plan's events begin with its start");
    let written =
        Written { plan: &plan, changes: &changes, folded: &folded, today, last, remind: args.remind };
    // `-o -` is standard output, as for most tools.
    let Some(path) = args.output.as_ref().filter(|path| path.as_os_str() != "-") else {
        written.write(out, args.format)?;
        return Ok(());
    };
    let mut bytes = Vec::new();
    let events = written.write(&mut bytes, args.format)?;
    write_private(path, &bytes).map_err(|err| match err {
        OutputError::NotAFile(what) => CommandError::OutputNotAFile { path: path.clone(), what },
        OutputError::Io(err) => CommandError::ExportUnwritable { path: path.clone(), err },
    })?;
    out.saved(Saved::Export(path.display().to_string()));
    confirm::exported(out, args.format, path, folded.days.len(), events)?;
    Ok(())
}

/// A plan, ready to be written in any format.
struct Written<'a> {
    plan: &'a PlanId,
    changes: &'a [Change],
    folded: &'a Folded,
    today: NaiveDate,
    /// An archived plan's last day, which its summary and journal count to.
    last: Option<NaiveDate>,
    /// `--remind HH:MM`: a daily check-in event, and alarms.
    remind: Option<chrono::NaiveTime>,
}

impl Written<'_> {
    /// Write the plan as `format`; returns how many calendar events that made.
    fn write(&self, out: &mut impl Screen, format: Format) -> Result<usize> {
        let days: Vec<&Checkin> = self.folded.days.values().collect();
        let state = &self.folded.state;
        let as_of = self.last.unwrap_or(self.today);
        match format {
            Format::Json => {
                let mut document = export::document(self.plan, self.changes, self.folded, self.today);
                if let Some(last) = self.last {
                    document = document.archived(state, last);
                }
                text::json(out, &document)?;
            }
            Format::Csv => export::csv(out, &days)?,
            Format::Markdown => export::markdown(out, state, &days, as_of)?,
            Format::Ics => return Ok(export::ics(out, self.plan, state, self.today, self.remind)?),
        }
        Ok(0)
    }
}
