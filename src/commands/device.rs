//! `plan device`: this device's id and name, and every device that writes
//! to the plan; `plan device name` names this one.

use crate::error::Result;

use super::Ctx;
use crate::cli::{DeviceArgs, DeviceCommand};
use crate::text;
use crate::views::confirm::{self, Saved};
use crate::views::devices;

pub fn run(ctx: &mut Ctx, args: &DeviceArgs) -> Result<()> {
    let out = &mut ctx.ui;
    if let Some(DeviceCommand::Name { name }) = &args.command {
        let device = ctx.home.name_device(name.trim())?;
        out.saved(Saved::DeviceName);
        confirm::device_named(out, &device.name)?;
        return Ok(());
    }
    let devices = devices::devices(&ctx.home.devices()?);
    if args.json {
        text::json(out, &devices)?;
    } else {
        devices::render(out, &devices)?;
    }
    Ok(())
}
