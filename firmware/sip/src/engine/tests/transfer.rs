//! Transfers with REFER: blind by the callee and by the caller, a refused target, bad
//! REFERs, an attended transfer that joins two calls' remaining parties, and what the
//! transferee hears while the new number rings (the flow's transfer ringback, else the tone).

use super::*;

const CAROL: u16 = 5003;

/// Alice calls Bob and Bob answers; returns Alice's 200 and the INVITE Bob got.
fn answered_call(w: &mut World) -> (Message, Message) {
    let invite = call_bob(w);
    respond(w, &invite, 200, &sdp(6000, ""));
    let ok = w
        .take(ALICE)
        .into_iter()
        .find(|m| m.status() == Some(200))
        .expect("Alice is answered");
    (ok, invite)
}

/// Bob's REFER in his dialog (he answered `invite`).
pub(super) fn refer_from_bob(w: &mut World, invite: &Message, refer_to: &str) {
    let from = format!("{};tag=bobtag", invite.header(HeaderName::To).unwrap());
    let to = invite.header(HeaderName::From).unwrap().to_string();
    let extra = if refer_to.is_empty() {
        String::new()
    } else {
        format!("Refer-To: {refer_to}\r\n")
    };
    let req = in_dialog(BOB, "REFER", &from, &to, invite.call_id(), &extra);
    w.send(BOB, &req);
}

/// Alice's REFER in the dialog her 200 `ok` set up.
fn refer_from_alice(w: &mut World, ok: &Message, refer_to: &str) {
    let req = in_dialog(
        ALICE,
        "REFER",
        ok.header(HeaderName::From).unwrap(),
        ok.header(HeaderName::To).unwrap(),
        ok.call_id(),
        &format!("Refer-To: {refer_to}\r\n"),
    );
    w.send(ALICE, &req);
}

/// The 202, the NOTIFY's sipfrag and whether a BYE followed, from what `port` got.
fn refer_outcome(msgs: &[Message]) -> (Option<u16>, Option<String>, bool) {
    let accepted = msgs.iter().find_map(|m| m.status());
    let notify = msgs
        .iter()
        .find(|m| m.method_str() == "NOTIFY")
        .map(|m| String::from_utf8_lossy(m.body()).trim().to_string());
    let bye = msgs.iter().any(|m| m.method_str() == "BYE");
    (accepted, notify, bye)
}

fn media_opens(w: &World) -> Vec<(u64, u16)> {
    w.flow_out
        .iter()
        .filter_map(|o| match o {
            Output::MediaOpen {
                call, relay_port, ..
            } => Some((*call, *relay_port)),
            _ => None,
        })
        .collect()
}

#[test]
fn a_blind_transfer_by_the_callee_hands_the_caller_to_the_new_number() {
    let mut w = World::new();
    let (_ok, invite) = answered_call(&mut w);
    w.flow_out.clear();

    refer_from_bob(&mut w, &invite, "<sip:500@pbx.test>");
    let to_bob = w.take(BOB);
    assert_eq!(
        refer_outcome(&to_bob),
        (Some(202), Some("SIP/2.0 200 OK".into()), true)
    );
    let notify = to_bob.iter().find(|m| m.method_str() == "NOTIFY").unwrap();
    assert_eq!(notify.header(HeaderName::Event), Some("refer"));
    assert_eq!(
        notify.header_named("Subscription-State"),
        Some("terminated;reason=noresource")
    );
    // Alice stays, now answered by the box: her audio goes to the media server.
    assert!(
        w.take(ALICE).iter().all(|m| m.method_str() != "BYE"),
        "the caller stays"
    );
    assert_eq!(media_opens(&w), vec![(1, 20_002)]);
    let remotes = w.media.lock().unwrap().remotes.clone();
    assert_eq!(
        remotes.last(),
        Some(&(7, MediaSide::B, MEDIA_SERVER.parse().unwrap()))
    );
    // Bob's leg has its record; the call goes on with 500's flow (play, then hang up).
    assert_eq!(w.cdrs.len(), 1);
    assert_eq!(w.cdrs[0]["call_direction"], "outbound");
    assert_eq!(w.cdrs[0]["call_id"], invite.call_id());
    let tag = w
        .flow_out
        .iter()
        .find_map(|o| match o {
            Output::Media { tag, .. } => Some(*tag),
            _ => None,
        })
        .expect("the new flow plays");
    w.engine.flow_event(
        w.now,
        1,
        tag,
        FlowEvent::Media(MediaEvent::Played {
            digits: String::new(),
            end: edgepbx_media::session::CollectEnd::Played,
        }),
    );
    w.collect();
    assert_eq!(w.last_to(ALICE).method_str(), "BYE");
    assert_eq!(w.cdrs.len(), 2);
    assert_eq!(w.cdrs[1]["callee_id_number"], "500");
}

