//! Paging: every phone that answers becomes a call of its own in the caller's room (muted
//! for a one-way page); the caller hanging up ends the page for all.

use super::flow::register;
use super::*;

const CAROL: u16 = 5003;

fn answer(w: &mut World, invite: &Message, port: u16, tag: &str, rtp: u16) {
    let mut wr = Writer::response_to(invite, 200, "OK", Some(tag));
    wr.header("Contact", format_args!("<sip:x@192.0.2.10:{port}>"));
    let bytes = wr.finish(Some("application/sdp"), sdp(rtp, "").as_bytes());
    w.engine.handle_bytes(w.now, peer(port), &bytes);
    w.collect();
}

#[test]
fn a_page_puts_every_answering_phone_in_the_callers_room_and_ends_with_the_caller() {
    let mut w = World::new();
    register(&mut w, "101", BOB);
    register(&mut w, "102", CAROL);
    super::flow::dial(&mut w, "506");
    let ok = w
        .take(ALICE)
        .into_iter()
        .find(|m| m.status() == Some(200))
        .expect("the box answers the caller");
    let to_bob = w.last_to(BOB);
    let to_carol = w.last_to(CAROL);
    // Each phone is offered a relay session of its own.
    let port_of = |m: &Message| {
        let body = String::from_utf8_lossy(m.body()).to_string();
        body.lines()
            .find_map(|l| l.strip_prefix("m=audio "))
            .and_then(|l| l.split(' ').next())
            .unwrap()
            .to_string()
    };
    assert_eq!(
        (port_of(&to_bob), port_of(&to_carol)),
        ("20004".into(), "20008".into())
    );

    answer(&mut w, &to_bob, BOB, "b1", 6000);
    answer(&mut w, &to_carol, CAROL, "c1", 7000);
    assert_eq!(w.last_to(BOB).method_str(), "ACK");
    assert_eq!(w.last_to(CAROL).method_str(), "ACK");
    let rooms: Vec<(u64, bool)> = rooms(&w).into_iter().map(|(c, _, m)| (c, m)).collect();
    // Bob's call (2) muted, then the caller (1) on air, then Carol's call (3) muted.
    assert_eq!(rooms, vec![(2, true), (1, false), (3, true)]);
    assert_eq!(w.engine.call_count(), 3);

    // Alice hangs up: both phones are hung up.
    let bye = in_dialog(
        ALICE,
        "BYE",
        ok.header(HeaderName::From).unwrap(),
        ok.header(HeaderName::To).unwrap(),
        ok.call_id(),
        "",
    );
    w.send(ALICE, &bye);
    assert_eq!(w.last_to(BOB).method_str(), "BYE");
    assert_eq!(w.last_to(CAROL).method_str(), "BYE");
    assert_eq!(w.engine.call_count(), 0);
}
