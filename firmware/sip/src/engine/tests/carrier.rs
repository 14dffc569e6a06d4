//! Calls from a carrier's gateway: not challenged, routed to the account's numbers only,
//! with the outside caller's number; the same INVITE from anywhere else is challenged.

use super::*;

pub(super) fn carrier_invite(number: &str, call_id: &str) -> String {
    let offer = sdp(4000, "");
    format!(
        "INVITE sip:{number}@198.51.100.1 SIP/2.0\r\nVia: SIP/2.0/UDP 203.0.113.5:5060;branch=z9hG4bK{call_id}\r\n\
From: \"Outside Caller\" <sip:+14155559999@203.0.113.5>;tag=c1\r\nTo: <sip:{number}@198.51.100.1>\r\n\
Call-ID: {call_id}\r\nCSeq: 1 INVITE\r\nContact: <sip:+14155559999@203.0.113.5:5060>\r\nMax-Forwards: 70\r\n\
Content-Type: application/sdp\r\nContent-Length: {}\r\n\r\n{offer}",
        offer.len()
    )
}

pub(super) fn from_carrier(w: &mut World, text: &str) -> Vec<Message> {
    let carrier = Peer {
        transport: Transport::Udp,
        addr: SocketAddr::new(CARRIER_IP, 5060),
        conn: 0,
    };
    w.engine.handle_bytes(w.now, carrier, text.as_bytes());
    w.collect();
    w.take(5060)
}

#[test]
fn a_carrier_call_to_a_did_rings_without_a_challenge() {
    let mut w = World::new();
    super::flow::register_bob(&mut w);
    let to_carrier = from_carrier(&mut w, &carrier_invite("+14155550101", "out1"));
    assert_eq!(to_carrier.last().and_then(Message::status), Some(100));
    let invite = w.last_to(BOB);
    assert_eq!(invite.method_str(), "INVITE");
    let from = invite.header(HeaderName::From).unwrap();
    assert!(
        from.starts_with("\"Outside Caller\" <sip:+14155559999@"),
        "{from}"
    );
}

#[test]
fn a_carrier_call_to_an_unknown_number_is_refused_not_sent_out_again() {
    let mut w = World::new();
    let to_carrier = from_carrier(&mut w, &carrier_invite("+18005550000", "out2"));
    let last = to_carrier.last().unwrap();
    assert_eq!((last.status(), last.reason()), (Some(404), "No Route"));
}

#[test]
fn the_same_invite_from_anywhere_else_is_challenged() {
    let mut w = World::new();
    w.send(ALICE, &carrier_invite("+14155550101", "out3"));
    assert_eq!(w.last_to(ALICE).status(), Some(401));
}
