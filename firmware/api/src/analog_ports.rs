//! `GET /v2/accounts/{A}/analog_ports`: the box's analog ports (name, kind, state, alarm,
//! owning device). Under an account rather than `/v2/system`, because a port belongs to the
//! account whose device names it: an account's administrator sees its own ports, and the
//! box administrator, asking in the top-level account, sees every port (unowned and down
//! ones too: wiring and chip faults are the box's business).

use serde_json::Value;

use crate::context::Ctx;
use crate::error::{ApiError, ApiResult};
use crate::{Api, Reply};

pub fn list(api: &Api, ctx: &mut Ctx, account: &str) -> ApiResult<Reply> {
    if ctx.method != "GET" {
        return Err(ApiError::MethodNotAllowed);
    }
    ctx.require_admin()?;
    let own_account = ctx.session()?.account_id == account;
    let whole_box = own_account && crate::access::require_box_admin(api, ctx).is_ok();
    let rows = api.live().analog_ports((!whole_box).then_some(account));
    Ok(Reply::ok(Value::Array(rows)))
}
