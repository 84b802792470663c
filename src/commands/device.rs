//! `plan device`, `plan encrypt` and `plan key`: this device, and the key
//! an encrypted plan's devices share.

use std::io::Write;
use std::path::Path;

use anyhow::Result;

use super::Ctx;
use crate::cli::{DeviceArgs, DeviceCommand, KeyCommand};
use crate::render::{self, visible};
use crate::view;

pub fn run(ctx: &mut Ctx, args: &DeviceArgs) -> Result<()> {
    let out = &mut ctx.ui;
    if let Some(DeviceCommand::Name { name }) = &args.command {
        let device = ctx.home.name_device(name.trim())?;
        out.saved("the device's name");
        writeln!(out, "This device is now called “{}”.", visible(&device.name))?;
        return Ok(());
    }
    let devices = view::devices(&ctx.home.devices()?);
    if args.json {
        render::json(out, &devices)?;
    } else {
        render::devices(out, &devices)?;
    }
    Ok(())
}

pub fn encrypt(ctx: &mut Ctx, (): ()) -> Result<()> {
    let out = &mut ctx.ui;
    let encrypted = ctx.home.encrypt()?;
    out.saved("the encrypted plan");
    writeln!(
        out,
        "The plan is encrypted: {} written again as age files.",
        render::plural(encrypted.files as u64, "file")
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

pub fn key(ctx: &mut Ctx, command: &KeyCommand) -> Result<()> {
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
