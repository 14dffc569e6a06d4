//! The box behind the office router: its outside address (configured or found by STUN)
//! is what gateways see in Via, Contact and SDP, on calls out, calls in and registrations;
//! phones on the LAN keep seeing the box's own address in the same calls.

use super::*;

const OUTSIDE: &str = "203.0.113.200";
const LAN: &str = "198.51.100.1";

fn outside_world() -> World {
    let mut w = World::new();
    let now = w.now;
    w.engine.set_outside_ip(now, Some(OUTSIDE.parse().unwrap()));
    w.collect();
    w
}

/// Via sent-by, Contact host and SDP c= address of a message the box sent.
fn shown(m: &Message) -> (String, String, Option<String>) {
    let via = m.header(HeaderName::Via).unwrap_or_default().to_string();
    let contact = m
        .contacts()
        .next()
        .map(|c| c.uri.host_bare().to_string())
        .unwrap_or_default();
    let body = String::from_utf8_lossy(m.body()).to_string();
    let c = body
        .lines()
        .find_map(|l| l.strip_prefix("c=IN IP4 "))
        .map(|a| a.trim().to_string());
    (via, contact, c)
}

fn answer_from(w: &mut World, to: &Message, from: SocketAddr, contact: &str, sdp_port: u16) {
    let mut r = Writer::response_to(to, 200, "OK", Some("far"));
    r.header("Contact", contact);
    let bytes = r.finish(Some("application/sdp"), sdp(sdp_port, "").as_bytes());
    let peer = Peer {
        transport: Transport::Udp,
        addr: from,
        conn: 0,
    };
    w.engine.handle_bytes(w.now, peer, &bytes);
    w.collect();
}

#[test]
fn a_call_out_shows_the_gateway_the_outside_address_and_the_phone_the_lan_one() {
    let mut w = outside_world();
    assert_eq!(
        limits::call(&mut w, false, "100", ALICE, "+14155550123", "out1"),
        None
    );
    let invite = w
        .take(limits::PROXY)
        .into_iter()
        .find(|m| m.method_str() == "INVITE")
        .expect("INVITE to the gateway");
    let (via, contact, c) = shown(&invite);
    assert!(via.contains(&format!("{OUTSIDE}:5060")), "{via}");
    assert_eq!(contact, OUTSIDE);
    assert_eq!(c.as_deref(), Some(OUTSIDE));
    let from = invite.header(HeaderName::From).unwrap();
    assert!(from.contains(&format!("@{OUTSIDE}:5060")), "{from}");

    let gateway = SocketAddr::from(([203, 0, 113, 9], limits::PROXY));
    answer_from(
        &mut w,
        &invite,
        gateway,
        "<sip:+14155550123@203.0.113.9:5099>",
        6000,
    );
    let ack = w.last_to(limits::PROXY);
    assert_eq!(ack.method_str(), "ACK");
    assert!(shown(&ack).0.contains(OUTSIDE), "{:?}", shown(&ack));
    let ok = w
        .take(ALICE)
        .into_iter()
        .find(|m| m.status() == Some(200))
        .expect("200 to the phone");
    let (_, contact, c) = shown(&ok);
    assert_eq!(contact, LAN, "the phone is told the LAN address");
    assert_eq!(c.as_deref(), Some(LAN));
}

#[test]
fn a_call_in_shows_the_carrier_the_outside_address_and_the_phone_the_lan_one() {
    let mut w = outside_world();
    flow::register_bob(&mut w);
    let _ = carrier::from_carrier(&mut w, &carrier::carrier_invite("+14155550101", "in1"));
    let invite = w.last_to(BOB);
    let (via, contact, c) = shown(&invite);
    assert!(via.contains(&format!("{LAN}:5060")), "{via}");
    assert_eq!(contact, LAN);
    assert_eq!(c.as_deref(), Some(LAN));
    respond(&mut w, &invite, 200, &sdp(4002, ""));
    let ok = w
        .take(5060)
        .into_iter()
        .find(|m| m.status() == Some(200))
        .expect("200 to the carrier");
    let (_, contact, c) = shown(&ok);
    assert_eq!(contact, OUTSIDE);
    assert_eq!(c.as_deref(), Some(OUTSIDE));
}

