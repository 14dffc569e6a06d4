//! An attended transfer through the running box. A (SIPp) calls B; B consults C (SIPp) on a
//! second call and then REFERs A to C with `Replaces` naming that call. B is a phone written
//! by hand here, because it must copy the consultation dialog's tags into its REFER (what a
//! desk phone's "transfer" key does after a consultation). The box joins A and C, tells B
//! the outcome (NOTIFY 200) and hangs up both of B's calls; A and C stay connected until
//! A hangs up.

mod common;

use std::net::{SocketAddr, UdpSocket};
use std::time::{Duration, Instant};

use common::Pbx;
use common::baresip::create_device;
use common::sipp::{SippDir, free_port, register_from, uac, uas};
use edgepbx_sip::auth::{ClientAuth, authorization, parse_challenge};
use edgepbx_sip::message::writer::Writer;
use edgepbx_sip::message::{HeaderName, Message, parse};

const WAIT: Duration = Duration::from_secs(10);

/// A SIP phone on a UDP socket, speaking just enough SIP for this test.
struct Phone {
    sock: UdpSocket,
    user: &'static str,
    password: String,
    pbx: SocketAddr,
    branch: u32,
}

impl Phone {
    fn new(user: &'static str, pbx: SocketAddr) -> Phone {
        let sock = UdpSocket::bind("127.0.0.1:0").unwrap();
        sock.set_read_timeout(Some(Duration::from_millis(200)))
            .unwrap();
        Phone {
            sock,
            user,
            password: format!("pw{user}"),
            pbx,
            branch: 0,
        }
    }

    fn local(&self) -> SocketAddr {
        self.sock.local_addr().unwrap()
    }

    fn contact(&self) -> String {
        format!("<sip:{}@{}>", self.user, self.local())
    }

    fn send(&self, bytes: &[u8]) {
        self.sock.send_to(bytes, self.pbx).unwrap();
    }

    /// The next message from the box (panics after `WAIT`).
    fn recv(&self) -> Message {
        let deadline = Instant::now() + WAIT;
        let mut buf = vec![0u8; 65536];
        while Instant::now() < deadline {
            if let Ok((n, _)) = self.sock.recv_from(&mut buf) {
                return parse(&buf[..n]).expect("the box sends parsable SIP");
            }
        }
        panic!("{}: nothing from the box within {WAIT:?}", self.user);
    }

    /// The next final response (provisional ones skipped).
    fn final_response(&self) -> Message {
        loop {
            let m = self.recv();
            if m.status().is_some_and(|c| c >= 200) {
                return m;
            }
        }
    }

    fn answer(&self, request: &Message, code: u16, tag: Option<&str>, sdp: Option<&str>) {
        let mut w = Writer::response_to(request, code, "OK", tag);
        w.header("Contact", self.contact());
        let bytes = match sdp {
            Some(body) => w.finish(Some("application/sdp"), body.as_bytes()),
            None => w.finish_empty(),
        };
        self.send(&bytes);
    }

    /// A request outside or inside a dialog; `to` carries the To value (with its tag, if any).
    #[allow(clippy::too_many_arguments)] // mirrors a request's fields
    fn request(
        &mut self,
        method: &str,
        uri: &str,
        call_id: &str,
        from_tag: &str,
        to: &str,
        cseq: u32,
        extra: &str,
        sdp: Option<&str>,
    ) -> Vec<u8> {
        self.branch += 1;
        let mut w = Writer::request(method, uri);
        w.header(
            "Via",
            format_args!(
                "SIP/2.0/UDP {};branch=z9hG4bKb{};rport",
                self.local(),
                self.branch
            ),
        )
        .header("Max-Forwards", 70)
        .header(
            "From",
            format_args!("<sip:{}@127.0.0.1>;tag={from_tag}", self.user),
        )
        .header("To", to)
        .header("Call-ID", call_id)
        .header("CSeq", format_args!("{cseq} {method}"))
        .header("Contact", self.contact());
        for line in extra.lines().filter(|l| !l.is_empty()) {
            let (name, value) = line.split_once(':').unwrap();
            w.header(name, value.trim());
        }
        let bytes = match sdp {
            Some(body) => w.finish(Some("application/sdp"), body.as_bytes()),
            None => w.finish_empty(),
        };
        self.send(&bytes);
        bytes
    }

    fn credentials(&self, challenge: &Message, method: &str, uri: &str) -> String {
        let c = parse_challenge(challenge.header(HeaderName::WwwAuthenticate).unwrap()).unwrap();
        let auth = authorization(&ClientAuth {
            realm: &c.realm,
            nonce: &c.nonce,
            algorithm: &c.algorithm,
            username: self.user,
            password: &self.password,
            method,
            uri,
            cnonce: "c0ffee",
            qop: c.qop_auth,
        });
        format!("Authorization: {auth}\n")
    }

    fn register(&mut self) {
        let to = format!("<sip:{}@127.0.0.1>", self.user);
        let uri = "sip:127.0.0.1";
        self.request(
            "REGISTER",
            uri,
            "reg-b",
            "r",
            &to,
            1,
            "Expires: 600\n",
            None,
        );
        let challenge = self.final_response();
        assert_eq!(challenge.status(), Some(401));
        let auth = self.credentials(&challenge, "REGISTER", uri);
        let extra = format!("Expires: 600\n{auth}");
        self.request("REGISTER", uri, "reg-b", "r", &to, 2, &extra, None);
        assert_eq!(self.final_response().status(), Some(200));
    }

