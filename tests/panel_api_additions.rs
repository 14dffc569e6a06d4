//! The API the panel's later screens stand on, without a browser: the feature-code list (from
//! the box's own table, joined with the account's callflows), the box facts of
//! `system_status` (storage, last backup, certificate expiry), a plain user's own find me
//! follow me (and a SIPp call that rings what it picked), and their box's PIN and greeting,
//! each refused for anything not theirs.

mod common;

use common::Pbx;
use common::panel::{make, one_second_wav};
use common::sipp::{SippDir, devices, free_port, register_from, uac, uas};
use serde_json::{Value, json};
use std::net::UdpSocket;
use std::process::Command;
use std::time::{Duration, Instant};

const ADA_PASSWORD: &str = "Analytical-Engine-1843";

#[test]
fn feature_codes_list_the_box_table_and_follow_the_callflows() {
    let pbx = Pbx::start();
    let admin = pbx.admin();
    let codes = admin.get(&admin.url("feature_codes")).data();
    let rows = codes.as_array().unwrap();
    assert_eq!(rows.len(), 24, "{codes}");
    let row = |name: &str| -> Value {
        admin
            .get(&admin.url("feature_codes"))
            .data()
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["name"] == name)
            .cloned()
            .unwrap()
    };
    let off = row("call_forward[action=deactivate]");
    assert_eq!(off["number"], "73");
    assert_eq!(off["enabled"], true);
    assert_eq!(off["handled"], true);
    assert_eq!(off["template"]["numbers"], json!(["*{code}"]));
    assert_eq!(row("move")["handled"], true, "the interpreter runs move");
    assert_eq!(
        row("call_forward[action=activate]")["template"]["patterns"],
        json!([r"^\*{code}([0-9]*)$"])
    );

    // A code changed through the callflows API is the code listed; a deleted one is off.
    let id = off["callflow_id"].as_str().unwrap();
    let r = admin.patch(
        &admin.url(&format!("callflows/{id}")),
        json!({"numbers": ["*730"], "featurecode": {"name": "call_forward[action=deactivate]", "number": "730"}}),
    );
    assert_eq!(r.status, 200, "{}", r.text());
    assert_eq!(row("call_forward[action=deactivate]")["number"], "730");
    assert_eq!(
        admin.delete(&admin.url(&format!("callflows/{id}"))).status,
        200
    );
    let gone = row("call_forward[action=deactivate]");
    assert_eq!(
        (gone["enabled"].clone(), gone["number"].clone()),
        (json!(false), json!("73"))
    );

    let user = pbx.user_client(&admin, "carol", "user");
    assert_eq!(user.get(&user.url("feature_codes")).status, 403);
    assert_eq!(
        admin.put(&admin.url("feature_codes"), json!({})).status,
        405
    );
}

#[test]
fn system_status_tells_storage_last_backup_and_certificate_expiry() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let pbx = Pbx::start_with(&data, &[]);
    let admin = pbx.admin();
    let status = || admin.request("GET", "/v2/system_status", &[], None).json()["data"].clone();
    let s = status();
    let (total, free) = (
        s["storage"]["total_bytes"].as_u64().unwrap(),
        s["storage"]["free_bytes"].as_u64().unwrap(),
    );
    assert!(total > 0 && free <= total, "{s}");
    assert_eq!(s["last_backup"], Value::Null, "no backup yet");
    // The first boot's self-signed certificate: rcgen makes it valid for decades.
    assert!(s["certificate"]["days_left"].as_i64().unwrap() > 365, "{s}");

    let file = dir.path().join("snap.redb");
    let out = Command::new(env!("CARGO_BIN_EXE_edgepbx"))
        .args([
            "backup",
            file.to_str().unwrap(),
            "--data",
            data.to_str().unwrap(),
        ])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let backup = status()["last_backup"].clone();
    assert_eq!(backup["file"], file.to_str().unwrap(), "{backup}");
    assert_eq!(backup["bytes"], std::fs::metadata(&file).unwrap().len());
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs();
    assert!(
        now.abs_diff(backup["time_unix"].as_u64().unwrap()) < 60,
        "{backup}"
    );
}

