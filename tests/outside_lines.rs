//! Calls out through carriers: a gateway that answers 503 is skipped for the next one by
//! weight, which (a SIPp UAS) takes the call; the number is sent as the rule's capture.

mod common;

use std::net::UdpSocket;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use common::sipp::{SippDir, devices, free_port, uac};
use common::{Pbx, id_of};
use serde_json::json;

/// A gateway out of service: answers every INVITE with 503 (and absorbs the ACKs), counting
/// the INVITEs, until nothing comes for 20 s.
fn out_of_service_gateway() -> (u16, Arc<AtomicUsize>) {
    let sock = UdpSocket::bind("127.0.0.6:0").unwrap();
    sock.set_read_timeout(Some(Duration::from_secs(20)))
        .unwrap();
    let port = sock.local_addr().unwrap().port();
    let invites = Arc::new(AtomicUsize::new(0));
    let counter = invites.clone();
    std::thread::spawn(move || {
        let mut buf = [0u8; 4096];
        while let Ok((n, from)) = sock.recv_from(&mut buf) {
            let text = String::from_utf8_lossy(&buf[..n]).to_string();
            if !text.starts_with("INVITE ") {
                continue;
            }
            counter.fetch_add(1, Ordering::Relaxed);
            let header = |name: &str| {
                text.lines()
                    .filter(|l| {
                        l.to_ascii_lowercase()
                            .starts_with(&format!("{}:", name.to_ascii_lowercase()))
                    })
                    .collect::<Vec<_>>()
                    .join("\r\n")
            };
            let reply = format!(
                "SIP/2.0 503 Service Unavailable\r\n{}\r\n{}\r\n{};tag=down\r\n{}\r\n{}\r\nContent-Length: 0\r\n\r\n",
                header("Via"),
                header("From"),
                header("To"),
                header("Call-ID"),
                header("CSeq"),
            );
            let _ = sock.send_to(reply.as_bytes(), from);
        }
    });
    (port, invites)
}

#[test]
fn a_call_out_fails_over_from_a_gateway_answering_503_to_the_next() {
    let pbx = Pbx::start();
    let admin = pbx.admin();
    devices(&admin, &["2200"], 20);
    let (down_port, down_invites) = out_of_service_gateway();
    let live_port = free_port();
    for (name, weight, server, port) in [
        ("primary", 10, "127.0.0.6", down_port),
        ("backup", 20, "127.0.0.7", live_port),
    ] {
        let r = admin.put(
            &admin.url("resources"),
            json!({"name": name, "weight_cost": weight, "rules": ["^\\+?1?(\\d{10})$"],
                   "gateways": [{"server": server, "port": port}]}),
        );
        assert_eq!(r.status, 201, "{}", r.text());
    }
    let r = admin.put(
        &admin.url("callflows"),
        json!({"numbers": ["no_match"], "flow": {"module": "offnet", "data": {}}}),
    );
    id_of(&r);
    let dir = SippDir::new();
    // The backup carrier (SIPp on 127.0.0.7: phones call from 127.0.0.1, which must not
    // look like a carrier) answers.
    let (port, media) = (live_port.to_string(), free_port().to_string());
    let mut carrier = dir.spawn(&[
        "-sf",
        "uas_echo.xml",
        "-i",
        "127.0.0.7",
        "-p",
        &port,
        "-mi",
        "127.0.0.7",
        "-mp",
        &media,
        "-m",
        "1",
    ]);
    let mut caller = uac(
        &dir,
        &pbx,
        "uac_auth_rtp.xml",
        "2200",
        "+14155550123",
        &["-d", "1000"],
    );
    caller.expect_ok(Duration::from_secs(30));
    carrier.expect_ok(Duration::from_secs(10));
    assert_eq!(
        down_invites.load(Ordering::Relaxed),
        1,
        "the primary was tried once first"
    );
}
