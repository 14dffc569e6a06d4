//! The box behind the office router (`stun_server`): a STUN responder in the test says the
//! box's packets come from 198.51.100.77 (as a NAT router would), and the box shows that
//! address to the SIPp gateway only: the trunk leg's Via, Contact and SDP `c=` carry it,
//! while the phone in the same call keeps seeing the box's own 127.0.0.1; on calls out
//! and on calls in. `system_status` shows the address found.

mod common;

use std::net::UdpSocket;
use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use common::sipp::{SippDir, devices, free_port, register_from, uac, uas};
use common::{Client, Pbx, id_of, trunks};
use serde_json::json;

const OUTSIDE: &str = "198.51.100.77";

/// A STUN server (RFC 5389 Binding) answering every request with a mapped address of
/// [`OUTSIDE`]:40000, counting the requests; it stops after 60 s without one.
fn stun_responder() -> (String, Arc<AtomicUsize>) {
    let sock = UdpSocket::bind("127.0.0.1:0").unwrap();
    sock.set_read_timeout(Some(Duration::from_secs(60)))
        .unwrap();
    let addr = sock.local_addr().unwrap().to_string();
    let requests = Arc::new(AtomicUsize::new(0));
    let counter = requests.clone();
    std::thread::spawn(move || {
        let mut buf = [0u8; 1500];
        while let Ok((n, from)) = sock.recv_from(&mut buf) {
            let m = &buf[..n];
            if n < 20 || m[..2] != [0x00, 0x01] || m[4..8] != [0x21, 0x12, 0xa4, 0x42] {
                continue;
            }
            counter.fetch_add(1, Ordering::Relaxed);
            let mut reply = vec![0x01, 0x01, 0x00, 0x0c];
            reply.extend_from_slice(&m[4..20]);
            let port = 40000u16 ^ 0x2112;
            reply.extend([0x00, 0x20, 0x00, 0x08, 0x00, 0x01]);
            reply.extend(port.to_be_bytes());
            let ip: std::net::Ipv4Addr = OUTSIDE.parse().unwrap();
            reply.extend(ip.octets().iter().zip(&m[4..8]).map(|(b, c)| b ^ c));
            let _ = sock.send_to(&reply, from);
        }
    });
    (addr, requests)
}

/// A box using the test's STUN server, once it has found the outside address.
fn box_behind_nat(data: &Path) -> (Pbx, Client, Arc<AtomicUsize>) {
    let (stun, requests) = stun_responder();
    let pbx = Pbx::start_env(data, &[], &[("EDGEPBX_STUN_SERVER", &stun)]);
    let admin = pbx.admin();
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let status = admin.get("/v2/system_status");
        assert_eq!(status.status, 200, "{}", status.text());
        if status.data()["provider_address"] == OUTSIDE {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "no outside address after 10 s: {}",
            status.text()
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    (pbx, admin, requests)
}

/// The Contact and Via header values and the SDP connection address of a message.
fn shown(message: &str) -> (String, String, String) {
    let line = |prefix: &str| {
        message
            .lines()
            .find(|l| l.to_ascii_lowercase().starts_with(prefix))
            .map(|l| l[prefix.len()..].trim().to_string())
            .unwrap_or_default()
    };
    (line("contact:"), line("via:"), line("c=in ip4 "))
}

#[test]
fn a_call_out_shows_the_gateway_the_address_stun_found_and_the_phone_the_lan_one() {
    let data = tempfile::tempdir().unwrap();
    let (pbx, admin, requests) = box_behind_nat(data.path());
    devices(&admin, &["2200"], 20);
    let gateway_port = free_port();
    trunks::carriers(&admin, &[(trunks::CARRIER_IP, Some(gateway_port))]);
    trunks::unowned_numbers_go_out(&admin);
    let dir = SippDir::new();
    let mut gateway = trunks::sipp_carrier(&dir, "uas_echo.xml", gateway_port, &["-m", "1"]);
    let mut phone = uac(
        &dir,
        &pbx,
        "uac_auth_rtp.xml",
        "2200",
        "+14155550123",
        &["-d", "500"],
    );
    phone.expect_ok(Duration::from_secs(30));
    gateway.expect_ok(Duration::from_secs(10));

    let invites = dir.received("uas_echo", "INVITE ");
    let (contact, via, c) = shown(invites.first().expect("the gateway got the INVITE"));
    assert!(contact.contains(&format!("@{OUTSIDE}:")), "{contact}");
    assert!(via.contains(&format!("{OUTSIDE}:")), "{via}");
    assert_eq!(c, OUTSIDE);
    let answers = dir.received("uac_auth_rtp", "SIP/2.0 200");
    let answer = answers
        .iter()
        .find(|m| m.contains("application/sdp"))
        .expect("the phone got the 200 with SDP");
    let (contact, _, c) = shown(answer);
    assert!(contact.contains("@127.0.0.1:"), "{contact}");
    assert_eq!(c, "127.0.0.1");
    assert_eq!(
        requests.load(Ordering::Relaxed),
        1,
        "one STUN query, answered at once"
    );
}

#[test]
fn a_call_in_shows_the_carrier_the_outside_address_and_the_phone_the_lan_one() {
    let data = tempfile::tempdir().unwrap();
    let (pbx, admin, _) = box_behind_nat(data.path());
    let device = devices(&admin, &["2201"], 20).remove(0);
    let r = admin.put(
        &admin.url("callflows"),
        json!({"numbers": ["+14155550142"], "flow": {"module": "device", "data": {"id": device}}}),
    );
    id_of(&r);
    trunks::carriers(&admin, &[(trunks::CARRIER_IP, None)]);
    let dir = SippDir::new();
    let phone_port = free_port();
    register_from(&dir, &pbx, "2201", phone_port);
    let mut phone = uas(&dir, "uas_echo.xml", phone_port, &[]);
    let target = pbx.sip.to_string();
    let mut outside_caller = trunks::sipp_carrier(
        &dir,
        "provider_call.xml",
        free_port(),
        &["-s", "+14155550142", "-m", "1", &target],
    );
    outside_caller.expect_ok(Duration::from_secs(30));
    phone.expect_ok(Duration::from_secs(10));

    let answers = dir.received("provider_call", "SIP/2.0 200");
    let answer = answers
        .iter()
        .find(|m| m.contains("application/sdp"))
        .expect("the carrier got the 200 with SDP");
    let (contact, _, c) = shown(answer);
    assert!(contact.contains(&format!("@{OUTSIDE}:")), "{contact}");
    assert_eq!(c, OUTSIDE);
    let invites = dir.received("uas_echo", "INVITE ");
    let (contact, via, c) = shown(invites.first().expect("the phone was rung"));
    assert!(contact.contains("@127.0.0.1:"), "{contact}");
    assert!(via.contains("127.0.0.1:"), "{via}");
    assert_eq!(c, "127.0.0.1");
}
