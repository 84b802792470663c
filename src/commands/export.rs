//! `plan export` and `plan import`: the plan taken elsewhere, and brought back.

use anyhow::Result;
use chrono::NaiveDate;

use super::Out;
use crate::cli::{ExportArgs, ImportArgs};
use crate::error::hinted;
use crate::event::{Change, Folded, PlanId};
use crate::export::{self, Format, ImportProblem};
use crate::render;
use crate::render::Screen;
use crate::render::shell_quote;
use crate::state::Checkin;
use crate::store::{Home, ReadError, StoreError, write_private};

pub fn run(home: &Home, args: &ExportArgs, today: NaiveDate, out: &mut Out) -> Result<()> {
    let (plan, changes) = home.plan_events()?;
    let folded = export::replay(&plan, &changes).expect("a plan's events begin with its start");
    let written = Written { plan: &plan, changes: &changes, folded: &folded, today };
    // `-o -` is standard output, as for most tools.
    let Some(path) = args.output.as_ref().filter(|path| path.as_os_str() != "-") else {
        written.write(out, args.format)?;
        return Ok(());
    };
    if home.holds(path) {
        return Err(hinted(
            format!(
                "{} is in the plan folder, {}, which only plan itself writes",
                path.display(),
                home.dir.display()
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
    let checkins = render::plural(folded.days.len() as u64, "check-in");
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
                render::plural(events as u64, "event")
            ),
            "Only you can read the file; a calendar you share shows its events to others.",
        ),
    };
    render::paragraph(out, &said)?;
    render::paragraph(out, care)?;
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
                render::json(out, &export::document(self.plan, self.changes, self.folded, self.today))?;
            }
            Format::Csv => export::csv(out, &days)?,
            Format::Markdown => export::markdown(out, state, &days, self.today)?,
            Format::Ics => return Ok(export::ics(out, self.plan, state, self.today)?),
        }
        Ok(0)
    }
}

pub fn import(home: &Home, args: &ImportArgs, out: &mut Out) -> Result<()> {
    let shown = args.file.display().to_string();
    let bytes = Home::read_import(&args.file).map_err(|problem| match problem {
        ReadError::Missing => hinted(
            format!("could not import {shown}: there is no such file"),
            "give the path of a file that `plan export --format json --output FILE` wrote",
        ),
        problem => hinted(
            format!("could not import {shown}: it {problem}"),
            "nothing was changed; give the path of a file that `plan export` wrote",
        ),
    })?;
    let changes = export::read(&bytes)
        .map_err(|problem| hinted(format!("could not import {shown}: {problem}"), import_hint(&problem)))?;
    let mut state = export::replay(&PlanId(String::new()), &changes).expect("checked: a start first").state;
    let archived = home.import(&mut state, changes, args.force).map_err(|err| match err {
        StoreError::AlreadyAPlan { dir } => hinted(
            format!("there is already a plan in {}", dir.display()),
            "`plan status` shows it; `plan import FILE --force` archives it (nothing is deleted) \
             and brings this one back in its place",
        ),
        err => err.into(),
    })?;
    out.saved("the imported plan");
    if archived {
        render::fit(out, "The plan that was here is archived, whole: `plan archive` lists it.")?;
    }
    let ended = state.ended.map_or(String::new(), |ended| {
        format!(
            " It ended on {} ({}), as it was when it was exported.",
            ended.date,
            render::outcome(ended.outcome)
        )
    });
    render::paragraph(
        out,
        &format!(
            "“{}” is restored from {shown}: {}, {} of {} steps done.{ended} \
             `plan status` shows where you stand.",
            state.playbook.title,
            render::plural(state.checkins as u64, "check-in"),
            state.done.len(),
            state.playbook.steps.len()
        ),
    )?;
    Ok(())
}

fn import_hint(problem: &ImportProblem) -> &'static str {
    match problem {
        ImportProblem::Empty | ImportProblem::Truncated { .. } | ImportProblem::Malformed(_) => {
            "nothing was changed; the file may have been cut off or changed on the way: \
             export the plan again with `plan export --output FILE`"
        }
        ImportProblem::Foreign => {
            "nothing was changed; `plan import` reads the JSON that `plan export` writes"
        }
        ImportProblem::Newer(_) => "nothing was changed; upgrade plan to import it",
        ImportProblem::Damaged(_) | ImportProblem::Invalid(_) => {
            "nothing was changed; if the file was edited, export the plan again from where it came"
        }
    }
}
