//! The analog port's user agent against scripted engine messages.

use super::*;

fn ua() -> Ua {
    Ua::new(
        Identity {
            user: "fxs1".into(),
            password: "secret".into(),
            domain: "office.example".into(),
        },
        Mode::Device,
        "127.0.0.1:50001".parse().unwrap(),
        "127.0.0.1:40000".parse().unwrap(),
        42,
    )
}

fn sent(ua: &mut Ua) -> Vec<Message> {
    std::iter::from_fn(|| ua.poll_transmit())
        .map(|b| parse(&b).expect("the UA writes parsable SIP"))
        .collect()
}

fn events(ua: &mut Ua) -> Vec<UaEvent> {
    std::iter::from_fn(|| ua.poll_event()).collect()
}

/// A response to `req` as the engine would write it.
fn answer(req: &Message, code: u16, extra: &[(&str, &str)], body: &[u8]) -> Vec<u8> {
    let mut w = Writer::response_to(req, code, "X", Some("engtag"));
    for (n, v) in extra {
        w.header(n, v);
    }
    w.finish(Some("application/sdp"), body)
}

const CHALLENGE: &str =
    r#"Digest realm="office.example", nonce="abc123", algorithm=MD5, qop="auth""#;
const ENGINE_SDP: &[u8] =
    b"v=0\r\no=- 1 1 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\nm=audio 20000 RTP/AVP 8 101\r\na=rtpmap:8 PCMA/8000\r\n";

