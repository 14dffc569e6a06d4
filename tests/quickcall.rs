//! KAZOO's quickcall and the panel's "Ring my phone" through the running box with SIPp
//! phones: the box rings a registered phone; when it answers, the number is dialled for it
//! (a second SIPp phone rings and talks to it) or the box plays its confirmation; bad input
//! and permissions; at most two such calls per account at once.

mod common;

use std::net::UdpSocket;
use std::time::Duration;

use common::Pbx;
use common::sipp::{self, SippDir, free_port, hear_pcmu, register_from, uas};
use serde_json::json;

#[test]
fn quickcall_rings_the_phone_then_dials_the_number_for_it() {
    let pbx = Pbx::start();
    let admin = pbx.admin();
    let dir = SippDir::new();
    let ids = sipp::devices(&admin, &["301", "302"], 20);
    let (port_a, port_b) = (free_port(), free_port());
    register_from(&dir, &pbx, "301", port_a);
    register_from(&dir, &pbx, "302", port_b);
    // The first phone answers, talks for 1.5 s, hangs up; the second answers and waits.
    let mut a = uas(&dir, "uas_answer_hangup.xml", port_a, &["-d", "1500"]);
    let sink = UdpSocket::bind("127.0.0.1:0").unwrap();
    let sink_port = sink.local_addr().unwrap().port().to_string();
    let mut b = uas(&dir, "uas_sink.xml", port_b, &["-set", "sink", &sink_port]);

    let r = admin.get(&admin.url(&format!(
        "devices/{}/quickcall/(302)?auto_answer=false",
        ids[0]
    )));
    assert_eq!(r.status, 202, "{}", r.text());
    assert_eq!(r.data()["application_data"]["route"], "302");
    a.expect_ok(Duration::from_secs(20));
    b.expect_ok(Duration::from_secs(20));

    // The first phone saw the number it calls; no auto-answer was asked for.
    let to_a = dir.received("uas_answer_hangup", "INVITE ");
    assert_eq!(to_a.len(), 1, "{to_a:?}");
    assert!(to_a[0].contains("\"QuickCall\" <sip:302@"), "{}", to_a[0]);
    assert!(!to_a[0].contains("answer-after"), "{}", to_a[0]);
    // The second phone was called as if the first had dialled it, and heard it.
    let to_b = dir.received("uas_sink", "INVITE ");
    assert_eq!(to_b.len(), 1, "{to_b:?}");
    assert!(to_b[0].contains("sip:302@"), "{}", to_b[0]);
    assert!(!to_b[0].contains("QuickCall"), "{}", to_b[0]);

    // The call log has it like any call from the first phone to 302: both legs, answered.
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    loop {
        let rows = admin.get(&admin.url("cdrs?paginate=false")).data();
        let legs: Vec<_> = rows
            .as_array()
            .unwrap()
            .iter()
            .filter(|r| {
                r["callee_id_number"] == "302"
                    && r["calling_from"] == "301"
                    && r["hangup_cause"] == "NORMAL_CLEARING"
                    && r["billing_seconds"].as_u64() >= Some(1)
            })
            .map(|r| r["authorizing_id"].as_str().unwrap_or("").to_string())
            .collect();
        if legs.contains(&ids[0]) && legs.contains(&ids[1]) {
            break;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "no call records for both phones: {rows}"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
}

#[test]
fn ring_my_phone_plays_the_confirmation_and_hangs_up() {
    let pbx = Pbx::start();
    let admin = pbx.admin();
    let dir = SippDir::new();
    let ids = sipp::devices(&admin, &["311"], 20);
    // A plain user owning the phone may ring it.
    let user = pbx.user_client(&admin, "ringer", "user");
    let r = admin.patch(
        &admin.url(&format!("devices/{}", ids[0])),
        json!({"owner_id": user.owner_id}),
    );
    assert_eq!(r.status, 200, "{}", r.text());
    let port = free_port();
    register_from(&dir, &pbx, "311", port);
    let sink = UdpSocket::bind("127.0.0.1:0").unwrap();
    let sink_port = sink.local_addr().unwrap().port().to_string();
    let mut phone = uas(&dir, "uas_sink.xml", port, &["-set", "sink", &sink_port]);

    let r = user.put(
        &user.url(&format!("devices/{}/ring_test", ids[0])),
        json!({}),
    );
    assert_eq!(r.status, 202, "{}", r.text());
    let (_, packets) = hear_pcmu(&sink, Duration::from_secs(15));
    // A beep, three digits and goodbye: well over a second of audio.
    assert!(packets > 50, "the phone heard {packets} packets");
    // The box hangs up when it has said its piece.
    phone.expect_ok(Duration::from_secs(20));
}

#[test]
fn quickcall_refuses_bad_input_and_bounds_calls_per_account() {
    let pbx = Pbx::start();
    let admin = pbx.admin();
    let dir = SippDir::new();
    let ids = sipp::devices(&admin, &["321", "322"], 20);
    let path = |id: &str, number: &str| admin.url(&format!("devices/{id}/quickcall/{number}"));

    let r = admin.get(&path("nosuchdevice", "322"));
    assert_eq!(r.status, 404, "{}", r.text());
    // Not registered yet.
    let r = admin.get(&path(&ids[0], "322"));
    assert_eq!(r.status, 409, "{}", r.text());
    assert!(r.text().contains("not registered"), "{}", r.text());
    for (query, field) in [
        ("12ab", "number"),
        ("322?number_filter=%5E(%5Cd%2B)", "number_filter"),
        ("322?timeout=soon", "timeout"),
        ("322?timeout=100000", "timeout"),
        ("322?auto_answer=maybe", "auto_answer"),
    ] {
        let r = admin.get(&path(&ids[0], query));
        assert_eq!(r.status, 400, "{query}: {}", r.text());
        assert!(r.data().get(field).is_some(), "{query}: {}", r.text());
    }
    let r = admin.get(&admin.url("users/nosuchuser/quickcall/322"));
    assert_eq!(r.status, 404, "{}", r.text());

    // A plain user may not call from somebody else's phone.
    let user = pbx.user_client(&admin, "other", "user");
    let r = user.get(&user.url(&format!("devices/{}/quickcall/322", ids[0])));
    assert_eq!(r.status, 403, "{}", r.text());

    // Registered, but the phone never answers (the test holds its port and reads what comes).
    let port = free_port();
    register_from(&dir, &pbx, "321", port);
    let silent = UdpSocket::bind(("127.0.0.1", port)).unwrap();
    silent
        .set_read_timeout(Some(Duration::from_secs(5)))
        .unwrap();
    // The next INVITE of a call other than `seen` (retransmissions of it are skipped).
    let next_invite = |seen: &str| loop {
        let mut buf = [0u8; 4096];
        let n = silent.recv(&mut buf).expect("the phone is rung");
        let text = String::from_utf8_lossy(&buf[..n]).to_string();
        let call_id = text
            .lines()
            .find_map(|l| l.strip_prefix("Call-ID: "))
            .unwrap_or("")
            .to_string();
        if text.starts_with("INVITE ") && call_id != seen {
            return (call_id, text);
        }
    };
    // A number no callflow matches.
    let r = admin.get(&path(&ids[0], "999"));
    assert_eq!(r.status, 400, "{}", r.text());
    assert!(r.data().get("number").is_some(), "{}", r.text());
    // The user's quickcall rings the phone they own, without auto-answer by default...
    let r = admin.patch(
        &admin.url(&format!("devices/{}", ids[0])),
        json!({"owner_id": user.owner_id}),
    );
    assert_eq!(r.status, 200, "{}", r.text());
    let r = user.get(&user.url(&format!("users/{}/quickcall/322", user.owner_id)));
    assert_eq!(r.status, 202, "{}", r.text());
    let (first, invite) = next_invite("");
    assert!(invite.contains("QuickCall"), "{invite}");
    assert!(!invite.contains("answer-after"), "{invite}");
    // ... a device's quickcall asks the phone to answer by itself (KAZOO's default).
    let r = admin.get(&path(&ids[0], "322?timeout=30"));
    assert_eq!(r.status, 202, "{}", r.text());
    let (_, invite) = next_invite(&first);
    assert!(invite.contains("answer-after=0"), "{invite}");
    // Two are ringing: a third is refused until one ends.
    let r = admin.get(&path(&ids[0], "322"));
    assert_eq!(r.status, 429, "{}", r.text());
}
