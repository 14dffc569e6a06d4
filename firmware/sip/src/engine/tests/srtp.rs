//! SRTP with SDES keys per side: an SRTP phone calling a plain one and the other way round,
//! each side with its own key at the relay; re-INVITEs keep the keys; 488 with a reason for
//! what the box cannot do (DTLS-SRTP, unknown suites, plain RTP from a device that enforces).

use super::*;
use crate::sdes::{SdesKey, SdesSuite, SrtpPolicy};
use crate::sdp::Sdp;

const PHONE_KEY: &str = "inline:QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVoxMjM0";

fn set_policy(device: &'static str, policy: SrtpPolicy) {
    SRTP_POLICIES.with_borrow_mut(|p| p.push((device, policy)));
}

fn srtp_sdp(port: u16, lines: &str) -> String {
    sdp(port, lines).replace("RTP/AVP", "RTP/SAVP")
}

fn audio_of(msg: &Message) -> crate::sdp::Media {
    Sdp::parse(msg.body()).unwrap().audio().unwrap().clone()
}

fn srtp_calls(w: &World) -> Vec<(MediaSide, Option<SrtpLegKeys>)> {
    w.media
        .lock()
        .unwrap()
        .srtp
        .iter()
        .map(|(_, side, keys)| (*side, *keys))
        .collect()
}

#[test]
fn an_srtp_caller_gets_its_own_key_and_a_plain_callee_plain_rtp() {
    let mut w = World::new();
    let offer = srtp_sdp(
        4000,
        &format!("a=crypto:5 AES_CM_128_HMAC_SHA1_32 {PHONE_KEY}\r\n"),
    );
    let invite = call_bob_offering(&mut w, &offer);
    // Bob (plain) gets RTP/AVP without keys.
    let to_bob = audio_of(&invite);
    assert_eq!(to_bob.proto, "RTP/AVP");
    assert!(to_bob.crypto.is_empty());
    respond(&mut w, &invite, 200, &sdp(6000, ""));
    let ok = w.last_to(ALICE);
    assert_eq!(ok.status(), Some(200));
    let to_alice = audio_of(&ok);
    assert_eq!(to_alice.proto, "RTP/SAVP");
    assert_eq!(to_alice.crypto.len(), 1);
    let ours = SdesKey::from_crypto(&to_alice.crypto[0]).unwrap();
    assert_eq!((ours.tag, ours.suite), (5, SdesSuite::AesCm128HmacSha1_32));
    let calls = srtp_calls(&w);
    let (side, keys) = calls.iter().find(|(s, _)| *s == MediaSide::A).unwrap();
    let keys = keys.expect("side A is SRTP");
    assert_eq!(*side, MediaSide::A);
    assert_eq!(keys.remote, *b"ABCDEFGHIJKLMNOPQRSTUVWXYZ1234");
    assert_eq!(keys.local, ours.key);
    assert_ne!(keys.local, keys.remote);
    assert!(
        calls.iter().all(|(s, k)| *s == MediaSide::A || k.is_none()),
        "{calls:?}"
    );
}

