use std::io::Write;

use anyhow::Result;
use chrono::NaiveDate;

use super::playbook::resolve;
use crate::cli::StartArgs;
use crate::error::hinted;
use crate::state::State;
use crate::store::Home;
use crate::{render, view};

pub fn run(home: &Home, args: &StartArgs, today: NaiveDate, out: &mut impl Write) -> Result<()> {
    let since = args.since.unwrap_or(today);
    if since > today {
        return Err(hinted(
            format!("--since {since} is in the future (today is {today})"),
            "--since is the day of your last contact",
        ));
    }
    // Validate everything before the plan folder is touched.
    let found = resolve(home, &args.playbook)?;
    if home.has_plan_files() && !args.force {
        return Err(existing_plan(home));
    }
    let lock = home.lock_exclusive_creating()?;
    if home.has_plan_files() {
        if !args.force {
            return Err(existing_plan(home));
        }
        let archived = home.archive(&lock, today)?;
        writeln!(out, "The old plan is archived in {}.", archived.display())?;
    }
    let mut state = State::new(found.playbook, found.source, today, since);
    home.save(&lock, &mut state, None)?;
    writeln!(
        out,
        "Started “{}” ({}), {} steps. No contact counted from {since}.",
        state.playbook.title,
        state.playbook.id,
        state.playbook.steps.len()
    )?;
    writeln!(out, "Your plan is kept, privately, in {}.", home.dir.display())?;
    writeln!(out)?;
    render::paragraph(
        out,
        "One thing first: if the relationship was abusive or controlling, or left you afraid, \
         this plan is not a way back to it. Use the no-contact and self-focus steps for yourself, \
         and lean on people you trust.",
    )?;
    writeln!(out)?;
    render::status(out, &view::status(&state, today))?;
    Ok(())
}

fn existing_plan(home: &Home) -> anyhow::Error {
    hinted(
        format!("there is already a plan in {}", home.dir.display()),
        "`plan status` shows it; `plan start --force` archives it (nothing is deleted) and starts anew",
    )
}
