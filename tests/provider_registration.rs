//! The box registers to a SIP provider (a SIPp registrar on 127.0.0.8 that challenges and
//! checks the credentials), shows the registration through the API, and takes the
//! provider's call to its registered contact with the DID in the To header, which rings
//! a phone registered to the box. A registrar that refuses (403) shows its reason.

mod common;

use std::time::{Duration, Instant};

use common::sipp::{SippDir, devices, free_port, register_from, uas};
use common::{Client, Pbx, id_of};
use serde_json::{Value, json};

const PROVIDER: &str = "127.0.0.8";
const REFUSING: &str = "127.0.0.10";
const DID: &str = "+14155550142";

/// Polls the resource's registration status (bounded) until `done` accepts gateway 0's.
fn wait_status(admin: &Client, resource: &str, done: impl Fn(&Value) -> bool) -> Value {
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        let r = admin.get(&admin.url(&format!("resources/{resource}/status")));
        assert_eq!(r.status, 200, "{}", r.text());
        let gw = r.data()["gateways"][0].clone();
        if done(&gw) {
            return gw;
        }
        assert!(
            Instant::now() < deadline,
            "registration status stuck at {gw}"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
}

#[test]
fn the_box_registers_to_a_provider_and_takes_calls_on_its_registration() {
    let pbx = Pbx::start();
    let admin = pbx.admin();
    let dir = SippDir::new();

    // A gateway that registers needs credentials: a 400 naming the field.
    let r = admin.put(
        &admin.url("resources"),
        json!({"name": "incomplete", "gateways": [{"server": PROVIDER, "register": true, "password": "x"}]}),
    );
    assert_eq!(r.status, 400, "{}", r.text());
    assert!(r.text().contains("gateways.0.username"), "{}", r.text());

    let phone = devices(&admin, &["2300"], 20);
    let r = admin.put(
        &admin.url("callflows"),
        json!({"numbers": [DID], "flow": {"module": "device", "data": {"id": phone[0], "timeout": 20}, "children": {}}}),
    );
    id_of(&r);
    let phone_port = free_port();
    register_from(&dir, &pbx, "2300", phone_port);

    let registrar_port = free_port().to_string();
    let mut registrar = dir.spawn(&[
        "-sf",
        "provider_registrar.xml",
        "-i",
        PROVIDER,
        "-p",
        &registrar_port,
        "-m",
        "1",
    ]);
    std::thread::sleep(Duration::from_millis(300));
    let r = admin.put(
        &admin.url("resources"),
        json!({"name": "provider", "rules": ["^\\+1\\d{10}$"], "gateways": [{
            "server": PROVIDER, "port": registrar_port.parse::<u16>().unwrap(), "register": true,
            "username": DID, "auth_username": "trunkuser", "password": "trunkpass",
            "realm": "provider.test"}]}),
    );
    let resource = id_of(&r);
    registrar.expect_ok(Duration::from_secs(20));
    let status = wait_status(&admin, &resource, |gw| gw["state"] == "registered");
    let expires_in = status["expires_in"].as_u64().unwrap();
    assert!((3500..=3600).contains(&expires_in), "{status}");
    assert!(status["last_attempt"].as_u64().is_some(), "{status}");
    let contact_user = status["contact_user"].as_str().unwrap().to_string();
    assert_ne!(contact_user, DID, "the contact user is the box's own token");

    // The provider calls the registered contact from its address; the phone answers.
    let mut answering = uas(&dir, "uas_echo.xml", phone_port, &[]);
    let (port, media) = (free_port().to_string(), free_port().to_string());
    let target = pbx.sip.to_string();
    let mut pstn = dir.spawn(&[
        "-sf",
        "provider_call.xml",
        "-s",
        &contact_user,
        "-i",
        PROVIDER,
        "-p",
        &port,
        "-mi",
        PROVIDER,
        "-mp",
        &media,
        "-m",
        "1",
        &target,
    ]);
    pstn.expect_ok(Duration::from_secs(30));
    answering.expect_ok(Duration::from_secs(10));

    // A registrar that refuses: the reason shows in the API.
    let refusing_port = free_port().to_string();
    let mut refusing = dir.spawn(&[
        "-sf",
        "provider_refuse.xml",
        "-i",
        REFUSING,
        "-p",
        &refusing_port,
        "-m",
        "1",
    ]);
    std::thread::sleep(Duration::from_millis(300));
    let r = admin.put(
        &admin.url("resources"),
        json!({"name": "refusing", "gateways": [{
            "server": REFUSING, "port": refusing_port.parse::<u16>().unwrap(), "register": true,
            "username": "+14155550999", "password": "wrong"}]}),
    );
    let refused = id_of(&r);
    refusing.expect_ok(Duration::from_secs(20));
    let status = wait_status(&admin, &refused, |gw| gw["state"] == "failed");
    assert_eq!(
        status["last_error"],
        json!({"code": 403, "reason": "Account Suspended"}),
        "{status}"
    );
}
