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
#[cfg(target_os = "linux")]
mod hardware;
mod line_profiles;
mod line_test;
mod rtp;
mod runtime;
mod sim_control;
mod sim_jack;
mod status;
mod supervision;
mod tick_meter;
pub mod ua;

use std::net::IpAddr;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use edgepbx_board::line::{LineInterface, PortId, PortKind};
use edgepbx_board::profile::{Profile, profile};
use edgepbx_board::sim::SimBoard;
use edgepbx_store::Store;

use crate::sip::Sip;
use line_profiles::LineProfiles;
pub use status::{PortInfo, PortTable};

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
        lines: FxoLines,
        profile: Profile,
        /// `country=` was given: every port keeps it whatever its account's country.
        country_named: bool,
    },
    /// Line hardware described by a board file: `/etc/edgepbx/board.toml,did1=5551000`
    /// (ports, chips and country come from the file).
    File { path: PathBuf, lines: FxoLines },
}

/// How the FXO lines reach the account: each line's number, and the gateway address.
#[derive(Debug, Clone)]
pub struct FxoLines {
    /// The number each FXO line's incoming calls are for (`didN=`), by line.
    pub dids: Vec<String>,
    /// Lines whose exchange reverses polarity when the called number answers
    /// (`answerN=polarity`): their calls out are answered then, not when the digits are out.
    pub answer_on_polarity: Vec<bool>,
    pub sip_ip: IpAddr,
}

impl FxoLines {
    /// Every one of `count` FXO lines needs its number, and no number names a missing line.
    fn check(&self, count: usize) -> Result<(), String> {
        if let Some(n) = (count..self.dids.len()).find(|&i| !self.dids[i].is_empty()) {
            return Err(format!(
                "--board: did{} names an FXO line the board does not have",
                n + 1
            ));
        }
        if let Some(n) =
            (count..self.answer_on_polarity.len()).find(|&i| self.answer_on_polarity[i])
        {
            return Err(format!(
                "--board: answer{} names an FXO line the board does not have",
                n + 1
            ));
        }
        if let Some(n) = (0..count).find(|&i| self.dids.get(i).is_none_or(String::is_empty)) {
            return Err(format!(
                "--board: FXO line {} needs its number (did{}=...)",
                n + 1,
                n + 1
            ));
        }
        Ok(())
    }
}

impl BoardSpec {
    pub fn parse(text: &str) -> Result<BoardSpec, String> {
        let (head, rest) = text.split_once(',').unwrap_or((text, ""));
        let sim = head == "sim" || head.starts_with("sim:");
        let settings = if sim {
            text.strip_prefix("sim")
                .unwrap_or("")
                .trim_start_matches(':')
        } else {
            rest
        };
        if !sim && head.is_empty() {
            return Err(
                "--board: name a board file, or the simulated board 'sim:fxs=N,country=CC'".into(),
            );
        }
        let mut fxs = 1;
        let mut fxo = 0;
        let mut lines = FxoLines {
            dids: vec![String::new(); MAX_SIM_PORTS],
            answer_on_polarity: vec![false; MAX_SIM_PORTS],
            sip_ip: IpAddr::from(DEFAULT_FXO_SIP_IP),
        };
        let mut country = "us".to_string();
        let mut country_named = false;
        let count = |key: &str, value: &str| {
            value
                .parse::<usize>()
                .ok()
                .filter(|n| *n <= MAX_SIM_PORTS)
                .ok_or_else(|| {
                    format!("--board: {key}={value} is not a port count from 0 to {MAX_SIM_PORTS}")
                })
        };
        for part in settings.split(',').filter(|p| !p.is_empty()) {
            let (key, value) = part
                .split_once('=')
                .ok_or_else(|| format!("--board: '{part}' is not KEY=VALUE"))?;
            match key {
                "fxs" | "fxo" | "country" if !sim => {
                    return Err(format!(
                        "--board: {key}= is for the simulated board; a board file names its ports and country"
                    ));
                }
                "fxs" => fxs = count(key, value)?,
                "fxo" => fxo = count(key, value)?,
                "country" => {
                    country = value.to_ascii_lowercase();
                    country_named = true;
                }
                "fxo_sip" => {
                    lines.sip_ip = value
                        .parse()
                        .map_err(|_| format!("--board: fxo_sip={value} is not an IP address"))?
                }
                _ => {
                    let (setting, line) = numbered_setting(key).ok_or_else(|| {
                        format!(
                            "--board: unknown setting '{key}' (fxs, fxo, didN, answerN, fxo_sip, country)"
                        )
                    })?;
                    if setting == "answer" {
                        lines.answer_on_polarity[line - 1] = match value {
                            "polarity" => true,
                            "dialled" => false,
                            _ => {
                                return Err(format!(
                                    "--board: {key}={value} is not 'polarity' or 'dialled'"
                                ));
                            }
                        };
                        continue;
                    }
                    if value.is_empty() || !value.chars().all(|c| c.is_ascii_digit() || c == '+') {
                        return Err(format!("--board: {key}={value} is not a phone number"));
                    }
                    lines.dids[line - 1] = value.to_string();
                }
            }
        }
        if !sim {
            return Ok(BoardSpec::File {
                path: PathBuf::from(head),
                lines,
            });
        }
        if fxs + fxo == 0 || fxs + fxo > MAX_SIM_PORTS {
            return Err(format!(
                "--board: fxs={fxs} and fxo={fxo} must make 1 to {MAX_SIM_PORTS} ports"
            ));
        }
        lines.check(fxo)?;
        lines.dids.truncate(fxo);
        lines.answer_on_polarity.truncate(fxo);
        let profile = profile(&country).ok_or_else(|| {
            format!(
                "--board: country={country} has no analog profile (one of {})",
                edgepbx_board::profile::COUNTRIES.join(", ")
            )
        })?;
        Ok(BoardSpec::Sim {
            fxs,
            fxo,
            lines,
            profile,
            country_named,
        })
    }
}

