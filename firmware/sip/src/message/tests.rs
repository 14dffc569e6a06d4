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
        (
            "INVITE  sip:x@h SIP/2.0\r\n\r\n",
            "Extra Whitespace In Request-Line",
        ),
        ("INVITE sip:x@h\r\n\r\n", "Malformed Request-Line"),
        (
            "INVITE <sip:x@h> SIP/2.0\r\n\r\n",
            "Malformed Request-URI: enclosed in <>",
        ),
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
            "Malformed CSeq: sequence number too large",
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
    // A lone CRLF is the pong to our own ping.
    f.push(b"\r\n");
    assert!(matches!(f.next_frame(), Ok(Some(Frame::Pong))));
    assert!(matches!(f.next_frame(), Ok(None)));
    f.push(b"OPTIONS sip:x@h SIP/2.0\r\nCall-ID: x\r\n\r\n");
    assert!(f.next_frame().is_err());
}

/// A minimal valid OPTIONS with `extra` header lines spliced in before Content-Length.
fn options_with(first_line: &str, extra: &str) -> String {
    format!(
        "{first_line}\r\nVia: SIP/2.0/UDP h;branch=z9hG4bK1\r\nFrom: <sip:a@h>;tag=1\r\n\
         To: <sip:x@h>\r\nCall-ID: c\r\nCSeq: 1 OPTIONS\r\n{extra}Content-Length: 0\r\n\r\n"
    )
}

#[test]
fn request_line_whitespace_and_uri_faults_are_named() {
    let cases = [
        (
            "OPTIONS sip:x@h SIP/2.0 ",
            "Trailing Whitespace In Request-Line",
        ),
        (
            "OPTIONS sip:x@h\tSIP/2.0",
            "Extra Whitespace In Request-Line",
        ),
        ("OPTIONS sip:x@h; lr SIP/2.0", "Whitespace In Request-URI"),
        (
            "OPTIONS sip:x@h?Route=%3Csip:y%3E SIP/2.0",
            "Request-URI Must Not Contain Headers",
        ),
    ];
    for (line, reason) in cases {
        let err = parse(options_with(line, "").as_bytes()).unwrap_err();
        assert_eq!(err.reason, reason, "{line}");
    }
    // '?' in the user part is not a header (RFC 4475 "intmeth").
    let m = parse(options_with("OPTIONS sip:a?b@h SIP/2.0", "").as_bytes()).unwrap();
    assert_eq!(m.uri().unwrap().user, Some("a?b"));
    // Unknown schemes are opaque but still may not hold quotes or angle brackets.
    let err = parse(options_with("OPTIONS foo:<x> SIP/2.0", "").as_bytes()).unwrap_err();
    assert_eq!(err.reason, "Malformed Request-URI");
}

#[test]
fn max_forwards_allows_leading_zeros_but_not_over_255() {
    let ok = parse(options_with("OPTIONS sip:x@h SIP/2.0", "Max-Forwards: 0068\r\n").as_bytes());
    assert_eq!(ok.unwrap().max_forwards(), Some(68));
    let err = parse(options_with("OPTIONS sip:x@h SIP/2.0", "Max-Forwards: 300\r\n").as_bytes())
        .unwrap_err();
    assert_eq!(err.reason, "Max-Forwards Out Of Range");
    let err = parse(options_with("OPTIONS sip:x@h SIP/2.0", "Max-Forwards: -1\r\n").as_bytes())
        .unwrap_err();
    assert_eq!(err.reason, "Malformed Max-Forwards");
}

#[test]
fn date_must_be_gmt_rfc1123() {
    let line = "OPTIONS sip:x@h SIP/2.0";
    assert!(
        parse(options_with(line, "Date: Sat, 13 Nov 2010 23:29:00 GMT\r\n").as_bytes()).is_ok()
    );
    for bad in [
        "Date: Fri, 01 Jan 2010 16:00:00 EST\r\n",
        "Date: yesterday\r\n",
        "DATE: Sat, 13 Nov 2010 23:29:00 GMTX\r\n",
    ] {
        let err = parse(options_with(line, bad).as_bytes()).unwrap_err();
        assert_eq!(err.reason, "Malformed Date", "{bad}");
    }
}

#[test]
fn empty_list_elements_and_parameters_are_refused() {
    let line = "OPTIONS sip:x@h SIP/2.0";
    let err = parse(options_with(line, "Via: SIP/2.0/UDP g;branch=z9hG4bK2,,\r\n").as_bytes())
        .unwrap_err();
    assert_eq!(err.reason, "Malformed Via: empty list element");
    let err = parse(options_with(line, "Contact: <sip:a@h>;;\r\n").as_bytes()).unwrap_err();
    assert_eq!(err.reason, "Malformed Contact: empty parameter");
    let err = parse(options_with(line, "Contact: <sip:a@h>,\r\n").as_bytes()).unwrap_err();
    assert_eq!(err.reason, "Malformed Contact: empty list element");
    // Unknown headers may carry anything (RFC 4475 "wsinv").
    assert!(parse(options_with(line, "X-Odd: ;;,,;;,;\r\n").as_bytes()).is_ok());
}

#[test]
fn datagram_without_the_final_empty_line_is_read_as_complete() {
    let msg = options_with("OPTIONS sip:x@h SIP/2.0", "");
    let without = &msg[..msg.len() - 2];
    let m = parse(without.as_bytes()).unwrap();
    assert_eq!(m.body(), b"");
    assert_eq!(m.call_id(), "c");
    // ... but a header line cut in the middle is still incomplete.
    let cut = &msg[..msg.len() - 5];
    assert_eq!(
        parse(cut.as_bytes()).unwrap_err().reason,
        "Incomplete Header Block"
    );
}

#[test]
fn framer_byte_at_a_time_is_not_quadratic_and_still_frames() {
    let mut f = Framer::new();
    let mut stream = INVITE.as_bytes().to_vec();
    stream.extend_from_slice(INVITE.as_bytes());
    let mut frames = 0;
    for b in &stream {
        f.push(std::slice::from_ref(b));
        while let Ok(Some(Frame::Message(_))) = f.next_frame() {
            frames += 1;
        }
    }
    assert_eq!(frames, 2);
    assert_eq!(f.buffered(), 0);
    // A header block that never ends is refused once it passes the message limit.
    let mut f = Framer::new();
    f.push(b"OPTIONS sip:x@h SIP/2.0\r\n");
    let line = [b'X'; 1000];
    let mut result = Ok(None);
    for _ in 0..70 {
        f.push(&line);
        result = f.next_frame();
        if result.is_err() {
            break;
        }
    }
    assert_eq!(result.unwrap_err().reason, "Header Block Too Large");
}

#[test]
fn framer_refuses_content_length_it_cannot_hold() {
    // Found by the framer fuzz target: usize::MAX behind leading zeros overflowed the frame
    // length. Also '+5', which `str::parse` takes but `parse` does not.
    for cl in [
        "0000000000000000018446744073709551615",
        "18446744073709551615",
        "+5",
        "-1",
        "",
    ] {
        let mut f = Framer::new();
        f.push(format!("OPTIONS sip:x@h SIP/2.0\r\nl: {cl}\r\n\r\n").as_bytes());
        let err = f.next_frame().unwrap_err();
        assert_eq!(err.reason, "Malformed Content-Length", "{cl}");
    }
    let mut f = Framer::new();
    f.push(b"OPTIONS sip:x@h SIP/2.0\r\nl: 999999999\r\n\r\n");
    assert_eq!(f.next_frame().unwrap_err().status, 413);
}
