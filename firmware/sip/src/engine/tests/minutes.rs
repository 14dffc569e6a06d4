//! Outside minutes per hour (`outbound_minutes_per_hour`) and a device's own outside-call
//! limits, in virtual time. "acc" and "acc2" are sub-accounts of "reseller" (see
//! `limits.rs`); a `+` number rings the trunk at [`PROXY`], which these tests answer.

use super::limits::{PROXY, call, invites_to_proxy, set};
use super::*;

const TRUNK: SocketAddr = SocketAddr::new(
    std::net::IpAddr::V4(std::net::Ipv4Addr::new(203, 0, 113, 9)),
    PROXY,
);

fn minutes(per_hour: u32) -> CallLimits {
    CallLimits {
        outbound_minutes_per_hour: Some(per_hour),
        ..CallLimits::default()
    }
}

fn from_trunk(w: &mut World, bytes: &[u8]) {
    let trunk = Peer {
        transport: Transport::Udp,
        addr: TRUNK,
        conn: 0,
    };
    w.engine.handle_bytes(w.now, trunk, bytes);
    w.collect();
}

/// Phone `user` at `port` (of "acc2" when `sibling`) dials an outside number and the
/// trunk answers; the caller acknowledges. Returns the INVITE the trunk got.
fn answered(w: &mut World, sibling: bool, user: &str, port: u16, id: &str) -> Message {
    assert_eq!(call(w, sibling, user, port, "+442071234567", id), None);
    let invite = w.take(PROXY).pop().expect("the trunk is called");
    assert_eq!(invite.method_str(), "INVITE");
    let mut ok = Writer::response_to(&invite, 200, "OK", Some("trunktag"));
    ok.header("Contact", format_args!("<sip:carrier@{TRUNK}>"));
    from_trunk(
        w,
        &ok.finish(Some("application/sdp"), sdp(6000, "").as_bytes()),
    );
    let ok = w.last_to(port);
    assert_eq!(ok.status(), Some(200), "the caller is answered");
    let to_tag = ok.to().unwrap().tag().unwrap().to_string();
    let domain = if sibling {
        limits::SIBLING_DOMAIN
    } else {
        REALM
    };
    let uri = format!("sip:+442071234567@{domain}");
    let ack = request("ACK", &uri, user, id, 2, &format!("{id}ack"), port, "", "").replace(
        &format!("To: <{uri}>"),
        &format!("To: <{uri}>;tag={to_tag}"),
    );
    w.send(port, &ack);
    invite
}

/// The trunk hangs up the call it got as `invite`.
fn trunk_hangs_up(w: &mut World, invite: &Message) {
    let from = invite.header(HeaderName::From).unwrap();
    let to = invite.header(HeaderName::To).unwrap();
    let bye = format!(
        "BYE sip:198.51.100.1:5060 SIP/2.0\r\nVia: SIP/2.0/UDP {TRUNK};branch=z9hG4bKtrunkbye\r\n\
From: {to};tag=trunktag\r\nTo: {from}\r\nCall-ID: {}\r\nCSeq: 5 BYE\r\nMax-Forwards: 70\r\n\
Content-Length: 0\r\n\r\n",
        invite.call_id()
    );
    from_trunk(w, bye.as_bytes());
}

/// Whether `port` was sent a BYE (and its retransmissions) since the last look.
fn hung_up(w: &mut World, port: u16) -> bool {
    w.take(port).iter().any(|m| m.method_str() == "BYE")
}

#[test]
fn a_call_is_cut_when_the_budget_runs_out_and_new_ones_wait_for_the_hour_to_slide() {
    let mut w = World::new();
    set("acc", minutes(1));
    answered(&mut w, false, "100", ALICE, "m1");
    w.advance(59_000);
    assert!(!hung_up(&mut w, ALICE), "within the minute");
    w.advance(2_000);
    assert!(hung_up(&mut w, ALICE), "the caller is hung up");
    assert!(hung_up(&mut w, PROXY), "and so is the trunk");
    assert_eq!(w.engine.call_count(), 0);
    // The minute is used up: the next outside call never reaches the provider.
    let refused = call(&mut w, false, "100", ALICE, "+442071234568", "m2");
    assert!(refused.is_some_and(|s| s >= 400), "{refused:?}");
    assert_eq!(invites_to_proxy(&mut w), 0);
    // Calls inside the box are not limited.
    assert_eq!(call(&mut w, false, "101", BOB, "710", "in1"), None);
    // An hour later the minute has slid out of the window.
    w.advance(3_600_000);
    answered(&mut w, false, "100", ALICE, "m3");
}

#[test]
fn finished_calls_count_and_a_resellers_minutes_are_shared_by_its_sub_accounts() {
    let mut w = World::new();
    set("reseller", minutes(1));
    let first = answered(&mut w, false, "100", ALICE, "r1");
    w.advance(30_000);
    trunk_hangs_up(&mut w, &first);
    assert_eq!(w.engine.call_count(), 0);
    // The sibling's call has the half minute the reseller has left.
    answered(&mut w, true, "102", 5003, "r2");
    w.advance(29_000);
    assert!(!hung_up(&mut w, 5003));
    w.advance(2_000);
    assert!(
        hung_up(&mut w, 5003),
        "cut when the reseller's minute is used"
    );
}

#[test]
fn a_devices_own_limits_bound_only_the_calls_it_places() {
    let mut w = World::new();
    set(
        "acc/d100",
        CallLimits {
            outbound_trunks: Some(1),
            outbound_minutes_per_hour: Some(1),
            ..CallLimits::default()
        },
    );
    answered(&mut w, false, "100", ALICE, "d1");
    // One outside line for phone 100: its second call is refused, phone 101's goes out.
    let refused = call(&mut w, false, "100", 5007, "+442071234568", "d2");
    assert!(refused.is_some_and(|s| s >= 400), "{refused:?}");
    assert_eq!(invites_to_proxy(&mut w), 0);
    answered(&mut w, false, "101", BOB, "d3");
    // Phone 100's minute runs out: its call is cut, phone 101's goes on.
    w.advance(61_000);
    assert!(hung_up(&mut w, ALICE));
    assert!(!hung_up(&mut w, BOB));
    assert_eq!(w.engine.call_count(), 1);
}
