//! `plan device`: this device, and every device that writes to the plan.
//! [`devices`] computes the list, which is also `device --json`;
//! [`render`] writes it as text.

use std::io;

use chrono::NaiveDate;
use serde::Serialize;

use crate::id::DeviceId;
use crate::store::Devices;
use crate::text::{Screen, fit, plural, visible};

/// `plan device`.
#[derive(Debug, Serialize)]
pub struct DeviceList {
    pub id: DeviceId,
    pub name: String,
    pub encrypted: bool,
    /// Every device with a log in the plan folder.
    pub devices: Vec<DeviceLine>,
}

#[derive(Debug, Serialize)]
pub struct DeviceLine {
    pub id: DeviceId,
    pub name: String,
    pub this: bool,
    /// How many events it has recorded.
    pub events: u64,
    /// The day (UTC) of its latest event.
    pub last: Option<NaiveDate>,
}

pub fn devices(devices: &Devices) -> DeviceList {
    DeviceList {
        id: devices.this.id.clone(),
        name: devices.this.name.clone(),
        encrypted: devices.encrypted,
        devices: devices
            .seen
            .iter()
            .map(|head| DeviceLine {
                id: head.device.clone(),
                name: head.name.clone(),
                this: head.device == devices.this.id,
                events: head.seq,
                last: i64::try_from(head.clock.0)
                    .ok()
                    .and_then(chrono::DateTime::from_timestamp_millis)
                    .map(|time| time.date_naive()),
            })
            .collect(),
    }
}

/// This device, then every device with a log.
pub fn render(out: &mut impl Screen, list: &DeviceList) -> io::Result<()> {
    writeln!(out, "This device: {} [{}]", visible(&list.name), list.id)?;
    if list.encrypted {
        writeln!(out, "The plan is encrypted.")?;
    }
    if !list.devices.is_empty() {
        writeln!(out)?;
        writeln!(out, "Devices that write to this plan:")?;
        for device in &list.devices {
            let latest = device.last.map_or_else(String::new, |date| format!(", last on {date}"));
            let this = if device.this { "  (this device)" } else { "" };
            fit(
                out,
                &format!(
                    "  {:<16} [{}] {}{latest}{this}",
                    visible(&device.name),
                    device.id,
                    plural(device.events, "event")
                ),
            )?;
        }
    }
    writeln!(out)?;
    writeln!(out, "`plan device name NAME` names this device.")
}