#[test]
fn a_callee_that_asks_for_srtp_is_offered_both_suites_and_keyed_by_its_answer() {
    let mut w = World::new();
    set_policy("d101", SrtpPolicy::Offer);
    let invite = call_bob(&mut w);
    let to_bob = audio_of(&invite);
    assert_eq!(to_bob.proto, "RTP/SAVP");
    let offered: Vec<SdesKey> = to_bob
        .crypto
        .iter()
        .filter_map(SdesKey::from_crypto)
        .collect();
    assert_eq!(
        offered.iter().map(|k| (k.tag, k.suite)).collect::<Vec<_>>(),
        [
            (1, SdesSuite::AesCm128HmacSha1_80),
            (2, SdesSuite::AesCm128HmacSha1_32)
        ]
    );
    assert_ne!(offered[0].key, offered[1].key);
    let answer = srtp_sdp(
        6000,
        &format!("a=crypto:2 AES_CM_128_HMAC_SHA1_32 {PHONE_KEY}\r\n"),
    );
    respond(&mut w, &invite, 200, &answer);
    let ok = w.last_to(ALICE);
    // Alice offered plain RTP: she gets plain RTP.
    let to_alice = audio_of(&ok);
    assert_eq!(
        (to_alice.proto.as_str(), to_alice.crypto.len()),
        ("RTP/AVP", 0)
    );
    let keys = srtp_calls(&w)
        .into_iter()
        .rev()
        .find(|(s, _)| *s == MediaSide::B)
        .and_then(|(_, k)| k)
        .expect("side B is SRTP");
    assert_eq!(keys.local, offered[1].key);
    assert_eq!(keys.remote, *b"ABCDEFGHIJKLMNOPQRSTUVWXYZ1234");

    // A hold re-INVITE from Alice reaches Bob with the same key, and the relay keeps it.
    let before = srtp_calls(&w).len();
    let ack_to = ok.header(HeaderName::To).unwrap().to_string();
    let from = ok.header(HeaderName::From).unwrap().to_string();
    let reinvite = in_dialog(ALICE, "INVITE", &from, &ack_to, ok.call_id(), "")
        .replace("CSeq: 10 ", "CSeq: 3 ");
    let body = sdp(4000, "a=sendonly\r\n");
    let reinvite = reinvite.replace(
        "Content-Length: 0\r\n\r\n",
        &format!(
            "Content-Type: application/sdp\r\nContent-Length: {}\r\n\r\n{body}",
            body.len()
        ),
    );
    w.send(ALICE, &reinvite);
    let to_bob = w.last_to(BOB);
    assert_eq!(to_bob.method_str(), "INVITE");
    let re = audio_of(&to_bob);
    assert_eq!(re.proto, "RTP/SAVP");
    assert_eq!(re.crypto.len(), 1);
    assert_eq!(
        SdesKey::from_crypto(&re.crypto[0]).unwrap().key,
        offered[1].key
    );
    respond(&mut w, &to_bob, 200, &answer);
    let after: Vec<_> = srtp_calls(&w).into_iter().skip(before).collect();
    assert!(
        after
            .iter()
            .all(|(s, k)| *s != MediaSide::B || *k == Some(keys)),
        "{after:?}"
    );
}

#[test]
fn a_callee_that_enforces_srtp_and_answers_plain_ends_the_call() {
    let mut w = World::new();
    set_policy("d101", SrtpPolicy::Require);
    let invite = call_bob(&mut w);
    respond(&mut w, &invite, 200, &sdp(6000, ""));
    let to_alice = w.take(ALICE);
    assert!(
        to_alice.iter().all(|m| m.status() != Some(200)),
        "{to_alice:?}"
    );
    assert!(
        to_alice.iter().any(|m| m.status() == Some(488)),
        "{to_alice:?}"
    );
}

#[test]
fn offers_the_box_cannot_take_get_488_with_the_reason() {
    let dtls = sdp(4000, "a=fingerprint:sha-256 AB:CD\r\na=setup:actpass\r\n")
        .replace("RTP/AVP", "UDP/TLS/RTP/SAVPF");
    let gcm = srtp_sdp(
        4000,
        &format!("a=crypto:1 AEAD_AES_256_GCM {PHONE_KEY}\r\n"),
    );
    let keyless = srtp_sdp(4000, "");
    for (offer, reason) in [
        (dtls, "DTLS-SRTP Not Supported"),
        (gcm, "No Supported SRTP Crypto Suite"),
        (keyless, "SRTP Without SDES Keys"),
    ] {
        let mut w = World::new();
        register_bob(&mut w);
        let answer = authenticated_invite(&mut w, &offer);
        assert_eq!(answer.status(), Some(488), "{reason}");
        assert_eq!(answer.reason(), reason);
        assert!(w.take(BOB).is_empty());
    }
    // A device that enforces SRTP may not call with plain RTP.
    let mut w = World::new();
    set_policy("d100", SrtpPolicy::Require);
    register_bob(&mut w);
    let answer = authenticated_invite(&mut w, &sdp(4000, ""));
    assert_eq!(
        (answer.status(), answer.reason()),
        (Some(488), "SRTP Required")
    );
}

/// Alice's INVITE to Bob with `offer`, through the challenge; the box's final answer.
fn authenticated_invite(w: &mut World, offer: &str) -> Message {
    let uri = format!("sip:101@{REALM}");
    w.send(
        ALICE,
        &request("INVITE", &uri, "100", "call1", 1, "i1", ALICE, "", offer),
    );
    let challenge = w.last_to(ALICE);
    w.send(
        ALICE,
        &request("ACK", &uri, "100", "call1", 1, "i1", ALICE, "", ""),
    );
    let auth = answer_challenge(&challenge, "100", "INVITE", &uri);
    w.send(
        ALICE,
        &request("INVITE", &uri, "100", "call1", 2, "i2", ALICE, &auth, offer),
    );
    w.last_to(ALICE)
}
