//! `/v2/system/voicemail`: the box-wide bound on voicemail storage, all accounts together,
//! for administrators of the top-level account only (an account's own administrator gets
//! 403, so it cannot raise it; its account's `voicemail.max_storage_seconds` still bounds
//! that account within it). `{"max_storage_seconds": 36000}` sets it, `null` lifts it. GET
//! also shows the usage of the whole box (`usage`: `new`, `saved`, `deleted`, `messages`,
//! `seconds`, `accounts`, `boxes`). Stored as the box-wide document
//! `system_configs/voicemail` (`edgepbx_store::vm_storage`), which the voicemail module
//! reads when a caller reaches a box: with less than 2 s left the caller hears "mailbox
//! full".

use serde_json::{Map, Value, json};

use crate::context::Ctx;
use crate::error::{ApiError, ApiResult};
use crate::{Api, Reply};
use edgepbx_store::{GLOBAL, vm_storage};

const FIELD: &str = "max_storage_seconds";
/// Ten years of audio: anything more is a typing mistake.
const MAX_SECONDS: u64 = 10 * 365 * 24 * 3600;

pub fn route(api: &Api, ctx: &mut Ctx) -> ApiResult<Reply> {
    crate::access::require_box_admin(api, ctx)?;
    let (kind, id) = (vm_storage::BOX_KIND, vm_storage::BOX_ID);
    match ctx.method.as_str() {
        "GET" => {}
        "POST" | "PUT" | "PATCH" => {
            let doc = validate(&ctx.data_object()?)?;
            api.store()
                .write(move |tx| tx.upsert(GLOBAL, kind, id, doc.clone()))?;
        }
        _ => return Err(ApiError::MethodNotAllowed),
    }
    let stored = api.store().get(GLOBAL, kind, id)?;
    let mut out = json!({ "usage": box_usage(api)? });
    if let Some(ms) = stored.as_deref().and_then(vm_storage::box_limit_ms) {
        out[FIELD] = json!(ms / 1000);
    }
    Ok(Reply::ok(out))
}

/// `max_storage_seconds`: a whole number of seconds, at least 1, or null for no bound.
fn validate(data: &Map<String, Value>) -> ApiResult<Value> {
    let value = data.get(FIELD).ok_or_else(|| {
        ApiError::field(
            FIELD,
            "required",
            "seconds of voicemail the box keeps in all, or null",
            None,
        )
    })?;
    if value.is_null() {
        return Ok(json!({}));
    }
    match value.as_u64() {
        Some(s) if (1..=MAX_SECONDS).contains(&s) => Ok(json!({ FIELD: s })),
        _ => Err(ApiError::field(
            FIELD,
            "minimum",
            "a whole number of seconds from 1 to 315360000, or null",
            Some(("value", value.clone())),
        )),
    }
}

/// Every account's voicemail summed, with the number of accounts and boxes.
fn box_usage(api: &Api) -> ApiResult<Value> {
    let accounts = api.store().collection(GLOBAL, "accounts")?;
    let mut boxes = Vec::new();
    for id in accounts.keys() {
        boxes.extend(api.store().collection(id, "vmboxes")?.values().cloned());
    }
    let mut usage = vm_storage::Usage::of_boxes(boxes.iter().map(|b| &**b)).to_json();
    usage["accounts"] = json!(accounts.len());
    usage["boxes"] = json!(boxes.len());
    Ok(usage)
}
