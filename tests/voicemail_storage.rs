//! Voicemail storage bounds through the running box: the usage of a box and of the account
//! in the API, the account's `voicemail.max_storage_seconds` (a bad value is a 400 naming
//! it), and a caller finding the account full leaves nothing (told "mailbox full") while
//! the stored message stays.

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