/// A per-line setting `didN` / `answerN`: its name and the line number N.
fn numbered_setting(key: &str) -> Option<(&str, usize)> {
    let digits = key.find(|c: char| c.is_ascii_digit())?;
    let (setting, n) = key.split_at(digits);
    let n = n
        .parse::<usize>()
        .ok()
        .filter(|n| (1..=MAX_SIM_PORTS).contains(n))?;
    matches!(setting, "did" | "answer").then_some((setting, n))
}

/// Starts the board's lines; the analog thread runs until the process ends. `table` is
/// where the ports' state is published (for the API).
pub fn start(
    spec: &BoardSpec,
    store: Store,
    sip: &Sip,
    data: &Path,
    table: &PortTable,
) -> Result<(), String> {
    match spec {
        BoardSpec::Sim {
            fxs,
            fxo,
            lines,
            profile,
            country_named,
        } => {
            let board = Arc::new(Mutex::new(SimBoard::new(*fxs, *fxo, *profile)));
            let ports = named_ports(board.lock().map_err(|_| "board lock")?.ports(), |_| None);
            let profiles = LineProfiles::uniform(*profile, ports.len(), *country_named);
            let setup = runtime::LineSetup {
                profiles,
                lines,
                data,
            };
            let gateways = runtime::spawn(board.clone(), ports, setup, store, sip, table)?;
            let control = sim_control::listen(board, gateways.clone())?;
            crate::atomic_file::write(data, SIM_CONTROL_FILE, control.to_string().as_bytes())
                .map_err(|e| format!("{SIM_CONTROL_FILE}: {e}"))?;
            tracing::info!(fxs, fxo, country = profile.code, %control, ?gateways, "simulated analog board");
            Ok(())
        }
        #[cfg(target_os = "linux")]
        BoardSpec::File { path, lines } => hardware::start(path, lines, data, store, sip, table),
        #[cfg(not(target_os = "linux"))]
        BoardSpec::File { .. } => Err("--board FILE: line hardware needs Linux".into()),
    }
}

/// Each port's name ("fxs1", "fxo1" unless the board names it) and start-up error.
fn named_ports<'a>(
    kinds: &[PortKind],
    name_of: impl Fn(PortId) -> Option<&'a str>,
) -> Vec<PortInfo> {
    let mut count = [0usize; 2];
    kinds
        .iter()
        .enumerate()
        .map(|(i, kind)| {
            let (n, prefix) = match kind {
                PortKind::Fxs => (&mut count[0], "fxs"),
                PortKind::Fxo => (&mut count[1], "fxo"),
            };
            *n += 1;
            let name =
                name_of(PortId(i as u8)).map_or_else(|| format!("{prefix}{n}"), str::to_string);
            PortInfo {
                name,
                kind: *kind,
                startup_error: None,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_api_lists_the_analog_profiles_the_board_has() {
        assert_eq!(
            edgepbx_api::countries::ANALOG,
            edgepbx_board::profile::COUNTRIES
        );
    }

    #[test]
    fn board_specs_parse_and_bad_ones_name_the_problem() {
        let BoardSpec::Sim {
            fxs,
            fxo,
            lines,
            profile,
            country_named,
        } = BoardSpec::parse(
            "sim:fxs=2,fxo=2,did1=5551000,did2=5551001,answer2=polarity,country=DE",
        )
        .unwrap()
        else {
            panic!("not the simulated board")
        };
        assert_eq!((fxs, fxo, profile.code, country_named), (2, 2, "de", true));
        let Ok(BoardSpec::Sim {
            profile,
            country_named: false,
            ..
        }) = BoardSpec::parse("sim:fxs=1")
        else {
            panic!("a simulated board without country= follows its accounts")
        };
        assert_eq!(profile.code, "us");
        assert_eq!(lines.dids, vec!["5551000", "5551001"]);
        assert_eq!(lines.answer_on_polarity, vec![false, true]);
        let BoardSpec::File { path, lines } =
            BoardSpec::parse("/etc/edgepbx/board.toml,did1=5551000,fxo_sip=127.0.0.3").unwrap()
        else {
            panic!("not a board file")
        };
        assert_eq!(path, Path::new("/etc/edgepbx/board.toml"));
        assert_eq!(lines.dids[0], "5551000");
        assert_eq!(lines.sip_ip, IpAddr::from([127, 0, 0, 3]));
        assert!(lines.check(1).is_ok());
        let e = lines.check(0).unwrap_err();
        assert!(e.contains("did1 names an FXO line"), "{e}");
        let e = lines.check(2).unwrap_err();
        assert!(e.contains("FXO line 2 needs its number"), "{e}");
        for (bad, says) in [
            ("", "name a board file"),
            ("board.toml,fxs=2", "a board file names its ports"),
            ("board.toml,did1=x", "did1=x"),
            ("sim:fxs=0", "1 to"),
            ("sim:fxs=9", "fxs=9"),
            ("sim:fxo=1", "did1"),
            ("sim:did2=5", "did2"),
            ("sim:fxo=1,did1=abc", "did1=abc"),
            ("sim:fxo=1,did1=5,answer1=maybe", "answer1=maybe"),
            (
                "sim:fxo=1,did1=5,answer2=polarity",
                "answer2 names an FXO line",
            ),
            (
                "sim:fxo=1,did1=5,answer9=polarity",
                "unknown setting 'answer9'",
            ),
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
