//! What SRTP adds to the relay per forwarded packet (scripts/bench/srtp.sh): opening a 172-byte
//! SRTP packet from one leg and sealing it for the other (the worst case, both legs SRTP),
//! against what every relayed packet costs anyway, one UDP send and one receive of the same
//! packet over loopback, measured in the same run. Prints ns per packet and the ratio.

use std::net::UdpSocket;
use std::time::Instant;

use edgepbx_relay::srtp::{Context, MASTER_LEN, Suite};

const PACKETS: u32 = 200_000;
const RTP_LEN: usize = 172;

fn rtp(seq: u16, buf: &mut [u8]) {
    buf[..12].copy_from_slice(&[0x80, 0, 0, 0, 0, 0, 0, 160, 0, 0, 0, 7]);
    buf[2..4].copy_from_slice(&seq.to_be_bytes());
    buf[12..RTP_LEN].fill(0xd5);
}

/// ns per packet to open (from leg A) and seal (for leg B) one packet.
fn srtp_ns(suite: Suite) -> f64 {
    let (phone_a, box_b) = ([1u8; MASTER_LEN], [2u8; MASTER_LEN]);
    let mut a_sends = Context::new(suite, &phone_a);
    let mut open_a = Context::new(suite, &phone_a);
    let mut seal_b = Context::new(suite, &box_b);
    // The phone's packets, sealed ahead (not timed).
    let sealed: Vec<([u8; 256], usize)> = (0..PACKETS)
        .map(|i| {
            let mut buf = [0u8; 256];
            rtp(i as u16, &mut buf);
            let n = a_sends.protect_rtp(&mut buf, RTP_LEN).unwrap();
            (buf, n)
        })
        .collect();
    let start = Instant::now();
    for (buf, n) in &sealed {
        let mut b = *buf;
        let plain = open_a.unprotect_rtp(&mut b, *n).unwrap();
        let out = seal_b.protect_rtp(&mut b, plain).unwrap();
        std::hint::black_box(out);
    }
    start.elapsed().as_nanos() as f64 / f64::from(PACKETS)
}

/// ns per packet for one loopback UDP send and its receive.
fn udp_ns() -> f64 {
    let rx = UdpSocket::bind("127.0.0.1:0").unwrap();
    let tx = UdpSocket::bind("127.0.0.1:0").unwrap();
    tx.connect(rx.local_addr().unwrap()).unwrap();
    let mut buf = [0u8; 256];
    rtp(0, &mut buf);
    let mut got = [0u8; 2048];
    let start = Instant::now();
    for _ in 0..PACKETS {
        tx.send(&buf[..RTP_LEN]).unwrap();
        let n = rx.recv(&mut got).unwrap();
        std::hint::black_box(n);
    }
    start.elapsed().as_nanos() as f64 / f64::from(PACKETS)
}

fn main() {
    let udp = udp_ns();
    println!("udp send+recv (baseline): {udp:.0} ns/packet");
    for suite in [Suite::AesCm128HmacSha1_80, Suite::AesCm128HmacSha1_32] {
        let ns = srtp_ns(suite);
        println!(
            "{}: open+seal {ns:.0} ns/packet, {:.2}x the baseline",
            suite.name(),
            ns / udp
        );
    }
}
