//! `plan device`: this device, and every device that writes to the plan.
//! [`devices`] computes the list, which is also `device --json`;
//! [`render`] writes it as text.

use std::io;

use chrono::NaiveDate;
use serde::Serialize;

use crate::i18n::t;
use crate::id::DeviceId;
use crate::store::Devices;
use crate::text::{Screen, fit, visible};

/// `plan device`.
#[derive(Debug, Serialize)]
pub struct DeviceList {
    pub id: DeviceId,
    /// None when the machine gave it no name and nobody named it since.
    pub name: Option<String>,
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
        name: Some(devices.this.name.clone()).filter(|name| !name.is_empty()),
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

/// This device, when it has no name.
fn unnamed() -> String {
    t!("store-device-unnamed")
}

/// This device, then every device with a log.
pub fn render(out: &mut impl Screen, list: &DeviceList) -> io::Result<()> {
    let name = list.name.as_deref().map_or_else(unnamed, |name| visible(name).into_owned());
    writeln!(out, "{}", t!("devices-this", name = name, id = list.id.to_string()))?;
    if list.encrypted {
        writeln!(out, "{}", t!("devices-encrypted"))?;
    }
    if !list.devices.is_empty() {
        writeln!(out)?;
        writeln!(out, "{}", t!("devices-heading"))?;
        for device in &list.devices {
            // The name is the person's: padded as it is, never translated.
            let name = if device.this && device.name.is_empty() {
                unnamed()
            } else {
                visible(&device.name).into_owned()
            };
            let name = format!("{name:<16}");
            let id = device.id.to_string();
            let events = device.events;
            let mut line = match device.last.map(|date| date.to_string()) {
                Some(date) => t!("devices-line-last", name = name, id = id, events = events, date = date),
                None => t!("devices-line", name = name, id = id, events = events),
            };
            if device.this {
                line = format!("{line}  {}", t!("devices-this-one"));
            }
            fit(out, &format!("  {line}"))?;
        }
    }
    writeln!(out)?;
    writeln!(out, "{}", t!("devices-name-hint"))
}
