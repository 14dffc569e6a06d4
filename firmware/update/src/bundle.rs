//! The update bundle and its streaming reader.
//!
//! Layout (all before the image is the header, and all of the header but the signature is
//! signed):
//!
//! ```text
//! "EPXBNDL1"          8 bytes magic
//! key id              8 bytes: which key signed it (keys::KeyId)
//! manifest length     u32 big-endian, at most MAX_MANIFEST
//! manifest            JSON: {"format":1,"version","arch","compatible","rootfs_size","rootfs_sha256"}
//! signature           64 bytes Ed25519 over everything above
//! rootfs image        rootfs_size bytes, SHA-256 = rootfs_sha256
//! ```
//!
//! The reader verifies the signature, the architecture, the compatible string and the size
//! before it returns the first image byte, so a bundle refused for those reasons has written
//! nothing; the image hash is checked by [`BundleReader::finish`], before the caller may write
//! the image into the slot (the box spools it until then).

use std::fmt;

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::keys::{KeyId, PublicKey, SIGNATURE_LEN, SecretKey};

pub const MAGIC: &[u8; 8] = b"EPXBNDL1";
pub const MAX_MANIFEST: usize = 16 * 1024;
const FIXED: usize = 8 + 8 + 4;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Manifest {
    pub format: u32,
    pub version: String,
    /// Target architecture as Rust names it (`std::env::consts::ARCH`): aarch64, arm, x86_64.
    pub arch: String,
    /// The board family the image is for (the system config's `compatible`).
    pub compatible: String,
    pub rootfs_size: u64,
    /// Lower-case hex.
    pub rootfs_sha256: String,
}

/// What this box accepts.
#[derive(Debug, Clone)]
pub struct Expect {
    pub key: PublicKey,
    pub arch: String,
    pub compatible: String,
    /// The size of the slot the image goes to.
    pub slot_size: u64,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BundleError {
    NotABundle,
    UnknownKey { bundle: KeyId, trusted: KeyId },
    BadSignature,
    BadManifest(String),
    WrongArch { bundle: String, this_box: String },
    WrongCompatible { bundle: String, this_box: String },
    TooLarge { rootfs: u64, slot: u64 },
    TruncatedHeader,
    Truncated { got: u64, expected: u64 },
    HashMismatch,
    TrailingData,
}

impl fmt::Display for BundleError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BundleError::NotABundle => write!(f, "not an edgepbx update bundle (bad magic)"),
            BundleError::UnknownKey { bundle, trusted } => write!(
                f,
                "bundle signed by key {bundle}, this box trusts only key {trusted}"
            ),
            BundleError::BadSignature => write!(f, "bad signature on the bundle manifest"),
            BundleError::BadManifest(e) => write!(f, "bad bundle manifest: {e}"),
            BundleError::WrongArch { bundle, this_box } => write!(
                f,
                "bundle is for architecture {bundle}, this box is {this_box}"
            ),
            BundleError::WrongCompatible { bundle, this_box } => {
                write!(f, "bundle is for {bundle}, this box is {this_box}")
            }
            BundleError::TooLarge { rootfs, slot } => write!(
                f,
                "root file system of {rootfs} bytes does not fit the {slot}-byte slot"
            ),
            BundleError::TruncatedHeader => write!(f, "bundle truncated inside its header"),
            BundleError::Truncated { got, expected } => write!(
                f,
                "bundle truncated: {got} of {expected} root file system bytes"
            ),
            BundleError::HashMismatch => {
                write!(
                    f,
                    "root file system SHA-256 does not match the signed manifest"
                )
            }
            BundleError::TrailingData => write!(f, "bytes after the root file system image"),
        }
    }
}

impl std::error::Error for BundleError {}

