//! Whether a SIP request's source address is one of a carrier's gateways. A gateway's
//! `server` may be an address, a CIDR network (`edgepbx_api::gateway_address`) or a host
//! name, which matches the addresses it resolved to (resolved in the background:
//! `carrier_hosts`).

use std::net::IpAddr;

use edgepbx_api::gateway_address::in_network;
pub use edgepbx_api::gateway_address::{GatewayAddress, parse};

/// Whether `ip` is the gateway written `server`; `resolved` gives a host name's addresses
/// as last resolved (None: not resolved yet).
pub fn matches(server: &str, ip: IpAddr, resolved: impl Fn(&str) -> Option<Vec<IpAddr>>) -> bool {
    // An IPv4 source seen on a dual-stack socket (::ffff:a.b.c.d) is that IPv4 address.
    let ip = ip.to_canonical();
    match parse(server) {
        Some(GatewayAddress::Host(host)) => {
            resolved(host).is_some_and(|ips| ips.iter().any(|a| a.to_canonical() == ip))
        }
        // Saved before such networks were refused: never a carrier.
        Some(gateway) if gateway.too_broad() => false,
        Some(gateway) => gateway
            .network()
            .is_some_and(|(net, bits)| in_network(ip, net, bits)),
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(s: &str) -> IpAddr {
        s.parse().unwrap()
    }

    fn nothing(_: &str) -> Option<Vec<IpAddr>> {
        None
    }

    #[test]
    fn addresses_networks_and_names() {
        assert!(matches("203.0.113.5", ip("203.0.113.5"), nothing));
        assert!(matches(" 203.0.113.5:5060 ", ip("203.0.113.5"), nothing));
        assert!(!matches("203.0.113.5", ip("203.0.113.6"), nothing));
        assert!(matches("203.0.113.0/28", ip("203.0.113.15"), nothing));
        assert!(!matches("203.0.113.0/28", ip("203.0.113.16"), nothing));
        assert!(matches("2001:db8::/64", ip("2001:db8::9"), nothing));
        assert!(!matches("2001:db8::/64", ip("203.0.113.5"), nothing));
        // Networks broader than a gateway may be match nothing (stored before the rule).
        assert!(!matches("0.0.0.0/0", ip("198.51.100.1"), nothing));
        assert!(!matches("2001:db8::/32", ip("2001:db8:1::9"), nothing));
        assert!(matches("[2001:db8::1]", ip("2001:db8::1"), nothing));
        assert!(matches("203.0.113.5", ip("::ffff:203.0.113.5"), nothing));
        assert!(matches(
            "::ffff:203.0.113.0/120",
            ip("203.0.113.9"),
            nothing
        ));
        let dns = |h: &str| (h == "sip.carrier.example").then(|| vec![ip("192.0.2.7")]);
        assert!(matches("sip.carrier.example:5060", ip("192.0.2.7"), dns));
        assert!(!matches("sip.carrier.example", ip("192.0.2.8"), dns));
        assert!(!matches("other.example", ip("192.0.2.7"), dns));
    }

    #[test]
    fn bad_servers_match_nothing() {
        for bad in [
            "",
            "203.0.113.0/33",
            "2001:db8::/129",
            "x/8",
            "a b",
            "evil\r\nhost",
        ] {
            assert_eq!(parse(bad), None, "{bad:?}");
            assert!(!matches(bad, ip("203.0.113.1"), |_| Some(vec![ip(
                "203.0.113.1"
            )])));
        }
    }
}
