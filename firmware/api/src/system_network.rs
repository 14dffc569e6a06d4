//! `/v2/system/network`: the box's own address, for administrators of the top-level account
//! only. `{"mode": "dhcp"}` (the default) or `{"mode": "static", "address": "192.0.2.10/24",
//! "gateway": "192.0.2.1", "dns": ["192.0.2.53"]}`; with either mode a static IPv6 address,
//! `"address6": "2001:db8::10/64"`, and optionally `"gateway6"` (link-local or inside that
//! prefix). Stored as the box-wide document
//! `system_configs/network`; the box writes it where the appliance's init scripts read it at
//! boot (`edgepbx/src/network_config.rs`), so a change takes effect at the next boot.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

use serde_json::{Map, Value, json};

use crate::box_setting::BoxSetting;
use crate::context::Ctx;
use crate::error::{ApiError, ApiResult};
use crate::{Api, Reply};

pub const KIND: &str = crate::box_setting::KIND;
pub const ID: &str = "network";
pub const MAX_DNS: usize = 3;

pub fn route(api: &Api, ctx: &mut Ctx) -> ApiResult<Reply> {
    let setting = BoxSetting {
        id: ID,
        check: validate,
        public,
    };
    crate::box_setting::route(api, ctx, &setting)
}

fn public(stored: Option<&Value>) -> Value {
    let mut out = stored.cloned().unwrap_or_else(|| json!({"mode": "dhcp"}));
    if let Some(m) = out.as_object_mut() {
        m.retain(|k, _| !k.starts_with("pvt_") && !k.starts_with('_') && k != "id");
        m.insert("configured".into(), json!(stored.is_some()));
        m.insert("applies".into(), json!("at the next boot of the appliance"));
    }
    out
}

fn bad(field: &str, rule: &str, message: &str, value: &Value) -> ApiError {
    ApiError::field(field, rule, message, Some(("value", value.clone())))
}

/// An IPv4 address with its prefix length, as `ip addr add` takes it.
pub fn parse_cidr(s: &str) -> Option<(Ipv4Addr, u8)> {
    let (addr, prefix) = s.split_once('/')?;
    let addr: Ipv4Addr = addr.parse().ok()?;
    let prefix: u8 = prefix.parse().ok().filter(|p| (1..=32).contains(p))?;
    Some((addr, prefix))
}

fn mask(prefix: u8) -> u32 {
    u32::MAX.checked_shl(32 - u32::from(prefix)).unwrap_or(0)
}

fn usable_host(a: Ipv4Addr) -> bool {
    !(a.is_unspecified() || a.is_multicast() || a.is_broadcast() || a.is_loopback())
}

/// An IPv6 address with its prefix length.
pub fn parse_cidr6(s: &str) -> Option<(Ipv6Addr, u8)> {
    let (addr, prefix) = s.split_once('/')?;
    let addr: Ipv6Addr = addr.parse().ok()?;
    let prefix: u8 = prefix.parse().ok().filter(|p| (1..=128).contains(p))?;
    Some((addr, prefix))
}

fn is_link_local6(a: Ipv6Addr) -> bool {
    a.segments()[0] & 0xffc0 == 0xfe80
}

/// An address a box may be given: not unspecified, loopback, multicast, link-local (the
/// kernel makes that one itself) or IPv4-mapped.
fn usable_host6(a: Ipv6Addr) -> bool {
    !(a.is_unspecified()
        || a.is_loopback()
        || a.is_multicast()
        || is_link_local6(a)
        || a.to_ipv4_mapped().is_some())
}

fn same_prefix6(a: Ipv6Addr, b: Ipv6Addr, prefix: u8) -> bool {
    let m = u128::MAX.checked_shl(128 - u32::from(prefix)).unwrap_or(0);
    u128::from(a) & m == u128::from(b) & m
}