#[test]
fn a_blind_transfer_by_the_caller_keeps_the_callee_on_the_relays_other_side() {
    let mut w = World::new();
    let (ok, _invite) = answered_call(&mut w);
    w.flow_out.clear();

    refer_from_alice(&mut w, &ok, "<sip:500@pbx.test>");
    assert_eq!(
        refer_outcome(&w.take(ALICE)),
        (Some(202), Some("SIP/2.0 200 OK".into()), true)
    );
    assert!(w.take(BOB).iter().all(|m| m.method_str() != "BYE"));
    // Bob talks to the relay's callee port; the media server now sits on the caller's.
    assert_eq!(media_opens(&w), vec![(1, 20_000)]);
    let remotes = w.media.lock().unwrap().remotes.clone();
    assert_eq!(
        remotes.last(),
        Some(&(7, MediaSide::A, MEDIA_SERVER.parse().unwrap()))
    );
    assert_eq!(w.cdrs.len(), 1);
    assert_eq!(w.cdrs[0]["call_direction"], "inbound");
    assert_eq!(w.cdrs[0]["call_id"], "call1");
}

#[test]
fn a_transfer_to_an_unknown_number_fails_and_the_call_goes_on() {
    let mut w = World::new();
    let (_ok, invite) = answered_call(&mut w);
    refer_from_bob(&mut w, &invite, "<sip:999@pbx.test>");
    assert_eq!(
        refer_outcome(&w.take(BOB)),
        (Some(202), Some("SIP/2.0 404 Not Found".into()), false)
    );
    assert!(w.take(ALICE).is_empty());
    assert!(w.cdrs.is_empty());
    assert_eq!(w.engine.call_count(), 1);
}

#[test]
fn bad_refers_get_400_naming_the_fault() {
    let mut w = World::new();
    let (_ok, invite) = answered_call(&mut w);
    for (refer_to, reason) in [
        ("", "Missing Refer-To"),
        ("<sip:pbx.test>", "Refer-To Without A Number"),
        ("not a uri", "Bad Refer-To"),
        (
            "<sip:6102@pbx.test?Replaces=abc%3Bto-tag%3D1>",
            "Bad Replaces In Refer-To",
        ),
    ] {
        refer_from_bob(&mut w, &invite, refer_to);
        let answer = w.last_to(BOB);
        assert_eq!(answer.status(), Some(400), "{refer_to}");
        assert_eq!(answer.reason(), reason);
        // Each REFER above reuses one branch: a new one is needed for the next.
        w.advance(6_000);
        w.take(BOB);
    }
    assert_eq!(w.engine.call_count(), 1);
}

/// Registers Carol (102) and has Alice call her; Carol answers. Returns Alice's 200.
fn alice_calls_carol(w: &mut World) -> Message {
    super::flow::register(w, "102", CAROL);

    dial_from(w, "100", ALICE, "102", "call2", &sdp(4100, ""));
    let invite = w.last_to(CAROL);
    let mut wr = Writer::response_to(&invite, 200, "OK", Some("caroltag"));
    wr.header("Contact", format_args!("<sip:102@192.0.2.10:{CAROL}>"));
    let bytes = wr.finish(Some("application/sdp"), sdp(7000, "").as_bytes());
    w.engine.handle_bytes(w.now, peer(CAROL), &bytes);
    w.collect();
    w.take(ALICE)
        .into_iter()
        .find(|m| m.status() == Some(200))
        .expect("Alice is answered by Carol")
}

