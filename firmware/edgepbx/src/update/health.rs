//! The health check after a boot whose slot has used a try (every boot, as with RAUC: the
//! boot script counts a try each time). It probes SIP (an OPTIONS over UDP must be answered),
//! HTTP (a request must get an HTTP answer) and the store (a read), once a second, from a
//! thread of its own that never touches the call engine. All up within `health_timeout_secs`:
//! the slot is marked good. Not: the box reboots (or the process exits, per the config), so
//! the slot runs out of tries and U-Boot boots the previous one.
//!
//! The time limit counts from the first start of `edgepbx run` in this boot of this slot, not
//! from each start: a PBX that crashes and is restarted by the supervisor again and again gets
//! no new limit, and a start after the limit with the slot still not good reboots at once. The
//! first start is kept in `health-check.json` in the data directory, keyed by the kernel's
//! boot id, the slot and its tries left (so each boot, real or simulated, starts afresh).

use std::net::SocketAddr;
use std::path::Path;
use std::time::{Duration, Instant};

use serde::{Deserialize, Serialize};

use edgepbx_store::Store;
use edgepbx_update::health::{HealthCheck, Part, Verdict};

use super::probes::{probe_http, probe_sip, reachable};
use super::status;
use super::system::{HealthFailure, UpdateConfig};

const ROUND: Duration = Duration::from_secs(1);
/// Exit code of a failed health check with `health_failure = "exit"`.
pub const EXIT_UNHEALTHY: i32 = 75;

/// A health check this process owes: the booted slot has not been marked good since it booted.
pub struct Pending {
    config: UpdateConfig,
    /// Milliseconds left of the limit, counted from the first start in this boot.
    left_ms: u64,
}

/// Called first thing in `edgepbx run`: on an A/B box whose booted slot is not yet good, finds
/// (or records) when this boot's first start was; past the limit it gives up at once (a crash
/// loop), else returns the check to run once the PBX is up. A system config that does not
/// parse stops the start; an unreadable boot state is logged and the PBX serves unchecked.
pub fn before_start(data: &Path) -> Result<Option<Pending>, String> {
    let Some(config) = UpdateConfig::load(None)? else {
        return Ok(None);
    };
    // An update cut short by a power cut or crash left its spool on the data partition. (A
    // CLI update running now keeps its open file; only the name goes.)
    super::spool::remove_leftover(&config.spool_dir);
    let (booted, tries_left) = match config.booted_slot().and_then(|slot| {
        status::booted_tries(&config).map(|(tries, pending)| (slot, tries, pending))
    }) {
        Ok((_, _, false)) => return Ok(None),
        Ok((slot, tries, true)) => (slot, tries),
        Err(e) => {
            tracing::error!(%e, "no health check: the A/B boot state cannot be read");
            return Ok(None);
        }
    };
    if super::KEY_KIND != "release" {
        tracing::warn!(
            key = %super::trusted_key().id(),
            "this binary trusts a development update key (built without EDGEPBX_UPDATE_PUBLIC_KEY)"
        );
    }
    let this_boot = FirstStart {
        boot_id: boot_id(),
        slot: booted.name().to_string(),
        tries_left,
        at_ms: 0,
    };
    let now = boot_clock_ms();
    let used = now.saturating_sub(first_start(data, this_boot, now));
    let limit = config.health_timeout_secs * 1000;
    if used >= limit {
        tracing::error!(
            slot = %booted,
            "health check failed: the slot was not healthy within {} s of its first start in this boot (a crash loop?)",
            config.health_timeout_secs
        );
        give_up(config.health_failure);
    }
    tracing::info!(slot = %booted, left_secs = (limit - used) / 1000, "health check of the booted slot pending");
    Ok(Some(Pending {
        config,
        left_ms: limit - used,
    }))
}

/// Starts the check on its own thread once SIP, HTTP and the store are running.
pub fn start(
    pending: Pending,
    store: Store,
    http: SocketAddr,
    sip: SocketAddr,
) -> Result<(), String> {
    std::thread::Builder::new()
        .name("health-check".into())
        .spawn(move || check(pending, store, http, sip))
        .map(|_| ())
        .map_err(|e| e.to_string())
}

#[derive(Serialize, Deserialize, PartialEq)]
struct FirstStart {
    boot_id: String,
    slot: String,
    tries_left: u32,
    at_ms: u64,
}

const FIRST_START_FILE: &str = "health-check.json";

/// When `this_boot` first started, recording `now` if this is its first start.
fn first_start(data: &Path, this_boot: FirstStart, now: u64) -> u64 {
    let recorded: Option<FirstStart> = std::fs::read(data.join(FIRST_START_FILE))
        .ok()
        .and_then(|b| serde_json::from_slice(&b).ok());
    if let Some(r) = recorded
        && r.at_ms <= now
        && (FirstStart { at_ms: 0, ..r }) == this_boot
    {
        return r.at_ms;
    }
    let record = FirstStart {
        at_ms: now,
        ..this_boot
    };
    if let Ok(bytes) = serde_json::to_vec(&record)
        && let Err(e) = crate::atomic_file::write(data, FIRST_START_FILE, &bytes)
    {
        tracing::warn!(%e, "cannot record the first start of this boot: a crash loop gets a new limit at each start");
    }
    now
}

/// The kernel's id of this boot (a new one at every boot).
fn boot_id() -> String {
    std::fs::read_to_string("/proc/sys/kernel/random/boot_id")
        .map(|s| s.trim().to_string())
        .unwrap_or_default()
}

/// Milliseconds since boot (CLOCK_BOOTTIME: never goes back, counts suspend too).
fn boot_clock_ms() -> u64 {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: clock_gettime writes only the timespec passed to it.
    unsafe { libc::clock_gettime(libc::CLOCK_BOOTTIME, &mut ts) };
    ts.tv_sec as u64 * 1000 + ts.tv_nsec as u64 / 1_000_000
}

fn check(pending: Pending, store: Store, http: SocketAddr, sip: SocketAddr) {
    let config = pending.config;
    let started = Instant::now();
    let mut probe = |part: Part| match part {
        Part::Store => store.meta_get("schema").is_ok(),
        Part::Http => probe_http(reachable(http)),
        Part::Sip => probe_sip(reachable(sip)),
    };
    let mut clock = || started.elapsed().as_millis() as u64;
    let mut wait = std::thread::sleep;
    match run_check(pending.left_ms, &mut probe, &mut clock, &mut wait) {
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
                "health check failed: not up within {} s of the first start",
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
        // The system's reboot first: its shutdown stops this process cleanly (SIGTERM) and
        // unmounts the data partition. The system call if that cannot run.
        match std::process::Command::new("/sbin/reboot").status() {
            Ok(status) if status.success() => {
                tracing::error!("health check failed: rebooting");
                // Wait for the shutdown's SIGTERM; exit if it never comes.
                std::thread::sleep(Duration::from_secs(60));
            }
            _ => {
                // SAFETY: sync and reboot take no pointers; reboot only returns on failure.
                unsafe {
                    libc::sync();
                    libc::reboot(libc::RB_AUTOBOOT);
                }
                tracing::error!("reboot failed: {}", std::io::Error::last_os_error());
            }
        }
    }
    std::process::exit(EXIT_UNHEALTHY);
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
