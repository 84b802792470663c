use std::io::Write;

use anyhow::Result;
use chrono::NaiveDate;

use super::Out;
use super::playbook::resolve;
use crate::cli::StartArgs;
use crate::error::hinted;
use crate::render::visible;
use crate::state::State;
use crate::store::Home;
use crate::{render, view};

pub fn run(home: &Home, args: &StartArgs, today: NaiveDate, out: &mut Out) -> Result<()> {
    let since = args.since.unwrap_or(today);
    if since > today {
        return Err(hinted(
            format!("--since {since} is in the future (today is {today})"),
            "--since is the day of your last contact",
        ));
    }
    // Validate everything before the plan folder is touched.
    let found = resolve(home, &args.playbook)?;
    let mut state = State::new(found.playbook, found.source, today, since);
    let archived = home.start(&mut state, args.force)?;
    out.saved("the new plan");
    if archived {
        render::fit(out, "The old plan is archived, whole: `plan archive` lists it.")?;
    }
    render::fit(
        out,
        &format!(
            "Started “{}” ({}), {}.",
            visible(&state.playbook.title),
            state.playbook.id,
            render::plural(state.playbook.steps.len() as u64, "step")
        ),
    )?;
    render::fit(out, &format!("No contact counted from {since}."))?;
    render::fit(
        out,
        &format!("Your plan is kept, privately, in {}.", visible(&home.dir.display().to_string())),
    )?;
    writeln!(out)?;
    render::paragraph(
        out,
        "One thing first: if the relationship was abusive or controlling, or left you afraid, \
         this plan is not a way back to it. Use the no-contact and self-focus steps for yourself, \
         and lean on people you trust.",
    )?;
    writeln!(out)?;
    render::paragraph(out, render::HELP)?;
    writeln!(out)?;
    render::status(out, &view::status(&state, today))?;
    Ok(())
}
