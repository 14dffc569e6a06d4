//! The box registering to a provider through the engine, and calls arriving on that
//! registration: matched by the registration (contact user and the provider's address),
//! not by any address rule, with the number from the To header.

use super::*;
use crate::auth::{Credentials, DigestAuth, Verdict};
use crate::engine::uplink::{
    self,
    client::{State, Wanted},
};
use crate::message::writer::Writer;

const PROVIDER: &str = "203.0.113.9:5070";

pub(super) fn provider() -> Peer {
    Peer {
        transport: Transport::Udp,
        addr: PROVIDER.parse().unwrap(),
        conn: 0,
    }
}

pub(super) fn wanted() -> Wanted {
    Wanted {
        account: "acc".into(),
        resource_id: "res1".into(),
        gateway: 0,
        registrar_uri: "sip:provider.example".into(),
        aor_domain: "provider.example".into(),
        username: "+14155550100".into(),
        auth_username: "trunkuser".into(),
        password: "trunkpass".into(),
        contact_user: uplink::contact_token("acc", "res1", 0),
        expires: 600,
        transport: Transport::Udp,
        targets: vec![PROVIDER.parse().unwrap()],
        sources: vec![PROVIDER.parse::<SocketAddr>().unwrap().ip()],
    }
}

pub(super) fn answer(w: &mut World, request: &Message, code: u16, extra: &[(&str, String)]) {
    let mut r = Writer::response_to(request, code, reason_phrase(code), Some("prov"));
    for (name, value) in extra {
        r.header(name, value);
    }
    w.engine.handle_bytes(w.now, provider(), &r.finish_empty());
    w.collect();
}

/// Registers through a challenge; returns the contact user.
pub(super) fn register_trunk(w: &mut World) -> String {
    let mut auth = DigestAuth::new([5; 32]);
    w.engine.set_uplinks(w.now, vec![wanted()]);
    w.collect();
    let first = w.last_to(5070);
    assert_eq!(first.method_str(), "REGISTER");
    assert_eq!(first.uri_str(), "sip:provider.example");
    assert_eq!(first.expires(), Some(600));
    let contact = first.contacts().next().unwrap();
    let user = contact.uri.user_unescaped().unwrap();
    assert_eq!(user, uplink::contact_token("acc", "res1", 0));
    let challenge = auth.challenges(
        "provider.example",
        w.now.unix,
        false,
        &[crate::auth::Algorithm::Sha256],
    );
    answer(
        w,
        &first,
        401,
        &[("WWW-Authenticate", challenge[0].clone())],
    );
    let second = w.last_to(5070);
    let creds = Credentials::parse(second.header(HeaderName::Authorization).unwrap()).unwrap();
    assert_eq!(creds.username, "trunkuser");
    assert_eq!(
        auth.verify(
            &crate::auth::Request {
                method: "REGISTER",
                uri: &creds.uri,
                realm: "provider.example",
                password: "trunkpass",
            },
            &creds,
            w.now.unix
        ),
        Verdict::Ok
    );
    answer(w, &second, 200, &[("Expires", "300".into())]);
    let status = w.engine.uplink_status("acc", "res1", 0).unwrap();
    assert_eq!(status.state, State::Registered);
    assert_eq!(status.expires_unix, Some(w.now.unix + 300));
    user
}

fn invite_on(w: &mut World, from: Peer, user: &str, to: &str, call_id: &str) -> Vec<Message> {
    invite_with(w, from, user, to, call_id, "")
}

pub(super) fn invite_with(
    w: &mut World,
    from: Peer,
    user: &str,
    to: &str,
    call_id: &str,
    extra: &str,
) -> Vec<Message> {
    let offer = sdp(4000, "");
    let text = format!(
        "INVITE sip:{user}@198.51.100.1:5060 SIP/2.0\r\nVia: SIP/2.0/UDP {}:5070;branch=z9hG4bK{call_id}\r\n\
From: \"Outside\" <sip:+14155559999@provider.example>;tag=c1\r\nTo: <sip:{to}@provider.example>\r\n\
Call-ID: {call_id}\r\nCSeq: 1 INVITE\r\nContact: <sip:+14155559999@{}>\r\nMax-Forwards: 70\r\n{extra}\
Content-Type: application/sdp\r\nContent-Length: {}\r\n\r\n{offer}",
        from.addr.ip(),
        from.addr,
        offer.len()
    );
    w.engine.handle_bytes(w.now, from, text.as_bytes());
    w.collect();
    w.take(from.addr.port())
}

#[test]
fn registers_with_a_challenge_and_takes_calls_on_the_registration() {
    let mut w = World::new();
    super::flow::register_bob(&mut w);
    let user = register_trunk(&mut w);
    let back = invite_on(&mut w, provider(), &user, "+14155550101", "in1");
    assert_eq!(back.last().and_then(Message::status), Some(100));
    let invite = w.last_to(BOB);
    assert_eq!(invite.method_str(), "INVITE");
    // The same contact user from an address that is not the provider's is not a carrier.
    let stranger = Peer {
        addr: "203.0.113.77:5070".parse().unwrap(),
        ..provider()
    };
    let back = invite_on(&mut w, stranger, &user, "+14155550101", "in2");
    assert_eq!(back.last().and_then(Message::status), Some(401));
    // A number the account does not have is refused, never routed out.
    let back = invite_on(&mut w, provider(), &user, "+18005550000", "in3");
    let last = back.last().unwrap();
    assert_eq!((last.status(), last.reason()), (Some(404), "No Route"));
}

