//! The web panel as a plain user (`priv_level: user`) sees it, in headless Chromium
//! (`tests/web/user-view.mjs`): only their own phones, call handling, voicemail and calls; do
//! not disturb and forwarding saved on their user document; a message played and marked heard.
//! The API side: `users/{id}/cdrs` lists a user's own call legs, and a plain user gets 403 or
//! 404 for everything else.

mod common;

use common::Pbx;
use common::panel::{
    browse, make, now_gregorian, seed_calls_and_message, start_box, tools_present,
};
use serde_json::json;
use std::path::Path;

const ADA_PASSWORD: &str = "Analytical-Engine-1843";
const VM_MESSAGE: &str = "user-vm-1";

/// Call legs as the call engine writes them: ada's own call, a call from bob that rang ada's
/// phone, and a call of bob's alone.
fn seed_calls(data: &Path, account: &str, ada: &str, ada_phone: &str, bob: &str) {
    let now = now_gregorian();
    let legs = [
        ("ada-out", "inbound", now - 300, ada, ada_phone, "one"),
        ("bob-a", "inbound", now - 200, bob, "bob-phone", "two"),
        ("bob-b-to-ada", "outbound", now - 199, bob, ada_phone, "two"),
        ("bob-alone", "inbound", now - 100, bob, "bob-phone", "three"),
    ];
    let cdrs = legs
        .into_iter()
        .map(|(call, direction, ts, owner, device, interaction)| {
            json!({
                "call_id": call, "call_direction": direction, "timestamp": ts,
                "interaction_id": format!("{ts}-{interaction}"), "caller_id_number": "1001",
                "callee_id_number": "1002", "duration_seconds": 5, "billing_seconds": 4,
                "hangup_cause": "NORMAL_CLEARING", "request": "1002@office.local", "to": "1002@office.local",
                "from": "1001@office.local", "authorizing_id": device,
                "channel_created_time": (ts - edgepbx_store::GREGORIAN_OFFSET) * 1_000_000,
                "custom_channel_vars": {"account_id": account, "authorizing_id": device, "owner_id": owner},
            })
        })
        .collect();
    seed_calls_and_message(data, account, cdrs, VM_MESSAGE);
}

#[test]
fn plain_user_sees_only_their_own_things() {
    if !tools_present() {
        return;
    }
    let (_dir, data, pbx) = start_box(&[], &[]);
    let admin = pbx.admin();
    let ada = make(
        &admin,
        "users",
        json!({"first_name": "Ada", "last_name": "Lovelace", "username": "ada",
               "password": ADA_PASSWORD, "priv_level": "user"}),
    );
    let bob = make(
        &admin,
        "users",
        json!({"first_name": "Bob", "last_name": "Other", "username": "bob", "password": "Bob-Password-99"}),
    );
    let ada_phone = make(
        &admin,
        "devices",
        json!({"name": "Ada's Phone", "owner_id": ada, "device_type": "sip_device",
               "sip": {"username": "ada_phone", "password": "phone-secret-123"}}),
    );
    make(
        &admin,
        "vmboxes",
        json!({"name": "Ada", "mailbox": "850", "owner_id": ada, "messages": [{"media_id": VM_MESSAGE,
            "folder": "new", "caller_id_number": "+14155550123", "length": 1000, "timestamp": 63_900_000_000u64}]}),
    );
    make(
        &admin,
        "vmboxes",
        json!({"name": "Bob", "mailbox": "851", "owner_id": bob}),
    );
    let account = admin.account_id.clone();
    assert!(pbx.stop());
    seed_calls(&data, &account, &ada, &ada_phone, &bob);
    let pbx = Pbx::start_with(&data, &[]);
    let admin = pbx.admin();

    // The API: a user's own call legs; nothing of anyone else's.
    let mut user = pbx.client();
    user.login("ada", ADA_PASSWORD, "office")
        .expect("ada signs in");
    let calls = user.get(&user.url(&format!("users/{ada}/cdrs"))).data();
    let ids: Vec<&str> = calls
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["call_id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["bob-b-to-ada", "ada-out"], "newest first: {calls}");
    assert_eq!(
        admin
            .get(&admin.url(&format!("users/{ada}/cdrs")))
            .data()
            .as_array()
            .unwrap()
            .len(),
        2
    );
    assert_eq!(
        user.get(&user.url(&format!("users/{bob}/cdrs"))).status,
        404
    );
    assert_eq!(user.get(&user.url("users/nobody/cdrs")).status, 404);
    assert_eq!(user.get(&user.url("cdrs")).status, 403);
    assert_eq!(user.get(&user.url("callflows")).status, 403);
    assert_eq!(
        user.put(&user.url(&format!("users/{ada}/cdrs")), json!({}))
            .status,
        405
    );
    let seen = browse(
        &pbx,
        "user-view.mjs",
        "web-user-view-screenshots",
        &[("PANEL_USER", "ada"), ("PANEL_USER_PASSWORD", ADA_PASSWORD)],
    );
    assert_eq!(seen["nav"], json!(["My phone", "Voicemail", "My calls"]));
    assert_eq!(seen["device"], "Ada's Phone · Not registered");
    assert_eq!(
        seen["forward_error"],
        "A number of 2 to 15 digits, + first for an international one"
    );
    assert_eq!(seen["features_saved"], "Saved.");
    assert_eq!(seen["box"], "Ada (850) · 1 message", "{seen}");
    assert!(seen["vm_duration"].as_f64().unwrap() > 0.9, "{seen}");
    assert_eq!(seen["calls"], json!(["bob-b-to-ada", "ada-out"]));
    assert_eq!(seen["users_link"], 0);
    assert_eq!(seen["overflow"], json!([]), "the user's screens fit 390 px");

    // What the user's saves did to their documents.
    let me = admin.get(&admin.url(&format!("users/{ada}"))).data();
    assert_eq!(me["do_not_disturb"]["enabled"], true, "{me}");
    assert_eq!(me["call_forward"]["enabled"], true);
    assert_eq!(me["call_forward"]["number"], "+14155550177");
    assert_eq!(
        me["call_forward"]["substitute"], false,
        "ring my phones too"
    );
    assert_eq!(me["priv_level"], "user");
    let messages = admin
        .get(&admin.url(&format!(
            "vmboxes/{}/messages",
            admin.get(&admin.url("vmboxes?filter_mailbox=850")).data()[0]["id"]
                .as_str()
                .unwrap()
        )))
        .data();
    assert_eq!(messages[0]["folder"], "saved", "{messages}");

    assert!(pbx.stop());
}
