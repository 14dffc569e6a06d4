//! Which provider registrations the box wants: every enabled gateway with `"register":
//! true` of every enabled `resources` document. A thread reads them once a second (the
//! store's collections are cached, so this is cheap), takes host names' addresses from the
//! carrier resolver's cache (`carrier_hosts`: no DNS here, none under the engine lock), and
//! hands the engine the list only when it changed.

use std::net::{IpAddr, SocketAddr};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use edgepbx_sip::engine::uplink::{client::Wanted, contact_token};
use edgepbx_sip::engine::{
    Engine, gateway_port, gateway_port_written, gateway_transport, gateway_transport_written,
};
use edgepbx_sip::transaction::Transport;
use edgepbx_store::{GLOBAL, Store, lenient};
use serde_json::Value;

use super::carrier_hosts::CarrierHosts;
use super::clock::Clock;
use super::gateway_match::{GatewayAddress, parse};

const SCAN_EVERY: Duration = Duration::from_secs(1);
const DEFAULT_EXPIRES: u32 = 3600;

/// Starts the thread that keeps the engine's registrations in line with the store.
pub fn start(store: Store, hosts: Arc<CarrierHosts>, engine: Arc<Mutex<Engine>>, clock: Clock) {
    let spawned = std::thread::Builder::new()
        .name("sip-uplinks".into())
        .spawn(move || {
            let mut last: Option<Vec<Wanted>> = None;
            loop {
                let wanted = wanted(&store, &|h| hosts.addresses(h), &|h, t| hosts.located(h, t));
                if last.as_ref() != Some(&wanted) {
                    let Ok(mut e) = engine.lock() else { return };
                    e.set_uplinks(clock.now(), wanted.clone());
                    drop(e);
                    last = Some(wanted);
                }
                std::thread::sleep(SCAN_EVERY);
            }
        });
    if let Err(e) = spawned {
        tracing::error!(error = %e, "no provider registration thread: the box will not register to providers");
    }
}

/// Host names the registrations need resolved besides the gateways' servers (their
/// outbound proxies).
pub fn proxy_hosts(gw: &Value) -> Option<String> {
    if lenient::bool_at(gw, "register") != Some(true) {
        return None;
    }
    let proxy = gw.get("outbound_proxy").and_then(Value::as_str)?;
    match parse(proxy) {
        Some(GatewayAddress::Host(h)) => Some(h.to_ascii_lowercase()),
        _ => None,
    }
}

type Resolved<'a> = &'a dyn Fn(&str) -> Option<Vec<IpAddr>>;
/// A domain's SRV servers (see `CarrierHosts::located`).
type Located<'a> = &'a dyn Fn(&str, Option<Transport>) -> Option<(Transport, Vec<SocketAddr>)>;

/// Every registration wanted, in a stable order.
pub fn wanted(store: &Store, resolved: Resolved, located: Located) -> Vec<Wanted> {
    let Ok(accounts) = store.collection(GLOBAL, "accounts") else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for (account, doc) in accounts.iter() {
        if !lenient::is_enabled(doc) {
            continue;
        }
        let Ok(resources) = store.collection(account, "resources") else {
            continue;
        };
        for (id, resource) in resources.iter() {
            if !lenient::is_enabled(resource) {
                continue;
            }
            let gateways = resource.get("gateways").and_then(Value::as_array);
            for (i, gw) in gateways.into_iter().flatten().enumerate() {
                if let Some(w) = gateway(account, id, i, gw, resolved, located) {
                    out.push(w);
                }
            }
        }
    }
    out.sort_by(|a, b| {
        (&a.account, &a.resource_id, a.gateway).cmp(&(&b.account, &b.resource_id, b.gateway))
    });
    out
}

fn text<'a>(gw: &'a Value, field: &str) -> Option<&'a str> {
    gw.get(field)
        .and_then(Value::as_str)
        .map(str::trim)
        .filter(|s| !s.is_empty())
}

