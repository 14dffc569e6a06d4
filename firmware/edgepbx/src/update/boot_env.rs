//! Reading and writing U-Boot's boot state where the system config says it lives: a text file
//! (replaced whole: written aside, flushed, renamed) or U-Boot's binary environment in a
//! device or file (one copy, or two written alternately). The formats are
//! `edgepbx_update::env`.

use std::fs::File;
use std::os::unix::fs::FileExt;
use std::os::unix::io::AsRawFd;
use std::path::Path;

use edgepbx_update::env::{self, Current};
use edgepbx_update::{BootState, Env};

use super::system::{EnvLocation, UpdateConfig};

pub struct BootEnv<'a> {
    config: &'a UpdateConfig,
    /// Holds the lock; for a binary environment also the file written.
    file: File,
    current: Current,
    pub env: Env,
}

impl<'a> BootEnv<'a> {
    /// Opens the boot state for a change under an exclusive lock (so a CLI command and the
    /// running PBX never interleave their read-modify-write). The lock is held until this value
    /// is dropped: keep it short.
    pub fn open(config: &'a UpdateConfig) -> Result<BootEnv<'a>, String> {
        Self::open_locked(config, libc::LOCK_EX)
    }

    /// Opens the boot state to read it (a shared lock: waits for a change being saved).
    pub fn read_only(config: &'a UpdateConfig) -> Result<BootEnv<'a>, String> {
        Self::open_locked(config, libc::LOCK_SH)
    }

    fn open_locked(config: &'a UpdateConfig, lock: libc::c_int) -> Result<BootEnv<'a>, String> {
        let described = |e: &dyn std::fmt::Display| {
            format!("boot environment {}: {e}", location(config).display())
        };
        // A text file is replaced by rename, so the lock is on its directory.
        let lock_path = match &config.env {
            EnvLocation::Text(file) => file.parent().unwrap_or(Path::new(".")).to_path_buf(),
            EnvLocation::Binary { path, .. } => path.clone(),
        };
        let file = std::fs::OpenOptions::new()
            .read(true)
            .write(matches!(config.env, EnvLocation::Binary { .. }))
            .open(&lock_path)
            .map_err(|e| described(&e))?;
        // SAFETY: flock on a descriptor we own; it is released when the file is closed.
        if unsafe { libc::flock(file.as_raw_fd(), lock) } != 0 {
            return Err(described(&std::io::Error::last_os_error()));
        }
        let (env, current) = match &config.env {
            EnvLocation::Text(path) => match std::fs::read(path) {
                Ok(bytes) => (env::decode_text(&bytes).map_err(|e| described(&e))?, TEXT),
                // The boot script starts from its defaults when the file is missing.
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => (Env::default(), TEXT),
                Err(e) => return Err(described(&e)),
            },
            EnvLocation::Binary {
                offset,
                size,
                redundant_offset,
                ..
            } => {
                let mut copies = vec![read_at(&file, *offset, *size).map_err(|e| described(&e))?];
                if let Some(second) = redundant_offset {
                    copies.push(read_at(&file, *second, *size).map_err(|e| described(&e))?);
                }
                let refs: Vec<&[u8]> = copies.iter().map(Vec::as_slice).collect();
                env::read(&refs).map_err(|e| described(&e))?
            }
        };
        Ok(BootEnv {
            config,
            file,
            current,
            env,
        })
    }

    pub fn boot_state(&self) -> BootState {
        BootState::from_env(&self.env, self.config.attempts)
    }

    pub fn set_boot_state(&mut self, state: &BootState) {
        state.apply_to(&mut self.env);
    }

    /// Writes the boot state back durably.
    pub fn save(&mut self) -> Result<(), String> {
        let described = |e: &dyn std::fmt::Display| {
            format!("boot environment {}: {e}", location(self.config).display())
        };
        match &self.config.env {
            EnvLocation::Text(path) => {
                let bytes = env::encode_text(&self.env).map_err(|e| described(&e))?;
                let dir = path.parent().unwrap_or(Path::new("."));
                let name = path
                    .file_name()
                    .and_then(|n| n.to_str())
                    .ok_or_else(|| described(&"no file name"))?;
                crate::atomic_file::write(dir, name, &bytes).map_err(|e| described(&e))
            }
            EnvLocation::Binary {
                offset,
                size,
                redundant_offset,
                ..
            } => {
                let (index, block) =
                    env::write(&self.env, *size, self.current).map_err(|e| described(&e))?;
                let at = match index {
                    0 => *offset,
                    _ => redundant_offset.expect("a second copy is written only when configured"),
                };
                self.file
                    .write_all_at(&block, at)
                    .and_then(|()| self.file.sync_all())
                    .map_err(|e| described(&e))?;
                self.current = Current {
                    index,
                    flags: self.current.flags.map(|f| f.wrapping_add(1)),
                };
                Ok(())
            }
        }
    }
}

/// A text environment has one copy and no flags.
const TEXT: Current = Current {
    index: 0,
    flags: None,
};

fn location(config: &UpdateConfig) -> &Path {
    match &config.env {
        EnvLocation::Text(path) => path,
        EnvLocation::Binary { path, .. } => path,
    }
}

fn read_at(file: &File, offset: u64, size: usize) -> Result<Vec<u8>, String> {
    let mut block = vec![0u8; size];
    file.read_exact_at(&mut block, offset)
        .map_err(|e| match e.kind() {
            std::io::ErrorKind::UnexpectedEof => {
                format!("shorter than the configured copy at {offset} of {size} bytes")
            }
            _ => e.to_string(),
        })?;
    Ok(block)
}
