//! A call's SIP trace from the box's ring of recent SIP messages, after a real call between
//! two SIPp phones: the ladder through the API in order, its pcap (read back by tcpdump when
//! installed), the problem report, who may see it (another account: 404; a plain user not on
//! the call: 403), box-wide messages for the box's administrator only, and bad input.

mod common;

use std::io::{Read, Write};
use std::net::{TcpStream, UdpSocket};
use std::process::Command;

use common::sipp_call::call_2000_to_2001;
use common::{Client, Pbx, Resp, id_of};
use serde_json::{Value, json};

const PCAP: &str = "application/vnd.tcpdump.pcap";

fn trace(client: &Client, id: &str) -> Resp {
    client.get(&client.url(&format!("cdrs/{id}/sip_trace")))
}

/// The first lines of the messages of one Call-ID, with their direction.
fn ladder(messages: &Value, call_id: &str) -> Vec<String> {
    messages
        .as_array()
        .unwrap()
        .iter()
        .filter(|m| m["call_id"] == call_id)
        .map(|m| {
            let line = m["first_line"].as_str().unwrap();
            let word = if line.starts_with("SIP/2.0") {
                line.split(' ').take(2).collect::<Vec<_>>().join(" ")
            } else {
                line.split(' ').next().unwrap().to_string()
            };
            format!("{} {word}", m["direction"].as_str().unwrap())
        })
        .collect()
}

/// Whether `want` appears in `seen` in this order (other messages may come between).
fn in_order(seen: &[String], want: &[&str]) -> bool {
    let mut it = seen.iter();
    want.iter().all(|w| it.any(|s| s == w))
}

/// The records of a pcap file: (link type, each record's packet).
fn pcap_records(file: &[u8]) -> (u32, Vec<&[u8]>) {
    assert_eq!(&file[..4], &[0xd4, 0xc3, 0xb2, 0xa1], "pcap magic");
    let word = |at: usize| u32::from_le_bytes(file[at..at + 4].try_into().unwrap());
    let mut records = Vec::new();
    let mut at = 24;
    while at < file.len() {
        let len = word(at + 8) as usize;
        records.push(&file[at + 16..at + 16 + len]);
        at += 16 + len;
    }
    assert_eq!(at, file.len(), "records fill the file exactly");
    (word(20), records)
}

fn sip_udp(to: std::net::SocketAddr, bytes: &[u8]) -> UdpSocket {
    let s = UdpSocket::bind("127.0.0.1:0").unwrap();
    s.send_to(bytes, to).unwrap();
    s
}

