//! The Devices screen in headless Chromium (`tests/web/devices.mjs`), with real phones: a
//! Yealink desk phone added in the panel by brand, family, model and MAC fetches its file
//! (curl as the phone, over HTTPS) and registers SIPp with the credentials from that file;
//! the panel shows the fetch and "Registered", and its Resync reaches the SIPp phone as a
//! check-sync NOTIFY. A softphone's QR code, read by zbarimg from the screenshot, registers
//! another SIPp phone; its password is not shown again. Bad and duplicate MACs are shown at
//! the field, and the users search filters the list.

mod common;

use std::process::Command;
use std::time::Duration;

use common::panel::{browse, make, past_first_boot, start_box, tools_present};
use common::provision::{fetch_from, fetch_https, key_values};
use common::sipp::{self, SippDir, free_port, register_users};
use common::{ADMIN_PASSWORD, Pbx};
use serde_json::{Value, json};

const MAC: &str = "00:15:65:12:34:56";
/// A phone that asks before any device has its MAC.
const UNKNOWN: &str = "00:15:65:00:00:99";

/// A user with an extension (and more numbers) on their SmartPBX callflow.
fn user(admin: &common::Client, first: &str, last: &str, username: &str, numbers: &[&str]) {
    let id = make(
        admin,
        "users",
        json!({"first_name": first, "last_name": last, "username": username,
               "email": format!("{username}@office.example"), "password": "Some-Password-1843"}),
    );
    make(
        admin,
        "callflows",
        json!({"type": "mainUserCallflow", "owner_id": id, "numbers": numbers,
               "flow": {"module": "user", "data": {"id": id}, "children": {}}}),
    );
}

/// The SIP URI a QR code image holds, as zbarimg reads it.
fn decode_qr(png: &std::path::Path) -> String {
    let out = Command::new("zbarimg")
        .args(["--raw", "-q"])
        .arg(png)
        .output()
        .expect("zbarimg (Debian zbar-tools; .ci/run installs it)");
    assert!(
        out.status.success(),
        "zbarimg found no code in {}",
        png.display()
    );
    String::from_utf8(out.stdout).unwrap().trim().to_string()
}

/// `sip:USER:PASSWORD@REALM:PORT;maddr=HOST;transport=udp` -> (user, password, HOST:PORT).
fn parse_sip_uri(uri: &str) -> (String, String, String) {
    let rest = uri.strip_prefix("sip:").expect("a sip: URI");
    let (userinfo, hostpart) = rest.split_once('@').expect("userinfo@host");
    let (user, password) = userinfo.split_once(':').expect("user:password");
    let mut parts = hostpart.split(';');
    let port = parts.next().unwrap().rsplit_once(':').expect("a port").1;
    let host = parts.find_map(|p| p.strip_prefix("maddr=")).expect("maddr");
    (user.into(), password.into(), format!("{host}:{port}"))
}

