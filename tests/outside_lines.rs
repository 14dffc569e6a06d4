//! Calls out through carriers: a gateway that answers 503 is skipped for the next one by
//! weight, which (a SIPp UAS) takes the call; the number is sent as the rule's capture.

mod common;

use std::net::UdpSocket;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use common::sipp::{SippDir, devices, free_port, uac};
use common::{Pbx, trunks};

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
    // The primary gateway answers 503; the backup carrier (SIPp) answers.
    trunks::carriers(
        &admin,
        &[
            ("127.0.0.6", Some(down_port)),
            (trunks::CARRIER_IP, Some(live_port)),
        ],
    );
    trunks::unowned_numbers_go_out(&admin);
    let dir = SippDir::new();
    let mut carrier = trunks::sipp_carrier(&dir, "uas_echo.xml", live_port, &["-m", "1"]);
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
