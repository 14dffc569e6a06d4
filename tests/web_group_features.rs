//! Issue 16's panel gaps in headless Chromium (`tests/web/group-features.mjs`): a group's
//! features (call recording, ringback, allow call forward, caller-ID prepend; bad values
//! refused at their field), a spare number assigned to a user and to the group and taken
//! back, a voicemail box's auto-login and transcription, a message moved to another box, and
//! a plain user's cell phone in find me follow me (a bad number and one their call
//! restriction denies refused at the field). The effects are checked on the documents the
//! call engine reads (the engine's own tests: `flow::group_feature_tests`).

mod common;

use common::ADMIN_PASSWORD;
use common::baresip::{goertzel, tone_samples, wav_bytes};
use common::panel::{browse, make, past_first_boot, start_box, tools_present};
use common::sipp::{SippDir, free_port, hear_pcmu, register_from, uac, uas};
use common::{Client, Pbx};
use serde_json::{Value, json};
use std::net::UdpSocket;
use std::time::Duration;

const ADA_PASSWORD: &str = "Analytical-Engine-1843";
const DID: &str = "+14155550100";

#[test]
fn group_features_number_assignment_voicemail_extras_and_a_users_cell_phone() {
    if !tools_present() {
        return;
    }
    let (_dir, _data, pbx) = start_box(&[], &[]);
    let admin = pbx.admin();
    past_first_boot(&admin);
    // Ada may not call international numbers (the admin's setting; she cannot lift it).
    let ada = make(
        &admin,
        "users",
        json!({"first_name": "Ada", "last_name": "Lovelace", "username": "ada",
               "password": ADA_PASSWORD, "priv_level": "user",
               "call_restriction": {"international": {"action": "deny"}}}),
    );
    let bob = make(
        &admin,
        "users",
        json!({"first_name": "Bob", "last_name": "Babbage", "username": "bob", "password": "Difference-Engine-1822"}),
    );
    let ada_cf = make(
        &admin,
        "callflows",
        json!({"type": "mainUserCallflow", "owner_id": ada, "numbers": ["1001"],
               "flow": {"module": "user", "data": {"id": ada, "timeout": 20, "can_call_self": false}, "children": {}}}),
    );
    make(
        &admin,
        "devices",
        json!({"name": "Ada's Phone", "owner_id": ada, "device_type": "sip_device",
               "sip": {"username": "7101", "password": "pw7101"}}),
    );
    // Bob's phone, where he forwards (7103), and a caller's phone (7100) for the SIPp calls.
    make(
        &admin,
        "devices",
        json!({"name": "Bob's Phone", "owner_id": bob, "sip": {"username": "7102", "password": "pw7102"}}),
    );
    for user in ["7100", "7103"] {
        let id = make(
            &admin,
            "devices",
            json!({"name": format!("phone {user}"), "sip": {"username": user, "password": format!("pw{user}")}}),
        );
        make(
            &admin,
            "callflows",
            json!({"numbers": [user], "flow": {"module": "device", "data": {"id": id}, "children": {}}}),
        );
    }
    let r = admin.patch(
        &admin.url(&format!("users/{bob}")),
        json!({"call_forward": {"enabled": true, "number": "7103", "substitute": true, "require_keypress": false}}),
    );
    assert_eq!(r.status, 200, "{}", r.text());
    // The group's ringback: a 700 Hz tone, told apart from ringing tones by the caller.
    let ringback = make(
        &admin,
        "media",
        json!({"name": "Sales ringback", "media_source": "upload"}),
    );
    let r = admin.request(
        "POST",
        &admin.url(&format!("media/{ringback}/raw")),
        &[("Content-Type", "audio/wav")],
        Some(&wav_bytes(&tone_samples(&[(700.0, 1.0)]))),
    );
    assert_eq!(r.status, 200, "{}", r.text());
    let ada_box = make(
        &admin,
        "vmboxes",
        json!({"name": "Ada", "mailbox": "850", "owner_id": ada, "messages": [{"media_id": "202612-vm-move-1",
            "folder": "new", "caller_id_number": "+14155550123", "length": 1000, "timestamp": 63_900_000_000u64,
            "transcription": {"result": "success", "text": "Please call me back"}}]}),
    );
    let desk_box = make(
        &admin,
        "vmboxes",
        json!({"name": "Front desk", "mailbox": "851"}),
    );
    let r = admin.put(
        &admin.url(&format!("phone_numbers/{}", DID.replace('+', "%2B"))),
        json!({}),
    );
    assert!(r.status == 201 || r.status == 200, "{}", r.text());

    let seen = browse(
        &pbx,
        "group-features.mjs",
        "web-group-features-screenshots",
        &[
            ("PANEL_PASSWORD", ADMIN_PASSWORD),
            ("PANEL_USER", "ada"),
            ("PANEL_USER_PASSWORD", ADA_PASSWORD),
            ("PANEL_DID", DID),
        ],
    );

    // The group: what the form refused, then the documents SmartPBX would have written.
    assert_eq!(
        seen["record_limit_error"], "From 5 to 10800 seconds",
        "{seen}"
    );
    assert_eq!(
        seen["prefix_error"],
        "Digits only (* and # too), + first, at most 15"
    );
    assert_eq!(
        seen["features_back"],
        json!([true, "900", "Sales ringback", true, "Sales: ", "9"])
    );
    let callflows = admin.get(&admin.url("callflows?paginate=false")).data();
    let of_type = |t: &str| -> Value {
        let row = callflows
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["type"] == t)
            .unwrap_or_else(|| panic!("a {t} callflow: {callflows}"));
        admin
            .get(&admin.url(&format!("callflows/{}", row["id"].as_str().unwrap())))
            .data()
    };
    let base = of_type("baseGroup");
    let ring = &base["flow"]["data"];
    assert_eq!(ring["ignore_forward"], false, "allow call forward: {ring}");
    assert!(
        ring["ringback"].as_str().is_some_and(|m| m.len() == 32),
        "{ring}"
    );
    let user_group = of_type("userGroup");
    let flow = &user_group["flow"];
    assert_eq!(flow["module"], "record_call", "{flow}");
    assert_eq!(flow["data"], json!({"action": "start", "time_limit": 900}));
    let prepend = &flow["children"]["_"];
    assert_eq!(prepend["module"], "prepend_cid");
    assert_eq!(
        prepend["data"],
        json!({"action": "prepend", "caller_id_name_prefix": "Sales: ", "caller_id_number_prefix": "9"})
    );
    let inner = &prepend["children"]["_"];
    assert_eq!(inner["module"], "callflow");
    assert_eq!(inner["data"]["id"], base["id"]);
    // The API names a bad feature value too (the form is not the only client).
    let mut bad = user_group.clone();
    bad["flow"]["data"]["time_limit"] = json!(2);
    let r = admin.post(
        &admin.url(&format!("callflows/{}", user_group["id"].as_str().unwrap())),
        bad,
    );
    assert_eq!(r.status, 400, "{}", r.text());
    assert!(r.text().contains("flow.data.time_limit"), "{}", r.text());

    // The number: assigned to Ada, then moved to the group; the group's edit kept it.
    assert_eq!(seen["number_ada"], "User Ada Lovelace", "{seen}");
    assert_eq!(seen["number_group"], "Group Sales", "{seen}");
    let ada_numbers =
        admin.get(&admin.url(&format!("callflows/{ada_cf}"))).data()["numbers"].clone();
    assert_eq!(ada_numbers, json!(["1001"]), "unassigned from Ada");
    assert_eq!(of_type("userGroup")["numbers"], json!(["2100", DID]));

    // Calls to the number now ring the group: the caller hears the group's ringback, the
    // members see the prefix in the caller ID, Bob's forward is followed; with "allow call
    // forward" off, Bob's own phone rings instead.
    let invites = group_call(&pbx, &["7101", "7103"]);
    assert!(invites[0].contains("From: \"Sales: "), "{}", invites[0]);
    assert!(invites[1].starts_with("INVITE sip:"), "{}", invites[1]);
    let mut no_forward = base.clone();
    no_forward["flow"]["data"]["ignore_forward"] = json!(true);
    post_ok(
        &admin,
        &format!("callflows/{}", base["id"].as_str().unwrap()),
        no_forward,
    );
    let invites = group_call(&pbx, &["7101", "7102"]);
    assert!(invites[1].contains("From: \"Sales: "), "{}", invites[1]);

    // Voicemail: the box's switches and the moved message.
    let ada_box_doc = admin.get(&admin.url(&format!("vmboxes/{ada_box}"))).data();
    assert_eq!(ada_box_doc["check_if_owner"], false, "{ada_box_doc}");
    assert_eq!(ada_box_doc["transcribe"], true);
    let messages = |id: &str| -> Vec<String> {
        admin
            .get(&admin.url(&format!("vmboxes/{id}/messages?paginate=false")))
            .data()
            .as_array()
            .unwrap()
            .iter()
            .map(|m| {
                format!(
                    "{} {}",
                    m["media_id"].as_str().unwrap(),
                    m["folder"].as_str().unwrap()
                )
            })
            .collect()
    };
    assert_eq!(messages(&desk_box), ["202612-vm-move-1 new"]);
    assert!(messages(&ada_box).is_empty());
    assert_eq!(seen["moved_gone"], 0);
    assert_eq!(seen["transcript"], "Please call me back");

    // Ada's cell phone: refused numbers at the field, then her device and ring group entry.
    assert_eq!(
        seen["cell_bad"],
        "3 to 15 digits, with + first for an international number"
    );
    assert_eq!(
        seen["cell_barred"], "calls to international numbers are not allowed for you",
        "{seen}"
    );
    assert_eq!(seen["cell_saved"], "Saved.");
    assert_eq!(seen["my_devices"], 1, "only Ada's Phone registers");
    let devices = admin.get(&admin.url("devices?paginate=false")).data();
    let cell = devices
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["device_type"] == "cellphone")
        .unwrap_or_else(|| panic!("a cell phone device: {devices}"));
    assert_eq!(cell["owner_id"], ada.as_str());
    let cell = admin
        .get(&admin.url(&format!("devices/{}", cell["id"].as_str().unwrap())))
        .data();
    assert_eq!(cell["call_forward"]["number"], "+14155550199");
    assert_eq!(cell["call_forward"]["require_keypress"], true);
    assert!(
        cell.get("sip").and_then(|s| s.get("username")).is_none(),
        "{cell}"
    );
    let ada_flow = admin.get(&admin.url(&format!("callflows/{ada_cf}"))).data()["flow"].clone();
    assert_eq!(ada_flow["module"], "ring_group", "{ada_flow}");
    assert!(
        ada_flow["data"]["endpoints"]
            .as_array()
            .unwrap()
            .iter()
            .any(|e| e["id"] == cell["id"] && e["delay"] == 10 && e["timeout"] == 25),
        "{ada_flow}"
    );
    // Ada cannot lift her call restriction, nor another user's, nor put a cell phone in Bob's.
    let mut user = pbx.client();
    user.login("ada", ADA_PASSWORD, "office")
        .expect("ada signs in");
    let r = user.patch(
        &user.url(&format!("users/{ada}")),
        json!({"call_restriction": {"international": {"action": "allow"}}}),
    );
    assert_eq!(r.status, 403, "{}", r.text());
    let r = user.post(
        &user.url(&format!("users/{bob}/find_me_follow_me")),
        json!({"enabled": true, "endpoints": [], "cellphone": {"number": "+14155550198", "delay": 0, "timeout": 20}}),
    );
    assert_eq!(r.status, 403, "{}", r.text());
    // Bad shapes: each a 400 naming its field.
    for (body, field) in [
        (
            json!({"enabled": true, "endpoints": [], "cellphone": "+14155550198"}),
            "cellphone",
        ),
        (
            json!({"enabled": true, "endpoints": [], "cellphone": {"number": "12ab"}}),
            "cellphone.number",
        ),
        (
            json!({"enabled": true, "endpoints": [], "cellphone": {"number": "+14155550198", "delay": 0, "timeout": 0}}),
            "cellphone.timeout",
        ),
        (
            json!({"enabled": true, "endpoints": [{"id": cell["id"], "delay": 0, "timeout": 20}]}),
            "endpoints.0.id",
        ),
    ] {
        let r = user.post(
            &user.url(&format!("users/{ada}/find_me_follow_me")),
            body.clone(),
        );
        assert_eq!(r.status, 400, "{body}: {}", r.text());
        assert!(r.text().contains(field), "{body}: {}", r.text());
    }
}

