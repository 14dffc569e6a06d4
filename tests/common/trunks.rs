//! Carriers for tests of calls out and in: `resources` documents in KAZOO's shape for North
//! American numbers, the `no_match` callflow that sends every number nobody owns out through
//! them, and SIPp playing a carrier on its own loopback address (phones call from 127.0.0.1,
//! which must not look like a carrier).

use super::Client;
use super::sipp::{Sipp, SippDir, free_port};
use serde_json::json;
use std::net::UdpSocket;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

/// Where the SIPp carrier listens and sends its media from.
pub const CARRIER_IP: &str = "127.0.0.7";

/// One `resources` document per gateway `(ip, port)` (no port: the SIP default), named
/// "carrier 0", "carrier 1", ... and tried in this order (`weight_cost` 10, 20, ...).
pub fn carriers(admin: &Client, gateways: &[(&str, Option<u16>)]) {
    for (i, (ip, port)) in gateways.iter().enumerate() {
        let mut gateway = json!({"server": ip});
        if let Some(port) = port {
            gateway["port"] = json!(port);
        }
        let r = admin.put(
            &admin.url("resources"),
            json!({"name": format!("carrier {i}"), "weight_cost": 10 * (i + 1),
                   "rules": ["^\\+?1?(\\d{10})$"], "gateways": [gateway]}),
        );
        assert_eq!(r.status, 201, "{}", r.text());
    }
}

/// Every number nobody owns goes out through the carriers (KAZOO's `no_match` to `offnet`).
pub fn unowned_numbers_go_out(admin: &Client) {
    super::id_of(&admin.put(
        &admin.url("callflows"),
        json!({"numbers": ["no_match"], "flow": {"module": "offnet", "data": {}}}),
    ));
}

/// SIPp as the carrier on [`CARRIER_IP`]: `scenario` on `port`, its media on a free port, with
/// the further arguments `args` (call count, target, ...).
pub fn sipp_carrier(dir: &SippDir, scenario: &str, port: u16, args: &[&str]) -> Sipp {
    let (port, media) = (port.to_string(), free_port().to_string());
    let mut all = vec![
        "-sf", scenario, "-i", CARRIER_IP, "-p", &port, "-mi", CARRIER_IP, "-mp", &media,
    ];
    all.extend_from_slice(args);
    dir.spawn(&all)
}

/// A UDP "gateway" on `ip` that counts the requests of `method` it gets and answers each
/// with `answer` (a status line), or not at all; it stops after 60 s of silence.
pub fn fake_gateway(
    ip: &str,
    method: &'static str,
    answer: Option<&'static str>,
) -> (u16, Arc<AtomicUsize>) {
    let sock = UdpSocket::bind((ip, 0)).unwrap();
    sock.set_read_timeout(Some(Duration::from_secs(60)))
        .unwrap();
    let port = sock.local_addr().unwrap().port();
    let count = Arc::new(AtomicUsize::new(0));
    let counter = count.clone();
    std::thread::spawn(move || {
        let mut buf = [0u8; 4096];
        while let Ok((n, from)) = sock.recv_from(&mut buf) {
            let text = String::from_utf8_lossy(&buf[..n]).to_string();
            if !text.starts_with(&format!("{method} ")) {
                continue;
            }
            counter.fetch_add(1, Ordering::Relaxed);
            let Some(status) = answer else { continue };
            let copy = |name: &str| {
                text.lines()
                    .filter(|l| l.to_ascii_lowercase().starts_with(&format!("{name}:")))
                    .collect::<Vec<_>>()
                    .join("\r\n")
            };
            let reply = format!(
                "SIP/2.0 {status}\r\n{}\r\n{}\r\n{};tag=gw\r\n{}\r\n{}\r\nContent-Length: 0\r\n\r\n",
                copy("via"),
                copy("from"),
                copy("to"),
                copy("call-id"),
                copy("cseq"),
            );
            let _ = sock.send_to(reply.as_bytes(), from);
        }
    });
    (port, count)
}