#[test]
fn registers_with_digest_and_refreshes_at_half_time() {
    let mut ua = ua();
    ua.tick(0);
    let reg = sent(&mut ua).remove(0);
    assert_eq!(reg.method(), Some(Method::Register));
    ua.handle(
        10,
        &answer(&reg, 401, &[("WWW-Authenticate", CHALLENGE)], b""),
    );
    let again = sent(&mut ua).remove(0);
    let auth = again
        .header(HeaderName::Authorization)
        .expect("credentials");
    assert!(
        auth.contains(r#"username="fxs1""#) && auth.contains("qop=auth"),
        "{auth}"
    );
    ua.handle(20, &answer(&again, 200, &[("Expires", "600")], b""));
    assert_eq!(events(&mut ua), vec![UaEvent::Registered(true)]);
    ua.tick(299_000);
    assert!(sent(&mut ua).is_empty());
    ua.tick(300_100);
    assert_eq!(sent(&mut ua).len(), 1, "refresh at half the granted time");
}

#[test]
fn a_call_answers_a_proxy_challenge_then_connects_and_hangs_up_with_bye() {
    let mut ua = ua();
    ua.dial("1001");
    let inv = sent(&mut ua).remove(0);
    assert_eq!(inv.uri_str(), "sip:1001@office.example");
    ua.handle(
        0,
        &answer(&inv, 407, &[("Proxy-Authenticate", CHALLENGE)], b""),
    );
    let out = sent(&mut ua);
    assert_eq!(out[0].method(), Some(Method::Ack), "ACK of the 407");
    assert_eq!(out[0].top_via(), inv.top_via(), "same branch as the INVITE");
    let inv2 = &out[1];
    assert!(inv2.header(HeaderName::ProxyAuthorization).is_some());
    assert_eq!(inv2.cseq().unwrap().number, 2);
    ua.handle(0, &answer(inv2, 180, &[], b""));
    ua.handle(
        0,
        &answer(
            inv2,
            200,
            &[("Contact", "<sip:b2bua@127.0.0.1:5060>")],
            ENGINE_SDP,
        ),
    );
    let ack = sent(&mut ua).remove(0);
    assert_eq!(ack.method(), Some(Method::Ack));
    assert_eq!(ack.uri_str(), "sip:b2bua@127.0.0.1:5060");
    let media = RemoteMedia {
        addr: "127.0.0.1:20000".parse().unwrap(),
        law: sdp::Law::Alaw,
    };
    assert_eq!(
        events(&mut ua),
        vec![UaEvent::Ringback, UaEvent::Connected(media)]
    );
    ua.hang_up();
    let bye = sent(&mut ua).remove(0);
    assert_eq!(bye.method(), Some(Method::Bye));
    assert!(bye.to().unwrap().tag() == Some("engtag"));
    assert!(!ua.has_call());
}

#[test]
fn busy_and_failures_end_the_call_with_an_ack() {
    for (code, want) in [(486, UaEvent::Busy), (404, UaEvent::Failed(404))] {
        let mut ua = ua();
        ua.dial("999");
        let inv = sent(&mut ua).remove(0);
        ua.handle(0, &answer(&inv, code, &[], b""));
        assert_eq!(sent(&mut ua)[0].method(), Some(Method::Ack));
        assert_eq!(events(&mut ua), vec![want]);
        assert!(!ua.has_call());
    }
}

fn incoming_invite() -> Vec<u8> {
    let mut w = Writer::request("INVITE", "sip:fxs1@127.0.0.1:50001;transport=tcp");
    w.header("Via", "SIP/2.0/TCP 127.0.0.1:5060;branch=z9hG4bKeng1");
    w.header(
        "From",
        "\"Ada Lovelace\" <sip:1001@office.example>;tag=caller",
    );
    w.header("To", "<sip:fxs1@office.example>");
    w.header("Call-ID", "in-1");
    w.header("CSeq", "1 INVITE");
    w.header("Contact", "<sip:b2bua@127.0.0.1:5060>");
    w.finish(Some("application/sdp"), ENGINE_SDP)
}

#[test]
fn an_incoming_call_rings_with_caller_id_and_is_answered_with_sdp() {
    let mut ua = ua();
    ua.handle(0, &incoming_invite());
    let ringing = sent(&mut ua).remove(0);
    assert_eq!(ringing.status(), Some(180));
    assert_eq!(
        events(&mut ua),
        vec![UaEvent::Incoming {
            number: "1001".into(),
            name: "Ada Lovelace".into(),
            dialled: "fxs1".into(),
        }]
    );
    ua.answer();
    let ok = sent(&mut ua).remove(0);
    assert_eq!(ok.status(), Some(200));
    assert!(sdp::remote(ok.body()).is_some());
    assert!(matches!(events(&mut ua)[..], [UaEvent::Connected(_)]));
}

#[test]
fn a_cancelled_incoming_call_stops_ringing_and_a_second_call_is_busy() {
    let mut ua = ua();
    ua.handle(0, &incoming_invite());
    sent(&mut ua);
    let second = String::from_utf8(incoming_invite())
        .unwrap()
        .replace("in-1", "in-2");
    ua.handle(0, second.as_bytes());
    assert_eq!(sent(&mut ua)[0].status(), Some(486));
    let cancel = String::from_utf8(incoming_invite())
        .unwrap()
        .replace("INVITE sip", "CANCEL sip")
        .replace("1 INVITE", "1 CANCEL");
    ua.handle(0, cancel.as_bytes());
    let out = sent(&mut ua);
    assert_eq!(
        out.iter().map(|m| m.status()).collect::<Vec<_>>(),
        vec![Some(200), Some(487)]
    );
    assert_eq!(events(&mut ua).last(), Some(&UaEvent::CallerGone));
    assert!(!ua.has_call());
}

#[test]
fn a_gateway_does_not_register_passes_the_outside_caller_on_and_can_refuse_a_call() {
    let mut gw = Ua::new(
        Identity {
            user: "fxo1".into(),
            password: String::new(),
            domain: "127.0.0.1:5060".into(),
        },
        Mode::Gateway,
        "127.0.0.2:40002".parse().unwrap(),
        "127.0.0.1:40000".parse().unwrap(),
        7,
    );
    gw.tick(0);
    assert!(sent(&mut gw).is_empty(), "no REGISTER from a gateway");
    gw.dial_as("5551000", Some(("2125550100", "Outside \"Caller\"")));
    let inv = sent(&mut gw).remove(0);
    assert_eq!(inv.uri_str(), "sip:5551000@127.0.0.1:5060");
    assert_eq!(inv.top_via().unwrap().transport, "UDP");
    let from = inv.from().unwrap();
    assert_eq!(from.uri.user, Some("2125550100"));
    assert_eq!(from.display_name(), "Outside Caller");
    gw.hang_up();
    assert_eq!(sent(&mut gw)[0].method(), Some(Method::Cancel));

    let mut gw2 = ua();
    gw2.handle(0, &incoming_invite());
    sent(&mut gw2);
    gw2.reject(503);
    assert_eq!(sent(&mut gw2)[0].status(), Some(503));
    assert!(!gw2.has_call());
}

/// `incoming_invite` with another Call-ID, caller and media port.
fn invite_from(call_id: &str, caller: &str, port: u16) -> Vec<u8> {
    String::from_utf8(incoming_invite())
        .unwrap()
        .replace("in-1", call_id)
        .replace("1001@", &format!("{caller}@"))
        .replace("Ada Lovelace", caller)
        .replace("audio 20000", &format!("audio {port}"))
        .into_bytes()
}

#[test]
fn call_waiting_switches_with_hold_and_a_hang_up_rings_back_for_the_held_call() {
    let mut ua = ua();
    ua.handle(0, &invite_from("c1", "1001", 20000));
    ua.answer();
    sent(&mut ua);
    events(&mut ua);
    // A second call waits.
    ua.handle(0, &invite_from("c2", "1003", 20002));
    assert_eq!(sent(&mut ua)[0].status(), Some(180));
    assert_eq!(
        events(&mut ua),
        vec![UaEvent::CallWaiting {
            number: "1003".into(),
            name: "1003".into()
        }]
    );
    // Flash: the first goes on hold, the second is answered.
    ua.switch();
    let out = sent(&mut ua);
    assert_eq!(out[0].method(), Some(Method::Invite));
    assert_eq!(out[0].call_id(), "c1");
    assert!(String::from_utf8_lossy(out[0].body()).contains("a=sendonly"));
    assert_eq!((out[1].call_id(), out[1].status()), ("c2", Some(200)));
    assert!(matches!(&events(&mut ua)[..], [UaEvent::Connected(m)] if m.addr.port() == 20002));
    assert!(
        !ua.consulting(),
        "a switched call waiting is no consultation to join"
    );
    // The hold is acknowledged on the held call.
    ua.handle(0, &answer(&out[0], 200, &[], ENGINE_SDP));
    let ack = sent(&mut ua).remove(0);
    assert_eq!((ack.method(), ack.call_id()), (Some(Method::Ack), "c1"));
    // Flash again: back to the first.
    ua.switch();
    let out = sent(&mut ua);
    assert_eq!(out.len(), 2, "hold c2, resume c1");
    assert!(String::from_utf8_lossy(out[1].body()).contains("a=sendrecv"));
    assert!(matches!(&events(&mut ua)[..], [UaEvent::Connected(m)] if m.addr.port() == 20000));
    // Hanging up the first rings the port back for the held second.
    ua.hang_up();
    assert_eq!(sent(&mut ua)[0].method(), Some(Method::Bye));
    assert_eq!(
        events(&mut ua),
        vec![UaEvent::Recall {
            number: "1003".into(),
            name: "1003".into()
        }]
    );
    assert!(ua.has_call() && !ua.has_other());
}

/// A port in an answered call "c1" from 1001 (media on 20000), then flashed (c1 held with a
/// sendonly re-INVITE, so the engine plays the far end hold music).
fn flashed_1001() -> Ua {
    let mut ua = ua();
    ua.handle(0, &invite_from("c1", "1001", 20000));
    ua.answer();
    sent(&mut ua);
    events(&mut ua);
    assert!(ua.hold_for_flash());
    let hold = sent(&mut ua).remove(0);
    assert_eq!(
        (hold.method(), hold.call_id()),
        (Some(Method::Invite), "c1")
    );
    assert!(String::from_utf8_lossy(hold.body()).contains("a=sendonly"));
    ua.handle(0, &answer(&hold, 200, &[], ENGINE_SDP));
    let ack = sent(&mut ua).remove(0);
    assert_eq!((ack.method(), ack.call_id()), (Some(Method::Ack), "c1"));
    assert!(!ua.hold_for_flash(), "held already");
    ua
}

#[test]
fn a_flash_holds_the_call_and_a_second_flash_resumes_it() {
    let mut ua = flashed_1001();
    ua.take_back();
    let resume = sent(&mut ua).remove(0);
    assert_eq!(
        (resume.method(), resume.call_id()),
        (Some(Method::Invite), "c1")
    );
    assert!(String::from_utf8_lossy(resume.body()).contains("a=sendrecv"));
    assert!(matches!(&events(&mut ua)[..], [UaEvent::Connected(m)] if m.addr.port() == 20000));
}

/// [`flashed_1001`], then consulting 1002, whose answer (media on 20004) has been
/// acknowledged.
fn consulting_1002() -> Ua {
    let mut ua = flashed_1001();
    ua.consult("1002");
    let inv = sent(&mut ua).remove(0);
    assert_eq!(inv.uri_str(), "sip:1002@office.example");
    let sdp = String::from_utf8_lossy(ENGINE_SDP).replace("audio 20000", "audio 20004");
    ua.handle(0, &answer(&inv, 200, &[], sdp.as_bytes()));
    sent(&mut ua);
    assert!(matches!(&events(&mut ua)[..], [UaEvent::Connected(m)] if m.addr.port() == 20004));
    assert!(ua.consultation_answered());
    ua
}

#[test]
fn a_flash_joins_the_held_call_to_the_consultation_and_another_drops_the_third_party() {
    let mut ua = consulting_1002();
    ua.join();
    let resume = sent(&mut ua).remove(0);
    assert_eq!(
        (resume.method(), resume.call_id()),
        (Some(Method::Invite), "c1")
    );
    assert!(String::from_utf8_lossy(resume.body()).contains("a=sendrecv"));
    assert!(matches!(&events(&mut ua)[..], [UaEvent::Joined(m)] if m.addr.port() == 20000));
    assert!(ua.joined());
    ua.drop_consultation();
    let bye = sent(&mut ua).remove(0);
    assert_eq!(
        (bye.method(), bye.uri_str()),
        (Some(Method::Bye), "sip:1002@office.example")
    );
    assert!(matches!(&events(&mut ua)[..], [UaEvent::Connected(m)] if m.addr.port() == 20000));
    assert!(!ua.joined() && !ua.has_other() && ua.has_call());
}

#[test]
fn hanging_up_a_consultation_transfers_the_held_party_by_refer_with_replaces() {
    let mut ua = consulting_1002();
    ua.transfer_to_consultation();
    let refer = sent(&mut ua).remove(0);
    assert_eq!(
        (refer.method(), refer.call_id()),
        (Some(Method::Refer), "c1")
    );
    let refer_to = refer
        .header(HeaderName::ReferTo)
        .unwrap_or_default()
        .to_string();
    assert!(
        refer_to.starts_with("<sip:1002@office.example?Replaces=")
            && refer_to.contains("%3Bto-tag%3Dengtag%3Bfrom-tag%3D"),
        "{refer_to}"
    );
    assert!(!ua.has_call() && !ua.has_other());
}

#[test]
fn when_a_party_of_a_three_way_call_leaves_the_other_stays() {
    let mut ua = consulting_1002();
    ua.join();
    sent(&mut ua);
    events(&mut ua);
    // The third party (the current call) hangs up: the first call goes on alone.
    let consult_id = ua.call.as_ref().unwrap().call_id.clone();
    let bye = format!(
        "BYE sip:fxs1@127.0.0.1:50001 SIP/2.0\r\nVia: SIP/2.0/TCP 127.0.0.1:5060;branch=z9hG4bKb1\r\nFrom: <sip:1002@office.example>;tag=engtag\r\nTo: <sip:fxs1@office.example>;tag=x\r\nCall-ID: {consult_id}\r\nCSeq: 5 BYE\r\nContent-Length: 0\r\n\r\n"
    );
    ua.handle(0, bye.as_bytes());
    assert_eq!(sent(&mut ua)[0].status(), Some(200));
    assert!(matches!(&events(&mut ua)[..], [UaEvent::Connected(m)] if m.addr.port() == 20000));
    assert!(!ua.joined() && ua.has_call() && !ua.has_other());
}

#[test]
fn dropping_an_unjoined_consultation_takes_the_held_call_off_hold() {
    let mut ua = consulting_1002();
    ua.drop_consultation();
    let out = sent(&mut ua);
    assert_eq!(out[0].method(), Some(Method::Bye));
    assert_eq!(
        (out[1].method(), out[1].call_id()),
        (Some(Method::Invite), "c1")
    );
    assert!(String::from_utf8_lossy(out[1].body()).contains("a=sendrecv"));
    assert!(matches!(&events(&mut ua)[..], [UaEvent::Connected(m)] if m.addr.port() == 20000));
}
