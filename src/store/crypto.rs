//! Encryption at rest: every synced file of an encrypted plan is an age file
//! (X25519), to the one identity the person's devices share. The identity
//! lives only in the config folder, never in the synced one.

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
    /// This device's identity, if it has one.
    identity: Option<Identity>,
    /// Whether that identity opens files sealed to `recipient` (worked out once).
    key: bool,
}

/// Why a file could not be opened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OpenError {
    /// Encrypted, and this device has no key.
    NoKey,
    /// Encrypted to another key, or damaged.
    Undecryptable(String),
}

impl Sealer {
    /// For a plan encrypted to `recipient` (or not), with this device's identity.
    pub fn new(recipient: Option<&str>, identity: Option<Identity>) -> Result<Sealer, String> {
        let recipient = recipient
            .map(|text| {
                Recipient::from_str(text).map_err(|err| format!("`{text}` is not an age recipient: {err}"))
            })
            .transpose()?;
        let key = match (&recipient, &identity) {
            (Some(recipient), Some(identity)) => identity.to_public().to_string() == recipient.to_string(),
            (Some(_), None) => false,
            (None, _) => true,
        };
        Ok(Sealer { recipient, identity, key })
    }

    pub fn plain() -> Sealer {
        Sealer { recipient: None, identity: None, key: true }
    }

    /// For a plan not encrypted yet, with this device's identity at hand.
    pub fn plain_with(identity: Identity) -> Sealer {
        Sealer { recipient: None, identity: Some(identity), key: true }
    }

    /// For a plan encrypted to this device's own identity: what
    /// [`Sealer::new`] gives for its recipient, with nothing to parse.
    pub fn sealing_to(identity: Identity) -> Sealer {
        Sealer { recipient: Some(identity.to_public()), identity: Some(identity), key: true }
    }

    pub fn is_encrypted(&self) -> bool {
        self.recipient.is_some()
    }

    /// Whether this device has a key to open sealed files with at all.
    pub fn can_open_sealed(&self) -> bool {
        self.identity.is_some()
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
        let identity = self.identity.as_ref().ok_or(OpenError::NoKey)?;
        age::decrypt(identity, bytes).map_err(|err| OpenError::Undecryptable(err.to_string()))
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
    text.lines()
        .map(str::trim)
        .find(|line| line.starts_with("AGE-SECRET-KEY-"))
        .and_then(|line| Identity::from_str(line).ok())
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
        let writer = Sealer::new(Some(&recipient), parse_identity(&text)).unwrap();
        let sealed = writer.seal(b"a private note");
        assert!(is_sealed(&sealed));
        assert!(!sealed.windows(7).any(|w| w == b"private"));
        assert_eq!(writer.open(&sealed).unwrap(), b"a private note");
        let stranger = Sealer::new(Some(&recipient), None).unwrap();
        assert_eq!(stranger.open(&sealed), Err(OpenError::NoKey));
        assert!(!stranger.has_key());
        let (other, _) = generate();
        let wrong = Sealer::new(Some(&recipient), Some(other)).unwrap();
        assert!(matches!(wrong.open(&sealed), Err(OpenError::Undecryptable(_))));
        assert_eq!(Sealer::plain().open(b"plain").unwrap(), b"plain");
    }

    #[test]
    fn a_plan_encrypted_to_this_devices_key_reads_as_it_is_then_opens() {
        let (identity, text) = generate();
        let to = Sealer::sealing_to(identity.clone());
        assert!(to.is_encrypted() && to.has_key());
        let as_read = Sealer::new(Some(&recipient_of(&identity)), parse_identity(&text)).unwrap();
        assert_eq!(as_read.open(&to.seal(b"a note")).unwrap(), b"a note");
        let from = Sealer::plain_with(identity);
        assert!(!from.is_encrypted() && from.has_key());
        assert_eq!(from.seal(b"a note"), b"a note");
    }
}