/// `host[:port]` as written, its addresses (empty while unresolved) and port.
fn endpoint(
    written: &str,
    default_port: u16,
    resolved: Resolved,
) -> Option<(String, Vec<SocketAddr>)> {
    let port = match written.trim().parse::<SocketAddr>() {
        Ok(a) => a.port(),
        Err(_) => match written.rsplit_once(':') {
            Some((_, p)) if !written.contains('[') => p.parse().unwrap_or(default_port),
            _ => default_port,
        },
    };
    let (host, ips) = match parse(written)? {
        GatewayAddress::Ip(ip) => (ip.to_string(), vec![ip]),
        GatewayAddress::Host(h) => (h.to_string(), resolved(h).unwrap_or_default()),
        GatewayAddress::Network(..) => return None,
    };
    Some((
        host,
        ips.into_iter()
            .map(|ip| SocketAddr::new(ip, port))
            .collect(),
    ))
}

/// The registration a gateway asks for, if it asks for one (and says enough to make it:
/// the API refuses a gateway that registers without a server, user name or password).
fn gateway(
    account: &str,
    resource: &str,
    i: usize,
    gw: &Value,
    resolved: Resolved,
    located: Located,
) -> Option<Wanted> {
    if !lenient::is_enabled(gw) || lenient::bool_at(gw, "register") != Some(true) {
        return None;
    }
    let server = text(gw, "server")?;
    let username = text(gw, "username")?;
    let password = text(gw, "password")?;
    let mut transport = gateway_transport(gw);
    let port = gateway_port(gw);
    let (host, mut server_addrs) = endpoint(server, port, resolved)?;
    // A domain without a written port: its SRV servers (NAPTR may pick the transport).
    let mut port_in_realm = port != transport.default_port();
    if !gateway_port_written(gw)
        && let Some((t, addrs)) = located(&host, gateway_transport_written(gw))
    {
        transport = t;
        server_addrs = addrs;
        port_in_realm = false;
    }
    let realm = match text(gw, "realm") {
        Some(r) => r.to_string(),
        None if port_in_realm => format!("{host}:{port}"),
        None => host,
    };
    let proxy = match text(gw, "outbound_proxy") {
        Some(p) => Some(endpoint(p, transport.default_port(), resolved)?.1),
        None => None,
    };
    let targets = proxy.clone().unwrap_or_else(|| server_addrs.clone());
    let mut sources: Vec<IpAddr> = server_addrs
        .iter()
        .chain(proxy.iter().flatten())
        .map(SocketAddr::ip)
        .collect();
    sources.dedup();
    let expires = lenient::u64_at(gw, "expire_seconds")
        .map_or(DEFAULT_EXPIRES, |e| e.clamp(60, 86_400) as u32);
    Some(Wanted {
        account: account.to_string(),
        resource_id: resource.to_string(),
        gateway: i,
        registrar_uri: format!("sip:{realm}"),
        aor_domain: text(gw, "from_domain").unwrap_or(&realm).to_string(),
        username: username.to_string(),
        auth_username: text(gw, "auth_username").unwrap_or(username).to_string(),
        password: password.to_string(),
        contact_user: text(gw, "contact_user")
            .map(str::to_string)
            .unwrap_or_else(|| contact_token(account, resource, i)),
        expires,
        transport,
        targets,
        sources,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn ip(s: &str) -> IpAddr {
        s.parse().unwrap()
    }

    #[test]
    fn a_registering_gateway_becomes_a_registration_with_defaults_and_resolved_addresses() {
        let dns = |h: &str| match h {
            "sip.provider.example" => Some(vec![ip("192.0.2.7"), ip("192.0.2.8")]),
            "proxy.provider.example" => Some(vec![ip("192.0.2.9")]),
            _ => None,
        };
        let srv = |h: &str, t: Option<Transport>| match (h, t) {
            ("srv.provider.example", None) => Some((
                Transport::Tcp,
                vec!["192.0.2.20:5080".parse::<SocketAddr>().unwrap()],
            )),
            _ => None,
        };
        let gw = json!({"register": true, "server": "sip.provider.example", "username": "+14155550100", "password": "p"});
        let w = gateway("acc", "res", 2, &gw, &dns, &srv).unwrap();
        assert_eq!(w.registrar_uri, "sip:sip.provider.example");
        assert_eq!(w.aor_domain, "sip.provider.example");
        assert_eq!(w.auth_username, "+14155550100");
        assert_eq!(w.contact_user, contact_token("acc", "res", 2));
        assert_eq!(w.expires, 3600);
        assert_eq!(
            w.targets,
            vec![
                "192.0.2.7:5060".parse::<SocketAddr>().unwrap(),
                "192.0.2.8:5060".parse().unwrap()
            ]
        );
        let gw = json!({"register": "true", "server": "sip.provider.example", "port": 5080,
            "username": "100", "password": "p", "auth_username": "auth100", "realm": "voip.example",
            "from_domain": "from.example", "outbound_proxy": "proxy.provider.example:5090",
            "expire_seconds": 10, "contact_user": "line1"});
        let w = gateway("acc", "res", 0, &gw, &dns, &srv).unwrap();
        assert_eq!(w.registrar_uri, "sip:voip.example");
        assert_eq!(w.aor_domain, "from.example");
        assert_eq!(
            (w.auth_username.as_str(), w.contact_user.as_str()),
            ("auth100", "line1")
        );
        assert_eq!(w.expires, 60);
        assert_eq!(
            w.targets,
            vec!["192.0.2.9:5090".parse::<SocketAddr>().unwrap()]
        );
        assert_eq!(
            w.sources,
            vec![ip("192.0.2.7"), ip("192.0.2.8"), ip("192.0.2.9")]
        );
        // An address with a port, and a name not resolved yet.
        let gw = json!({"register": true, "server": "203.0.113.5:5070", "username": "u", "password": "p"});
        let w = gateway("acc", "res", 0, &gw, &dns, &srv).unwrap();
        assert_eq!(w.registrar_uri, "sip:203.0.113.5");
        assert_eq!(
            w.targets,
            vec!["203.0.113.5:5070".parse::<SocketAddr>().unwrap()]
        );
        let gw = json!({"register": true, "server": "unknown.example", "username": "u", "password": "p"});
        assert!(
            gateway("acc", "res", 0, &gw, &dns, &srv)
                .unwrap()
                .targets
                .is_empty()
        );
        // Over TLS: port 5061 unless written, and the realm keeps it bare.
        let gw = json!({"register": true, "server": "sip.provider.example", "transport": "TLS",
            "username": "u", "password": "p"});
        let w = gateway("acc", "res", 0, &gw, &dns, &srv).unwrap();
        assert_eq!(w.transport, Transport::Tls);
        assert_eq!(w.registrar_uri, "sip:sip.provider.example");
        assert_eq!(
            w.targets[0],
            "192.0.2.7:5061".parse::<SocketAddr>().unwrap()
        );
        // A domain with SRV (and NAPTR choosing TCP) registers to its servers; with a
        // written port it would be a plain host name.
        let gw = json!({"register": true, "server": "srv.provider.example", "username": "u", "password": "p"});
        let w = gateway("acc", "res", 0, &gw, &dns, &srv).unwrap();
        assert_eq!(w.transport, Transport::Tcp);
        assert_eq!(w.registrar_uri, "sip:srv.provider.example");
        assert_eq!(
            w.targets,
            vec!["192.0.2.20:5080".parse::<SocketAddr>().unwrap()]
        );
        assert_eq!(w.sources, vec![ip("192.0.2.20")]);
        let gw = json!({"register": true, "server": "srv.provider.example", "port": 5060, "username": "u", "password": "p"});
        assert!(
            gateway("acc", "res", 0, &gw, &dns, &srv)
                .unwrap()
                .targets
                .is_empty()
        );
        // Not registering, disabled, or without credentials: nothing.
        for gw in [
            json!({"server": "203.0.113.5", "username": "u", "password": "p"}),
            json!({"register": true, "enabled": false, "server": "203.0.113.5", "username": "u", "password": "p"}),
            json!({"register": true, "server": "203.0.113.5", "username": "u"}),
        ] {
            assert_eq!(gateway("acc", "res", 0, &gw, &dns, &srv), None, "{gw}");
        }
    }
}
