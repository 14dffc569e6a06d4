//! `GET /v2/system_status`: how the box last stopped (clean, or a crash, kill or power cut),
//! how many calls that cut, what was restored, and how often the crash snapshot is written.
//! Only for administrators of the root account: it describes the whole box.

use edgepbx_store::GLOBAL;
use serde_json::Value;

use crate::context::Ctx;
use crate::error::{ApiError, ApiResult};
use crate::{Api, Reply};

pub fn system_status(api: &Api, ctx: &mut Ctx) -> ApiResult<Reply> {
    if ctx.method != "GET" {
        return Err(ApiError::MethodNotAllowed);
    }
    ctx.require_admin()?;
    let account = &ctx.session()?.account_id;
    let root = api
        .store()
        .get(GLOBAL, "accounts", account)?
        .is_some_and(|doc| {
            doc.get("pvt_tree")
                .and_then(Value::as_array)
                .is_none_or(Vec::is_empty)
        });
    if !root {
        return Err(ApiError::Forbidden(
            "this needs an administrator of the root account",
        ));
    }
    Ok(Reply::ok(api.live().system_status()))
}