#[test]
fn a_calls_sip_ladder_pcap_and_problem_report() {
    let pbx = Pbx::start();
    let admin = pbx.admin();
    let call = call_2000_to_2001(&pbx, &admin);
    let (a_leg, b_leg) = call.call_ids();

    // The ladder, asked for by interaction id: both legs, each in order.
    let r = trace(&admin, call.interaction());
    assert_eq!(r.status, 200, "{}", r.text());
    let data = r.data();
    assert_eq!(data["call_ids"], json!([a_leg, b_leg]), "{data}");
    let messages = &data["messages"];
    let caller = ladder(messages, &a_leg);
    assert!(
        in_order(
            &caller,
            &[
                "in INVITE",
                "out SIP/2.0 401",
                "in ACK",
                "in INVITE",
                "out SIP/2.0 100",
                "out SIP/2.0 180",
                "out SIP/2.0 200",
                "in ACK",
                "in BYE",
                "out SIP/2.0 200"
            ]
        ),
        "caller's leg: {caller:?}"
    );
    let callee = ladder(messages, &b_leg);
    assert!(
        in_order(
            &callee,
            &[
                "out INVITE",
                "in SIP/2.0 180",
                "in SIP/2.0 200",
                "out ACK",
                "out BYE",
                "in SIP/2.0 200"
            ]
        ),
        "callee's leg: {callee:?}"
    );
    let all = messages.as_array().unwrap();
    let seqs: Vec<u64> = all.iter().map(|m| m["seq"].as_u64().unwrap()).collect();
    assert!(seqs.windows(2).all(|w| w[0] < w[1]), "in recording order");
    let times: Vec<u64> = all
        .iter()
        .map(|m| m["unix_micros"].as_u64().unwrap())
        .collect();
    assert!(times.windows(2).all(|w| w[0] <= w[1]), "times rise");
    let first = &all[0];
    assert_eq!(first["transport"], "UDP");
    assert_eq!(first["local"], pbx.sip.to_string());
    assert!(
        first["raw"]
            .as_str()
            .unwrap()
            .contains(&format!("Call-ID: {a_leg}")),
        "{first}"
    );
    assert_eq!(first["truncated"], false);

    // The same trace by one leg's Call-ID and by a call record's id.
    let cdr_id = call.legs[0]["id"].as_str().unwrap();
    for id in [a_leg.as_str(), b_leg.as_str(), cdr_id] {
        let again = trace(&admin, id);
        assert_eq!(again.status, 200, "{id}: {}", again.text());
        assert_eq!(again.data()["messages"], *messages, "{id}");
    }

    // The pcap: one record per message, raw IPv4 + UDP around the message.
    let url = admin.url(&format!("cdrs/{}/sip_trace", call.interaction()));
    let by_param = admin.get(&format!("{url}?format=pcap"));
    assert_eq!(by_param.status, 200, "{}", by_param.text());
    assert_eq!(by_param.header("content-type"), Some(PCAP));
    let by_accept = admin.request("GET", &url, &[("Accept", PCAP)], None);
    assert_eq!(by_accept.body, by_param.body);
    let (link, records) = pcap_records(&by_param.body);
    assert_eq!(link, 101, "LINKTYPE_RAW");
    assert_eq!(records.len(), all.len());
    assert_eq!(records[0][0] >> 4, 4, "IPv4");
    assert_eq!(&records[0][28..], first["raw"].as_str().unwrap().as_bytes());
    if Command::new("tcpdump").arg("--version").output().is_ok() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("call.pcap");
        std::fs::write(&path, &by_param.body).unwrap();
        let out = Command::new("tcpdump")
            .args(["-nn", "-r"])
            .arg(&path)
            .output()
            .unwrap();
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(
            out.status.success(),
            "tcpdump: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert_eq!(text.lines().count(), all.len(), "{text}");
        assert!(text.lines().all(|l| l.contains(" UDP")), "{text}");
    } else {
        assert!(
            std::env::var("CI").as_deref() != Ok("true"),
            "tcpdump is missing (.ci/run installs it)"
        );
        eprintln!("tcpdump not installed: the pcap was checked by this test only");
    }

    // The problem report: the call, its legs with their results, the ladder.
    let report = admin.get(&admin.url(&format!("cdrs/{}/problem_report", call.interaction())));
    assert_eq!(report.status, 200);
    assert!(
        report
            .header("content-type")
            .unwrap()
            .starts_with("text/plain")
    );
    let text = report.text();
    for needle in [
        a_leg.as_str(),
        b_leg.as_str(),
        call.interaction(),
        "NORMAL_CLEARING",
        "INVITE sip:2001@",
        "BYE sip:",
        "Media statistics: not recorded",
    ] {
        assert!(text.contains(needle), "report lacks {needle:?}:\n{text}");
    }
    assert_eq!(
        text.lines().filter(|l| l.contains(" -> ")).count(),
        all.len() + 2,
        "a ladder line per message, and the two legs:\n{text}"
    );

    // Who may see it: a plain user on the call yes, another not; another account never.
    let carol = pbx.user_client(&admin, "carol", "user");
    assert_eq!(trace(&carol, call.interaction()).status, 403);
    assert_eq!(
        carol
            .get(&carol.url(&format!("cdrs/{}/problem_report", a_leg)))
            .status,
        403
    );
    assert_eq!(
        carol.get(&carol.url("cdrs")).status,
        403,
        "the call list stays the admin's"
    );
    let dave = pbx.user_client(&admin, "dave", "user");
    let r = admin.patch(
        &admin.url(&format!("devices/{}", call.devices[1])),
        json!({"owner_id": dave.owner_id}),
    );
    assert_eq!(r.status, 200, "{}", r.text());
    assert_eq!(
        trace(&dave, call.interaction()).status,
        200,
        "the callee's owner"
    );
    let sub = id_of(&admin.put(&admin.url(""), json!({"name": "tenant"})));
    let r = admin.put(
        &format!("/v2/accounts/{sub}/users"),
        json!({"first_name": "Ten", "last_name": "Ant", "username": "boss", "password": "pw-12345", "priv_level": "admin"}),
    );
    assert_eq!(r.status, 201, "{}", r.text());
    let mut tenant = pbx.client();
    tenant.login("boss", "pw-12345", "tenant").unwrap();
    for id in [call.interaction(), a_leg.as_str(), cdr_id] {
        let r = trace(&tenant, id);
        assert_eq!(r.status, 404, "{id}: {}", r.text());
        assert!(!r.text().contains("INVITE"));
    }
    let theirs = tenant.get(&format!(
        "/v2/accounts/{}/cdrs/{}/sip_trace",
        admin.account_id,
        call.interaction()
    ));
    assert_eq!(theirs.status, 403);
    assert!(pbx.stop());
}

