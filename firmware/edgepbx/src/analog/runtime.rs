//! The analog thread: every 10 ms it runs the board's line state machines (one frame), moves
//! SIP between each port's user agent and the engine, and RTP between each port and the
//! relay. FXS ports reach the engine over an in-process connection (`InternalLink`, the engine
//! lock is taken only to hand a message over); FXO gateways over loopback UDP, because the
//! engine reaches an account's `resources` by address.

use std::net::{IpAddr, SocketAddr, UdpSocket};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use edgepbx_board::fxo::probe::ProbeReport;
use edgepbx_board::fxo::{FxoCommand, FxoLine, FxoRequest};
use edgepbx_board::fxs::Activity;
use edgepbx_board::fxs::dialplan::NumberList;
use edgepbx_board::line::{FRAME_MS, Frame, LineInterface, PortId, PortKind};
use edgepbx_board::runner::{Lines, Request};
use edgepbx_store::Store;

use super::fxo_port::FxoPort;
use super::fxs_port::FxsPort;
use super::line_profiles::LineProfiles;
use super::line_test::LineTest;
use super::rtp::PortRtp;
use super::status::PortTable;
use super::supervision::{self, Supervision};
use super::tick_meter::{TickMeter, TickSummary};
use super::ua::{Identity, Mode, Ua};
use super::{FxoLines, PortInfo, devices};
use crate::sip::{InternalLink, Sip};

/// How often device documents are read again (a device given a port starts registering).
const DEVICE_SCAN_MS: u64 = 2_000;

enum Port {
    Fxs { fxs: FxsPort, link: InternalLink },
    Fxo { fxo: FxoPort, sip: Gateway },
}

/// An FXO gateway's SIP socket and where the engine listens.
struct Gateway {
    socket: UdpSocket,
    engine: SocketAddr,
}

/// How the lines are set up: each port's country profile, the FXO lines' settings given at
/// start, and the data directory that keeps settings applied from line tests.
pub struct LineSetup<'a> {
    pub profiles: LineProfiles,
    pub lines: &'a FxoLines,
    pub data: &'a Path,
}

/// Starts the analog thread for `board`'s `ports` and publishes their state in `table`;
/// returns each FXO line's gateway SIP address (for the account's `resources`).
pub fn spawn<B: LineInterface + Send + 'static>(
    board: Arc<Mutex<B>>,
    ports_info: Vec<PortInfo>,
    setup: LineSetup,
    store: Store,
    sip: &Sip,
    table: &PortTable,
) -> Result<Vec<SocketAddr>, String> {
    let LineSetup {
        profiles,
        lines,
        data,
    } = setup;
    let kinds: Vec<PortKind> = ports_info.iter().map(|p| p.kind).collect();
    let (dids, fxo_sip_ip) = (&lines.dids, lines.sip_ip);
    table.install(&ports_info);
    // Settings applied from line tests win over `answerK=`; an unreadable file is logged and
    // the lines start with their `--board` settings.
    let saved = supervision::load(data).unwrap_or_else(|e| {
        tracing::error!("analog lines: {e}; the lines start with their --board settings");
        Default::default()
    });
    let table = table.clone();
    let rtp_ip = match sip.udp_addr.ip().to_canonical() {
        ip if ip.is_unspecified() => IpAddr::from([127, 0, 0, 1]),
        ip => ip,
    };
    let engine = SocketAddr::new(rtp_ip, sip.udp_addr.port());
    let mut ports = Vec::new();
    let mut gateways = Vec::new();
    let mut fxo_n = 0;
    for (i, kind) in kinds.iter().enumerate() {
        let rtp = PortRtp::bind(rtp_ip, seed() as u32)?;
        match kind {
            PortKind::Fxs => {
                let link = sip.internal_link(rtp.local_addr())?;
                ports.push(Port::Fxs {
                    fxs: FxsPort::new(rtp),
                    link,
                });
            }
            PortKind::Fxo => {
                let socket = UdpSocket::bind((fxo_sip_ip, 0))
                    .and_then(|s| s.set_nonblocking(true).map(|()| s))
                    .map_err(|e| {
                        format!("FXO line {}: SIP socket on {fxo_sip_ip}: {e}", fxo_n + 1)
                    })?;
                let local = socket.local_addr().map_err(|e| e.to_string())?;
                gateways.push(local);
                let name = format!("fxo{}", fxo_n + 1);
                let id = Identity {
                    user: name.clone(),
                    password: String::new(),
                    domain: engine.to_string(),
                };
                let ua = Ua::new(id, Mode::Gateway, local, rtp.local_addr(), seed());
                let did = dids.get(fxo_n).cloned().unwrap_or_default();
                table.set_gateway(i, local, &did);
                let given = Supervision {
                    answer_on_polarity: lines.answer_on_polarity.get(fxo_n) == Some(&true),
                    disconnect: None,
                };
                let applied = saved.get(&ports_info[i].name).copied();
                if applied.is_some() {
                    tracing::info!(line = %name, settings = ?applied, "outside line: settings applied from a line test");
                }
                table.set_supervision(i, applied.unwrap_or(given), applied.is_some());
                fxo_n += 1;
                ports.push(Port::Fxo {
                    fxo: FxoPort::new(
                        name,
                        ua,
                        rtp,
                        did,
                        applied.unwrap_or(given).answer_on_polarity,
                    ),
                    sip: Gateway { socket, engine },
                });
            }
        }
        tracing::debug!(port = i + 1, ?kind, "analog port");
    }
    sip.set_in_box_gateways(&gateways);
    let data = data.to_path_buf();
    std::thread::Builder::new()
        .name("analog".into())
        .spawn(move || run(board, profiles, store, kinds, ports, (table, data)))
        .map_err(|e| format!("analog thread: {e}"))?;
    Ok(gateways)
}

