//! How a carrier gateway's `server` is written: an address (`203.0.113.5`, optionally with
//! `:port`), a network in CIDR form (`203.0.113.0/28`: carriers that signal from a pool) or
//! a host name. Shared by the API (which refuses networks that are too broad, and networks
//! that overlap another account's) and the SIP runtime (which matches sources against them).

use std::net::{IpAddr, SocketAddr};

/// The broadest gateway networks accepted: a /24 of IPv4, a /64 of IPv6.
pub const MIN_PREFIX_V4: u8 = 24;
pub const MIN_PREFIX_V6: u8 = 64;

#[derive(Debug, PartialEq, Eq)]
pub enum GatewayAddress<'a> {
    Ip(IpAddr),
    Network(IpAddr, u8),
    Host(&'a str),
}

pub fn parse(server: &str) -> Option<GatewayAddress<'_>> {
    let server = server.trim();
    if server.is_empty() {
        return None;
    }
    if let Ok(ip) = server.trim_matches(['[', ']']).parse::<IpAddr>() {
        return Some(GatewayAddress::Ip(ip));
    }
    if let Ok(addr) = server.parse::<SocketAddr>() {
        return Some(GatewayAddress::Ip(addr.ip()));
    }
    if let Some((net, bits)) = server.split_once('/') {
        let ip: IpAddr = net.parse().ok()?;
        let bits: u8 = bits.parse().ok()?;
        let max = if ip.is_ipv4() { 32 } else { 128 };
        return (bits <= max).then_some(GatewayAddress::Network(ip, bits));
    }
    // A host name, perhaps with a port.
    let host = match server.rsplit_once(':') {
        Some((h, p)) if p.parse::<u16>().is_ok() => h,
        _ => server,
    };
    let valid = host
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '.');
    valid.then_some(GatewayAddress::Host(host))
}

pub fn in_network(ip: IpAddr, net: IpAddr, bits: u8) -> bool {
    match (ip, net) {
        (IpAddr::V4(a), IpAddr::V4(n)) => {
            let mask = u32::MAX.checked_shl(32 - u32::from(bits)).unwrap_or(0);
            u32::from(a) & mask == u32::from(n) & mask
        }
        (IpAddr::V6(a), IpAddr::V6(n)) => {
            let mask = u128::MAX.checked_shl(128 - u32::from(bits)).unwrap_or(0);
            u128::from(a) & mask == u128::from(n) & mask
        }
        _ => false,
    }
}

impl GatewayAddress<'_> {
    /// The addresses written, as a network (an address is a /32 or /128; IPv4-mapped IPv6
    /// is written back as IPv4); None for names.
    pub fn network(&self) -> Option<(IpAddr, u8)> {
        let (ip, bits) = match *self {
            GatewayAddress::Ip(ip) => (ip, if ip.is_ipv4() { 32 } else { 128 }),
            GatewayAddress::Network(ip, bits) => (ip, bits),
            GatewayAddress::Host(_) => return None,
        };
        Some(match ip {
            IpAddr::V6(v6) if bits >= 96 => match v6.to_ipv4_mapped() {
                Some(v4) => (IpAddr::V4(v4), bits - 96),
                None => (ip, bits),
            },
            _ => (ip, bits),
        })
    }

    /// Whether this is a network broader than a gateway may be (an IPv6 network that takes
    /// in the whole IPv4-mapped range counts as all of IPv4).
    pub fn too_broad(&self) -> bool {
        let mapped = IpAddr::V6(std::net::Ipv4Addr::UNSPECIFIED.to_ipv6_mapped());
        match self.network() {
            Some((IpAddr::V4(_), bits)) => bits < MIN_PREFIX_V4,
            Some((net @ IpAddr::V6(_), bits)) => {
                bits < MIN_PREFIX_V6 || (bits < 96 && in_network(mapped, net, bits))
            }
            None => false,
        }
    }

    /// Whether the two share an address (names never do: they are resolved later).
    pub fn overlaps(&self, other: &GatewayAddress) -> bool {
        match (self.network(), other.network()) {
            (Some((a, abits)), Some((b, bbits))) => in_network(a, b, abits.min(bbits)),
            _ => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn gw(s: &str) -> GatewayAddress<'_> {
        parse(s).unwrap()
    }

    #[test]
    fn breadth_and_overlap() {
        for broad in [
            "0.0.0.0/0",
            "127.0.0.0/8",
            "10.0.0.0/23",
            "::/0",
            "2001:db8::/48",
        ] {
            assert!(gw(broad).too_broad(), "{broad}");
        }
        for fine in [
            "203.0.113.0/24",
            "203.0.113.5",
            "2001:db8::/64",
            "sip.example.com",
        ] {
            assert!(!gw(fine).too_broad(), "{fine}");
        }
        assert!(gw("203.0.113.0/24").overlaps(&gw("203.0.113.77:5060")));
        assert!(gw("203.0.113.77").overlaps(&gw("203.0.113.64/26")));
        assert!(!gw("203.0.113.0/25").overlaps(&gw("203.0.113.128/25")));
        assert!(!gw("203.0.113.5").overlaps(&gw("2001:db8::5")));
        assert!(!gw("carrier.example").overlaps(&gw("carrier.example")));
        assert!(!gw("::ffff:203.0.113.0/120").too_broad());
        assert!(gw("::ffff:203.0.113.9").overlaps(&gw("203.0.113.0/24")));
    }
}
