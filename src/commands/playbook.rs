//! `plan playbook show|check|export|schema`: read, check, export and
//! describe playbooks.

use std::io::Write;
use std::path::Path;

use anyhow::{Context, Result};

use super::Ctx;
use super::library::{read, resolve};
use crate::cli::PlaybookCommand;
use crate::error::hinted;
use crate::playbook::{self, BUNDLED};
use crate::text::{self, has_control};
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
        playbooks::playbook(&mut ctx.ui, &found.playbook)?;
    }
    Ok(())
}

fn check(ctx: &mut Ctx, path: &Path) -> Result<()> {
    let (playbook, _) = read(path)?;
    for field in playbook::fields(&playbook).into_iter().filter(|(_, text)| has_control(text)) {
        ctx.ui.warn(&format!(
            "{}: {} holds control characters; plan shows them as text (such as ^[), never obeys them",
            path.display(),
            field.0
        ));
    }
    let steps = text::plural(playbook.steps.len() as u64, "step");
    text::fit(
        &mut ctx.ui,
        &format!(
            "{}: ok, playbook `{}` with {steps}",
            text::visible(&path.display().to_string()),
            playbook.id
        ),
    )?;
    Ok(())
}

fn export(ctx: &mut Ctx, id: &str) -> Result<()> {
    let text = playbook::bundled(id).ok_or_else(|| {
        let ids: Vec<&str> = BUNDLED.iter().map(|(id, _)| *id).collect();
        hinted(format!("no bundled playbook `{id}`"), format!("the bundled ones are {}", ids.join(", ")))
    })?;
    ctx.ui.write_all(text.as_bytes()).context("could not write the playbook")?;
    Ok(())
}

fn schema(ctx: &mut Ctx) -> Result<()> {
    ctx.ui.write_all(playbook::schema().as_bytes())?;
    Ok(())
}
