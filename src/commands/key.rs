//! `plan key export|import`: the key an encrypted plan's devices share,
//! carried from one device to another.

use std::io::Write;
use std::path::Path;

use anyhow::Result;

use super::Ctx;
use crate::cli::KeyCommand;
use crate::text::visible;

pub fn run(ctx: &mut Ctx, command: &KeyCommand) -> Result<()> {
    match command {
        KeyCommand::Export => export_key(ctx),
        KeyCommand::Import { file } => import_key(ctx, file),
    }
}

fn export_key(ctx: &mut Ctx) -> Result<()> {
    let key = ctx.home.export_key()?;
    ctx.ui.warn(
        "this key opens every note of the plan: keep it out of the synced folder, and delete the copy once imported",
    );
    ctx.ui.write_all(key.as_bytes())?;
    Ok(())
}

fn import_key(ctx: &mut Ctx, file: &Path) -> Result<()> {
    let out = &mut ctx.ui;
    let kept = ctx.home.import_key(file)?;
    out.saved("the key");
    writeln!(
        out,
        "This device can open the plan now; its key is kept in {}.",
        visible(&kept.display().to_string())
    )?;
    writeln!(out, "Delete {} once you are sure.", visible(&file.display().to_string()))?;
    Ok(())
}
