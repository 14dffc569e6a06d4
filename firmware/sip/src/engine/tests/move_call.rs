//! Moving an answered call to another of the user's phones (KAZOO `move`): Carol's phone
//! stands in for the user's other phone, and flow 520 asks to move the call Bob's phone
//! (d101) is in, 522 the one Alice's (d100) is in, 521 a call of Carol's own phone (the
//! mover's own call is never taken).

use super::reinvite::{alice_answers, answered, from_bob};
use super::*;

const CAROL: u16 = 5003;

/// Carol dials `number` (a move flow); returns what she got back.
fn carol_dials(w: &mut World, number: &str, call_id: &str) -> Vec<Message> {
    dial_from(w, "102", CAROL, number, call_id, &sdp(4200, ""));
    w.take(CAROL)
}

fn answered_by_box(msgs: &[Message]) -> bool {
    msgs.iter().any(|m| m.status() == Some(200))
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
fn an_answered_call_moves_to_the_users_other_phone() {
    let mut w = World::new();
    let (_ok, _invite) = answered(&mut w);
    w.flow_out.clear();
    let remotes_before = w.media.lock().unwrap().remotes.len();

    let to_carol = carol_dials(&mut w, "520", "move1");
    assert!(answered_by_box(&to_carol), "{to_carol:?}");
    let to_bob = w.take(BOB);
    assert!(
        to_bob.iter().any(|m| m.method_str() == "BYE"),
        "the phone the call moved from is hung up: {to_bob:?}"
    );
    assert!(
        w.take(ALICE).is_empty(),
        "Alice keeps her dialog: nothing is sent to her"
    );
    // Alice's relay port stays hers (20000); its far side (Bob's, 20002) now goes to the
    // media server, which joins her with Carol's call in one room.
    let opens = media_opens(&w);
    assert!(opens.contains(&(1, 20_002)), "{opens:?}");
    let remotes = w.media.lock().unwrap().remotes.clone();
    assert!(
        remotes[remotes_before..].contains(&(7, MediaSide::B, MEDIA_SERVER.parse().unwrap())),
        "{remotes:?}"
    );
    assert!(
        !remotes[remotes_before..]
            .iter()
            .any(|(id, side, _)| *id == 7 && *side == MediaSide::A),
        "Alice's side of the relay is not touched: {remotes:?}"
    );
    let rooms = rooms(&w);
    assert_eq!(rooms.len(), 2, "{:?}", w.flow_out);
    assert_ne!(rooms[0].0, rooms[1].0);
    assert_eq!(rooms[0].1, rooms[1].1);
    assert_eq!(w.engine.call_count(), 2);

    // Bob's leg's record shows the move.
    let moved = w
        .cdrs
        .iter()
        .find(|c| c["authorizing_id"] == "d101")
        .expect("the moved leg's record");
    assert_eq!(moved["hangup_cause"], call::MOVED_CAUSE);
    assert_eq!(moved["custom_channel_vars"]["moved_to_device_id"], "d102");
    assert_eq!(moved["other_leg_call_id"], "call1");
    assert_eq!(moved["disposition"], "ANSWER");
}

#[test]
fn a_call_the_user_placed_moves_and_the_callee_stays() {
    let mut w = World::new();
    let (ok, _invite) = answered(&mut w);
    w.flow_out.clear();
    let to_carol = carol_dials(&mut w, "522", "move6");
    assert!(answered_by_box(&to_carol), "{to_carol:?}");
    let bye = w.last_to(ALICE);
    assert_eq!(bye.method_str(), "BYE");
    assert_eq!(bye.call_id(), ok.call_id(), "in Alice's own dialog");
    assert!(w.take(BOB).is_empty(), "Bob keeps his dialog");
    // Bob's relay side (B, 20002) stays his; Alice's (A, 20000) goes to the media server.
    assert!(media_opens(&w).contains(&(1, 20_000)), "{:?}", w.flow_out);
    let moved = w
        .cdrs
        .iter()
        .find(|c| c["authorizing_id"] == "d100")
        .expect("the moved leg's record");
    assert_eq!(moved["hangup_cause"], call::MOVED_CAUSE);
    assert_eq!(moved["call_direction"], "inbound");
}

#[test]
fn with_no_call_to_move_the_movers_flow_hears_so() {
    let mut w = World::new();
    let to_carol = carol_dials(&mut w, "520", "move2");
    let last = to_carol.last().unwrap();
    assert!(last.status().is_some_and(|c| c >= 400), "{last:?}");
    assert!(
        flow::events().contains(&FlowEvent::Bridge(BridgeResult::NoEndpoints)),
        "the flow is told there was nothing to move"
    );
    assert_eq!(w.engine.call_count(), 0);
}

#[test]
fn a_call_none_of_the_movers_phones_is_in_is_never_taken() {
    let mut w = World::new();
    let (_ok, _invite) = answered(&mut w);
    w.flow_out.clear();
    flow::events();
    let to_carol = carol_dials(&mut w, "521", "move3");
    assert!(!answered_by_box(&to_carol), "{to_carol:?}");
    assert!(flow::events().contains(&FlowEvent::Bridge(BridgeResult::NoEndpoints)));
    assert!(w.take(BOB).is_empty() && w.take(ALICE).is_empty());
    assert!(rooms(&w).is_empty());
    assert!(
        w.cdrs
            .iter()
            .all(|c| c["hangup_cause"] != call::MOVED_CAUSE)
    );
    assert_eq!(
        w.engine.channels("acc", w.now).len(),
        2,
        "Alice and Bob still talk"
    );
}

#[test]
fn a_call_the_user_held_moves_and_its_other_party_is_taken_off_hold() {
    let mut w = World::new();
    let (_ok, invite) = answered(&mut w);
    // Bob holds; Alice accepts.
    w.send(
        BOB,
        &from_bob(&invite, "INVITE", 11, &sdp(6000, "a=sendonly\r\n")),
    );
    let fwd = w.last_to(ALICE);
    assert_eq!(fwd.method_str(), "INVITE");
    alice_answers(&mut w, &fwd, 200, &sdp(4000, "a=recvonly\r\n"), &[]);
    assert_eq!(w.last_to(BOB).status(), Some(200));
    w.send(BOB, &from_bob(&invite, "ACK", 11, ""));
    w.flow_out.clear();

    let to_carol = carol_dials(&mut w, "520", "move4");
    assert!(answered_by_box(&to_carol), "{to_carol:?}");
    assert!(w.take(BOB).iter().any(|m| m.method_str() == "BYE"));
    let reinvite = w.last_to(ALICE);
    assert_eq!(reinvite.method_str(), "INVITE");
    let body = String::from_utf8_lossy(reinvite.body()).to_string();
    assert!(
        body.contains("m=audio 20000 ") && !body.contains("sendonly") && !body.contains("recvonly"),
        "Alice hears the mover again: {body}"
    );
    let rooms = rooms(&w);
    assert_eq!(rooms.len(), 2, "{:?}", w.flow_out);
    assert_eq!(rooms[0].1, rooms[1].1);
}

#[test]
fn when_the_users_phones_are_in_several_calls_none_is_taken() {
    let mut w = World::new();
    let (_ok, _invite) = answered(&mut w);
    // Carol calls Bob too, and he answers that call as well.
    dial_from(&mut w, "102", CAROL, "101", "call2", &sdp(4200, ""));
    let second = w
        .take(BOB)
        .into_iter()
        .find(|m| m.method_str() == "INVITE")
        .expect("Bob rings again");
    respond(&mut w, &second, 200, &sdp(6100, ""));
    w.take(CAROL);
    w.take(BOB);
    flow::events();

    // Alice's other phone would pick one of Bob's two calls: none is taken.
    dial_from(&mut w, "100", ALICE, "520", "move5", &sdp(4300, ""));
    assert!(
        flow::events().contains(&FlowEvent::Bridge(BridgeResult::Failed { code: 300 })),
        "the flow hears there were several"
    );
    assert!(!w.take(BOB).iter().any(|m| m.method_str() == "BYE"));
    assert!(
        w.cdrs
            .iter()
            .all(|c| c["hangup_cause"] != call::MOVED_CAUSE)
    );
}

#[test]
fn without_a_media_server_nothing_is_moved() {
    let mut w = World::new();
    let (_ok, _invite) = answered(&mut w);
    w.engine.cfg.media_server = None;
    flow::events();
    let to_carol = carol_dials(&mut w, "520", "move7");
    assert!(!answered_by_box(&to_carol), "{to_carol:?}");
    assert!(flow::events().contains(&FlowEvent::Bridge(BridgeResult::Failed { code: 503 })));
    assert!(w.take(BOB).is_empty() && w.take(ALICE).is_empty());
    assert_eq!(
        w.engine.channels("acc", w.now).len(),
        2,
        "Alice and Bob still talk"
    );
}
