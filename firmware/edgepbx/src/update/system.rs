//! The box's system config (`/etc/edgepbx/system.toml`, or the file `EDGEPBX_SYSTEM_CONFIG`
//! names), as the image writes it: where U-Boot's boot state and the A/B slots live. Read here:
//!
//! ```toml
//! [boot]
//! env_file = "/boot/boot.env"     # the boot script's state as text (env export -t), or:
//! # env_device = "/dev/mmcblk0"   # U-Boot's binary flash environment (fw_env format)
//! # env_offset = 0                # byte offset of its (first) copy
//! # env_size = 16384              # bytes per copy (CONFIG_ENV_SIZE)
//! # env_redundant_offset = 16384  # second copy (CONFIG_SYS_REDUNDAND_ENVIRONMENT)
//! attempts = 3                    # tries a slot gets (BOOT_x_LEFT)
//!
//! [slot.A]
//! device = "/dev/vda2"
//! [slot.B]
//! device = "/dev/vda3"
//!
//! [update]                        # optional, these are the defaults
//! compatible = "edgepbx-<arch>"   # bundles must name the same board family
//! health_timeout_secs = 120       # SIP, HTTP and store up within this after start
//! health_failure = "reboot"       # or "exit": what a failed health check does
//! cmdline = "/proc/cmdline"       # where the boot script's rauc.slot= is read
//! state_file = "<env_file's directory>/edgepbx-slots.json"   # slot versions
//! spool_dir = "<[data] mount>"    # where a bundle's image waits until its hash is proven
//! spool_keep_free_mb = 16         # room the spool must leave free for the PBX
//!
//! [data]
//! mount = "/data"                 # the data partition (the spool's default home)
//! ```
//!
//! Other tables and keys belong to other parts of the image and are ignored here.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use edgepbx_update::Slot;
use serde::Deserialize;

pub const DEFAULT_PATH: &str = "/etc/edgepbx/system.toml";
pub const PATH_ENV: &str = "EDGEPBX_SYSTEM_CONFIG";

#[derive(Debug, Clone)]
pub struct UpdateConfig {
    pub compatible: String,
    pub slot_a: PathBuf,
    pub slot_b: PathBuf,
    pub env: EnvLocation,
    /// Which version each slot holds (the boot script keeps only its own variables).
    pub state_file: Option<PathBuf>,
    pub attempts: u32,
    pub health_timeout_secs: u64,
    pub health_failure: HealthFailure,
    pub cmdline: PathBuf,
    /// The directory (on the data partition) the image is received into first.
    pub spool_dir: PathBuf,
    /// Bytes the spool must leave free there.
    pub spool_keep_free: u64,
}

#[derive(Debug, Clone)]
pub enum EnvLocation {
    /// `name=value` lines in a file (U-Boot's `env export -t`), replaced whole on a write.
    Text(PathBuf),
    /// U-Boot's binary environment at `offset` of a device or file, optionally a second copy.
    Binary {
        path: PathBuf,
        offset: u64,
        size: usize,
        redundant_offset: Option<u64>,
    },
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

#[derive(Deserialize)]
struct SystemFile {
    boot: Option<BootSection>,
    #[serde(default)]
    slot: BTreeMap<String, SlotSection>,
    update: Option<UpdateSection>,
    data: Option<DataSection>,
}

#[derive(Deserialize)]
struct DataSection {
    mount: Option<PathBuf>,
}

#[derive(Deserialize)]
struct BootSection {
    env_file: Option<PathBuf>,
    env_device: Option<PathBuf>,
    #[serde(default)]
    env_offset: u64,
    env_size: Option<usize>,
    env_redundant_offset: Option<u64>,
    attempts: Option<u32>,
}

#[derive(Deserialize)]
struct SlotSection {
    device: PathBuf,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct UpdateSection {
    compatible: Option<String>,
    health_timeout_secs: Option<u64>,
    #[serde(default)]
    health_failure: HealthFailure,
    cmdline: Option<PathBuf>,
    state_file: Option<PathBuf>,
    spool_dir: Option<PathBuf>,
    spool_keep_free_mb: Option<u64>,
}

impl UpdateConfig {
    /// The config file named by `explicit`, else `EDGEPBX_SYSTEM_CONFIG`, else the default
    /// path. `Ok(None)` when there is none, or it describes no A/B layout (a PC install).
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
        parse(file).map_err(|e| format!("{}: {e}", path.display()))
    }