pub fn sha256_hex(digest: &[u8]) -> String {
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

/// The header of a bundle for `manifest`, signed with `key`; the image follows it.
pub fn header(manifest: &Manifest, key: &SecretKey) -> Vec<u8> {
    let json = serde_json::to_vec(manifest).expect("a manifest serialises");
    let mut out = Vec::with_capacity(FIXED + json.len() + SIGNATURE_LEN);
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&key.public().id().0);
    out.extend_from_slice(&(json.len() as u32).to_be_bytes());
    out.extend_from_slice(&json);
    let signature = key.sign(&out);
    out.extend_from_slice(&signature);
    out
}

enum State {
    /// Collecting the header bytes.
    Header(Vec<u8>),
    /// Passing image bytes through.
    Image {
        manifest: Manifest,
        hasher: Sha256,
        seen: u64,
    },
    Failed(BundleError),
}

/// Feeds on a bundle chunk by chunk; see the module comment.
pub struct BundleReader {
    expect: Expect,
    state: State,
}

/// What one chunk gave.
#[derive(Debug, PartialEq, Eq)]
pub struct Fed<'a> {
    /// True on the chunk that completed and verified the header.
    pub verified: bool,
    /// Image bytes to write at the current offset of the slot.
    pub image: &'a [u8],
}

impl BundleReader {
    pub fn new(expect: Expect) -> BundleReader {
        BundleReader {
            expect,
            state: State::Header(Vec::new()),
        }
    }

    /// The verified manifest, once the header is through.
    pub fn manifest(&self) -> Option<&Manifest> {
        match &self.state {
            State::Image { manifest, .. } => Some(manifest),
            _ => None,
        }
    }

    pub fn feed<'a>(&mut self, mut input: &'a [u8]) -> Result<Fed<'a>, BundleError> {
        let mut verified = false;
        while let State::Header(buf) = &mut self.state {
            // Check what can be checked as soon as it arrives: a wrong magic or manifest
            // length fails without waiting for (or buffering) more.
            if buf.len() >= 8 && buf[..8] != MAGIC[..] {
                return self.fail(BundleError::NotABundle);
            }
            let need = if buf.len() < FIXED {
                FIXED
            } else {
                let len = manifest_len(buf);
                if len > MAX_MANIFEST {
                    return self.fail(BundleError::BadManifest("longer than 16 KiB".into()));
                }
                FIXED + len + SIGNATURE_LEN
            };
            if buf.len() == need && need > FIXED {
                let manifest = match verify_header(buf, &self.expect) {
                    Ok(m) => m,
                    Err(e) => return self.fail(e),
                };
                self.state = State::Image {
                    manifest,
                    hasher: Sha256::new(),
                    seen: 0,
                };
                verified = true;
                break;
            }
            if input.is_empty() {
                return Ok(Fed {
                    verified: false,
                    image: &[],
                });
            }
            let take = (need - buf.len()).min(input.len());
            buf.extend_from_slice(&input[..take]);
            input = &input[take..];
        }
        match &mut self.state {
            State::Image {
                manifest,
                hasher,
                seen,
            } => {
                if input.len() as u64 > manifest.rootfs_size - *seen {
                    return self.fail(BundleError::TrailingData);
                }
                hasher.update(input);
                *seen += input.len() as u64;
                Ok(Fed {
                    verified,
                    image: input,
                })
            }
            State::Failed(e) => Err(e.clone()),
            State::Header(_) => unreachable!("the loop runs until the header is done"),
        }
    }

    fn fail<T>(&mut self, e: BundleError) -> Result<T, BundleError> {
        self.state = State::Failed(e.clone());
        Err(e)
    }

    /// The end of the bundle: every image byte seen and its hash the signed one.
    pub fn finish(self) -> Result<Manifest, BundleError> {
        match self.state {
            State::Image {
                manifest,
                hasher,
                seen,
            } => {
                if seen < manifest.rootfs_size {
                    return Err(BundleError::Truncated {
                        got: seen,
                        expected: manifest.rootfs_size,
                    });
                }
                if sha256_hex(&hasher.finalize()) != manifest.rootfs_sha256 {
                    return Err(BundleError::HashMismatch);
                }
                Ok(manifest)
            }
            State::Header(_) => Err(BundleError::TruncatedHeader),
            State::Failed(e) => Err(e),
        }
    }
}

