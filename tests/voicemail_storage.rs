//! Voicemail storage bounds through the running box: the usage of a box and of the account
//! in the API, the account's `voicemail.max_storage_seconds` (a bad value is a 400 naming
//! it), and a caller finding the account full leaves nothing (told "mailbox full") while
//! the stored message stays. The box-wide bound (`/v2/system/voicemail`): only the
//! top-level administrator sets it (a tenant's administrator gets 403), it counts every
//! account's messages, and a full box refuses a new message until it is lifted.

mod common;

use std::time::Duration;

use common::sipp::{SippDir, devices, uac};
use common::{Client, Pbx, id_of, pcap};
use serde_json::{Value, json};

fn usage_once(admin: &Client, vmbox: &str, messages: u64) -> Value {
    let mut seen = Value::Null;
    for _ in 0..150 {
        let r = admin.get(&admin.url(&format!("vmboxes/{vmbox}")));
        seen = r.data()["usage"].clone();
        if seen["messages"].as_u64() >= Some(messages) {
            return seen;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    panic!("no {messages} messages in the usage: {seen}");
}

#[test]
fn usage_is_shown_and_a_full_account_refuses_a_new_message_without_losing_the_old() {
    let pbx = Pbx::start();
    let admin = pbx.admin();
    for bad in [json!(0), json!("many"), json!(-5)] {
        let r = admin.patch(
            &admin.url(""),
            json!({"voicemail": {"max_storage_seconds": bad}}),
        );
        assert_eq!(r.status, 400, "{bad}: {}", r.text());
        assert!(
            r.data()["voicemail.max_storage_seconds"].is_object(),
            "{}",
            r.text()
        );
    }
    devices(&admin, &["6104"], 20);
    let r = admin.put(
        &admin.url("vmboxes"),
        json!({"name": "Sales", "mailbox": "700", "skip_greeting": true}),
    );
    assert_eq!(r.status, 201, "{}", r.text());
    let vmbox = id_of(&r);
    assert_eq!(r.data()["usage"]["messages"], 0, "{}", r.text());
    admin.put(
        &admin.url("callflows"),
        json!({"numbers": ["700"], "flow": {"module": "voicemail", "data": {"id": vmbox}, "children": {}}}),
    );
    let dir = SippDir::new();
    pcap::talk(&dir.path().join("dtmf.pcap"), 1500);
    uac(&dir, &pbx, "uac_dtmf.xml", "6104", "700", &["-d", "2000"])
        .expect_ok(Duration::from_secs(20));
    let usage = usage_once(&admin, &vmbox, 1);
    assert_eq!(usage["new"], 1, "{usage}");
    let seconds = usage["seconds"].as_u64().unwrap();
    assert!(seconds >= 1, "{usage}");
    let list = admin.get(&admin.url("vmboxes"));
    assert_eq!(list.data()[0]["usage"], usage, "{}", list.text());

    // Bound the account to what it holds plus one second: the next caller is told the box
    // is full and nothing is recorded; the stored message stays.
    let r = admin.patch(
        &admin.url(""),
        json!({"voicemail": {"max_storage_seconds": seconds + 1}}),
    );
    assert_eq!(r.status, 200, "{}", r.text());
    let account = admin.get(&admin.url(""));
    let total = &account.data()["voicemail_usage"];
    assert_eq!(total["messages"], 1, "{}", account.text());
    assert_eq!(total["boxes"], 1);
    assert_eq!(total["max_storage_seconds"], seconds + 1);
    // The computed usage sent back by a client is not stored.
    let r = admin.patch(
        &admin.url(&format!("vmboxes/{vmbox}")),
        json!({"usage": {"messages": 99}}),
    );
    assert_eq!(r.data()["usage"], usage, "{}", r.text());

    uac(&dir, &pbx, "uac_dtmf.xml", "6104", "700", &["-d", "2000"])
        .expect_ok(Duration::from_secs(20));
    let r = admin.get(&admin.url(&format!("vmboxes/{vmbox}/messages")));
    assert_eq!(r.data().as_array().map(Vec::len), Some(1), "{}", r.text());
}

/// Leaves a message in box 700 as phone 6104 (1.5 s of talk).
fn leave_message(dir: &SippDir, pbx: &Pbx) {
    uac(dir, pbx, "uac_dtmf.xml", "6104", "700", &["-d", "2000"])
        .expect_ok(Duration::from_secs(20));
}

fn message_count(admin: &Client, vmbox: &str) -> usize {
    let r = admin.get(&admin.url(&format!("vmboxes/{vmbox}/messages")));
    assert_eq!(r.status, 200, "{}", r.text());
    r.data().as_array().map_or(0, Vec::len)
}

#[test]
fn the_box_wide_bound_is_the_top_level_admins_and_a_full_box_refuses_new_messages() {
    const PATH: &str = "/v2/system/voicemail";
    let pbx = Pbx::start();
    let admin = pbx.admin();
    let r = admin.get(PATH);
    assert_eq!(r.status, 200, "{}", r.text());
    assert!(
        r.data().get("max_storage_seconds").is_none(),
        "{}",
        r.text()
    );
    assert_eq!(r.data()["usage"]["messages"], 0, "{}", r.text());
    for bad in [
        json!({}),
        json!({"max_storage_seconds": 0}),
        json!({"max_storage_seconds": "lots"}),
        json!({"max_storage_seconds": -1}),
        json!({"max_storage_seconds": 1.5}),
    ] {
        let r = admin.put(PATH, bad.clone());
        assert_eq!(r.status, 400, "{bad}: {}", r.text());
        assert!(r.data()["max_storage_seconds"].is_object(), "{}", r.text());
    }
    // A tenant's own administrator neither reads nor raises it.
    let r = admin.put(
        &admin.url(""),
        json!({"name": "tenant", "realm": "tenant.example.net"}),
    );
    assert_eq!(r.status, 201, "{}", r.text());
    let sub = id_of(&r);
    let r = admin.put(
        &format!("/v2/accounts/{sub}/users"),
        json!({"first_name": "Ten", "last_name": "Ant", "username": "boss", "password": "pw-12345", "priv_level": "admin"}),
    );
    assert_eq!(r.status, 201, "{}", r.text());
    let mut tenant = pbx.client();
    tenant
        .login("boss", "pw-12345", "tenant")
        .expect("tenant admin login");
    assert_eq!(tenant.get(PATH).status, 403);
    let r = tenant.put(PATH, json!({"max_storage_seconds": 1_000_000}));
    assert_eq!(r.status, 403, "{}", r.text());
    // The tenant has a box of its own: the box-wide usage counts every account.
    let r = admin.put(
        &format!("/v2/accounts/{sub}/vmboxes"),
        json!({"name": "Tenant", "mailbox": "800"}),
    );
    assert_eq!(r.status, 201, "{}", r.text());

    devices(&admin, &["6104"], 20);
    let r = admin.put(
        &admin.url("vmboxes"),
        json!({"name": "Sales", "mailbox": "700", "skip_greeting": true}),
    );
    assert_eq!(r.status, 201, "{}", r.text());
    let vmbox = id_of(&r);
    admin.put(
        &admin.url("callflows"),
        json!({"numbers": ["700"], "flow": {"module": "voicemail", "data": {"id": vmbox}, "children": {}}}),
    );
    let dir = SippDir::new();
    pcap::talk(&dir.path().join("dtmf.pcap"), 1500);
    leave_message(&dir, &pbx);
    let seconds = usage_once(&admin, &vmbox, 1)["seconds"].as_u64().unwrap();

    // The box bound to what it holds plus one second (the account has no bound of its
    // own): the next caller is told the box is full and nothing is recorded.
    let r = admin.put(PATH, json!({"max_storage_seconds": seconds + 1}));
    assert_eq!(r.status, 200, "{}", r.text());
    let shown = r.data();
    assert_eq!(shown["max_storage_seconds"], seconds + 1, "{shown}");
    assert_eq!(shown["usage"]["messages"], 1, "{shown}");
    assert_eq!(shown["usage"]["seconds"], seconds, "{shown}");
    assert_eq!(shown["usage"]["accounts"], 2, "{shown}");
    assert_eq!(shown["usage"]["boxes"], 2, "{shown}");
    leave_message(&dir, &pbx);
    assert_eq!(
        message_count(&admin, &vmbox),
        1,
        "refused while the box is full"
    );

    // Lifted (null): the next message is kept.
    let r = admin.put(PATH, json!({"max_storage_seconds": null}));
    assert_eq!(r.status, 200, "{}", r.text());
    assert!(
        r.data().get("max_storage_seconds").is_none(),
        "{}",
        r.text()
    );
    leave_message(&dir, &pbx);
    usage_once(&admin, &vmbox, 2);
}
