//! Gateways that misbehave, in virtual time: one that never answers a call out (timer B,
//! then the flow hears a failure it may fail over on), and one whose 200 is unusable (ACK
//! and BYE for it, the caller refused, no panic).

use super::*;

const GATEWAY: SocketAddr = SocketAddr::new(
    std::net::IpAddr::V4(std::net::Ipv4Addr::new(203, 0, 113, 9)),
    limits::PROXY,
);

pub(super) fn ring_gateway() -> FlowCommand {
    FlowCommand::Bridge(Bridge {
        endpoints: vec![Endpoint::new(Target::Trunk(TrunkTarget {
            uri: "sip:+14155550123@carrier.example".into(),
            proxy: GATEWAY,
            transport: Transport::Udp,
            username: None,
            password: None,
            srtp: Default::default(),
        }))],
        timeout_secs: 60,
        ..Bridge::default()
    })
}

fn dial_gateway(w: &mut World, call_id: &str) -> Message {
    let _ = flow::events();
    dial_uri(
        w,
        "100",
        ALICE,
        &format!("sip:509@{REALM}"),
        call_id,
        &sdp(4000, ""),
    );
    w.take(limits::PROXY)
        .into_iter()
        .find(|m| m.method_str() == "INVITE")
        .expect("INVITE to the gateway")
}

fn final_to_alice(w: &mut World) -> Option<u16> {
    let sent = w.take(ALICE);
    sent.iter().filter_map(Message::status).rfind(|s| *s >= 200)
}

#[test]
fn a_gateway_that_never_answers_fails_the_bridge_with_408_after_timer_b() {
    let mut w = World::new();
    dial_gateway(&mut w, "dead1");
    w.advance(31_000);
    assert!(flow::events().is_empty(), "still trying before timer B");
    let resent = w.take(limits::PROXY);
    assert_eq!(
        resent.len(),
        5,
        "retransmitted at 0.5, 1.5, 3.5, 7.5, 15.5 s"
    );
    w.advance(1_500);
    assert_eq!(
        flow::events(),
        [FlowEvent::Bridge(BridgeResult::Failed { code: 408 })],
        "a failure the offnet flow fails over on"
    );
    assert_eq!(
        w.take(limits::PROXY).len(),
        1,
        "the last retransmission at 31.5 s"
    );
    // The flow hung up: the caller hears a final answer, nothing more goes out.
    assert!(final_to_alice(&mut w).is_some_and(|s| s >= 400));
    w.advance(10_000);
    assert!(w.take(limits::PROXY).is_empty());
    assert_eq!(w.engine.call_count(), 0);
}

#[test]
fn a_phone_that_never_answers_is_no_answer_not_a_failure() {
    // The same timer on a device leg is "no answer" (voicemail and the like follow).
    let mut w = World::new();
    flow::register_bob(&mut w);
    let _ = flow::events();
    dial_uri(
        &mut w,
        "100",
        ALICE,
        &format!("sip:502@{REALM}"),
        "ph1",
        &sdp(4000, ""),
    );
    w.advance(40_000);
    assert!(
        flow::events().contains(&FlowEvent::Bridge(BridgeResult::NoAnswer)),
        "no answer"
    );
}

/// The gateway's 200 with `body` (as application/sdp when not empty).
fn gateway_answers(w: &mut World, invite: &Message, body: &str) {
    let mut r = Writer::response_to(invite, 200, "OK", Some("gw"));
    r.header("Contact", "<sip:+14155550123@203.0.113.9:5099>");
    let bytes = if body.is_empty() {
        r.finish_empty()
    } else {
        r.finish(Some("application/sdp"), body.as_bytes())
    };
    let peer = Peer {
        transport: Transport::Udp,
        addr: GATEWAY,
        conn: 0,
    };
    w.engine.handle_bytes(w.now, peer, &bytes);
    w.collect();
}

