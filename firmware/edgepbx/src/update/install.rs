//! Installing a bundle into the slot that is not running: the signed manifest is verified
//! before anything is touched; the image is received into the spool on the data partition
//! while hashed (see `spool.rs` for why), and only an image with the signed hash goes on:
//! the slot is marked bad (no tries, so a power cut in the middle never boots a half-written
//! slot), the image is copied into it while hashed again, and only then does the slot become
//! the next boot. A refused bundle of any kind has written nothing to the slot.

use std::fs::{File, OpenOptions};
use std::io::{Read, Seek, SeekFrom, Write};
use std::time::Instant;

use std::os::unix::io::AsRawFd;

use edgepbx_update::bundle::sha256_hex;
use edgepbx_update::{BootState, BundleReader, Expect, Manifest, Slot};
use sha2::{Digest, Sha256};

use super::boot_env::BootEnv;
use super::spool::{self, Spool, SpoolError};
use super::system::UpdateConfig;
use super::versions;

/// Bytes read from the bundle at a time: the memory an update needs, whatever its size.
pub const CHUNK: usize = 256 * 1024;

pub struct Installed {
    pub manifest: Manifest,
    pub slot: Slot,
    /// From the first byte received to the slot made the next boot.
    pub millis: u128,
    /// Of that, copying the proven image from the spool into the slot.
    pub slot_millis: u128,
}

#[derive(Debug)]
pub enum InstallError {
    /// The bundle is not acceptable; `written` says whether the other slot was touched.
    Refused {
        reason: String,
        slot: Slot,
        written: bool,
    },
    /// Another update is writing the slot.
    Busy(String),
    /// The data partition has no room to spool the image; nothing was written.
    NoRoom(String),
    /// The box could not do it (config, environment, device, reading the upload).
    Failed(String),
}

impl std::fmt::Display for InstallError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            InstallError::Refused {
                reason,
                slot: _,
                written: false,
            } => write!(
                f,
                "update refused: {reason}; nothing was written and the boot order is unchanged"
            ),
            InstallError::Refused {
                reason,
                slot,
                written: true,
            } => write!(
                f,
                "update refused: {reason}; slot {slot} was partly written and is marked bad, \
                 the boot order is unchanged"
            ),
            InstallError::Busy(e) => write!(f, "update not started: {e}"),
            InstallError::NoRoom(e) => write!(
                f,
                "update refused: {e}; nothing was written and the boot order is unchanged"
            ),
            InstallError::Failed(e) => write!(f, "update failed: {e}"),
        }
    }
}

pub fn install(config: &UpdateConfig, input: &mut dyn Read) -> Result<Installed, InstallError> {
    let started = Instant::now();
    let booted = config.booted_slot().map_err(InstallError::Failed)?;
    let target = booted.other();
    // The other slot is the way back while the running one is on trial: keep it.
    let (_, pending) = super::status::booted_tries(config).map_err(InstallError::Failed)?;
    if pending {
        return Err(InstallError::Busy(format!(
            "slot {booted} is running on trial (not yet marked good) and slot {target} is the way \
             back to a good system; wait for the health check (or `edgepbx update mark-good`)"
        )));
    }
    let slot_path = config.slot_path(target);
    let mut slot = OpenOptions::new()
        .write(true)
        .open(slot_path)
        .map_err(|e| InstallError::Failed(format!("slot {target} {}: {e}", slot_path.display())))?;
    // One writer per slot (and so per spool): a second apply (CLI or API) is refused while
    // this one runs.
    // SAFETY: flock on a descriptor we own; released when the file is closed.
    if unsafe { libc::flock(slot.as_raw_fd(), libc::LOCK_EX | libc::LOCK_NB) } != 0 {
        return Err(InstallError::Busy(format!(
            "slot {target} is being written by another update"
        )));
    }
    let slot_size = slot
        .seek(SeekFrom::End(0))
        .and_then(|n| slot.seek(SeekFrom::Start(0)).map(|_| n))
        .map_err(|e| InstallError::Failed(format!("slot {target}: {e}")))?;
    spool::remove_leftover(&config.spool_dir);
    let refused = |reason: String, written: bool| InstallError::Refused {
        reason,
        slot: target,
        written,
    };
    let (manifest, mut spooled) =
        receive(config, slot_size, input).map_err(|e| e.into_install_error(&refused))?;
    let received = started.elapsed();
    // Proven whole: from here on the slot's old content is gone for good, so it is never
    // booted as it is (a power cut in the copy leaves it bad and the running slot boots).
    change_env(config, |state| state.mark_bad(target))?;
    versions::set(config, target, None).map_err(InstallError::Failed)?;
    copy_into_slot(&mut spooled, &mut slot, &manifest)
        .map_err(|e| InstallError::Failed(format!("writing slot {target}: {e}")))?;
    drop(spooled);
    versions::set(config, target, Some(&manifest.version)).map_err(InstallError::Failed)?;
    change_env(config, |state| state.switch_to(target, config.attempts))?;
    Ok(Installed {
        manifest,
        slot: target,
        millis: started.elapsed().as_millis(),
        slot_millis: (started.elapsed() - received).as_millis(),
    })
}