/// `address6` and `gateway6` (either mode) into `doc`; 400 names the field.
fn validate_ipv6(data: &Map<String, Value>, doc: &mut Value) -> ApiResult<()> {
    let gateway = data.get("gateway6").filter(|g| !g.is_null());
    let Some(address) = data.get("address6").filter(|a| !a.is_null()) else {
        return match gateway {
            Some(g) => Err(bad(
                "gateway6",
                "required",
                "needs address6 (the box's own IPv6 address)",
                g,
            )),
            None => Ok(()),
        };
    };
    let (ip, prefix) = address
        .as_str()
        .and_then(parse_cidr6)
        .filter(|(ip, _)| usable_host6(*ip))
        .ok_or_else(|| {
            bad(
                "address6",
                "format",
                "a global or unique-local IPv6 address with a prefix length, e.g. 2001:db8::10/64",
                address,
            )
        })?;
    doc["address6"] = json!(format!("{ip}/{prefix}"));
    if let Some(g) = gateway {
        let gw = g
            .as_str()
            .and_then(|s| s.parse::<Ipv6Addr>().ok())
            .filter(|gw| {
                *gw != ip
                    && !(gw.is_unspecified() || gw.is_loopback() || gw.is_multicast())
                    && (is_link_local6(*gw) || same_prefix6(*gw, ip, prefix))
            })
            .ok_or_else(|| {
                bad(
                    "gateway6",
                    "format",
                    "an IPv6 router address: link-local (fe80::/10) or inside address6's prefix",
                    g,
                )
            })?;
        doc["gateway6"] = json!(gw.to_string());
    }
    Ok(())
}

