use super::*;
use crate::message::parse;

const SUBSCRIBE: &str = "SUBSCRIBE sip:MAC001565AABBCC@224.0.1.75 SIP/2.0\r\n\
Via: SIP/2.0/UDP 192.0.2.50:5060;branch=z9hG4bK1234\r\n\
From: <sip:MAC001565AABBCC@224.0.1.75>;tag=ph1\r\n\
To: <sip:MAC001565AABBCC@224.0.1.75>\r\n\
Call-ID: pnp-1@192.0.2.50\r\n\
CSeq: 1 SUBSCRIBE\r\n\
Contact: <sip:192.0.2.50:5062>\r\n\
Max-Forwards: 70\r\n\
Event: ua-profile;profile-type=\"device\";vendor=\"Yealink\";model=\"T54W\";version=\"96.86.0.100\"\r\n\
Accept: application/url\r\n\
Expires: 0\r\n\
Content-Length: 0\r\n\r\n";

fn source() -> SocketAddr {
    "192.0.2.50:40000".parse().unwrap()
}

#[test]
fn the_200_and_the_in_dialog_notify() {
    let sub = read(SUBSCRIBE.as_bytes(), source()).unwrap();
    assert_eq!(sub.mac, "001565aabbcc");
    assert_eq!(
        (sub.vendor.as_deref(), sub.model.as_deref()),
        (Some("Yealink"), Some("T54W"))
    );
    let me: SocketAddr = "192.0.2.1:41000".parse().unwrap();
    let a = sub.answer(me, "http://192.0.2.1:8000/provision/", "abcdef0123456789ff");
    // The 200 goes to the Via's port at the source address (no rport asked), with a To-tag.
    assert_eq!(a.ok_to, "192.0.2.50:5060".parse().unwrap());
    let ok = parse(&a.ok).unwrap();
    assert_eq!(ok.status(), Some(200));
    let tag = ok.to().unwrap().tag().unwrap().to_string();
    assert_eq!(ok.expires(), Some(0));
    assert_eq!(ok.call_id(), "pnp-1@192.0.2.50");

    // The NOTIFY goes to the Contact, in the dialog the 200 made.
    assert_eq!(a.notify_to, "192.0.2.50:5062".parse().unwrap());
    let n = parse(&a.notify).unwrap();
    assert_eq!(n.method(), Some(Method::Notify));
    assert_eq!(n.uri_str(), "sip:192.0.2.50:5062");
    assert_eq!(n.from().unwrap().tag(), Some(tag.as_str()));
    assert_eq!(n.to().unwrap().tag(), Some("ph1"));
    assert_eq!(n.call_id(), "pnp-1@192.0.2.50");
    assert_eq!(n.cseq().unwrap().method, "NOTIFY");
    let via = n.top_via().unwrap();
    assert_eq!((via.host, via.port), ("192.0.2.1", Some(41000)));
    assert!(
        n.header(HeaderName::Event)
            .unwrap()
            .starts_with("ua-profile;")
    );
    assert_eq!(
        n.header_named("Subscription-State"),
        Some("terminated;reason=timeout")
    );
    assert_eq!(n.header_named("Content-Type"), Some("application/url"));
    assert_eq!(n.body(), b"http://192.0.2.1:8000/provision/");
}

#[test]
fn rport_sends_the_200_to_the_source_port() {
    let text = SUBSCRIBE.replace("branch=z9hG4bK1234", "branch=z9hG4bK1234;rport");
    let sub = read(text.as_bytes(), source()).unwrap();
    let a = sub.answer("192.0.2.1:41000".parse().unwrap(), "u", "n");
    assert_eq!(a.ok_to, source());
}

#[test]
fn other_events_and_missing_macs_get_an_error() {
    let other = SUBSCRIBE.replace("Event: ua-profile", "Event: presence");
    match read(other.as_bytes(), source()) {
        Err(Refusal::Reply { bytes, to }) => {
            assert_eq!(parse(&bytes).unwrap().status(), Some(489));
            assert_eq!(to, "192.0.2.50:5060".parse().unwrap());
        }
        r => panic!("{r:?}"),
    }
    let user = SUBSCRIBE.replace("profile-type=\"device\"", "profile-type=\"user\"");
    assert!(matches!(
        read(user.as_bytes(), source()),
        Err(Refusal::Reply { .. })
    ));
    let no_mac = SUBSCRIBE.replace("MAC001565AABBCC@", "phone@");
    match read(no_mac.as_bytes(), source()) {
        Err(Refusal::Reply { bytes, .. }) => {
            let r = parse(&bytes).unwrap();
            assert_eq!(r.status(), Some(400));
            assert!(r.reason().contains("MAC"), "{}", r.reason());
        }
        r => panic!("{r:?}"),
    }
}

#[test]
fn noise_on_the_group_is_ignored() {
    assert_eq!(read(b"hello", source()).unwrap_err(), Refusal::Ignore);
    let options = SUBSCRIBE
        .replacen("SUBSCRIBE", "OPTIONS", 1)
        .replace("1 SUBSCRIBE", "1 OPTIONS");
    assert_eq!(
        read(options.as_bytes(), source()).unwrap_err(),
        Refusal::Ignore
    );
    let in_dialog = SUBSCRIBE.replace("224.0.1.75>\r\nCall-ID", "224.0.1.75>;tag=x\r\nCall-ID");
    assert_eq!(
        read(in_dialog.as_bytes(), source()).unwrap_err(),
        Refusal::Ignore
    );
    let huge = format!("{SUBSCRIBE}{}", "x".repeat(100_000));
    assert_eq!(
        read(huge.as_bytes(), source()).unwrap_err(),
        Refusal::Ignore,
        "oversized"
    );
}
