//! `plan archive`: the plans a later start replaced, each kept whole.

use anyhow::Result;

use crate::render::Screen;
use crate::store::Home;
use crate::{render, view};

pub fn run(home: &Home, json: bool, out: &mut impl Screen) -> Result<()> {
    let archived = home.archived()?;
    let list = view::archive(&archived);
    if json {
        render::json(out, &list)?;
    } else {
        render::archive(out, &list)?;
    }
    Ok(())
}
