//! Offers and answers outside the usual INVITE/200 pair: a new call without SDP (the box
//! offers in its 2xx and takes the answer from the ACK); re-INVITEs in an answered call
//! (RFC 3261 §14): a delayed offer from Bob (no SDP) gets Alice's offer in the 2xx and Bob's
//! answer in the ACK passed on to her; overlapping re-INVITEs get 500 with Retry-After (same
//! side) or 491 (other side); a Retry-After in an answer is passed on.

use super::*;

/// Alice calls Bob and Bob answers: Alice's 200 and the INVITE Bob got (his dialog is its
/// To with "bobtag").
pub(super) fn answered(w: &mut World) -> (Message, Message) {
    let invite = call_bob(w);
    respond(w, &invite, 200, &sdp(6000, ""));
    let ok = w.last_to(ALICE);
    w.take(BOB);
    (ok, invite)
}

/// A request from Bob in his dialog, with `body` as SDP when not empty and CSeq `cseq`.
pub(super) fn from_bob(invite: &Message, method: &str, cseq: u32, body: &str) -> String {
    let from = format!("{};tag=bobtag", invite.header(HeaderName::To).unwrap());
    let to = invite.header(HeaderName::From).unwrap().to_string();
    let text = in_dialog(BOB, method, &from, &to, invite.call_id(), "")
        .replace("CSeq: 10 ", &format!("CSeq: {cseq} "))
        .replace(
            &format!("branch=z9hG4bK{method}"),
            &format!("branch=z9hG4bK{method}{cseq}"),
        );
    if body.is_empty() {
        return text;
    }
    text.replace(
        "Content-Length: 0\r\n\r\n",
        &format!(
            "Content-Type: application/sdp\r\nContent-Length: {}\r\n\r\n{body}",
            body.len()
        ),
    )
}

/// Alice (the caller) answers `request` with `code`, an SDP `body` and extra headers.
pub(super) fn alice_answers(
    w: &mut World,
    request: &Message,
    code: u16,
    body: &str,
    extra: &[(&str, &str)],
) {
    let mut ok = Writer::response_to(request, code, reason_phrase(code), None);
    ok.header("Contact", format_args!("<sip:100@192.0.2.10:{ALICE}>"));
    for (name, value) in extra {
        ok.header(name, value);
    }
    let bytes = if body.is_empty() {
        ok.finish_empty()
    } else {
        ok.finish(Some("application/sdp"), body.as_bytes())
    };
    w.engine.handle_bytes(w.now, peer(ALICE), &bytes);
    w.collect();
}

#[test]
fn a_delayed_offer_reinvite_gets_its_answer_passed_on_in_the_ack() {
    let mut w = World::new();
    let (_, invite) = answered(&mut w);
    w.send(BOB, &from_bob(&invite, "INVITE", 2, ""));
    let to_alice = w.last_to(ALICE);
    assert_eq!(to_alice.method_str(), "INVITE");
    assert!(to_alice.body().is_empty(), "the delayed offer stays one");
    alice_answers(&mut w, &to_alice, 200, &sdp(4000, ""), &[]);
    assert!(
        w.take(ALICE).iter().all(|m| m.method_str() != "ACK"),
        "no ACK before Bob's answer"
    );
    let offer = w.last_to(BOB);
    assert_eq!(offer.status(), Some(200));
    assert!(String::from_utf8_lossy(offer.body()).contains("m=audio 20002 "));
    w.send(BOB, &from_bob(&invite, "ACK", 2, &sdp(6100, "")));
    let ack = w.last_to(ALICE);
    assert_eq!(ack.method_str(), "ACK");
    assert_eq!(
        ack.cseq().map(|c| c.number),
        to_alice.cseq().map(|c| c.number)
    );
    let body = String::from_utf8_lossy(ack.body()).to_string();
    assert!(
        body.contains("m=audio 20000 "),
        "the answer, at the relay: {body}"
    );
    let remotes = w.media.lock().unwrap().remotes.clone();
    assert!(
        remotes.iter().any(|(_, _, a)| a.port() == 6100),
        "the relay sends Bob's audio to his new port: {remotes:?}"
    );
}

