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

    /// The person's own playbooks kept on this device only (those of an
    /// encrypted plan), beside the synced folder's `plans/`.
    pub fn plans_dir(&self) -> PathBuf {
        self.dir.join("plans")
    }

    /// Copies of the key a killed run left (a `key import`, an `encrypt`):
    /// never left lying in a stray file.
    pub fn remove_key_leftovers(&self) {
        files::remove_tmp_files(&self.dir, |target| target == KEY_FILE);
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
        self.remove_key_leftovers();
        let body = format!(
            "# plan's key: keep it secret; `plan key export` prints it for another device\n{}\n",
            text.trim()
        );
        files::write_atomic(&self.dir, KEY_FILE, body.as_bytes())
            .and_then(|()| files::sync_dir(&self.dir))
            .map_err(StoreError::io(Action::SaveKey, self.key_path()))
    }

    pub(super) fn ensure(&self) -> Result<()> {
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
    /// How many of the person's own playbooks moved out of the synced folder, and where to.
    pub moved: Option<(usize, PathBuf)>,
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
        config.save_device(&device)?;
        if let Some(own) = self.read_heads(&sealer)?.into_iter().find(|logs| logs.id == device.id) {
            let mut head = own.head;
            head.name.clone_from(&device.name);
            let bytes = serde_json::to_vec(&head).expect("a head serialises");
            files::write_atomic(&own.dir, super::layout::HEAD, &sealer.seal(&bytes))
                .and_then(|()| files::sync_dir(&own.dir))
                .map_err(StoreError::io(Action::Write, own.dir.join(super::layout::HEAD)))?;
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
        let config = self.config()?;
        if let Some(recipient) = &format.recipient {
            return self.finish_encryption(&config, recipient);
        }
        let (identity, new_key) = match config.identity()? {
            Some(identity) => (identity, false),
            None => {
                let (identity, text) = crypto::generate();
                if let Err(err) = config.save_identity(&text) {
                    // A failed command leaves no key behind it.
                    let _ = fs::remove_file(config.key_path());
                    return Err(err);
                }
                (identity, true)
            }
        };
        let own = config.device()?.map(|device| device.id);
        let recipient = crypto::recipient_of(&identity);
        let from = crypto::Sealer::plain_with(identity.clone());
        let to = crypto::Sealer::sealing_to(identity);
        // Marked first: from here on every device writes sealed, and a run
        // stopped part way is finished by the next change (see
        // `finish_encryption`), so no file is ever left readable for good.
        let bytes = serde_json::to_vec_pretty(&super::layout::FolderFormat::new(Some(recipient)))
            .expect("a format serialises");
        if let Err(source) = files::write_atomic(&self.dir, super::layout::FORMAT_FILE, &bytes) {
            if new_key {
                let _ = fs::remove_file(config.key_path());
            }
            return Err(StoreError::MarkEncrypted { source });
        }
        let unfinished = |source: StoreError| StoreError::EncryptUnfinished { source: Box::new(source) };
        files::sync_dir(&self.dir).map_err(|source| unfinished(StoreError::MarkEncrypted { source }))?;
        // Nothing readable is left behind: what killed runs left, the older
        // layout's folders, and the person's own playbooks, moved out.
        self.remove_leftovers_everywhere();
        let mut files = self.seal_older_layout(&to).map_err(unfinished)?;
        let moved = self.move_own_playbooks(&config).map_err(unfinished)?;
        files += self.reseal_all(&from, &to, own.as_ref()).map_err(unfinished)?;
        Ok(Encrypted { files, new_key, key: config.key_path(), moved })
    }

    /// `plan encrypt` on an encrypted plan: seal what is still readable and
    /// this device may seal (its own files, the older layout's, leftovers),
    /// and move the person's own playbooks out. Already whole: said so.
    pub(super) fn finish_encryption(&self, config: &Config, recipient: &str) -> Result<Encrypted> {
        let identity = config
            .identity()?
            .filter(|identity| crypto::recipient_of(identity) == recipient)
            .ok_or_else(|| StoreError::NoKey { path: self.dir.join(super::layout::FORMAT_FILE) })?;
        let (files, moved) = self.finish_with(config, &crypto::Sealer::sealing_to(identity))?;
        if files == 0 && moved.is_none() {
            return Err(StoreError::AlreadyEncrypted);
        }
        Ok(Encrypted { files, new_key: false, key: config.key_path(), moved })
    }

    /// Seal what is still readable and this device may seal: leftovers, the
    /// older layout's folders, its own files (its head last); and move the
    /// person's own playbooks out. `to` seals, and opens plain or sealed.
    /// Returns how many files it sealed, and where playbooks went.
    pub(super) fn finish_with(
        &self,
        config: &Config,
        to: &crypto::Sealer,
    ) -> Result<(usize, Option<(usize, PathBuf)>)> {
        self.remove_leftovers_everywhere();
        let mut files = 0;
        if let Some(device) = config.device()? {
            let dir = self.devices_dir().join(device.id.as_str());
            if matches!(files::dir_state(&dir, false)?, files::DirState::Folder(_)) {
                let mut names = files::names_strict(&dir).map_err(StoreError::io(Action::List, &dir))?;
                // The head last: while it is readable, this is unfinished.
                names.sort_by_key(|name| name == super::layout::HEAD);
                for name in names {
                    let path = dir.join(&name);
                    if !files::is_file_strict(&path).map_err(StoreError::io(Action::LookAt, &path))? {
                        continue;
                    }
                    let bytes = read_file(&path, false, MAX_READ)
                        .map_err(|problem| StoreError::Unreadable { path: path.clone(), problem })?;
                    if !crypto::is_sealed(&bytes) {
                        files::write_atomic(&dir, &name, &to.seal(&bytes))
                            .map_err(StoreError::io(Action::Encrypt, &path))?;
                        files += 1;
                    }
                }
                files::sync_dir(&dir).map_err(StoreError::io(Action::Encrypt, &dir))?;
            }
        }
        files += self.seal_older_layout(to)?;
        let moved = self.move_own_playbooks(config)?;
        Ok((files, moved))
    }

    /// Temporary files a killed or failed run left, on any device: never
    /// read by anything, and perhaps holding notes in plain text.
    fn remove_leftovers_everywhere(&self) {
        files::remove_tmp_files(&self.dir, |_| true);
        for name in files::names(&self.devices_dir()) {
            if crate::event::DeviceId::parse(&name).is_some() {
                files::remove_tmp_files(&self.devices_dir().join(name), |_| true);
            }
        }
    }

    /// Seal every file the older layout kept (`archive/`, and what the
    /// move to logs kept aside) where it is. Returns how many it sealed.
    fn seal_older_layout(&self, to: &crypto::Sealer) -> Result<usize> {
        let mut count = 0;
        let mut stack = vec![self.dir.join(super::ARCHIVE), self.dir.join(super::MIGRATED)];
        while let Some(dir) = stack.pop() {
            if !matches!(files::dir_state(&dir, false)?, files::DirState::Folder(_)) {
                continue;
            }
            files::remove_tmp_files(&dir, |_| true);
            for name in files::names_strict(&dir).map_err(StoreError::io(Action::List, &dir))? {
                let path = dir.join(&name);
                match files::dir_state(&path, false)? {
                    files::DirState::Folder(_) => stack.push(path),
                    _ if files::is_file_strict(&path).map_err(StoreError::io(Action::LookAt, &path))? => {
                        let bytes = read_file(&path, false, MAX_READ)
                            .map_err(|problem| StoreError::Unreadable { path: path.clone(), problem })?;
                        if !crypto::is_sealed(&bytes) {
                            files::write_atomic(&dir, &name, &to.seal(&bytes))
                                .map_err(StoreError::io(Action::Encrypt, &path))?;
                            count += 1;
                        }
                    }
                    _ => {}
                }
            }
            files::sync_dir(&dir).map_err(StoreError::io(Action::Encrypt, &dir))?;
        }
        Ok(count)
    }

    /// Move the person's own playbooks (`plans/*.toml`) out of the synced
    /// folder, into this device's config folder, where `plan` still finds
    /// them: a playbook may hold their words, and an encrypted plan keeps
    /// none in plain text. Returns where they went, if any moved.
    fn move_own_playbooks(&self, config: &Config) -> Result<Option<(usize, PathBuf)>> {
        let from = self.plans_dir();
        let names: Vec<String> = files::names(&from)
            .into_iter()
            .filter(|name| Path::new(name).extension().is_some_and(|ext| ext == "toml"))
            .filter(|name| files::is_file(&from.join(name)))
            .collect();
        if names.is_empty() {
            return Ok(None);
        }
        let to = config.plans_dir();
        config.ensure()?;
        if matches!(files::dir_state(&to, false)?, files::DirState::Missing) {
            files::create_private_dir(&to).map_err(StoreError::io(Action::Create, &to))?;
        }
        for name in &names {
            let path = from.join(name);
            let bytes = read_file(&path, false, super::MAX_PLAYBOOK)
                .map_err(|problem| StoreError::Unreadable { path: path.clone(), problem })?;
            // Never over a playbook of the same name already there.
            let target = if files::exists(&to.join(name))? { format!("moved-{name}") } else { name.clone() };
            files::write_atomic(&to, &target, &bytes)
                .and_then(|()| files::sync_dir(&to))
                .map_err(StoreError::io(Action::Encrypt, to.join(&target)))?;
            fs::remove_file(&path).map_err(StoreError::io(Action::Encrypt, &path))?;
        }
        let _ = fs::remove_dir(&from);
        Ok(Some((names.len(), to)))
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
        config.remove_key_leftovers();
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
