//! Partners' digests: `partners/NAME/<device-id>.age` in the plan folder,
//! each encrypted to that partner alone, written by the device that made
//! a change (so two devices never write one file), whole or not at all.
//! And the friend's side: the partner key kept in the config folder, and
//! digests read and opened with it.
//!
//! A digest is sealed to the partner's recipient, never to the plan's
//! key: an encrypted plan's partner still reads theirs, and nothing else.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::str::FromStr;

use age::secrecy::ExposeSecret;

use super::error::{Action, StoreError};
use super::files::{self, DirState, ReadError, read_file};
use super::{Home, Layout, State};
use crate::partner::{DigestProblem, NameProblem};

/// The folder of digests in the plan folder.
pub const PARTNERS: &str = "partners";
/// The friend's key, in the config folder.
const PARTNER_KEY: &str = "partner-key.txt";
/// No digest, key or SSH key is larger.
const MAX_SMALL: u64 = 1024 * 1024;

/// The kinds of recipient a partner can have.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RecipientKind {
    /// `age1…`: an X25519 recipient, as `plan partner key` or `age-keygen` print.
    Age,
    SshEd25519,
    SshRsa,
}

/// Why text is not a recipient a digest can be encrypted to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RecipientProblem {
    /// A secret key (`AGE-SECRET-KEY-1…`, or an SSH private key): it must never be shared.
    Secret,
    /// An SSH key of a type age cannot encrypt to (`ecdsa-sha2-nistp256`, say).
    UnsupportedSsh(String),
    /// An `ssh-rsa` key shorter than 2048 bits, or longer than age takes.
    RsaSize,
    /// Neither an age recipient nor an SSH public key.
    Invalid,
}

/// What went wrong with a partner, their key or their digest.
#[derive(Debug)]
pub enum PartnerError {
    Store(StoreError),
    Name {
        given: String,
        problem: NameProblem,
    },
    Recipient {
        given: String,
        problem: RecipientProblem,
    },
    /// `plan partner remove NAME` of no partner; `known` are the partners there are.
    NoSuchPartner {
        name: String,
        known: Vec<String>,
    },
    /// `plan sos` with a message longer than the limit.
    MessageTooLong {
        chars: usize,
    },
    /// `plan sos --clear` with no SOS open.
    NoOpenSos,
    /// `plan partner view` with no key given, and none made here.
    NoIdentity {
        path: PathBuf,
    },
    IdentityUnreadable {
        path: PathBuf,
        problem: ReadError,
    },
    /// A key file that holds neither an age key nor an SSH private key.
    NotAnIdentity {
        path: PathBuf,
    },
    /// An SSH key with a passphrase, which `plan` does not ask for.
    LockedSshKey {
        path: PathBuf,
    },
    /// `plan partner key --output FILE` where FILE holds something else.
    OutputTaken {
        path: PathBuf,
    },
    /// A folder with no `*.age` file in it.
    NoDigests {
        dir: PathBuf,
    },
    DigestUnreadable {
        path: PathBuf,
        problem: ReadError,
    },
    /// Not one of the `tried` files opens with the key at `key`.
    NotForThisKey {
        path: PathBuf,
        key: PathBuf,
        tried: usize,
    },
    NotADigest {
        path: PathBuf,
        problem: DigestProblem,
    },
    /// `plan sos` recorded the SOS, but its digests could not be written (`err`, worded).
    SosUnsent {
        err: String,
    },
}

impl From<StoreError> for PartnerError {
    fn from(err: StoreError) -> PartnerError {
        PartnerError::Store(err)
    }
}

/// A recipient a digest can be sealed to.
enum Recipient {
    Age(age::x25519::Recipient),
    Ssh(age::ssh::Recipient),
}

impl Recipient {
    fn seal(&self, bytes: &[u8]) -> Result<Vec<u8>, age::EncryptError> {
        match self {
            Recipient::Age(recipient) => age::encrypt(recipient, bytes),
            Recipient::Ssh(recipient) => age::encrypt(recipient, bytes),
        }
    }
}