#[test]
fn a_gateways_unusable_200_is_acknowledged_and_hung_up_and_the_caller_refused() {
    for (n, body) in [
        "v=0\r\nthis is no SDP\r\n",
        // No audio line the relay could use.
        "v=0\r\no=- 1 1 IN IP4 203.0.113.9\r\ns=-\r\nc=IN IP4 203.0.113.9\r\nt=0 0\r\nm=video 5000 RTP/AVP 96\r\n",
        // No body at all (to our offer).
        "",
    ]
    .iter()
    .enumerate()
    {
        let mut w = World::new();
        let invite = dial_gateway(&mut w, &format!("bad200-{n}"));
        gateway_answers(&mut w, &invite, body);
        let sent = w.take(limits::PROXY);
        let methods: Vec<&str> = sent.iter().map(Message::method_str).collect();
        assert_eq!(methods, ["ACK", "BYE"], "body {body:?}");
        let (ack, bye) = (&sent[0], &sent[1]);
        assert_eq!(ack.cseq().unwrap().number, invite.cseq().unwrap().number);
        assert_eq!(ack.uri_str(), "sip:+14155550123@203.0.113.9:5099");
        assert_eq!(bye.to().and_then(|t| t.tag()), Some("gw"));
        assert_eq!(bye.call_id(), invite.call_id());
        let code = final_to_alice(&mut w);
        assert!(code.is_some_and(|c| c >= 400), "{body:?}: {code:?}");
        assert_eq!(w.engine.panics_caught(), 0);
        w.advance(5_000);
        assert_eq!(w.engine.call_count(), 0, "{body:?}");
    }
}

/// Account `acc2`'s registrar (another provider than `acc`'s).
const OTHER_PROVIDER: &str = "203.0.113.50:5080";

fn from_other_provider() -> Peer {
    Peer {
        transport: Transport::Udp,
        addr: OTHER_PROVIDER.parse().unwrap(),
        conn: 0,
    }
}

#[test]
fn a_gateway_fault_of_one_account_leaves_another_accounts_trunk_registered_and_its_calls_working() {
    use crate::engine::uplink::{client::State, contact_token};
    let mut w = World::new();
    flow::register_bob(&mut w);
    let ours = uplink::register_trunk(&mut w);
    // Account acc2's gateway refuses every REGISTER (403) for 20 minutes, then never
    // answers at all, and floods the box with INVITEs.
    let theirs = crate::engine::uplink::client::Wanted {
        account: "acc2".into(),
        contact_user: contact_token("acc2", "res1", 0),
        targets: vec![OTHER_PROVIDER.parse().unwrap()],
        sources: vec![from_other_provider().addr.ip()],
        ..uplink::wanted()
    };
    w.engine
        .set_uplinks(w.now, vec![uplink::wanted(), theirs.clone()]);
    w.collect();
    let mut their_registers = std::collections::BTreeSet::new();
    let mut our_refreshes = 0;
    let mut flood_refused = 0;
    for second in 1..=2_400u32 {
        for m in w.take(5080) {
            if m.method_str() == "REGISTER" {
                their_registers.insert(m.cseq().unwrap().number);
                if second <= 1_200 {
                    let r = crate::message::writer::Writer::response_to(
                        &m,
                        403,
                        "Forbidden",
                        Some("x"),
                    );
                    w.engine
                        .handle_bytes(w.now, from_other_provider(), &r.finish_empty());
                }
            }
        }
        for m in w.take(5070) {
            if m.method_str() == "REGISTER" {
                our_refreshes += 1;
                uplink::answer(&mut w, &m, 200, &[("Expires", "300".into())]);
            }
        }
        if second % 60 == 0 {
            for i in 0..20 {
                let call_id = format!("flood-{second}-{i}");
                let back = uplink::invite_with(
                    &mut w,
                    from_other_provider(),
                    &theirs.contact_user,
                    "+18005550000",
                    &call_id,
                    "",
                );
                flood_refused += back
                    .iter()
                    .filter(|m| matches!(m.status(), Some(s) if s >= 400))
                    .count();
            }
        }
        let status = w.engine.uplink_status("acc", "res1", 0).unwrap();
        assert_eq!(status.state, State::Registered, "at {second} s: {status:?}");
        w.advance(1_000);
    }
    let failed = w.engine.uplink_status("acc2", "res1", 0).unwrap();
    assert_eq!(failed.state, State::Failed);
    assert_eq!(failed.last_error.as_ref().map(|e| e.0), Some(408));
    // Backed off (30 s doubling to 10 minutes): a handful of tries in 40 minutes.
    assert!(
        (6..=10).contains(&their_registers.len()),
        "{their_registers:?}"
    );
    // Ours refreshed every 3 minutes of its 5, undisturbed.
    assert!((12..=14).contains(&our_refreshes), "{our_refreshes}");
    assert_eq!(flood_refused, 40 * 20, "every flooding INVITE refused");
    // A call to our number on our registration still rings our phone (registered again:
    // its own registration ran out in these 40 minutes).
    flow::register_bob(&mut w);
    let back = uplink::invite_with(
        &mut w,
        uplink::provider(),
        &ours,
        "+14155550101",
        "ours",
        "",
    );
    assert_eq!(back.last().and_then(Message::status), Some(100));
    assert_eq!(w.last_to(BOB).method_str(), "INVITE");
}
