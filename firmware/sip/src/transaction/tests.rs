use super::*;
use crate::message::{parse, writer::Writer};

fn peer(transport: Transport) -> Peer {
    Peer {
        transport,
        addr: "127.0.0.1:5070".parse().unwrap(),
        conn: 0,
    }
}

fn request(method: &str, branch: &str) -> Vec<u8> {
    let mut w = Writer::request(method, "sip:100@pbx");
    w.header(
        "Via",
        format_args!("SIP/2.0/UDP 10.0.0.1:5060;branch={branch}"),
    )
    .header("From", "<sip:a@pbx>;tag=f1")
    .header("To", "<sip:100@pbx>")
    .header("Call-ID", "call-1")
    .header("CSeq", format_args!("1 {method}"))
    .header("Max-Forwards", 70);
    w.finish_empty()
}

fn response_to(req: &[u8], code: u16) -> Vec<u8> {
    let req = parse(req).unwrap();
    Writer::response_to(&req, code, "X", Some("t1")).finish_empty()
}

fn drain(layer: &mut TransactionLayer) -> Vec<Transmit> {
    std::iter::from_fn(|| layer.poll_transmit()).collect()
}

#[test]
fn invite_client_retransmits_with_timer_a_then_times_out_with_b() {
    let mut l = TransactionLayer::new(Timers::default());
    let id = l
        .send_request(0, peer(Transport::Udp), request("INVITE", "z9hG4bKa"))
        .unwrap();
    assert_eq!(drain(&mut l).len(), 1);
    let mut sent_at = vec![];
    let mut now = 0;
    while let Some(t) = l.next_timeout() {
        now = t;
        l.handle_timeout(now);
        if !drain(&mut l).is_empty() {
            sent_at.push(now);
        }
        if let Some(ev) = l.poll_event() {
            assert_eq!(ev, TxEvent::ClientTimeout(id));
            break;
        }
    }
    // Timer A doubles from T1: 500, 1500, 3500, 7500, 15500, 31500; timer B at 32 s.
    assert_eq!(sent_at, vec![500, 1500, 3500, 7500, 15500, 31500]);
    assert_eq!(now, 32_000);
    assert_eq!(l.transactions(), (0, 0));
}

#[test]
fn non_invite_client_caps_at_t2_and_completes() {
    let mut l = TransactionLayer::new(Timers::default());
    let req = request("OPTIONS", "z9hG4bKb");
    l.send_request(0, peer(Transport::Udp), req.clone())
        .unwrap();
    drain(&mut l);
    let mut sent_at = vec![];
    for _ in 0..6 {
        let t = l.next_timeout().unwrap();
        l.handle_timeout(t);
        drain(&mut l);
        sent_at.push(t);
    }
    assert_eq!(sent_at, vec![500, 1500, 3500, 7500, 11500, 15500]);
    let resp = parse(&response_to(&req, 200)).unwrap();
    assert!(matches!(
        l.on_message(16_000, &resp, peer(Transport::Udp)),
        Incoming::Response(_)
    ));
    // A retransmitted final response is absorbed.
    assert!(matches!(
        l.on_message(16_100, &resp, peer(Transport::Udp)),
        Incoming::Absorbed
    ));
    l.handle_timeout(16_000 + 5_000);
    assert_eq!(l.transactions(), (0, 0));
    assert!(l.poll_event().is_none());
}

#[test]
fn invite_client_acks_non_2xx_and_reacks_retransmissions() {
    let mut l = TransactionLayer::new(Timers::default());
    let req = request("INVITE", "z9hG4bKc");
    l.send_request(0, peer(Transport::Udp), req.clone())
        .unwrap();
    drain(&mut l);
    let busy = parse(&response_to(&req, 486)).unwrap();
    assert!(matches!(
        l.on_message(100, &busy, peer(Transport::Udp)),
        Incoming::Response(_)
    ));
    // The transaction ACKs at once, and again for each retransmission; the TU sees the
    // response once.
    assert!(matches!(
        l.on_message(200, &busy, peer(Transport::Udp)),
        Incoming::Absorbed
    ));
    let acks = drain(&mut l);
    assert_eq!(acks.len(), 2);
    let ack = parse(&acks[0].bytes).unwrap();
    assert_eq!(ack.method_str(), "ACK");
    assert_eq!(ack.cseq().unwrap().number, 1);
    assert_eq!(ack.to().unwrap().tag(), Some("t1"));
    assert_eq!(ack.top_via().unwrap().branch(), Some("z9hG4bKc"));
}

