//! The phone catalogue as KAZOO's provisioner serves it to Monster UI: point Monster UI's
//! `api.provisioner` at `http(s)://<box>:<port>/v2/provisioner/` and SmartPBX's "add SIP
//! phone" brand/model picker (`GET phones`) and its device editor (`GET ui/{brand}/{family}/
//! {model}`) read the box's own model list, the one its provisioning files are rendered from.
//! Our panel reads the same two paths. Any signed-in user may read them (the UI asks before
//! it knows whether the user is an administrator); under `/v2/` they get the API's CORS
//! headers and token handling, which the UI's cross-origin requests need.

use edgepbx_provision::catalogue;

use crate::Reply;
use crate::context::Ctx;
use crate::error::{ApiError, ApiResult};

pub fn route(ctx: &Ctx, rest: &[&str]) -> ApiResult<Reply> {
    if ctx.method != "GET" {
        return Err(ApiError::MethodNotAllowed);
    }
    match rest {
        ["phones"] => Ok(Reply::ok(catalogue::phones())),
        ["ui", brand, family, model] => catalogue::model_ui(brand, family, model)
            .map(Reply::ok)
            .map_err(|e| ApiError::NotFound(e.to_string())),
        _ => Err(ApiError::NotFound(format!(
            "provisioner/{}",
            rest.join("/")
        ))),
    }
}
