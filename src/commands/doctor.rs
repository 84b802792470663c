//! `plan doctor`: what the store finds in the plan folder, and how to fix
//! each problem, and a language asked for that `plan` does not speak yet;
//! `--restore` puts the last good backup back.

use crate::error::Result;

use super::Ctx;
use crate::cli::DoctorArgs;
use crate::error::CommandError;
use crate::views::confirm::{self, Saved};
use crate::views::doctor;

pub fn run(ctx: &mut Ctx, args: &DoctorArgs) -> Result<()> {
    let out = &mut ctx.ui;
    if args.restore {
        let restored = ctx.home.restore()?;
        out.saved(Saved::Restored);
        confirm::restored(out, &restored)?;
        return Ok(());
    }
    let findings = ctx.home.examine()?;
    doctor::render(out, &findings)?;
    // A language asked for and not translated: said here, and nowhere else.
    if let Some(tag) = crate::i18n::unavailable() {
        doctor::language(out, tag)?;
    }
    let problems = findings.iter().filter(|finding| finding.is_problem()).count();
    if problems > 0 {
        return Err(CommandError::DoctorFound { problems }.into());
    }
    Ok(())
}
