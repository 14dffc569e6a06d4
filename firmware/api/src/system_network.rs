//! `/v2/system/network`: the box's own address, for administrators of the top-level account
//! only. `{"mode": "dhcp"}` (the default) or `{"mode": "static", "address": "192.0.2.10/24",
//! "gateway": "192.0.2.1", "dns": ["192.0.2.53"]}`. Stored as the box-wide document
//! `system_configs/network`; the box writes it where the appliance's init scripts read it at
//! boot (`edgepbx/src/network_config.rs`), so a change takes effect at the next boot.

use std::net::{IpAddr, Ipv4Addr};

use serde_json::{Map, Value, json};

use crate::context::Ctx;
use crate::error::{ApiError, ApiResult};
use crate::{Api, Reply};
use edgepbx_store::GLOBAL;

pub const KIND: &str = "system_configs";
pub const ID: &str = "network";
pub const MAX_DNS: usize = 3;

pub fn route(api: &Api, ctx: &mut Ctx) -> ApiResult<Reply> {
    crate::access::require_box_admin(api, ctx)?;
    match ctx.method.as_str() {
        "GET" => {
            let stored = api.store().get(GLOBAL, KIND, ID)?;
            Ok(Reply::ok(public(stored.as_deref())))
        }
        "POST" | "PUT" => {
            let doc = validate(&ctx.data_object()?)?;
            let stored = api
                .store()
                .write(move |tx| tx.upsert(GLOBAL, KIND, ID, doc.clone()))?;
            Ok(Reply::ok(public(Some(&stored))))
        }
        _ => Err(ApiError::MethodNotAllowed),
    }
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

/// The stored document: only the fields the box acts on, checked; 400 names the field.
pub fn validate(data: &Map<String, Value>) -> ApiResult<Value> {
    let mode = data.get("mode").unwrap_or(&Value::Null);
    match mode.as_str() {
        Some("dhcp") => return Ok(json!({"mode": "dhcp"})),
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
        ["mode", "address", "gateway", "dns"]
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
}
