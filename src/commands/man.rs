//! `plan man`: the manual page, in roff, made from the clap definition.

use crate::error::Result;
use clap::CommandFactory;

use super::Ctx;
use crate::cli::Cli;

pub fn run(ctx: &mut Ctx, (): ()) -> Result<()> {
    clap_mangen::Man::new(Cli::command()).render(&mut ctx.ui)?;
    Ok(())
}
