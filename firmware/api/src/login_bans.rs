//! `GET /v2/accounts/{A}/login_bans` and `DELETE .../login_bans/{ip}` (administrators of the
//! top-level account, like `sip_bans`): the source addresses the login limiter holds back
//! (failed API logins, and phones' unknown MACs, bad file names and wrong provisioning
//! credentials), and lifting an address's ban, backoffs and counts at once.

use serde_json::{Value, json};

use crate::context::Ctx;
use crate::error::{ApiError, ApiResult};
use crate::{Api, Reply};

pub fn list(api: &Api, ctx: &mut Ctx) -> ApiResult<Reply> {
    if ctx.method != "GET" {
        return Err(ApiError::MethodNotAllowed);
    }
    crate::access::require_box_admin(api, ctx)?;
    let rows: Vec<Value> = api
        .limiter()
        .blocked_now(ctx.now)
        .into_iter()
        .map(|(ip, target, seconds)| {
            json!({
                "ip": ip.to_string(),
                // null: banned from every login and provisioning request.
                "target": target,
                "seconds_left": seconds,
            })
        })
        .collect();
    Ok(Reply::ok(Value::Array(rows)))
}

pub fn lift(api: &Api, ctx: &mut Ctx, ip: &str) -> ApiResult<Reply> {
    if ctx.method != "DELETE" {
        return Err(ApiError::MethodNotAllowed);
    }
    crate::access::require_box_admin(api, ctx)?;
    let Ok(addr) = ip.parse::<std::net::IpAddr>() else {
        return Err(ApiError::field(
            "ip",
            "format",
            "not an IP address",
            Some(("value", json!(ip))),
        ));
    };
    if !api.limiter().lift(addr) {
        return Err(ApiError::NotFound(format!("login_bans/{ip}")));
    }
    Ok(Reply::ok(json!({"ip": ip, "lifted": true})))
}
