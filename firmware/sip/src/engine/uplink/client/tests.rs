//! The registration client in virtual time: challenge, refresh timing, backoff, failover,
//! unregistration.

use super::*;
use crate::auth::{Credentials, DigestAuth, Verdict};

const A: &str = "192.0.2.10:5060";
const B: &str = "192.0.2.11:5060";

fn wanted(targets: &[&str]) -> Wanted {
    Wanted {
        account: "acc".into(),
        resource_id: "res".into(),
        gateway: 0,
        registrar_uri: "sip:provider.example".into(),
        aor_domain: "provider.example".into(),
        username: "+14155550100".into(),
        auth_username: "u100".into(),
        password: "secret".into(),
        contact_user: "gwtoken".into(),
        expires: 3600,
        transport: Transport::Udp,
        targets: targets.iter().map(|t| t.parse().unwrap()).collect(),
        sources: Vec::new(),
    }
}

fn at(secs: u64) -> Now {
    Now {
        mono: secs * 1000,
        unix: 1_700_000_000 + secs,
    }
}

fn response(code: u16, reason: &str, extra: &str) -> Message {
    let text = format!(
        "SIP/2.0 {code} {reason}\r\nVia: SIP/2.0/UDP 127.0.0.1;branch=z9hG4bKx\r\nFrom: <sip:a@b>;tag=1\r\n\
To: <sip:a@b>;tag=2\r\nCall-ID: c\r\nCSeq: 1 REGISTER\r\n{extra}Content-Length: 0\r\n\r\n"
    );
    crate::message::parse(text.as_bytes()).unwrap()
}

fn challenge(auth: &mut DigestAuth, algorithm: crate::auth::Algorithm) -> Message {
    let value = auth.challenges("provider.example", at(0).unix, false, &[algorithm]);
    response(
        401,
        "Unauthorized",
        &format!("WWW-Authenticate: {}\r\n", value[0]),
    )
}

fn ok(expires: u32) -> Message {
    response(
        200,
        "OK",
        &format!("Contact: <sip:gwtoken@198.51.100.1:5060>;expires={expires}\r\n"),
    )
}

#[test]
fn answers_the_challenge_with_md5_and_sha256_and_refreshes_before_expiry() {
    for algorithm in [crate::auth::Algorithm::Md5, crate::auth::Algorithm::Sha256] {
        let mut auth = DigestAuth::new([3; 32]);
        let mut c = RegClient::new(wanted(&[A]), "cid".into(), "tag".into(), 0);
        let first = c.poll(at(0)).expect("registers at once");
        assert_eq!(
            (first.to, first.cseq, first.expires),
            (A.parse().unwrap(), 1, 3600)
        );
        assert!(first.authorization.is_none());
        assert_eq!(c.poll(at(0)), None, "one REGISTER at a time");
        let second = c
            .on_response(at(0), &challenge(&mut auth, algorithm), "cn")
            .expect("answers the challenge");
        assert_eq!(second.cseq, 2);
        let (name, value) = second.authorization.unwrap();
        assert_eq!(name, "Authorization");
        let creds = Credentials::parse(&value).unwrap();
        assert_eq!(creds.username, "u100");
        assert_eq!(creds.uri, "sip:provider.example");
        assert_eq!(
            auth.verify(
                &crate::auth::Request {
                    method: "REGISTER",
                    uri: &creds.uri,
                    realm: "provider.example",
                    password: "secret",
                },
                &creds,
                at(1).unix
            ),
            Verdict::Ok,
            "{algorithm:?}"
        );
        assert_eq!(c.on_response(at(1), &ok(600), "cn"), None);
        assert_eq!(c.status().state, State::Registered);
        assert_eq!(c.status().expires_unix, Some(at(601).unix));
        // 600 s granted: refreshed after 480 s (2 minutes before the end).
        assert_eq!(c.next_timeout(), Some(481_000));
        assert_eq!(c.poll(at(480)), None);
        let refresh = c.poll(at(481)).expect("refresh");
        assert_eq!(refresh.cseq, 3);
        // A short expiry refreshes at half of it.
        assert_eq!(c.on_response(at(481), &ok(60), "cn"), None);
        assert_eq!(c.next_timeout(), Some(511_000));
    }
}

#[test]
fn a_second_challenge_is_a_failure_with_the_reason_and_backoff_doubles_to_a_bound() {
    let mut auth = DigestAuth::new([3; 32]);
    let mut c = RegClient::new(wanted(&[A]), "cid".into(), "tag".into(), 0);
    let mut t = 0;
    let mut delays = Vec::new();
    for _ in 0..7 {
        c.poll(at(t)).expect("attempt");
        c.on_response(
            at(t),
            &challenge(&mut auth, crate::auth::Algorithm::Md5),
            "cn",
        )
        .expect("answered");
        assert_eq!(
            c.on_response(at(t), &response(403, "Forbidden", ""), "cn"),
            None
        );
        assert_eq!(c.status().state, State::Failed);
        assert_eq!(c.status().last_error, Some((403, "Forbidden".into())));
        assert_eq!(c.status().down_since_unix, Some(at(0).unix));
        let next = c.next_timeout().unwrap();
        delays.push(next / 1000 - t);
        t = next / 1000;
    }
    assert_eq!(delays, [30, 60, 120, 240, 480, 600, 600]);
    // A challenge answered wrongly twice is a failure too.
    c.poll(at(t)).unwrap();
    let challenge = challenge(&mut auth, crate::auth::Algorithm::Md5);
    c.on_response(at(t), &challenge, "cn").unwrap();
    assert_eq!(c.on_response(at(t), &challenge, "cn"), None);
    assert_eq!(c.status().last_error.as_ref().unwrap().0, 401);
}

