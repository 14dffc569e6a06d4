//! What a gateway that registers (`"register": true`) must say: a server to register to
//! (an address or host name, not a network), a user name and a password; and the optional
//! fields the box adds, checked for shape. Errors name the field (`gateways.0.username`).

use serde_json::{Map, Value};

use crate::error::{ApiError, ApiResult};
use crate::gateway_address::{GatewayAddress, parse};
use edgepbx_store::lenient;

fn field_error(i: usize, name: &str, code: &str, message: &str, value: Option<&Value>) -> ApiError {
    ApiError::field(
        &format!("gateways.{i}.{name}"),
        code,
        message.to_string(),
        value.map(|v| ("value", v.clone())),
    )
}

/// A SIP user part we can put in a URI as it is.
fn is_sip_user(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 64
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || "-_.+".contains(c))
}

pub fn validate(doc: &Map<String, Value>) -> ApiResult<()> {
    let gateways = doc.get("gateways").and_then(Value::as_array);
    for (i, gw) in gateways.into_iter().flatten().enumerate() {
        if let Some(v) = gw.get("transport") {
            // The SIP runtime reads it with `Transport::from_name` (the API does not link SIP).
            let known = v.as_str().is_some_and(|t| {
                matches!(
                    t.trim().to_ascii_lowercase().as_str(),
                    "udp" | "tcp" | "tls"
                )
            });
            if !known {
                return Err(field_error(
                    i,
                    "transport",
                    "invalid",
                    "must be udp, tcp or tls",
                    Some(v),
                ));
            }
        }
        match gw.get("register") {
            None | Some(Value::Null) => continue,
            Some(v) if lenient::as_bool(v).is_none() => {
                return Err(field_error(
                    i,
                    "register",
                    "type",
                    "must be a boolean",
                    Some(v),
                ));
            }
            Some(v) if lenient::as_bool(v) == Some(false) => continue,
            Some(_) => {}
        }
        let text = |name: &str| gw.get(name).and_then(Value::as_str).map(str::trim);
        match text("server").map(parse) {
            Some(Some(GatewayAddress::Ip(_) | GatewayAddress::Host(_))) => {}
            Some(_) => {
                return Err(field_error(
                    i,
                    "server",
                    "invalid",
                    "a gateway that registers needs an address or host name, not a network",
                    gw.get("server"),
                ));
            }
            None => {
                return Err(field_error(
                    i,
                    "server",
                    "required",
                    "a gateway that registers needs a server",
                    None,
                ));
            }
        }
        for name in ["username", "password"] {
            if text(name).is_none_or(str::is_empty) {
                return Err(field_error(
                    i,
                    name,
                    "required",
                    "a gateway that registers needs it",
                    None,
                ));
            }
        }
        for name in ["username", "auth_username", "contact_user"] {
            if let Some(v) = text(name)
                && !is_sip_user(v)
            {
                return Err(field_error(
                    i,
                    name,
                    "invalid",
                    "letters, digits and - _ . + only (at most 64)",
                    gw.get(name),
                ));
            }
        }
        // The box's own contact tokens (`epx` + hex) are reserved: no account may pick one
        // to claim calls on another account's registration.
        if let Some(v) = text("contact_user")
            && v.to_ascii_lowercase().starts_with("epx")
        {
            return Err(field_error(
                i,
                "contact_user",
                "reserved",
                "contact users starting with epx are the box's own",
                gw.get("contact_user"),
            ));
        }
        for name in ["realm", "from_domain", "outbound_proxy"] {
            if let Some(v) = gw.get(name) {
                let ok = v.as_str().is_some_and(|s| {
                    matches!(
                        parse(s),
                        Some(GatewayAddress::Ip(_) | GatewayAddress::Host(_))
                    )
                });
                if !ok {
                    return Err(field_error(
                        i,
                        name,
                        "invalid",
                        "must be a host name or address",
                        Some(v),
                    ));
                }
            }
        }
        if let Some(v) = gw.get("expire_seconds") {
            let ok = lenient::as_u64(v).is_some_and(|e| (60..=86_400).contains(&e));
            if !ok {
                return Err(field_error(
                    i,
                    "expire_seconds",
                    "range",
                    "must be between 60 and 86400",
                    Some(v),
                ));
            }
        }
        if let Some(v) = gw.get("port") {
            let ok = lenient::as_u64(v).is_some_and(|p| (1..=65_535).contains(&p));
            if !ok {
                return Err(field_error(
                    i,
                    "port",
                    "range",
                    "must be 1 to 65535",
                    Some(v),
                ));
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn check(gw: Value) -> Result<(), String> {
        let doc = json!({"name": "c", "gateways": [{"server": "203.0.113.5"}, gw]});
        validate(doc.as_object().unwrap()).map_err(|e| format!("{e:?}"))
    }

    #[test]
    fn a_registering_gateway_needs_server_user_and_password() {
        assert!(check(json!({"register": true, "server": "sip.example", "username": "100", "password": "p"})).is_ok());
        assert!(check(json!({"register": false})).is_ok());
        assert!(check(json!({"server": "sip.example", "transport": "TLS"})).is_ok());
        for bad in [json!("sctp"), json!(5061)] {
            let err = check(json!({"server": "sip.example", "transport": bad})).unwrap_err();
            assert!(err.contains("gateways.1.transport"), "{err}");
        }
        for (gw, field) in [
            (
                json!({"register": true, "username": "100", "password": "p"}),
                "gateways.1.server",
            ),
            (
                json!({"register": true, "server": "203.0.113.0/28", "username": "100", "password": "p"}),
                "gateways.1.server",
            ),
            (
                json!({"register": true, "server": "sip.example", "password": "p"}),
                "gateways.1.username",
            ),
            (
                json!({"register": true, "server": "sip.example", "username": "100"}),
                "gateways.1.password",
            ),
            (
                json!({"register": true, "server": "sip.example", "username": "1 0", "password": "p"}),
                "gateways.1.username",
            ),
            (
                json!({"register": true, "server": "sip.example", "username": "100", "password": "p", "expire_seconds": 5}),
                "gateways.1.expire_seconds",
            ),
            (
                json!({"register": true, "server": "sip.example", "username": "100", "password": "p", "outbound_proxy": "a b"}),
                "gateways.1.outbound_proxy",
            ),
            (json!({"register": "maybe"}), "gateways.1.register"),
            (
                json!({"register": true, "server": "sip.example", "username": "100", "password": "p", "contact_user": "epx0123"}),
                "gateways.1.contact_user",
            ),
        ] {
            let err = check(gw.clone()).expect_err(&gw.to_string());
            assert!(err.contains(field), "{gw}: {err}");
        }
    }
}
