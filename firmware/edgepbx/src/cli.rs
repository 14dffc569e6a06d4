use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

/// edgepbx: the phone system of a small office in one program.
///
/// Every `run` option can also be set in a TOML config file (`--config`, same names with
/// `_` for `-`) and through the environment (`EDGEPBX_<NAME>`); the command line wins over the
/// environment, which wins over the file. With no options at all the PBX starts with embedded
/// defaults and keeps its state in ./edgepbx-data.
#[derive(Parser, Debug)]
#[command(name = "edgepbx", version, propagate_version = true)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Start the PBX (HTTP API and, with the SIP engine, SIP and RTP).
    Run(RunArgs),
    /// Write one consistent snapshot of the data directory to FILE (works while the PBX runs).
    Backup {
        file: PathBuf,
        /// Data directory of the PBX.
        #[arg(long, env = "EDGEPBX_DATA", default_value = "edgepbx-data")]
        data: PathBuf,
    },
    /// Replace the whole state with the snapshot in FILE (works while the PBX runs).
    Restore {
        file: PathBuf,
        /// Data directory of the PBX.
        #[arg(long, env = "EDGEPBX_DATA", default_value = "edgepbx-data")]
        data: PathBuf,
    },
    /// Delete everything in the data directory (a running PBX is stopped first and wipes it
    /// when it starts again): the next start is a first boot.
    FactoryReset {
        /// Data directory of the PBX.
        #[arg(long, env = "EDGEPBX_DATA", default_value = "edgepbx-data")]
        data: PathBuf,
        /// Really delete it.
        #[arg(long)]
        yes: bool,
    },
    /// Copy standard input into DIR/edgepbx.log, rotating at a size (the appliance's log).
    LogFiles {
        dir: PathBuf,
        /// Size of one file, KiB.
        #[arg(long, default_value_t = 512)]
        file_kib: u64,
        /// Rotated files kept besides the current one.
        #[arg(long, default_value_t = 4)]
        files: u32,
    },
    /// Exit 0 if the PBX answers HTTP at ADDR (the appliance's watchdog asks before each kick).
    Health {
        #[arg(long, default_value = "127.0.0.1:8000")]
        http: String,
        #[arg(long, default_value_t = 2000)]
        timeout_ms: u64,
    },
    /// Check that this build works on this machine: SIP parser, store, TLS, codecs.
    Selftest,
    /// Temporal rules (office hours, holidays): `rules next`.
    #[command(subcommand)]
    Rules(crate::rules_cmd::RulesCommand),
    /// Signed A/B updates: `update apply|status|mark-good|keygen|make-bundle`.
    #[command(subcommand)]
    Update(crate::update::UpdateCommand),
}

#[derive(Args, Debug, Default)]
pub struct RunArgs {
    /// Optional TOML config file.
    #[arg(long, env = "EDGEPBX_CONFIG")]
    pub config: Option<PathBuf>,
    /// Data directory (store, certificates, control socket). Default: ./edgepbx-data
    #[arg(long, env = "EDGEPBX_DATA")]
    pub data: Option<PathBuf>,
    /// HTTP address of the API. Default: 0.0.0.0:8000
    #[arg(long, env = "EDGEPBX_HTTP")]
    pub http: Option<String>,
    /// HTTPS address of the API, or "off". Default: 0.0.0.0:8443
    #[arg(long, env = "EDGEPBX_HTTPS")]
    pub https: Option<String>,
    /// SIP address for UDP and TCP. Default: 0.0.0.0:5060
    #[arg(long, env = "EDGEPBX_SIP")]
    pub sip: Option<String>,
    /// SIP over TLS address. Default: 0.0.0.0:5061
    #[arg(long, env = "EDGEPBX_SIPS")]
    pub sips: Option<String>,
    /// UDP port range for RTP, LOW-HIGH. Default: 16384-32767
    #[arg(long, env = "EDGEPBX_RTP_PORTS")]
    pub rtp_ports: Option<String>,
    /// Log filter: error, warn, info, debug, trace (or a tracing filter). Default: info
    #[arg(long, env = "EDGEPBX_LOG_LEVEL")]
    pub log_level: Option<String>,
    /// Analog line board: `sim:fxs=N[,country=CC]` for the simulated board. Default: none
    /// (no analog ports).
    #[arg(long, env = "EDGEPBX_BOARD")]
    pub board: Option<String>,
    /// Multicast group answered for SIP plug-and-play (phones' ua-profile SUBSCRIBE), or
    /// "off". Default: 224.0.1.75:5060
    #[arg(long, env = "EDGEPBX_PNP")]
    pub pnp: Option<String>,
}