#[test]
fn box_wide_messages_are_the_box_admins_and_bad_input_is_refused() {
    let pbx = Pbx::start();
    let admin = pbx.admin();
    // A REGISTER of no call, over TCP: the box challenges it; only the box's administrator
    // sees it.
    let register = "REGISTER sip:office.local SIP/2.0\r\nVia: SIP/2.0/TCP 127.0.0.1:5999;branch=z9hG4bK-trace-1\r\n\
        From: <sip:7000@office.local>;tag=t1\r\nTo: <sip:7000@office.local>\r\nCall-ID: trace-register-1\r\n\
        CSeq: 1 REGISTER\r\nContact: <sip:7000@127.0.0.1:5999;transport=tcp>\r\nContent-Length: 0\r\n\r\n";
    let mut phone = TcpStream::connect(pbx.sip).unwrap();
    phone
        .set_read_timeout(Some(std::time::Duration::from_secs(5)))
        .unwrap();
    phone.write_all(register.as_bytes()).unwrap();
    let mut buf = [0u8; 4096];
    let n = phone.read(&mut buf).expect("the box answers the REGISTER");
    assert!(buf[..n].starts_with(b"SIP/2.0 401"));
    let r = trace(&admin, "trace-register-1");
    assert_eq!(r.status, 200, "{}", r.text());
    let messages = r.data()["messages"].clone();
    let lines = ladder(&messages, "trace-register-1");
    assert_eq!(lines, ["in REGISTER", "out SIP/2.0 401"]);
    assert!(
        messages
            .as_array()
            .unwrap()
            .iter()
            .all(|m| m["transport"] == "TCP"),
        "{messages}"
    );
    let pcap = admin.get(&admin.url("cdrs/trace-register-1/sip_trace?format=pcap"));
    let (_, records) = pcap_records(&pcap.body);
    assert_eq!(records.len(), 2, "a TCP message is one UDP-framed record");
    assert_eq!(records[0][9], 17, "UDP");
    let user = pbx.user_client(&admin, "erin", "user");
    assert_eq!(trace(&user, "trace-register-1").status, 404);
    let sub = id_of(&admin.put(&admin.url(""), json!({"name": "tenant"})));
    let r = admin.put(
        &format!("/v2/accounts/{sub}/users"),
        json!({"first_name": "Ten", "last_name": "Ant", "username": "boss", "password": "pw-12345", "priv_level": "admin"}),
    );
    assert_eq!(r.status, 201);
    let mut tenant = pbx.client();
    tenant.login("boss", "pw-12345", "tenant").unwrap();
    assert_eq!(trace(&tenant, "trace-register-1").status, 404);

    // A huge message is kept cut to 8 KiB, its size told.
    let mut huge = String::from(
        "OPTIONS sip:office.local SIP/2.0\r\nVia: SIP/2.0/UDP 127.0.0.1:5998;branch=z9hG4bK-trace-2\r\n\
         From: <sip:x@office.local>;tag=t2\r\nTo: <sip:office.local>\r\nCall-ID: trace-huge-1\r\nCSeq: 1 OPTIONS\r\n",
    );
    while huge.len() < 30_000 {
        huge.push_str(
            "X-Padding: 0123456789012345678901234567890123456789012345678901234567890123456789\r\n",
        );
    }
    huge.push_str("Content-Length: 0\r\n\r\n");
    let _sender = sip_udp(pbx.sip, huge.as_bytes());
    let mut kept = Value::Null;
    for _ in 0..100 {
        let r = trace(&admin, "trace-huge-1");
        if r.status == 200 {
            kept = r.data()["messages"][0].clone();
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    assert_eq!(kept["truncated"], true, "{kept}");
    assert_eq!(kept["size"], huge.len());
    assert_eq!(kept["raw"].as_str().unwrap().len(), 8192);

    // Unknown calls and malformed ids: 404 with a reason, never a trace.
    let gone = trace(&admin, "never-seen-call-id");
    assert_eq!(gone.status, 404);
    assert!(
        gone.text().contains("no longer in the box's memory"),
        "{}",
        gone.text()
    );
    let long = "x".repeat(300);
    // (A NUL in a path is refused by the router before any handler.)
    for (bad, status) in [
        ("%20", 404),
        ("a%00b", 400),
        ("%E2%98%83", 404),
        (&long, 404),
    ] {
        let r = trace(&admin, bad);
        assert_eq!(r.status, status, "{bad}: {}", r.text());
        let r = admin.get(&admin.url(&format!("cdrs/{bad}/problem_report")));
        assert_eq!(r.status, status, "{bad}: {}", r.text());
    }
    assert_eq!(
        admin
            .put(&admin.url("cdrs/trace-register-1/sip_trace"), json!({}))
            .status,
        405
    );
    assert!(pbx.stop());
}

/// Sends a REGISTER with this Call-ID over UDP and waits for the box's challenge.
fn register_udp(pbx: &Pbx, call_id: &str) {
    let register = format!(
        "REGISTER sip:office.local SIP/2.0\r\nVia: SIP/2.0/UDP 127.0.0.1:5997;branch=z9hG4bK-{call_id}\r\n\
         From: <sip:7001@office.local>;tag=t3\r\nTo: <sip:7001@office.local>\r\nCall-ID: {call_id}\r\n\
         CSeq: 1 REGISTER\r\nContact: <sip:7001@127.0.0.1:5997>\r\nContent-Length: 0\r\n\r\n"
    );
    let phone = sip_udp(pbx.sip, register.as_bytes());
    phone
        .set_read_timeout(Some(std::time::Duration::from_secs(5)))
        .unwrap();
    let mut buf = [0u8; 4096];
    let n = phone.recv(&mut buf).expect("the box answers the REGISTER");
    assert!(buf[..n].starts_with(b"SIP/2.0 401"));
}

#[test]
fn the_ring_keeps_only_sip_trace_bytes_and_none_at_zero() {
    // About one REGISTER and its challenge fit: the next exchange pushes the first out.
    let dir = tempfile::tempdir().unwrap();
    let pbx = Pbx::start_env(
        &dir.path().join("data"),
        &[],
        &[("EDGEPBX_SIP_TRACE_BYTES", "1500")],
    );
    let admin = pbx.admin();
    register_udp(&pbx, "trace-small-1");
    assert_eq!(trace(&admin, "trace-small-1").status, 200);
    register_udp(&pbx, "trace-small-2");
    let gone = trace(&admin, "trace-small-1");
    assert_eq!(gone.status, 404, "{}", gone.text());
    assert!(gone.text().contains("no longer in the box's memory"));
    let kept = trace(&admin, "trace-small-2");
    assert_eq!(kept.status, 200, "{}", kept.text());
    assert!(pbx.stop());

    let dir = tempfile::tempdir().unwrap();
    let pbx = Pbx::start_env(
        &dir.path().join("data"),
        &[],
        &[("EDGEPBX_SIP_TRACE_BYTES", "0")],
    );
    let admin = pbx.admin();
    register_udp(&pbx, "trace-off-1");
    assert_eq!(trace(&admin, "trace-off-1").status, 404);
    assert!(pbx.stop());
}
