//! `plan completions SHELL`: a completion script, made from the clap definition, in the chosen language.

use crate::error::Result;

use super::Ctx;
use crate::cli::{Cli, CompletionsArgs};

// Every command has the one signature, though this one cannot fail: it
// writes into the buffer of the UI.
#[allow(clippy::unnecessary_wraps)]
pub fn run(ctx: &mut Ctx, args: &CompletionsArgs) -> Result<()> {
    clap_complete::generate(args.shell, &mut Cli::localized(), "plan", &mut ctx.ui);
    Ok(())
}