#[test]
fn a_registration_registers_the_outside_address_again_when_it_changes() {
    let mut w = World::new();
    w.engine.set_uplinks(w.now, vec![uplink::wanted()]);
    w.collect();
    let first = w.last_to(5070);
    assert_eq!(shown(&first).1, LAN, "no outside address yet");
    let mut r = Writer::response_to(&first, 200, "OK", Some("prov"));
    r.header("Contact", first.header(HeaderName::Contact).unwrap());
    r.header("Expires", 600);
    let provider = Peer {
        transport: Transport::Udp,
        addr: "203.0.113.9:5070".parse().unwrap(),
        conn: 0,
    };
    w.engine.handle_bytes(w.now, provider, &r.finish_empty());
    w.collect();
    assert!(w.take(5070).is_empty());
    // STUN finds the address: the provider learns the new Contact at once.
    let now = w.now;
    w.engine.set_outside_ip(now, Some(OUTSIDE.parse().unwrap()));
    w.collect();
    let again = w.last_to(5070);
    assert_eq!(again.method_str(), "REGISTER");
    let (via, contact, _) = shown(&again);
    assert_eq!(contact, OUTSIDE);
    assert!(via.contains(OUTSIDE), "{via}");
    // The same address again changes nothing.
    w.engine.set_outside_ip(now, Some(OUTSIDE.parse().unwrap()));
    w.collect();
    assert!(w.take(5070).is_empty());
}

#[test]
fn a_gateway_inside_the_box_keeps_seeing_the_lan_address() {
    let mut w = outside_world();
    // As the runtime marks the analog FXO lines' user agents.
    let fxo = SocketAddr::from(([203, 0, 113, 9], limits::PROXY));
    w.engine.set_in_box_gateways(vec![fxo]);
    assert_eq!(
        limits::call(&mut w, false, "100", ALICE, "+14155550123", "out2"),
        None
    );
    let invite = w
        .take(limits::PROXY)
        .into_iter()
        .find(|m| m.method_str() == "INVITE")
        .expect("INVITE to the line");
    let (via, contact, c) = shown(&invite);
    assert!(via.contains(&format!("{LAN}:5060")), "{via}");
    assert_eq!(contact, LAN);
    assert_eq!(c.as_deref(), Some(LAN));
}

#[test]
fn a_call_out_cut_by_a_restart_is_hung_up_with_the_outside_address_towards_the_gateway() {
    let mut w = outside_world();
    assert_eq!(
        limits::call(&mut w, false, "100", ALICE, "+14155550123", "out2"),
        None
    );
    let invite = w
        .take(limits::PROXY)
        .into_iter()
        .find(|m| m.method_str() == "INVITE")
        .expect("INVITE to the gateway");
    let gateway = SocketAddr::from(([203, 0, 113, 9], limits::PROXY));
    answer_from(
        &mut w,
        &invite,
        gateway,
        "<sip:+14155550123@203.0.113.9:5099>",
        6000,
    );
    let journal = w.engine.call_journal();
    assert_eq!(journal.len(), 1);
    let (b, _) = journal[0].b.as_ref().expect("the gateway answered");
    assert!(b.outside && !journal[0].a.outside, "{:?}", journal[0]);

    // The box restarts with the same outside address and hangs up both sides.
    let mut w2 = outside_world();
    w2.now.unix += 30;
    w2.engine.end_lost_calls(w2.now, &journal, false);
    w2.collect();
    let bye = w2.last_to(limits::PROXY);
    assert_eq!(bye.method_str(), "BYE");
    let (via, ..) = shown(&bye);
    assert!(via.contains(&format!("{OUTSIDE}:5060")), "{via}");
    let bye = w2.last_to(ALICE);
    assert_eq!(bye.method_str(), "BYE");
    let (via, ..) = shown(&bye);
    assert!(via.contains(&format!("{LAN}:5060")), "the phone's: {via}");
}
