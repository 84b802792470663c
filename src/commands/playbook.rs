//! `plan playbook show|check|export|schema`: read, check, export and
//! describe playbooks.

use std::io::Write;
use std::path::Path;

use crate::error::Result;

use super::Ctx;
use super::library::{read, resolve};
use crate::cli::PlaybookCommand;
use crate::error::CommandError;
use crate::playbook::{self, Origin};
use crate::text::{self, has_control};
use crate::views::doctor::Warning;
use crate::views::playbooks;

pub fn run(ctx: &mut Ctx, command: &PlaybookCommand) -> Result<()> {
    match command {
        PlaybookCommand::Show { playbook, json } => show(ctx, playbook, *json),
        PlaybookCommand::Check { path } => check(ctx, path),
        PlaybookCommand::Export { id } => export(ctx, id),
        PlaybookCommand::Schema => schema(ctx),
    }
}

fn show(ctx: &mut Ctx, what: &str, json: bool) -> Result<()> {
    let found = resolve(ctx, what)?;
    if json {
        text::json(&mut ctx.ui, &found.playbook)?;
    } else {
        if found.source == Origin::Bundled && playbook::untranslated(&found.playbook.id) {
            playbooks::untranslated(&mut ctx.ui)?;
            writeln!(ctx.ui)?;
        }
        playbooks::playbook(&mut ctx.ui, &found.playbook)?;
    }
    Ok(())
}

fn check(ctx: &mut Ctx, path: &Path) -> Result<()> {
    let (playbook, _) = read(path)?;
    for (field, _) in playbook::fields(&playbook).into_iter().filter(|(_, text)| has_control(text)) {
        ctx.ui.warn(&Warning::ControlCharacters { path: path.to_path_buf(), field });
    }
    playbooks::checked(&mut ctx.ui, path, &playbook)?;
    Ok(())
}

fn export(ctx: &mut Ctx, id: &str) -> Result<()> {
    let text = playbook::bundled(id).ok_or_else(|| CommandError::NoBundledPlaybook { id: id.to_owned() })?;
    if playbook::untranslated(id) {
        // On stderr: what is on stdout is the playbook's file.
        playbooks::untranslated(&mut ctx.ui.prompt())?;
    }
    ctx.ui.write_all(text.as_bytes()).map_err(CommandError::PlaybookUnwritten)?;
    Ok(())
}

fn schema(ctx: &mut Ctx) -> Result<()> {
    ctx.ui.write_all(playbook::schema().as_bytes())?;
    Ok(())
}