/// Starts the line tests due on idle FXO lines: the dial tone check, or one the API asked
/// for (which waits while the line is busy).
fn start_line_tests(now: u64, lines: &mut Lines, table: &PortTable, dial_tone_check: &mut [bool]) {
    for (i, due) in dial_tone_check.iter_mut().enumerate() {
        let port = PortId(i as u8);
        if lines.fxo(port).is_none() || lines.status(port) != Some((Activity::Idle, None)) {
            continue;
        }
        let number = match table.take_asked_line_test(i) {
            Some(number) => number,
            None if *due => None,
            None => continue,
        };
        *due = false;
        tracing::info!(port = i + 1, ?number, "FXO line test started");
        table.set_line_test(i, LineTest::Running(number.clone()));
        lines.command_fxo(now, port, FxoCommand::Probe(number));
    }
}

/// A line test asked to apply its findings ended: the port's line and gateway act on them
/// from now on, the API shows them, and they are kept (written off this thread: the frames
/// do not wait for the flash).
fn apply_findings(
    port: usize,
    report: &ProbeReport,
    line: &mut FxoLine,
    fxo: &mut FxoPort,
    table: &PortTable,
    data: &Path,
) {
    let mut s = table.supervision(port).unwrap_or_default();
    let applied = s.apply(report);
    s.set_up(line);
    fxo.set_answer_on_polarity(s.answer_on_polarity);
    tracing::info!(port = port + 1, ?applied, settings = ?s, "line test findings applied");
    let keep = table.apply_supervision(port, s, applied);
    let data = data.to_path_buf();
    let spawned = std::thread::Builder::new()
        .name("analog-save".into())
        .spawn(move || {
            // One writer at a time, so the file ends with the latest settings.
            static SAVING: Mutex<()> = Mutex::new(());
            let _one = SAVING.lock().unwrap_or_else(|e| e.into_inner());
            if let Err(e) = supervision::save(&data, &keep) {
                tracing::error!(error = %e, "analog lines: applied settings not saved");
            }
        });
    if let Err(e) = spawned {
        tracing::error!(error = %e, "analog lines: applied settings not saved");
    }
}

