//! Voicemail through the running box with SIPp callers: messages left at the same moment
//! into one box are all kept, and their audio is fetched through the messages API.

mod common;

use std::time::Duration;

use common::sipp::{SippDir, devices, uac};
use common::{Client, Pbx, id_of, pcap};
use serde_json::{Value, json};

/// A box with mailbox `700` reached by dialling 700 (no greeting, straight to the beep).
fn voicemail_office(admin: &Client) -> String {
    let r = admin.put(
        &admin.url("vmboxes"),
        json!({"name": "Sales", "mailbox": "700", "skip_greeting": true}),
    );
    assert_eq!(r.status, 201, "{}", r.text());
    let vmbox = id_of(&r);
    let r = admin.put(
        &admin.url("callflows"),
        json!({"numbers": ["700"], "flow": {"module": "voicemail", "data": {"id": vmbox}, "children": {}}}),
    );
    assert_eq!(r.status, 201, "{}", r.text());
    vmbox
}

/// The box's messages once there are `n` (bounded wait).
fn messages(admin: &Client, vmbox: &str, n: usize) -> Vec<Value> {
    let mut got = Vec::new();
    for _ in 0..100 {
        let r = admin.get(&admin.url(&format!("vmboxes/{vmbox}")));
        got = r.data()["messages"].as_array().cloned().unwrap_or_default();
        if got.len() >= n {
            break;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    got
}

#[test]
fn two_callers_leaving_messages_in_one_box_at_the_same_moment_are_both_kept() {
    let pbx = Pbx::start();
    let admin = pbx.admin();
    devices(&admin, &["6101", "6104"], 20);
    let vmbox = voicemail_office(&admin);
    let dir = SippDir::new();
    // Each caller talks for 2.5 s after the beep, then hangs up (the message is kept).
    pcap::talk(&dir.path().join("dtmf.pcap"), 2500);
    let mut a = uac(&dir, &pbx, "uac_dtmf.xml", "6101", "700", &["-d", "3000"]);
    let mut b = uac(&dir, &pbx, "uac_dtmf.xml", "6104", "700", &["-d", "3000"]);
    a.expect_ok(Duration::from_secs(20));
    b.expect_ok(Duration::from_secs(20));
    let got = messages(&admin, &vmbox, 2);
    let mut callers: Vec<&str> = got
        .iter()
        .map(|m| m["caller_id_number"].as_str().unwrap_or(""))
        .collect();
    callers.sort();
    assert_eq!(callers, ["6101", "6104"], "{got:?}");
    assert!(got.iter().all(|m| m["folder"] == "new"));
    // Each message's audio is served as a WAV about as long as the caller talked.
    for m in &got {
        let mid = m["media_id"].as_str().unwrap();
        let r = admin.get(&admin.url(&format!("vmboxes/{vmbox}/messages/{mid}/raw")));
        assert_eq!(r.status, 200, "{}", r.text());
        assert_eq!(r.header("content-type"), Some("audio/wav"));
        let wav = edgepbx_media::wav::read(&r.body).expect("a WAV file");
        let ms = wav.samples.len() as u64 * 1000 / u64::from(wav.rate);
        assert!(ms >= 1000, "{ms} ms of audio");
    }
    // The box list counts them.
    let list = admin.get(&admin.url("vmboxes"));
    assert_eq!(list.data()[0]["messages"], 2, "{}", list.text());
}
