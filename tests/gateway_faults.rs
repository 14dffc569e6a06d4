//! Gateways that misbehave, against the real box, each ending in a clear state: one that
//! never answers a call out (the call fails over to the next gateway after timer B, the
//! dead one got a bounded number of INVITEs), a registrar answering 403 to every REGISTER
//! (the reason in the API, no retry storm), a malformed 200 (ACK and BYE to the gateway,
//! 488 to the caller, the box carries on), and an INVITE flood from a gateway's address
//! (bounded by the account's `inbound_trunks`: the rest get 503).

mod common;

use std::sync::atomic::Ordering;
use std::time::{Duration, Instant};

use common::sipp::{SippDir, devices, free_port, uac};
use common::{Client, Pbx, id_of, trunks};
use serde_json::{Value, json};

/// One carrier per gateway `(ip, port)`, tried in this order, and every number nobody owns
/// going out through them.
fn carriers(admin: &Client, gateways: &[(&str, u16)]) {
    let gateways: Vec<_> = gateways
        .iter()
        .map(|&(ip, port)| (ip, Some(port)))
        .collect();
    trunks::carriers(admin, &gateways);
    trunks::unowned_numbers_go_out(admin);
}

/// A SIPp gateway on 127.0.0.7 running `scenario` for one call.
fn sipp_gateway(dir: &SippDir, scenario: &str, port: u16) -> common::sipp::Sipp {
    trunks::sipp_carrier(dir, scenario, port, &["-m", "1"])
}

fn wait_until(what: &str, limit: Duration, mut done: impl FnMut() -> Option<Value>) -> Value {
    let deadline = Instant::now() + limit;
    loop {
        if let Some(v) = done() {
            return v;
        }
        assert!(Instant::now() < deadline, "{what} within {limit:?}");
        std::thread::sleep(Duration::from_millis(100));
    }
}

/// The box has no call left and still answers its API.
fn no_calls_left(admin: &Client) {
    wait_until("no call left", Duration::from_secs(10), || {
        let r = admin.get("/v2/system_status");
        assert_eq!(r.status, 200, "{}", r.text());
        (r.data()["calls"] == 0).then(|| r.data())
    });
}

#[test]
fn a_call_out_fails_over_from_a_gateway_that_never_answers() {
    let pbx = Pbx::start();
    let admin = pbx.admin();
    devices(&admin, &["2200"], 20);
    let (dead_port, dead_invites) = trunks::fake_gateway("127.0.0.6", "INVITE", None);
    let live_port = free_port();
    carriers(
        &admin,
        &[("127.0.0.6", dead_port), ("127.0.0.7", live_port)],
    );
    let dir = SippDir::new();
    let mut gateway = sipp_gateway(&dir, "uas_echo.xml", live_port);
    let started = Instant::now();
    let mut phone = uac(
        &dir,
        &pbx,
        "uac_auth_rtp.xml",
        "2200",
        "+14155550123",
        &["-d", "500"],
    );
    phone.expect_ok(Duration::from_secs(45));
    gateway.expect_ok(Duration::from_secs(10));
    // Timer B (64 x T1 = 32 s) ran out on the dead gateway before the next was tried.
    assert!(
        started.elapsed() >= Duration::from_secs(32),
        "{:?}",
        started.elapsed()
    );
    assert_eq!(
        dead_invites.load(Ordering::Relaxed),
        7,
        "the INVITE and its six retransmissions, nothing more"
    );
    no_calls_left(&admin);
}

