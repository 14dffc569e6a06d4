//! `GET /v2/accounts/{A}/provisioning/dhcp` (administrators): the DHCP option values an
//! office router hands out so that phones find the box's provisioning server, with the box's
//! address as the caller reached it (its `Host` header) and the HTTP port the box listens on.
//! Plain HTTP on purpose: with HTTPS on, that is the bootstrap that moves phones to HTTPS.

use serde_json::json;

use crate::context::Ctx;
use crate::error::{ApiError, ApiResult};
use crate::{Api, Reply};

pub fn values(api: &Api, ctx: &Ctx) -> ApiResult<Reply> {
    if ctx.method != "GET" {
        return Err(ApiError::MethodNotAllowed);
    }
    ctx.require_admin()?;
    let host = ctx
        .req
        .header("host")
        .and_then(crate::provisioning::host_of)
        .ok_or_else(|| ApiError::bad_request("the request needs a Host header naming the box"))?;
    let ports = api
        .provisioning
        .ports
        .get()
        .ok_or_else(|| ApiError::Unavailable("the listeners are not bound yet".into()))?;
    let url = format!("http://{host}:{}/provision/", ports.http);
    Ok(Reply::ok(json!({
        "option_66": url,
        "option_160": url,
        "option_43": null,
        "cisco_profile_rule": format!("{url}spa$MA.xml"),
        // What a softphone is given by hand (the panel's QR code): the same address, SIP port.
        "sip_server": {"host": host, "port": ports.sip},
    })))
}
