//! Callflows through the running box with SIPp phones, configured only through the API:
//! office hours routing a main number to a menu (digits sent as RFC 4733 events and as
//! in-band tones), a ring group falling through, call forwarding, park and retrieve, a
//! pivot served by a local HTTP server, and bad documents that must not break calls.

mod common;

use std::io::{Read, Write};
use std::net::TcpListener;
use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use common::sipp::{Sipp, SippDir, free_port, register_from, uac, uas};
use common::smtp::SmtpServer;
use common::{Client, Pbx, pcap};
use serde_json::{Value, json};

/// 2027-01-04 (a Monday) 10:00 UTC, and the same day at 20:00.
const MONDAY_10AM: i64 = 1_799_056_800;
const MONDAY_8PM: i64 = MONDAY_10AM + 10 * 3600;

fn now_unix() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64
}

fn start_at(data: &Path, unix: i64) -> Pbx {
    let offset = (unix - now_unix()).to_string();
    Pbx::start_env(data, &[], &[("EDGEPBX_CLOCK_OFFSET", offset.as_str())])
}

fn id_of(r: &common::Resp) -> String {
    r.data()["id"].as_str().unwrap().to_string()
}

fn put(admin: &Client, kind: &str, doc: Value) -> String {
    let r = admin.put(&admin.url(kind), json!(doc));
    assert_eq!(r.status, 201, "{kind}: {}", r.text());
    id_of(&r)
}

/// A device with SIP user/password `<user>`/`pw<user>`; returns its id.
fn device(admin: &Client, user: &str, owner: Option<&str>) -> String {
    let mut doc = json!({"name": format!("phone {user}"), "sip": {"username": user, "password": format!("pw{user}")}});
    if let Some(o) = owner {
        doc["owner_id"] = json!(o);
    }
    put(admin, "devices", doc)
}

fn callflow(admin: &Client, numbers: &[&str], flow: Value) -> String {
    put(
        admin,
        "callflows",
        json!({"numbers": numbers, "flow": flow}),
    )
}

/// A registered SIPp callee running `scenario` for one call.
fn callee(dir: &SippDir, pbx: &Pbx, user: &str, scenario: &str) -> Sipp {
    let port = free_port();
    register_from(dir, pbx, user, port);
    uas(dir, scenario, port, &[])
}

/// Calls `number`, sends `digit` (RFC 4733 or in-band) after 1.5 s, hangs up after `hold_ms`.
fn call_with_digit(
    dir: &SippDir,
    pbx: &Pbx,
    user: &str,
    number: &str,
    digit: char,
    inband: bool,
    hold_ms: u32,
) -> Sipp {
    let pcap_path = dir.path().join("dtmf.pcap");
    if inband {
        pcap::inband_dtmf(&pcap_path, digit);
    } else {
        pcap::rfc4733_dtmf(&pcap_path, digit);
    }
    let hold = hold_ms.to_string();
    uac(dir, pbx, "uac_dtmf.xml", user, number, &["-d", &hold])
}

/// Devices in the call records around `at` (Unix seconds; the box's clock may be shifted).
fn cdr_devices(admin: &Client, at: i64) -> Vec<String> {
    let greg = |t: i64| t + 62_167_219_200;
    let r = admin.get(&format!(
        "{}?created_from={}&created_to={}",
        admin.url("cdrs"),
        greg(at - 3600),
        greg(at + 3600)
    ));
    r.data()
        .as_array()
        .cloned()
        .unwrap_or_default()
        .iter()
        .filter_map(|c| c["authorizing_id"].as_str().map(str::to_string))
        .collect()
}

