//! A sniffed digest `Authorization` header replayed from another address: an INVITE
//! replayed unchanged with a new Call-ID (or sent to another number) makes no call through
//! the provider (a UDP socket on 127.0.0.5), and a replayed REGISTER binds no contact.
//! Raw SIP over UDP, written here as a phone and an attacker would send it.

mod common;

use std::net::{SocketAddr, UdpSocket};
use std::time::{Duration, Instant};

use common::{Pbx, id_of};
use serde_json::json;

const FOREIGN: &str = "011442071234567";

struct Ua {
    sock: UdpSocket,
    pbx: SocketAddr,
}

impl Ua {
    fn new(ip: &str, pbx: SocketAddr) -> Ua {
        let sock = UdpSocket::bind((ip, 0)).unwrap();
        sock.set_read_timeout(Some(Duration::from_millis(200)))
            .unwrap();
        Ua { sock, pbx }
    }

    fn addr(&self) -> SocketAddr {
        self.sock.local_addr().unwrap()
    }

    fn send(&self, text: &str) {
        self.sock.send_to(text.as_bytes(), self.pbx).unwrap();
    }

    /// The first final response within 5 s.
    fn final_response(&self) -> String {
        let deadline = Instant::now() + Duration::from_secs(5);
        let mut buf = [0u8; 8192];
        while Instant::now() < deadline {
            if let Ok((n, _)) = self.sock.recv_from(&mut buf) {
                let text = String::from_utf8_lossy(&buf[..n]).to_string();
                if text.starts_with("SIP/2.0 ") && !text.starts_with("SIP/2.0 1") {
                    return text;
                }
            }
        }
        panic!("no final response at {}", self.addr());
    }
}

fn status_line(response: &str) -> &str {
    response.lines().next().unwrap_or("")
}

fn param<'a>(header: &'a str, name: &str) -> &'a str {
    header
        .split(&format!("{name}=\""))
        .nth(1)
        .and_then(|s| s.split('"').next())
        .unwrap_or("")
}

fn md5_hex(s: &str) -> String {
    use md5::{Digest, Md5};
    Md5::digest(s).iter().map(|b| format!("{b:02x}")).collect()
}

/// The phone's answer to `challenge` for `method` to `uri` (qop=auth, nc 1).
fn authorization(challenge: &str, user: &str, password: &str, method: &str, uri: &str) -> String {
    let www = challenge
        .lines()
        .find(|l| l.starts_with("WWW-Authenticate:"))
        .expect("a challenge");
    let (realm, nonce) = (param(www, "realm"), param(www, "nonce"));
    let ha1 = md5_hex(&format!("{user}:{realm}:{password}"));
    let ha2 = md5_hex(&format!("{method}:{uri}"));
    let response = md5_hex(&format!("{ha1}:{nonce}:00000001:c0ffee:auth:{ha2}"));
    format!(
        "Authorization: Digest username=\"{user}\", realm=\"{realm}\", nonce=\"{nonce}\", uri=\"{uri}\", response=\"{response}\", algorithm=MD5, qop=auth, nc=00000001, cnonce=\"c0ffee\"\r\n"
    )
}

fn request(ua: &Ua, method: &str, uri: &str, call_id: &str, cseq: u32, extra: &str) -> String {
    let me = ua.addr();
    let body = if method == "INVITE" {
        format!(
            "v=0\r\no=- 1 1 IN IP4 {ip}\r\ns=-\r\nc=IN IP4 {ip}\r\nt=0 0\r\nm=audio 40000 RTP/AVP 0\r\na=rtpmap:0 PCMU/8000\r\n",
            ip = me.ip()
        )
    } else {
        String::new()
    };
    let content_type = if body.is_empty() {
        ""
    } else {
        "Content-Type: application/sdp\r\n"
    };
    format!(
        "{method} {uri} SIP/2.0\r\nVia: SIP/2.0/UDP {me};branch=z9hG4bK{call_id}{cseq};rport\r\n\
         From: <sip:6102@{host}>;tag=t{call_id}\r\nTo: <{uri}>\r\nCall-ID: {call_id}\r\nCSeq: {cseq} {method}\r\n\
         Contact: <sip:6102@{me}>\r\nMax-Forwards: 70\r\nExpires: 600\r\n{extra}{content_type}Content-Length: {}\r\n\r\n{body}",
        body.len(),
        host = ua.pbx,
    )
}

/// Sends `method` to `uri`, answers the challenge; returns the authenticated request's
/// text (sent).
fn authenticated(ua: &Ua, method: &str, uri: &str, call_id: &str) -> String {
    ua.send(&request(ua, method, uri, call_id, 1, ""));
    let challenge = ua.final_response();
    assert!(challenge.starts_with("SIP/2.0 401"), "{challenge}");
    if method == "INVITE" {
        ua.send(&ack(ua, uri, call_id, 1));
    }
    let auth = authorization(&challenge, "6102", "pw6102", method, uri);
    let text = request(ua, method, uri, call_id, 2, &auth);
    ua.send(&text);
    text
}

fn ack(ua: &Ua, uri: &str, call_id: &str, cseq: u32) -> String {
    let me = ua.addr();
    format!(
        "ACK {uri} SIP/2.0\r\nVia: SIP/2.0/UDP {me};branch=z9hG4bK{call_id}{cseq};rport\r\n\
         From: <sip:6102@{}>;tag=t{call_id}\r\nTo: <{uri}>\r\nCall-ID: {call_id}\r\nCSeq: {cseq} ACK\r\n\
         Max-Forwards: 70\r\nContent-Length: 0\r\n\r\n",
        ua.pbx
    )
}

