//! `plan export`: your plan taken with you, as JSON (a backup), CSV, a
//! journal or a calendar.

use anyhow::Result;
use chrono::NaiveDate;

use super::Ctx;
use crate::cli::ExportArgs;
use crate::error::hinted;
use crate::event::{Change, Folded, PlanId};
use crate::state::Checkin;
use crate::store::write_private;
use crate::text::{self, Screen, shell_quote};
use crate::views::export::{self, Format};

pub fn run(ctx: &mut Ctx, args: &ExportArgs) -> Result<()> {
    let today = ctx.today()?;
    let out = &mut ctx.ui;
    let (plan, changes) = ctx.home.plan_events()?;
    let folded = export::replay(&plan, &changes).expect("a plan's events begin with its start");
    let written = Written { plan: &plan, changes: &changes, folded: &folded, today };
    // `-o -` is standard output, as for most tools.
    let Some(path) = args.output.as_ref().filter(|path| path.as_os_str() != "-") else {
        written.write(out, args.format)?;
        return Ok(());
    };
    if ctx.home.holds(path) {
        return Err(hinted(
            format!(
                "{} is in the plan folder, {}, which only plan itself writes",
                path.display(),
                ctx.home.dir.display()
            ),
            "nothing was written; name a file somewhere else, such as your home folder",
        ));
    }
    let mut bytes = Vec::new();
    let events = written.write(&mut bytes, args.format)?;
    write_private(path, &bytes).map_err(|err| {
        hinted(
            format!("could not write {}: {err}", path.display()),
            "nothing was written there; name a file in a folder you can write to, or leave out --output",
        )
    })?;
    let shown = path.display().to_string();
    out.saved(format!("the export to {shown}"));
    let checkins = text::plural(folded.days.len() as u64, "check-in");
    let private = "Only you can read the file. Keep it somewhere private: it holds your notes.";
    let (said, care) = match args.format {
        Format::Json => (
            format!(
                "Everything in your plan is in {shown}: {checkins}, and all the rest.\n\
                 `plan import {}` brings it back, here or on another machine.",
                shell_quote(path)
            ),
            private,
        ),
        Format::Csv => (format!("Your {checkins} are in {shown}, a row each."), private),
        Format::Markdown => (format!("Your journal is in {shown}: {checkins}, a section each."), private),
        Format::Ics => (
            format!(
                "{} in {shown}: the milestones ahead and the days steps open. Import it into your \
                 calendar; importing a later export moves them rather than adding more.",
                text::plural(events as u64, "event")
            ),
            "Only you can read the file; a calendar you share shows its events to others.",
        ),
    };
    text::paragraph(out, &said)?;
    text::paragraph(out, care)?;
    Ok(())
}

/// A plan, ready to be written in any format.
struct Written<'a> {
    plan: &'a PlanId,
    changes: &'a [Change],
    folded: &'a Folded,
    today: NaiveDate,
}

impl Written<'_> {
    /// Write the plan as `format`; returns how many calendar events that made.
    fn write(&self, out: &mut impl Screen, format: Format) -> Result<usize> {
        let days: Vec<&Checkin> = self.folded.days.values().collect();
        let state = &self.folded.state;
        match format {
            Format::Json => {
                text::json(out, &export::document(self.plan, self.changes, self.folded, self.today))?;
            }
            Format::Csv => export::csv(out, &days)?,
            Format::Markdown => export::markdown(out, state, &days, self.today)?,
            Format::Ics => return Ok(export::ics(out, self.plan, state, self.today)?),
        }
        Ok(0)
    }
}
