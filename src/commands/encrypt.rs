//! `plan encrypt`: every file of the plan folder written again as an age file.

use std::io::Write;

use anyhow::Result;

use super::Ctx;
use crate::text::{self, visible};

pub fn run(ctx: &mut Ctx, (): ()) -> Result<()> {
    let out = &mut ctx.ui;
    let encrypted = ctx.home.encrypt()?;
    out.saved("the encrypted plan");
    writeln!(
        out,
        "The plan is encrypted: {} written again as age files.",
        text::plural(encrypted.files as u64, "file")
    )?;
    if encrypted.new_key {
        writeln!(
            out,
            "Its key is in {}, on this device only.",
            visible(&encrypted.key.display().to_string())
        )?;
    }
    writeln!(out, "Each of your other devices needs the key before it can open the plan:")?;
    writeln!(
        out,
        "  here:  plan key export > plan-key.txt   (carry the file privately, never by the synced folder)"
    )?;
    writeln!(out, "  there: plan key import plan-key.txt     (then delete plan-key.txt)")?;
    Ok(())
}
