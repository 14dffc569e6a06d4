//! The box's system config (`/etc/edgepbx/system.toml`, or the file `EDGEPBX_SYSTEM_CONFIG`
//! names): where the A/B slots and U-Boot's environment live. Its `[update]` table:
//!
//! ```toml
//! [update]
//! compatible = "edgepbx-qemu-aarch64"   # bundles must name the same board family
//! slot_a = "/dev/vda2"                  # root file system slots (block devices or files)
//! slot_b = "/dev/vda3"
//! env = "/dev/vda"                      # U-Boot environment: a device or a file
//! env_offset = 0                        # byte offset of the (first) copy
//! env_size = 16384                      # bytes per copy (U-Boot's CONFIG_ENV_SIZE)
//! env_redundant_offset = 16384          # optional: second copy (U-Boot's redundant env)
//! attempts = 3                          # tries a slot gets (BOOT_x_LEFT)
//! health_timeout_secs = 120             # SIP, HTTP and store up within this after start
//! health_failure = "reboot"             # or "exit": what a failed health check does
//! cmdline = "/proc/cmdline"             # where the boot script's rauc.slot= is read
//! ```
//!
//! Other tables belong to other parts of the image and are ignored here.

use std::path::{Path, PathBuf};

use edgepbx_update::Slot;
use serde::Deserialize;

pub const DEFAULT_PATH: &str = "/etc/edgepbx/system.toml";
pub const PATH_ENV: &str = "EDGEPBX_SYSTEM_CONFIG";

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UpdateConfig {
    pub compatible: String,
    pub slot_a: PathBuf,
    pub slot_b: PathBuf,
    pub env: PathBuf,
    #[serde(default)]
    pub env_offset: u64,
    #[serde(default = "default_env_size")]
    pub env_size: usize,
    #[serde(default)]
    pub env_redundant_offset: Option<u64>,
    #[serde(default = "default_attempts")]
    pub attempts: u32,
    #[serde(default = "default_health_timeout")]
    pub health_timeout_secs: u64,
    #[serde(default)]
    pub health_failure: HealthFailure,
    #[serde(default = "default_cmdline")]
    pub cmdline: PathBuf,
}

#[derive(Debug, Clone, Copy, Default, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum HealthFailure {
    /// Reboot the box (the appliance default): the boot script counts the try.
    #[default]
    Reboot,
    /// End the process with an error; whatever supervises it decides (host tests).
    Exit,
}

fn default_env_size() -> usize {
    0x4000
}
fn default_attempts() -> u32 {
    3
}
fn default_health_timeout() -> u64 {
    120
}
fn default_cmdline() -> PathBuf {
    PathBuf::from("/proc/cmdline")
}

#[derive(Deserialize)]
struct SystemFile {
    update: Option<UpdateConfig>,
}

impl UpdateConfig {
    /// The config file named by `explicit`, else `EDGEPBX_SYSTEM_CONFIG`, else the default
    /// path. `Ok(None)` when no file is named and the default does not exist (a PC install).
    pub fn load(explicit: Option<&Path>) -> Result<Option<UpdateConfig>, String> {
        let named = explicit
            .map(Path::to_path_buf)
            .or_else(|| std::env::var_os(PATH_ENV).map(PathBuf::from));
        let path = match named {
            Some(p) => p,
            None if Path::new(DEFAULT_PATH).exists() => PathBuf::from(DEFAULT_PATH),
            None => return Ok(None),
        };
        let text =
            std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        let file: SystemFile =
            toml::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))?;
        let config = file
            .update
            .ok_or_else(|| format!("{}: no [update] table", path.display()))?;
        if config.attempts == 0 || config.attempts > 9 {
            return Err(format!("{}: update.attempts must be 1..=9", path.display()));
        }
        if config.env_size < 64 {
            return Err(format!("{}: update.env_size is too small", path.display()));
        }
        Ok(Some(config))
    }

    /// Like `load`, for commands that cannot work without it.
    pub fn require(explicit: Option<&Path>) -> Result<UpdateConfig, String> {
        Self::load(explicit)?.ok_or_else(|| {
            format!("no system config: {DEFAULT_PATH} is missing and {PATH_ENV} is not set")
        })
    }

    pub fn slot_path(&self, slot: Slot) -> &Path {
        match slot {
            Slot::A => &self.slot_a,
            Slot::B => &self.slot_b,
        }
    }

    /// The slot this system booted from, as the boot script put it on the kernel command line.
    pub fn booted_slot(&self) -> Result<Slot, String> {
        let cmdline = std::fs::read_to_string(&self.cmdline)
            .map_err(|e| format!("{}: {e}", self.cmdline.display()))?;
        Slot::from_cmdline(&cmdline).ok_or_else(|| {
            format!(
                "{}: no rauc.slot=A or rauc.slot=B (not booted by the A/B boot script)",
                self.cmdline.display()
            )
        })
    }
}
