//! This device: its id and name, and the plan's key, kept in the platform
//! config folder (`$XDG_CONFIG_HOME/plan`), outside any synced folder, so a
//! copied plan folder can never give two machines one id.

use std::fs;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::crypto;
use super::error::{Action, StoreError, StoreResult as Result};
use super::files::{self, MAX_READ, ReadError, read_file};
use crate::event::DeviceId;

const DEVICE_FILE: &str = "device.json";
const KEY_FILE: &str = "key.txt";

/// This device.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Device {
    pub id: DeviceId,
    pub name: String,
}

/// The config folder of `plan`.
#[derive(Debug, Clone)]
pub struct Config {
    pub dir: PathBuf,
}

impl Config {
    fn device_path(&self) -> PathBuf {
        self.dir.join(DEVICE_FILE)
    }

    pub fn key_path(&self) -> PathBuf {
        self.dir.join(KEY_FILE)
    }

    /// This device, if it has been given an id.
    pub fn device(&self) -> Result<Option<Device>> {
        let path = self.device_path();
        match read_file(&path, false, MAX_READ) {
            Ok(bytes) => {
                let device: Device = serde_json::from_slice(&bytes)
                    .ok()
                    .filter(|device: &Device| DeviceId::parse(device.id.as_str()).is_some())
                    .ok_or_else(|| StoreError::Config {
                        path: path.clone(),
                        what: "is not plan's device file",
                    })?;
                Ok(Some(device))
            }
            Err(ReadError::Missing) => Ok(None),
            Err(problem) => Err(StoreError::Unreadable { path, problem }),
        }
    }

    /// This device, given an id (and the machine's name) the first time.
    pub fn device_or_create(&self) -> Result<Device> {
        if let Some(device) = self.device()? {
            return Ok(device);
        }
        let id = DeviceId::parse(&files::random_id()).expect("16 lowercase hex digits");
        let device = Device { id, name: host_name() };
        self.save_device(&device)?;
        Ok(device)
    }

    pub fn save_device(&self, device: &Device) -> Result<()> {
        self.ensure()?;
        let bytes = serde_json::to_vec_pretty(device).expect("a device serialises");
        files::write_atomic(&self.dir, DEVICE_FILE, &bytes)
            .and_then(|()| files::sync_dir(&self.dir))
            .map_err(StoreError::io(Action::Save, self.device_path()))
    }

    /// The plan's key, if this device has one.
    pub fn identity(&self) -> Result<Option<age::x25519::Identity>> {
        let path = self.key_path();
        match read_file(&path, false, MAX_READ) {
            Ok(bytes) => {
                let text = String::from_utf8_lossy(&bytes);
                let identity = crypto::parse_identity(&text)
                    .ok_or_else(|| StoreError::Config { path: path.clone(), what: "holds no age key" })?;
                Ok(Some(identity))
            }
            Err(ReadError::Missing) => Ok(None),
            Err(problem) => Err(StoreError::Unreadable { path, problem }),
        }
    }

    /// The key's text, to move it to another device.
    pub fn identity_text(&self) -> Result<Option<String>> {
        Ok(self.identity()?.map(|_| {
            let bytes = fs::read(self.key_path()).unwrap_or_default();
            String::from_utf8_lossy(&bytes).into_owned()
        }))
    }

    /// Keep `text` (an `AGE-SECRET-KEY-…` line) as this device's key, 0600.
    pub fn save_identity(&self, text: &str) -> Result<()> {
        self.ensure()?;
        let body = format!(
            "# plan's key: keep it secret; `plan key export` prints it for another device\n{}\n",
            text.trim()
        );
        files::write_atomic(&self.dir, KEY_FILE, body.as_bytes())
            .and_then(|()| files::sync_dir(&self.dir))
            .map_err(StoreError::io(Action::SaveKey, self.key_path()))
    }

    fn ensure(&self) -> Result<()> {
        match files::dir_state(&self.dir, true)? {
            files::DirState::Folder(_) => Ok(()),
            files::DirState::Missing => {
                files::create_private_dir(&self.dir).map_err(StoreError::io(Action::Create, &self.dir))?;
                Ok(())
            }
            files::DirState::NotAFolder(what) => {
                Err(StoreError::NotAFolder { path: self.dir.clone(), what, home: false })
            }
        }
    }
}

/// The machine's name, for a new device: Linux keeps it in /proc.
fn host_name() -> String {
    let read = |path: &Path| fs::read_to_string(path).ok().map(|text| text.trim().to_owned());
    read(Path::new("/proc/sys/kernel/hostname"))
        .or_else(|| read(Path::new("/etc/hostname")))
        .filter(|name| !name.is_empty() && name.len() <= 64)
        .unwrap_or_else(|| "this device".to_owned())
}

/// This device, and every device whose log is in the plan folder.
pub struct Devices {
    pub this: Device,
    /// Each device's head: id, name, last event number and clock.
    pub seen: Vec<super::layout::Head>,
    pub encrypted: bool,
}

/// What `plan encrypt` did.
pub struct Encrypted {
    /// How many files it wrote again, encrypted.
    pub files: usize,
    /// Whether it made the key (else it used the one this device had).
    pub new_key: bool,
    pub key: PathBuf,
}