#[test]
fn an_attended_transfer_joins_the_two_remaining_parties_in_a_room() {
    let mut w = World::new();
    let (ok1, _invite) = answered_call(&mut w);
    let ok2 = alice_calls_carol(&mut w);
    w.flow_out.clear();
    w.take(BOB);
    w.take(CAROL);

    let our_tag = ok2.to().and_then(|t| t.tag()).unwrap().to_string();
    let refer_to =
        format!("<sip:102@pbx.test?Replaces=call2%3Bto-tag%3D{our_tag}%3Bfrom-tag%3Dft-call2>");
    refer_from_alice(&mut w, &ok1, &refer_to);
    let to_alice = w.take(ALICE);
    assert_eq!(
        refer_outcome(&to_alice),
        (Some(202), Some("SIP/2.0 200 OK".into()), true)
    );
    assert_eq!(
        to_alice.iter().filter(|m| m.method_str() == "BYE").count(),
        2,
        "Alice leaves both calls"
    );
    // Neither listed its methods (no Allow): no identity update is tried.
    let (to_bob, to_carol) = (w.take(BOB), w.take(CAROL));
    assert!(
        to_bob.is_empty() && to_carol.is_empty(),
        "{to_bob:?} {to_carol:?}"
    );
    // Bob and Carol (both callees: the media server takes the caller's relay side) meet.
    assert_eq!(media_opens(&w), vec![(1, 20_000), (2, 20_004)]);
    let rooms = rooms(&w);
    assert_eq!(rooms.len(), 2);
    assert_eq!(rooms[0].1, rooms[1].1);
    assert_eq!(w.cdrs.len(), 2, "Alice's two legs are recorded");

    let room = rooms[0].1.clone();
    let size = |members| {
        FlowEvent::Media(MediaEvent::RoomSize {
            room: room.clone(),
            members,
        })
    };
    w.engine.flow_event(w.now, 1, 0, size(2));
    w.engine.flow_event(w.now, 2, 0, size(2));
    // Carol leaves the room (her call ended): Bob's call ends too.
    w.engine.flow_event(w.now, 1, 0, size(1));
    w.collect();
    assert_eq!(w.last_to(BOB).method_str(), "BYE");
    assert_eq!(w.engine.call_count(), 1, "Carol's call waits for her");
}

#[test]
fn a_transferee_left_on_hold_is_taken_off_hold() {
    let mut w = World::new();
    let (_ok, invite) = answered_call(&mut w);
    // Bob puts Alice on hold, as phones do before a transfer.
    let from = format!("{};tag=bobtag", invite.header(HeaderName::To).unwrap());
    let to = invite.header(HeaderName::From).unwrap().to_string();
    let hold = sdp(6000, "a=sendonly\r\n");
    let reinvite = in_dialog(BOB, "INVITE", &from, &to, invite.call_id(), "").replace(
        "Content-Length: 0\r\n\r\n",
        &format!(
            "Content-Type: application/sdp\r\nContent-Length: {}\r\n\r\n{hold}",
            hold.len()
        ),
    );
    w.send(BOB, &reinvite);
    let to_alice = w.last_to(ALICE);
    assert_eq!(to_alice.method_str(), "INVITE");
    let mut ok = Writer::response_to(&to_alice, 200, "OK", None);
    ok.header("Contact", format_args!("<sip:100@192.0.2.10:{ALICE}>"));
    let bytes = ok.finish(
        Some("application/sdp"),
        sdp(4000, "a=recvonly\r\n").as_bytes(),
    );
    w.engine.handle_bytes(w.now, peer(ALICE), &bytes);
    w.collect();
    w.take(BOB);

    refer_from_bob(&mut w, &invite, "<sip:500@pbx.test>");
    let unhold = w.last_to(ALICE);
    assert_eq!(unhold.method_str(), "INVITE");
    let body = String::from_utf8_lossy(unhold.body()).to_string();
    assert!(body.contains("m=audio 20000 RTP/AVP 0 101"), "{body}");
    assert!(body.contains("a=sendrecv"), "{body}");
    let mut ok = Writer::response_to(&unhold, 200, "OK", None);
    ok.header("Contact", format_args!("<sip:100@192.0.2.10:{ALICE}>"));
    let bytes = ok.finish(Some("application/sdp"), sdp(4000, "").as_bytes());
    w.engine.handle_bytes(w.now, peer(ALICE), &bytes);
    w.collect();
    assert_eq!(w.last_to(ALICE).method_str(), "ACK");
}

/// Carol (102, registered at `CAROL`) answers the INVITE she got last.
fn carol_answers(w: &mut World) {
    let invite = w.last_to(CAROL);
    assert_eq!(invite.method_str(), "INVITE");
    let mut wr = Writer::response_to(&invite, 200, "OK", Some("caroltag"));
    wr.header("Contact", format_args!("<sip:102@192.0.2.10:{CAROL}>"));
    let bytes = wr.finish(Some("application/sdp"), sdp(7000, "").as_bytes());
    w.engine.handle_bytes(w.now, peer(CAROL), &bytes);
    w.collect();
}

