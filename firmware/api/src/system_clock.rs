//! `/v2/system/clock`: the box-wide SNTP servers, `{"ntp_servers": ["pool.ntp.org", "192.0.2.1:123"]}`,
//! for administrators of the top-level account only (like `/v2/system/update`). Stored as the
//! box-wide document `system_configs/clock`; the box's SNTP client reads it before each query,
//! so a change is used from the next query on. Whether the clock is known is in
//! `GET /v2/system_status` (`clock`).

use serde_json::{Map, Value, json};

use crate::box_setting::BoxSetting;
use crate::context::Ctx;
use crate::error::{ApiError, ApiResult};
use crate::{Api, Reply};

pub const KIND: &str = crate::box_setting::KIND;
pub const ID: &str = "clock";
pub const FIELD: &str = "ntp_servers";
pub const MAX_SERVERS: usize = 8;

pub fn route(api: &Api, ctx: &mut Ctx) -> ApiResult<Reply> {
    let setting = BoxSetting {
        id: ID,
        check: |data| Ok(json!({ FIELD: validate(data)? })),
        public,
    };
    crate::box_setting::route(api, ctx, &setting)
}

/// The setting as clients see it; `configured` is false while the box uses its config file's
/// servers (none were set through the API).
fn public(stored: Option<&Value>) -> Value {
    let servers = stored
        .and_then(|d| d.get(FIELD))
        .cloned()
        .unwrap_or_else(|| json!([]));
    json!({ FIELD: servers, "configured": stored.is_some() })
}

/// The servers the box-wide document names (`None`: not set through the API).
pub fn stored_servers(doc: &Value) -> Option<Vec<String>> {
    let list = doc.get(FIELD)?.as_array()?;
    Some(
        list.iter()
            .filter_map(Value::as_str)
            .map(str::to_string)
            .collect(),
    )
}

fn bad(message: &str, value: &Value) -> ApiError {
    ApiError::field(FIELD, "format", message, Some(("value", value.clone())))
}

/// `ntp_servers` must be a list of at most 8 `host` or `host:port` (IPv6 as `[addr]:port`).
pub fn validate(data: &Map<String, Value>) -> ApiResult<Vec<String>> {
    let v = data
        .get(FIELD)
        .ok_or_else(|| ApiError::field(FIELD, "required", "a list of SNTP servers", None))?;
    let list = v
        .as_array()
        .ok_or_else(|| bad("a list of host names or addresses", v))?;
    if list.len() > MAX_SERVERS {
        return Err(bad("at most 8 servers", v));
    }
    list.iter()
        .map(|item| {
            item.as_str()
                .filter(|s| is_server(s))
                .map(str::to_string)
                .ok_or_else(|| {
                    bad(
                        "a host name, IPv4 address or [IPv6] address, with an optional :port",
                        item,
                    )
                })
        })
        .collect()
}

fn is_server(s: &str) -> bool {
    let (host, port) = match s.strip_prefix('[') {
        Some(rest) => match rest.split_once(']') {
            Some((addr, tail)) if addr.parse::<std::net::Ipv6Addr>().is_ok() => {
                (addr, tail.strip_prefix(':'))
            }
            _ => return false,
        },
        None => match s.rsplit_once(':') {
            Some((h, p)) => (h, Some(p)),
            None => (s, None),
        },
    };
    let port_ok = port.is_none_or(|p| p.parse::<u16>().is_ok_and(|p| p > 0));
    let host_ok = s.starts_with('[')
        || (!host.is_empty()
            && host.len() <= 253
            && host.split('.').all(|label| {
                !label.is_empty()
                    && label.len() <= 63
                    && !label.starts_with('-')
                    && !label.ends_with('-')
                    && label
                        .bytes()
                        .all(|b| b.is_ascii_alphanumeric() || b == b'-')
            }));
    port_ok && host_ok
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(v: Value) -> ApiResult<Vec<String>> {
        validate(v.as_object().unwrap())
    }

    #[test]
    fn servers_are_host_names_or_addresses_with_an_optional_port() {
        let ok = check(
            json!({"ntp_servers": ["pool.ntp.org", "192.0.2.1:123", "[2001:db8::1]:1123", "[::1]"]}),
        );
        assert_eq!(ok.unwrap().len(), 4);
        assert_eq!(
            check(json!({"ntp_servers": []})).unwrap(),
            Vec::<String>::new()
        );
        for bad in [
            json!({}),
            json!({"ntp_servers": "pool.ntp.org"}),
            json!({"ntp_servers": [42]}),
            json!({"ntp_servers": ["bad host"]}),
            json!({"ntp_servers": ["host:0"]}),
            json!({"ntp_servers": ["host:99999"]}),
            json!({"ntp_servers": ["-x.example"]}),
            json!({"ntp_servers": ["[not-v6]:123"]}),
            json!({"ntp_servers": ["a", "b", "c", "d", "e", "f", "g", "h", "i"]}),
        ] {
            let e = check(bad.clone()).expect_err(&bad.to_string());
            assert!(format!("{e:?}").contains("ntp_servers"), "{bad}: {e:?}");
        }
    }
}