#[test]
fn refreshes_in_time_and_unregisters_when_the_gateway_goes() {
    let mut w = World::new();
    register_trunk(&mut w);
    // 300 s granted: refreshed after 180 s (2 minutes before the end).
    w.advance(179_000);
    assert!(w.take(5070).is_empty());
    w.advance(1_100);
    let refresh = w.last_to(5070);
    assert_eq!(refresh.method_str(), "REGISTER");
    assert_eq!(refresh.expires(), Some(600));
    answer(&mut w, &refresh, 200, &[("Expires", "600".into())]);
    w.engine.set_uplinks(w.now, Vec::new());
    w.collect();
    let bye = w.last_to(5070);
    assert_eq!(bye.expires(), Some(0));
    assert_eq!(w.engine.uplink_status("acc", "res1", 0), None);
    answer(&mut w, &bye, 200, &[]);
    w.advance(60_000);
    assert!(w.take(5070).is_empty(), "nothing more once unregistered");
}

#[test]
fn a_refused_registration_keeps_its_reason() {
    let mut w = World::new();
    w.engine.set_uplinks(w.now, vec![wanted()]);
    w.collect();
    let first = w.last_to(5070);
    answer(&mut w, &first, 403, &[]);
    let status = w.engine.uplink_status("acc", "res1", 0).unwrap();
    assert_eq!(status.state, State::Failed);
    assert_eq!(status.last_error, Some((403, "Forbidden".into())));
    // Backs off 30 s before trying again.
    w.advance(29_000);
    assert!(w.take(5070).is_empty());
    w.advance(1_100);
    assert_eq!(w.last_to(5070).method_str(), "REGISTER");
}

#[test]
fn the_called_number_may_come_from_p_called_party_id_or_diversion() {
    let mut w = World::new();
    super::flow::register_bob(&mut w);
    let user = register_trunk(&mut w);
    // To names only our contact user: the number is in P-Called-Party-ID.
    let back = invite_with(
        &mut w,
        provider(),
        &user,
        &user,
        "pc1",
        "P-Called-Party-ID: <sip:+14155550101@provider.example>\r\n",
    );
    assert_eq!(back.last().and_then(Message::status), Some(100));
    assert_eq!(w.last_to(BOB).method_str(), "INVITE");
    // A forwarded call: To is a number the account does not have, Diversion is ours.
    let back = invite_with(
        &mut w,
        provider(),
        &user,
        "+18005550000",
        "pc2",
        "Diversion: <sip:+14155550101@provider.example>;reason=unconditional\r\n",
    );
    assert_eq!(back.last().and_then(Message::status), Some(100));
}

#[test]
fn a_registration_over_tls_fails_with_the_connections_reason_and_comes_back_when_it_closes() {
    let mut w = World::new();
    let tls = Wanted {
        transport: Transport::Tls,
        ..wanted()
    };
    w.engine.set_uplinks(w.now, vec![tls.clone()]);
    w.collect();
    let first = w.last_to(5070);
    let via = first.header(HeaderName::Via).unwrap();
    assert!(via.starts_with("SIP/2.0/TLS "), "{via}");
    let contact = first.contacts().next().unwrap().uri_text.to_string();
    assert!(contact.ends_with(";transport=tls"), "{contact}");
    // The runtime could not verify the provider's certificate: the reason is the status,
    // at once, and the REGISTER's own timer later adds no second failure.
    let to: SocketAddr = PROVIDER.parse().unwrap();
    let reason = "TLS: certificate not valid for name \"provider.example\"";
    w.engine.transport_failed(w.now, Transport::Tls, to, reason);
    w.collect();
    let status = w.engine.uplink_status("acc", "res1", 0).unwrap();
    assert_eq!(status.state, State::Failed);
    assert_eq!(status.last_error, Some((503, reason.into())));
    let down_since = status.down_since_unix;
    w.advance(29_000);
    assert!(w.take(5070).is_empty(), "no retry before the backoff");
    let status = w.engine.uplink_status("acc", "res1", 0).unwrap();
    assert_eq!(status.last_error, Some((503, reason.into())));
    assert_eq!(status.down_since_unix, down_since);
    // A failure on UDP to the same address is not this registration's.
    w.advance(1_100);
    let again = w.last_to(5070);
    w.engine
        .transport_failed(w.now, Transport::Udp, to, "unrelated");
    answer(&mut w, &again, 200, &[("Expires", "300".into())]);
    let status = w.engine.uplink_status("acc", "res1", 0).unwrap();
    assert_eq!(status.state, State::Registered);
    // The registered connection closes: the box registers again at once (a new flow).
    w.engine
        .transport_failed(w.now, Transport::Tls, to, "connection closed by the peer");
    w.collect();
    w.advance(10);
    assert_eq!(w.last_to(5070).method_str(), "REGISTER");
}
