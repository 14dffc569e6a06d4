//! Reading and writing U-Boot's environment where the system config says it lives: a file or
//! a byte range of a block device, one copy or two. The format is `edgepbx_update::env`.

use std::fs::{File, OpenOptions};
use std::os::unix::fs::FileExt;
use std::os::unix::io::AsRawFd;

use edgepbx_update::env::{self, Current};
use edgepbx_update::{BootState, Env};

use super::system::UpdateConfig;

pub struct BootEnv<'a> {
    config: &'a UpdateConfig,
    file: File,
    current: Current,
    pub env: Env,
}

impl<'a> BootEnv<'a> {
    /// Opens the environment for a change and takes an exclusive lock on it (so a CLI command
    /// and the running PBX never interleave their read-modify-write), then reads it. The lock
    /// is held until this value is dropped: keep it short.
    pub fn open(config: &'a UpdateConfig) -> Result<BootEnv<'a>, String> {
        Self::open_locked(config, libc::LOCK_EX)
    }

    /// Opens the environment to read it (a shared lock: waits for a change being saved).
    pub fn read_only(config: &'a UpdateConfig) -> Result<BootEnv<'a>, String> {
        Self::open_locked(config, libc::LOCK_SH)
    }

    fn open_locked(config: &'a UpdateConfig, lock: libc::c_int) -> Result<BootEnv<'a>, String> {
        let path = &config.env;
        let file = OpenOptions::new()
            .read(true)
            .write(true)
            .open(path)
            .map_err(|e| format!("boot environment {}: {e}", path.display()))?;
        // SAFETY: flock on a descriptor we own; it is released when the file is closed.
        if unsafe { libc::flock(file.as_raw_fd(), lock) } != 0 {
            let e = std::io::Error::last_os_error();
            return Err(format!("boot environment {}: lock: {e}", path.display()));
        }
        let mut copies = vec![read_at(&file, config.env_offset, config.env_size, path)?];
        if let Some(offset) = config.env_redundant_offset {
            copies.push(read_at(&file, offset, config.env_size, path)?);
        }
        let refs: Vec<&[u8]> = copies.iter().map(Vec::as_slice).collect();
        let (env, current) =
            env::read(&refs).map_err(|e| format!("boot environment {}: {e}", path.display()))?;
        Ok(BootEnv {
            config,
            file,
            current,
            env,
        })
    }

    pub fn boot_state(&self) -> BootState {
        BootState::from_env(&self.env)
    }

    pub fn set_boot_state(&mut self, state: &BootState) {
        state.apply_to(&mut self.env);
    }

    /// Writes the environment back durably (to the other copy when there are two).
    pub fn save(&mut self) -> Result<(), String> {
        let path = &self.config.env;
        let (index, block) = env::write(&self.env, self.config.env_size, self.current)
            .map_err(|e| format!("boot environment {}: {e}", path.display()))?;
        let offset = match index {
            0 => self.config.env_offset,
            _ => self
                .config
                .env_redundant_offset
                .expect("a second copy is written only when configured"),
        };
        self.file
            .write_all_at(&block, offset)
            .and_then(|()| self.file.sync_all())
            .map_err(|e| format!("boot environment {}: {e}", path.display()))?;
        self.current = Current {
            index,
            flags: self.current.flags.map(|f| f.wrapping_add(1)),
        };
        Ok(())
    }
}

fn read_at(
    file: &File,
    offset: u64,
    size: usize,
    path: &std::path::Path,
) -> Result<Vec<u8>, String> {
    let mut block = vec![0u8; size];
    file.read_exact_at(&mut block, offset)
        .map_err(|e| format!("boot environment {} at {offset}: {e}", path.display()))?;
    Ok(block)
}

/// The variable that records which version a slot holds (written with the switch).
pub fn version_var(slot: edgepbx_update::Slot) -> String {
    format!("EDGEPBX_{}_VERSION", slot.name())
}
