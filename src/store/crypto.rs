//! Encryption at rest: every synced file of an encrypted plan is an age file
//! (X25519), to the one identity the person's devices share. The identity
//! lives only in the config folder, never in the synced one.

use crate::i18n::t;
use std::str::FromStr;

use age::secrecy::ExposeSecret;
use age::x25519::{Identity, Recipient};

/// Every age file starts with this line.
const AGE_HEADER: &[u8] = b"age-encryption.org/v1\n";

/// How this run reads and writes the synced files.
#[derive(Clone)]
pub struct Sealer {
    /// Set when the plan is encrypted: files are written to it.
    recipient: Option<Recipient>,
    /// The keys this device holds: the plan's first, if it holds it, then
    /// any others, kept to open what was encrypted to them (two devices
    /// that ran `plan encrypt` at once, each with a key of its own).
    identities: Vec<Identity>,
    /// Whether the first identity opens files sealed to `recipient` (worked out once).
    key: bool,
}

/// Why a file could not be opened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OpenError {
    /// Encrypted, and this device has no key.
    NoKey,
    /// Encrypted to a key this device does not hold.
    OtherKey,
    /// Damaged.
    Undecryptable(String),
}

impl Sealer {
    /// For a plan encrypted to `recipient` (or not), with the keys this device holds.
    pub fn new(recipient: Option<&str>, mut identities: Vec<Identity>) -> Result<Sealer, String> {
        let recipient = recipient
            .map(|text| {
                Recipient::from_str(text)
                    .map_err(|err| t!("store-not-a-recipient", text = text, err = err.to_string()))
            })
            .transpose()?;
        let key = match &recipient {
            Some(recipient) => {
                let plans = |identity: &Identity| identity.to_public().to_string() == recipient.to_string();
                // The plan's key first: it is the one that opens what it writes.
                identities.sort_by_key(|identity| !plans(identity));
                identities.first().is_some_and(plans)
            }
            None => true,
        };
        Ok(Sealer { recipient, identities, key })
    }

    pub fn plain() -> Sealer {
        Sealer { recipient: None, identities: Vec::new(), key: true }
    }

    /// For a plan not encrypted yet, with this device's identity at hand.
    pub fn plain_with(identity: Identity) -> Sealer {
        Sealer { recipient: None, identities: vec![identity], key: true }
    }

    /// For a plan encrypted to this device's own identity: what
    /// [`Sealer::new`] gives for its recipient, with nothing to parse.
    pub fn sealing_to(identity: Identity) -> Sealer {
        Sealer { recipient: Some(identity.to_public()), identities: vec![identity], key: true }
    }

    /// Whether this device holds any key at all.
    pub fn holds_any(&self) -> bool {
        !self.identities.is_empty()
    }

    /// Whether this device holds the key of `recipient` (`age1…`).
    pub fn holds(&self, recipient: &str) -> bool {
        self.identities.iter().any(|identity| identity.to_public().to_string() == recipient)
    }

    /// Whether `bytes` are as this plan writes them now: encrypted to its
    /// key when it is encrypted (and this device can tell), plain when not.
    pub fn is_current(&self, bytes: &[u8]) -> bool {
        match (&self.recipient, self.identities.first()) {
            (None, _) => true,
            (Some(_), Some(identity)) if self.key => {
                is_sealed(bytes) && age::decrypt(identity, bytes).is_ok()
            }
            (Some(_), _) => is_sealed(bytes),
        }
    }

    pub fn is_encrypted(&self) -> bool {
        self.recipient.is_some()
    }

    /// Whether this device has a key to open sealed files with at all.
    pub fn can_open_sealed(&self) -> bool {
        !self.identities.is_empty()
    }

    /// Whether this device holds the key the plan is encrypted to.
    pub fn has_key(&self) -> bool {
        self.key
    }

    /// Bytes as they go on disk.
    pub fn seal(&self, bytes: &[u8]) -> Vec<u8> {
        match &self.recipient {
            Some(recipient) => {
                age::encrypt(recipient, bytes).expect("encrypting to an X25519 recipient cannot fail")
            }
            None => bytes.to_vec(),
        }
    }

