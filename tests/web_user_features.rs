//! A user's features set by the admin in the panel (`tests/web/user-features.mjs`), then checked
//! on the documents (SmartPBX's shapes) and on calls with SIPp phones: Ada, added with her
//! voicemail box, has her colleagues' calls recorded and gets a message when she does not
//! answer; Bob in do not disturb does not ring and his box (made from his Features panel)
//! takes the call; Cy's calls are forwarded to Dee's phone.

mod common;

use common::office::{phone, user_with_extension};
use common::panel::{browse, make, past_first_boot, start_box, tools_present};
use common::sipp::{SippDir, free_port, register_from, uac, uas};
use common::{ADMIN_PASSWORD, Client, Pbx, pcap};
use serde_json::{Value, json};
use std::time::Duration;

/// The one document of `kind` matching `filter` (a query string).
fn only(admin: &Client, kind: &str, filter: &str) -> Value {
    let list = admin
        .get(&admin.url(&format!("{kind}?{filter}&paginate=false")))
        .data();
    assert_eq!(
        list.as_array().map(Vec::len),
        Some(1),
        "{kind}?{filter}: {list}"
    );
    admin
        .get(&admin.url(&format!("{kind}/{}", list[0]["id"].as_str().unwrap())))
        .data()
}

/// The callflow of `ext`.
fn callflow_of(admin: &Client, ext: &str) -> Value {
    let list = admin.get(&admin.url("callflows?paginate=false")).data();
    let found = list
        .as_array()
        .unwrap()
        .iter()
        .find(|c| {
            c["numbers"]
                .as_array()
                .is_some_and(|n| n.contains(&json!(ext)))
        })
        .unwrap_or_else(|| panic!("no callflow for {ext}: {list}"));
    admin
        .get(&admin.url(&format!("callflows/{}", found["id"].as_str().unwrap())))
        .data()
}