fn manifest_len(buf: &[u8]) -> usize {
    u32::from_be_bytes(buf[16..20].try_into().expect("4 bytes")) as usize
}

fn verify_header(buf: &[u8], expect: &Expect) -> Result<Manifest, BundleError> {
    let signed_len = buf.len() - SIGNATURE_LEN;
    let bundle_key = KeyId(buf[8..16].try_into().expect("8 bytes"));
    let trusted = expect.key.id();
    if bundle_key != trusted {
        return Err(BundleError::UnknownKey {
            bundle: bundle_key,
            trusted,
        });
    }
    if !expect.key.verify(&buf[..signed_len], &buf[signed_len..]) {
        return Err(BundleError::BadSignature);
    }
    let manifest: Manifest = serde_json::from_slice(&buf[FIXED..signed_len])
        .map_err(|e| BundleError::BadManifest(e.to_string()))?;
    if manifest.format != 1 {
        return Err(BundleError::BadManifest(format!(
            "format {} unknown",
            manifest.format
        )));
    }
    if manifest.rootfs_sha256.len() != 64 {
        return Err(BundleError::BadManifest(
            "rootfs_sha256 is not 64 hex digits".into(),
        ));
    }
    if manifest.arch != expect.arch {
        return Err(BundleError::WrongArch {
            bundle: manifest.arch,
            this_box: expect.arch.clone(),
        });
    }
    if manifest.compatible != expect.compatible {
        return Err(BundleError::WrongCompatible {
            bundle: manifest.compatible,
            this_box: expect.compatible.clone(),
        });
    }
    if manifest.rootfs_size > expect.slot_size {
        return Err(BundleError::TooLarge {
            rootfs: manifest.rootfs_size,
            slot: expect.slot_size,
        });
    }
    Ok(manifest)
}

#[cfg(test)]
mod tests {
    use super::*;
    use ring::rand::SystemRandom;

    fn key() -> SecretKey {
        SecretKey::generate(&SystemRandom::new()).unwrap()
    }

    fn bundle(key: &SecretKey, arch: &str, image: &[u8]) -> Vec<u8> {
        let manifest = Manifest {
            format: 1,
            version: "2.0".into(),
            arch: arch.into(),
            compatible: "edgepbx-test".into(),
            rootfs_size: image.len() as u64,
            rootfs_sha256: sha256_hex(&Sha256::digest(image)),
        };
        let mut out = header(&manifest, key);
        out.extend_from_slice(image);
        out
    }

    fn expect(key: &SecretKey) -> Expect {
        Expect {
            key: key.public(),
            arch: "aarch64".into(),
            compatible: "edgepbx-test".into(),
            slot_size: 1 << 20,
        }
    }

    /// Feeds the bundle in chunks of `chunk` bytes; returns the image bytes handed out and
    /// whether they came only after the header was verified.
    fn run(reader: &mut BundleReader, bytes: &[u8], chunk: usize) -> Result<Vec<u8>, BundleError> {
        let mut image = Vec::new();
        let mut verified = false;
        for part in bytes.chunks(chunk) {
            let fed = reader.feed(part)?;
            verified |= fed.verified;
            assert!(fed.image.is_empty() || verified);
            image.extend_from_slice(fed.image);
        }
        Ok(image)
    }

    #[test]
    fn good_bundle_streams_in_any_chunk_size() {
        let key = key();
        let image: Vec<u8> = (0..5000u32).map(|i| (i % 251) as u8).collect();
        let bytes = bundle(&key, "aarch64", &image);
        for chunk in [1, 7, 19, 20, 21, 100, 4096, bytes.len()] {
            let mut reader = BundleReader::new(expect(&key));
            assert_eq!(
                run(&mut reader, &bytes, chunk).unwrap(),
                image,
                "chunk {chunk}"
            );
            assert_eq!(reader.finish().unwrap().version, "2.0");
        }
    }

