//! The box's SNTP client: a thread of its own that drives the sans-IO `edgepbx_sntp::Schedule`
//! over one UDP socket. Servers: the box-wide list an administrator set (`/v2/system/clock`,
//! reread before each query), else the config's `ntp_servers`; none, and it stays idle.
//!
//! A good reply corrects the clock: with `set_system_clock` (the appliance, root) the system
//! clock is set; otherwise, or if that fails, the offset is added to the wall clock the call
//! logic sees (`sip::clock::Clock`). `GET /v2/system_status` shows the outcome ([`status`]).

use std::net::{SocketAddr, ToSocketAddrs, UdpSocket};
use std::sync::Mutex;
use std::sync::atomic::{AtomicI64, Ordering};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use edgepbx_api::system_clock;
use edgepbx_sntp::{Action, Schedule, Timing};
use edgepbx_store::{GLOBAL, Store};
use serde_json::{Value, json};

/// Microseconds SNTP found the wall clock behind (added to the call logic's wall clock: the
/// system clock shifted by `EDGEPBX_CLOCK_OFFSET`).
static OFFSET_US: AtomicI64 = AtomicI64::new(0);
static STATE: Mutex<State> = Mutex::new(State::new());

/// Longest wait in one go, so a changed server list is seen soon.
const RECHECK: Duration = Duration::from_secs(5);

struct State {
    servers: Vec<String>,
    /// The last good reply: server, offset and delay (ms), when (Unix seconds, corrected).
    synced: Option<(String, i64, i64, u64)>,
    /// The most recent failure (kept after a later success: it says which server is bad).
    last_error: Option<String>,
    system_clock_set: bool,
}

impl State {
    const fn new() -> State {
        State {
            servers: Vec::new(),
            synced: None,
            last_error: None,
            system_clock_set: false,
        }
    }
}

/// Whole seconds to add to the system clock's reading.
pub fn offset_secs() -> i64 {
    OFFSET_US.load(Ordering::Relaxed).div_euclid(1_000_000)
}

/// The `sntp` part of `system_status.clock`.
pub fn status() -> Value {
    let s = STATE.lock().unwrap_or_else(|e| e.into_inner());
    json!({
        "servers": s.servers,
        "synchronised": s.synced.is_some(),
        "server": s.synced.as_ref().map(|x| &x.0),
        "offset_ms": s.synced.as_ref().map(|x| x.1),
        "delay_ms": s.synced.as_ref().map(|x| x.2),
        "last_sync": s.synced.as_ref().map(|x| x.3 + edgepbx_store::GREGORIAN_OFFSET),
        "system_clock_set": s.system_clock_set,
        "last_error": s.last_error,
    })
}

pub fn start(store: Store, defaults: Vec<String>, set_system_clock: bool) -> Result<(), String> {
    let socket = UdpSocket::bind("0.0.0.0:0")
        .or_else(|_| UdpSocket::bind("[::]:0"))
        .map_err(|e| format!("SNTP socket: {e}"))?;
    std::thread::Builder::new()
        .name("sntp".into())
        .spawn(move || run(&socket, &store, &defaults, set_system_clock))
        .map(|_| ())
        .map_err(|e| e.to_string())
}

fn servers(store: &Store, defaults: &[String]) -> Vec<String> {
    match store.get(GLOBAL, system_clock::KIND, system_clock::ID) {
        Ok(Some(doc)) => system_clock::stored_servers(&doc).unwrap_or_default(),
        _ => defaults.to_vec(),
    }
}

fn system_us() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_micros() as i64)
}

/// The call logic's wall clock (`sip::clock::Clock`) in microseconds.
fn unix_us() -> i64 {
    system_us() + env_offset_us() + OFFSET_US.load(Ordering::Relaxed)
}

fn env_offset_us() -> i64 {
    crate::sip::clock::env_offset_secs().saturating_mul(1_000_000)
}

fn resolve(server: &str) -> Result<SocketAddr, String> {
    let with_port = if server.ends_with(']') || !server.contains(':') {
        format!("{server}:123")
    } else {
        server.to_string()
    };
    with_port
        .to_socket_addrs()
        .map_err(|e| format!("{server}: {e}"))?
        .next()
        .ok_or_else(|| format!("{server}: no address"))
}