/// Waits (bounded; CDRs are written in batches) until call records show legs to `devices`.
fn expect_cdr_devices(admin: &Client, at: i64, devices: &[&str]) {
    let mut legs = Vec::new();
    for _ in 0..50 {
        legs = cdr_devices(admin, at);
        if devices.iter().all(|d| legs.iter().any(|l| l == d)) {
            return;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    panic!("expected legs to {devices:?}, call records show {legs:?}");
}

/// The office of these tests: a main number with weekday hours 09:00-17:00 (UTC) to a
/// menu (1 -> agent 6102, 2 -> agent 6103), voicemail after hours.
struct Office {
    agent1: String,
    agent2: String,
    vmbox: String,
}

fn office(admin: &Client) -> Office {
    device(admin, "6101", None);
    let agent1 = device(admin, "6102", None);
    let agent2 = device(admin, "6103", None);
    let menu = put(
        admin,
        "menus",
        json!({"name": "Main menu", "max_extension_length": 1, "retries": 3}),
    );
    let open = callflow(
        admin,
        &["MainOpenHours"],
        json!({"module": "menu", "data": {"id": menu}, "children": {
        "1": {"module": "device", "data": {"id": agent1}, "children": {}},
        "2": {"module": "device", "data": {"id": agent2}, "children": {}}}}),
    );
    let rule = put(
        admin,
        "temporal_rules",
        json!({"name": "MainOpenHours", "cycle": "weekly", "interval": 1,
        "wdays": ["monday", "tuesday", "wednesday", "thursday", "friday"],
        "time_window_start": 32400, "time_window_stop": 61200, "start_date": 63000000000u64}),
    );
    let vmbox = put(
        admin,
        "vmboxes",
        json!({"name": "Main", "mailbox": "600", "skip_greeting": true}),
    );
    callflow(
        admin,
        &["600"],
        json!({"module": "temporal_route", "data": {"rules": [rule]}, "children": {
        rule.clone(): {"module": "callflow", "data": {"id": open}, "children": {}},
        "_": {"module": "voicemail", "data": {"id": vmbox}, "children": {}}}}),
    );
    Office {
        agent1,
        agent2,
        vmbox,
    }
}

#[test]
fn main_number_menu_in_open_hours_takes_rfc4733_and_inband_digits() {
    let data = tempfile::tempdir().unwrap();
    let pbx = start_at(data.path(), MONDAY_10AM);
    let admin = pbx.admin();
    let o = office(&admin);
    let dir = SippDir::new();

    let mut agent = callee(&dir, &pbx, "6102", "uas_echo.xml");
    let mut call = call_with_digit(&dir, &pbx, "6101", "600", '1', false, 4000);
    call.expect_ok(Duration::from_secs(20));
    agent.expect_ok(Duration::from_secs(10));

    let mut agent = callee(&dir, &pbx, "6103", "uas_echo.xml");
    let mut call = call_with_digit(&dir, &pbx, "6101", "600", '2', true, 4000);
    call.expect_ok(Duration::from_secs(20));
    agent.expect_ok(Duration::from_secs(10));

    expect_cdr_devices(&admin, MONDAY_10AM, &[&o.agent1, &o.agent2]);
}

#[test]
fn main_number_after_hours_takes_a_voicemail() {
    let data = tempfile::tempdir().unwrap();
    let pbx = start_at(data.path(), MONDAY_8PM);
    let admin = pbx.admin();
    let o = office(&admin);
    let dir = SippDir::new();
    // The caller talks for 2.5 s after the beep, then hangs up (the message is kept).
    pcap::talk(&dir.path().join("dtmf.pcap"), 2500);
    let mut call = uac(&dir, &pbx, "uac_dtmf.xml", "6101", "600", &["-d", "3000"]);
    call.expect_ok(Duration::from_secs(20));
    let mut messages = Vec::new();
    for _ in 0..50 {
        let r = admin.get(&admin.url(&format!("vmboxes/{}", o.vmbox)));
        messages = r.data()["messages"].as_array().cloned().unwrap_or_default();
        if !messages.is_empty() {
            break;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    assert_eq!(messages.len(), 1, "one message left after hours");
    assert_eq!(messages[0]["folder"], "new");
    assert_eq!(messages[0]["caller_id_number"], "6101");
    assert!(
        messages[0]["length"].as_u64().unwrap() >= 1000,
        "{:?}",
        messages[0]
    );
}

#[test]
fn a_ring_group_rings_two_agents_at_once_then_falls_through() {
    let data = tempfile::tempdir().unwrap();
    let pbx = Pbx::start_with(data.path(), &[]);
    let admin = pbx.admin();
    device(&admin, "7101", None);
    let a = device(&admin, "7102", None);
    let b = device(&admin, "7103", None);
    callflow(
        &admin,
        &["700"],
        json!({"module": "ring_group", "data": {"strategy": "simultaneous", "timeout": 3,
        "endpoints": [{"id": a, "endpoint_type": "device"}, {"id": b, "endpoint_type": "device"}]},
        "children": {"_": {"module": "response", "data": {"code": 486, "message": "Nobody Home"}, "children": {}}}}),
    );
    let dir = SippDir::new();
    let mut ring_a = callee(&dir, &pbx, "7102", "uas_ring.xml");
    let mut ring_b = callee(&dir, &pbx, "7103", "uas_ring.xml");
    let mut call = uac(&dir, &pbx, "uac_busy.xml", "7101", "700", &[]);
    call.expect_ok(Duration::from_secs(15));
    ring_a.expect_ok(Duration::from_secs(5));
    ring_b.expect_ok(Duration::from_secs(5));
}

/// Phones `<p>1` (the caller), `<p>2` (Bob's, ringing `user` for 8 s) and `<p>3` (the
/// forward target, its own extension); Bob forwards with `forward`. Returns the target's id.
fn forwarding_office(admin: &Client, p: &str, forward: Value) -> String {
    let bob = put(
        admin,
        "users",
        json!({"first_name": "Bob", "last_name": "B", "call_forward": forward}),
    );
    device(admin, &format!("{p}1"), None);
    device(admin, &format!("{p}2"), Some(&bob));
    let target = device(admin, &format!("{p}3"), None);
    callflow(
        admin,
        &[&format!("{p}2")],
        json!({"module": "user", "data": {"id": bob, "timeout": 8}, "children": {}}),
    );
    callflow(
        admin,
        &[&format!("{p}3")],
        json!({"module": "device", "data": {"id": target}, "children": {}}),
    );
    target
}

/// `<p>1` calls `<p>2`, which rings the forward target running `scenario`; both must end well.
fn call_forwarded(dir: &SippDir, pbx: &Pbx, p: &str, scenario: &str, caller_scenario: &str) {
    let mut target = callee(dir, pbx, &format!("{p}3"), scenario);
    let (from, to) = (format!("{p}1"), format!("{p}2"));
    let hold: &[&str] = if caller_scenario == "uac_auth_rtp.xml" {
        &["-d", "1000"]
    } else {
        &[]
    };
    let mut call = uac(dir, pbx, caller_scenario, &from, &to, hold);
    call.expect_ok(Duration::from_secs(20));
    target.expect_ok(Duration::from_secs(10));
}

#[test]
fn call_forward_always_rings_the_forward_target_instead() {
    let data = tempfile::tempdir().unwrap();
    let pbx = Pbx::start_with(data.path(), &[]);
    let admin = pbx.admin();
    let target = forwarding_office(
        &admin,
        "810",
        json!({"enabled": true, "number": "8103", "substitute": true, "require_keypress": false}),
    );
    let dir = SippDir::new();
    call_forwarded(&dir, &pbx, "810", "uas_echo.xml", "uac_auth_rtp.xml");
    expect_cdr_devices(&admin, now_unix(), &[&target]);
}

#[test]
fn a_forward_that_requires_a_key_connects_only_a_target_that_presses_it() {
    let data = tempfile::tempdir().unwrap();
    let pbx = Pbx::start_with(data.path(), &[]);
    let admin = pbx.admin();
    // KAZOO's default for a forward: the target must press 1.
    let target = forwarding_office(&admin, "820", json!({"enabled": true, "number": "8203"}));
    let dir = SippDir::new();
    // The target answers and presses 1: the caller is connected, talks, hangs up.
    pcap::rfc4733_dtmf(&dir.path().join("dtmf.pcap"), '1');
    call_forwarded(&dir, &pbx, "820", "uas_confirm.xml", "uac_auth_rtp.xml");
    expect_cdr_devices(&admin, now_unix(), &[&target]);
    // The target answers (a voicemail would) and presses nothing: it is hung up when the
    // ring time is over, and the caller is told nobody answered.
    call_forwarded(&dir, &pbx, "820", "uas_echo.xml", "uac_noanswer.xml");
}

#[test]
fn a_parked_call_is_retrieved_from_another_phone() {
    let data = tempfile::tempdir().unwrap();
    let pbx = Pbx::start_with(data.path(), &[]);
    let admin = pbx.admin();
    device(&admin, "9101", None);
    device(&admin, "9102", None);
    let dir = SippDir::new();
    // 9101 parks itself with *3 (slot 101) and waits until the box hangs it up.
    let mut parked = uac(&dir, &pbx, "uac_parked.xml", "9101", "*3", &[]);
    std::thread::sleep(Duration::from_millis(3000));
    // 9102 retrieves slot 101, talks for 1.5 s and hangs up; that ends the parked call.
    let mut retriever = call_with_digit(&dir, &pbx, "9102", "*3101", '1', false, 500);
    retriever.expect_ok(Duration::from_secs(15));
    parked.expect_ok(Duration::from_secs(15));
}

/// An HTTP server (HTTPS with `tls`) answering its first few requests with `body`;
/// returns its URL.
fn pivot_server(body: String, tls: Option<Arc<rustls::ServerConfig>>) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let scheme = if tls.is_some() { "https" } else { "http" };
    let url = format!("{scheme}://{}/pivot", listener.local_addr().unwrap());
    let reply = format!(
        "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    );
    std::thread::spawn(move || {
        for stream in listener.incoming().take(4) {
            let Ok(tcp) = stream else { continue };
            let _ = tcp.set_read_timeout(Some(Duration::from_secs(5)));
            match &tls {
                Some(config) => {
                    let conn = rustls::ServerConnection::new(config.clone()).unwrap();
                    answer_once(rustls::StreamOwned::new(conn, tcp), &reply);
                }
                None => answer_once(tcp, &reply),
            }
        }
    });
    url
}

fn answer_once(mut s: impl Read + Write, reply: &str) {
    let mut buf = [0u8; 4096];
    if s.read(&mut buf).is_ok() {
        let _ = s.write_all(reply.as_bytes());
        let _ = s.flush();
    }
}

/// A TLS server configuration for 127.0.0.1 and the PEM file of its (self-signed)
/// certificate, for the box to trust as its `http_ca`.
fn https_identity(dir: &Path) -> (Arc<rustls::ServerConfig>, std::path::PathBuf) {
    let cert = rcgen::generate_simple_self_signed(vec!["127.0.0.1".into()]).unwrap();
    let pem = dir.join("pivot-ca.pem");
    std::fs::write(&pem, cert.cert.pem()).unwrap();
    let key = rustls::pki_types::PrivateKeyDer::Pkcs8(cert.signing_key.serialize_der().into());
    let config = rustls::ServerConfig::builder_with_provider(Arc::new(
        rustls::crypto::ring::default_provider(),
    ))
    .with_safe_default_protocol_versions()
    .unwrap()
    .with_no_client_auth()
    .with_single_cert(vec![cert.cert.der().clone()], key)
    .unwrap();
    (Arc::new(config), pem)
}

#[test]
fn a_pivot_callflow_runs_what_the_http_server_returns() {
    let data = tempfile::tempdir().unwrap();
    let (tls, ca) = https_identity(data.path());
    let pbx = Pbx::start_env(
        data.path(),
        &[],
        &[("EDGEPBX_HTTP_CA", ca.to_str().unwrap())],
    );
    let admin = pbx.admin();
    device(&admin, "5101", None);
    let agent = device(&admin, "5102", None);
    // The plain HTTP server's callflow pivots again, to the HTTPS one, which rings the agent.
    let https_url = pivot_server(
        json!({"module": "device", "data": {"id": agent}, "children": {}}).to_string(),
        Some(tls),
    );
    let url = pivot_server(
        json!({"module": "pivot", "data": {"voice_url": https_url}, "children": {}}).to_string(),
        None,
    );
    callflow(
        &admin,
        &["500"],
        json!({"module": "pivot", "data": {"voice_url": url, "method": "get"}, "children": {}}),
    );
    let dir = SippDir::new();
    let mut answered = callee(&dir, &pbx, "5102", "uas_echo.xml");
    let mut call = uac(
        &dir,
        &pbx,
        "uac_auth_rtp.xml",
        "5101",
        "500",
        &["-d", "1000"],
    );
    call.expect_ok(Duration::from_secs(20));
    answered.expect_ok(Duration::from_secs(10));
}

#[test]
fn loops_and_bad_documents_never_break_a_call() {
    let data = tempfile::tempdir().unwrap();
    let pbx = Pbx::start_with(data.path(), &[]);
    let admin = pbx.admin();
    device(&admin, "4101", None);
    let agent = device(&admin, "4102", None);
    // A callflow that jumps to itself: the call ends at the branch limit.
    let looping = callflow(
        &admin,
        &["401"],
        json!({"module": "play", "data": {"id": "nothing"}, "children": {}}),
    );
    let r = admin.post(
        &admin.url(&format!("callflows/{looping}")),
        json!({"numbers": ["401"],
        "flow": {"module": "callflow", "data": {"id": looping}, "children": {}}}),
    );
    assert_eq!(r.status, 200, "{}", r.text());
    // Unknown module, missing ids and a missing user: fall over to the agent.
    callflow(
        &admin,
        &["402"],
        json!({"module": "no_such_module", "data": {}, "children": {
        "_": {"module": "user", "data": {"id": "0123456789abcdef0123456789abcdef"}, "children": {
            "_": {"module": "device", "data": {}, "children": {
                "_": {"module": "device", "data": {"id": agent}, "children": {}}}}}}}}),
    );
    let dir = SippDir::new();
    let mut refused = uac(&dir, &pbx, "uac_refused.xml", "4101", "401", &[]);
    refused.expect_ok(Duration::from_secs(15));
    let mut answered = callee(&dir, &pbx, "4102", "uas_echo.xml");
    let mut call = uac(
        &dir,
        &pbx,
        "uac_auth_rtp.xml",
        "4101",
        "402",
        &["-d", "1000"],
    );
    call.expect_ok(Duration::from_secs(20));
    answered.expect_ok(Duration::from_secs(10));
    // The box is still serving.
    let r = admin.get(&admin.url("callflows"));
    assert_eq!(r.status, 200);
}

#[test]
fn a_missed_call_is_emailed_through_the_accounts_relay() {
    let smtp = SmtpServer::start();
    let data = tempfile::tempdir().unwrap();
    let pbx = Pbx::start_with(data.path(), &[]);
    let admin = pbx.admin();
    let relay = admin.url("configs/smtp_client");
    // Bad relay settings are refused, naming the field.
    for (bad, field) in [
        (json!({"relay": "127.0.0.1", "port": 0}), "port"),
        (json!({"relay": "mail server"}), "relay"),
        (json!({"relay": "127.0.0.1", "tls": "sometimes"}), "tls"),
        (
            json!({"relay": "127.0.0.1", "from": "pbx <x@y.com>"}),
            "from",
        ),
    ] {
        let r = admin.put(&relay, bad);
        assert_eq!(r.status, 400, "{}", r.text());
        assert!(r.json()["data"].get(field).is_some(), "{}", r.text());
    }
    // A password without a user name: stored, never shown, and no AUTH is tried.
    let r = admin.put(
        &relay,
        json!({"relay": "127.0.0.1", "port": smtp.port, "tls": "never", "password": "s3cret",
               "from": "pbx@office.example.com"}),
    );
    assert_eq!(r.status, 200, "{}", r.text());
    let shown = admin.get(&relay);
    assert_eq!(shown.data()["password_set"], true);
    assert!(!shown.text().contains("s3cret"), "{}", shown.text());
    // A refused change leaves the stored relay as it was.
    assert_eq!(
        admin
            .put(&relay, json!({"relay": "127.0.0.1", "port": 70000}))
            .status,
        400
    );
    assert_eq!(admin.get(&relay).data()["port"], smtp.port);

    let bob = put(
        &admin,
        "users",
        json!({"first_name": "Bob", "last_name": "B", "email": "bob@example.com"}),
    );
    device(&admin, "9501", None);
    let desk = device(&admin, "9502", Some(&bob));
    callflow(
        &admin,
        &["950"],
        json!({"module": "missed_call_alert", "data": {"recipients": [
            {"type": "user", "id": bob}, {"type": "email", "id": "desk@example.com"}]},
        "children": {"_": {"module": "device", "data": {"id": desk, "timeout": 3}, "children": {}}}}),
    );
    edit_missed_call_templates(&admin);
    let dir = SippDir::new();
    let mut ringing = callee(&dir, &pbx, "9502", "uas_ring.xml");
    let mut call = uac(&dir, &pbx, "uac_noanswer.xml", "9501", "950", &[]);
    call.expect_ok(Duration::from_secs(20));
    ringing.expect_ok(Duration::from_secs(5));
    let mail = smtp.wait_for(1, Duration::from_secs(20));
    assert_eq!(mail.len(), 1, "one alert: {mail:?}");
    let m = &mail[0];
    for want in [
        "From: pbx@office.example.com",
        "To: bob@example.com, desk@example.com",
        "Subject: Edited: missed call from",
        "Edited template.",
        "Called: 950",
        "Nobody answered",
        "Content-Type: text/html",
        "<b>950</b>",
    ] {
        assert!(m.contains(want), "{want:?} in {m}");
    }
}

/// The account's own missed-call mail through `/notifications/missed_call` (KAZOO's way:
/// templates as text/plain and text/html bodies, the subject in JSON); bad templates are
/// refused naming the part and the error.
fn edit_missed_call_templates(admin: &Client) {
    let url = admin.url("notifications/missed_call");
    let send = |content_type: &str, body: &str| {
        admin.request(
            "POST",
            &url,
            &[("Content-Type", content_type)],
            Some(body.as_bytes()),
        )
    };
    let r = send("text/plain", "Hello {{ caller");
    assert_eq!(r.status, 400, "{}", r.text());
    assert!(
        r.json()["data"]["text"]["template"]["message"]
            .as_str()
            .is_some_and(|m| m.starts_with("line 1: syntax error")),
        "{}",
        r.text()
    );
    let r = admin.post(&url, json!({"subject": "{% if %}"}));
    assert_eq!(r.status, 400, "{}", r.text());
    assert!(r.json()["data"].get("subject").is_some(), "{}", r.text());
    let text = "Edited template.\r\nFrom: {{ caller }}\r\nCalled: {{ callee_id.number }}\r\n\
Nobody answered.\r\n";
    assert_eq!(send("text/plain", text).status, 200);
    assert_eq!(
        send("text/html", "<p>Missed <b>{{ callee_id.number }}</b></p>").status,
        200
    );
    let r = admin.post(
        &url,
        json!({"subject": "Edited: missed call from {{ caller }}"}),
    );
    assert_eq!(r.status, 200, "{}", r.text());
    assert_eq!(r.data()["account_overridden"], true);
    assert!(r.data()["macros"].get("callee_id.number").is_some());
    let r = admin.request("GET", &url, &[("Accept", "text/plain")], None);
    assert_eq!(r.text(), text);
    let all = admin.get(&admin.url("notifications")).data();
    let ids: Vec<&str> = all
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|n| n["id"].as_str())
        .collect();
    for id in [
        "voicemail_to_email",
        "missed_call",
        "fax_inbound_to_email",
        "trunk_down",
        "low_disk_space",
        "firmware_available",
    ] {
        assert!(ids.contains(&id), "{id} in {ids:?}");
    }
}

#[test]
fn a_carrier_call_to_a_did_rings_without_a_challenge_and_never_reaches_outside_lines() {
    let data = tempfile::tempdir().unwrap();
    let pbx = Pbx::start_env(data.path(), &[], &[]);
    let admin = pbx.admin();
    let dir = SippDir::new();
    let agent_id = device(&admin, "6102", None);
    // The carrier signals from 127.0.0.2 and from a pool, 127.0.0.4/31; its calls are not
    // challenged.
    let carrier = put(
        &admin,
        "resources",
        json!({"name": "carrier", "rules": [".*"], "gateways": [
            {"server": "127.0.0.2", "enabled": true}, {"server": "127.0.0.4/31", "enabled": true}]}),
    );
    callflow(
        &admin,
        &["+14155550100"],
        json!({"module": "device", "data": {"id": agent_id}, "children": {}}),
    );
    callflow(
        &admin,
        &["no_match"],
        json!({"module": "resources", "data": {}, "children": {}}),
    );
    let mut agent = callee(&dir, &pbx, "6102", "uas_echo.xml");
    let carrier_call = |number: &str, from: &str| {
        let port = free_port().to_string();
        let target = pbx.sip.to_string();
        dir.spawn(&[
            "-sn", "uac", "-s", number, "-i", from, "-p", &port, "-m", "1", "-d", "1000", &target,
        ])
    };
    carrier_call("+14155550100", "127.0.0.2").expect_ok(Duration::from_secs(20));
    agent.expect_ok(Duration::from_secs(10));
    expect_cdr_devices(&admin, now_unix(), &[&carrier, &agent_id]);

    // An outside call (from the pool) to a number the office does not have is refused, not
    // sent back out; a challenge (401) would mean the pool was not recognised.
    let mut refused = carrier_call("+18005550000", "127.0.0.5");
    assert_ne!(refused.wait(Duration::from_secs(20)), Some(0));
    let log = refused.errors();
    assert!(
        log.contains("SIP/2.0 404 No Route"),
        "expected a 404: {log}"
    );
}

#[test]
fn a_ringing_call_is_picked_up_with_the_feature_code() {
    let data = tempfile::tempdir().unwrap();
    let pbx = Pbx::start_with(data.path(), &[]);
    let admin = pbx.admin();
    device(&admin, "9201", None);
    let ringing = device(&admin, "9202", None);
    device(&admin, "9203", None);
    callflow(
        &admin,
        &["9202"],
        json!({"module": "device", "data": {"id": ringing}, "children": {}}),
    );
    let dir = SippDir::new();
    // 9202 rings and never answers; the pickup cancels it.
    let mut desk = callee(&dir, &pbx, "9202", "uas_ring.xml");
    let mut caller = uac(&dir, &pbx, "uac_parked.xml", "9201", "9202", &[]);
    std::thread::sleep(Duration::from_millis(1500));
    // 9203 dials *879202 (the default directed pickup code), talks, hangs up; that ends the
    // picked-up call too.
    let mut picker = call_with_digit(&dir, &pbx, "9203", "*879202", '1', false, 500);
    picker.expect_ok(Duration::from_secs(15));
    desk.expect_ok(Duration::from_secs(10));
    caller.expect_ok(Duration::from_secs(15));
}

#[test]
fn a_page_reaches_every_phone_and_ends_with_the_caller() {
    let data = tempfile::tempdir().unwrap();
    let pbx = Pbx::start_with(data.path(), &[]);
    let admin = pbx.admin();
    device(&admin, "9301", None);
    let desk1 = device(&admin, "9302", None);
    let desk2 = device(&admin, "9303", None);
    callflow(
        &admin,
        &["9300"],
        json!({"module": "page_group", "data": {"endpoints": [
            {"id": desk1, "endpoint_type": "device"}, {"id": desk2, "endpoint_type": "device"}]},
            "children": {}}),
    );
    let dir = SippDir::new();
    let mut phone1 = callee(&dir, &pbx, "9302", "uas_echo.xml");
    let mut phone2 = callee(&dir, &pbx, "9303", "uas_echo.xml");
    // The caller speaks for 2 s and hangs up; both phones get BYE.
    pcap::talk(&dir.path().join("dtmf.pcap"), 1500);
    let mut caller = uac(&dir, &pbx, "uac_dtmf.xml", "9301", "9300", &["-d", "2000"]);
    caller.expect_ok(Duration::from_secs(20));
    phone1.expect_ok(Duration::from_secs(10));
    phone2.expect_ok(Duration::from_secs(10));
    expect_cdr_devices(&admin, now_unix(), &[&desk1, &desk2]);
}

#[test]
fn do_not_disturb_codes_dialled_from_the_phone_hold_and_release_its_calls() {
    let data = tempfile::tempdir().unwrap();
    let pbx = Pbx::start_with(data.path(), &[]);
    let admin = pbx.admin();
    device(&admin, "9401", None);
    let user = put(
        &admin,
        "users",
        json!({"first_name": "Dee", "last_name": "Enn"}),
    );
    device(&admin, "9402", Some(&user));
    // The user's extension; while in DND it falls through to "busy".
    callflow(
        &admin,
        &["9402"],
        json!({"module": "user", "data": {"id": user}, "children": {
            "_": {"module": "response", "data": {"code": 486}, "children": {}}}}),
    );
    let dir = SippDir::new();
    let dial_code = |code: &str| {
        // The box answers, confirms and hangs up.
        uac(&dir, &pbx, "uac_parked.xml", "9402", code, &[]).expect_ok(Duration::from_secs(20));
    };
    dial_code("*78");
    uac(&dir, &pbx, "uac_busy.xml", "9401", "9402", &[]).expect_ok(Duration::from_secs(20));
    dial_code("*79");
    let mut phone = callee(&dir, &pbx, "9402", "uas_echo.xml");
    pcap::talk(&dir.path().join("dtmf.pcap"), 500);
    let mut call = uac(&dir, &pbx, "uac_dtmf.xml", "9401", "9402", &["-d", "1000"]);
    call.expect_ok(Duration::from_secs(20));
    phone.expect_ok(Duration::from_secs(10));
}

/// Waits (bounded) for the account's call recordings to number `n`; returns their rows.
fn recordings(admin: &Client, n: usize) -> Vec<Value> {
    for _ in 0..100 {
        let r = admin.get(&admin.url("recordings"));
        assert_eq!(r.status, 200, "{}", r.text());
        let rows = r.data().as_array().cloned().unwrap_or_default();
        if rows.len() >= n {
            return rows;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    panic!("expected {n} call recordings");
}

/// Mean-square level of `freq` in `x` (Goertzel).
fn tone_level(x: &[i16], freq: f64) -> f64 {
    let k = 2.0 * (2.0 * std::f64::consts::PI * freq / 8000.0).cos();
    let (mut s1, mut s2) = (0.0f64, 0.0f64);
    for &v in x {
        let s0 = f64::from(v) + k * s1 - s2;
        s2 = s1;
        s1 = s0;
    }
    let n = x.len() as f64;
    (s1 * s1 + s2 * s2 - k * s1 * s2) * 2.0 / (n * n)
}

#[test]
fn a_recorded_call_is_kept_and_in_call_keys_transfer_the_other_party() {
    let data = tempfile::tempdir().unwrap();
    let pbx = Pbx::start_with(data.path(), &[]);
    let admin = pbx.admin();
    // Rita records the calls she gets from colleagues (SmartPBX's per-user toggle).
    let rita = put(
        &admin,
        "users",
        json!({"first_name": "Rita", "last_name": "Recorder",
        "call_recording": {"inbound": {"onnet": {"enabled": true, "record_min_sec": 1}}}}),
    );
    device(&admin, "6201", None);
    device(&admin, "6202", Some(&rita));
    let target = device(&admin, "6203", None);
    // The account's in-call keys: `*2<number>` hands the other party over to that number.
    // Bad ones are refused, naming the field.
    let metaflows = admin.url("metaflows");
    for (bad, field) in [
        (json!({"binding_digit": "x"}), "binding_digit"),
        (
            json!({"patterns": {"^2(": {"module": "transfer"}}}),
            "patterns.^2(",
        ),
        (json!({"numbers": {"1": {"data": {}}}}), "numbers.1"),
    ] {
        let r = admin.post(&metaflows, bad);
        assert_eq!(r.status, 400, "{}", r.text());
        assert!(r.json()["data"].get(field).is_some(), "{}", r.text());
    }
    let keys = json!({"digit_timeout": 1500, "patterns": {"^2(\\d+)$": {"module": "transfer"}}});
    assert_eq!(admin.post(&metaflows, keys.clone()).status, 200);
    assert_eq!(admin.get(&metaflows).data(), keys);
    // A refused change leaves the stored keys as they were.
    assert_eq!(
        admin.post(&metaflows, json!({"digit_timeout": 0})).status,
        400
    );
    assert_eq!(admin.get(&metaflows).data(), keys);
    callflow(
        &admin,
        &["6202"],
        json!({"module": "user", "data": {"id": rita}, "children": {}}),
    );
    callflow(
        &admin,
        &["6203"],
        json!({"module": "device", "data": {"id": target}, "children": {}}),
    );
    let dir = SippDir::new();
    let mut rita_phone = callee(&dir, &pbx, "6202", "uas_echo.xml");
    let mut busy = callee(&dir, &pbx, "6203", "uas_busy.xml");
    // The caller talks (440 Hz, echoed back by Rita's phone), then presses *26203 in-band.
    pcap::talk_then_keys(&dir.path().join("dtmf.pcap"), 1500, "*26203");
    let mut caller = uac(&dir, &pbx, "uac_keys.xml", "6201", "6202", &[]);
    // The box hangs the caller up once the keys are in; Rita's call rings 6203 (busy),
    // after which her call ends too.
    caller.expect_ok(Duration::from_secs(20));
    busy.expect_ok(Duration::from_secs(10));
    rita_phone.expect_ok(Duration::from_secs(10));

    let rows = recordings(&admin, 1);
    assert_eq!(rows.len(), 1, "{rows:?}");
    let row = &rows[0];
    assert_eq!(row["owner_id"], json!(rita));
    assert_eq!(row["origin"], "user:inbound");
    assert_eq!(row["caller_id_number"], "6201");
    let ms = row["duration_ms"].as_u64().unwrap();
    assert!((2_500..10_000).contains(&ms), "recorded {ms} ms");
    let id = row["id"].as_str().unwrap();
    let audio = admin.request(
        "GET",
        &admin.url(&format!("recordings/{id}")),
        &[("Accept", "audio/wav")],
        None,
    );
    assert_eq!(audio.status, 200);
    let wav = edgepbx_media::wav::read(&audio.body).expect("a WAV file");
    assert_eq!(wav.rate, 8000);
    // The talk is in it, well above a frequency nobody sent.
    let (talk, off) = (
        tone_level(&wav.samples, 440.0),
        tone_level(&wav.samples, 2500.0),
    );
    assert!(
        talk > 1e4 && talk > off * 100.0,
        "440 Hz {talk}, 2500 Hz {off}"
    );
    // Deleting it removes the audio too; ids that cannot be recordings are not found, and
    // a path trick is refused.
    let url = admin.url(&format!("recordings/{id}"));
    assert_eq!(admin.delete(&url).status, 200);
    assert_eq!(admin.get(&url).status, 404);
    assert_eq!(
        admin.get(&admin.url("recordings/202611-nothex")).status,
        404
    );
    assert_eq!(
        admin.get(&admin.url("recordings/..%2f..%2fetc")).status,
        400
    );
}

#[test]
fn busy_lamps_follow_a_ringing_phone_and_manual_presence() {
    let data = tempfile::tempdir().unwrap();
    let pbx = Pbx::start_with(data.path(), &[]);
    let admin = pbx.admin();
    device(&admin, "9601", None);
    device(&admin, "9602", None);
    let user = put(
        &admin,
        "users",
        json!({"first_name": "Lamp", "last_name": "User", "presence_id": "9610"}),
    );
    device(&admin, "9603", Some(&user));
    callflow(
        &admin,
        &["9610"],
        json!({"module": "user", "data": {"id": user, "timeout": 3}, "children": {}}),
    );
    // A front-door lamp set by hand: *701 lights it (playing a prompt long enough for the
    // box's once-a-second lamp check to see it lit); the API's reset clears it.
    callflow(
        &admin,
        &["*701"],
        json!({"module": "manual_presence", "data": {"presence_id": "frontdoor", "status": "ringing"},
        "children": {"_": {"module": "play", "data": {"id": "system_media/ivr_please_hold"}, "children": {}}}}),
    );
    let dir = SippDir::new();

    // 9601's key on the user's presence id lights while the user's phone rings.
    let mut lamp = uac(&dir, &pbx, "uac_blf.xml", "9601", "9610", &[]);
    let mut ringing = callee(&dir, &pbx, "9603", "uas_ring.xml");
    uac(&dir, &pbx, "uac_noanswer.xml", "9602", "9610", &[]).expect_ok(Duration::from_secs(20));
    ringing.expect_ok(Duration::from_secs(5));
    lamp.expect_ok(Duration::from_secs(10));

    let mut lamp = uac(&dir, &pbx, "uac_blf.xml", "9601", "frontdoor", &[]);
    // Waits (bounded) until the box lists the lamp's subscription.
    let mut unlisted = String::new();
    for _ in 0..50 {
        let r = admin.get(&admin.url("presence"));
        assert_eq!(r.status, 200, "{}", r.text());
        let watchers = &r.data()["subscriptions"]["frontdoor"]["dialog"];
        if watchers.as_object().map(|o| o.len()) == Some(1) {
            unlisted.clear();
            break;
        }
        unlisted = r.text();
        std::thread::sleep(Duration::from_millis(100));
    }
    assert!(
        unlisted.is_empty(),
        "the lamp's subscription is not listed: {unlisted}"
    );
    uac(&dir, &pbx, "uac_parked.xml", "9602", "*701", &[]).expect_ok(Duration::from_secs(20));
    let reset = admin.url("presence/frontdoor");
    let bad = admin.post(&reset, json!({"action": "set"}));
    assert_eq!(bad.status, 400, "{}", bad.text());
    assert!(bad.data()["action"].is_object(), "{}", bad.text());
    assert_eq!(admin.post(&reset, json!({"action": "reset"})).status, 200);
    lamp.expect_ok(Duration::from_secs(10));
}
