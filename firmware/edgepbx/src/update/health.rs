//! The health check after a boot whose slot has used a try (every boot, as with RAUC: the
//! boot script counts a try each time). It probes SIP (an OPTIONS over UDP must be answered),
//! HTTP (a request must get an HTTP answer) and the store (a read), once a second, from a
//! thread of its own that never touches the call engine. All up within `health_timeout_secs`:
//! the slot is marked good. Not: the box reboots (or the process exits, per the config), so
//! the slot runs out of tries and U-Boot boots the previous one.

use std::io::{Read, Write};
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr, TcpStream, UdpSocket};
use std::time::{Duration, Instant};

use edgepbx_store::Store;
use edgepbx_update::health::{HealthCheck, Part, Verdict};

use super::status;
use super::system::{HealthFailure, UpdateConfig};

const PROBE_TIMEOUT: Duration = Duration::from_secs(1);
const ROUND: Duration = Duration::from_secs(1);
/// Exit code of a failed health check with `health_failure = "exit"`.
pub const EXIT_UNHEALTHY: i32 = 75;

/// Starts the check when the system config says this is an A/B box and the booted slot has
/// not been marked good since it booted. A system config that does not parse stops the start;
/// an unreadable boot environment is logged (the PBX still serves; the slot stays unconfirmed).
pub fn start(store: Store, http: SocketAddr, sip: SocketAddr) -> Result<(), String> {
    let Some(config) = UpdateConfig::load(None)? else {
        return Ok(());
    };
    let booted = match config
        .booted_slot()
        .and_then(|slot| status::booted_pending(&config).map(|pending| (slot, pending)))
    {
        Ok((_, false)) => return Ok(()),
        Ok((slot, true)) => slot,
        Err(e) => {
            tracing::error!(%e, "no health check: the A/B boot state cannot be read");
            return Ok(());
        }
    };
    if super::KEY_KIND != "release" {
        tracing::warn!(
            key = %super::trusted_key().id(),
            "this binary trusts a development update key (built without EDGEPBX_UPDATE_PUBLIC_KEY)"
        );
    }
    tracing::info!(slot = %booted, timeout_secs = config.health_timeout_secs, "health check of the booted slot started");
    std::thread::Builder::new()
        .name("health-check".into())
        .spawn(move || check(config, store, http, sip))
        .map_err(|e| e.to_string())?;
    Ok(())
}

fn check(config: UpdateConfig, store: Store, http: SocketAddr, sip: SocketAddr) {
    let started = Instant::now();
    let mut probe = |part: Part| match part {
        Part::Store => store.meta_get("schema").is_ok(),
        Part::Http => probe_http(reachable(http)),
        Part::Sip => probe_sip(reachable(sip)),
    };
    let mut clock = || started.elapsed().as_millis() as u64;
    let mut wait = std::thread::sleep;
    match run_check(
        config.health_timeout_secs * 1000,
        &mut probe,
        &mut clock,
        &mut wait,
    ) {
        Ok(()) => match status::mark_good(&config) {
            Ok(_) => tracing::info!(
                ms = started.elapsed().as_millis() as u64,
                "health check passed: booted slot marked good"
            ),
            Err(e) => tracing::error!(%e, "health check passed but marking the slot good failed"),
        },
        Err(down) => {
            let down: Vec<&str> = down.iter().map(|p| p.name()).collect();
            tracing::error!(
                ?down,
                "health check failed: not up within {} s",
                config.health_timeout_secs
            );
            give_up(config.health_failure);
        }
    }
}

/// Probes the parts still down every round until all are up (`Ok`) or the time is out
/// (`Err` with the parts still down). Time and waiting are inputs so tests run it virtually.
fn run_check(
    timeout_ms: u64,
    probe: &mut dyn FnMut(Part) -> bool,
    clock: &mut dyn FnMut() -> u64,
    wait: &mut dyn FnMut(Duration),
) -> Result<(), Vec<Part>> {
    let mut health = HealthCheck::new(clock(), timeout_ms);
    loop {
        for part in health.down() {
            if probe(part) {
                health.report_up(part);
            }
        }
        match health.verdict(clock()) {
            Verdict::Healthy => return Ok(()),
            Verdict::Failed { down } => return Err(down),
            Verdict::Waiting { .. } => wait(ROUND),
        }
    }
}

