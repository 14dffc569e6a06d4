//! `/accounts/{id}/presence`: the busy lamp field subscriptions phones hold (GET, KAZOO's
//! `subscriptions` shape), and resetting a lamp stuck by `manual_presence` (POST
//! `{"action": "reset"}` to `/presence/{extension}`, `/users/{id}/presence` or
//! `/devices/{id}/presence`). A reset removes the state set by hand; calls still light
//! the lamp.

use serde_json::{Map, Value, json};

use crate::context::Ctx;
use crate::error::{ApiError, ApiResult};
use crate::{Api, Reply};

/// Where `manual_presence` keeps the states it sets.
const KIND: &str = "presence";

pub fn subscriptions(api: &Api, ctx: &mut Ctx, account: &str) -> ApiResult<Reply> {
    if ctx.method != "GET" {
        return Err(ApiError::MethodNotAllowed);
    }
    ctx.require_admin()?;
    let mut by_id: Map<String, Value> = Map::new();
    for row in api.live().presence_subscriptions(account) {
        let (Some(id), Some(package), Some(call_id)) = (
            row["presence_id"].as_str(),
            row["package"].as_str(),
            row["call_id"].as_str(),
        ) else {
            continue;
        };
        let entry = by_id.entry(id.to_string()).or_insert_with(|| json!({}));
        entry[package][call_id] = json!({
            "expires": row["expires"],
            "from": row["from"],
            "version": row["version"],
        });
    }
    Ok(Reply::ok(json!({ "subscriptions": by_id })))
}

/// POST `{"action": "reset"}` for one presence id.
pub fn reset_extension(api: &Api, ctx: &mut Ctx, account: &str, id: &str) -> ApiResult<Reply> {
    reset(api, ctx, account, vec![id.to_string()])
}

/// POST `{"action": "reset"}` for a user's or a device's presence ids.
pub fn reset_owner(
    api: &Api,
    ctx: &mut Ctx,
    account: &str,
    kind: &str,
    id: &str,
) -> ApiResult<Reply> {
    let doc = api
        .store()
        .get(account, kind, id)?
        .ok_or_else(|| ApiError::NotFound(format!("{kind}/{id}")))?;
    let ids = ["/presence_id", "/sip/username"]
        .iter()
        .filter_map(|p| doc.pointer(p).and_then(Value::as_str))
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect();
    reset(api, ctx, account, ids)
}

fn reset(api: &Api, ctx: &mut Ctx, account: &str, ids: Vec<String>) -> ApiResult<Reply> {
    if ctx.method != "POST" {
        return Err(ApiError::MethodNotAllowed);
    }
    ctx.require_admin()?;
    let data = ctx.data_object()?;
    match data.get("action") {
        Some(Value::String(a)) if a == "reset" => {}
        other => {
            return Err(ApiError::field(
                "action",
                "enum",
                "must be \"reset\"",
                Some(("value", other.cloned().unwrap_or(Value::Null))),
            ));
        }
    }
    let account_id = account.to_string();
    let targets = ids.clone();
    api.store().write(move |tx| {
        for id in &targets {
            if tx.get(&account_id, KIND, id)?.is_some() {
                tx.delete(&account_id, KIND, id, None)?;
            }
        }
        Ok(())
    })?;
    Ok(Reply::ok(json!({ "reset": ids })))
}