    /// Bytes as they were written, from an age file or a plain one.
    pub fn open(&self, bytes: &[u8]) -> Result<Vec<u8>, OpenError> {
        if !is_sealed(bytes) {
            return Ok(bytes.to_vec());
        }
        if self.identities.is_empty() {
            return Err(OpenError::NoKey);
        }
        let opened = age::Decryptor::new_buffered(bytes).and_then(|decryptor| {
            let mut reader =
                decryptor.decrypt(self.identities.iter().map(|identity| identity as &dyn age::Identity))?;
            let mut plain = Vec::new();
            std::io::Read::read_to_end(&mut reader, &mut plain)?;
            Ok(plain)
        });
        opened.map_err(|err| match err {
            age::DecryptError::NoMatchingKeys => OpenError::OtherKey,
            err => OpenError::Undecryptable(err.to_string()),
        })
    }
}

/// Whether bytes are an age file.
pub fn is_sealed(bytes: &[u8]) -> bool {
    bytes.starts_with(AGE_HEADER)
}

/// A new identity, and its text (`AGE-SECRET-KEY-1…`) to keep.
pub fn generate() -> (Identity, String) {
    let identity = Identity::generate();
    let text = identity.to_string().expose_secret().to_owned();
    (identity, text)
}

/// Read an identity from its text; the first `AGE-SECRET-KEY-` line counts.
pub fn parse_identity(text: &str) -> Option<Identity> {
    parse_identities(text).into_iter().next()
}

/// Every identity in a text, one `AGE-SECRET-KEY-` line each, in order.
pub fn parse_identities(text: &str) -> Vec<Identity> {
    text.lines()
        .map(str::trim)
        .filter(|line| line.starts_with("AGE-SECRET-KEY-"))
        .filter_map(|line| Identity::from_str(line).ok())
        .collect()
}

/// An identity's text, `AGE-SECRET-KEY-1…`, to keep.
pub fn identity_text(identity: &Identity) -> String {
    identity.to_string().expose_secret().to_owned()
}

/// The public half of an identity, `age1…`.
pub fn recipient_of(identity: &Identity) -> String {
    identity.to_public().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sealed_bytes_open_only_with_the_key() {
        let (identity, text) = generate();
        let recipient = recipient_of(&identity);
        let writer = Sealer::new(Some(&recipient), parse_identities(&text)).unwrap();
        let sealed = writer.seal(b"a private note");
        assert!(is_sealed(&sealed));
        assert!(!sealed.windows(7).any(|w| w == b"private"));
        assert_eq!(writer.open(&sealed).unwrap(), b"a private note");
        let stranger = Sealer::new(Some(&recipient), Vec::new()).unwrap();
        assert_eq!(stranger.open(&sealed), Err(OpenError::NoKey));
        assert!(!stranger.has_key());
        let (other, _) = generate();
        let wrong = Sealer::new(Some(&recipient), vec![other.clone()]).unwrap();
        assert_eq!(wrong.open(&sealed), Err(OpenError::OtherKey));
        assert!(matches!(writer.open(b"age-encryption.org/v1\nnot age"), Err(OpenError::Undecryptable(_))));
        assert_eq!(Sealer::plain().open(b"plain").unwrap(), b"plain");
        // With both keys, either opens: the plan's first.
        let both = Sealer::new(Some(&recipient), vec![other.clone(), identity]).unwrap();
        assert!(both.has_key() && both.holds(&recipient_of(&other)));
        assert_eq!(both.open(&sealed).unwrap(), b"a private note");
        let to_other = Sealer::sealing_to(other).seal(b"sealed to the other key");
        assert_eq!(both.open(&to_other).unwrap(), b"sealed to the other key");
        assert!(both.is_current(&sealed) && !both.is_current(&to_other) && !both.is_current(b"plain"));
    }

    #[test]
    fn a_plan_encrypted_to_this_devices_key_reads_as_it_is_then_opens() {
        let (identity, text) = generate();
        let to = Sealer::sealing_to(identity.clone());
        assert!(to.is_encrypted() && to.has_key());
        let as_read = Sealer::new(Some(&recipient_of(&identity)), parse_identities(&text)).unwrap();
        assert_eq!(as_read.open(&to.seal(b"a note")).unwrap(), b"a note");
        let from = Sealer::plain_with(identity);
        assert!(!from.is_encrypted() && from.has_key());
        assert_eq!(from.seal(b"a note"), b"a note");
    }
}