#[test]
fn a_timeout_fails_over_to_the_next_server_then_backs_off_and_success_resets() {
    let mut c = RegClient::new(wanted(&[A, B]), "cid".into(), "tag".into(), 0);
    assert_eq!(c.poll(at(0)).unwrap().to, A.parse().unwrap());
    c.on_timeout(at(32));
    assert_eq!(
        c.status().last_error,
        Some((408, "Request Timeout (no answer)".into()))
    );
    // The second server at once.
    assert_eq!(c.poll(at(32)).unwrap().to, B.parse().unwrap());
    c.on_timeout(at(64));
    // Both failed: back off, then start again from the first.
    assert_eq!(c.next_timeout(), Some(94_000));
    assert_eq!(c.poll(at(94)).unwrap().to, A.parse().unwrap());
    c.on_response(at(94), &response(503, "Service Unavailable", ""), "cn");
    assert_eq!(c.poll(at(94)).unwrap().to, B.parse().unwrap());
    c.on_response(at(95), &ok(3600), "cn");
    assert_eq!(c.status().state, State::Registered);
    assert_eq!(c.status().server, Some(B.parse().unwrap()));
    assert_eq!(c.status().down_since_unix, None);
    // Refreshes go to the server that answered.
    assert_eq!(c.poll(at(95 + 3480)).unwrap().to, B.parse().unwrap());
}

#[test]
fn interval_too_brief_retries_with_the_registrars_minimum() {
    let mut c = RegClient::new(wanted(&[A]), "cid".into(), "tag".into(), 0);
    c.poll(at(0)).unwrap();
    let again = c
        .on_response(
            at(0),
            &response(423, "Interval Too Brief", "Min-Expires: 7200\r\n"),
            "cn",
        )
        .unwrap();
    assert_eq!(again.expires, 7200);
    // A minimum beyond a day is not followed.
    let mut c = RegClient::new(wanted(&[A]), "cid".into(), "tag".into(), 0);
    c.poll(at(0)).unwrap();
    let brief = response(423, "Interval Too Brief", "Min-Expires: 999999\r\n");
    assert_eq!(c.on_response(at(0), &brief, "cn"), None);
    assert_eq!(c.status().state, State::Failed);
}

#[test]
fn leaving_unregisters_with_expires_zero_and_finishes_on_the_answer() {
    let mut c = RegClient::new(wanted(&[A]), "cid".into(), "tag".into(), 0);
    c.poll(at(0)).unwrap();
    c.on_response(at(0), &ok(3600), "cn");
    c.leave(10_000);
    let bye = c.poll(at(10)).expect("unregister");
    assert_eq!((bye.expires, bye.cseq), (0, 2));
    assert!(!c.finished());
    c.on_response(at(10), &ok(0), "cn");
    assert!(c.finished());
    assert_eq!(c.next_timeout(), None);
    // Never registered: nothing to undo.
    let mut c = RegClient::new(wanted(&[A]), "cid".into(), "tag".into(), 0);
    c.leave(0);
    assert!(c.finished());
}

#[test]
fn an_unresolved_server_waits_for_addresses_without_sending() {
    let mut c = RegClient::new(wanted(&[]), "cid".into(), "tag".into(), 0);
    assert_eq!(c.poll(at(0)), None);
    assert_eq!(c.status().state, State::Failed);
    assert_eq!(
        c.status().down_since_unix,
        Some(at(0).unix),
        "down, for the trunk alert"
    );
    assert_eq!(c.next_timeout(), Some(5_000));
    assert_eq!(c.poll(at(5)), None);
    assert_eq!(
        c.status().down_since_unix,
        Some(at(0).unix),
        "since the first"
    );
    c.set_addresses(&wanted(&[A]), 1_000);
    assert_eq!(c.poll(at(1)).unwrap().to, A.parse().unwrap());
}

#[test]
fn leaving_while_a_register_is_on_its_way_unregisters_once_it_succeeds() {
    let mut c = RegClient::new(wanted(&[A]), "cid".into(), "tag".into(), 0);
    c.poll(at(0)).unwrap();
    c.leave(0);
    assert!(!c.finished());
    c.on_response(at(1), &ok(3600), "cn");
    let bye = c.poll(at(1)).expect("unregister");
    assert_eq!(bye.expires, 0);
    c.on_response(at(1), &ok(0), "cn");
    assert!(c.finished());
}