/// Alice calls Bob, whose 200 lists `allow`; Alice transfers Bob (blind) to Carol, who
/// answers. Returns what Bob got after the REFER.
fn bob_transferred_to_carol(w: &mut World, allow: Option<&str>) -> Vec<Message> {
    let invite = call_bob(w);
    let mut wr = Writer::response_to(&invite, 200, "OK", Some("bobtag"));
    wr.header("Contact", format_args!("<sip:101@192.0.2.10:{BOB}>"));
    if let Some(allow) = allow {
        wr.header("Allow", allow);
    }
    let bytes = wr.finish(Some("application/sdp"), sdp(6000, "").as_bytes());
    w.engine.handle_bytes(w.now, peer(BOB), &bytes);
    w.collect();
    let ok = w
        .take(ALICE)
        .into_iter()
        .find(|m| m.status() == Some(200))
        .expect("Alice is answered");
    super::flow::register(w, "102", CAROL);
    refer_from_alice(w, &ok, "<sip:102@pbx.test>");
    w.take(BOB);
    carol_answers(w);
    w.take(BOB)
}

#[test]
fn after_a_blind_transfer_the_transferee_is_shown_who_answered() {
    let mut w = World::new();
    // Bob lists INVITE but not UPDATE: a re-INVITE with the same media and Carol's identity.
    let to_bob = bob_transferred_to_carol(&mut w, Some("INVITE, ACK, BYE, CANCEL, REFER"));
    let reinvite = to_bob
        .iter()
        .find(|m| m.method_str() == "INVITE")
        .unwrap_or_else(|| panic!("no identity re-INVITE: {to_bob:?}"));
    assert_eq!(
        reinvite.header_named("P-Asserted-Identity"),
        Some(format!("\"Phone 102\" <sip:102@{REALM}>").as_str())
    );
    assert!(
        reinvite.header_named("Remote-Party-ID").is_some_and(|v| v
            .starts_with("\"Phone 102\" <sip:102@")
            && v.contains("party=calling")),
        "{reinvite:?}"
    );
    let offer = crate::sdp::Sdp::parse(reinvite.body()).unwrap();
    assert!(offer.audio().is_some_and(|a| a.port != 0));
    // A party that lists no methods is left alone.
    let mut w = World::new();
    let to_bob = bob_transferred_to_carol(&mut w, None);
    assert!(to_bob.is_empty(), "{to_bob:?}");
}

#[test]
fn a_transferee_that_allows_update_gets_an_update_without_media() {
    let mut w = World::new();
    let to_bob = bob_transferred_to_carol(&mut w, Some("INVITE, ACK, BYE, CANCEL, UPDATE, REFER"));
    let update = to_bob
        .iter()
        .find(|m| m.method_str() == "UPDATE")
        .unwrap_or_else(|| panic!("no UPDATE: {to_bob:?}"));
    assert!(update.body().is_empty());
    assert_eq!(
        update.header_named("P-Asserted-Identity"),
        Some(format!("\"Phone 102\" <sip:102@{REALM}>").as_str())
    );
    assert!(
        to_bob.iter().all(|m| m.method_str() != "INVITE"),
        "{to_bob:?}"
    );
}

/// What the caller's terminated leg was last told to play.
fn last_played(w: &World) -> Vec<PlayItem> {
    w.flow_out
        .iter()
        .rev()
        .find_map(|o| match o {
            Output::Media {
                command: MediaCommand::Play { items, .. },
                ..
            } => Some(items.clone()),
            _ => None,
        })
        .expect("something played to the transferee")
}

/// Bob, having answered `invite`, transfers Alice (blind) to Carol, who rings.
fn bob_sends_alice_to_carol(w: &mut World, invite: &Message) {
    super::flow::register(w, "102", CAROL);
    w.flow_out.clear();
    refer_from_bob(w, invite, "<sip:102@pbx.test>");
    assert_eq!(w.last_to(CAROL).method_str(), "INVITE", "Carol rings");
}

#[test]
fn a_transferee_hears_the_transfer_ringback_of_the_flow_it_came_through() {
    let mut w = World::new();
    super::flow::register_bob(&mut w);
    super::flow::dial(&mut w, "516");
    let invite = w.last_to(BOB);
    respond(&mut w, &invite, 200, &sdp(6000, ""));
    assert_eq!(w.last_to(ALICE).status(), Some(200));
    // Carol's flow (ring 102) has no transfer ringback of its own: the call keeps 516's.
    bob_sends_alice_to_carol(&mut w, &invite);
    assert_eq!(
        last_played(&w),
        vec![PlayItem::Audio(super::flow::TRANSFER_MEDIA.into())]
    );
}

#[test]
fn without_transfer_ringback_a_transferee_hears_the_ringback_tone() {
    let mut w = World::new();
    let (_ok, invite) = answered_call(&mut w);
    bob_sends_alice_to_carol(&mut w, &invite);
    assert!(
        matches!(&last_played(&w)[..], [PlayItem::Tone { .. }]),
        "{:?}",
        last_played(&w)
    );
}
