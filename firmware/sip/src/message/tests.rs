use super::framer::{Frame, Framer};
use super::writer::Writer;
use super::*;

const INVITE: &str = "INVITE sip:bob@biloxi.example.com SIP/2.0\r\n\
Via: SIP/2.0/UDP pc33.atlanta.example.com;branch=z9hG4bK776asdhds\r\n\
Max-Forwards: 70\r\n\
To: Bob <sip:bob@biloxi.example.com>\r\n\
From: Alice <sip:alice@atlanta.example.com>;tag=1928301774\r\n\
Call-ID: a84b4c76e66710@pc33.atlanta.example.com\r\n\
CSeq: 314159 INVITE\r\n\
Contact: <sip:alice@pc33.atlanta.example.com>\r\n\
Content-Type: application/sdp\r\n\
Content-Length: 4\r\n\
\r\n\
v=0\n";

#[test]
fn parses_a_plain_invite() {
    let m = parse(INVITE.as_bytes()).unwrap();
    assert_eq!(m.method(), Some(Method::Invite));
    assert_eq!(m.uri().unwrap().user, Some("bob"));
    assert_eq!(m.cseq().unwrap().number, 314159);
    assert_eq!(m.from().unwrap().tag(), Some("1928301774"));
    assert_eq!(m.top_via().unwrap().branch(), Some("z9hG4bK776asdhds"));
    assert_eq!(m.body(), b"v=0\n");
    assert_eq!(m.max_forwards(), Some(70));
}

#[test]
fn unfolds_and_reads_compact_forms() {
    let msg = "OPTIONS sip:x@h SIP/2.0\r\nv: SIP/2.0/UDP h;branch=z9hG4bK1\r\n\
f: <sip:a@h>;tag=1\r\nt: <sip:x@h>\r\ni: c1\r\nCSeq: 1\r\n  OPTIONS\r\nSubject: a\r\n\tb\r\nl: 0\r\n\r\n";
    let m = parse(msg.as_bytes()).unwrap();
    assert_eq!(m.cseq().unwrap().method, "OPTIONS");
    assert_eq!(m.header_named("subject"), Some("a  \tb"));
    assert_eq!(m.call_id(), "c1");
}

#[test]
fn rejects_with_reasons() {
    let cases: &[(&str, &str)] = &[
        ("INVITE  sip:x@h SIP/2.0\r\n\r\n", "Malformed Request-Line"),
        ("INVITE <sip:x@h> SIP/2.0\r\n\r\n", "Malformed Request-URI"),
        (
            "OPTIONS sip:x@h SIP/2.0\r\nVia: SIP/2.0/UDP h;branch=z9hG4bK1\r\nFrom: <sip:a@h>;tag=1\r\nTo: <sip:x@h>\r\nCSeq: 1 OPTIONS\r\n\r\n",
            "Missing Call-ID Header",
        ),
        (
            "OPTIONS sip:x@h SIP/2.0\r\nVia: SIP/2.0/UDP h;branch=z9hG4bK1\r\nFrom: <sip:a@h>;tag=1\r\nTo: <sip:x@h>\r\nCall-ID: c\r\nCSeq: 1 INVITE\r\n\r\n",
            "CSeq Method Does Not Match Request",
        ),
        (
            "OPTIONS sip:x@h SIP/2.0\r\nVia: SIP/2.0/UDP h;branch=z9hG4bK1\r\nFrom: <sip:a@h>;tag=1\r\nTo: <sip:x@h>\r\nCall-ID: c\r\nCSeq: 1 OPTIONS\r\nContent-Length: 10\r\n\r\nabc",
            "Content-Length Larger Than Message",
        ),
        (
            "OPTIONS sip:x@h SIP/2.0\r\nVia: SIP/2.0/UDP h;branch=z9hG4bK1\r\nFrom: <sip:a@h>;tag=1\r\nTo: <sip:x@h>\r\nCall-ID: c\r\nCSeq: 99999999999 OPTIONS\r\n\r\n",
            "Malformed CSeq: sequence number is not a number",
        ),
    ];
    for (msg, reason) in cases {
        let err = parse(msg.as_bytes()).unwrap_err();
        assert_eq!(err.reason, *reason, "{msg}");
        assert_eq!(err.status, 400);
    }
    let err = parse(b"OPTIONS sip:x@h SIP/7.0\r\n\r\n").unwrap_err();
    assert_eq!(err.status, 505);
}

#[test]
fn datagram_extra_bytes_are_dropped() {
    let mut msg = INVITE.to_string();
    msg.push_str("INVITE sip:x@h SIP/2.0\r\n");
    let m = parse(msg.as_bytes()).unwrap();
    assert_eq!(m.body(), b"v=0\n");
}

#[test]
fn writer_round_trips() {
    let req = parse(INVITE.as_bytes()).unwrap();
    let mut w = Writer::response_to(&req, 180, "Ringing", Some("abc"));
    w.header("Contact", "<sip:pbx@10.0.0.1>");
    let bytes = w.finish_empty();
    let resp = parse(&bytes).unwrap();
    assert_eq!(resp.status(), Some(180));
    assert_eq!(resp.reason(), "Ringing");
    assert_eq!(resp.to().unwrap().tag(), Some("abc"));
    assert_eq!(resp.method_str(), "INVITE");
}

#[test]
fn framer_splits_stream_and_answers_pings() {
    let mut f = Framer::new();
    let mut stream = b"\r\n\r\n".to_vec();
    stream.extend_from_slice(INVITE.as_bytes());
    stream.extend_from_slice(INVITE.as_bytes());
    let (a, b) = stream.split_at(30);
    f.push(a);
    assert!(matches!(f.next_frame(), Ok(Some(Frame::Ping))));
    assert!(matches!(f.next_frame(), Ok(None)));
    f.push(b);
    assert!(matches!(f.next_frame(), Ok(Some(Frame::Message(_)))));
    assert!(matches!(f.next_frame(), Ok(Some(Frame::Message(_)))));
    assert!(matches!(f.next_frame(), Ok(None)));
    assert_eq!(f.buffered(), 0);
    f.push(b"OPTIONS sip:x@h SIP/2.0\r\nCall-ID: x\r\n\r\n");
    assert!(f.next_frame().is_err());
}