    /// Calls `number`, answering the challenge; returns the 200 (ACKed).
    fn call(&mut self, number: &str, call_id: &str, tag: &str, sdp: &str) -> Message {
        let uri = format!("sip:{number}@127.0.0.1");
        let to = format!("<{uri}>");
        let first = self.request("INVITE", &uri, call_id, tag, &to, 1, "", Some(sdp));
        let challenge = self.final_response();
        assert_eq!(challenge.status(), Some(401));
        // The ACK of a failure reuses the INVITE's branch.
        let first = parse(&first).unwrap();
        let mut ack = Writer::request("ACK", &uri);
        ack.header("Via", first.header(HeaderName::Via).unwrap())
            .header("Max-Forwards", 70)
            .header("From", first.header(HeaderName::From).unwrap())
            .header("To", challenge.header(HeaderName::To).unwrap())
            .header("Call-ID", call_id)
            .header("CSeq", "1 ACK");
        self.send(&ack.finish_empty());
        let auth = self.credentials(&challenge, "INVITE", &uri);
        self.request("INVITE", &uri, call_id, tag, &to, 2, &auth, Some(sdp));
        let ok = self.final_response();
        assert_eq!(
            ok.status(),
            Some(200),
            "{}",
            String::from_utf8_lossy(ok.as_bytes())
        );
        let target = ok.contacts().next().unwrap().uri_text.to_string();
        let to = ok.header(HeaderName::To).unwrap().to_string();
        self.request("ACK", &target, call_id, tag, &to, 2, "", None);
        ok
    }
}

fn sdp(port: u16) -> String {
    format!(
        "v=0\r\no=b 1 1 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\nm=audio {port} RTP/AVP 0 101\r\na=rtpmap:0 PCMU/8000\r\na=rtpmap:101 telephone-event/8000\r\n"
    )
}

/// `%`-escapes what a URI header value may not hold.
fn escape(text: &str) -> String {
    text.replace('%', "%25")
        .replace(';', "%3B")
        .replace('=', "%3D")
        .replace('@', "%40")
}

#[test]
fn an_attended_transfer_joins_the_caller_and_the_consulted_phone() {
    let data = tempfile::tempdir().unwrap();
    let pbx = Pbx::start_with(data.path(), &[]);
    let admin = pbx.admin();
    let [a_id, b_id, c_id] =
        ["7001", "7002", "7003"].map(|user| create_device(&admin, user, &format!("pw{user}")));
    let dir = SippDir::new();
    let media = UdpSocket::bind("127.0.0.1:0").unwrap();
    let b_sdp = sdp(media.local_addr().unwrap().port());

    let mut b = Phone::new("7002", pbx.sip);
    b.register();
    let c_port = free_port();
    register_from(&dir, &pbx, "7003", c_port);
    let mut c = uas(&dir, "uas_echo.xml", c_port, &[]);
    // A talks for 8 s, then hangs up.
    let mut a = uac(
        &dir,
        &pbx,
        "uac_auth_rtp.xml",
        "7001",
        "7002",
        &["-d", "8000"],
    );

    // B answers A.
    let invite = loop {
        let m = b.recv();
        if m.method_str() == "INVITE" {
            break m;
        }
    };
    b.answer(&invite, 200, Some("b-first"), Some(&b_sdp));
    assert_eq!(b.recv().method_str(), "ACK");

    // B consults C on a call of its own.
    let ok = b.call("7003", "b-consult", "b-consult-tag", &b_sdp);
    let box_tag = ok.to().unwrap().tag().unwrap().to_string();
    std::thread::sleep(Duration::from_millis(500));

    // B transfers: A to C, replacing B's consultation call.
    let replaces = escape(&format!(
        "b-consult;to-tag={box_tag};from-tag=b-consult-tag"
    ));
    let refer_to = format!(
        "Refer-To: <sip:7003@127.0.0.1?Replaces={replaces}>\nReferred-By: <sip:7002@127.0.0.1>\n"
    );
    let first_uri = invite.contacts().next().unwrap().uri_text.to_string();
    let to_box = invite.header(HeaderName::From).unwrap().to_string();
    b.request(
        "REFER",
        &first_uri,
        invite.call_id(),
        "b-first",
        &to_box,
        1,
        &refer_to,
        None,
    );
    let (mut accepted, mut notified, mut byes) = (false, false, Vec::new());
    let deadline = Instant::now() + WAIT;
    while !(accepted && notified && byes.len() == 2) {
        assert!(
            Instant::now() < deadline,
            "accepted {accepted}, notified {notified}, byes {byes:?}"
        );
        let m = b.recv();
        match (m.status(), m.method_str()) {
            (Some(code), _) if m.cseq().is_some_and(|c| c.method == "REFER") => {
                assert_eq!(code, 202, "{}", String::from_utf8_lossy(m.as_bytes()));
                accepted = true;
            }
            (None, "NOTIFY") => {
                let frag = String::from_utf8_lossy(m.body()).to_string();
                notified |= frag.starts_with("SIP/2.0 200");
                b.answer(&m, 200, None, None);
            }
            (None, "BYE") => {
                byes.push(m.call_id().to_string());
                b.answer(&m, 200, None, None);
            }
            _ => {}
        }
    }
    let mut expected = vec!["b-consult".to_string(), invite.call_id().to_string()];
    expected.sort();
    byes.sort();
    assert_eq!(byes, expected, "both of B's calls end");

    // A and C are still connected, B is in no call.
    let channels = admin.get(&admin.url("channels"));
    let rows = channels.data().as_array().cloned().unwrap_or_default();
    let devices: Vec<&str> = rows
        .iter()
        .filter_map(|r| r["authorizing_id"].as_str())
        .collect();
    assert!(
        devices.contains(&a_id.as_str()) && devices.contains(&c_id.as_str()),
        "{devices:?}"
    );
    assert!(!devices.contains(&b_id.as_str()), "{devices:?}");
    a.expect_ok(Duration::from_secs(20));
    c.expect_ok(Duration::from_secs(10));
    drop(media);
}
