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
    writeln!(out, "{}", t!("devices-this", name = visible(&list.name), id = list.id.to_string()))?;
    if list.encrypted {
        writeln!(out, "{}", t!("devices-encrypted"))?;
    }
    if !list.devices.is_empty() {
        writeln!(out)?;
        writeln!(out, "{}", t!("devices-heading"))?;
        for device in &list.devices {
            // The name is the person's: padded as it is, never translated.
            let name = format!("{:<16}", visible(&device.name));
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