    #[test]
    fn refused_before_any_image_byte() {
        let key = key();
        let image = vec![7u8; 3000];
        let other = self::key();
        type IsExpected = fn(&BundleError) -> bool;
        let cases: Vec<(Vec<u8>, Expect, IsExpected)> = vec![
            (bundle(&other, "aarch64", &image), expect(&key), |e| {
                matches!(e, BundleError::UnknownKey { .. })
            }),
            (bundle(&key, "x86_64", &image), expect(&key), |e| {
                matches!(e, BundleError::WrongArch { .. })
            }),
            (
                bundle(&key, "aarch64", &image),
                Expect {
                    compatible: "other-board".into(),
                    ..expect(&key)
                },
                |e| matches!(e, BundleError::WrongCompatible { .. }),
            ),
            (
                bundle(&key, "aarch64", &image),
                Expect {
                    slot_size: 100,
                    ..expect(&key)
                },
                |e| matches!(e, BundleError::TooLarge { .. }),
            ),
            (image.clone(), expect(&key), |e| {
                *e == BundleError::NotABundle
            }),
        ];
        for (bytes, expect, is_expected) in cases {
            let mut reader = BundleReader::new(expect);
            let err = run(&mut reader, &bytes, 512).unwrap_err();
            assert!(is_expected(&err), "{err}");
        }
    }

    #[test]
    fn tampered_manifest_fails_the_signature() {
        let key = key();
        let mut bytes = bundle(&key, "aarch64", &[1; 100]);
        let at = bytes.windows(3).position(|w| w == b"2.0").unwrap();
        bytes[at] = b'9';
        let mut reader = BundleReader::new(expect(&key));
        assert_eq!(run(&mut reader, &bytes, 64), Err(BundleError::BadSignature));
    }

    #[test]
    fn tampered_image_fails_the_hash_at_the_end() {
        let key = key();
        let mut bytes = bundle(&key, "aarch64", &[1; 1000]);
        let last = bytes.len() - 1;
        bytes[last] ^= 1;
        let mut reader = BundleReader::new(expect(&key));
        run(&mut reader, &bytes, 64).unwrap();
        assert_eq!(reader.finish(), Err(BundleError::HashMismatch));
    }

    #[test]
    fn truncated_and_overlong_bundles() {
        let key = key();
        let bytes = bundle(&key, "aarch64", &[1; 1000]);
        let mut reader = BundleReader::new(expect(&key));
        run(&mut reader, &bytes[..bytes.len() - 10], 64).unwrap();
        assert_eq!(
            reader.finish(),
            Err(BundleError::Truncated {
                got: 990,
                expected: 1000
            })
        );
        let mut reader = BundleReader::new(expect(&key));
        run(&mut reader, &bytes[..30], 64).unwrap();
        assert_eq!(reader.finish(), Err(BundleError::TruncatedHeader));
        let mut longer = bytes.clone();
        longer.push(0);
        let mut reader = BundleReader::new(expect(&key));
        assert_eq!(
            run(&mut reader, &longer, 64),
            Err(BundleError::TrailingData)
        );
    }

    #[test]
    fn huge_manifest_length_is_refused_without_buffering() {
        let mut bytes = MAGIC.to_vec();
        bytes.extend_from_slice(&[0; 8]);
        bytes.extend_from_slice(&u32::MAX.to_be_bytes());
        bytes.extend_from_slice(&[0; 100]);
        let mut reader = BundleReader::new(expect(&key()));
        assert!(matches!(
            run(&mut reader, &bytes, 7),
            Err(BundleError::BadManifest(_))
        ));
        let mut reader = BundleReader::new(expect(&key()));
        assert!(matches!(
            run(&mut reader, &bytes, 4096),
            Err(BundleError::BadManifest(_))
        ));
    }
}