/// Why the bundle was not received whole: refused, or the box failed.
enum ReceiveError {
    Refused(String),
    NoRoom(String),
    Failed(String),
}

impl ReceiveError {
    fn into_install_error(self, refused: &impl Fn(String, bool) -> InstallError) -> InstallError {
        match self {
            ReceiveError::Refused(reason) => refused(reason, false),
            ReceiveError::NoRoom(reason) => InstallError::NoRoom(reason),
            ReceiveError::Failed(reason) => InstallError::Failed(reason),
        }
    }
}

/// Takes the bundle: its signed header is checked first, then the image goes to the spool
/// while hashed; a bundle that ends up refused has touched only the spool (removed on drop).
fn receive(
    config: &UpdateConfig,
    slot_size: u64,
    input: &mut dyn Read,
) -> Result<(Manifest, Spool), ReceiveError> {
    let mut reader = BundleReader::new(Expect {
        key: super::trusted_key(),
        arch: std::env::consts::ARCH.to_string(),
        compatible: config.compatible.clone(),
        slot_size,
    });
    let mut spooled: Option<Spool> = None;
    let mut buf = vec![0u8; CHUNK];
    loop {
        let n = match input.read(&mut buf) {
            Ok(0) => break,
            Ok(n) => n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(ReceiveError::Failed(format!("reading the bundle: {e}"))),
        };
        let fed = reader
            .feed(&buf[..n])
            .map_err(|e| ReceiveError::Refused(e.to_string()))?;
        if fed.verified {
            let size = reader.manifest().map_or(0, |m| m.rootfs_size);
            spooled = Some(
                Spool::create(&config.spool_dir, size, config.spool_keep_free).map_err(
                    |e| match e {
                        SpoolError::NoRoom { .. } => ReceiveError::NoRoom(e.to_string()),
                        SpoolError::Io(e) => ReceiveError::Failed(format!("the spool: {e}")),
                    },
                )?,
            );
        }
        if let Some(spool) = spooled.as_mut() {
            spool
                .write_all(fed.image)
                .map_err(|e| ReceiveError::Failed(format!("writing the spool: {e}")))?;
        }
    }
    let manifest = reader
        .finish()
        .map_err(|e| ReceiveError::Refused(e.to_string()))?;
    let spooled =
        spooled.ok_or_else(|| ReceiveError::Failed("no spool after the header".into()))?;
    Ok((manifest, spooled))
}

/// Copies the spooled image into the slot, hashing it again: what lands in the slot is what
/// was signed, even if the spool changed on the data partition in the meantime.
fn copy_into_slot(spooled: &mut Spool, slot: &mut File, manifest: &Manifest) -> Result<(), String> {
    spooled.rewind().map_err(|e| format!("the spool: {e}"))?;
    let mut hasher = Sha256::new();
    let mut buf = vec![0u8; CHUNK];
    let mut copied = 0u64;
    while copied < manifest.rootfs_size {
        let want = (manifest.rootfs_size - copied).min(CHUNK as u64) as usize;
        let n = match spooled.read(&mut buf[..want]) {
            Ok(0) => return Err(format!("the spool ended at {copied} bytes")),
            Ok(n) => n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(format!("reading the spool: {e}")),
        };
        hasher.update(&buf[..n]);
        slot.write_all(&buf[..n]).map_err(|e| e.to_string())?;
        copied += n as u64;
    }
    if sha256_hex(&hasher.finalize()) != manifest.rootfs_sha256 {
        return Err(
            "the spooled image changed on the data partition before it was copied; \
                    the slot stays marked bad"
                .into(),
        );
    }
    slot.sync_all().map_err(|e| e.to_string())
}

/// One short locked read-modify-write of the boot environment.
fn change_env(
    config: &UpdateConfig,
    change: impl FnOnce(&mut BootState),
) -> Result<(), InstallError> {
    let mut boot_env = BootEnv::open(config).map_err(InstallError::Failed)?;
    let mut state = boot_env.boot_state();
    change(&mut state);
    boot_env.set_boot_state(&state);
    boot_env.save().map_err(InstallError::Failed)
}
