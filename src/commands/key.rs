//! `plan key export|import`: the key an encrypted plan's devices share,
//! carried from one device to another.

use std::io::Write;
use std::path::Path;

use crate::error::Result;

use super::Ctx;
use crate::cli::KeyCommand;
use crate::views::confirm::{self, Saved};
use crate::views::doctor::Warning;

pub fn run(ctx: &mut Ctx, command: &KeyCommand) -> Result<()> {
    match command {
        KeyCommand::Export => export_key(ctx),
        KeyCommand::Import { file } => import_key(ctx, file),
    }
}

fn export_key(ctx: &mut Ctx) -> Result<()> {
    let key = ctx.home.export_key()?;
    ctx.ui.warn(&Warning::KeyExported);
    ctx.ui.write_all(key.as_bytes())?;
    Ok(())
}

fn import_key(ctx: &mut Ctx, file: &Path) -> Result<()> {
    let out = &mut ctx.ui;
    let imported = ctx.home.import_key(file)?;
    out.saved(Saved::Key);
    confirm::key_imported(out, &imported, file)?;
    Ok(())
}