fn give_up(how: HealthFailure) -> ! {
    if how == HealthFailure::Reboot {
        // SAFETY: sync and reboot take no pointers; reboot only returns on failure.
        unsafe {
            libc::sync();
            libc::reboot(libc::RB_AUTOBOOT);
        }
        tracing::error!("reboot failed: {}", std::io::Error::last_os_error());
    }
    std::process::exit(EXIT_UNHEALTHY);
}

/// A wildcard listen address is probed on loopback.
fn reachable(addr: SocketAddr) -> SocketAddr {
    match addr.ip() {
        IpAddr::V4(ip) if ip.is_unspecified() => {
            SocketAddr::new(Ipv4Addr::LOCALHOST.into(), addr.port())
        }
        IpAddr::V6(ip) if ip.is_unspecified() => {
            SocketAddr::new(Ipv6Addr::LOCALHOST.into(), addr.port())
        }
        _ => addr,
    }
}

fn probe_http(addr: SocketAddr) -> bool {
    let Ok(mut stream) = TcpStream::connect_timeout(&addr, PROBE_TIMEOUT) else {
        return false;
    };
    let _ = stream.set_read_timeout(Some(PROBE_TIMEOUT));
    let request =
        format!("GET /v2/system_status HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n");
    let mut head = [0u8; 12];
    stream.write_all(request.as_bytes()).is_ok()
        && stream.read_exact(&mut head).is_ok()
        && head.starts_with(b"HTTP/1.1 ")
}

fn probe_sip(addr: SocketAddr) -> bool {
    let local: SocketAddr = match addr {
        SocketAddr::V4(_) => (Ipv4Addr::LOCALHOST, 0).into(),
        SocketAddr::V6(_) => (Ipv6Addr::LOCALHOST, 0).into(),
    };
    let Ok(socket) = UdpSocket::bind(local) else {
        return false;
    };
    let Ok(me) = socket.local_addr() else {
        return false;
    };
    let _ = socket.set_read_timeout(Some(PROBE_TIMEOUT));
    let branch = format!("z9hG4bK-health-{}", std::process::id());
    let options = format!(
        "OPTIONS sip:{addr} SIP/2.0\r\nVia: SIP/2.0/UDP {me};branch={branch};rport\r\n\
         Max-Forwards: 70\r\nFrom: <sip:health@{me}>;tag=health\r\nTo: <sip:{addr}>\r\n\
         Call-ID: health-{branch}\r\nCSeq: 1 OPTIONS\r\nContent-Length: 0\r\n\r\n"
    );
    if socket.send_to(options.as_bytes(), addr).is_err() {
        return false;
    }
    let mut buf = [0u8; 2048];
    matches!(socket.recv_from(&mut buf), Ok((n, _)) if buf[..n].starts_with(b"SIP/2.0 "))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::cell::Cell;

    /// Runs the check in virtual time: each wait moves the clock on.
    fn virtual_run(
        timeout_ms: u64,
        mut up_at: impl FnMut(Part, u64) -> bool,
    ) -> (Result<(), Vec<Part>>, u64) {
        let now = Cell::new(0u64);
        let mut probe = |part: Part| up_at(part, now.get());
        let mut clock = || now.get();
        let mut wait = |d: Duration| now.set(now.get() + d.as_millis() as u64);
        let result = run_check(timeout_ms, &mut probe, &mut clock, &mut wait);
        (result, now.get())
    }

    #[test]
    fn all_parts_up_in_time_passes() {
        let (result, at) = virtual_run(30_000, |part, now| part != Part::Sip || now >= 4_000);
        assert_eq!(result, Ok(()));
        assert_eq!(at, 4_000);
    }

    #[test]
    fn a_part_that_never_comes_up_fails_at_the_deadline() {
        let (result, at) = virtual_run(10_000, |part, _| part != Part::Http);
        assert_eq!(result, Err(vec![Part::Http]));
        assert_eq!(at, 10_000);
    }

    #[test]
    fn a_part_seen_up_once_is_not_probed_again() {
        let mut store_probes = 0;
        let (result, _) = virtual_run(5_000, |part, now| {
            if part == Part::Store {
                store_probes += 1;
            }
            part == Part::Store || now >= 3_000
        });
        assert_eq!(result, Ok(()));
        assert_eq!(store_probes, 1);
    }
}