/// The same request as the attacker sends it: its own Via and Contact, another Call-ID.
fn replayed(text: &str, victim: &Ua, attacker: &Ua, call_id: &str, new_call_id: &str) -> String {
    text.replace(&victim.addr().to_string(), &attacker.addr().to_string())
        .replace(call_id, new_call_id)
}

/// The provider: answers each INVITE it gets with 486; the INVITEs' request lines.
fn provider_invites(provider: &UdpSocket, wait: Duration) -> Vec<String> {
    let deadline = Instant::now() + wait;
    let mut buf = [0u8; 8192];
    let mut invites = Vec::new();
    while Instant::now() < deadline {
        let Ok((n, from)) = provider.recv_from(&mut buf) else {
            continue;
        };
        let text = String::from_utf8_lossy(&buf[..n]).to_string();
        if !text.starts_with("INVITE ") {
            continue;
        }
        invites.push(text.lines().next().unwrap_or("").to_string());
        let copy: String = text
            .lines()
            .take_while(|l| !l.is_empty())
            .filter(|l| {
                ["Via:", "From:", "To:", "Call-ID:", "CSeq:"]
                    .iter()
                    .any(|h| l.starts_with(h))
            })
            .map(|l| {
                if l.starts_with("To:") {
                    format!("{l};tag=busy\r\n")
                } else {
                    format!("{l}\r\n")
                }
            })
            .collect();
        let busy = format!("SIP/2.0 486 Busy Here\r\n{copy}Content-Length: 0\r\n\r\n");
        provider.send_to(busy.as_bytes(), from).unwrap();
    }
    invites
}

struct Office {
    pbx: Pbx,
    provider: UdpSocket,
    data: tempfile::TempDir,
}

fn office() -> Office {
    let data = tempfile::tempdir().unwrap();
    let pbx = Pbx::start_with(data.path(), &[]);
    let admin = pbx.admin();
    let provider = UdpSocket::bind("127.0.0.5:0").unwrap();
    provider
        .set_read_timeout(Some(Duration::from_millis(100)))
        .unwrap();
    let put = |kind: &str, doc: serde_json::Value| {
        let r = admin.put(&admin.url(kind), doc);
        assert_eq!(r.status, 201, "{kind}: {}", r.text());
        id_of(&r)
    };
    put(
        "resources",
        json!({"name": "carrier", "rules": [".*"], "gateways": [
            {"server": "127.0.0.5", "port": provider.local_addr().unwrap().port(), "enabled": true}]}),
    );
    let phone = put(
        "devices",
        json!({"name": "desk", "sip": {"username": "6102", "password": "pw6102"}}),
    );
    put(
        "callflows",
        json!({"numbers": ["6102"], "flow": {"module": "device", "data": {"id": phone}}}),
    );
    put(
        "callflows",
        json!({"patterns": ["^\\+?0?\\d{7,}$"], "flow": {"module": "offnet", "data": {}}}),
    );
    Office {
        pbx,
        provider,
        data,
    }
}

#[test]
fn a_replayed_invite_authorization_makes_no_call_out() {
    let o = office();
    let victim = Ua::new("127.0.0.1", o.pbx.sip);
    let uri = format!("sip:{FOREIGN}@{}", o.pbx.sip);
    let invite = authenticated(&victim, "INVITE", &uri, "victimcall");
    assert_eq!(
        provider_invites(&o.provider, Duration::from_millis(1500)).len(),
        1,
        "the phone's own call goes out"
    );
    assert!(victim.final_response().starts_with("SIP/2.0 486"));
    victim.send(&ack(&victim, &uri, "victimcall", 2));

    let attacker = Ua::new("127.0.0.3", o.pbx.sip);
    attacker.send(&replayed(
        &invite,
        &victim,
        &attacker,
        "victimcall",
        "evilcall1",
    ));
    let answer = attacker.final_response();
    assert!(
        answer.starts_with("SIP/2.0 401") && answer.contains("stale=true"),
        "{answer}"
    );
    // The same header on an INVITE to another number.
    let elsewhere = replayed(&invite, &victim, &attacker, "victimcall", "evilcall2").replacen(
        &format!("{FOREIGN}@"),
        "00442071234568@",
        1,
    );
    attacker.send(&elsewhere);
    let answer = attacker.final_response();
    assert_eq!(status_line(&answer), "SIP/2.0 400 Digest URI Mismatch");
    let reached = provider_invites(&o.provider, Duration::from_millis(1500));
    assert!(
        reached.is_empty(),
        "the replay reached the provider: {reached:?}"
    );
}

#[test]
fn a_replayed_register_authorization_binds_no_contact() {
    let o = office();
    let victim = Ua::new("127.0.0.1", o.pbx.sip);
    let uri = format!("sip:{}", o.pbx.sip);
    let register = authenticated(&victim, "REGISTER", &uri, "victimreg");
    assert_eq!(status_line(&victim.final_response()), "SIP/2.0 200 OK");

    let attacker = Ua::new("127.0.0.3", o.pbx.sip);
    attacker.send(&replayed(
        &register,
        &victim,
        &attacker,
        "victimreg",
        "evilreg",
    ));
    let answer = attacker.final_response();
    assert!(
        answer.starts_with("SIP/2.0 401") && answer.contains("stale=true"),
        "{answer}"
    );
    // The registrations the box saves (sip-registrations.json) name the phone's contact only.
    assert!(o.pbx.stop(), "clean shutdown");
    let saved = std::fs::read_to_string(o.data.path().join("sip-registrations.json")).unwrap();
    assert!(saved.contains(&victim.addr().to_string()), "{saved}");
    assert!(
        !saved.contains("127.0.0.3"),
        "the replay bound a contact: {saved}"
    );
}
