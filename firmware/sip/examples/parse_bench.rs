//! Parser micro-benchmark: a ~1 KB Yealink-style INVITE (Digest Authorization, SDP) parsed
//! N times (default 200 000), once framing only and once reading the typed headers a call
//! setup reads.
//!
//!     cargo run --release -p edgepbx-sip --example parse_bench [iterations]

use std::hint::black_box;
use std::time::{Duration, Instant};

use edgepbx_sip::message::{HeaderName, parse};

const SDP: &str = "v=0\r\n\
o=- 20045 20045 IN IP4 192.168.1.57\r\n\
s=SDP data\r\n\
c=IN IP4 192.168.1.57\r\n\
t=0 0\r\n\
m=audio 11796 RTP/AVP 0 8 18 9 101\r\n\
a=rtpmap:0 PCMU/8000\r\n\
a=rtpmap:8 PCMA/8000\r\n\
a=rtpmap:18 G729/8000\r\n\
a=fmtp:18 annexb=no\r\n\
a=rtpmap:9 G722/8000\r\n\
a=rtpmap:101 telephone-event/8000\r\n\
a=fmtp:101 0-15\r\n\
a=ptime:20\r\n\
a=sendrecv\r\n";

fn invite() -> Vec<u8> {
    let head = format!(
        "INVITE sip:1002@pbx.example.com:5060 SIP/2.0\r\n\
Via: SIP/2.0/UDP 192.168.1.57:5062;branch=z9hG4bK1918407217;rport\r\n\
From: \"Front Desk\" <sip:1001@pbx.example.com:5060>;tag=2045739617\r\n\
To: <sip:1002@pbx.example.com:5060>\r\n\
Call-ID: 0_2837104452@192.168.1.57\r\n\
CSeq: 2 INVITE\r\n\
Contact: <sip:1001@192.168.1.57:5062>\r\n\
Authorization: Digest username=\"1001\", realm=\"pbx.example.com\", \
nonce=\"1f0a2c9d6e4b3a5f7c8d9e0a1b2c3d4e\", uri=\"sip:1002@pbx.example.com:5060\", \
response=\"6629fae49393a05397450978507c4ef1\", algorithm=MD5, cnonce=\"0a4f113b\", \
qop=auth, nc=00000001\r\n\
Content-Type: application/sdp\r\n\
Allow: INVITE, INFO, PRACK, ACK, BYE, CANCEL, OPTIONS, NOTIFY, REGISTER, SUBSCRIBE, REFER, PUBLISH, UPDATE, MESSAGE\r\n\
Max-Forwards: 70\r\n\
User-Agent: Yealink SIP-T46S 66.86.0.15\r\n\
Allow-Events: talk,hold,conference,refer,check-sync\r\n\
Supported: replaces, timer\r\n\
Content-Length: {}\r\n\r\n",
        SDP.len()
    );
    let mut msg = head.into_bytes();
    msg.extend_from_slice(SDP.as_bytes());
    msg
}

/// This thread's CPU time (Linux), so a busy shared machine skews the result less than wall
/// time does; falls back to wall time elsewhere.
fn cpu_now() -> Option<Duration> {
    let s = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    Some(Duration::from_nanos(
        s.split_whitespace().next()?.parse().ok()?,
    ))
}

/// (wall ns, CPU ns) per iteration of `f`.
fn time(n: u32, mut f: impl FnMut()) -> (f64, Option<f64>) {
    let (wall, cpu) = (Instant::now(), cpu_now());
    for _ in 0..n {
        f();
    }
    let per = |d: Duration| d.as_nanos() as f64 / f64::from(n);
    let cpu = cpu.zip(cpu_now()).map(|(a, b)| per(b - a));
    (per(wall.elapsed()), cpu)
}

fn main() {
    let n: u32 = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(200_000);
    let msg = invite();
    // Warm up, and check the message is what we think it is.
    for _ in 0..n / 10 {
        black_box(parse(black_box(&msg)).unwrap());
    }
    let m = parse(&msg).unwrap();
    assert_eq!(m.body().len(), SDP.len());
    assert!(m.header(HeaderName::Authorization).is_some());

    let framing = time(n, || {
        black_box(parse(black_box(&msg)).unwrap());
    });
    let mut acc = 0usize;
    let typed = time(n, || {
        let m = parse(black_box(&msg)).unwrap();
        let uri = m.uri().unwrap();
        let from = m.from().unwrap();
        let to = m.to().unwrap();
        let via = m.top_via().unwrap();
        let cseq = m.cseq().unwrap();
        acc += uri.host.len() + usize::from(uri.port.unwrap_or(0));
        acc += from.tag().map_or(0, str::len) + from.display.len();
        acc += usize::from(to.tag().is_none()) + to.uri.host.len();
        acc += via.branch().map_or(0, str::len) + via.host.len();
        acc += cseq.number as usize + m.call_id().len();
        acc += m.contacts().next().map_or(0, |c| c.uri.host.len());
        acc += m.max_forwards().unwrap_or(0) as usize;
        acc += m.header(HeaderName::Authorization).map_or(0, str::len);
        acc += m.header(HeaderName::ContentType).map_or(0, str::len);
        acc += m.body().len();
        black_box(&m);
    });
    black_box(acc);
    let show = |(wall, cpu): (f64, Option<f64>)| match cpu {
        Some(cpu) => format!("{cpu:.0} ns/message CPU ({wall:.0} ns wall)"),
        None => format!("{wall:.0} ns/message wall"),
    };
    println!(
        "parse_bench: {} byte INVITE ({} byte SDP), {n} iterations",
        msg.len(),
        SDP.len()
    );
    println!("  parse (framing + validation): {}", show(framing));
    println!("  parse + typed headers:        {}", show(typed));
}
