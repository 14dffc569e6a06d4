//! Analog lines in the running box: the board (`--board`), one thread that runs every line's
//! 10 ms frame, and for each FXS port a SIP user agent inside the process (a built-in ATA)
//! that registers the port's device with the engine over an in-process connection. The
//! engine sees the port as any other phone, so every PBX feature (forwarding, voicemail,
//! transfer, pickup, ring groups) reaches analog phones without being written twice.
//!
//! Data flows one way: line -> line state machine (board crate) -> user agent -> engine, and
//! back down the same path.

mod devices;
mod fxo_port;
mod fxs_port;
mod rtp;
mod runtime;
mod sim_control;
pub mod ua;

use std::path::Path;
use std::sync::{Arc, Mutex};

use edgepbx_board::profile::{Profile, profile};
use edgepbx_board::sim::SimBoard;
use edgepbx_store::Store;

use crate::sip::Sip;

/// Most analog ports a simulated board may have.
const MAX_SIM_PORTS: usize = 8;
/// The file in the data directory that holds the simulated board's control address.
pub const SIM_CONTROL_FILE: &str = "sim-board.addr";

/// Where FXO gateways listen for SIP from the engine by default: a loopback address of its
/// own, so the account's `resources` can name it and no phone's address looks like it.
const DEFAULT_FXO_SIP_IP: [u8; 4] = [127, 0, 0, 2];

/// What `--board` names.
#[derive(Debug, Clone)]
pub enum BoardSpec {
    /// The simulated board: `sim:fxs=2,fxo=1,did1=5551000,country=us`.
    Sim {
        fxs: usize,
        fxo: usize,
        /// The number each FXO line's incoming calls are for (`didN=`), by line.
        dids: Vec<String>,
        fxo_sip_ip: std::net::IpAddr,
        profile: Profile,
    },
}

impl BoardSpec {
    pub fn parse(text: &str) -> Result<BoardSpec, String> {
        let Some(rest) = text.strip_prefix("sim:").or((text == "sim").then_some("")) else {
            return Err(format!(
                "--board: '{text}' is not a board; only the simulated board 'sim:fxs=N,country=CC' runs today"
            ));
        };
        let mut fxs = 1;
        let mut fxo = 0;
        let mut dids = vec![String::new(); MAX_SIM_PORTS];
        let mut fxo_sip_ip = std::net::IpAddr::from(DEFAULT_FXO_SIP_IP);
        let mut country = "us".to_string();
        let count = |key: &str, value: &str| {
            value
                .parse::<usize>()
                .ok()
                .filter(|n| *n <= MAX_SIM_PORTS)
                .ok_or_else(|| {
                    format!("--board: {key}={value} is not a port count from 0 to {MAX_SIM_PORTS}")
                })
        };
        for part in rest.split(',').filter(|p| !p.is_empty()) {
            let (key, value) = part
                .split_once('=')
                .ok_or_else(|| format!("--board: '{part}' is not KEY=VALUE"))?;
            match key {
                "fxs" => fxs = count(key, value)?,
                "fxo" => fxo = count(key, value)?,
                "country" => country = value.to_ascii_lowercase(),
                "fxo_sip" => {
                    fxo_sip_ip = value
                        .parse()
                        .map_err(|_| format!("--board: fxo_sip={value} is not an IP address"))?
                }
                _ => {
                    let line = key
                        .strip_prefix("did")
                        .and_then(|n| n.parse::<usize>().ok())
                        .filter(|n| (1..=MAX_SIM_PORTS).contains(n))
                        .ok_or_else(|| {
                            format!(
                                "--board: unknown setting '{key}' (fxs, fxo, didN, fxo_sip, country)"
                            )
                        })?;
                    if value.is_empty() || !value.chars().all(|c| c.is_ascii_digit() || c == '+') {
                        return Err(format!("--board: {key}={value} is not a phone number"));
                    }
                    dids[line - 1] = value.to_string();
                }
            }
        }
        if fxs + fxo == 0 || fxs + fxo > MAX_SIM_PORTS {
            return Err(format!(
                "--board: fxs={fxs} and fxo={fxo} must make 1 to {MAX_SIM_PORTS} ports"
            ));
        }
        if let Some(n) = (fxo..MAX_SIM_PORTS).find(|&i| !dids[i].is_empty()) {
            return Err(format!(
                "--board: did{} names an FXO line the board does not have",
                n + 1
            ));
        }
        if let Some(n) = (0..fxo).find(|&i| dids[i].is_empty()) {
            return Err(format!(
                "--board: FXO line {} needs its number (did{}=...)",
                n + 1,
                n + 1
            ));
        }
        dids.truncate(fxo);
        let profile = profile(&country).ok_or_else(|| {
            format!(
                "--board: country={country} has no analog profile (one of {})",
                edgepbx_board::profile::COUNTRIES.join(", ")
            )
        })?;
        Ok(BoardSpec::Sim {
            fxs,
            fxo,
            dids,
            fxo_sip_ip,
            profile,
        })
    }
}

/// Starts the board's lines; the analog thread runs until the process ends.
pub fn start(spec: &BoardSpec, store: Store, sip: &Sip, data: &Path) -> Result<(), String> {
    match spec {
        BoardSpec::Sim {
            fxs,
            fxo,
            dids,
            fxo_sip_ip,
            profile,
        } => {
            let board = Arc::new(Mutex::new(SimBoard::new(*fxs, *fxo, *profile)));
            let gateways = runtime::spawn(board.clone(), *profile, store, sip, dids, *fxo_sip_ip)?;
            let control = sim_control::listen(board, gateways.clone())?;
            crate::atomic_file::write(data, SIM_CONTROL_FILE, control.to_string().as_bytes())
                .map_err(|e| format!("{SIM_CONTROL_FILE}: {e}"))?;
            tracing::info!(fxs, fxo, country = profile.code, %control, ?gateways, "simulated analog board");
            Ok(())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn board_specs_parse_and_bad_ones_name_the_problem() {
        let BoardSpec::Sim {
            fxs,
            fxo,
            dids,
            profile,
            ..
        } = BoardSpec::parse("sim:fxs=2,fxo=1,did1=5551000,country=DE").unwrap();
        assert_eq!((fxs, fxo, profile.code), (2, 1, "de"));
        assert_eq!(dids, vec!["5551000"]);
        for (bad, says) in [
            ("/dev/spidev0.0", "not a board"),
            ("sim:fxs=0", "1 to"),
            ("sim:fxs=9", "fxs=9"),
            ("sim:fxo=1", "did1"),
            ("sim:did2=5", "did2"),
            ("sim:fxo=1,did1=abc", "did1=abc"),
            ("sim:fxo_sip=nowhere", "fxo_sip=nowhere"),
            ("sim:fxs=two", "fxs=two"),
            ("sim:country=zz", "country=zz"),
            ("sim:colour=red", "colour"),
            ("sim:fxs", "KEY=VALUE"),
        ] {
            let e = BoardSpec::parse(bad).unwrap_err();
            assert!(e.contains(says), "{bad}: {e}");
        }
    }
}