    /// Like `load`, for commands that cannot work without it.
    pub fn require(explicit: Option<&Path>) -> Result<UpdateConfig, String> {
        Self::load(explicit)?.ok_or_else(|| {
            format!(
                "not an A/B box: no system config with [boot] and [slot.A]/[slot.B] \
                 ({DEFAULT_PATH}, or the file {PATH_ENV} names)"
            )
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

fn parse(file: SystemFile) -> Result<Option<UpdateConfig>, String> {
    let Some(boot) = file.boot else {
        return Ok(None);
    };
    let slot = |name: &str| {
        file.slot
            .get(name)
            .map(|s| s.device.clone())
            .ok_or_else(|| format!("[slot.{name}] device is missing"))
    };
    let env = match (boot.env_file, boot.env_device) {
        (Some(file), None) => EnvLocation::Text(file),
        (None, Some(path)) => {
            let size = boot
                .env_size
                .ok_or("boot.env_size is needed with boot.env_device")?;
            if size < 64 {
                return Err("boot.env_size is too small".into());
            }
            EnvLocation::Binary {
                path,
                offset: boot.env_offset,
                size,
                redundant_offset: boot.env_redundant_offset,
            }
        }
        (Some(_), Some(_)) => return Err("boot.env_file and boot.env_device: choose one".into()),
        (None, None) => return Err("boot.env_file (or boot.env_device) is missing".into()),
    };
    let attempts = boot.attempts.unwrap_or(3);
    if !(1..=9).contains(&attempts) {
        return Err("boot.attempts must be 1..=9".into());
    }
    let (slot_a, slot_b) = (slot("A")?, slot("B")?);
    let update = file.update.unwrap_or_default();
    let spool_dir = update
        .spool_dir
        .or_else(|| file.data.and_then(|d| d.mount))
        .ok_or("update.spool_dir (or [data] mount) is missing: where a bundle is received")?;
    let spool_keep_free = update
        .spool_keep_free_mb
        .unwrap_or(16)
        .checked_mul(1 << 20)
        .ok_or("update.spool_keep_free_mb is too large")?;
    let state_file = update.state_file.or_else(|| match &env {
        EnvLocation::Text(file) => Some(file.with_file_name("edgepbx-slots.json")),
        EnvLocation::Binary { .. } => None,
    });
    Ok(Some(UpdateConfig {
        compatible: update
            .compatible
            .unwrap_or_else(|| format!("edgepbx-{}", std::env::consts::ARCH)),
        slot_a,
        slot_b,
        env,
        state_file,
        attempts,
        health_timeout_secs: update.health_timeout_secs.unwrap_or(120),
        health_failure: update.health_failure,
        cmdline: update
            .cmdline
            .unwrap_or_else(|| PathBuf::from("/proc/cmdline")),
        spool_dir,
        spool_keep_free,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_text(text: &str) -> Result<Option<UpdateConfig>, String> {
        parse(toml::from_str(text).map_err(|e| e.to_string())?)
    }

    #[test]
    fn the_image_layout_parses_with_defaults() {
        let config = parse_text(
            "[system]\nhostname = \"edgepbx\"\n[boot]\ndevice = \"/dev/vda1\"\nmount = \"/boot\"\n\
             env_file = \"/boot/boot.env\"\nattempts = 3\n[slot.A]\ndevice = \"/dev/vda2\"\n\
             [slot.B]\ndevice = \"/dev/vda3\"\n[data]\nmount = \"/data\"\n\
             [network]\nmode = \"dhcp\"\n",
        )
        .unwrap()
        .unwrap();
        assert!(matches!(&config.env, EnvLocation::Text(p) if p == Path::new("/boot/boot.env")));
        assert_eq!(
            config.state_file.as_deref(),
            Some(Path::new("/boot/edgepbx-slots.json"))
        );
        assert_eq!(config.slot_b, Path::new("/dev/vda3"));
        assert_eq!(
            config.compatible,
            format!("edgepbx-{}", std::env::consts::ARCH)
        );
        assert_eq!(config.health_failure, HealthFailure::Reboot);
        assert_eq!(config.spool_dir, Path::new("/data"));
        assert_eq!(config.spool_keep_free, 16 << 20);
    }

    #[test]
    fn no_boot_table_is_no_ab_box_and_mistakes_are_named() {
        assert!(
            parse_text("[network]\nmode = \"dhcp\"\n")
                .unwrap()
                .is_none()
        );
        let err = parse_text("[boot]\nenv_file = \"/b\"\n[slot.A]\ndevice = \"/a\"\n").unwrap_err();
        assert!(err.contains("[slot.B]"), "{err}");
        let err = parse_text("[boot]\nenv_device = \"/d\"\n").unwrap_err();
        assert!(err.contains("env_size"), "{err}");
        let err = parse_text("[boot]\nenv_file = \"/b\"\nattempts = 0\n").unwrap_err();
        assert!(err.contains("attempts"), "{err}");
        let err = parse_text(
            "[boot]\nenv_file = \"/b\"\n[slot.A]\ndevice = \"/a\"\n[slot.B]\ndevice = \"/b\"\n\
             [update]\nhealth_timeout = 5\n",
        )
        .unwrap_err();
        assert!(err.contains("health_timeout"), "{err}");
        let err = parse_text(
            "[boot]\nenv_file = \"/b\"\n[slot.A]\ndevice = \"/a\"\n[slot.B]\ndevice = \"/b\"\n",
        )
        .unwrap_err();
        assert!(err.contains("spool_dir"), "{err}");
    }
}