/// Ada (a plain user) with two phones and a box, Bob with one phone and a box.
struct Office {
    ada: String,
    ada_phones: [String; 2],
    ada_box: String,
    bob: String,
    bob_phone: String,
    bob_box: String,
}

fn office(admin: &common::Client) -> Office {
    let ada = make(
        admin,
        "users",
        json!({"first_name": "Ada", "last_name": "Lovelace", "username": "ada", "password": ADA_PASSWORD, "priv_level": "user"}),
    );
    let bob = make(
        admin,
        "users",
        json!({"first_name": "Bob", "last_name": "Other", "username": "bob", "password": "Bob-Password-99", "priv_level": "user"}),
    );
    for (user, ext) in [(&ada, "1001"), (&bob, "1002")] {
        make(
            admin,
            "callflows",
            json!({"type": "mainUserCallflow", "owner_id": user, "numbers": [ext],
            "flow": {"module": "user", "data": {"id": user, "timeout": 20, "can_call_self": false},
                     "children": {"_": {"module": "play", "data": {"id": "system_media/vm-not_available"}, "children": {}}}}}),
        );
    }
    let device = |name: &str, owner: &str| {
        make(
            admin,
            "devices",
            json!({"name": name, "owner_id": owner, "device_type": "sip_device",
            "sip": {"username": name.replace(['\'', ' '], "_"), "password": "device-pass-1234"}}),
        )
    };
    Office {
        ada_phones: [device("Ada's Phone", &ada), device("Ada's Softphone", &ada)],
        bob_phone: device("Bob's Phone", &bob),
        ada_box: make(
            admin,
            "vmboxes",
            json!({"name": "Ada", "mailbox": "850", "owner_id": ada, "pin": "1111"}),
        ),
        bob_box: make(
            admin,
            "vmboxes",
            json!({"name": "Bob", "mailbox": "851", "owner_id": bob}),
        ),
        ada,
        bob,
    }
}

#[test]
fn a_plain_user_sets_their_own_find_me_follow_me_only() {
    let pbx = Pbx::start();
    let admin = pbx.admin();
    let o = office(&admin);
    let mut ada = pbx.client();
    ada.login("ada", ADA_PASSWORD, "office").unwrap();
    let fmfm = |user: &str| ada.url(&format!("users/{user}/find_me_follow_me"));
    assert_eq!(
        ada.get(&fmfm(&o.ada)).data(),
        json!({"enabled": false, "endpoints": []})
    );

    let r = ada.post(
        &fmfm(&o.ada),
        json!({"enabled": true, "endpoints": [
        {"id": o.ada_phones[0], "delay": 0, "timeout": 20},
        {"id": o.ada_phones[1], "delay": 10, "timeout": 15}]}),
    );
    assert_eq!(r.status, 200, "{}", r.text());
    let cf = admin
        .get(&admin.url("callflows?filter_type=mainUserCallflow"))
        .data();
    let ada_cf = cf
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["numbers"] == json!(["1001"]))
        .unwrap()["id"]
        .as_str()
        .unwrap()
        .to_string();
    let flow = admin.get(&admin.url(&format!("callflows/{ada_cf}"))).data()["flow"].clone();
    assert_eq!(flow["module"], "ring_group", "{flow}");
    assert_eq!(flow["data"]["timeout"], 25);
    assert_eq!(
        flow["data"]["endpoints"][1],
        json!({"id": o.ada_phones[1], "endpoint_type": "device", "delay": 10, "timeout": 15})
    );
    assert_eq!(
        flow["children"]["_"]["module"], "play",
        "what follows stays"
    );
    let me = admin.get(&admin.url(&format!("users/{}", o.ada))).data();
    assert_eq!(me["smartpbx"]["find_me_follow_me"]["enabled"], true);

    // Not Bob's phone, not Bob's follow me, no bad times; nothing changes on a refusal.
    let r = ada.post(
        &fmfm(&o.ada),
        json!({"enabled": true, "endpoints": [{"id": o.bob_phone, "delay": 0, "timeout": 20}]}),
    );
    assert_eq!(r.status, 400);
    assert!(r.data()["endpoints.0.id"].is_object(), "{}", r.text());
    let r = ada.post(&fmfm(&o.ada), json!({"enabled": true, "endpoints": [{"id": o.ada_phones[0], "delay": 0, "timeout": 900}]}));
    assert!(
        r.status == 400 && r.data()["endpoints.0.timeout"].is_object(),
        "{}",
        r.text()
    );
    let r = ada.post(&fmfm(&o.ada), json!({"enabled": "yes"}));
    assert!(
        r.status == 400 && r.data()["enabled"].is_object(),
        "{}",
        r.text()
    );
    let r = ada.post(&fmfm(&o.ada), json!({"enabled": true, "endpoints": []}));
    assert!(
        r.status == 400 && r.data()["endpoints"].is_object(),
        "{}",
        r.text()
    );
    assert_eq!(
        ada.post(&fmfm(&o.bob), json!({"enabled": false})).status,
        403
    );
    assert_eq!(ada.get(&fmfm(&o.bob)).status, 403);
    assert_eq!(
        admin.get(&admin.url(&format!("callflows/{ada_cf}"))).data()["flow"],
        flow
    );

    // Off: the user module back, the rest of the flow as it was.
    let r = ada.post(&fmfm(&o.ada), json!({"enabled": false}));
    assert_eq!(r.status, 200, "{}", r.text());
    let flow = admin.get(&admin.url(&format!("callflows/{ada_cf}"))).data()["flow"].clone();
    assert_eq!(flow["module"], "user");
    assert_eq!(flow["data"]["id"], o.ada.as_str());
    assert_eq!(flow["children"]["_"]["module"], "play");
    let _ = &o.bob;
}

