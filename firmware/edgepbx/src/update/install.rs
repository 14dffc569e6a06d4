//! Installing a bundle into the slot that is not running: the signed manifest is verified
//! before anything is touched; then the slot is marked bad (no tries, so a power cut in the
//! middle never boots a half-written slot), the image is streamed into it while hashed, and
//! only a complete image with the signed hash makes the slot the next boot.

use std::fs::OpenOptions;
use std::io::{Read, Seek, SeekFrom, Write};
use std::time::Instant;

use std::os::unix::io::AsRawFd;

use edgepbx_update::{BootState, BundleReader, Expect, Manifest, Slot};

use super::boot_env::BootEnv;
use super::system::UpdateConfig;
use super::versions;

/// Bytes read from the bundle at a time: the memory an update needs, whatever its size.
pub const CHUNK: usize = 256 * 1024;

pub struct Installed {
    pub manifest: Manifest,
    pub slot: Slot,
    pub millis: u128,
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
    // One writer per slot: a second apply (CLI or API) is refused while this one streams.
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
    let mut reader = BundleReader::new(Expect {
        key: super::trusted_key(),
        arch: std::env::consts::ARCH.to_string(),
        compatible: config.compatible.clone(),
        slot_size,
    });
    let mut written = false;
    let refused = |reason: String, written: bool| InstallError::Refused {
        reason,
        slot: target,
        written,
    };
    let mut buf = vec![0u8; CHUNK];
    loop {
        let n = match input.read(&mut buf) {
            Ok(0) => break,
            Ok(n) => n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(InstallError::Failed(format!("reading the bundle: {e}"))),
        };
        let fed = reader
            .feed(&buf[..n])
            .map_err(|e| refused(e.to_string(), written))?;
        if fed.verified {
            // From here on the slot's old content is gone for good: never boot it as it is.
            change_env(config, |state| state.mark_bad(target))?;
            versions::set(config, target, None).map_err(InstallError::Failed)?;
            written = true;
        }
        slot.write_all(fed.image)
            .map_err(|e| InstallError::Failed(format!("writing slot {target}: {e}")))?;
    }
    let manifest = reader
        .finish()
        .map_err(|e| refused(e.to_string(), written))?;
    slot.sync_all()
        .map_err(|e| InstallError::Failed(format!("writing slot {target}: {e}")))?;
    versions::set(config, target, Some(&manifest.version)).map_err(InstallError::Failed)?;
    change_env(config, |state| state.switch_to(target, config.attempts))?;
    Ok(Installed {
        manifest,
        slot: target,
        millis: started.elapsed().as_millis(),
    })
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
