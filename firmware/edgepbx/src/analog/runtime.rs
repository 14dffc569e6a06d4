//! The analog thread: every 10 ms it runs the board's line state machines (one frame), moves
//! SIP between each port's user agent and the engine, and RTP between each port and the
//! relay. It only takes the engine lock to hand a message over (`InternalLink::send`).

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use edgepbx_board::fxs::FxsCommand;
use edgepbx_board::fxs::dialplan::NumberList;
use edgepbx_board::line::{FRAME_MS, Frame, LineInterface, PortId};
use edgepbx_board::profile::Profile;
use edgepbx_board::runner::{Lines, Request};
use edgepbx_board::sim::SimBoard;
use edgepbx_store::Store;

use super::devices;
use super::port::FxsPort;
use super::rtp::PortRtp;
use super::ua::Ua;
use crate::sip::{InternalLink, Sip};

/// How often device documents are read again (a device given a port starts registering).
const DEVICE_SCAN_MS: u64 = 2_000;

struct Port {
    fxs: FxsPort,
    link: InternalLink,
}

pub fn spawn(
    board: Arc<Mutex<SimBoard>>,
    profile: Profile,
    store: Store,
    sip: &Sip,
) -> Result<(), String> {
    let kinds = board.lock().map_err(|_| "board lock")?.ports().to_vec();
    let mut ports = Vec::new();
    for (i, _) in kinds.iter().enumerate() {
        let rtp = PortRtp::bind(sip.udp_addr.ip().to_canonical(), seed() as u32)?;
        let rtp = if rtp.local_addr().ip().is_unspecified() {
            PortRtp::bind([127, 0, 0, 1].into(), seed() as u32)?
        } else {
            rtp
        };
        let link = sip.internal_link(rtp.local_addr())?;
        tracing::debug!(port = i + 1, rtp = %rtp.local_addr(), "analog port");
        ports.push(Port {
            fxs: FxsPort::new(rtp),
            link,
        });
    }
    std::thread::Builder::new()
        .name("analog".into())
        .spawn(move || run(board, profile, store, kinds.len(), ports))
        .map_err(|e| format!("analog thread: {e}"))?;
    Ok(())
}

fn seed() -> u64 {
    let mut b = [0u8; 8];
    let _ = getrandom::fill(&mut b);
    u64::from_le_bytes(b)
}

fn run(
    board: Arc<Mutex<SimBoard>>,
    profile: Profile,
    store: Store,
    n: usize,
    mut ports: Vec<Port>,
) {
    let Some(first) = ports.first() else { return };
    let start_ms = first.link.now_ms();
    let mut lines = Lines::new(
        start_ms,
        &vec![edgepbx_board::line::PortKind::Fxs; n],
        profile,
    );
    let mut plan = NumberList::default();
    let mut next_scan = 0u64;
    let mut speech: Vec<Option<Frame>> = vec![None; n];
    let mut requests = Vec::new();
    let mut commands = Vec::new();
    let mut due = Instant::now();
    loop {
        let now = ports[0].link.now_ms();
        if now >= next_scan {
            next_scan = now + DEVICE_SCAN_MS;
            plan = NumberList::new(devices::callflow_numbers(&store));
            let ids = devices::fxs_identities(&store, n);
            for (port, id) in ports.iter_mut().zip(ids) {
                if port.fxs.identity() != id.as_ref() {
                    port.fxs.ua = id.map(|id| {
                        Ua::new(
                            id,
                            port.fxs.rtp.local_addr(),
                            port.fxs.rtp.local_addr(),
                            seed(),
                        )
                    });
                }
            }
        }
        let datetime = datetime_now();
        for (i, port) in ports.iter_mut().enumerate() {
            let p = PortId(i as u8);
            while let Ok(bytes) = port.link.rx.try_recv() {
                if let Some(ua) = &mut port.fxs.ua {
                    ua.handle(now, &bytes);
                }
            }
            if let Some(ua) = &mut port.fxs.ua {
                ua.tick(now);
            }
            drain_events(&mut port.fxs, &datetime, &mut commands);
            for cmd in commands.drain(..) {
                lines.command_fxs(now, p, cmd);
            }
            port.fxs.rtp.receive();
            speech[i] = port.fxs.rtp.next_frame();
        }
        {
            let Ok(mut b) = board.lock() else { return };
            lines.frame(&mut *b, now, &plan, &speech, &mut requests);
        }
        for (p, req) in requests.drain(..) {
            // The simulated board of the binary has FXS ports only (FXO call control is not
            // joined to the engine yet).
            let Request::Fxs(req) = req else { continue };
            let port = &mut ports[p.0 as usize];
            port.fxs.on_request(req, &mut commands);
            for cmd in commands.drain(..) {
                lines.command_fxs(now, p, cmd);
            }
        }
        for (i, port) in ports.iter_mut().enumerate() {
            port.fxs.rtp.send_frame(lines.speech_from(PortId(i as u8)));
            if let Some(ua) = &mut port.fxs.ua {
                while let Some(bytes) = ua.poll_transmit() {
                    port.link.send(&bytes);
                }
            }
        }
        // Next frame boundary on a fixed grid, so lateness does not accumulate; far behind
        // (a suspended machine) starts a new grid instead of rushing frames out.
        due += Duration::from_millis(FRAME_MS);
        let now = Instant::now();
        match due.checked_duration_since(now) {
            Some(wait) => std::thread::sleep(wait),
            None if now - due > Duration::from_millis(4 * FRAME_MS) => {
                tracing::debug!(late = ?(now - due), "analog frame tick late");
                due = now;
            }
            None => {}
        }
    }
}

fn drain_events(port: &mut FxsPort, datetime: &str, commands: &mut Vec<FxsCommand>) {
    let Some(ua) = &mut port.ua else { return };
    let events: Vec<_> = std::iter::from_fn(|| ua.poll_event()).collect();
    for ev in events {
        port.on_event(ev, datetime, commands);
    }
}

/// "MMDDHHMM" in UTC for caller ID.
fn datetime_now() -> String {
    let ts = jiff::Timestamp::now();
    ts.strftime("%m%d%H%M").to_string()
}
