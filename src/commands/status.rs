use anyhow::Result;
use chrono::NaiveDate;

use crate::cli::StatusArgs;
use crate::render::Screen;
use crate::store::Home;
use crate::{render, view};

/// Runs in shell prompts: reads `state.json` without the lock, never waits.
pub fn run(home: &Home, args: &StatusArgs, today: NaiveDate, out: &mut impl Screen) -> Result<()> {
    let state = home.peek()?;
    let status = view::status(&state, today);
    if args.json {
        render::json(out, &status)?;
    } else if args.short {
        render::status_short(out, &status)?;
    } else {
        render::status(out, &status)?;
    }
    Ok(())
}
