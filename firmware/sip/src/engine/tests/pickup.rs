//! Call pickup: Carol picks up Alice's call while it rings Bob; with nothing ringing, the
//! picker's flow goes on.

use super::*;

const CAROL: u16 = 5003;

/// Carol (102) dials `number`, authenticating; returns what she got back.
fn carol_dials(w: &mut World, number: &str) -> Vec<Message> {
    dial_from(w, "102", CAROL, number, "pick1", &sdp(4200, ""));
    w.take(CAROL)
}

#[test]
fn a_ringing_call_is_picked_up_from_another_phone() {
    let mut w = World::new();
    let _ringing = call_bob(&mut w);
    w.take(ALICE);
    let to_carol = carol_dials(&mut w, "505");
    assert!(
        to_carol.iter().any(|m| m.status() == Some(200)),
        "{to_carol:?}"
    );
    assert_eq!(w.last_to(BOB).method_str(), "CANCEL");
    assert!(w.take(ALICE).iter().any(|m| m.status() == Some(200)));
    let rooms = rooms(&w);
    assert_eq!(rooms.len(), 2, "{:?}", w.flow_out);
    assert_ne!(rooms[0].0, rooms[1].0);
    assert_eq!(rooms[0].1, rooms[1].1);
}

#[test]
fn with_nothing_ringing_the_pickers_flow_goes_on() {
    let mut w = World::new();
    let to_carol = carol_dials(&mut w, "505");
    let last = to_carol.last().unwrap();
    assert!(last.status().is_some_and(|c| c >= 400), "{last:?}");
    assert_eq!(w.engine.call_count(), 0);
}