/// The stored document: only the fields the box acts on, checked; 400 names the field.
pub fn validate(data: &Map<String, Value>) -> ApiResult<Value> {
    let mode = data.get("mode").unwrap_or(&Value::Null);
    match mode.as_str() {
        Some("dhcp") => {
            let mut doc = json!({"mode": "dhcp"});
            validate_ipv6(data, &mut doc)?;
            return Ok(doc);
        }
        Some("static") => {}
        _ => return Err(bad("mode", "enum", "dhcp or static", mode)),
    }
    let address = data.get("address").unwrap_or(&Value::Null);
    let (ip, prefix) = address
        .as_str()
        .and_then(parse_cidr)
        .filter(|(ip, _)| usable_host(*ip))
        .ok_or_else(|| {
            bad(
                "address",
                "format",
                "an IPv4 host address with a prefix length, e.g. 192.0.2.10/24",
                address,
            )
        })?;
    let net = u32::from(ip) & mask(prefix);
    if prefix <= 30 && (u32::from(ip) == net || u32::from(ip) == net | !mask(prefix)) {
        return Err(bad(
            "address",
            "format",
            "the network or broadcast address of its own subnet",
            address,
        ));
    }
    let mut doc = json!({"mode": "static", "address": format!("{ip}/{prefix}")});
    if let Some(g) = data.get("gateway").filter(|g| !g.is_null()) {
        let gw = g
            .as_str()
            .and_then(|s| s.parse::<Ipv4Addr>().ok())
            .filter(|gw| usable_host(*gw) && *gw != ip)
            .ok_or_else(|| {
                bad(
                    "gateway",
                    "format",
                    "an IPv4 address other than the box's",
                    g,
                )
            })?;
        if u32::from(gw) & mask(prefix) != net {
            return Err(bad(
                "gateway",
                "format",
                "an address inside the box's subnet",
                g,
            ));
        }
        doc["gateway"] = json!(gw.to_string());
    }
    if let Some(d) = data.get("dns").filter(|d| !d.is_null()) {
        let list = d
            .as_array()
            .filter(|l| l.len() <= MAX_DNS)
            .ok_or_else(|| bad("dns", "format", "a list of at most 3 IP addresses", d))?;
        let servers: Vec<String> = list
            .iter()
            .map(|s| {
                s.as_str()
                    .and_then(|s| s.parse::<IpAddr>().ok())
                    .map(|ip| ip.to_string())
                    .ok_or_else(|| bad("dns", "format", "an IP address", s))
            })
            .collect::<ApiResult<_>>()?;
        doc["dns"] = json!(servers);
    }
    validate_ipv6(data, &mut doc)?;
    Ok(doc)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(v: Value) -> ApiResult<Value> {
        validate(v.as_object().unwrap())
    }

    fn field_of(r: ApiResult<Value>) -> String {
        let e = format!("{:?}", r.expect_err("refused"));
        ["mode", "address6", "gateway6", "address", "gateway", "dns"]
            .into_iter()
            .find(|f| e.contains(&format!("\"{f}\"")))
            .unwrap_or("?")
            .to_string()
    }

    #[test]
    fn static_addresses_are_checked_field_by_field() {
        assert_eq!(
            check(json!({"mode": "static", "address": "192.0.2.10/24", "gateway": "192.0.2.1", "dns": ["192.0.2.53", "2001:db8::53"], "extra": 1})).unwrap(),
            json!({"mode": "static", "address": "192.0.2.10/24", "gateway": "192.0.2.1", "dns": ["192.0.2.53", "2001:db8::53"]})
        );
        assert_eq!(
            check(json!({"mode": "dhcp", "address": "junk"})).unwrap(),
            json!({"mode": "dhcp"})
        );
        for (bad, field) in [
            (json!({}), "mode"),
            (json!({"mode": "ppp"}), "mode"),
            (json!({"mode": "static"}), "address"),
            (
                json!({"mode": "static", "address": "192.0.2.10"}),
                "address",
            ),
            (
                json!({"mode": "static", "address": "192.0.2.10/33"}),
                "address",
            ),
            (
                json!({"mode": "static", "address": "192.0.2.300/24"}),
                "address",
            ),
            (
                json!({"mode": "static", "address": "192.0.2.0/24"}),
                "address",
            ),
            (
                json!({"mode": "static", "address": "192.0.2.255/24"}),
                "address",
            ),
            (
                json!({"mode": "static", "address": "224.0.0.1/24"}),
                "address",
            ),
            (
                json!({"mode": "static", "address": "192.0.2.10/24", "gateway": "198.51.100.1"}),
                "gateway",
            ),
            (
                json!({"mode": "static", "address": "192.0.2.10/24", "gateway": "192.0.2.10"}),
                "gateway",
            ),
            (
                json!({"mode": "static", "address": "192.0.2.10/24", "gateway": "gw"}),
                "gateway",
            ),
            (
                json!({"mode": "static", "address": "192.0.2.10/24", "dns": "192.0.2.53"}),
                "dns",
            ),
            (
                json!({"mode": "static", "address": "192.0.2.10/24", "dns": ["x"]}),
                "dns",
            ),
            (
                json!({"mode": "static", "address": "192.0.2.10/24", "dns": ["1.1.1.1", "1.0.0.1", "8.8.8.8", "9.9.9.9"]}),
                "dns",
            ),
        ] {
            assert_eq!(field_of(check(bad.clone())), field, "{bad}");
        }
    }

    #[test]
    fn static_ipv6_is_checked_with_either_mode() {
        assert_eq!(
            check(json!({"mode": "dhcp", "address6": "2001:DB8::10/64", "gateway6": "fe80::1"}))
                .unwrap(),
            json!({"mode": "dhcp", "address6": "2001:db8::10/64", "gateway6": "fe80::1"})
        );
        assert_eq!(
            check(json!({"mode": "static", "address": "192.0.2.10/24", "address6": "fd00:1::10/64", "gateway6": "fd00:1::1"}))
                .unwrap(),
            json!({"mode": "static", "address": "192.0.2.10/24", "address6": "fd00:1::10/64", "gateway6": "fd00:1::1"})
        );
        let dhcp = |extra: Value| {
            let mut v = json!({"mode": "dhcp"});
            for (k, x) in extra.as_object().unwrap() {
                v[k] = x.clone();
            }
            v
        };
        for (bad, field) in [
            (dhcp(json!({"address6": "2001:db8::10"})), "address6"),
            (dhcp(json!({"address6": "2001:db8::10/129"})), "address6"),
            (dhcp(json!({"address6": "192.0.2.10/24"})), "address6"),
            (dhcp(json!({"address6": "fe80::10/64"})), "address6"),
            (dhcp(json!({"address6": "ff02::1/64"})), "address6"),
            (dhcp(json!({"address6": "::1/128"})), "address6"),
            (dhcp(json!({"address6": "::ffff:192.0.2.1/96"})), "address6"),
            (dhcp(json!({"address6": 6})), "address6"),
            (dhcp(json!({"gateway6": "fe80::1"})), "gateway6"),
            (
                dhcp(json!({"address6": "2001:db8::10/64", "gateway6": "2001:db9::1"})),
                "gateway6",
            ),
            (
                dhcp(json!({"address6": "2001:db8::10/64", "gateway6": "2001:db8::10"})),
                "gateway6",
            ),
            (
                dhcp(json!({"address6": "2001:db8::10/64", "gateway6": "ff02::2"})),
                "gateway6",
            ),
            (
                dhcp(json!({"address6": "2001:db8::10/64", "gateway6": "router"})),
                "gateway6",
            ),
        ] {
            assert_eq!(field_of(check(bad.clone())), field, "{bad}");
        }
    }
}
