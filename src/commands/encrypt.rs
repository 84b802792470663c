//! `plan encrypt`: every file of the plan folder written again as an age file.

use crate::error::Result;

use super::Ctx;
use crate::views::confirm::{self, Saved};

pub fn run(ctx: &mut Ctx, (): ()) -> Result<()> {
    let out = &mut ctx.ui;
    let encrypted = ctx.home.encrypt()?;
    out.saved(Saved::Encrypted);
    confirm::encrypted(out, &encrypted)?;
    Ok(())
}
