//! `GET /v2/system_status`: how the box last stopped (clean, or a crash, kill or power cut),
//! how many calls that cut, what was restored, and how often the crash snapshot is written.
//! Only for administrators of the top-level account: it describes the whole box.

use crate::context::Ctx;
use crate::error::{ApiError, ApiResult};
use crate::{Api, Reply};

pub fn system_status(api: &Api, ctx: &mut Ctx) -> ApiResult<Reply> {
    if ctx.method != "GET" {
        return Err(ApiError::MethodNotAllowed);
    }
    crate::access::require_box_admin(api, ctx)?;
    Ok(Reply::ok(api.live().system_status()))
}
