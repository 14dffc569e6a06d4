//! Carrier gateways written as host names, resolved off the call path: a thread looks for
//! new names in the accounts' `resources` every second and resolves them at once, and
//! resolves every name again every few minutes (carriers move). The SIP engine only reads
//! the last answers, so a slow DNS server never holds up a call.

use std::collections::{HashMap, HashSet};
use std::net::{IpAddr, SocketAddr};
use std::sync::{Arc, RwLock};
use std::time::{Duration, Instant};

use edgepbx_sip::engine::{gateway_port_written, gateway_transport_written};
use edgepbx_sip::transaction::Transport;
use edgepbx_store::{GLOBAL, Store, lenient};
use serde_json::Value;

use super::dns_client::DnsClient;
use super::gateway_match::{GatewayAddress, parse};
use super::rfc3263::{self, Lookup};

const SCAN_EVERY: Duration = Duration::from_secs(1);
const REFRESH_EVERY: Duration = Duration::from_secs(300);
/// A name that did not resolve is tried again this soon.
const RETRY_EVERY: Duration = Duration::from_secs(30);

/// A domain's servers found by SRV: the transport and the addresses in failover order.
pub type Located = (Transport, Vec<SocketAddr>);

/// Host names to resolve, each with the transports to look SRV records up for (None: let
/// NAPTR choose); an empty set when every gateway of the name writes its port.
type Names = HashMap<String, HashSet<Option<Transport>>>;

#[derive(Default)]
pub struct CarrierHosts {
    /// Every address a gateway name stands for: its A/AAAA and its SRV servers'.
    resolved: RwLock<HashMap<String, Vec<IpAddr>>>,
    located: RwLock<HashMap<(String, Option<Transport>), Located>>,
}

impl CarrierHosts {
    /// Starts the resolver thread for the gateways stored in `store`.
    pub fn start(store: Store) -> Arc<CarrierHosts> {
        let hosts = Arc::new(CarrierHosts::default());
        let shared = hosts.clone();
        let mut due: HashMap<String, Instant> = HashMap::new();
        let spawned = super::supervise::spawn_supervised("carrier-dns", move || {
            let dns = DnsClient::from_system();
            let addresses = |name: &str| dns.addresses(name);
            let mut lookup = |name: &str, qtype| dns.lookup(name, qtype);
            loop {
                shared.refresh(
                    &gateway_hosts(&store),
                    &mut due,
                    Instant::now(),
                    &addresses,
                    &mut lookup,
                );
                std::thread::sleep(SCAN_EVERY);
            }
        });
        if let Err(e) = spawned {
            tracing::error!(error = %e, "no carrier DNS thread: gateways written as host names will not match");
        }
        hosts
    }

    /// The addresses `host` last resolved to (None: not resolved yet, or not a gateway).
    pub fn addresses(&self, host: &str) -> Option<Vec<IpAddr>> {
        self.resolved
            .read()
            .ok()?
            .get(&host.to_ascii_lowercase())
            .cloned()
    }

    /// The servers of carrier domain `host` by SRV (NAPTR choosing the transport when
    /// `transport` is None), as last resolved; None when it has no such records.
    pub fn located(&self, host: &str, transport: Option<Transport>) -> Option<Located> {
        self.located
            .read()
            .ok()?
            .get(&(host.to_ascii_lowercase(), transport))
            .cloned()
    }

    /// The gateway host name that resolved to `ip` (the name a TLS connection to that
    /// address checks the certificate against and sends as SNI); None for an address
    /// written as such.
    pub fn name_of(&self, ip: IpAddr) -> Option<String> {
        let resolved = self.resolved.read().ok()?;
        let mut names: Vec<&String> = resolved
            .iter()
            .filter(|(_, ips)| ips.contains(&ip))
            .map(|(name, _)| name)
            .collect();
        names.sort();
        names.first().map(|n| n.to_string())
    }

    /// Where to send to gateway `host`: an address literal as written, a host name as the
    /// resolver thread last answered. Never asks DNS itself (this runs under the engine
    /// lock): a name not resolved yet has no address, and the call tries the next gateway.
    pub fn socket_addr(&self, host: &str, port: u16) -> Option<SocketAddr> {
        let bare = host.trim_start_matches('[').trim_end_matches(']');
        if let Ok(ip) = bare.parse() {
            return Some(SocketAddr::new(ip, port));
        }
        let ip = self.addresses(host)?.first().copied();
        if ip.is_none() {
            tracing::debug!(host, "carrier gateway host name not resolved (yet)");
        }
        ip.map(|ip| SocketAddr::new(ip, port))
    }

    /// Resolves the names that are due, and forgets names no gateway uses any more.
    /// `system`: a name's own addresses (/etc/hosts, then A/AAAA); `lookup`: the
    /// DNS records of RFC 3263.
    fn refresh(
        &self,
        names: &Names,
        due: &mut HashMap<String, Instant>,
        now: Instant,
        system: &dyn Fn(&str) -> Vec<IpAddr>,
        lookup: Lookup,
    ) {
        due.retain(|name, _| names.contains_key(name));
        let mut answers = Vec::new();
        let mut found = Vec::new();
        for (name, transports) in names {
            if due.get(name).is_some_and(|at| *at > now) {
                continue;
            }
            let mut ips = system(name);
            for t in transports {
                let servers = rfc3263::locate(name, *t, lookup);
                if let Some((_, addrs)) = &servers {
                    for ip in addrs.iter().map(SocketAddr::ip) {
                        if !ips.contains(&ip) {
                            ips.push(ip);
                        }
                    }
                }
                found.push(((name.clone(), *t), servers));
            }
            let next = if ips.is_empty() {
                tracing::warn!(host = %name, "a carrier gateway's host name does not resolve (no address, no SRV)");
                RETRY_EVERY
            } else {
                REFRESH_EVERY
            };
            due.insert(name.clone(), now + next);
            answers.push((name.clone(), ips));
        }
        if let Ok(mut located) = self.located.write() {
            located.retain(|(name, t), _| names.get(name).is_some_and(|ts| ts.contains(t)));
            for (key, servers) in found {
                match servers {
                    Some(s) => located.insert(key, s),
                    None => located.remove(&key),
                };
            }
        }
        if let Ok(mut resolved) = self.resolved.write() {
            resolved.retain(|name, _| names.contains_key(name));
            for (name, ips) in answers {
                if ips.is_empty() {
                    // Keep the last good answer through a passing DNS failure.
                    resolved.entry(name).or_default();
                } else {
                    resolved.insert(name, ips);
                }
            }
        }
    }
}

