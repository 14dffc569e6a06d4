//! `--board FILE`: the line hardware a board file describes. Chips are brought up before the
//! line thread starts; a device that is missing or a chip that answers wrongly leaves its
//! port down with the start-up error naming it, and the rest of the box runs on.

use std::path::Path;
use std::sync::{Arc, Mutex};

use edgepbx_board::board_file::load;
use edgepbx_board::line::{LineInterface, PortKind};
use edgepbx_board::linux::open_board;
use edgepbx_board::profile::profile;
use edgepbx_store::Store;

use super::line_profiles::LineProfiles;
use super::{FxoLines, PortTable, named_ports, runtime};
use crate::sip::Sip;

pub fn start(
    path: &Path,
    lines: &FxoLines,
    data: &Path,
    store: Store,
    sip: &Sip,
    table: &PortTable,
) -> Result<(), String> {
    // A file that cannot be read or parsed is the operator's mistake: refuse to start.
    let spec = load(path).map_err(|e| format!("--board: {e}"))?;
    let country = spec.country.code();
    let opened = open_board(&spec);
    let board = opened.board;
    let profile = profile(country).ok_or_else(|| {
        format!(
            "--board {}: country {country} has no line profile",
            path.display()
        )
    })?;
    let fxo_count = board
        .ports()
        .iter()
        .filter(|k| **k == PortKind::Fxo)
        .count();
    lines.check(fxo_count)?;
    let mut ports = named_ports(board.ports(), |p| board.port_name(p));
    for (port, reason) in board.missing_ports() {
        ports[usize::from(port.0)].startup_error = Some(reason.to_string());
    }
    for error in opened.errors.iter().filter(|e| e.starts_with("pcm: ")) {
        tracing::error!(
            "analog board {}: {error}; ports hear silence",
            path.display()
        );
    }
    for (i, port) in ports.iter().enumerate() {
        match &port.startup_error {
            Some(e) => tracing::error!(port = %port.name, "analog port down: {e}"),
            None => {
                tracing::info!(port = %port.name, kind = ?port.kind, slot = i, "analog port up")
            }
        }
    }
    // Ports whose country the file names keep its profile; the others follow their
    // owning accounts.
    let profiles = LineProfiles {
        default: profile,
        fixed: spec
            .ports
            .iter()
            .map(|p| {
                p.fixed_country()
                    .and_then(|c| edgepbx_board::profile::profile(c.code()))
            })
            .collect(),
    };
    let clocked = board.paces_frames();
    let names: Vec<_> = ports.iter().map(|p| p.name.clone()).collect();
    runtime::spawn(
        Arc::new(Mutex::new(board)),
        ports,
        runtime::LineSetup {
            profiles,
            lines,
            data,
        },
        store,
        sip,
        table,
    )?;
    tracing::info!(
        board = %path.display(),
        country = profile.code,
        ports = ?names,
        frame_clock = if clocked { "pcm" } else { "timer" },
        "analog board"
    );
    Ok(())
}
