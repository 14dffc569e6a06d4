//! A trace as a libpcap file (LINKTYPE_RAW: each record an IPv4 or IPv6 packet). The box
//! records SIP messages, not packets, so each gets a synthesized IP and UDP header with the
//! message's addresses; messages of TCP and TLS connections are framed as UDP too (and TLS
//! ones appear decrypted), which Wireshark's SIP dissector reads the same way.

use std::net::{IpAddr, Ipv6Addr, SocketAddr};

use super::TraceEntry;

const MAGIC_MICROS: u32 = 0xa1b2_c3d4;
const LINKTYPE_RAW: u32 = 101;
const SNAPLEN: u32 = 65_535;
const UDP: u8 = 17;
const UDP_HEADER: usize = 8;
/// What fits in one UDP datagram (the ring's cap keeps messages far below it).
const MAX_PAYLOAD: usize = 65_535 - 40 - UDP_HEADER;

pub fn to_pcap(entries: &[TraceEntry]) -> Vec<u8> {
    let mut out =
        Vec::with_capacity(24 + entries.iter().map(|e| e.bytes.len() + 64).sum::<usize>());
    out.extend_from_slice(&MAGIC_MICROS.to_le_bytes());
    // Version 2.4.
    out.extend_from_slice(&2u16.to_le_bytes());
    out.extend_from_slice(&4u16.to_le_bytes());
    // Time zone, timestamp accuracy, snapshot length, link type.
    for word in [0u32, 0, SNAPLEN, LINKTYPE_RAW] {
        out.extend_from_slice(&word.to_le_bytes());
    }
    for e in entries {
        let (src, dst) = e.endpoints();
        let payload = &e.bytes[..e.bytes.len().min(MAX_PAYLOAD)];
        let packet = ip_udp(src, dst, payload);
        let secs = (e.unix_micros / 1_000_000) as u32;
        let micros = (e.unix_micros % 1_000_000) as u32;
        let len = packet.len() as u32;
        for word in [secs, micros, len, len] {
            out.extend_from_slice(&word.to_le_bytes());
        }
        out.extend_from_slice(&packet);
    }
    out
}

fn ip_udp(src: SocketAddr, dst: SocketAddr, payload: &[u8]) -> Vec<u8> {
    let udp_len = (UDP_HEADER + payload.len()) as u16;
    let mut udp = Vec::with_capacity(udp_len as usize);
    udp.extend_from_slice(&src.port().to_be_bytes());
    udp.extend_from_slice(&dst.port().to_be_bytes());
    udp.extend_from_slice(&udp_len.to_be_bytes());
    udp.extend_from_slice(&[0, 0]);
    udp.extend_from_slice(payload);
    match (src.ip(), dst.ip()) {
        (IpAddr::V4(s), IpAddr::V4(d)) => {
            // IPv4 allows a UDP checksum of 0 (none).
            let total = (20 + udp.len()) as u16;
            let mut ip = vec![0x45, 0];
            ip.extend_from_slice(&total.to_be_bytes());
            ip.extend_from_slice(&[0, 0, 0x40, 0, 64, UDP, 0, 0]);
            ip.extend_from_slice(&s.octets());
            ip.extend_from_slice(&d.octets());
            let sum = checksum(&[&ip]);
            ip[10..12].copy_from_slice(&sum.to_be_bytes());
            ip.extend_from_slice(&udp);
            ip
        }
        (s, d) => {
            let (s, d) = (v6(s), v6(d));
            // IPv6 requires the UDP checksum (over a pseudo-header).
            let mut pseudo = Vec::with_capacity(40);
            pseudo.extend_from_slice(&s.octets());
            pseudo.extend_from_slice(&d.octets());
            pseudo.extend_from_slice(&u32::from(udp_len).to_be_bytes());
            pseudo.extend_from_slice(&[0, 0, 0, UDP]);
            let sum = match checksum(&[&pseudo, &udp]) {
                0 => 0xffff,
                s => s,
            };
            udp[6..8].copy_from_slice(&sum.to_be_bytes());
            let mut ip = vec![0x60, 0, 0, 0];
            ip.extend_from_slice(&udp_len.to_be_bytes());
            ip.extend_from_slice(&[UDP, 64]);
            ip.extend_from_slice(&s.octets());
            ip.extend_from_slice(&d.octets());
            ip.extend_from_slice(&udp);
            ip
        }
    }
}