/// Read a recipient: `age1…`, or an SSH public key (`ssh-ed25519 AAAA… comment`).
/// Returns it as it is kept (an SSH key without its comment) and its kind.
pub fn check_recipient(text: &str) -> Result<(String, RecipientKind), RecipientProblem> {
    let text = text.trim();
    if text.starts_with("AGE-SECRET-KEY-") || text.contains("PRIVATE KEY") {
        return Err(RecipientProblem::Secret);
    }
    if text.starts_with("age1") {
        let recipient = age::x25519::Recipient::from_str(text).map_err(|_| RecipientProblem::Invalid)?;
        return Ok((recipient.to_string(), RecipientKind::Age));
    }
    // The type and the key; a comment (often an email address) is not kept.
    let kept: Vec<&str> = text.split_whitespace().take(2).collect();
    let kept = kept.join(" ");
    match age::ssh::Recipient::from_str(&kept) {
        Ok(age::ssh::Recipient::SshEd25519(..)) => Ok((kept, RecipientKind::SshEd25519)),
        Ok(age::ssh::Recipient::SshRsa(..)) => Ok((kept, RecipientKind::SshRsa)),
        Err(age::ssh::ParseRecipientKeyError::Unsupported(kind)) => {
            Err(RecipientProblem::UnsupportedSsh(kind))
        }
        Err(
            age::ssh::ParseRecipientKeyError::RsaModulusTooLarge
            | age::ssh::ParseRecipientKeyError::RsaModulusTooSmall,
        ) => Err(RecipientProblem::RsaSize),
        Err(_) => Err(RecipientProblem::Invalid),
    }
}

fn recipient(text: &str) -> Option<Recipient> {
    if text.starts_with("age1") {
        age::x25519::Recipient::from_str(text).ok().map(Recipient::Age)
    } else {
        age::ssh::Recipient::from_str(text).ok().map(Recipient::Ssh)
    }
}

/// A partner's digest as this device writes it: whose, to what recipient, the JSON.
pub struct DigestOut {
    pub name: String,
    pub recipient: String,
    pub json: Vec<u8>,
}

/// What writing the digests did.
#[derive(Debug, Default)]
pub struct Written {
    /// The partners whose digest this device wrote.
    pub written: Vec<String>,
    /// The folders of partners no longer listed whose digest from this device went.
    pub removed: Vec<String>,
}

impl Home {
    /// Write this device's digest of the plan for each partner, as `make`
    /// computes them from the plan as it now is, under the lock (so a
    /// later change's digest is never overwritten by an earlier one's);
    /// and remove this device's digests of partners no longer listed.
    /// Nothing is written without a plan or a partner, old or new.
    pub fn write_digests(&self, make: impl FnOnce(&State) -> Vec<DigestOut>) -> Result<Written, StoreError> {
        self.digests_due.set(false);
        let dir = self.dir.join(PARTNERS);
        let _lock = self.exclusive()?;
        let state = match self.layout()? {
            Layout::Empty => return Ok(Written::default()),
            _ => self.peek()?,
        };
        let out = make(&state);
        let listed = files::names(&dir);
        if out.is_empty() && listed.is_empty() {
            return Ok(Written::default());
        }
        let device = self.config()?.device_or_create()?;
        let file = format!("{}.age", device.id.as_str());
        let mut written = Written::default();
        for digest in out {
            let Some(recipient) = recipient(&digest.recipient) else { continue };
            let sealed = recipient.seal(&digest.json).map_err(|err| StoreError::Io {
                action: Action::Encrypt,
                path: dir.join(&digest.name),
                source: io::Error::other(err.to_string()),
            })?;
            private_dir(&dir)?;
            let folder = dir.join(&digest.name);
            private_dir(&folder)?;
            files::remove_tmp_files(&folder, |target| target == file);
            files::write_atomic(&folder, &file, &sealed)
                .and_then(|()| files::sync_dir(&folder))
                .map_err(StoreError::io(Action::Write, folder.join(&file)))?;
            written.written.push(digest.name);
        }
        for name in listed {
            // Only a partner's folder: never another file there, such as a
            // sync engine's marker (Syncthing's `.stfolder`).
            if state.partner(&name).is_some() || crate::partner::check_name(&name) != Ok(name.as_str()) {
                continue;
            }
            let folder = dir.join(&name);
            let path = folder.join(&file);
            if files::is_file(&path) {
                fs::remove_file(&path).map_err(StoreError::io(Action::Write, &path))?;
                files::sync_dir(&folder).map_err(StoreError::io(Action::Write, &folder))?;
                written.removed.push(name);
            }
            // Only once no other device's digest is left in it.
            let _ = fs::remove_dir(&folder);
        }
        Ok(written)
    }

