//! `plan completions SHELL`: a completion script, made from the clap definition.

use crate::error::Result;
use clap::CommandFactory;

use super::Ctx;
use crate::cli::{Cli, CompletionsArgs};

// Every command has the one signature, though this one cannot fail: it
// writes into the buffer of the UI.
#[allow(clippy::unnecessary_wraps)]
pub fn run(ctx: &mut Ctx, args: &CompletionsArgs) -> Result<()> {
    clap_complete::generate(args.shell, &mut Cli::command(), "plan", &mut ctx.ui);
    Ok(())
}
