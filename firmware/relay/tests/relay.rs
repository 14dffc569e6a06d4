//! End-to-end tests of the relay over real UDP sockets on 127.0.0.1.
//! Every wait is bounded (read timeouts / deadlines of at most a few seconds).

use std::net::{IpAddr, Ipv4Addr, SocketAddr, UdpSocket};
use std::time::{Duration, Instant};

use edgepbx_relay::{Relay, RelayConfig, RelayError, RelayOptions, Side};

const LO: IpAddr = IpAddr::V4(Ipv4Addr::LOCALHOST);

/// Each test gets its own port range so parallel tests do not compete for ports (the allocator
/// would skip busy ports anyway, but exact-count assertions need a quiet range).
fn relay(port_min: u16, port_max: u16) -> Relay {
    Relay::start(RelayConfig {
        bind_ip: LO,
        port_min,
        port_max,
    })
    .unwrap()
}

fn peer() -> UdpSocket {
    let s = UdpSocket::bind((LO, 0)).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(2))).unwrap();
    s
}

fn addr(s: &UdpSocket) -> SocketAddr {
    s.local_addr().unwrap()
}

fn to(port: u16) -> SocketAddr {
    SocketAddr::new(LO, port)
}

fn rtp(pt: u8, seq: u16) -> Vec<u8> {
    let mut p = vec![0u8; 172];
    p[0] = 0x80;
    p[1] = pt;
    p[2..4].copy_from_slice(&seq.to_be_bytes());
    p
}

fn recv(s: &UdpSocket) -> (Vec<u8>, SocketAddr) {
    let mut buf = [0u8; 2048];
    let (n, from) = s.recv_from(&mut buf).expect("packet expected");
    (buf[..n].to_vec(), from)
}

fn assert_silent(s: &UdpSocket) {
    s.set_read_timeout(Some(Duration::from_millis(150)))
        .unwrap();
    let mut buf = [0u8; 2048];
    assert!(s.recv_from(&mut buf).is_err(), "unexpected packet");
    s.set_read_timeout(Some(Duration::from_secs(2))).unwrap();
}

/// Polls `f` until it holds or 2 s pass.
fn eventually(mut f: impl FnMut() -> bool) {
    let end = Instant::now() + Duration::from_secs(2);
    while !f() {
        assert!(Instant::now() < end, "condition not reached in time");
        std::thread::sleep(Duration::from_millis(5));
    }
}

#[test]
fn forwards_both_ways_with_counts() {
    let r = relay(30000, 30099);
    let al = r.allocate().unwrap();
    assert_eq!(al.a_port % 2, 0);
    assert_eq!(al.b_port % 2, 0);
    assert_eq!(r.local_ip(), LO);
    let (a, b) = (peer(), peer());
    r.set_remote(al.id, Side::A, addr(&a)).unwrap();
    r.set_remote(al.id, Side::B, addr(&b)).unwrap();
    for i in 0..5 {
        a.send_to(&rtp(0, i), to(al.a_port)).unwrap();
        let (p, from) = recv(&b);
        assert_eq!(p, rtp(0, i));
        assert_eq!(from, to(al.b_port), "B hears the relay's B port");
    }
    for i in 0..3 {
        b.send_to(&rtp(0, i), to(al.b_port)).unwrap();
        let (p, from) = recv(&a);
        assert_eq!(p, rtp(0, i));
        assert_eq!(from, to(al.a_port));
    }
    let st = r.stats(al.id).unwrap();
    assert_eq!((st.a_to_b_packets, st.b_to_a_packets), (5, 3));
    assert_eq!((st.a_to_b_bytes, st.b_to_a_bytes), (5 * 172, 3 * 172));
    assert_eq!(st.dropped, 0);
    assert!(st.idle_ms < 1000);
    assert_eq!(r.sessions(), 1);
    r.release(al.id);
    assert_eq!(r.sessions(), 0);
    assert!(r.stats(al.id).is_none());
    assert!(matches!(
        r.set_remote(al.id, Side::A, addr(&a)),
        Err(RelayError::UnknownSession)
    ));
}