#[test]
fn a_plain_user_changes_only_their_boxs_pin_and_greeting() {
    let pbx = Pbx::start();
    let admin = pbx.admin();
    let o = office(&admin);
    let mut ada = pbx.client();
    ada.login("ada", ADA_PASSWORD, "office").unwrap();
    let own = ada.url(&format!("vmboxes/{}", o.ada_box));

    let r = ada.patch(&own, json!({"pin": "4321"}));
    assert_eq!(r.status, 200, "{}", r.text());
    assert_eq!(
        admin
            .get(&admin.url(&format!("vmboxes/{}", o.ada_box)))
            .data()["pin"],
        "4321"
    );
    let r = ada.patch(&own, json!({"pin": "12ab"}));
    assert!(
        r.status == 400 && r.data()["pin"].is_object(),
        "{}",
        r.text()
    );
    for change in [
        json!({"mailbox": "999"}),
        json!({"skip_greeting": true}),
        json!({"media": {"unavailable": "0123456789abcdef0123456789abcdef"}}),
    ] {
        assert_eq!(ada.patch(&own, change.clone()).status, 403, "{change}");
    }
    assert_eq!(
        ada.patch(
            &ada.url(&format!("vmboxes/{}", o.bob_box)),
            json!({"pin": "4321"})
        )
        .status,
        404
    );

    // The greeting: WAV in, the box names it; a second one replaces and removes the first.
    let upload = |client: &common::Client, vmbox: &str, body: &[u8]| {
        client.request(
            "POST",
            &client.url(&format!("vmboxes/{vmbox}/greeting")),
            &[("Content-Type", "audio/wav")],
            Some(body),
        )
    };
    let r = upload(&ada, &o.ada_box, &one_second_wav());
    assert_eq!(r.status, 200, "{}", r.text());
    let first = r.data()["media"]["unavailable"]
        .as_str()
        .unwrap()
        .to_string();
    let raw = admin.request("GET", &admin.url(&format!("media/{first}/raw")), &[], None);
    assert_eq!(raw.body, one_second_wav());
    let r = upload(&ada, &o.ada_box, &one_second_wav());
    let second = r.data()["media"]["unavailable"]
        .as_str()
        .unwrap()
        .to_string();
    assert_ne!(first, second);
    assert_eq!(
        admin.get(&admin.url(&format!("media/{first}"))).status,
        404,
        "the replaced greeting is gone"
    );
    assert_eq!(
        admin
            .get(&admin.url(&format!("vmboxes/{}", o.ada_box)))
            .data()["media"]["unavailable"],
        second.as_str()
    );
    let media_before = admin
        .get(&admin.url("media"))
        .data()
        .as_array()
        .unwrap()
        .len();
    let r = upload(&ada, &o.ada_box, b"RIFF but not really");
    assert!(
        r.status == 400 && r.data()["media"].is_object(),
        "{}",
        r.text()
    );
    assert_eq!(upload(&ada, &o.bob_box, &one_second_wav()).status, 404);
    assert_eq!(
        admin
            .get(&admin.url("media"))
            .data()
            .as_array()
            .unwrap()
            .len(),
        media_before,
        "refusals made nothing"
    );
    assert_eq!(
        ada.put(&ada.url("media"), json!({"name": "x"})).status,
        403,
        "still no media of their own"
    );
}