fn wait_registered(admin: &common::Client, n: usize) {
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    while sipp::registered(admin).len() < n {
        assert!(
            std::time::Instant::now() < deadline,
            "phones did not register"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

#[test]
fn devices_screen_adds_provisions_registers_and_resyncs_phones() {
    if !tools_present() {
        return;
    }
    // One simulated FXS port for the analog phone.
    let (_dir, _data, pbx) = start_box(&["--board", "sim:fxs=1"], &[]);
    let admin = pbx.admin();
    past_first_boot(&admin);
    user(&admin, "Ada", "Lovelace", "ada", &["201", "+14155550101"]);
    user(&admin, "Bob", "Stone", "bob", &["202"]);
    let env = |step| {
        vec![
            ("PANEL_PASSWORD", ADMIN_PASSWORD),
            ("PANEL_STEP", step),
            ("PANEL_MAC", MAC),
            ("PANEL_UNKNOWN", UNKNOWN),
        ]
    };
    // From another loopback address: an unknown MAC counts against its source.
    let r = fetch_from(
        &pbx,
        "127.0.0.2",
        "001565000099.cfg",
        &format!("Yealink SIP-T54W 96.86.0.100 {UNKNOWN}"),
    );
    assert_eq!(r.status, 404, "{}", r.text());
    let shots = "web-devices-screenshots";
    let seen = browse(&pbx, "devices.mjs", shots, &env("add"));
    assert!(
        seen["bad_mac_error"]
            .as_str()
            .unwrap()
            .starts_with("12 hex digits"),
        "{seen}"
    );
    assert_eq!(seen["bad_mac_kept"], "Front desk", "{seen}");
    assert_eq!(
        seen["unknown_line"],
        format!("{UNKNOWN} · T54W · 127.0.0.2 (1 request)"),
        "{seen}"
    );
    assert_eq!(seen["adopt_no_owner"], "Required", "{seen}");
    assert_eq!(
        seen["provisioning_url"],
        format!("http://{}/provision/", pbx.http),
        "{seen}"
    );
    assert_eq!(seen["phone_row"][1], "Desk phone", "{seen}");
    assert_eq!(seen["phone_row"][3], "Ada Lovelace", "{seen}");
    assert_eq!(
        seen["dup_mac_error"], "001565123456 is already in use",
        "{seen}"
    );
    assert_eq!(
        seen["search"]["all"],
        json!(["ada", "admin", "bob"]),
        "{seen}"
    );
    assert_eq!(seen["search"]["lovelace"], json!(["ada"]), "{seen}");
    assert_eq!(seen["search"]["202"], json!(["bob"]), "{seen}");
    assert_eq!(seen["search"]["bob@office"], json!(["bob"]), "{seen}");
    assert_eq!(seen["search"]["nobody-like-this"], json!([]), "{seen}");
    assert_eq!(seen["ada_row"][3], "+14155550101", "{seen}");

    // The desk phone's document as SmartPBX writes it.
    let r = admin.get(&format!("{}?paginate=false", admin.url("devices")));
    let list = r.data();
    let find = |name: &str| -> Value {
        let id = list
            .as_array()
            .unwrap()
            .iter()
            .find(|d| d["name"] == name)
            .unwrap()["id"]
            .as_str()
            .unwrap()
            .to_string();
        admin.get(&admin.url(&format!("devices/{id}"))).data()
    };
    let desk = find("Front desk");
    assert_eq!(desk["device_type"], "sip_device");
    assert_eq!(desk["mac_address"], MAC);
    assert_eq!(
        desk["provision"],
        json!({"endpoint_brand": "yealink", "endpoint_family": "t4x", "endpoint_model": "t46s", "id": "yealink_t4x_t46s"})
    );
    assert!(
        desk["sip"]["username"]
            .as_str()
            .unwrap()
            .starts_with("user_")
    );
    assert_eq!(find("Laptop")["device_type"], "softphone");
    let adopted = list
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["mac_address"] == UNKNOWN)
        .unwrap_or_else(|| panic!("no device has {UNKNOWN}: {list}"));
    let ada = admin
        .get(&format!("{}?filter_username=ada", admin.url("users")))
        .data()[0]["id"]
        .clone();
    assert_eq!(adopted["owner_id"], ada);
    assert_eq!(
        seen["analog_offer"], "Analog phone on an FXS port",
        "{seen}"
    );
    assert_eq!(seen["analog_port"], "fxs1", "{seen}");
    let kitchen = find("Kitchen");
    assert_eq!(
        (&kitchen["device_type"], &kitchen["analog_port"]),
        (&json!("ata"), &json!("fxs1"))
    );
    assert_eq!(seen["secret"]["server"], pbx.sip.to_string(), "{seen}");

    // The phone fetches its file and registers with what it holds.
    let ua = format!("Yealink SIP-T46S 66.86.0.15 {MAC}");
    let (status, body) = fetch_https(&pbx, "001565123456.cfg", &ua);
    assert_eq!(status, 200, "{body}");
    let kv = key_values(&body);
    let dir = SippDir::new();
    let desk_port = free_port();
    let target = format!(
        "{}:{}",
        kv["account.1.sip_server.1.address"], kv["account.1.sip_server.1.port"]
    );
    register_users(
        &dir,
        &target,
        &[(&kv["account.1.user_name"], &kv["account.1.password"])],
        desk_port,
        1,
        None,
    );

    // The softphone registers with what its QR code holds.
    let qr = common::panel::screenshots(shots).join("qr.png");
    let uri = decode_qr(&qr);
    let (user, password, server) = parse_sip_uri(&uri);
    assert_eq!(user, seen["secret"]["user"], "{uri}");
    assert_eq!(password, seen["secret"]["password"], "{uri}");
    assert_eq!(server, seen["secret"]["server"], "{uri}");
    register_users(&dir, &server, &[(&user, &password)], free_port(), 1, None);
    // And the built-in ATA registers the analog phone.
    wait_registered(&admin, 3);

    // The panel sees both, the fetch, and resyncs the desk phone.
    let mut desk_phone = sipp::uas(&dir, "uas_check_sync.xml", desk_port, &[]);
    let mut env = env("check");
    env.push(("PANEL_SECRET", &password));
    let seen = browse(&pbx, "devices.mjs", shots, &env);
    assert_eq!(seen["registered"], 3, "{seen}");
    let last = seen["last_fetch"].as_str().unwrap();
    assert!(
        last.contains("001565123456.cfg from 127.0.0.1 (200)"),
        "{seen}"
    );
    assert_eq!(
        seen["sync_note"], "Resync sent to the phone (1 registration).",
        "{seen}"
    );
    assert_eq!(seen["secret_shown_after_reload"], false, "{seen}");
    assert_eq!(seen["narrow_overflow"], false, "the list fits 390 px");
    desk_phone.expect_ok(Duration::from_secs(15));

    // What the edits wrote: Bob owns the desk phone, the softphone has the new password,
    // the analog phone is gone.
    let r = admin.get(&format!("{}?paginate=false", admin.url("devices")));
    let list = r.data();
    let names: Vec<&str> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["name"].as_str().unwrap())
        .collect();
    assert!(!names.contains(&"Kitchen"), "{names:?}");
    let get = |name: &str| -> Value {
        let d = list
            .as_array()
            .unwrap()
            .iter()
            .find(|d| d["name"] == name)
            .unwrap();
        admin
            .get(&admin.url(&format!("devices/{}", d["id"].as_str().unwrap())))
            .data()
    };
    let bob = admin
        .get(&format!("{}?filter_username=bob", admin.url("users")))
        .data()[0]["id"]
        .clone();
    assert_eq!(get("Front desk")["owner_id"], bob);
    let laptop = get("Laptop");
    assert_eq!(laptop["sip"]["password"], seen["new_password"], "{seen}");
    assert_ne!(laptop["sip"]["password"], json!(password));
}

#[test]
fn sync_takes_reboot_and_refuses_a_bad_one() {
    let pbx = Pbx::start();
    let admin = pbx.admin();
    let id = make(
        &admin,
        "devices",
        json!({"name": "desk", "mac_address": MAC, "sip": {"username": "desk1", "password": "desk-secret"},
               "provision": {"endpoint_brand": "yealink", "endpoint_family": "t4x", "endpoint_model": "t46s"}}),
    );
    let sync = admin.url(&format!("devices/{id}/sync"));
    let r = admin.post(&sync, json!({"reboot": true}));
    assert_eq!(r.status, 200, "{}", r.text());
    assert_eq!(r.data()["event"], "check-sync;reboot=true");
    let r = admin.post(&sync, json!({}));
    assert_eq!(r.data()["event"], "check-sync");
    let r = admin.post(&sync, json!({"reboot": "yes"}));
    assert_eq!(r.status, 400, "{}", r.text());
    assert!(r.data()["reboot"].is_object(), "{}", r.text());
}