#[test]
fn rtcp_is_relayed_on_port_plus_one() {
    let r = relay(30100, 30199);
    let al = r.allocate().unwrap();
    let (a_rtp, a_rtcp, b_rtp) = (peer(), peer(), peer());
    // B's RTCP socket at b_rtp's port + 1 may be taken; use an explicit a=rtcp for B instead
    // and the port+1 default for A (checked through a fresh socket pair below).
    let b_rtcp = peer();
    r.set_remote(al.id, Side::A, addr(&a_rtp)).unwrap();
    r.set_remote_rtcp(al.id, Side::A, addr(&a_rtcp)).unwrap();
    r.set_remote(al.id, Side::B, addr(&b_rtp)).unwrap();
    r.set_remote_rtcp(al.id, Side::B, addr(&b_rtcp)).unwrap();
    let sr = [0x80u8, 200, 0, 6, 1, 2, 3, 4, 0, 0, 0, 0];
    a_rtcp.send_to(&sr, to(al.a_port + 1)).unwrap();
    let (p, from) = recv(&b_rtcp);
    assert_eq!((p.as_slice(), from), (&sr[..], to(al.b_port + 1)));
    b_rtcp.send_to(&sr, to(al.b_port + 1)).unwrap();
    let (p, from) = recv(&a_rtcp);
    assert_eq!((p.as_slice(), from), (&sr[..], to(al.a_port + 1)));
    assert_silent(&b_rtp);

    // Default RTCP destination: the signalled RTP port + 1.
    let (x, x1) = loop {
        let x = peer();
        if let Ok(x1) = UdpSocket::bind((LO, addr(&x).port() + 1)) {
            x1.set_read_timeout(Some(Duration::from_secs(2))).unwrap();
            break (x, x1);
        }
    };
    r.set_remote(al.id, Side::B, addr(&x)).unwrap();
    a_rtcp.send_to(&sr, to(al.a_port + 1)).unwrap();
    let (p, from) = recv(&x1);
    assert_eq!((p.as_slice(), from), (&sr[..], to(al.b_port + 1)));
}

#[test]
fn latches_to_the_real_source_behind_nat() {
    let r = relay(30200, 30299);
    let al = r.allocate().unwrap();
    let (sdp_a, nat_a, b) = (peer(), peer(), peer());
    // A's SDP names one address, but its packets come from another (NAT).
    r.set_remote(al.id, Side::A, addr(&sdp_a)).unwrap();
    r.set_remote(al.id, Side::B, addr(&b)).unwrap();
    nat_a.send_to(&rtp(0, 1), to(al.a_port)).unwrap();
    assert_eq!(recv(&b).0, rtp(0, 1));
    // B's audio must go back to where A's packets came from, not to the SDP address.
    b.send_to(&rtp(0, 2), to(al.b_port)).unwrap();
    let (p, from) = recv(&nat_a);
    assert_eq!((p, from), (rtp(0, 2), to(al.a_port)));
    assert_silent(&sdp_a);
    // B has not sent yet when a peer has no SDP address at all: the first packet teaches it.
    let al2 = r.allocate().unwrap();
    let (c, d) = (peer(), peer());
    r.set_remote(al2.id, Side::A, addr(&c)).unwrap();
    d.send_to(&rtp(0, 9), to(al2.b_port)).unwrap(); // B latched, forwarded to A's SDP address
    assert_eq!(recv(&c).0, rtp(0, 9));
    c.send_to(&rtp(0, 10), to(al2.a_port)).unwrap();
    assert_eq!(recv(&d).0, rtp(0, 10));
}

#[test]
fn stray_source_cannot_hijack_but_relatches_after_silence() {
    let opts = RelayOptions {
        relatch_after: Duration::from_millis(300),
    };
    let r = Relay::start_with(
        RelayConfig {
            bind_ip: LO,
            port_min: 30300,
            port_max: 30399,
        },
        opts,
    )
    .unwrap();
    let al = r.allocate().unwrap();
    let (a, evil, b) = (peer(), peer(), peer());
    r.set_remote(al.id, Side::A, addr(&a)).unwrap();
    r.set_remote(al.id, Side::B, addr(&b)).unwrap();
    a.send_to(&rtp(0, 1), to(al.a_port)).unwrap();
    assert_eq!(recv(&b).0, rtp(0, 1));
    // A stray packet from another source is neither forwarded nor latched.
    evil.send_to(&rtp(0, 666), to(al.a_port)).unwrap();
    eventually(|| r.stats(al.id).unwrap().dropped == 1);
    assert_silent(&b);
    b.send_to(&rtp(0, 2), to(al.b_port)).unwrap();
    assert_eq!(recv(&a).0, rtp(0, 2));
    assert_silent(&evil);
    // Once A has been silent for the guard time, a new source (A's NAT rebinding) takes over.
    std::thread::sleep(Duration::from_millis(350));
    evil.send_to(&rtp(0, 3), to(al.a_port)).unwrap();
    assert_eq!(recv(&b).0, rtp(0, 3));
    b.send_to(&rtp(0, 4), to(al.b_port)).unwrap();
    assert_eq!(recv(&evil).0, rtp(0, 4));
    // A re-INVITE (set_remote again) resets the latch at once.
    r.set_remote(al.id, Side::A, addr(&a)).unwrap();
    a.send_to(&rtp(0, 5), to(al.a_port)).unwrap();
    assert_eq!(recv(&b).0, rtp(0, 5));
    b.send_to(&rtp(0, 6), to(al.b_port)).unwrap();
    assert_eq!(recv(&a).0, rtp(0, 6));
}

