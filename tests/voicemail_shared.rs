//! A shared voicemail box (owned by a SmartPBX group) with SIPp phones: every member's phone,
//! subscribed to `message-summary` on its own address, is told of a message left in it, and
//! a member logs in to it from the voicemail number without a PIN and keeps the message.

mod common;

use std::time::Duration;

use common::pcap::{self, Part};
use common::sipp::{SippDir, devices, uac};
use common::{Client, Pbx, id_of};
use serde_json::json;

/// A user with a desk phone `username` (password `pw<username>`); returns the user id.
fn user_with_phone(admin: &Client, first_name: &str, username: &str) -> String {
    let r = admin.put(
        &admin.url("users"),
        json!({"first_name": first_name, "last_name": "Sales"}),
    );
    assert_eq!(r.status, 201, "{}", r.text());
    let user = id_of(&r);
    let r = admin.put(
        &admin.url("devices"),
        json!({"name": format!("{first_name}'s desk"), "owner_id": user,
               "sip": {"username": username, "password": format!("pw{username}")}}),
    );
    assert_eq!(r.status, 201, "{}", r.text());
    user
}

/// Waits (bounded) until the `message-summary` subscription to `target` has had its `n`th
/// NOTIFY.
fn wait_for_notify(admin: &Client, target: &str, n: u64) {
    let mut seen = String::new();
    for _ in 0..150 {
        let r = admin.get(&admin.url("presence"));
        let subs = &r.data()["subscriptions"][target]["message-summary"];
        let version = subs
            .as_object()
            .and_then(|o| o.values().next())
            .and_then(|s| s["version"].as_u64());
        if version >= Some(n) {
            return;
        }
        seen = r.text();
        std::thread::sleep(Duration::from_millis(100));
    }
    panic!("no NOTIFY {n} to {target}: {seen}");
}

/// The box's one message once its folder is `folder` (bounded wait).
fn message_in(admin: &Client, vmbox: &str, folder: &str) -> String {
    let mut seen = String::new();
    for _ in 0..150 {
        let r = admin.get(&admin.url(&format!("vmboxes/{vmbox}/messages")));
        if let Some(m) = r.data().as_array().and_then(|l| l.first())
            && m["folder"] == folder
        {
            return m["media_id"].as_str().unwrap().to_string();
        }
        seen = r.text();
        std::thread::sleep(Duration::from_millis(100));
    }
    panic!("no message in {folder}: {seen}");
}

#[test]
fn every_member_of_a_shared_box_sees_its_lamp_and_logs_in_to_it() {
    let pbx = Pbx::start();
    let admin = pbx.admin();
    devices(&admin, &["6104"], 20);
    let ann = user_with_phone(&admin, "Ann", "6105");
    let ben = user_with_phone(&admin, "Ben", "6106");
    let r = admin.put(
        &admin.url("groups"),
        json!({"name": "Sales", "endpoints": {ann: {"type": "user"}, ben: {"type": "user"}}}),
    );
    assert_eq!(r.status, 201, "{}", r.text());
    let group = id_of(&r);
    // Only a box may belong to a group; a phone's owner is a user.
    let r = admin.put(
        &admin.url("devices"),
        json!({"name": "x", "owner_id": group, "sip": {"username": "6199", "password": "pw6199"}}),
    );
    assert_eq!(r.status, 400, "{}", r.text());
    assert!(
        r.data()["owner_id"]["not_found"].is_object(),
        "{}",
        r.text()
    );
    let r = admin.put(
        &admin.url("vmboxes"),
        json!({"name": "Sales", "mailbox": "750", "owner_id": group, "pin": "4821",
               "is_setup": true, "skip_greeting": true, "check_if_owner": false}),
    );
    assert_eq!(r.status, 201, "{}", r.text());
    let vmbox = id_of(&r);
    let r = admin.put(
        &admin.url("callflows"),
        json!({"numbers": ["750"], "flow": {"module": "voicemail", "data": {"id": vmbox}, "children": {}}}),
    );
    assert_eq!(r.status, 201, "{}", r.text());

    // Each member's phone subscribes on its own address: empty, new, heard, deleted.
    let dir = SippDir::new();
    let mut lamps = [
        uac(&dir, &pbx, "uac_mwi.xml", "6105", "6105", &[]),
        uac(&dir, &pbx, "uac_mwi.xml", "6106", "6106", &[]),
    ];
    wait_for_notify(&admin, "6105", 1);
    wait_for_notify(&admin, "6106", 1);

    pcap::talk(&dir.path().join("dtmf.pcap"), 1500);
    uac(&dir, &pbx, "uac_dtmf.xml", "6104", "750", &["-d", "2000"])
        .expect_ok(Duration::from_secs(20));
    message_in(&admin, &vmbox, "new");
    wait_for_notify(&admin, "6105", 2);
    wait_for_notify(&admin, "6106", 2);

    // Ben dials the voicemail number: his one box is the shared one, no PIN asked (he is a
    // member); 1 plays the new message, 1 keeps it.
    let keys = [
        Part::Quiet(300),
        Part::Keys("1"),
        Part::Quiet(2500),
        Part::Keys("1"),
        Part::Quiet(400),
    ];
    pcap::script(&dir.path().join("dtmf.pcap"), &keys);
    uac(&dir, &pbx, "uac_dtmf.xml", "6106", "*97", &["-d", "9000"])
        .expect_ok(Duration::from_secs(30));
    let mid = message_in(&admin, &vmbox, "saved");
    wait_for_notify(&admin, "6105", 3);

    let message = admin.url(&format!("vmboxes/{vmbox}/messages/{mid}"));
    assert_eq!(admin.delete(&message).status, 200);
    for lamp in &mut lamps {
        lamp.expect_ok(Duration::from_secs(20));
    }
}