    /// Whether a change was committed in this run since the digests were last written.
    pub fn digests_due(&self) -> bool {
        self.digests_due.get()
    }

    /// The friend's key: made and kept (0600) at `output`, or in the config
    /// folder, unless one is there already. Returns its recipient, where it
    /// is, and whether it was made now.
    pub fn partner_key(&self, output: Option<&Path>) -> Result<(String, PathBuf, bool), PartnerError> {
        let config = self.config()?;
        let path = output.map_or_else(|| config.dir.join(PARTNER_KEY), Path::to_path_buf);
        match read_file(&path, true, MAX_SMALL) {
            Ok(bytes) => {
                let text = String::from_utf8_lossy(&bytes);
                let identity = super::crypto::parse_identity(&text)
                    .ok_or_else(|| PartnerError::OutputTaken { path: path.clone() })?;
                return Ok((identity.to_public().to_string(), path, false));
            }
            Err(ReadError::Missing) => {}
            Err(problem) => return Err(PartnerError::IdentityUnreadable { path, problem }),
        }
        let identity = age::x25519::Identity::generate();
        let recipient = identity.to_public().to_string();
        let created = chrono::DateTime::<chrono::Utc>::from_timestamp_millis(
            i64::try_from(crate::clock::now_ms()).unwrap_or(0),
        )
        .unwrap_or_default()
        .format("%Y-%m-%dT%H:%M:%SZ");
        // As `age-keygen` writes it, so `age -d -i` reads it too.
        let text = format!(
            "# created: {created}\n# public key: {recipient}\n{}\n",
            identity.to_string().expose_secret()
        );
        if output.is_none() {
            config.ensure()?;
        }
        super::write_private(&path, text.as_bytes())
            .map_err(|err| match err {
                super::OutputError::Io(err) => StoreError::io(Action::SaveKey, &path)(err),
                super::OutputError::NotAFile(what) => {
                    StoreError::Unreadable { path: path.clone(), problem: ReadError::NotAFile(what) }
                }
            })
            .map_err(PartnerError::Store)?;
        Ok((recipient, path, true))
    }

    /// The key `plan partner view` opens digests with: `given`, or the one
    /// `plan partner key` kept here.
    pub fn partner_identity(&self, given: Option<&Path>) -> Result<PartnerIdentity, PartnerError> {
        let (path, default) = match given {
            Some(path) => (path.to_path_buf(), false),
            None => (self.config()?.dir.join(PARTNER_KEY), true),
        };
        let bytes = match read_file(&path, true, MAX_SMALL) {
            Ok(bytes) => bytes,
            Err(ReadError::Missing) if default => return Err(PartnerError::NoIdentity { path }),
            Err(problem) => return Err(PartnerError::IdentityUnreadable { path, problem }),
        };
        let text = String::from_utf8_lossy(&bytes);
        if let Some(identity) = super::crypto::parse_identity(&text) {
            return Ok(PartnerIdentity { path, key: Key::Age(identity) });
        }
        match age::ssh::Identity::from_buffer(io::Cursor::new(bytes.as_slice()), None) {
            Ok(identity @ age::ssh::Identity::Unencrypted(_)) => {
                Ok(PartnerIdentity { path, key: Key::Ssh(identity) })
            }
            Ok(age::ssh::Identity::Encrypted(_)) => Err(PartnerError::LockedSshKey { path }),
            _ => Err(PartnerError::NotAnIdentity { path }),
        }
    }
}

/// A key that opens digests.
pub struct PartnerIdentity {
    pub path: PathBuf,
    key: Key,
}

enum Key {
    Age(age::x25519::Identity),
    Ssh(age::ssh::Identity),
}

/// Why one digest file did not open.
enum Unopened {
    NotForThisKey,
    Damaged(String),
}

