use anyhow::Result;
use chrono::NaiveDate;

use super::Out;
use super::playbook::resolve;
use crate::cli::StartArgs;
use crate::error::hinted;
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
    let view = view::Started {
        title: state.playbook.title.clone(),
        id: state.playbook.id.clone(),
        steps: state.playbook.steps.len(),
        since,
        home: home.dir.display().to_string(),
        archived,
        status: view::status(&state, today),
    };
    render::started(out, &view)?;
    Ok(())
}
