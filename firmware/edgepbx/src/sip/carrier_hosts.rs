//! Carrier gateways written as host names, resolved off the call path: a thread looks for
//! new names in the accounts' `resources` every second and resolves them at once, and
//! resolves every name again every few minutes (carriers move). The SIP engine only reads
//! the last answers, so a slow DNS server never holds up a call.

use std::collections::{HashMap, HashSet};
use std::net::{IpAddr, SocketAddr, ToSocketAddrs};
use std::sync::{Arc, RwLock};
use std::time::{Duration, Instant};

use edgepbx_store::{GLOBAL, Store, lenient};
use serde_json::Value;

use super::gateway_match::{GatewayAddress, parse};

const SCAN_EVERY: Duration = Duration::from_secs(1);
const REFRESH_EVERY: Duration = Duration::from_secs(300);
/// A name that did not resolve is tried again this soon.
const RETRY_EVERY: Duration = Duration::from_secs(30);

#[derive(Default)]
pub struct CarrierHosts {
    resolved: RwLock<HashMap<String, Vec<IpAddr>>>,
}

impl CarrierHosts {
    /// Starts the resolver thread for the gateways stored in `store`.
    pub fn start(store: Store) -> Arc<CarrierHosts> {
        let hosts = Arc::new(CarrierHosts::default());
        let shared = hosts.clone();
        let mut due: HashMap<String, Instant> = HashMap::new();
        let spawned = super::supervise::spawn_supervised("carrier-dns", move || {
            loop {
                shared.refresh(&gateway_hosts(&store), &mut due, Instant::now());
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
    fn refresh(&self, names: &HashSet<String>, due: &mut HashMap<String, Instant>, now: Instant) {
        due.retain(|name, _| names.contains(name));
        let mut answers = Vec::new();
        for name in names {
            if due.get(name).is_some_and(|at| *at > now) {
                continue;
            }
            let ips = resolve(name);
            let next = if ips.is_empty() {
                RETRY_EVERY
            } else {
                REFRESH_EVERY
            };
            due.insert(name.clone(), now + next);
            answers.push((name.clone(), ips));
        }
        if let Ok(mut resolved) = self.resolved.write() {
            resolved.retain(|name, _| names.contains(name));
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

fn resolve(name: &str) -> Vec<IpAddr> {
    match (name, 5060).to_socket_addrs() {
        Ok(addrs) => {
            let mut ips: Vec<IpAddr> = addrs.map(|a| a.ip()).collect();
            ips.dedup();
            ips
        }
        Err(e) => {
            tracing::warn!(host = name, error = %e, "a carrier gateway's host name does not resolve");
            Vec::new()
        }
    }
}

/// Host names of every enabled gateway of every account's `resources` (and the outbound
/// proxies of those that register).
fn gateway_hosts(store: &Store) -> HashSet<String> {
    let Ok(accounts) = store.collection(GLOBAL, "accounts") else {
        return HashSet::new();
    };
    let mut names = HashSet::new();
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
                    names.insert(host.to_ascii_lowercase());
                }
                names.extend(super::uplinks::proxy_hosts(gw));
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
        let names: HashSet<String> = ["localhost".to_string()].into();
        hosts.refresh(&names, &mut due, now);
        let ips = hosts.addresses("LocalHost").expect("resolved");
        assert!(ips.iter().any(IpAddr::is_loopback), "{ips:?}");
        assert!(due["localhost"] >= now + REFRESH_EVERY);
        hosts.refresh(&HashSet::new(), &mut due, now);
        assert_eq!(hosts.addresses("localhost"), None);
        assert!(due.is_empty());
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
