//! Kamailio (Debian's `kamailio`) as the SIP provider: it challenges the box's REGISTER with
//! SHA-256 digest and keeps the registration; a "PSTN" SIPp call to the DID (in the
//! Request-URI) is routed by Kamailio to the contact the box registered, and reaches a
//! phone registered to the box. Deleting the carrier unregisters the box.

mod common;

use std::time::{Duration, Instant};

use common::kamailio::Kamailio;
use common::sipp::{SippDir, devices, free_port, register_from, uas};
use common::{Pbx, id_of};
use serde_json::json;

const KAMAILIO: &str = "127.0.0.11";
const PSTN: &str = "127.0.0.12";
const DID: &str = "+14155550142"; // the To of provider_call.xml

#[test]
fn kamailio_registers_the_box_and_routes_a_did_call_to_it() {
    let pbx = Pbx::start();
    let admin = pbx.admin();
    let dir = SippDir::new();
    let kamailio_port = free_port();
    let kamailio = Kamailio::start(&[format!("udp:{KAMAILIO}:{kamailio_port}")], None, None);

    let phone = devices(&admin, &["2400"], 20);
    let r = admin.put(
        &admin.url("callflows"),
        json!({"numbers": [DID], "flow": {"module": "device", "data": {"id": phone[0], "timeout": 20}, "children": {}}}),
    );
    id_of(&r);
    let phone_port = free_port();
    register_from(&dir, &pbx, "2400", phone_port);

    let r = admin.put(
        &admin.url("resources"),
        json!({"name": "kamailio", "gateways": [{
            "server": KAMAILIO, "port": kamailio_port, "register": true, "username": DID,
            "auth_username": "trunkuser", "password": "trunkpass", "realm": "provider.test",
            "expire_seconds": 600}]}),
    );
    let resource = id_of(&r);
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        let r = admin.get(&admin.url(&format!("resources/{resource}/status")));
        let gw = r.data()["gateways"][0].clone();
        if gw["state"] == "registered" {
            let expires_in = gw["expires_in"].as_u64().unwrap();
            assert!((500..=600).contains(&expires_in), "{gw}");
            break;
        }
        assert!(
            Instant::now() < deadline,
            "not registered: {gw}\n{}",
            kamailio.log()
        );
        std::thread::sleep(Duration::from_millis(100));
    }

    // The PSTN calls the DID at Kamailio, which sends it to the box's registered contact.
    let mut answering = uas(&dir, "uas_echo.xml", phone_port, &[]);
    let (port, media) = (free_port().to_string(), free_port().to_string());
    let target = format!("{KAMAILIO}:{kamailio_port}");
    let mut pstn = dir.spawn(&[
        "-sf",
        "provider_call.xml",
        "-s",
        DID,
        "-i",
        PSTN,
        "-p",
        &port,
        "-mi",
        PSTN,
        "-mp",
        &media,
        "-m",
        "1",
        &target,
    ]);
    if pstn.wait(Duration::from_secs(30)) != Some(0) {
        panic!("PSTN call failed: {}\n{}", pstn.errors(), kamailio.log());
    }
    answering.expect_ok(Duration::from_secs(10));

    // Deleting the carrier unregisters the box (Expires: 0).
    let r = admin.delete(&admin.url(&format!("resources/{resource}")));
    assert_eq!(r.status, 200, "{}", r.text());
    let deadline = Instant::now() + Duration::from_secs(10);
    while !kamailio.log().contains("expires=0") {
        assert!(
            Instant::now() < deadline,
            "no unregistration: {}",
            kamailio.log()
        );
        std::thread::sleep(Duration::from_millis(100));
    }
}
