//! Drives edgepbx-relay for scripts/bench/relay.sh: allocates N sessions with fixed remotes and
//! prints their ports, in the same format as the bare baseline (scripts/bench/udp-relay).
//!
//!   relay_bench --calls N [--bind 127.0.0.1] [--port-min 20000] [--port-max 29999]
//!               --a-remote IP:PORT --b-remote IP:PORT [--remotes K]
//!
//! Session i gets remotes a-remote + (i mod K) and b-remote + (i mod K) via set_remote, as the
//! SIP engine would from the two SDPs. Prints "RSS_KB before after" (process RSS before and after
//! allocating, for the per-session memory figure), "PORTS a b" per session, then "READY", and
//! runs until killed, printing "STATS forwarded=F dropped=D" (totals) on stderr every second.

use std::io::Write;
use std::net::{IpAddr, SocketAddr};

use edgepbx_relay::{Relay, RelayConfig, Side};

fn arg<T: std::str::FromStr>(name: &str, default: Option<&str>) -> T {
    let args: Vec<String> = std::env::args().collect();
    let v = args
        .iter()
        .position(|a| a == name)
        .and_then(|i| args.get(i + 1))
        .map(String::as_str)
        .or(default);
    match v.map(str::parse) {
        Some(Ok(v)) => v,
        _ => {
            eprintln!("relay_bench: missing or bad {name}");
            std::process::exit(2)
        }
    }
}

fn rss_kb() -> u64 {
    let s = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    s.lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))
        .and_then(|v| v.split_whitespace().next()?.parse().ok())
        .unwrap_or(0)
}

fn main() {
    let calls: usize = arg("--calls", None);
    let bind_ip: IpAddr = arg("--bind", Some("127.0.0.1"));
    let port_min: u16 = arg("--port-min", Some("20000"));
    let port_max: u16 = arg("--port-max", Some("29999"));
    let a_remote: SocketAddr = arg("--a-remote", None);
    let b_remote: SocketAddr = arg("--b-remote", None);
    let k: usize = arg("--remotes", Some("1"));
    let nth = |base: SocketAddr, i: usize| SocketAddr::new(base.ip(), base.port() + (i % k) as u16);

    let relay = Relay::start(RelayConfig {
        bind_ip,
        port_min,
        port_max,
    })
    .expect("relay start");
    let before = rss_kb();
    let mut lines = Vec::with_capacity(calls);
    let mut ids = Vec::with_capacity(calls);
    for i in 0..calls {
        let al = relay
            .allocate()
            .unwrap_or_else(|e| panic!("allocate #{i}: {e}"));
        relay.set_remote(al.id, Side::A, nth(a_remote, i)).unwrap();
        relay.set_remote(al.id, Side::B, nth(b_remote, i)).unwrap();
        lines.push(format!("PORTS {} {}", al.a_port, al.b_port));
        ids.push(al.id);
    }
    let after = rss_kb();
    let mut out = std::io::stdout().lock();
    writeln!(out, "RSS_KB {before} {after}").unwrap();
    for l in &lines {
        writeln!(out, "{l}").unwrap();
    }
    writeln!(out, "READY").unwrap();
    out.flush().unwrap();
    drop(out);
    drop(lines);
    // Totals over all sessions once a second on stderr: forwarded, dropped.
    loop {
        std::thread::sleep(std::time::Duration::from_secs(1));
        let (mut fwd, mut dropped) = (0, 0);
        for id in &ids {
            if let Some(s) = relay.stats(*id) {
                fwd += s.a_to_b_packets + s.b_to_a_packets;
                dropped += s.dropped;
            }
        }
        eprintln!("STATS forwarded={fwd} dropped={dropped}");
    }
}
