//! This device: its id and name, and the plan's key, kept in the platform
//! config folder (`$XDG_CONFIG_HOME/plan`), outside any synced folder, so a
//! copied plan folder can never give two machines one id.

use std::fs;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::crypto;
use super::error::{Action, ConfigProblem, StoreError, StoreResult as Result};
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
                        what: ConfigProblem::NotADeviceFile,
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

    /// The plan's key, if this device has one: the first it holds.
    pub fn identity(&self) -> Result<Option<age::x25519::Identity>> {
        Ok(self.identities()?.into_iter().next())
    }

    /// Every key this device holds, the plan's first: after two devices
    /// ran `plan encrypt` at once, one keeps the other's key too, to open
    /// what was encrypted to it.
    pub fn identities(&self) -> Result<Vec<age::x25519::Identity>> {
        let path = self.key_path();
        match read_file(&path, false, MAX_READ) {
            Ok(bytes) => {
                let identities = crypto::parse_identities(&String::from_utf8_lossy(&bytes));
                if identities.is_empty() {
                    return Err(StoreError::Config { path, what: ConfigProblem::NoAgeKey });
                }
                Ok(identities)
            }
            Err(ReadError::Missing) => Ok(Vec::new()),
            Err(problem) => Err(StoreError::Unreadable { path, problem }),
        }
    }

    /// The key's text, to move it to another device: the plan's key alone.
    pub fn identity_text(&self) -> Result<Option<String>> {
        Ok(self.identity()?.map(|identity| {
            format!(
                "# plan's key: keep it secret; `plan key import FILE` keeps it on another device\n{}\n",
                crypto::identity_text(&identity)
            )
        }))
    }

    /// Keep `text` (an `AGE-SECRET-KEY-…` line) as this device's key, 0600.
    pub fn save_identity(&self, text: &str) -> Result<()> {
        self.save_identities(&[text.trim().to_owned()])
    }

    /// Keep these keys (`AGE-SECRET-KEY-…` lines), the plan's first, 0600.
    pub fn save_identities(&self, texts: &[String]) -> Result<()> {
        self.ensure()?;
        self.remove_key_leftovers();
        let mut body =
            "# plan's key: keep it secret; `plan key export` prints it for another device\n".to_owned();
        for text in texts {
            body.push_str(text.trim());
            body.push('\n');
        }
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

/// The machine's name, for a new device: Linux keeps it in /proc. None
/// found, the device has no name (empty), and the views say "this device".
fn host_name() -> String {
    let read = |path: &Path| fs::read_to_string(path).ok().map(|text| text.trim().to_owned());
    read(Path::new("/proc/sys/kernel/hostname"))
        .or_else(|| read(Path::new("/etc/hostname")))
        .filter(|name| !name.is_empty() && name.len() <= 64)
        .unwrap_or_default()
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
    /// Whether the plan was encrypted already: then `files` were those
    /// still in plain text, or encrypted to another key this device holds.
    pub again: bool,
}

/// What `plan key import` did.
pub struct Imported {
    /// Where the key is kept.
    pub kept: PathBuf,
    /// Whether it was checked against the plan (else no encrypted plan is here yet).
    pub checked: bool,
    /// How many files it encrypted again with the plan's key.
    pub files: usize,
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
        let sealer = self.sealer_with_key(&format)?;
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
        let config = self.config()?;
        if format.recipient.is_some() {
            // Encrypted already: finish what is left (a device's files
            // written in plain text while it was away, or encrypted to the
            // key of a second `plan encrypt`; leftovers, the older layout's
            // folders, the person's own playbooks).
            let sealer = self.sealer_with_key(&format)?;
            self.remove_leftovers_everywhere();
            let mut files = self.reseal(&sealer)?;
            files += self.seal_older_layout(&sealer)?;
            let moved = self.move_own_playbooks(&config)?;
            if files == 0 && moved.is_none() {
                return Err(StoreError::AlreadyEncrypted);
            }
            return Ok(Encrypted { files, new_key: false, key: config.key_path(), again: true, moved });
        }
        // Read before a key is made: a failure after it would leave the key behind.
        let own = config.device()?.map(|device| device.id);
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
        Ok(Encrypted { files, new_key, key: config.key_path(), again: false, moved })
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
                    files += usize::from(seal_if_plain(&dir, &name, to)?);
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
                        count += usize::from(seal_if_plain(&dir, &name, to)?);
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

    /// Keep the key in `file` as this device's, if it opens this plan (or
    /// the plan folder is not here yet: then it is checked when it is).
    /// Any key this device held that opens nothing of this plan goes; the
    /// key of a second `plan encrypt` stays beside the plan's, and every
    /// file encrypted to it, or still in plain text, is encrypted again
    /// with the plan's key.
    pub fn import_key(&self, file: &Path) -> Result<Imported> {
        let bytes = read_file(file, true, 64 * 1024)
            .map_err(|problem| StoreError::Unreadable { path: file.to_path_buf(), problem })?;
        let identity = crypto::parse_identity(&String::from_utf8_lossy(&bytes)).ok_or_else(|| {
            StoreError::Config { path: file.to_path_buf(), what: ConfigProblem::NoAgeKeyMarked }
        })?;
        let config = self.config()?;
        let recipient = crypto::recipient_of(&identity);
        let format = match self.layout_if_any()? {
            Some(super::Layout::Logs(format)) if format.recipient.is_some() => Some(format),
            _ => None,
        };
        let Some(format) = format else {
            // Nothing to check it against yet: kept first, beside any other.
            let mut held = config.identities()?;
            held.retain(|other| crypto::recipient_of(other) != recipient);
            held.insert(0, identity);
            config.save_identities(&held.iter().map(crypto::identity_text).collect::<Vec<_>>())?;
            return Ok(Imported { kept: config.key_path(), checked: false, files: 0 });
        };
        let _lock = self.exclusive()?;
        let mut known: Vec<String> = format.recipient.iter().cloned().collect();
        known.extend(self.format_copies().into_iter().filter_map(|(_, copy)| copy.recipient));
        if !known.contains(&recipient) {
            return Err(StoreError::WrongKey { path: file.to_path_buf() });
        }
        config.remove_key_leftovers();
        let mut held = config.identities()?;
        held.retain(|other| {
            let other = crypto::recipient_of(other);
            other != recipient && known.contains(&other)
        });
        held.push(identity);
        config.save_identities(&held.iter().map(crypto::identity_text).collect::<Vec<_>>())?;
        let sealer = self.sealer(&format)?;
        let files = if sealer.has_key() { self.reseal(&sealer)? } else { 0 };
        Ok(Imported { kept: config.key_path(), checked: true, files })
    }
}

/// Seal the file `name` of `dir` where it is, if it is in plain text.
/// Returns whether it did.
fn seal_if_plain(dir: &Path, name: &str, to: &crypto::Sealer) -> Result<bool> {
    let path = dir.join(name);
    let bytes = read_file(&path, false, MAX_READ)
        .map_err(|problem| StoreError::Unreadable { path: path.clone(), problem })?;
    if crypto::is_sealed(&bytes) {
        return Ok(false);
    }
    files::write_atomic(dir, name, &to.seal(&bytes)).map_err(StoreError::io(Action::Encrypt, &path))?;
    Ok(true)
}