#[test]
fn payload_types_are_mapped_per_direction_keeping_the_marker() {
    let r = relay(30400, 30499);
    let al = r.allocate().unwrap();
    let (a, b) = (peer(), peer());
    r.set_remote(al.id, Side::A, addr(&a)).unwrap();
    r.set_remote(al.id, Side::B, addr(&b)).unwrap();
    // A uses telephone-event 101, B expects 96; G.722 is 9 on both.
    r.set_payload_map(al.id, Side::A, &[(101, 96)]).unwrap();
    r.set_payload_map(al.id, Side::B, &[(96, 101)]).unwrap();
    a.send_to(&rtp(0x80 | 101, 1), to(al.a_port)).unwrap();
    let p = recv(&b).0;
    assert_eq!(p[1], 0x80 | 96);
    assert_eq!(p[2..], rtp(0, 1)[2..], "only the PT byte changes");
    a.send_to(&rtp(9, 2), to(al.a_port)).unwrap();
    assert_eq!(recv(&b).0[1], 9);
    b.send_to(&rtp(96, 3), to(al.b_port)).unwrap();
    assert_eq!(recv(&a).0[1], 101);
    b.send_to(&rtp(0x80 | 8, 4), to(al.b_port)).unwrap();
    assert_eq!(recv(&a).0[1], 0x80 | 8);
}

#[test]
fn ports_exhausted_then_reused_after_release() {
    // 8 ports = 4 pairs = 2 sessions.
    let r = relay(30510, 30517);
    let s1 = r.allocate().unwrap();
    let s2 = r.allocate().unwrap();
    let mut ports = vec![s1.a_port, s1.b_port, s2.a_port, s2.b_port];
    ports.sort();
    assert_eq!(ports, [30510, 30512, 30514, 30516]);
    assert!(matches!(r.allocate(), Err(RelayError::PortsExhausted)));
    r.release(s1.id);
    r.release(s1.id); // twice: harmless
    let s3 = r.allocate().unwrap();
    let mut again = [s3.a_port, s3.b_port];
    again.sort();
    let mut freed = [s1.a_port, s1.b_port];
    freed.sort();
    assert_eq!(again, freed);
    assert_ne!(s3.id, s1.id);
    assert_eq!(r.sessions(), 2);
    // A port held by another program is skipped.
    r.release(s3.id);
    let _blocker = UdpSocket::bind((LO, s1.a_port + 1)).unwrap();
    let s4 = r.allocate();
    assert!(matches!(s4, Err(RelayError::PortsExhausted)));
}

#[test]
fn garbage_is_dropped_and_counted() {
    let r = relay(30600, 30699);
    let al = r.allocate().unwrap();
    let (a, b) = (peer(), peer());
    r.set_remote(al.id, Side::A, addr(&a)).unwrap();
    r.set_remote(al.id, Side::B, addr(&b)).unwrap();
    a.send_to(b"hello", to(al.a_port)).unwrap(); // short
    a.send_to(&[0x40u8; 100], to(al.a_port)).unwrap(); // RTP version 1
    a.send_to(&[0x80u8; 7], to(al.a_port + 1)).unwrap(); // RTCP too short
    a.send_to(&[0u8; 3000], to(al.a_port)).unwrap(); // larger than the buffer, version 0
    let mut big = vec![0u8; 3000];
    big[0] = 0x80;
    a.send_to(&big, to(al.a_port)).unwrap(); // truncated
    eventually(|| r.stats(al.id).unwrap().dropped == 5);
    assert_silent(&b);
    let st = r.stats(al.id).unwrap();
    assert_eq!(st.a_to_b_packets, 0);
    // Garbage latches nothing: the real peer still gets through.
    a.send_to(&rtp(0, 1), to(al.a_port)).unwrap();
    assert_eq!(recv(&b).0, rtp(0, 1));
}

#[test]
fn packets_without_a_destination_are_dropped() {
    let r = relay(30700, 30799);
    let al = r.allocate().unwrap();
    let a = peer();
    a.send_to(&rtp(0, 1), to(al.a_port)).unwrap();
    eventually(|| r.stats(al.id).unwrap().dropped == 1);
}