/// One window of frame lateness: a debug line (the tick benchmark reads it), at info when
/// frames started more than a frame late (the lines' audio and timers slipped).
fn log_ticks(s: &TickSummary) {
    let TickSummary {
        frames,
        p50_us,
        p99_us,
        max_us,
        late_frames,
    } = *s;
    if late_frames > 0 {
        tracing::info!(target: "edgepbx::analog::ticks", frames, p50_us, p99_us, max_us, late_frames,
            "analog frames started late");
    } else {
        tracing::debug!(target: "edgepbx::analog::ticks", frames, p50_us, p99_us, max_us, late_frames,
            "analog frame lateness");
    }
}

fn seed() -> u64 {
    let mut b = [0u8; 8];
    let _ = getrandom::fill(&mut b);
    u64::from_le_bytes(b)
}

fn run<B: LineInterface>(
    board: Arc<Mutex<B>>,
    profiles: LineProfiles,
    store: Store,
    kinds: Vec<PortKind>,
    mut ports: Vec<Port>,
    (table, data): (PortTable, PathBuf),
) {
    let start = Instant::now();
    let now_ms = || start.elapsed().as_millis() as u64;
    let n = kinds.len();
    let mut lines = Lines::new(now_ms(), &kinds, profiles.default);
    for i in 0..n {
        if let (Some(s), Some(line)) = (table.supervision(i), lines.fxo(PortId(i as u8))) {
            s.set_up(line);
        }
    }
    // Every FXO line is checked for dial tone once it is up and idle: at start-up, and
    // again whenever it comes back up.
    let mut dial_tone_check: Vec<bool> = kinds.iter().map(|k| *k == PortKind::Fxo).collect();
    let mut plan = NumberList::default();
    let mut next_scan = 0u64;
    let mut speech: Vec<Option<Frame>> = vec![None; n];
    // Each FXS port's caller ID time is in its owning account's zone.
    let mut zones = vec![jiff::tz::TimeZone::UTC; n];
    let mut requests = Vec::new();
    let mut due = Instant::now();
    let mut ticks = TickMeter::new(now_ms());
    // Frames the board's bus paces have no due time of their own to be late for.
    let mut board_paces = false;
    let mut buf = vec![0u8; 65_536];
    loop {
        let now = now_ms();
        if !board_paces {
            let late = Instant::now().saturating_duration_since(due);
            ticks.record(late.as_micros().min(u128::from(u32::MAX)) as u32);
            // Far behind (a suspended machine): a new grid instead of rushing frames out.
            if late > Duration::from_millis(4 * FRAME_MS) {
                due = Instant::now();
            }
        }
        if let Some(summary) = ticks.take_window(now) {
            log_ticks(&summary);
        }
        if now >= next_scan {
            next_scan = now + DEVICE_SCAN_MS;
            plan = NumberList::new(devices::callflow_numbers(&store));
            let fxs_count = kinds.iter().filter(|k| **k == PortKind::Fxs).count();
            let mut ids = devices::fxs_identities(&store, fxs_count).into_iter();
            for (i, port) in ports.iter_mut().enumerate() {
                if let Port::Fxs { fxs, .. } = port {
                    let (id, owner) = ids.next().flatten().unzip();
                    let account = owner.as_ref().map(|o| o.account.as_str());
                    zones[i] = account.map_or(jiff::tz::TimeZone::UTC, |a| {
                        devices::account_zone(&store, a)
                    });
                    let (profile, length) = profiles.for_port(i, &store, account);
                    lines.set_fxs_account(PortId(i as u8), profile, length);
                    table.set_owner(i, owner);
                    if fxs.identity() != id.as_ref() {
                        let addr = fxs.rtp.local_addr();
                        fxs.ua = id.map(|id| Ua::new(id, Mode::Device, addr, addr, seed()));
                    }
                }
            }
        }
        let utc_now = jiff::Timestamp::now();
        for (i, port) in ports.iter_mut().enumerate() {
            let p = PortId(i as u8);
            match port {
                Port::Fxs { fxs, link } => {
                    while let Ok(bytes) = link.rx.try_recv() {
                        if let Some(ua) = &mut fxs.ua {
                            ua.handle(now, &bytes);
                        }
                    }
                    let mut cmds = Vec::new();
                    if let Some(ua) = &mut fxs.ua {
                        ua.tick(now);
                        let events: Vec<_> = std::iter::from_fn(|| ua.poll_event()).collect();
                        for ev in events {
                            let datetime = devices::caller_id_datetime(utc_now, &zones[i]);
                            fxs.on_event(ev, &datetime, &mut cmds);
                        }
                    }
                    for cmd in cmds {
                        lines.command_fxs(now, p, cmd);
                    }
                    fxs.rtp.receive();
                    speech[i] = fxs.rtp.next_frame();
                }
                Port::Fxo { fxo, sip } => {
                    while let Ok((len, from)) = sip.socket.recv_from(&mut buf) {
                        // Only the engine's own SIP socket may make the line dial: any other
                        // local program could otherwise call out through it unchecked.
                        if from == sip.engine {
                            fxo.ua.handle(now, &buf[..len]);
                        }
                    }
                    let events: Vec<_> = std::iter::from_fn(|| fxo.ua.poll_event()).collect();
                    let mut cmds = Vec::new();
                    for ev in events {
                        fxo.on_event(ev, &mut cmds);
                    }
                    for cmd in cmds {
                        lines.command_fxo(now, p, cmd);
                    }
                    fxo.rtp.receive();
                    speech[i] = fxo.rtp.next_frame();
                }
            }
        }
        start_line_tests(now, &mut lines, &table, &mut dial_tone_check);
        // On hardware the PCM exchange inside the frame waits for the TDM bus: its capture
        // period is then the frame clock, and this thread does not also sleep.
        board_paces = {
            let Ok(mut b) = board.lock() else { return };
            lines.frame(&mut *b, now, &plan, &speech, &mut requests);
            b.paces_frames()
        };
        for i in 0..n {
            if let Some((activity, alarm)) = lines.status(PortId(i as u8)) {
                table.set_state(i, activity, alarm);
            }
        }
        for (p, req) in requests.drain(..) {
            match (&mut ports[p.0 as usize], req) {
                (Port::Fxs { fxs, .. }, Request::Fxs(req)) => {
                    let mut cmds = Vec::new();
                    fxs.on_request(req, &mut cmds);
                    for cmd in cmds {
                        lines.command_fxs(now, p, cmd);
                    }
                }
                (Port::Fxo { fxo, .. }, Request::Fxo(req)) => {
                    match &req {
                        FxoRequest::Probed(report) => {
                            tracing::info!(port = p.0 + 1, ?report, "FXO line test done");
                            if table.finish_line_test(p.0 as usize, report.clone())
                                && let Some(line) = lines.fxo(p)
                            {
                                apply_findings(p.0 as usize, report, line, fxo, &table, &data);
                            }
                        }
                        FxoRequest::LineUp => dial_tone_check[p.0 as usize] = true,
                        _ => {}
                    }
                    fxo.on_request(req)
                }
                _ => {}
            }
        }
        for (i, port) in ports.iter_mut().enumerate() {
            let line_audio = lines.speech_from(PortId(i as u8));
            match port {
                Port::Fxs { fxs, link } => {
                    fxs.rtp.send_frame(line_audio);
                    if let Some(ua) = &mut fxs.ua {
                        while let Some(bytes) = ua.poll_transmit() {
                            link.send(&bytes);
                        }
                    }
                }
                Port::Fxo { fxo, sip } => {
                    fxo.rtp.send_frame(line_audio);
                    while let Some(bytes) = fxo.ua.poll_transmit() {
                        if let Err(e) = sip.socket.send_to(&bytes, sip.engine) {
                            tracing::warn!(error = %e, "FXO gateway: SIP send failed");
                        }
                    }
                }
            }
        }
        if board_paces {
            due = Instant::now();
            continue;
        }
        // Next frame boundary on a fixed grid, so lateness does not accumulate.
        due += Duration::from_millis(FRAME_MS);
        if let Some(wait) = due.checked_duration_since(Instant::now()) {
            std::thread::sleep(wait);
        }
    }
}
