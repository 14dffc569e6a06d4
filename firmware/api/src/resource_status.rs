//! `GET /v2/accounts/{A}/resources/{id}/status`: the state of the box's registration for
//! each gateway of a carrier that registers (`"register": true`). Kept out of the document
//! itself so that a GET, edit and save of the resource never stores live state in it.
//! Account administrators only (the status names the provider's addresses).

use serde_json::{Value, json};

use crate::context::Ctx;
use crate::error::{ApiError, ApiResult};
use crate::{Api, Reply};
use edgepbx_store::lenient;

pub fn status(api: &Api, ctx: &mut Ctx, account: &str, id: &str) -> ApiResult<Reply> {
    if ctx.method != "GET" {
        return Err(ApiError::MethodNotAllowed);
    }
    ctx.require_admin()?;
    let Some(doc) = api.store().get(account, "resources", id)? else {
        return Err(ApiError::NotFound(id.to_string()));
    };
    let gateways = doc.get("gateways").and_then(Value::as_array);
    let rows: Vec<Value> = gateways
        .into_iter()
        .flatten()
        .enumerate()
        .map(|(i, gw)| {
            let registers = lenient::bool_at(gw, "register") == Some(true);
            let live = registers
                .then(|| api.live().gateway_registration(account, id, i))
                .flatten();
            let mut row = match (registers, live) {
                (false, _) => json!({"state": "not_registering"}),
                (true, Some(live)) => live,
                // Saved a moment ago: the SIP side picks it up within a second or two.
                (true, None) => json!({"state": "trying"}),
            };
            row["gateway"] = json!(i);
            row["server"] = gw.get("server").cloned().unwrap_or(Value::Null);
            row
        })
        .collect();
    Ok(Reply::ok(json!({"id": id, "gateways": rows})))
}