#[test]
fn burst_of_200_sessions_both_directions_without_loss() {
    let r = relay(31000, 31999);
    const N: usize = 200;
    const ROUNDS: u16 = 10;
    let mut calls = Vec::new();
    for _ in 0..N {
        let al = r.allocate().unwrap();
        let (a, b) = (peer(), peer());
        a.set_nonblocking(true).unwrap();
        b.set_nonblocking(true).unwrap();
        r.set_remote(al.id, Side::A, addr(&a)).unwrap();
        r.set_remote(al.id, Side::B, addr(&b)).unwrap();
        calls.push((al, a, b));
    }
    assert_eq!(r.sessions(), N);
    for seq in 0..ROUNDS {
        for (al, a, b) in &calls {
            a.send_to(&rtp(0, seq), to(al.a_port)).unwrap();
            b.send_to(&rtp(8, seq), to(al.b_port)).unwrap();
        }
    }
    let want = N * ROUNDS as usize * 2;
    let mut got = 0;
    let mut buf = [0u8; 2048];
    let end = Instant::now() + Duration::from_secs(5);
    while got < want && Instant::now() < end {
        for (_, a, b) in &calls {
            while let Ok((n, _)) = a.recv_from(&mut buf) {
                assert_eq!((n, buf[1]), (172, 8));
                got += 1;
            }
            while let Ok((n, _)) = b.recv_from(&mut buf) {
                assert_eq!((n, buf[1]), (172, 0));
                got += 1;
            }
        }
    }
    assert_eq!(got, want, "lost packets");
    for (al, ..) in &calls {
        let st = r.stats(al.id).unwrap();
        assert_eq!(
            (st.a_to_b_packets, st.b_to_a_packets, st.dropped),
            (ROUNDS as u64, ROUNDS as u64, 0)
        );
    }
}

#[test]
fn release_while_traffic_flows() {
    let r = relay(32000, 32399);
    let mut calls = Vec::new();
    for _ in 0..50 {
        let al = r.allocate().unwrap();
        let (a, b) = (peer(), peer());
        r.set_remote(al.id, Side::A, addr(&a)).unwrap();
        r.set_remote(al.id, Side::B, addr(&b)).unwrap();
        calls.push((al.id, al.a_port, al.b_port, a, b));
    }
    let targets: Vec<(u16, u16)> = calls.iter().map(|c| (c.1, c.2)).collect();
    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let st = stop.clone();
    let sender = std::thread::spawn(move || {
        let s = UdpSocket::bind((LO, 0)).unwrap();
        let mut seq = 0u16;
        while !st.load(std::sync::atomic::Ordering::Relaxed) {
            for &(ap, bp) in &targets {
                let _ = s.send_to(&rtp(0, seq), to(ap));
                let _ = s.send_to(&rtp(0, seq), to(bp));
            }
            seq = seq.wrapping_add(1);
            std::thread::sleep(Duration::from_millis(1));
        }
    });
    // Release half, allocate replacements (reusing slots and maybe fds) while packets flow.
    std::thread::sleep(Duration::from_millis(50));
    for c in calls.iter().step_by(2) {
        r.release(c.0);
    }
    let fresh: Vec<_> = (0..25).map(|_| r.allocate().unwrap()).collect();
    std::thread::sleep(Duration::from_millis(50));
    for c in calls.iter().skip(1).step_by(2) {
        r.release(c.0);
    }
    for f in &fresh {
        r.release(f.id);
    }
    stop.store(true, std::sync::atomic::Ordering::Relaxed);
    sender.join().unwrap();
    assert_eq!(r.sessions(), 0);
    // The relay thread is still alive and relaying.
    let al = r.allocate().unwrap();
    let (a, b) = (peer(), peer());
    r.set_remote(al.id, Side::A, addr(&a)).unwrap();
    r.set_remote(al.id, Side::B, addr(&b)).unwrap();
    a.send_to(&rtp(0, 1), to(al.a_port)).unwrap();
    assert_eq!(recv(&b).0, rtp(0, 1));
}

