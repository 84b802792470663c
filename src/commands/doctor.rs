//! `plan doctor`: what the store finds in the plan folder, and how to fix
//! each problem; `--restore` puts the last good backup back.

use std::io::Write;

use anyhow::{Result, bail};

use super::Ctx;
use crate::cli::DoctorArgs;
use crate::text::{plural, visible};
use crate::views::doctor;

pub fn run(ctx: &mut Ctx, args: &DoctorArgs) -> Result<()> {
    let out = &mut ctx.ui;
    if args.restore {
        let restored = ctx.home.restore()?;
        out.saved("the restored plan");
        for aside in &restored.aside {
            writeln!(out, "Kept the damaged file aside as {}.", visible(&aside.display().to_string()))?;
        }
        for log in &restored.logs {
            writeln!(
                out,
                "Put {} back from its backup; its last change may need doing again.",
                visible(log)
            )?;
        }
        write!(out, "Restored the plan with all {}", plural(restored.checkins as u64, "check-in"))?;
        if restored.after_backup > 0 {
            write!(out, " ({} of them recorded after the backup was taken)", restored.after_backup)?;
        }
        writeln!(out, ".")?;
        writeln!(out, "`plan status` shows where you stand.")?;
        return Ok(());
    }
    let findings = ctx.home.examine()?;
    doctor::render(out, &findings)?;
    let problems = findings.iter().filter(|finding| finding.is_problem()).count();
    if problems > 0 {
        bail!("plan doctor found {}", plural(problems as u64, "problem"));
    }
    Ok(())
}
