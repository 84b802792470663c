use anyhow::Result;
use chrono::NaiveDate;

use crate::cli::NextArgs;
use crate::render::Screen;
use crate::state::Refusal;
use crate::store::Home;
use crate::{render, view};

pub fn run(home: &Home, args: &NextArgs, today: NaiveDate, out: &mut impl Screen) -> Result<()> {
    let state = home.peek()?;
    let index =
        match &args.step {
            Some(id) => Some(state.playbook.position(id).ok_or_else(|| Refusal::NoSuchStep {
                playbook: state.playbook.id.clone(),
                step: id.clone(),
            })?),
            None => None,
        };
    let next = view::next(&state, today, index);
    if args.json {
        render::json(out, &next)?;
    } else {
        render::next(out, next.as_ref())?;
    }
    Ok(())
}