#[test]
fn invite_server_retransmits_final_until_ack_then_confirms() {
    let mut l = TransactionLayer::new(Timers::default());
    let req_bytes = request("INVITE", "z9hG4bKd");
    let req = parse(&req_bytes).unwrap();
    let Incoming::Request(id) = l.on_message(0, &req, peer(Transport::Udp)) else {
        panic!()
    };
    // A retransmitted INVITE before any response is absorbed silently.
    assert!(matches!(
        l.on_message(10, &req, peer(Transport::Udp)),
        Incoming::Absorbed
    ));
    assert!(l.respond(20, id, 100, response_to(&req_bytes, 100)));
    assert!(matches!(
        l.on_message(30, &req, peer(Transport::Udp)),
        Incoming::Absorbed
    ));
    assert_eq!(
        drain(&mut l).len(),
        2,
        "100 sent, then resent on the retransmission"
    );
    assert!(l.respond(40, id, 486, response_to(&req_bytes, 486)));
    drain(&mut l);
    l.handle_timeout(540);
    assert_eq!(drain(&mut l).len(), 1, "timer G");
    let ack = parse(
        &super::client::ack_for(&req_bytes, &parse(&response_to(&req_bytes, 486)).unwrap())
            .unwrap(),
    )
    .unwrap();
    assert!(matches!(
        l.on_message(600, &ack, peer(Transport::Udp)),
        Incoming::Absorbed
    ));
    l.handle_timeout(1540);
    assert!(drain(&mut l).is_empty(), "no retransmission after ACK");
    l.handle_timeout(600 + 5000);
    assert_eq!(l.transactions(), (0, 0));
    assert!(l.poll_event().is_none());
}

#[test]
fn invite_server_2xx_without_ack_times_out() {
    let mut l = TransactionLayer::new(Timers::default());
    let req_bytes = request("INVITE", "z9hG4bKe");
    let req = parse(&req_bytes).unwrap();
    let Incoming::Request(id) = l.on_message(0, &req, peer(Transport::Udp)) else {
        panic!()
    };
    l.respond(0, id, 200, response_to(&req_bytes, 200));
    drain(&mut l);
    let mut resent = 0;
    while let Some(t) = l.next_timeout() {
        l.handle_timeout(t);
        resent += drain(&mut l).len();
        if let Some(ev) = l.poll_event() {
            assert_eq!(ev, TxEvent::ServerTimeout(id));
            assert_eq!(t, 32_000);
            break;
        }
    }
    assert!(resent >= 7, "2xx retransmitted until timer H, got {resent}");
}

#[test]
fn ack_of_2xx_stops_retransmission_and_reaches_the_dialog() {
    let mut l = TransactionLayer::new(Timers::default());
    let req_bytes = request("INVITE", "z9hG4bKf");
    let req = parse(&req_bytes).unwrap();
    let Incoming::Request(id) = l.on_message(0, &req, peer(Transport::Udp)) else {
        panic!()
    };
    l.respond(0, id, 200, response_to(&req_bytes, 200));
    drain(&mut l);
    let ack = parse(&request("ACK", "z9hG4bKother")).unwrap();
    assert!(matches!(
        l.on_message(100, &ack, peer(Transport::Udp)),
        Incoming::Ack
    ));
    l.handle_timeout(600);
    assert!(drain(&mut l).is_empty());
    assert_eq!(l.transactions(), (0, 0));
}

#[test]
fn reliable_transport_sends_once_and_cancel_finds_its_invite() {
    let mut l = TransactionLayer::new(Timers::default());
    l.send_request(0, peer(Transport::Tcp), request("INVITE", "z9hG4bKg"))
        .unwrap();
    drain(&mut l);
    l.handle_timeout(10_000);
    assert!(drain(&mut l).is_empty());
    let invite = parse(&request("INVITE", "z9hG4bKh")).unwrap();
    let Incoming::Request(id) = l.on_message(0, &invite, peer(Transport::Udp)) else {
        panic!()
    };
    let cancel = parse(&request("CANCEL", "z9hG4bKh")).unwrap();
    assert!(matches!(
        l.on_message(0, &cancel, peer(Transport::Udp)),
        Incoming::Request(_)
    ));
    assert_eq!(l.invite_for_cancel(&cancel), Some(id));
}