#[test]
fn overlapping_reinvites_get_500_with_retry_after_or_491() {
    let mut w = World::new();
    let (ok, invite) = answered(&mut w);
    w.send(
        BOB,
        &from_bob(&invite, "INVITE", 2, &sdp(6000, "a=sendonly\r\n")),
    );
    let pending = w.last_to(ALICE);
    assert_eq!(pending.method_str(), "INVITE");
    // Bob again before his first is answered: 500 with a Retry-After of 0..=10 s.
    w.send(BOB, &from_bob(&invite, "INVITE", 3, &sdp(6000, "")));
    let refused = w.last_to(BOB);
    assert_eq!(refused.status(), Some(500));
    let retry: u32 = refused
        .header_named("Retry-After")
        .expect("Retry-After")
        .trim()
        .parse()
        .unwrap();
    assert!(retry <= 10);
    assert!(w.take(ALICE).is_empty(), "nothing passed on");
    // Alice answers 503 with a Retry-After of her own: Bob gets it.
    alice_answers(&mut w, &pending, 503, "", &[("Retry-After", "5")]);
    let answer = w.last_to(BOB);
    assert_eq!(answer.status(), Some(503));
    assert_eq!(answer.header_named("Retry-After").map(str::trim), Some("5"));
    // Now one passes again; while it is pending, Alice's own re-INVITE gets 491.
    w.send(BOB, &from_bob(&invite, "INVITE", 4, &sdp(6000, "")));
    assert_eq!(w.last_to(ALICE).method_str(), "INVITE");
    let to_tag = ok.to().unwrap().tag().unwrap().to_string();
    let uri = format!("sip:101@{REALM}");
    let alice_reinvite = request(
        "INVITE",
        &uri,
        "100",
        ok.call_id(),
        5,
        "h5",
        ALICE,
        "",
        &sdp(4000, ""),
    )
    .replace(
        &format!("To: <{uri}>"),
        &format!("To: <{uri}>;tag={to_tag}"),
    );
    w.send(ALICE, &alice_reinvite);
    assert_eq!(w.last_to(ALICE).status(), Some(491));
}

#[test]
fn a_new_call_without_sdp_gets_the_offer_in_the_2xx_and_the_answer_from_the_ack() {
    let mut w = World::new();
    let invite = call_bob_offering(&mut w, "");
    let to_bob = String::from_utf8_lossy(invite.body()).to_string();
    assert!(
        to_bob.contains("m=audio 20002 "),
        "Bob gets an offer: {to_bob}"
    );
    respond(&mut w, &invite, 180, "");
    respond(&mut w, &invite, 183, &sdp(6000, ""));
    let early: Vec<_> = w.take(ALICE);
    assert!(
        early.iter().all(|m| m.body().is_empty()),
        "no SDP to a caller that has not offered before the 2xx"
    );
    respond(&mut w, &invite, 200, &sdp(6000, ""));
    let ok = w.last_to(ALICE);
    assert_eq!(ok.status(), Some(200));
    let offer = String::from_utf8_lossy(ok.body()).to_string();
    assert!(offer.contains("m=audio 20000 RTP/AVP 0 101"), "{offer}");
    let before = w.media.lock().unwrap().remotes.len();
    let to_tag = ok.to().unwrap().tag().unwrap().to_string();
    let uri = format!("sip:101@{REALM}");
    let ack = request(
        "ACK",
        &uri,
        "100",
        "call1",
        2,
        "a2",
        ALICE,
        "",
        &sdp(4100, ""),
    )
    .replace(
        &format!("To: <{uri}>"),
        &format!("To: <{uri}>;tag={to_tag}"),
    );
    w.send(ALICE, &ack);
    let remotes = w.media.lock().unwrap().remotes.clone();
    assert!(
        remotes[before..]
            .iter()
            .any(|(_, side, a)| *side == MediaSide::A && a.port() == 4100),
        "the relay sends Alice's audio to the answer's port: {remotes:?}"
    );
    assert_eq!(w.engine.call_count(), 1);
}