/// Polls `what` (bounded) until it gives something.
fn wait_for<T>(what: impl Fn() -> Option<T>, why: &str) -> T {
    for _ in 0..200 {
        if let Some(v) = what() {
            return v;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    panic!("waited in vain for {why}");
}

/// The messages of box `id` once there is one.
fn a_message(admin: &Client, id: &str) -> Value {
    wait_for(
        || {
            let box_ = admin.get(&admin.url(&format!("vmboxes/{id}"))).data();
            let messages = box_["messages"].as_array()?;
            messages.first().cloned()
        },
        "a voicemail message",
    )
}

/// A caller who talks for `secs` once answered (long enough for the greeting and a message).
fn caller_leaving_a_message(dir: &SippDir, pbx: &Pbx, number: &str, secs: usize) {
    pcap::talk(&dir.path().join("dtmf.pcap"), secs * 1000);
    let hold = (secs * 1000).to_string();
    uac(
        dir,
        pbx,
        "uac_dtmf.xml",
        "callerphone",
        number,
        &["-d", &hold],
    )
    .expect_ok(Duration::from_secs(60));
}

#[test]
fn features_set_in_the_panel_act_on_calls() {
    if !tools_present() {
        return;
    }
    let (_dir, _data, pbx) = start_box(&[], &[]);
    let admin = pbx.admin();
    past_first_boot(&admin);
    let bob = user_with_extension(&admin, "Bob", "bob", "1002");
    let cy = user_with_extension(&admin, "Cy", "cy", "1003");
    let dee = user_with_extension(&admin, "Dee", "dee", "1004");
    phone(&admin, "callerphone", None);
    phone(&admin, "bobphone", Some(&bob));
    phone(&admin, "cyphone", Some(&cy));
    phone(&admin, "deephone", Some(&dee));
    let jazz = make(
        &admin,
        "media",
        json!({"name": "Jazz", "media_source": "upload"}),
    );
    let r = admin.put(&admin.url("phone_numbers/%2B14155550100"), json!({}));
    assert!(r.status < 300, "{}", r.text());

    let seen = browse(
        &pbx,
        "user-features.mjs",
        "web-user-features-screenshots",
        &[("PANEL_PASSWORD", ADMIN_PASSWORD)],
    );
    assert_eq!(seen["vmbox_offered"], true, "{seen}");
    assert_eq!(seen["vm_pin_error"], "4 to 6 digits");
    assert_eq!(seen["hotdesk_pin_error"], "4 to 15 digits");
    assert_eq!(
        seen["failover_error"],
        "A number of 2 to 15 digits, + first for an international one"
    );
    assert_eq!(seen["ada_box"], "Ada Lovelace's VmBox (1001)");
    assert_eq!(seen["ada_box_on"], true);
    assert_eq!(seen["conference"], "Ada Lovelace's conference, dial 1801");
    assert_eq!(seen["follow_me"], 1);
    assert_eq!(seen["bob_box"], "Bob Example's VmBox (1002)", "{seen}");

    // The documents, in SmartPBX's shapes.
    let ada = only(&admin, "users", "filter_username=ada");
    let ada_id = ada["id"].as_str().unwrap().to_string();
    let ada_box = only(&admin, "vmboxes", &format!("filter_owner_id={ada_id}"));
    assert_eq!(ada_box["mailbox"], "1001", "{ada_box}");
    assert_eq!(ada_box["pin"], "1234");
    let ada_cf = callflow_of(&admin, "1001");
    assert_eq!(ada_cf["type"], "mainUserCallflow");
    assert_eq!(ada_cf["owner_id"], json!(ada_id));
    assert_eq!(
        ada_cf["flow"]["children"]["_"],
        json!({"module": "voicemail", "data": {"id": ada_box["id"]}, "children": {}})
    );
    let on = json!({"enabled": true, "time_limit": 3600});
    let off = json!({"enabled": false, "time_limit": 3600});
    assert_eq!(
        ada["call_recording"],
        json!({"inbound": {"onnet": on, "offnet": off}, "outbound": {"onnet": off, "offnet": off}})
    );
    assert_eq!(ada["smartpbx"]["call_recording"]["enabled"], true);
    assert_eq!(
        ada["caller_id"]["external"],
        json!({"name": "Ada at the Office", "number": "+14155550100"})
    );
    assert_eq!(
        ada["caller_id"]["internal"],
        json!({"name": "Ada Lovelace", "number": "1001"})
    );
    assert_eq!(
        ada["hotdesk"],
        json!({"enabled": true, "id": "1001", "require_pin": true, "pin": "4321", "keep_logged_in_elsewhere": false})
    );
    assert_eq!(ada["music_on_hold"], json!({"media_id": jazz}));
    let conf = only(&admin, "conferences", &format!("filter_owner_id={ada_id}"));
    assert_eq!(conf["conference_numbers"], json!(["1801"]));
    let conf_cf = callflow_of(&admin, "1801");
    assert_eq!(conf_cf["type"], "conference");
    assert_eq!(conf_cf["owner_id"], json!(ada_id));
    assert_eq!(conf_cf["flow"]["module"], "conference");
    assert_eq!(conf_cf["flow"]["data"]["id"], conf["id"]);
    assert_eq!(ada["smartpbx"]["conferencing"]["enabled"], true);
    let bob_doc = admin.get(&admin.url(&format!("users/{bob}"))).data();
    assert_eq!(bob_doc["do_not_disturb"]["enabled"], true, "{bob_doc}");
    assert_eq!(
        bob_doc["call_failover"],
        json!({"enabled": true, "number": "1004"})
    );
    let cy_doc = admin.get(&admin.url(&format!("users/{cy}"))).data();
    assert_eq!(cy_doc["call_forward"]["enabled"], true, "{cy_doc}");
    assert_eq!(cy_doc["call_forward"]["number"], "1004");
    assert_eq!(cy_doc["call_forward"]["require_keypress"], false);
    let bob_box = only(&admin, "vmboxes", &format!("filter_owner_id={bob}"));
    assert_eq!(bob_box["mailbox"], "1002");

    // The API refuses what the cards refuse, naming the field; Bob's document stays as it was.
    let long = "1".repeat(36);
    for (bad, field) in [
        (
            json!({"call_failover": {"number": long}}),
            "call_failover.number",
        ),
        (
            json!({"call_failover": {"enabled": "maybe"}}),
            "call_failover.enabled",
        ),
        (
            json!({"call_forward": {"number": long}}),
            "call_forward.number",
        ),
        (json!({"hotdesk": {"pin": "12"}}), "hotdesk.pin"),
    ] {
        let r = admin.patch(&admin.url(&format!("users/{bob}")), bad);
        assert_eq!(r.status, 400, "{}", r.text());
        assert!(
            r.json()["data"].get(field).is_some(),
            "{field}: {}",
            r.text()
        );
    }
    assert_eq!(
        admin.get(&admin.url(&format!("users/{bob}"))).data(),
        bob_doc
    );

    // Calls. Ada's phone answers a colleague: the call is recorded as hers.
    phone(&admin, "adaphone", Some(&ada_id));
    let dir = SippDir::new();
    let port = free_port();
    register_from(&dir, &pbx, "adaphone", port);
    let mut ada_phone = uas(&dir, "uas_answer_hangup.xml", port, &["-d", "1500"]);
    uac(&dir, &pbx, "uac_wait_bye.xml", "callerphone", "1001", &[])
        .expect_ok(Duration::from_secs(30));
    ada_phone.expect_ok(Duration::from_secs(10));
    let rec = wait_for(
        || {
            let rows = admin.get(&admin.url("recordings")).data();
            rows.as_array()?.first().cloned()
        },
        "Ada's recording",
    );
    assert_eq!(rec["owner_id"], json!(ada_id), "{rec}");
    assert_eq!(rec["origin"], "user:inbound");

    // Ada does not answer: after her 20 s the caller reaches her box and leaves a message.
    let mut ringing = uas(&dir, "uas_ring.xml", port, &[]);
    caller_leaving_a_message(&dir, &pbx, "1001", 12);
    ringing.expect_ok(Duration::from_secs(10));
    let message = a_message(&admin, ada_box["id"].as_str().unwrap());
    assert!(message["length"].as_u64().unwrap() > 500, "{message}");

    // Bob is in do not disturb: his registered phone is not rung, his box takes the call.
    let bob_dir = SippDir::new();
    let bob_port = free_port();
    register_from(&bob_dir, &pbx, "bobphone", bob_port);
    let bob_phone = uas(&bob_dir, "uas_ring.xml", bob_port, &[]);
    caller_leaving_a_message(&dir, &pbx, "1002", 12);
    a_message(&admin, bob_box["id"].as_str().unwrap());
    drop(bob_phone);
    assert!(bob_dir.received("uas_ring", "INVITE ").is_empty());

    // Cy forwards every call to 1004: Dee's phone rings and answers.
    let dee_dir = SippDir::new();
    let dee_port = free_port();
    register_from(&dee_dir, &pbx, "deephone", dee_port);
    let mut dee_phone = uas(&dee_dir, "uas_answer_hangup.xml", dee_port, &["-d", "1000"]);
    uac(&dir, &pbx, "uac_wait_bye.xml", "callerphone", "1003", &[])
        .expect_ok(Duration::from_secs(30));
    dee_phone.expect_ok(Duration::from_secs(10));

    assert!(pbx.stop());
}