/// The call engine runs what a user's own find me follow me wrote: a call to their extension
/// rings the one phone picked (its busy answer reaches the caller) and not their other phone,
/// which rings again once find me follow me is off.
#[test]
fn find_me_follow_me_rings_the_phones_the_user_picked() {
    let pbx = Pbx::start();
    let admin = pbx.admin();
    let caller = devices(&admin, &["2300"], 20);
    let ada = make(
        &admin,
        "users",
        json!({"first_name": "Ada", "last_name": "L", "username": "ada", "password": ADA_PASSWORD, "priv_level": "user"}),
    );
    make(
        &admin,
        "callflows",
        json!({"type": "mainUserCallflow", "owner_id": ada, "numbers": ["1001"],
        "flow": {"module": "user", "data": {"id": ada, "timeout": 20, "can_call_self": false}, "children": {}}}),
    );
    let phone = |user: &str| {
        make(
            &admin,
            "devices",
            json!({"name": format!("phone {user}"), "owner_id": ada, "sip": {"username": user, "password": format!("pw{user}")}}),
        )
    };
    let (desk, mobile) = (phone("2301"), phone("2302"));
    let dir = SippDir::new();
    let (desk_port, mobile_port) = (free_port(), free_port());
    register_from(&dir, &pbx, "2301", desk_port);
    register_from(&dir, &pbx, "2302", mobile_port);

    let mut user = pbx.client();
    user.login("ada", ADA_PASSWORD, "office").unwrap();
    let r = user.post(
        &user.url(&format!("users/{ada}/find_me_follow_me")),
        json!({"enabled": true, "endpoints": [{"id": mobile, "delay": 0, "timeout": 20}]}),
    );
    assert_eq!(r.status, 200, "{}", r.text());

    // The desk phone's contact: whatever the box sends there is read here.
    let desk_socket = UdpSocket::bind(("127.0.0.1", desk_port)).unwrap();
    let next_invite = |wait: Duration| {
        desk_socket.set_read_timeout(Some(wait)).unwrap();
        let mut buf = [0u8; 4096];
        let deadline = Instant::now() + wait;
        while Instant::now() < deadline {
            if let Ok(n) = desk_socket.recv(&mut buf)
                && buf[..n].starts_with(b"INVITE ")
            {
                return true;
            }
        }
        false
    };

    // On: only the picked phone is called; its busy answer reaches the caller.
    let mut callee = uas(&dir, "uas_busy.xml", mobile_port, &[]);
    uac(&dir, &pbx, "uac_busy.xml", "2300", "1001", &[]).expect_ok(Duration::from_secs(20));
    callee.expect_ok(Duration::from_secs(10));
    assert!(
        !next_invite(Duration::from_millis(300)),
        "the desk phone was not called"
    );

    // Off: the user module again rings every phone of the user, the desk phone too.
    let r = user.post(
        &user.url(&format!("users/{ada}/find_me_follow_me")),
        json!({"enabled": false}),
    );
    assert_eq!(r.status, 200, "{}", r.text());
    let _callee = uas(&dir, "uas_busy.xml", mobile_port, &[]);
    let _call = uac(&dir, &pbx, "uac_busy.xml", "2300", "1001", &[]);
    assert!(
        next_invite(Duration::from_secs(10)),
        "desk {desk}, caller {caller:?}"
    );
}