fn v6(ip: IpAddr) -> Ipv6Addr {
    match ip {
        IpAddr::V4(v4) => v4.to_ipv6_mapped(),
        IpAddr::V6(v6) => v6,
    }
}

/// The Internet checksum (RFC 1071) of the parts taken as one byte string.
fn checksum(parts: &[&[u8]]) -> u16 {
    let mut sum: u32 = 0;
    let mut odd: Option<u8> = None;
    for byte in parts.iter().flat_map(|p| p.iter().copied()) {
        match odd.take() {
            None => odd = Some(byte),
            Some(high) => sum += u32::from(u16::from_be_bytes([high, byte])),
        }
    }
    if let Some(high) = odd {
        sum += u32::from(high) << 8;
    }
    while sum > 0xffff {
        sum = (sum & 0xffff) + (sum >> 16);
    }
    !(sum as u16)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::trace::{Direction, TraceEntry};
    use crate::transaction::Transport;
    use std::sync::Arc;

    fn entry(direction: Direction, local: &str, remote: &str, body: &[u8]) -> TraceEntry {
        TraceEntry {
            seq: 0,
            unix_micros: 1_700_000_000_250_000,
            direction,
            transport: Transport::Udp,
            local: local.parse().unwrap(),
            remote: remote.parse().unwrap(),
            call_id: Arc::from("c"),
            bytes: Arc::from(body),
            size: body.len(),
        }
    }

    fn u32_at(b: &[u8], at: usize) -> u32 {
        u32::from_le_bytes(b[at..at + 4].try_into().unwrap())
    }

    #[test]
    fn ipv4_records_carry_addresses_ports_and_a_valid_header_checksum() {
        let e = entry(
            Direction::In,
            "192.0.2.1:5060",
            "198.51.100.7:5070",
            b"OPTIONS x",
        );
        let file = to_pcap(&[e]);
        assert_eq!(&file[..4], &[0xd4, 0xc3, 0xb2, 0xa1]);
        assert_eq!(u32_at(&file, 20), LINKTYPE_RAW);
        assert_eq!(u32_at(&file, 24), 1_700_000_000);
        assert_eq!(u32_at(&file, 28), 250_000);
        let len = u32_at(&file, 32) as usize;
        assert_eq!(len, 20 + 8 + 9);
        let ip = &file[40..40 + len];
        assert_eq!(file.len(), 40 + len);
        assert_eq!(
            &ip[12..16],
            &[198, 51, 100, 7],
            "received: the peer is the source"
        );
        assert_eq!(&ip[16..20], &[192, 0, 2, 1]);
        assert_eq!(checksum(&[&ip[..20]]), 0, "header checksum verifies");
        assert_eq!(u16::from_be_bytes([ip[20], ip[21]]), 5070);
        assert_eq!(u16::from_be_bytes([ip[22], ip[23]]), 5060);
        assert_eq!(&ip[28..], b"OPTIONS x");
    }

    #[test]
    fn ipv6_records_have_a_udp_checksum_that_verifies() {
        let e = entry(
            Direction::Out,
            "[2001:db8::1]:5060",
            "[2001:db8::2]:5080",
            b"odd",
        );
        let file = to_pcap(&[e]);
        let ip = &file[40..];
        assert_eq!(ip[0] >> 4, 6);
        let udp = &ip[40..];
        let mut pseudo = Vec::new();
        pseudo.extend_from_slice(&ip[8..40]);
        pseudo.extend_from_slice(&(udp.len() as u32).to_be_bytes());
        pseudo.extend_from_slice(&[0, 0, 0, UDP]);
        assert_eq!(checksum(&[&pseudo, udp]), 0);
        assert_eq!(
            u16::from_be_bytes([udp[0], udp[1]]),
            5060,
            "sent: the box is the source"
        );
    }

    #[test]
    fn an_empty_trace_is_just_the_header() {
        assert_eq!(to_pcap(&[]).len(), 24);
    }
}
