//! The panel's calls from the box in headless Chromium (`tests/web/quickcall.mjs`): the
//! wizard's summary offers the office's registered phone and "Ring my phone" rings it (a
//! SIPp phone receives the INVITE); the device list's "Call" shows the box's refusal of a
//! bad number at the field.

mod common;

use std::time::{Duration, Instant};

use common::panel::{findings, screenshots, spawn_script, tools_present};
use common::sipp::{SippDir, free_port, register_from, uas};
use common::{ADMIN_PASSWORD, Pbx, id_of};
use serde_json::json;

#[test]
fn ring_my_phone_in_the_wizard_rings_the_registered_phone() {
    if !tools_present() {
        return;
    }
    let pbx = Pbx::start();
    let admin = pbx.admin();
    let r = admin.put(
        &admin.url("users"),
        json!({"first_name": "Ada", "last_name": "Lovelace", "username": "ada", "password": "Ada-Password-1843"}),
    );
    assert_eq!(r.status, 201, "{}", r.text());
    let ada = id_of(&r);
    let r = admin.put(
        &admin.url("devices"),
        json!({"name": "Ada's Phone", "owner_id": ada, "sip": {"username": "331", "password": "pw331"}}),
    );
    assert_eq!(r.status, 201, "{}", r.text());
    let r = admin.put(
        &admin.url("callflows"),
        json!({"numbers": ["331"], "flow": {"module": "user", "data": {"id": ada}, "children": {}}}),
    );
    assert_eq!(r.status, 201, "{}", r.text());
    // Past the first-boot password change (the wizard's own test covers it).
    let r = admin.patch(
        &admin.url(&format!("users/{}", admin.owner_id)),
        json!({"require_password_update": false}),
    );
    assert_eq!(r.status, 200, "{}", r.text());
    let dir = SippDir::new();
    let port = free_port();
    register_from(&dir, &pbx, "331", port);
    let _phone = uas(&dir, "uas_ring.xml", port, &[]);

    let shots = screenshots("web-quickcall-screenshots");
    let browser = spawn_script(
        "quickcall.mjs",
        &[
            ("PANEL_URL", &format!("http://{}/", pbx.http)),
            ("PANEL_PASSWORD", ADMIN_PASSWORD),
            ("PANEL_OUT", shots.to_str().unwrap()),
        ],
    );
    let seen = findings(browser);
    eprintln!("screenshots in {}", shots.display());
    assert_eq!(seen["problems"], json!([]), "browser: {seen}");
    assert_eq!(
        seen["call_error"], "a number of 1 to 32 digits (0-9 * # +)",
        "{seen}"
    );
    assert_eq!(seen["offered"], json!(["Ada Lovelace · Ada's Phone"]));
    assert_eq!(
        seen["ring_note"], "Ringing Ada Lovelace · Ada's Phone: answer it.",
        "{seen}"
    );
    assert_eq!(seen["summary_overflow"], false, "the summary fits 390 px");

    // The phone got the box's INVITE.
    let deadline = Instant::now() + Duration::from_secs(10);
    while dir.received("uas_ring", "INVITE ").is_empty() {
        assert!(Instant::now() < deadline, "the phone was not rung");
        std::thread::sleep(Duration::from_millis(50));
    }
    let invite = &dir.received("uas_ring", "INVITE ")[0];
    assert!(invite.contains("QuickCall"), "{invite}");
}
