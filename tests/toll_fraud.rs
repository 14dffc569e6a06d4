//! Toll fraud from outside: a caller from a carrier's gateway tries to get the box to dial a
//! foreign number through the office's provider, with in-call keys (`*2<number>`) and with
//! a REFER. The "provider" is a UDP socket on 127.0.0.5 that must receive nothing. Inside,
//! a phone whose `call_restriction` denies international numbers cannot dial one but still
//! reaches the emergency number; a blacklisted caller is declined.

mod common;

use std::net::UdpSocket;
use std::time::Duration;

use common::sipp::{SippDir, free_port, register_from, uas};
use common::{Pbx, id_of, pcap};
use serde_json::json;

const DID: &str = "+14155550100";
const FOREIGN: &str = "011442071234567";

struct Office {
    pbx: Pbx,
    admin: common::Client,
    phone: String,
    provider: UdpSocket,
    dir: SippDir,
    _data: tempfile::TempDir,
}

/// An office with one phone (6102) behind the DID, a carrier whose calls come from
/// 127.0.0.2 and whose outbound proxy (the provider) is 127.0.0.5, outside numbers routed
/// to it by pattern and by `no_match`, and in-call keys listening to both sides.
fn office() -> Office {
    let data = tempfile::tempdir().unwrap();
    let pbx = Pbx::start_with(data.path(), &[]);
    let admin = pbx.admin();
    let provider = UdpSocket::bind("127.0.0.5:0").unwrap();
    provider.set_nonblocking(true).unwrap();
    let provider_port = provider.local_addr().unwrap().port();
    let put = |kind: &str, doc: serde_json::Value| {
        let r = admin.put(&admin.url(kind), doc);
        assert_eq!(r.status, 201, "{kind}: {}", r.text());
        id_of(&r)
    };
    put(
        "resources",
        json!({"name": "carrier", "rules": [".*"], "gateways": [
            {"server": "127.0.0.5", "port": provider_port, "enabled": true},
            {"server": "127.0.0.2", "enabled": true}]}),
    );
    let phone = put(
        "devices",
        json!({"name": "desk", "sip": {"username": "6102", "password": "pw6102"}}),
    );
    for (numbers, flow) in [
        (
            json!([DID, "6102"]),
            json!({"module": "device", "data": {"id": phone}}),
        ),
        (
            json!(["no_match"]),
            json!({"module": "resources", "data": {}}),
        ),
    ] {
        put("callflows", json!({"numbers": numbers, "flow": flow}));
    }
    put(
        "callflows",
        json!({"patterns": ["^\\+?0?\\d{7,}$"], "flow": {"module": "offnet", "data": {}}}),
    );
    put(
        "callflows",
        json!({"numbers": ["911"], "flow": {"module": "offnet", "data": {}}}),
    );
    let keys = json!({"digit_timeout": 1500, "listen_on": "both",
        "patterns": {"^2(\\d+)$": {"module": "transfer"}}});
    assert_eq!(admin.post(&admin.url("metaflows"), keys).status, 200);
    Office {
        pbx,
        admin,
        phone,
        provider,
        dir: SippDir::new(),
        _data: data,
    }
}

impl Office {
    /// The outside caller calls `number` (the DID) from the carrier's address, keys in
    /// `keys`, then (unless `refer` is None) asks for a transfer to `refer`.
    fn outside_call(&self, number: &str, keys: &str, refer: Option<&str>) {
        let phone_port = free_port();
        register_from(&self.dir, &self.pbx, "6102", phone_port);
        // The phone's audio goes to a socket nobody reads: it echoes nothing back.
        let sink = UdpSocket::bind("127.0.0.1:0").unwrap();
        let sink_port = sink.local_addr().unwrap().port().to_string();
        let mut phone = uas(
            &self.dir,
            "uas_sink.xml",
            phone_port,
            &["-set", "sink", &sink_port],
        );
        pcap::talk_then_keys(&self.dir.path().join("dtmf.pcap"), 500, keys);
        let port = free_port().to_string();
        let mp = free_port().to_string();
        let target = self.pbx.sip.to_string();
        let mut args = vec![
            "-sf",
            "carrier_keys_or_refer.xml",
            "-s",
            number,
            "-i",
            "127.0.0.2",
            "-p",
            &port,
            "-mi",
            "127.0.0.2",
            "-mp",
            &mp,
            "-m",
            "1",
        ];
        match refer {
            Some(number) => args.extend(["-set", "refer", number]),
            None => args.extend(["-set", "keys_only", "1"]),
        }
        args.push(&target);
        let mut caller = self.dir.spawn(&args);
        caller.expect_ok(Duration::from_secs(30));
        // The phone's call ends with the caller's (or after a refused transfer).
        phone.wait(Duration::from_secs(10));
    }

