//! Analog lines in the running box: the board (`--board`), one thread that runs every line's
//! 10 ms frame, and for each FXS port a SIP user agent inside the process (a built-in ATA)
//! that registers the port's device with the engine over an in-process connection. The
//! engine sees the port as any other phone, so every PBX feature (forwarding, voicemail,
//! transfer, pickup, ring groups) reaches analog phones without being written twice.
//!
//! Data flows one way: line -> line state machine (board crate) -> user agent -> engine, and
//! back down the same path.

mod devices;
mod port;
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

/// What `--board` names.
#[derive(Debug, Clone)]
pub enum BoardSpec {
    /// The simulated board: `sim:fxs=2,country=us`.
    Sim { fxs: usize, profile: Profile },
}

impl BoardSpec {
    pub fn parse(text: &str) -> Result<BoardSpec, String> {
        let Some(rest) = text.strip_prefix("sim:").or((text == "sim").then_some("")) else {
            return Err(format!(
                "--board: '{text}' is not a board; only the simulated board 'sim:fxs=N,country=CC' runs today"
            ));
        };
        let mut fxs = 1;
        let mut country = "us".to_string();
        for part in rest.split(',').filter(|p| !p.is_empty()) {
            let (key, value) = part
                .split_once('=')
                .ok_or_else(|| format!("--board: '{part}' is not KEY=VALUE"))?;
            match key {
                "fxs" => {
                    fxs = value
                        .parse()
                        .ok()
                        .filter(|n| (1..=MAX_SIM_PORTS).contains(n))
                        .ok_or_else(|| {
                            format!(
                                "--board: fxs={value} is not a port count from 1 to {MAX_SIM_PORTS}"
                            )
                        })?
                }
                "country" => country = value.to_ascii_lowercase(),
                _ => return Err(format!("--board: unknown setting '{key}' (fxs, country)")),
            }
        }
        let profile = profile(&country).ok_or_else(|| {
            format!(
                "--board: country={country} has no analog profile (one of {})",
                edgepbx_board::profile::COUNTRIES.join(", ")
            )
        })?;
        Ok(BoardSpec::Sim { fxs, profile })
    }
}

/// Starts the board's lines; the analog thread runs until the process ends.
pub fn start(spec: &BoardSpec, store: Store, sip: &Sip, data: &Path) -> Result<(), String> {
    match spec {
        BoardSpec::Sim { fxs, profile } => {
            let board = Arc::new(Mutex::new(SimBoard::new(*fxs, 0, *profile)));
            let control = sim_control::listen(board.clone())?;
            crate::atomic_file::write(data, SIM_CONTROL_FILE, control.to_string().as_bytes())
                .map_err(|e| format!("{SIM_CONTROL_FILE}: {e}"))?;
            tracing::info!(fxs, country = profile.code, %control, "simulated analog board");
            runtime::spawn(board, *profile, store, sip)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn board_specs_parse_and_bad_ones_name_the_problem() {
        let BoardSpec::Sim { fxs, profile } = BoardSpec::parse("sim:fxs=2,country=DE").unwrap();
        assert_eq!((fxs, profile.code), (2, "de"));
        for (bad, says) in [
            ("/dev/spidev0.0", "not a board"),
            ("sim:fxs=0", "fxs=0"),
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