#[test]
fn a_registrar_refusing_every_register_shows_why_and_is_not_hammered() {
    let pbx = Pbx::start();
    let admin = pbx.admin();
    let (port, registers) =
        trunks::fake_gateway("127.0.0.8", "REGISTER", Some("403 Trunk Suspended"));
    let r = admin.put(
        &admin.url("resources"),
        json!({"name": "refusing", "gateways": [{"server": "127.0.0.8", "port": port,
               "register": true, "username": "+14155550100", "password": "secret",
               "realm": "provider.test"}]}),
    );
    assert_eq!(r.status, 201, "{}", r.text());
    let id = id_of(&r);
    let gw = wait_until("the registration failed", Duration::from_secs(20), || {
        let r = admin.get(&admin.url(&format!("resources/{id}/status")));
        assert_eq!(r.status, 200, "{}", r.text());
        let gw = r.data()["gateways"][0].clone();
        (gw["state"] == "failed").then_some(gw)
    });
    assert_eq!(
        gw["last_error"],
        json!({"code": 403, "reason": "Trunk Suspended"}),
        "{gw}"
    );
    assert!(gw["down_since"].is_u64(), "{gw}");
    // The next try is 30 s away (doubling to 10 minutes): nothing more meanwhile.
    std::thread::sleep(Duration::from_secs(3));
    assert_eq!(registers.load(Ordering::Relaxed), 1);
}

#[test]
fn a_gateways_malformed_200_is_acknowledged_and_hung_up_and_the_caller_refused() {
    let pbx = Pbx::start();
    let admin = pbx.admin();
    devices(&admin, &["2200"], 20);
    let port = free_port();
    carriers(&admin, &[("127.0.0.7", port)]);
    let dir = SippDir::new();
    let mut gateway = sipp_gateway(&dir, "uas_bad_200.xml", port);
    let mut phone = uac(
        &dir,
        &pbx,
        "uac_incompatible.xml",
        "2200",
        "+14155550123",
        &[],
    );
    phone.expect_ok(Duration::from_secs(30));
    gateway.expect_ok(Duration::from_secs(10));
    let acks = dir.received("uas_bad_200", "ACK ");
    assert_eq!(acks.len(), 1, "{acks:?}");
    assert!(
        acks[0].contains("CSeq: 1 ACK"),
        "the INVITE's CSeq: {}",
        acks[0]
    );
    let byes = dir.received("uas_bad_200", "BYE ");
    assert!(
        byes[0].contains(";tag=") && byes[0].contains("sip:gw@127.0.0.7"),
        "{}",
        byes[0]
    );
    no_calls_left(&admin);
}

#[test]
fn an_invite_flood_from_a_gateways_address_is_bounded_by_the_inbound_trunks() {
    let pbx = Pbx::start();
    let admin = pbx.admin();
    let r = admin.post(
        &admin.url("limits"),
        json!({"inbound_trunks": 2, "twoway_trunks": 0, "calls": -1}),
    );
    assert_eq!(r.status, 200, "{}", r.text());
    // The DID holds each call it takes for 5 s, then refuses it (486).
    let r = admin.put(
        &admin.url("callflows"),
        json!({"numbers": ["+14155550142"],
               "flow": {"module": "sleep", "data": {"duration": 5},
                        "children": {"_": {"module": "response", "data": {"code": 486}}}}}),
    );
    id_of(&r);
    carriers(&admin, &[("127.0.0.7", 5060)]);
    let dir = SippDir::new();
    let target = pbx.sip.to_string();
    let mut flood = trunks::sipp_carrier(
        &dir,
        "carrier_flood.xml",
        free_port(),
        &[
            "-s",
            "+14155550142",
            "-m",
            "20",
            "-r",
            "20",
            "-l",
            "20",
            &target,
        ],
    );
    flood.expect_ok(Duration::from_secs(40));
    let refused = dir.received("carrier_flood", "SIP/2.0 503");
    let taken = dir.received("carrier_flood", "SIP/2.0 486");
    assert_eq!(taken.len(), 2, "two inbound trunks");
    assert_eq!(refused.len(), 18);
    assert!(
        refused[0].starts_with("SIP/2.0 503 Call Limit Reached"),
        "{}",
        refused[0]
    );
    no_calls_left(&admin);
}