    /// Whether anything reached the provider (an INVITE would be there by now: the box
    /// sends it as soon as a transfer is routed, before the caller's call ends).
    /// Waits (bounded) for an INVITE to `number` at the provider (other datagrams, such as
    /// retransmissions of earlier INVITEs, are skipped); its request line.
    fn provider_invite(&self, number: &str) -> Option<String> {
        let mut buf = [0u8; 4096];
        for _ in 0..100 {
            while let Ok((n, _)) = self.provider.recv_from(&mut buf) {
                let text = String::from_utf8_lossy(&buf[..n]).to_string();
                let line = text.lines().next().unwrap_or("");
                if line.starts_with(&format!("INVITE sip:{number}@")) {
                    return Some(line.to_string());
                }
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        None
    }

    /// The inside phone 6102 dials `number` (digest auth); the SIPp caller's log.
    fn phone_dials(&self, number: &str) -> common::sipp::Sipp {
        common::sipp::uac(
            &self.dir,
            &self.pbx,
            "uac_noanswer.xml",
            "6102",
            number,
            &[],
        )
    }

    fn provider_untouched(&self) -> bool {
        let mut buf = [0u8; 4096];
        match self.provider.recv_from(&mut buf) {
            Ok((n, from)) => {
                eprintln!(
                    "the provider got from {from}:\n{}",
                    String::from_utf8_lossy(&buf[..n])
                );
                false
            }
            Err(_) => true,
        }
    }
}

#[test]
fn an_outside_callers_in_call_keys_never_dial_out() {
    let o = office();
    o.outside_call(DID, &format!("*2{FOREIGN}"), None);
    assert!(
        o.provider_untouched(),
        "keys from outside reached the provider"
    );
}

#[test]
fn an_outside_callers_refer_never_dials_out() {
    let o = office();
    o.outside_call(DID, "", Some(FOREIGN));
    assert!(
        o.provider_untouched(),
        "a REFER from outside reached the provider"
    );
}

#[test]
fn voicemail_checked_from_outside_never_calls_a_message_back_through_the_provider() {
    let o = office();
    // A second DID reaches voicemail checking; the box holds a message from abroad.
    let r = o.admin.put(
        &o.admin.url("vmboxes"),
        json!({"name": "Sales", "mailbox": "700", "pin": "2580", "is_setup": true,
               "messages": [{"media_id": "202701-00000000000000000000000000000700",
                             "folder": "new", "caller_id_number": FOREIGN}]}),
    );
    let vmbox = id_of(&r);
    let check = json!({"module": "voicemail", "data": {"id": vmbox, "action": "check"}});
    let r = o.admin.put(
        &o.admin.url("callflows"),
        json!({"numbers": ["+14155550199"], "flow": check}),
    );
    assert_eq!(r.status, 201, "{}", r.text());
    // PIN, 1 (new messages), 9 (call the caller back).
    o.outside_call("+14155550199", "2580#19", None);
    assert!(
        o.provider_untouched(),
        "a voicemail return call from outside reached the provider"
    );
}

#[test]
fn a_phone_denied_international_cannot_dial_abroad_but_reaches_emergency() {
    let o = office();
    let url = o.admin.url(&format!("devices/{}", o.phone));
    let r = o.admin.patch(
        &url,
        json!({"call_restriction": {"international": {"action": "deny"}}}),
    );
    assert_eq!(r.status, 200, "{}", r.text());
    for number in [FOREIGN, "+442071234567", "00442071234567"] {
        let mut call = o.phone_dials(number);
        assert_ne!(call.wait(Duration::from_secs(20)), Some(0), "{number}");
        let log = call.errors();
        assert!(
            log.contains("SIP/2.0 403"),
            "{number}: expected 403 (call barred): {log}"
        );
    }
    assert!(
        o.provider_untouched(),
        "a barred number reached the provider"
    );
    // Emergency is never restricted: the INVITE goes to the provider.
    let _call = o.phone_dials("911");
    assert!(
        o.provider_invite("911").is_some(),
        "911 reached the provider"
    );
}

#[test]
fn a_blacklisted_caller_is_declined_and_others_get_through() {
    let o = office();
    let r = o.admin.put(
        &o.admin.url("blacklists"),
        json!({"name": "nuisance", "numbers": {"+442071230000": {}}}),
    );
    assert_eq!(r.status, 201, "{}", r.text());
    let list = id_of(&r);
    let account = o.admin.get(&o.admin.url("")).data();
    let mut account = account.clone();
    account["blacklists"] = json!([list]);
    let r = o.admin.post(&o.admin.url(""), account);
    assert_eq!(r.status, 200, "{}", r.text());
    // The outside caller (+442071230000 in the scenario) is refused before anything rings.
    pcap::talk_then_keys(&o.dir.path().join("dtmf.pcap"), 200, "");
    let port = free_port().to_string();
    let target = o.pbx.sip.to_string();
    let mut caller = o.dir.spawn(&[
        "-sf",
        "carrier_keys_or_refer.xml",
        "-s",
        DID,
        "-i",
        "127.0.0.2",
        "-p",
        &port,
        "-m",
        "1",
        "-set",
        "keys_only",
        "1",
        &target,
    ]);
    assert_ne!(caller.wait(Duration::from_secs(20)), Some(0));
    let log = caller.errors();
    assert!(log.contains("SIP/2.0 603 Decline"), "expected 603: {log}");
    // A bad number class is refused, naming the field.
    let r = o.admin.post(
        &o.admin.url("configs/number_manager"),
        json!({"classifiers": {"premium": {"regex": "^(900"}}}),
    );
    assert_eq!(r.status, 400, "{}", r.text());
    assert!(
        r.json()["data"].get("classifiers.premium.regex").is_some(),
        "{}",
        r.text()
    );
}

#[test]
fn the_accounts_limits_cap_concurrent_outside_calls() {
    let o = office();
    let r = o.admin.post(
        &o.admin.url("limits"),
        json!({"outbound_trunks": "1", "twoway_trunks": 0, "inbound_trunks": -1, "calls": -1}),
    );
    assert_eq!(r.status, 200, "{}", r.text());
    // The first outside call rings at the provider (which never answers)...
    let _first = o.phone_dials("+14155550123");
    assert!(
        o.provider_invite("+14155550123").is_some(),
        "the first call went out"
    );
    // ...so a second one at the same time is over the limit: refused, nothing sent.
    let mut second = o.phone_dials("+14155550124");
    assert_ne!(second.wait(Duration::from_secs(20)), Some(0));
    let log = second.errors();
    assert!(log.contains("SIP/2.0 480"), "expected a refusal: {log}");
    let mut buf = [0u8; 4096];
    while let Ok((n, _)) = o.provider.recv_from(&mut buf) {
        let text = String::from_utf8_lossy(&buf[..n]);
        assert!(
            !text.contains("+14155550124"),
            "the second call reached the provider:\n{text}"
        );
    }
    // With every limit lifted (`enabled: false`) it goes out.
    let r = o
        .admin
        .post(&o.admin.url("limits"), json!({"enabled": false}));
    assert_eq!(r.status, 200, "{}", r.text());
    let _third = o.phone_dials("+14155550125");
    assert!(
        o.provider_invite("+14155550125").is_some(),
        "the third call went out"
    );
}
