//! `GET /v2/accounts/{A}/analog_ports`: the box's analog ports (name, kind, state, alarm,
//! owning device). Under an account rather than `/v2/system`, because a port belongs to the
//! account whose device names it: an account's administrator sees its own ports, and the
//! box administrator, asking in the top-level account, sees every port (unowned and down
//! ones too: wiring and chip faults are the box's business).
//!
//! `PUT /v2/accounts/{A}/analog_ports/{port}/line_test` with `{"data": {"number": "..."}}`
//! (box administrator): tests an idle FXO line. Without a number it checks for dial tone;
//! with one it makes a test call there and finds whether the exchange reverses polarity at
//! the answer and how the far end's hang-up shows. Progress and findings are the port's
//! `line_test` in the list. With `"apply": true` the findings, when the test ends, become
//! the port's `answer_supervision` and `disconnect` (those it could find; kept across
//! restarts).

use serde_json::Value;

use crate::live::LineTestRefused;

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

/// Longest test number accepted.
const MAX_NUMBER: usize = 32;

pub fn line_test(api: &Api, ctx: &mut Ctx, account: &str, port: &str) -> ApiResult<Reply> {
    if !matches!(ctx.method.as_str(), "PUT" | "POST") {
        return Err(ApiError::MethodNotAllowed);
    }
    ctx.require_admin()?;
    if ctx.session()?.account_id != account {
        return Err(ApiError::Forbidden(
            "line tests are for the box administrator in the top-level account",
        ));
    }
    crate::access::require_box_admin(api, ctx)?;
    let data = ctx.data_object()?;
    let number = match data.get("number") {
        None | Some(Value::Null) => None,
        Some(Value::String(n))
            if (1..=MAX_NUMBER).contains(&n.len())
                && n.chars().all(|c| c.is_ascii_digit() || "*#+".contains(c)) =>
        {
            Some(n.as_str())
        }
        Some(other) => {
            return Err(ApiError::field(
                "number",
                "pattern",
                format!("a test number of 1 to {MAX_NUMBER} digits (0-9 * # +)"),
                Some(("value", other.clone())),
            ));
        }
    };
    let apply = match data.get("apply") {
        None | Some(Value::Null) => false,
        Some(Value::Bool(b)) => *b,
        Some(other) => {
            return Err(ApiError::field(
                "apply",
                "type",
                "true to apply the findings to the port, or false",
                Some(("value", other.clone())),
            ));
        }
    };
    match api.live().start_line_test(port, number, apply) {
        Ok(row) => Ok(Reply::ok(row)),
        Err(LineTestRefused::NotFound(p)) => Err(ApiError::NotFound(format!("analog_ports/{p}"))),
        Err(LineTestRefused::Unusable(why)) => Err(ApiError::Conflict(why)),
    }
}