impl PartnerIdentity {
    /// The JSON of a digest: decrypted, or as it is if it is not an age
    /// file (one `age -d` already decrypted).
    fn open(&self, bytes: &[u8]) -> Result<Vec<u8>, Unopened> {
        if !super::crypto::is_sealed(bytes) {
            return Ok(bytes.to_vec());
        }
        let opened = match &self.key {
            Key::Age(identity) => age::decrypt(identity, bytes),
            Key::Ssh(identity) => age::decrypt(identity, bytes),
        };
        opened.map_err(|err| match err {
            age::DecryptError::NoMatchingKeys => Unopened::NotForThisKey,
            other => Unopened::Damaged(other.to_string()),
        })
    }
}

/// The digests at `path` that `identity` opens, each with its file and its
/// JSON: the file itself, or every `*.age` file in the folder (a partner's
/// `partners/NAME/`, one digest for each device). Refused if none opens.
pub fn open_digests(
    path: &Path,
    identity: &PartnerIdentity,
) -> Result<Vec<(PathBuf, Vec<u8>)>, PartnerError> {
    let paths = match files::dir_state(path, true) {
        Ok(DirState::Folder(_)) => {
            let names = files::names_strict_at(path, true).map_err(StoreError::io(Action::List, path))?;
            let found: Vec<PathBuf> = names
                .iter()
                .filter(|name| {
                    Path::new(name).extension().is_some_and(|ext| ext == "age") && !name.starts_with('.')
                })
                .map(|name| path.join(name))
                .collect();
            if found.is_empty() {
                return Err(PartnerError::NoDigests { dir: path.to_path_buf() });
            }
            found
        }
        _ => vec![path.to_path_buf()],
    };
    let tried = paths.len();
    let mut opened = Vec::new();
    let mut damaged = None;
    for file in paths {
        let bytes = read_file(&file, true, MAX_SMALL)
            .map_err(|problem| PartnerError::DigestUnreadable { path: file.clone(), problem })?;
        match identity.open(&bytes) {
            Ok(json) => opened.push((file, json)),
            Err(Unopened::NotForThisKey) => {}
            Err(Unopened::Damaged(what)) => damaged = Some((file, what)),
        }
    }
    if opened.is_empty() {
        if let Some((path, what)) = damaged {
            return Err(PartnerError::NotADigest { path, problem: DigestProblem::NotADigest(what) });
        }
        return Err(PartnerError::NotForThisKey {
            path: path.to_path_buf(),
            key: identity.path.clone(),
            tried,
        });
    }
    Ok(opened)
}

/// Make `dir` (0700) if it is missing; refuse a link or a file in its place.
fn private_dir(dir: &Path) -> Result<(), StoreError> {
    match files::dir_state(dir, false).map_err(StoreError::io(Action::LookAt, dir))? {
        DirState::Folder(_) => Ok(()),
        DirState::Missing => {
            files::create_private_dir(dir).map_err(StoreError::io(Action::Create, dir))?;
            Ok(())
        }
        DirState::NotAFolder(what) => {
            Err(StoreError::NotAFolder { path: dir.to_path_buf(), what, home: false })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recipients_are_age_or_ssh_public_keys_and_never_secrets() {
        let identity = age::x25519::Identity::generate();
        let age = identity.to_public().to_string();
        assert_eq!(check_recipient(&format!(" {age} \n")), Ok((age.clone(), RecipientKind::Age)));
        let secret = identity.to_string().expose_secret().to_owned();
        assert_eq!(check_recipient(&secret), Err(RecipientProblem::Secret));
        assert_eq!(check_recipient("age1nope"), Err(RecipientProblem::Invalid));
        assert_eq!(check_recipient("hello"), Err(RecipientProblem::Invalid));
        let ed = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHsKLqeplhpW+uObz5dvMgjz1OxfM/XXUB+VHtZ6isGN";
        assert_eq!(
            check_recipient(&format!("{ed} alice@example.org")),
            Ok((ed.to_owned(), RecipientKind::SshEd25519))
        );
        let ecdsa = "ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBBHjTEg+ho4ZCzJ6E1nV4/ymOvBgUejmC4x6aiA6xYFyA4ZdZCKJvkVrPlOnvm4VZbM0x5yRcm0e/9CoGQ4qGN+I=";
        assert!(matches!(
            check_recipient(ecdsa),
            Err(RecipientProblem::UnsupportedSsh(_) | RecipientProblem::Invalid)
        ));
    }
}
