//! `plan import`: a plan brought back from the JSON `plan export` wrote.

use anyhow::Result;

use super::Ctx;
use crate::cli::ImportArgs;
use crate::error::hinted;
use crate::event::PlanId;
use crate::store::{Home, ReadError, StoreError};
use crate::text;
use crate::views::export::{self, ImportProblem};
use crate::views::words;

pub fn run(ctx: &mut Ctx, args: &ImportArgs) -> Result<()> {
    let out = &mut ctx.ui;
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
    let archived = ctx.home.import(&mut state, changes, args.force).map_err(|err| {
        match err.downcast_ref::<StoreError>() {
            Some(StoreError::AlreadyAPlan { dir }) => hinted(
                format!("there is already a plan in {}", dir.display()),
                "`plan status` shows it; `plan import FILE --force` archives it (nothing is deleted) \
                 and brings this one back in its place",
            ),
            _ => err,
        }
    })?;
    out.saved("the imported plan");
    if archived {
        text::fit(out, "The plan that was here is archived, whole: `plan archive` lists it.")?;
    }
    let ended = state.ended.map_or(String::new(), |ended| {
        format!(
            " It ended on {} ({}), as it was when it was exported.",
            ended.date,
            words::outcome(ended.outcome)
        )
    });
    text::paragraph(
        out,
        &format!(
            "“{}” is restored from {shown}: {}, {} of {} steps done.{ended} \
             `plan status` shows where you stand.",
            state.playbook.title,
            text::plural(state.checkins as u64, "check-in"),
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
