//! `plan man`: the manual page, in roff, made from the clap definition, in the chosen language.

use crate::error::Result;

use super::Ctx;
use crate::cli::Cli;

pub fn run(ctx: &mut Ctx, (): ()) -> Result<()> {
    clap_mangen::Man::new(Cli::localized()).render(&mut ctx.ui)?;
    Ok(())
}