impl super::Home {
    /// This device (given an id if it has none yet) and the plan's devices.
    pub fn devices(&self) -> Result<Devices> {
        let this = self.config()?.device_or_create()?;
        let mut encrypted = false;
        let seen = match self.layout_if_any()? {
            Some(super::Layout::Logs(format)) => {
                let sealer = self.sealer(&format)?;
                encrypted = sealer.is_encrypted();
                if sealer.has_key() {
                    self.read_heads(&sealer)?.into_iter().map(|device| device.head).collect()
                } else {
                    Vec::new()
                }
            }
            _ => Vec::new(),
        };
        Ok(Devices { this, seen, encrypted })
    }

    /// Name this device; its head carries the name to the other devices.
    pub fn name_device(&self, name: &str) -> Result<Device> {
        let config = self.config()?;
        let mut device = config.device_or_create()?;
        name.clone_into(&mut device.name);
        let Some(super::Layout::Logs(format)) = self.layout_if_any()? else {
            config.save_device(&device)?;
            return Ok(device);
        };
        let _lock = self.exclusive()?;
        let sealer = self.sealer(&format)?;
        if sealer.is_encrypted() && !sealer.has_key() {
            return Err(StoreError::NoKey { path: self.dir.join(super::layout::FORMAT_FILE) });
        }
        // Everything that can fail before anything is written: a failed
        // rename changes nothing, in the config folder or the plan folder.
        let own = self.read_heads(&sealer)?.into_iter().find(|logs| logs.id == device.id);
        let Some(own) = own else {
            config.save_device(&device)?;
            return Ok(device);
        };
        let head_path = own.dir.join(super::layout::HEAD);
        let mut head = own.head;
        head.name.clone_from(&device.name);
        let bytes = serde_json::to_vec(&head).expect("a head serialises");
        files::write_atomic(&own.dir, super::layout::HEAD, &sealer.seal(&bytes))
            .and_then(|()| files::sync_dir(&own.dir))
            .map_err(StoreError::io(Action::Write, &head_path))?;
        if let Err(err) = config.save_device(&device) {
            // Put the head back as it was, so the name is the old one everywhere.
            let _ = files::write_atomic(&own.dir, super::layout::HEAD, &own.head_bytes)
                .and_then(|()| files::sync_dir(&own.dir));
            return Err(err);
        }
        Ok(device)
    }

    /// Turn encryption on: make the key (or use this device's), write every
    /// device's files again as age files, then say so in `format`. Killed
    /// half way, the files read either way, and running it again finishes.
    pub fn encrypt(&self) -> Result<Encrypted> {
        self.check_home()?;
        let _lock = self.exclusive()?;
        let format = match self.layout()? {
            super::Layout::Logs(format) => format,
            super::Layout::Legacy => return Err(StoreError::NotYetMoved),
            super::Layout::Empty => return Err(StoreError::NoPlan { dir: self.dir.clone() }),
        };
        if format.recipient.is_some() {
            return Err(StoreError::AlreadyEncrypted);
        }
        let config = self.config()?;
        let (identity, new_key) = match config.identity()? {
            Some(identity) => (identity, false),
            None => {
                let (identity, text) = crypto::generate();
                config.save_identity(&text)?;
                (identity, true)
            }
        };
        let recipient = crypto::recipient_of(&identity);
        let from = crypto::Sealer::plain_with(identity.clone());
        let to = crypto::Sealer::sealing_to(identity);
        let files = self.reseal_all(&from, &to)?;
        let bytes = serde_json::to_vec_pretty(&super::layout::FolderFormat::new(Some(recipient)))
            .expect("a format serialises");
        files::write_atomic(&self.dir, super::layout::FORMAT_FILE, &bytes)
            .and_then(|()| files::sync_dir(&self.dir))
            .map_err(|source| StoreError::MarkEncrypted { source })?;
        Ok(Encrypted { files, new_key, key: config.key_path() })
    }

    /// The plan's key, to move it to another device.
    pub fn export_key(&self) -> Result<String> {
        let config = self.config()?;
        config.identity_text()?.ok_or_else(|| StoreError::NoKeyHere { path: config.key_path() })
    }

    /// Keep the key in `file` as this device's, if it opens this plan.
    pub fn import_key(&self, file: &Path) -> Result<PathBuf> {
        let bytes = read_file(file, true, 64 * 1024)
            .map_err(|problem| StoreError::Unreadable { path: file.to_path_buf(), problem })?;
        let text = String::from_utf8_lossy(&bytes);
        let identity = crypto::parse_identity(&text).ok_or_else(|| StoreError::Config {
            path: file.to_path_buf(),
            what: "holds no age key (AGE-SECRET-KEY-1…)",
        })?;
        if let Some(super::Layout::Logs(format)) = self.layout_if_any()?
            && let Some(recipient) = &format.recipient
            && &crypto::recipient_of(&identity) != recipient
        {
            return Err(StoreError::WrongKey { path: file.to_path_buf() });
        }
        let config = self.config()?;
        if let Some(existing) = config.identity()? {
            if crypto::recipient_of(&existing) == crypto::recipient_of(&identity) {
                return Ok(config.key_path());
            }
            return Err(StoreError::OtherKey { path: config.key_path() });
        }
        let line =
            text.lines().map(str::trim).find(|line| line.starts_with("AGE-SECRET-KEY-")).unwrap_or_default();
        config.save_identity(line)?;
        Ok(config.key_path())
    }
}
