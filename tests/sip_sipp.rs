//! SIP against SIPp through the running box: registration with digest auth, calls with
//! relayed RTP, CANCEL, busy, no answer, hold, wrong passwords and bans, malformed input.

mod common;

use std::net::UdpSocket;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use common::Pbx;
use common::sipp::{SippDir, devices, free_port, hear_pcmu, register_from, registered, uac, uas};
use serde_json::{Value, json};

fn cdrs(admin: &common::Client) -> Vec<Value> {
    let r = admin.get(&admin.url("cdrs"));
    assert_eq!(r.status, 200, "{}", r.text());
    r.data().as_array().cloned().unwrap_or_default()
}

/// Waits (bounded) until the box has written `n` call records.
fn wait_cdrs(admin: &common::Client, n: usize) -> Vec<Value> {
    for _ in 0..100 {
        let rows = cdrs(admin);
        if rows.len() >= n {
            return rows;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    panic!("expected {n} call records, have {:?}", cdrs(admin));
}

#[test]
fn hundred_users_register_with_digest_auth() {
    let pbx = Pbx::start();
    let admin = pbx.admin();
    let users: Vec<String> = (1000..1100).map(|u| u.to_string()).collect();
    let refs: Vec<&str> = users.iter().map(String::as_str).collect();
    let ids = devices(&admin, &refs, 20);
    let dir = SippDir::new();
    // users.csv of the benchmark: 1000..1999 with password pw<user>.
    dir.run_ok(&[
        "-sf",
        "register_auth.xml",
        "-inf",
        "users.csv",
        "-i",
        "127.0.0.1",
        "-p",
        &free_port().to_string(),
        "-m",
        "100",
        "-r",
        "50",
        "-l",
        "100",
        &pbx.sip.to_string(),
    ]);
    let mut reg = registered(&admin);
    reg.sort();
    let mut want = ids.clone();
    want.sort();
    assert_eq!(reg, want, "every device registered");
}

#[test]
fn call_through_the_box_relays_rtp_and_writes_cdrs() {
    let pbx = Pbx::start();
    let admin = pbx.admin();
    let ids = devices(&admin, &["2000", "2001"], 20);
    let dir = SippDir::new();
    let callee_port = free_port();
    register_from(&dir, &pbx, "2001", callee_port);

    // The callee's SDP points at this socket: count what the relay delivers, and echo it
    // back so the caller's leg carries audio too.
    let sink = UdpSocket::bind("127.0.0.1:0").unwrap();
    sink.set_read_timeout(Some(Duration::from_millis(200)))
        .unwrap();
    let sink_port = sink.local_addr().unwrap().port().to_string();
    let received = Arc::new(AtomicUsize::new(0));
    let counter = received.clone();
    let echo = std::thread::spawn(move || {
        let mut buf = [0u8; 2048];
        let mut idle = 0;
        while idle < 25 {
            match sink.recv_from(&mut buf) {
                Ok((n, from)) => {
                    idle = 0;
                    if n >= 12 && buf[0] >> 6 == 2 && buf[1] & 0x7f == 0 {
                        counter.fetch_add(1, Ordering::Relaxed);
                    }
                    let _ = sink.send_to(&buf[..n], from);
                }
                Err(_) => idle += 1,
            }
        }
    });
    let mut callee = uas(
        &dir,
        "uas_sink.xml",
        callee_port,
        &["-set", "sink", &sink_port],
    );
    let mut caller = uac(
        &dir,
        &pbx,
        "uac_auth_rtp.xml",
        "2000",
        "2001",
        &["-d", "2000"],
    );
    caller.expect_ok(Duration::from_secs(30));
    callee.expect_ok(Duration::from_secs(10));
    echo.join().unwrap();
    let packets = received.load(Ordering::Relaxed);
    // 2 s of 20 ms PCMU is 100 packets; allow for start-up before the answer.
    assert!(packets >= 60, "the far side got {packets} RTP packets");

    let rows = wait_cdrs(&admin, 2);
    let inbound = rows
        .iter()
        .find(|r| r["call_direction"] == "inbound")
        .expect("caller leg");
    let outbound = rows
        .iter()
        .find(|r| r["call_direction"] == "outbound")
        .expect("callee leg");
    assert_eq!(inbound["authorizing_id"], json!(ids[0]));
    assert_eq!(outbound["authorizing_id"], json!(ids[1]));
    assert_eq!(inbound["hangup_cause"], "NORMAL_CLEARING");
    assert_eq!(inbound["callee_id_number"], "2001");
    assert_eq!(inbound["caller_id_number"], "2000");
    assert_eq!(inbound["other_leg_call_id"], outbound["call_id"]);
    assert!(inbound["billing_seconds"].as_u64().unwrap() >= 1);
    let channels = admin.get(&admin.url("channels"));
    assert_eq!(channels.data(), json!([]), "no channel left after the call");
}

#[test]
fn cancel_busy_and_no_answer_reach_the_caller() {
    let pbx = Pbx::start();
    let admin = pbx.admin();
    devices(&admin, &["3000", "3001", "3002"], 2);
    let dir = SippDir::new();
    let busy_port = free_port();
    let ring_port = free_port();
    register_from(&dir, &pbx, "3001", busy_port);
    register_from(&dir, &pbx, "3002", ring_port);

    let mut callee = uas(&dir, "uas_busy.xml", busy_port, &[]);
    uac(&dir, &pbx, "uac_busy.xml", "3000", "3001", &[]).expect_ok(Duration::from_secs(20));
    callee.expect_ok(Duration::from_secs(10));

    // The caller hangs up while it rings: the callee's leg is cancelled too.
    let mut callee = uas(&dir, "uas_ring.xml", ring_port, &[]);
    uac(&dir, &pbx, "uac_cancel.xml", "3000", "3002", &[]).expect_ok(Duration::from_secs(20));
    callee.expect_ok(Duration::from_secs(10));

    // Nobody answers within the callflow's 2 s: the callee's leg is cancelled, the caller
    // gets 480.
    let mut callee = uas(&dir, "uas_ring.xml", ring_port, &[]);
    uac(&dir, &pbx, "uac_noanswer.xml", "3000", "3002", &[]).expect_ok(Duration::from_secs(20));
    callee.expect_ok(Duration::from_secs(10));

    let rows = wait_cdrs(&admin, 3);
    let causes: Vec<&str> = rows
        .iter()
        .filter_map(|r| r["hangup_cause"].as_str())
        .collect();
    for cause in ["USER_BUSY", "ORIGINATOR_CANCEL", "NO_ANSWER"] {
        assert!(causes.contains(&cause), "{cause} in {causes:?}");
    }
}

#[test]
fn reinvite_hold_and_resume_pass_through() {
    let pbx = Pbx::start();
    let admin = pbx.admin();
    devices(&admin, &["4000", "4001"], 20);
    let dir = SippDir::new();
    let port = free_port();
    register_from(&dir, &pbx, "4001", port);
    let rtp = free_port().to_string();
    let mut callee = uas(&dir, "uas_hold.xml", port, &["-set", "rtp", &rtp]);
    uac(&dir, &pbx, "uac_hold.xml", "4000", "4001", &[]).expect_ok(Duration::from_secs(20));
    callee.expect_ok(Duration::from_secs(10));
}

#[test]
fn a_held_callee_hears_the_holders_uploaded_music() {
    use common::baresip::goertzel;
    let pbx = Pbx::start();
    let admin = pbx.admin();
    let ids = devices(&admin, &["4100", "4101"], 20);
    // The caller's owner has uploaded a 1 kHz tone as their music on hold.
    let media = uploaded_tone(&admin, "our music", 1000.0, 2.0);
    let owner = common::id_of(&admin.put(
        &admin.url("users"),
        json!({"first_name": "Holly", "last_name": "Holder", "music_on_hold": {"media_id": media}}),
    ));
    let r = admin.patch(
        &admin.url(&format!("devices/{}", ids[0])),
        json!({"owner_id": owner}),
    );
    assert_eq!(r.status, 200, "{}", r.text());

    let dir = SippDir::new();
    let port = free_port();
    register_from(&dir, &pbx, "4101", port);
    // The callee's audio comes to this socket; SIPp's caller sends none, so anything
    // heard is the box's.
    let ear = UdpSocket::bind("127.0.0.1:0").unwrap();
    let rtp = ear.local_addr().unwrap().port().to_string();
    let mut callee = uas(&dir, "uas_hold.xml", port, &["-set", "rtp", &rtp]);
    // On hold for 2 s.
    let mut caller = uac(&dir, &pbx, "uac_hold.xml", "4100", "4101", &["-d", "2000"]);
    let (heard, packets) = hear_pcmu(&ear, Duration::from_secs(20));
    caller.expect_ok(Duration::from_secs(20));
    callee.expect_ok(Duration::from_secs(10));
    // About 100 packets of 20 ms; some go to loading the file and to signalling.
    assert!((50..=150).contains(&packets), "{packets} packets");
    let tone = goertzel(&heard, 1000.0);
    let other = goertzel(&heard, 1800.0);
    assert!(tone > 100.0 * other, "1 kHz {tone} vs {other}");
}

/// An uploaded media document holding `secs` of a `hz` tone; its id.
fn uploaded_tone(admin: &common::Client, name: &str, hz: f64, secs: f64) -> String {
    use common::baresip::{tone_samples, wav_bytes};
    let media = common::id_of(&admin.put(
        &admin.url("media"),
        json!({"name": name, "media_source": "upload"}),
    ));
    let r = admin.request(
        "POST",
        &admin.url(&format!("media/{media}/raw")),
        &[("Content-Type", "audio/wav")],
        Some(&wav_bytes(&tone_samples(&[(hz, secs)]))),
    );
    assert_eq!(r.status, 200, "{}", r.text());
    media
}

/// A SmartPBX group (its number's callflow has `group_id`) with music on hold: a caller
/// held by a member hears the group's music (1 kHz), not the member's own (1.8 kHz).
#[test]
fn a_caller_held_by_a_group_member_hears_the_groups_music() {
    use common::baresip::goertzel;
    let pbx = Pbx::start();
    let admin = pbx.admin();
    let ids = devices(&admin, &["4300", "4301"], 20);
    let group_music = uploaded_tone(&admin, "sales music", 1000.0, 2.0);
    let own_music = uploaded_tone(&admin, "member music", 1800.0, 2.0);
    let member = common::id_of(&admin.put(
        &admin.url("users"),
        json!({"first_name": "Sam", "last_name": "Sales", "music_on_hold": {"media_id": own_music}}),
    ));
    let r = admin.patch(
        &admin.url(&format!("devices/{}", ids[1])),
        json!({"owner_id": member}),
    );
    assert_eq!(r.status, 200, "{}", r.text());
    let r = admin.put(
        &admin.url("groups"),
        json!({"name": "Sales", "endpoints": {member.clone(): {"type": "user"}},
               "music_on_hold": {"media_id": group_music}}),
    );
    assert_eq!(r.status, 201, "{}", r.text());
    let group = common::id_of(&r);
    let r = admin.put(
        &admin.url("callflows"),
        json!({"numbers": ["4399"], "group_id": group, "type": "baseGroup",
               "flow": {"module": "ring_group", "data": {"strategy": "simultaneous", "timeout": 20,
                   "endpoints": [{"id": member, "endpoint_type": "user"}]}, "children": {}}}),
    );
    assert_eq!(r.status, 201, "{}", r.text());

    let dir = SippDir::new();
    let port = free_port();
    register_from(&dir, &pbx, "4301", port);
    let mut callee = uas(&dir, "uas_holds.xml", port, &[]);
    // The caller's audio comes to this socket; the member sends none, so anything heard
    // is the box's.
    let ear = UdpSocket::bind("127.0.0.1:0").unwrap();
    let rtp = ear.local_addr().unwrap().port().to_string();
    let mut caller = uac(
        &dir,
        &pbx,
        "uac_held.xml",
        "4300",
        "4399",
        &["-set", "rtp", &rtp, "-d", "2000"],
    );
    let (heard, packets) = hear_pcmu(&ear, Duration::from_secs(20));
    caller.expect_ok(Duration::from_secs(20));
    callee.expect_ok(Duration::from_secs(10));
    assert!((50..=150).contains(&packets), "{packets} packets");
    let tone = goertzel(&heard, 1000.0);
    let own = goertzel(&heard, 1800.0);
    assert!(
        tone > 100.0 * own,
        "group's 1 kHz {tone} vs the member's own {own}"
    );
}

/// A callflow's `ringback.transfer`: a caller whom its callee transfers (blind, REFER) hears
/// that media (700 Hz) while the new number rings, not the ringback tone.
#[test]
fn a_transferred_caller_hears_the_callflows_transfer_ringback_while_the_target_rings() {
    use common::baresip::goertzel;
    let pbx = Pbx::start();
    let admin = pbx.admin();
    let ids = devices(&admin, &["4400", "4401", "4402"], 20);
    let media = uploaded_tone(&admin, "transfer music", 700.0, 1.0);
    let r = admin.put(
        &admin.url("callflows"),
        json!({"numbers": ["4499"], "ringback": {"transfer": media},
               "flow": {"module": "device", "data": {"id": ids[1]}, "children": {}}}),
    );
    assert_eq!(r.status, 201, "{}", r.text());

    let dir = SippDir::new();
    let (transferor_port, target_port) = (free_port(), free_port());
    register_from(&dir, &pbx, "4401", transferor_port);
    register_from(&dir, &pbx, "4402", target_port);
    let mut target = uas(&dir, "uas_ring.xml", target_port, &[]);
    let mut transferor = uas(
        &dir,
        "uas_refers.xml",
        transferor_port,
        &["-set", "refer", "4402"],
    );
    // The caller's audio comes to this socket; nobody else sends any, so anything heard
    // is the box's. It hangs up 8 s after the answer.
    let ear = UdpSocket::bind("127.0.0.1:0").unwrap();
    let sink = ear.local_addr().unwrap().port().to_string();
    let mut caller = uac(
        &dir,
        &pbx,
        "uac_listen.xml",
        "4400",
        "4499",
        &["-set", "sink", &sink],
    );
    let (heard, packets) = hear_pcmu(&ear, Duration::from_secs(20));
    caller.expect_ok(Duration::from_secs(20));
    transferor.expect_ok(Duration::from_secs(10));
    target.expect_ok(Duration::from_secs(10));
    assert!(packets >= 100, "{packets} packets");
    let tone = goertzel(&heard, 700.0);
    let ringback = goertzel(&heard, 440.0).max(goertzel(&heard, 480.0));
    assert!(
        tone > 100.0 * ringback,
        "700 Hz {tone} vs ringback tones {ringback}"
    );
}

/// A callflow's `ringback.early` names uploaded media: the caller gets 183 from the box and
/// hears that media (a 700 Hz tone here) while the callee rings, not silence or the callee's
/// own ringing.
#[test]
fn a_caller_hears_the_callflows_ringback_media_while_the_callee_rings() {
    use common::baresip::goertzel;
    let pbx = Pbx::start();
    let admin = pbx.admin();
    let ids = devices(&admin, &["4200", "4201"], 20);
    let media = uploaded_tone(&admin, "our ringback", 700.0, 1.0);
    let r = admin.put(
        &admin.url("callflows"),
        json!({"numbers": ["4299"], "ringback": {"early": media},
               "flow": {"module": "device", "data": {"id": ids[1]}, "children": {}}}),
    );
    assert_eq!(r.status, 201, "{}", r.text());

    let dir = SippDir::new();
    let port = free_port();
    register_from(&dir, &pbx, "4201", port);
    let mut callee = uas(&dir, "uas_ring.xml", port, &[]);
    let ear = UdpSocket::bind("127.0.0.1:0").unwrap();
    let rtp = ear.local_addr().unwrap().port().to_string();
    let mut caller = uac(
        &dir,
        &pbx,
        "uac_ringback.xml",
        "4200",
        "4299",
        &["-set", "rtp", &rtp],
    );
    let (heard, packets) = hear_pcmu(&ear, Duration::from_secs(20));
    caller.expect_ok(Duration::from_secs(20));
    callee.expect_ok(Duration::from_secs(10));
    // About 125 packets of 20 ms in 2.5 s; some go to loading the file.
    assert!((60..=175).contains(&packets), "{packets} packets");
    let tone = goertzel(&heard, 700.0);
    let other = goertzel(&heard, 440.0).max(goertzel(&heard, 480.0));
    assert!(
        tone > 100.0 * other,
        "700 Hz {tone} vs ringback tones {other}"
    );
}

/// An office in the UK (`edgepbx.country`): a caller the box answered (a prompt first) hears
/// British ringback while the callee rings: 400+450 Hz, 0.4 s on, 0.2 s off, 0.4 s on, 2 s
/// off; not the US 440+480 Hz.
#[test]
fn a_caller_hears_the_ringback_of_the_offices_country() {
    use common::baresip::goertzel;
    let pbx = Pbx::start();
    let admin = pbx.admin();
    let r = admin.patch(&admin.url(""), json!({"edgepbx": {"country": "uk"}}));
    assert_eq!(r.status, 200, "{}", r.text());
    let ids = devices(&admin, &["4400", "4401"], 20);
    let r = admin.put(
        &admin.url("callflows"),
        json!({"numbers": ["4499"], "flow": {"module": "play",
            "data": {"id": "system_media/ivr_please_hold"}, "children": {"_":
            {"module": "device", "data": {"id": ids[1]}, "children": {}}}}}),
    );
    assert_eq!(r.status, 201, "{}", r.text());

    let dir = SippDir::new();
    let port = free_port();
    register_from(&dir, &pbx, "4401", port);
    let mut callee = uas(&dir, "uas_ring.xml", port, &[]);
    let ear = UdpSocket::bind("127.0.0.1:0").unwrap();
    let sink = ear.local_addr().unwrap().port().to_string();
    // The caller listens 8 s, then hangs up (the box then cancels the callee).
    let mut caller = uac(
        &dir,
        &pbx,
        "uac_listen.xml",
        "4400",
        "4499",
        &["-set", "sink", &sink],
    );
    let (heard, _) = hear_pcmu(&ear, Duration::from_secs(20));
    caller.expect_ok(Duration::from_secs(20));
    callee.expect_ok(Duration::from_secs(10));

    // Sound and silence in 10 ms blocks, as runs of (sound, ms).
    let mut runs: Vec<(bool, u32)> = Vec::new();
    for block in heard.chunks(80) {
        let on = block.iter().map(|&x| i32::from(x).abs()).max().unwrap_or(0) > 300;
        match runs.last_mut() {
            Some((last, ms)) if *last == on => *ms += 10,
            _ => runs.push((on, 10)),
        }
    }
    let near = |got: u32, want: u32| got.abs_diff(want) <= 40;
    let at = runs
        .windows(4)
        .position(|w| {
            w[0].0
                && near(w[0].1, 400)
                && near(w[1].1, 200)
                && near(w[2].1, 400)
                && near(w[3].1, 2000)
        })
        .unwrap_or_else(|| panic!("no UK double ring in {runs:?}"));
    // The samples of that first double ring: the UK's frequencies, not the US ones.
    let start: u32 = runs[..at].iter().map(|r| r.1).sum::<u32>() * 8;
    let ring = &heard[start as usize..start as usize + 400 * 8];
    let uk = goertzel(ring, 400.0).min(goertzel(ring, 450.0));
    let us = goertzel(ring, 480.0);
    assert!(uk > 10.0 * us, "400/450 Hz {uk} vs 480 Hz {us}");
}

#[test]
fn wrong_passwords_are_refused_then_banned_and_the_ban_can_be_lifted() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    // A low threshold keeps the test short; the default is 10.
    let pbx = Pbx::start_env(&data, &[], &[("EDGEPBX_SIP_BAN_FAILURES", "3")]);
    let admin = pbx.admin();
    devices(&admin, &["5000"], 20);
    let sipp = SippDir::new();
    let wrong = sipp.users("wrong.csv", &[("5000", "not-the-password")]);
    let port = free_port().to_string();
    let args = [
        "-sf",
        "register_wrong.xml",
        "-inf",
        wrong.to_str().unwrap(),
        "-i",
        "127.0.0.1",
        "-p",
        &port,
        "-m",
        "1",
        &pbx.sip.to_string(),
    ];
    sipp.run_ok(&args);
    sipp.run_ok(&args);
    assert_eq!(admin.get(&admin.url("sip_bans")).data(), json!([]));
    sipp.run_ok(&args);
    let bans = admin.get(&admin.url("sip_bans")).data();
    assert_eq!(bans[0]["ip"], "127.0.0.1", "{bans}");
    assert!(
        bans[0]["reason"]
            .as_str()
            .unwrap()
            .contains("authentication")
    );
    // Banned: not even a challenge comes back.
    let mut s = sipp.spawn(&[
        "-sf",
        "register_auth.xml",
        "-inf",
        "users.csv",
        "-i",
        "127.0.0.1",
        "-p",
        &port,
        "-m",
        "1",
        "-recv_timeout",
        "2000",
        &pbx.sip.to_string(),
    ]);
    assert_ne!(
        s.wait(Duration::from_secs(20)),
        Some(0),
        "a banned source got an answer"
    );
    assert!(registered(&admin).is_empty());
    let r = admin.delete(&format!("{}/127.0.0.1", admin.url("sip_bans")));
    assert_eq!(r.status, 200, "{}", r.text());
    let good = sipp.users("good.csv", &[("5000", "pw5000")]);
    sipp.run_ok(&[
        "-sf",
        "register_auth.xml",
        "-inf",
        good.to_str().unwrap(),
        "-i",
        "127.0.0.1",
        "-p",
        &port,
        "-m",
        "1",
        &pbx.sip.to_string(),
    ]);
    assert_eq!(registered(&admin).len(), 1);
    let r = admin.delete(&format!("{}/127.0.0.1", admin.url("sip_bans")));
    assert_eq!(r.status, 404, "no ban left to lift");
}

#[test]
fn malformed_requests_get_400_with_a_reason_and_the_box_keeps_serving() {
    let pbx = Pbx::start();
    let dir = SippDir::new();
    dir.run_ok(&[
        "-sf",
        "malformed.xml",
        "-i",
        "127.0.0.1",
        "-p",
        &free_port().to_string(),
        "-m",
        "1",
        &pbx.sip.to_string(),
    ]);
    // Binary garbage and an oversized datagram get no answer and change nothing.
    let s = UdpSocket::bind("127.0.0.1:0").unwrap();
    s.send_to(&[0xff; 300], pbx.sip).unwrap();
    s.send_to(&vec![b'A'; 65_000], pbx.sip).unwrap();
    dir.run_ok(&[
        "-sf",
        "malformed.xml",
        "-i",
        "127.0.0.1",
        "-p",
        &free_port().to_string(),
        "-m",
        "1",
        &pbx.sip.to_string(),
    ]);
    let admin = pbx.admin();
    assert_eq!(admin.get(&admin.url("devices")).status, 200);
}

#[test]
fn a_caller_without_sdp_is_offered_in_the_200_and_answers_in_the_ack() {
    let pbx = Pbx::start();
    let admin = pbx.admin();
    devices(&admin, &["2100", "2101"], 20);
    let dir = SippDir::new();
    let callee_port = free_port();
    register_from(&dir, &pbx, "2101", callee_port);
    // The callee's audio goes to this socket: the caller's, relayed once the ACK answered.
    let sink = UdpSocket::bind("127.0.0.1:0").unwrap();
    sink.set_read_timeout(Some(Duration::from_millis(200)))
        .unwrap();
    let sink_port = sink.local_addr().unwrap().port().to_string();
    let mut callee = uas(
        &dir,
        "uas_sink.xml",
        callee_port,
        &["-set", "sink", &sink_port],
    );
    common::pcap::talk(&dir.path().join("dtmf.pcap"), 1500);
    let mut caller = uac(
        &dir,
        &pbx,
        "uac_delayed_offer.xml",
        "2100",
        "2101",
        &["-d", "2500"],
    );
    let mut packets = 0;
    let mut buf = [0u8; 2048];
    for _ in 0..40 {
        if let Ok((n, _)) = sink.recv_from(&mut buf)
            && n >= 12
            && buf[0] >> 6 == 2
        {
            packets += 1;
        }
    }
    caller.expect_ok(Duration::from_secs(30));
    callee.expect_ok(Duration::from_secs(10));
    assert!(
        packets >= 10,
        "the callee got {packets} RTP packets from the caller"
    );
}
