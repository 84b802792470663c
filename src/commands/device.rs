//! `plan device`, `plan encrypt` and `plan key`: this device, and the key
//! an encrypted plan's devices share.

use std::io::Write;
use std::path::Path;

use anyhow::Result;

use super::{Out, warn};
use crate::cli::{DeviceArgs, DeviceCommand};
use crate::render::{self, visible};
use crate::store::Home;
use crate::view;

pub fn run(home: &Home, args: DeviceArgs, out: &mut Out) -> Result<()> {
    if let Some(DeviceCommand::Name { name }) = args.command {
        let device = home.name_device(name.trim())?;
        out.saved("the device's name");
        writeln!(out, "This device is now called “{}”.", visible(&device.name))?;
        return Ok(());
    }
    let devices = view::devices(&home.devices()?);
    if args.json {
        render::json(out, &devices)?;
    } else {
        render::devices(out, &devices)?;
    }
    Ok(())
}

pub fn encrypt(home: &Home, out: &mut Out) -> Result<()> {
    let encrypted = home.encrypt()?;
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

pub fn export_key(home: &Home, out: &mut Out) -> Result<()> {
    let key = home.export_key()?;
    warn(
        "this key opens every note of the plan: keep it out of the synced folder, and delete the copy once imported",
    );
    out.write_all(key.as_bytes())?;
    Ok(())
}

pub fn import_key(home: &Home, file: &Path, out: &mut Out) -> Result<()> {
    let kept = home.import_key(file)?;
    out.saved("the key");
    writeln!(
        out,
        "This device can open the plan now; its key is kept in {}.",
        visible(&kept.display().to_string())
    )?;
    writeln!(out, "Delete {} once you are sure.", visible(&file.display().to_string()))?;
    Ok(())
}