/// Host names of every enabled gateway of every account's `resources` (and the outbound
/// proxies of those that register), with the SRV lookups their gateways need.
fn gateway_hosts(store: &Store) -> Names {
    let Ok(accounts) = store.collection(GLOBAL, "accounts") else {
        return Names::new();
    };
    let mut names = Names::new();
    for (account, _) in accounts.iter() {
        let Ok(resources) = store.collection(account, "resources") else {
            continue;
        };
        for (_, resource) in resources.iter() {
            let gateways = resource.get("gateways").and_then(Value::as_array);
            for gw in gateways.into_iter().flatten() {
                if !lenient::is_enabled(gw) {
                    continue;
                }
                let server = gw.get("server").and_then(Value::as_str).unwrap_or("");
                if let Some(GatewayAddress::Host(host)) = parse(server) {
                    let srv = names.entry(host.to_ascii_lowercase()).or_default();
                    if !gateway_port_written(gw) {
                        srv.insert(gateway_transport_written(gw));
                    }
                }
                if let Some(proxy) = super::uplinks::proxy_hosts(gw) {
                    names.entry(proxy).or_default();
                }
            }
        }
    }
    names
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_resolved_when_due_and_forgotten_when_unused() {
        let hosts = CarrierHosts::default();
        let mut due = HashMap::new();
        let now = Instant::now();
        let names: Names = [("localhost".to_string(), HashSet::new())].into();
        let mut no_dns = |_: &str, _| Vec::new();
        let system = |n: &str| DnsClient::from_system().addresses(n);
        hosts.refresh(&names, &mut due, now, &system, &mut no_dns);
        let ips = hosts.addresses("LocalHost").expect("resolved");
        assert!(ips.iter().any(IpAddr::is_loopback), "{ips:?}");
        assert!(due["localhost"] >= now + REFRESH_EVERY);
        hosts.refresh(&Names::new(), &mut due, now, &system, &mut no_dns);
        assert_eq!(hosts.addresses("localhost"), None);
        assert!(due.is_empty());
    }

    #[test]
    fn srv_servers_are_located_and_count_as_the_gateways_addresses() {
        use super::super::dns_wire::{QType, Record};
        let hosts = CarrierHosts::default();
        let mut due = HashMap::new();
        // A domain with SRV records and no address of its own.
        let names: Names = [(
            "provider.invalid".to_string(),
            [Some(Transport::Tls)].into(),
        )]
        .into();
        let mut dns = |name: &str, qtype| match (name, qtype) {
            ("_sips._tcp.provider.invalid", QType::Srv) => vec![Record::Srv {
                priority: 1,
                weight: 1,
                port: 5071,
                target: "sip.provider.invalid".into(),
            }],
            ("sip.provider.invalid", QType::A) => vec![Record::Addr("192.0.2.44".parse().unwrap())],
            _ => Vec::new(),
        };
        hosts.refresh(&names, &mut due, Instant::now(), &|_| Vec::new(), &mut dns);
        assert_eq!(
            hosts.located("Provider.invalid", Some(Transport::Tls)),
            Some((Transport::Tls, vec!["192.0.2.44:5071".parse().unwrap()]))
        );
        assert_eq!(hosts.located("provider.invalid", None), None);
        let ip: IpAddr = "192.0.2.44".parse().unwrap();
        assert_eq!(hosts.addresses("provider.invalid"), Some(vec![ip]));
        assert_eq!(hosts.name_of(ip).as_deref(), Some("provider.invalid"));
    }

    #[test]
    fn gateway_addresses_come_from_the_cache_never_from_dns() {
        let hosts = CarrierHosts::default();
        hosts
            .resolved
            .write()
            .unwrap()
            .insert("gw.example".into(), vec!["192.0.2.7".parse().unwrap()]);
        // A name no DNS server answers with this address: it came from the cache.
        assert_eq!(
            hosts.socket_addr("GW.example", 5080),
            Some("192.0.2.7:5080".parse().unwrap())
        );
        assert_eq!(
            hosts.name_of("192.0.2.7".parse().unwrap()).as_deref(),
            Some("gw.example")
        );
        assert_eq!(hosts.name_of("192.0.2.8".parse().unwrap()), None);
        assert_eq!(
            hosts.socket_addr("[2001:db8::1]", 5060),
            Some("[2001:db8::1]:5060".parse().unwrap())
        );
        // A name the resolver thread has not answered (a stalled DNS server, say) has no
        // address at once, instead of holding the engine lock while DNS is asked.
        let started = Instant::now();
        assert_eq!(hosts.socket_addr("stalled.example", 5060), None);
        assert!(started.elapsed() < Duration::from_millis(50));
    }
}
