//! What recording costs: ns per message pushed into a full default ring (copy, Call-ID
//! lookup, eviction) against copying the same message into a new buffer, in one run.
//! `cargo test --release -p edgepbx-sip --lib trace_cost -- --ignored --nocapture`

use std::net::SocketAddr;
use std::time::Instant;

use super::{Direction, Limits, Seen, TraceRing};
use crate::transaction::Transport;

const MESSAGES: usize = 400_000;
/// Calls in flight at once: each message names one of them.
const CALLS: usize = 2_000;

fn message(call: usize) -> Vec<u8> {
    let mut m = format!(
        "SIP/2.0 200 OK\r\nVia: SIP/2.0/UDP 192.0.2.9:5070;branch=z9hG4bK-{call};rport=5070\r\n\
         From: <sip:2000@office.local>;tag=a{call}\r\nTo: <sip:2001@office.local>;tag=b{call}\r\n\
         Call-ID: {call}-bench@192.0.2.9\r\nCSeq: 2 INVITE\r\nContact: <sip:2001@192.0.2.9:5070>\r\n\
         Content-Type: application/sdp\r\nContent-Length: 150\r\n\r\n"
    )
    .into_bytes();
    m.resize(m.len() + 150, b'v');
    m
}

fn seen(bytes: &[u8], i: usize, (local, remote): (SocketAddr, SocketAddr)) -> Seen<'_> {
    Seen {
        unix_micros: i as u64,
        direction: Direction::In,
        transport: Transport::Udp,
        local,
        remote,
        bytes,
    }
}

#[test]
#[ignore = "a measurement: run with --release --ignored --nocapture"]
fn trace_cost() {
    let messages: Vec<Vec<u8>> = (0..CALLS).map(message).collect();
    let mut ring = TraceRing::new(Limits::default());
    let addrs = (
        "192.0.2.1:5060".parse().unwrap(),
        "192.0.2.9:5070".parse().unwrap(),
    );
    let start = Instant::now();
    for i in 0..MESSAGES {
        ring.record(seen(&messages[i % CALLS], i, addrs));
    }
    let ring_ns = start.elapsed().as_nanos() as f64 / MESSAGES as f64;
    let start = Instant::now();
    let mut kept = 0usize;
    for i in 0..MESSAGES {
        let copy = std::hint::black_box(messages[i % CALLS].clone());
        kept += copy.len();
    }
    let copy_ns = start.elapsed().as_nanos() as f64 / MESSAGES as f64;
    let lookup = Instant::now();
    let found = ring.calls(&["7-bench@192.0.2.9"]).len();
    let lookup_us = lookup.elapsed().as_secs_f64() * 1e6;
    println!(
        "trace ring: {ring_ns:.0} ns/message ({} B each, ring full: {} messages, {} B), \
         a plain copy {copy_ns:.0} ns; one call's lookup {lookup_us:.1} us ({found} messages); {kept}",
        messages[0].len(),
        ring.len(),
        ring.bytes()
    );
    assert!(ring.bytes() <= Limits::default().max_bytes);
    assert!(found > 0);
}
