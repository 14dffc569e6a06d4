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
