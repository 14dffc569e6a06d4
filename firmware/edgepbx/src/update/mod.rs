//! `edgepbx update ...`: signed A/B updates of the appliance (see `edgepbx_update` for the
//! formats and the boot protocol, README "Updates" for the whole procedure).

mod boot_env;
mod bundle_cmd;
pub mod health;
pub mod http;
pub mod install;
mod probes;
mod spool;
pub mod status;
pub mod system;
mod versions;

use std::io::Read;
use std::path::PathBuf;
use std::sync::OnceLock;

use clap::Subcommand;
use edgepbx_update::PublicKey;

pub use system::UpdateConfig;

/// "release" when built with `EDGEPBX_UPDATE_PUBLIC_KEY`, else "development" (build.rs).
pub const KEY_KIND: &str = env!("EDGEPBX_UPDATE_KEY_KIND");

/// The public key built into this binary: the only one whose bundles it installs.
pub fn trusted_key() -> PublicKey {
    static KEY: OnceLock<PublicKey> = OnceLock::new();
    KEY.get_or_init(|| {
        PublicKey::parse(include_str!(concat!(env!("OUT_DIR"), "/update-key.pub")))
            .expect("build.rs wrote a valid key")
    })
    .clone()
}

#[derive(Subcommand, Debug)]
pub enum UpdateCommand {
    /// Install a bundle (a file, or - for standard input) into the slot not running; it boots
    /// next, and becomes permanent once it passes its health check.
    Apply {
        bundle: PathBuf,
        /// The system config. Default: $EDGEPBX_SYSTEM_CONFIG, else /etc/edgepbx/system.toml
        #[arg(long)]
        system_config: Option<PathBuf>,
    },
    /// Print the slots, their versions and tries, and the next boot (JSON).
    Status {
        #[arg(long)]
        system_config: Option<PathBuf>,
    },
    /// Mark the booted slot good (what the health check does after a boot).
    MarkGood {
        #[arg(long)]
        system_config: Option<PathBuf>,
    },
    /// Make an Ed25519 key pair for signing bundles (the secret file is created mode 0600).
    Keygen {
        #[arg(long)]
        secret: PathBuf,
        #[arg(long)]
        public: PathBuf,
    },
    /// Build and sign a bundle from a root file system image.
    #[command(disable_version_flag = true)]
    MakeBundle {
        /// Secret key file from `keygen`.
        #[arg(long)]
        key: PathBuf,
        /// The root file system image (squashfs).
        #[arg(long)]
        rootfs: PathBuf,
        /// The version the bundle installs.
        #[arg(long)]
        version: String,
        /// Target architecture: aarch64, arm or x86_64.
        #[arg(long)]
        arch: String,
        /// Board family, as the box's system config names it.
        #[arg(long)]
        compatible: String,
        /// Where to write the bundle.
        #[arg(long, short)]
        output: PathBuf,
    },
}

pub fn run(cmd: UpdateCommand) -> Result<(), String> {
    match cmd {
        UpdateCommand::Apply {
            bundle,
            system_config,
        } => {
            let config = UpdateConfig::require(system_config.as_deref())?;
            let mut input: Box<dyn Read> = if bundle.as_os_str() == "-" {
                Box::new(std::io::stdin().lock())
            } else {
                Box::new(
                    std::fs::File::open(&bundle)
                        .map_err(|e| format!("{}: {e}", bundle.display()))?,
                )
            };
            let done = install::install(&config, &mut input).map_err(|e| e.to_string())?;
            println!(
                "installed version {} into slot {} in {} ms; it boots next (reboot to start it)",
                done.manifest.version, done.slot, done.millis
            );
            Ok(())
        }
        UpdateCommand::Status { system_config } => {
            let config = UpdateConfig::require(system_config.as_deref())?;
            let status = status::status(&config)?;
            println!(
                "{}",
                serde_json::to_string_pretty(&status).map_err(|e| e.to_string())?
            );
            Ok(())
        }
        UpdateCommand::MarkGood { system_config } => {
            let config = UpdateConfig::require(system_config.as_deref())?;
            let changed = status::mark_good(&config)?;
            let booted = config.booted_slot()?;
            if changed {
                println!("slot {booted} marked good");
            } else {
                println!("slot {booted} was already marked good");
            }
            Ok(())
        }
        UpdateCommand::Keygen { secret, public } => bundle_cmd::keygen(&secret, &public),
        UpdateCommand::MakeBundle {
            key,
            rootfs,
            version,
            arch,
            compatible,
            output,
        } => bundle_cmd::make_bundle(&bundle_cmd::BundleSpec {
            key: &key,
            rootfs: &rootfs,
            version: &version,
            arch: &arch,
            compatible: &compatible,
            output: &output,
        }),
    }
}
