//! A/B updates of the appliance, sans-IO: no file, socket or clock is touched here.
//!
//! * [`bundle`]: the update bundle (a signed manifest followed by the root file system image)
//!   and a streaming reader that verifies the signed manifest before it hands out a single
//!   image byte, then hashes the image as it passes through.
//! * [`keys`]: Ed25519 key files and signatures. The format is our own, on ring (already in
//!   the binary for TLS): minisign's default signatures are prehashed with BLAKE2b (one more
//!   hash crate) and cover the whole file, while we only sign the small manifest whose
//!   SHA-256 covers the image, which is what lets the box check the image while receiving it.
//! * [`env`]: U-Boot's environment block (CRC32, optional redundant copy with a flags byte),
//!   the format of `fw_printenv`/`fw_setenv`.
//! * [`boot`]: RAUC's U-Boot protocol on top of it (`BOOT_ORDER`, `BOOT_A_LEFT`,
//!   `BOOT_B_LEFT`): switch to the freshly written slot, mark the booted slot good, and what
//!   the boot script does when tries run out.
//! * [`health`]: the post-update health check's verdict, with time as an input.

pub mod boot;
pub mod bundle;
mod crc32;
pub mod env;
pub mod health;
pub mod keys;

pub use boot::{BootState, Slot};
pub use bundle::{BundleError, BundleReader, Expect, Manifest};
pub use env::{Env, EnvError};
pub use keys::{KeyError, PublicKey, SecretKey};
