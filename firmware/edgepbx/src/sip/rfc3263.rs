//! Locating a provider's SIP servers from its domain (RFC 3263 §4): NAPTR records pick the
//! transport when the gateway names none, SRV records give the servers and ports in
//! priority order, and the servers' A/AAAA records their addresses. Pure: DNS is a function
//! passed in (the carrier resolver thread's client, or a table in tests).

use std::net::SocketAddr;

use edgepbx_sip::transaction::Transport;

use super::dns_wire::{QType, Record};

/// Asks DNS for `name`'s records of a type; an unreachable server or no answer is an empty
/// list (the caller then falls back to the host's own addresses).
pub type Lookup<'a> = &'a mut dyn FnMut(&str, QType) -> Vec<Record>;

/// The SRV name of `transport` for `domain`.
fn srv_name(transport: Transport, domain: &str) -> String {
    match transport {
        Transport::Udp => format!("_sip._udp.{domain}"),
        Transport::Tcp => format!("_sip._tcp.{domain}"),
        Transport::Tls => format!("_sips._tcp.{domain}"),
    }
}

/// A NAPTR service the box can use (RFC 3263 §4.1).
fn naptr_transport(service: &str) -> Option<Transport> {
    match service {
        "SIP+D2U" => Some(Transport::Udp),
        "SIP+D2T" => Some(Transport::Tcp),
        "SIPS+D2T" => Some(Transport::Tls),
        _ => None,
    }
}

/// The servers of `domain`: the transport and the addresses in failover order, or None
/// when DNS has no NAPTR/SRV records for it (then it is a host name: its A/AAAA addresses
/// on the transport's default port). `transport`: the gateway's, when it names one.
pub fn locate(
    domain: &str,
    transport: Option<Transport>,
    lookup: Lookup,
) -> Option<(Transport, Vec<SocketAddr>)> {
    let candidates: Vec<(Transport, String)> = match transport {
        Some(t) => vec![(t, srv_name(t, domain))],
        None => {
            let mut naptr: Vec<(u16, u16, Transport, String)> = lookup(domain, QType::Naptr)
                .into_iter()
                .filter_map(|r| match r {
                    Record::Naptr {
                        order,
                        preference,
                        flags,
                        service,
                        replacement,
                    } if flags == "s" => {
                        naptr_transport(&service).map(|t| (order, preference, t, replacement))
                    }
                    _ => None,
                })
                .collect();
            naptr.sort_by_key(|(order, preference, ..)| (*order, *preference));
            if naptr.is_empty() {
                // No NAPTR: try the SRV names of every transport, the box's default first.
                [Transport::Udp, Transport::Tcp, Transport::Tls]
                    .into_iter()
                    .map(|t| (t, srv_name(t, domain)))
                    .collect()
            } else {
                naptr.into_iter().map(|(_, _, t, name)| (t, name)).collect()
            }
        }
    };
    for (t, name) in candidates {
        let mut servers: Vec<(u16, u16, u16, String)> = lookup(&name, QType::Srv)
            .into_iter()
            .filter_map(|r| match r {
                // "." as target: the service is decidedly not available (RFC 2782).
                Record::Srv {
                    priority,
                    weight,
                    port,
                    target,
                } if !target.is_empty() => Some((priority, weight, port, target)),
                _ => None,
            })
            .collect();
        // Lower priority first; within one, heavier weight first (a fixed order rather than
        // RFC 2782's weighted draw: one box, so there is no load to spread).
        servers.sort_by_key(|(priority, weight, ..)| (*priority, std::cmp::Reverse(*weight)));
        let mut addrs = Vec::new();
        for (_, _, port, target) in servers {
            for qtype in [QType::A, QType::Aaaa] {
                for r in lookup(&target, qtype) {
                    if let Record::Addr(ip) = r {
                        let a = SocketAddr::new(ip, port);
                        if !addrs.contains(&a) {
                            addrs.push(a);
                        }
                    }
                }
            }
        }
        if !addrs.is_empty() {
            return Some((t, addrs));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn srv(priority: u16, weight: u16, port: u16, target: &str) -> Record {
        Record::Srv {
            priority,
            weight,
            port,
            target: target.into(),
        }
    }

    fn naptr(order: u16, preference: u16, service: &str, replacement: &str) -> Record {
        Record::Naptr {
            order,
            preference,
            flags: "s".into(),
            service: service.into(),
            replacement: replacement.into(),
        }
    }

    fn dns(name: &str, qtype: QType) -> Vec<Record> {
        let ip = |s: &str| Record::Addr(s.parse().unwrap());
        match (name, qtype) {
            ("provider.test", QType::Naptr) => vec![
                naptr(20, 10, "SIP+D2U", "_sip._udp.provider.test"),
                naptr(10, 20, "SIP+D2T", "_sip._tcp.provider.test"),
                naptr(10, 10, "SIPS+D2T", "_sips._tcp.provider.test"),
                naptr(5, 10, "E2U+sip", "nothing.test"),
            ],
            ("_sips._tcp.provider.test", QType::Srv) => vec![
                srv(20, 0, 5061, "backup.provider.test"),
                srv(10, 10, 5062, "light.provider.test"),
                srv(10, 90, 5063, "heavy.provider.test"),
            ],
            ("_sip._tcp.provider.test", QType::Srv) => vec![srv(10, 10, 5060, "tcp.provider.test")],
            ("_sip._tcp.plain.test", QType::Srv) => vec![srv(10, 10, 5070, "gone.plain.test")],
            ("_sip._udp.nonaptr.test", QType::Srv) => vec![srv(0, 0, 5080, "light.provider.test")],
            ("backup.provider.test", QType::A) => vec![ip("192.0.2.3")],
            ("light.provider.test", QType::A) => vec![ip("192.0.2.2")],
            ("heavy.provider.test", QType::A) => vec![ip("192.0.2.1")],
            ("heavy.provider.test", QType::Aaaa) => vec![ip("2001:db8::1")],
            ("tcp.provider.test", QType::A) => vec![ip("192.0.2.9")],
            _ => Vec::new(),
        }
    }

    fn addrs(list: &[&str]) -> Vec<SocketAddr> {
        list.iter().map(|a| a.parse().unwrap()).collect()
    }

    #[test]
    fn naptr_picks_the_transport_and_srv_orders_the_servers() {
        let (t, got) = locate("provider.test", None, &mut dns).unwrap();
        assert_eq!(t, Transport::Tls, "order 10, preference 10; E2U is not SIP");
        assert_eq!(
            got,
            addrs(&[
                "192.0.2.1:5063",
                "[2001:db8::1]:5063",
                "192.0.2.2:5062",
                "192.0.2.3:5061"
            ])
        );
        // The gateway's own transport skips NAPTR.
        let (t, got) = locate("provider.test", Some(Transport::Tcp), &mut dns).unwrap();
        assert_eq!((t, got), (Transport::Tcp, addrs(&["192.0.2.9:5060"])));
    }

    #[test]
    fn without_naptr_every_transport_is_tried_and_without_srv_there_is_nothing() {
        let (t, got) = locate("nonaptr.test", None, &mut dns).unwrap();
        assert_eq!((t, got), (Transport::Udp, addrs(&["192.0.2.2:5080"])));
        // SRV whose target has no address, and no SRV at all: the caller's A/AAAA fallback.
        assert_eq!(locate("plain.test", Some(Transport::Tcp), &mut dns), None);
        assert_eq!(locate("host.test", None, &mut dns), None);
    }
}