fn post_ok(admin: &Client, path: &str, doc: Value) {
    let r = admin.post(&admin.url(path), doc);
    assert_eq!(r.status, 200, "{path}: {}", r.text());
}

/// Phone 7100 calls the group's number, hears the group's ringback (700 Hz) for 2.5 s and
/// hangs up; each of the phones `callees` (registered from SIPp, ringing) must get the call.
/// Their INVITEs, in order.
fn group_call(pbx: &Pbx, callees: &[&str]) -> Vec<String> {
    let dirs: Vec<SippDir> = callees.iter().map(|_| SippDir::new()).collect();
    let mut phones: Vec<_> = callees
        .iter()
        .zip(&dirs)
        .map(|(user, dir)| {
            let port = free_port();
            register_from(dir, pbx, user, port);
            uas(dir, "uas_ring.xml", port, &[])
        })
        .collect();
    let caller = SippDir::new();
    let ear = UdpSocket::bind("127.0.0.1:0").unwrap();
    let rtp = ear.local_addr().unwrap().port().to_string();
    let mut call = uac(
        &caller,
        pbx,
        "uac_ringback.xml",
        "7100",
        DID,
        &["-set", "rtp", &rtp],
    );
    let (heard, _) = hear_pcmu(&ear, Duration::from_secs(20));
    call.expect_ok(Duration::from_secs(20));
    let (tone, ringing) = (
        goertzel(&heard, 700.0),
        goertzel(&heard, 440.0).max(goertzel(&heard, 480.0)),
    );
    assert!(
        tone > 100.0 * ringing,
        "700 Hz {tone} vs ringing tones {ringing}"
    );
    for phone in &mut phones {
        phone.expect_ok(Duration::from_secs(10));
    }
    dirs.iter()
        .map(|d| d.received("uas_ring", "INVITE ").pop().expect("an INVITE"))
        .collect()
}
