//! Ed25519 update keys. Files are one line each: `edgepbx-update-public-v1 <base64 of the 32-byte
//! key>` and `edgepbx-update-secret-v1 <base64 of the PKCS#8 document>`. A key is named by its
//! id, the first 8 bytes of the SHA-256 of the public key, carried in every bundle so a box can
//! say which key signed a bundle it does not trust.

use std::fmt;

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use ring::rand::SecureRandom;
use ring::signature::{ED25519, Ed25519KeyPair, KeyPair, UnparsedPublicKey};
use sha2::{Digest, Sha256};

const PUBLIC_TAG: &str = "edgepbx-update-public-v1";
const SECRET_TAG: &str = "edgepbx-update-secret-v1";
pub const SIGNATURE_LEN: usize = 64;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum KeyError {
    /// Not a key file of this kind (wrong tag, bad base64, wrong length).
    Format(&'static str),
    Random,
}

impl fmt::Display for KeyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            KeyError::Format(kind) => write!(f, "not an edgepbx update {kind} key"),
            KeyError::Random => write!(f, "no randomness for a new key"),
        }
    }
}

impl std::error::Error for KeyError {}

#[derive(Clone, Copy, PartialEq, Eq)]
pub struct KeyId(pub [u8; 8]);

impl fmt::Display for KeyId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.iter().try_for_each(|b| write!(f, "{b:02x}"))
    }
}

impl fmt::Debug for KeyId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}

#[derive(Clone, PartialEq, Eq, Debug)]
pub struct PublicKey([u8; 32]);

impl PublicKey {
    pub fn parse(text: &str) -> Result<PublicKey, KeyError> {
        let bytes = parse_tagged(text, PUBLIC_TAG).ok_or(KeyError::Format("public"))?;
        Ok(PublicKey(
            bytes.try_into().map_err(|_| KeyError::Format("public"))?,
        ))
    }

    pub fn to_text(&self) -> String {
        format!("{PUBLIC_TAG} {}\n", STANDARD.encode(self.0))
    }

    pub fn id(&self) -> KeyId {
        let digest = Sha256::digest(self.0);
        KeyId(digest[..8].try_into().expect("8 of 32 bytes"))
    }

    pub fn verify(&self, message: &[u8], signature: &[u8]) -> bool {
        UnparsedPublicKey::new(&ED25519, &self.0)
            .verify(message, signature)
            .is_ok()
    }
}

pub struct SecretKey {
    pair: Ed25519KeyPair,
    pkcs8: Vec<u8>,
}

impl SecretKey {
    pub fn generate(rng: &dyn SecureRandom) -> Result<SecretKey, KeyError> {
        let doc = Ed25519KeyPair::generate_pkcs8(rng).map_err(|_| KeyError::Random)?;
        SecretKey::from_pkcs8(doc.as_ref().to_vec())
    }

    fn from_pkcs8(pkcs8: Vec<u8>) -> Result<SecretKey, KeyError> {
        let pair = Ed25519KeyPair::from_pkcs8(&pkcs8).map_err(|_| KeyError::Format("secret"))?;
        Ok(SecretKey { pair, pkcs8 })
    }

    pub fn parse(text: &str) -> Result<SecretKey, KeyError> {
        let bytes = parse_tagged(text, SECRET_TAG).ok_or(KeyError::Format("secret"))?;
        SecretKey::from_pkcs8(bytes)
    }

    pub fn to_text(&self) -> String {
        format!("{SECRET_TAG} {}\n", STANDARD.encode(&self.pkcs8))
    }

    pub fn public(&self) -> PublicKey {
        PublicKey(
            self.pair
                .public_key()
                .as_ref()
                .try_into()
                .expect("Ed25519 public keys are 32 bytes"),
        )
    }

    pub fn sign(&self, message: &[u8]) -> [u8; SIGNATURE_LEN] {
        self.pair
            .sign(message)
            .as_ref()
            .try_into()
            .expect("Ed25519 signatures are 64 bytes")
    }
}

fn parse_tagged(text: &str, tag: &str) -> Option<Vec<u8>> {
    let rest = text.trim().strip_prefix(tag)?;
    STANDARD.decode(rest.trim()).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use ring::rand::SystemRandom;

    #[test]
    fn files_round_trip_and_signatures_verify() {
        let secret = SecretKey::generate(&SystemRandom::new()).unwrap();
        let again = SecretKey::parse(&secret.to_text()).unwrap();
        let public = PublicKey::parse(&again.public().to_text()).unwrap();
        assert_eq!(public, secret.public());
        let sig = again.sign(b"manifest");
        assert!(public.verify(b"manifest", &sig));
        assert!(!public.verify(b"manifesT", &sig));
        assert_eq!(public.id().to_string().len(), 16);
    }

    #[test]
    fn wrong_files_are_refused() {
        let secret = SecretKey::generate(&SystemRandom::new()).unwrap();
        assert!(PublicKey::parse(&secret.to_text()).is_err());
        assert!(SecretKey::parse(&secret.public().to_text()).is_err());
        assert!(PublicKey::parse("edgepbx-update-public-v1 AAAA").is_err());
        assert!(PublicKey::parse("edgepbx-update-public-v1 !!").is_err());
    }
}
