//! The box's address through `/v2/system/network`: top-level administrators only, every bad
//! field refused with a 400 naming it, and the setting written to `<data>/network.conf`, the
//! file the appliance's `network-start` reads at the next boot.

mod common;

use std::path::Path;
use std::time::{Duration, Instant};

use common::Pbx;
use serde_json::json;

const PATH: &str = "/v2/system/network";

/// The file once it holds `want` (bounded wait: the box writes it within a few seconds).
fn wait_for_file(data: &Path, want: &str) {
    let file = data.join("network.conf");
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        let text = std::fs::read_to_string(&file).unwrap_or_default();
        if text.contains(want) {
            return;
        }
        assert!(
            Instant::now() < deadline,
            "{} never held {want:?}: {text:?}",
            file.display()
        );
        std::thread::sleep(Duration::from_millis(100));
    }
}

#[test]
fn a_static_address_is_checked_stored_and_written_for_the_next_boot() {
    let pbx = Pbx::start();
    let admin = pbx.admin();
    let r = admin.get(PATH);
    assert_eq!(r.status, 200, "{}", r.text());
    assert_eq!(r.data()["mode"], "dhcp");
    assert_eq!(r.data()["configured"], false);
    wait_for_file(&pbx.data, "\nmode=dhcp\n");

    let user = pbx.user_client(&admin, "plain", "user");
    assert_eq!(user.get(PATH).status, 403);
    let r = user.post(PATH, json!({"mode": "static", "address": "10.0.2.15/24"}));
    assert_eq!(r.status, 403, "{}", r.text());

    let base = json!({"mode": "static", "address": "192.0.2.10/24"});
    for (change, field) in [
        (json!({"mode": "pppoe"}), "mode"),
        (json!({"address": "192.0.2.10"}), "address"),
        (json!({"address": "192.0.2.10/40"}), "address"),
        (json!({"address": "192.0.2.0/24"}), "address"),
        (json!({"address": "box.example/24"}), "address"),
        (json!({"gateway": "198.51.100.1"}), "gateway"),
        (json!({"gateway": "not-an-ip"}), "gateway"),
        (json!({"dns": ["192.0.2.53", "nameserver"]}), "dns"),
        (json!({"address6": "2001:db8::10"}), "address6"),
        (json!({"address6": "fe80::10/64"}), "address6"),
        (json!({"gateway6": "fe80::1"}), "gateway6"),
        (
            json!({"address6": "2001:db8::10/64", "gateway6": "2001:db9::1"}),
            "gateway6",
        ),
    ] {
        let mut body = base.clone();
        for (k, v) in change.as_object().unwrap() {
            body[k] = v.clone();
        }
        let r = admin.post(PATH, body.clone());
        assert_eq!(r.status, 400, "{body}: {}", r.text());
        assert!(
            r.json()["data"].get(field).is_some(),
            "{body}: 400 does not name {field}: {}",
            r.text()
        );
    }
    assert_eq!(
        admin.get(PATH).data()["configured"],
        false,
        "nothing stored"
    );

    let r = admin.post(
        PATH,
        json!({"mode": "static", "address": "10.0.2.15/24", "gateway": "10.0.2.2", "dns": ["10.0.2.3"]}),
    );
    assert_eq!(r.status, 200, "{}", r.text());
    assert_eq!(r.data()["address"], "10.0.2.15/24");
    assert_eq!(r.data()["configured"], true);
    wait_for_file(
        &pbx.data,
        "\nmode=static\naddress=10.0.2.15/24\ngateway=10.0.2.2\ndns=10.0.2.3\n",
    );

    let r = admin.post(
        PATH,
        json!({"mode": "dhcp", "address6": "2001:db8:0:1::10/64", "gateway6": "fe80::1"}),
    );
    assert_eq!(r.status, 200, "{}", r.text());
    assert_eq!(r.data()["address6"], "2001:db8:0:1::10/64");
    wait_for_file(
        &pbx.data,
        "\nmode=dhcp\naddress6=2001:db8:0:1::10/64\ngateway6=fe80::1\n",
    );

    let r = admin.post(PATH, json!({"mode": "dhcp"}));
    assert_eq!(r.status, 200, "{}", r.text());
    wait_for_file(&pbx.data, "\nmode=dhcp\n");
}