#[test]
fn ipv6_bind_address() {
    let v6 = IpAddr::V6(std::net::Ipv6Addr::LOCALHOST);
    let Ok(probe) = UdpSocket::bind((v6, 0)) else {
        return;
    }; // no IPv6 on this host
    drop(probe);
    let r = Relay::start(RelayConfig {
        bind_ip: v6,
        port_min: 32400,
        port_max: 32499,
    })
    .unwrap();
    let al = r.allocate().unwrap();
    let a = UdpSocket::bind((v6, 0)).unwrap();
    let b = UdpSocket::bind((v6, 0)).unwrap();
    b.set_read_timeout(Some(Duration::from_secs(2))).unwrap();
    a.set_read_timeout(Some(Duration::from_secs(2))).unwrap();
    r.set_remote(al.id, Side::A, a.local_addr().unwrap())
        .unwrap();
    r.set_remote(al.id, Side::B, b.local_addr().unwrap())
        .unwrap();
    a.send_to(&rtp(0, 1), SocketAddr::new(v6, al.a_port))
        .unwrap();
    assert_eq!(recv(&b).0, rtp(0, 1));
    b.send_to(&rtp(0, 2), SocketAddr::new(v6, al.b_port))
        .unwrap();
    assert_eq!(recv(&a).0, rtp(0, 2));
}

#[test]
fn dual_stack_bind_reaches_ipv4_peers() {
    let any6 = IpAddr::V6(std::net::Ipv6Addr::UNSPECIFIED);
    let Ok(probe) = UdpSocket::bind((any6, 0)) else {
        return;
    };
    drop(probe);
    let r = Relay::start(RelayConfig {
        bind_ip: any6,
        port_min: 32500,
        port_max: 32599,
    })
    .unwrap();
    let al = r.allocate().unwrap();
    let (a, b) = (peer(), peer());
    r.set_remote(al.id, Side::A, addr(&a)).unwrap();
    r.set_remote(al.id, Side::B, addr(&b)).unwrap();
    a.send_to(&rtp(0, 1), to(al.a_port)).unwrap();
    let (p, from) = recv(&b);
    assert_eq!((p, from), (rtp(0, 1), to(al.b_port)));
    b.send_to(&rtp(0, 2), to(al.b_port)).unwrap();
    assert_eq!(recv(&a).0, rtp(0, 2));
}

#[test]
fn idle_sessions_report_media_timeouts() {
    let r = relay(32600, 32699);
    let al = r.allocate().unwrap();
    std::thread::sleep(Duration::from_millis(60));
    assert!(r.stats(al.id).unwrap().idle_ms >= 50);
    assert_eq!(r.idle_sessions(Duration::from_millis(50)), vec![al.id]);
    assert!(r.idle_sessions(Duration::from_secs(30)).is_empty());
}

#[test]
fn invalid_range_is_refused() {
    assert!(
        Relay::start(RelayConfig {
            bind_ip: LO,
            port_min: 40001,
            port_max: 40001
        })
        .is_err()
    );
}

#[test]
fn tap_copies_rtp_of_each_side_from_that_sides_port() {
    let r = relay(32700, 32799);
    let al = r.allocate().unwrap();
    let (a, b, tap) = (peer(), peer(), peer());
    r.set_remote(al.id, Side::A, addr(&a)).unwrap();
    r.set_remote(al.id, Side::B, addr(&b)).unwrap();
    r.set_payload_map(al.id, Side::A, &[(101, 96)]).unwrap();
    r.set_tap(al.id, Side::A, Some(addr(&tap))).unwrap();
    r.set_tap(al.id, Side::B, Some(addr(&tap))).unwrap();
    // A short and a long packet in a row: each copy keeps its own length.
    let mut short = rtp(101, 1);
    short.truncate(16);
    a.send_to(&short, to(al.a_port)).unwrap();
    a.send_to(&rtp(0, 2), to(al.a_port)).unwrap();
    let (p, _) = recv(&b);
    assert_eq!((p.len(), p[1]), (16, 96));
    assert_eq!(recv(&b).0, rtp(0, 2));
    let (c1, from1) = recv(&tap);
    let (c2, from2) = recv(&tap);
    assert_eq!((c1.len(), c1[1]), (16, 96), "copied as forwarded");
    assert_eq!(c2, rtp(0, 2));
    assert_eq!((from1, from2), (to(al.a_port), to(al.a_port)));
    b.send_to(&rtp(8, 3), to(al.b_port)).unwrap();
    assert_eq!(recv(&a).0, rtp(8, 3));
    let (c, from) = recv(&tap);
    assert_eq!((c, from), (rtp(8, 3), to(al.b_port)));
    // RTCP is not copied (it goes to B's RTP port + 1); and a tap can be taken away.
    a.send_to(&[0x80, 200, 0, 1, 0, 0, 0, 0], to(al.a_port + 1))
        .unwrap();
    assert_silent(&tap);
    r.set_tap(al.id, Side::A, None).unwrap();
    a.send_to(&rtp(0, 4), to(al.a_port)).unwrap();
    assert_eq!(recv(&b).0, rtp(0, 4));
    assert_silent(&tap);
    assert_eq!(r.stats(al.id).unwrap().dropped, 0);
}