fn run(socket: &UdpSocket, store: &Store, defaults: &[String], set_system_clock: bool) {
    let started = Instant::now();
    let mono = || started.elapsed().as_millis() as u64;
    let mut list = servers(store, defaults);
    let mut schedule = Schedule::new(list.len(), Timing::default());
    let mut asked: Option<SocketAddr> = None;
    let mut buf = [0u8; 512];
    loop {
        let now = servers(store, defaults);
        if now != list {
            tracing::info!(servers = ?now, "SNTP servers changed");
            list = now;
            schedule = Schedule::new(list.len(), Timing::default());
        }
        STATE.lock().unwrap_or_else(|e| e.into_inner()).servers = list.clone();
        let until = match schedule.poll(mono(), unix_us()) {
            Action::Idle => mono() + RECHECK.as_millis() as u64,
            Action::Wait { until_ms } => until_ms,
            Action::Send { server, packet } => {
                asked = None;
                match resolve(&list[server]).and_then(|addr| {
                    socket
                        .send_to(&packet, addr)
                        .map(|_| addr)
                        .map_err(|e| format!("{}: {e}", list[server]))
                }) {
                    Ok(addr) => asked = Some(addr),
                    // The schedule sees no reply and moves on at the timeout.
                    Err(e) => record_error(e),
                }
                continue;
            }
        };
        let wait = Duration::from_millis(until.saturating_sub(mono()).max(1)).min(RECHECK);
        let _ = socket.set_read_timeout(Some(wait));
        let Ok((n, from)) = socket.recv_from(&mut buf) else {
            continue;
        };
        let (Some(server), Some(addr)) = (schedule.asking(), asked) else {
            continue;
        };
        if from != addr {
            continue;
        }
        match schedule.handle(mono(), unix_us(), server, &buf[..n]) {
            None => {}
            Some(Err(e)) => record_error(format!("{}: {e}", list[server])),
            Some(Ok(reply)) => apply(&list[server], reply, set_system_clock),
        }
    }
}

fn record_error(e: String) {
    tracing::warn!(%e, "SNTP query failed");
    STATE.lock().unwrap_or_else(|e| e.into_inner()).last_error = Some(e);
}

fn apply(server: &str, reply: edgepbx_sntp::Reply, set_system_clock: bool) {
    let mut system_clock_set = false;
    if set_system_clock && reply.offset_us.abs() >= 1_000 {
        // The system clock becomes the server's time; the call logic's clock adds
        // EDGEPBX_CLOCK_OFFSET to it, which the offset left here takes back out.
        let env = env_offset_us();
        match set_system_time(
            system_us() + env + OFFSET_US.load(Ordering::Relaxed) + reply.offset_us,
        ) {
            Ok(()) => {
                OFFSET_US.store(-env, Ordering::Relaxed);
                system_clock_set = true;
            }
            Err(e) => tracing::warn!(%e, "cannot set the system clock; correcting only the PBX's"),
        }
    }
    if !system_clock_set {
        OFFSET_US.fetch_add(reply.offset_us, Ordering::Relaxed);
    }
    let at = unix_us().div_euclid(1_000_000) as u64;
    tracing::info!(
        server,
        offset_ms = reply.offset_us / 1000,
        delay_ms = reply.delay_us / 1000,
        system_clock_set,
        "clock synchronised by SNTP"
    );
    let mut s = STATE.lock().unwrap_or_else(|e| e.into_inner());
    s.synced = Some((
        server.to_string(),
        reply.offset_us / 1000,
        reply.delay_us / 1000,
        at,
    ));
    s.system_clock_set |= system_clock_set;
}

/// Sets the system clock to `target` Unix microseconds (needs CAP_SYS_TIME).
fn set_system_time(target: i64) -> Result<(), String> {
    let ts = libc::timespec {
        tv_sec: target.div_euclid(1_000_000) as _,
        tv_nsec: (target.rem_euclid(1_000_000) * 1000) as _,
    };
    // SAFETY: clock_settime reads the timespec passed to it and nothing else.
    if unsafe { libc::clock_settime(libc::CLOCK_REALTIME, &ts) } == 0 {
        Ok(())
    } else {
        Err(std::io::Error::last_os_error().to_string())
    }
}
