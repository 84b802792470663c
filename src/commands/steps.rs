use anyhow::Result;
use chrono::NaiveDate;

use crate::render::Screen;
use crate::store::Home;
use crate::{render, view};

pub fn run(home: &Home, json: bool, today: NaiveDate, out: &mut impl Screen) -> Result<()> {
    let state = home.peek()?;
    let steps = view::steps(&state, today);
    if json {
        render::json(out, &steps)?;
    } else {
        render::steps(out, &steps)?;
    }
    Ok(())
}
