//! Carrier gateways written as host names, resolved off the call path: a thread looks for
//! new names in the accounts' `resources` every second and resolves them at once, and
//! resolves every name again every few minutes (carriers move). The SIP engine only reads
//! the last answers, so a slow DNS server never holds up a call.

use std::collections::{HashMap, HashSet};
use std::net::{IpAddr, ToSocketAddrs};
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
        let spawned = std::thread::Builder::new()
            .name("carrier-dns".into())
            .spawn(move || {
                let mut due: HashMap<String, Instant> = HashMap::new();
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
}
