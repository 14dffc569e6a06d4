//! `/accounts/{id}/metaflows`: the account's in-call feature keys (KAZOO keeps them in the
//! account document's `metaflows`). GET reads them, POST/PUT replaces them, DELETE removes
//! them. A call uses the first found of its callflow's, its device's, its user's and these.

use edgepbx_store::GLOBAL;
use serde_json::{Map, Value, json};

use crate::context::Ctx;
use crate::error::{ApiError, ApiResult};
use crate::{Api, Reply};

const FIELD: &str = "metaflows";

pub fn route(api: &Api, ctx: &mut Ctx, account: &str) -> ApiResult<Reply> {
    let current = api
        .store()
        .get(GLOBAL, "accounts", account)?
        .ok_or_else(|| ApiError::NotFound(account.into()))?
        .get(FIELD)
        .cloned()
        .unwrap_or_else(|| json!({}));
    let new = match ctx.method.as_str() {
        "GET" => return Ok(Reply::ok(current)),
        "POST" | "PUT" => {
            ctx.require_admin()?;
            let data = ctx.data_object()?;
            validate(&data)?;
            Some(Value::Object(data))
        }
        "DELETE" => {
            ctx.require_admin()?;
            None
        }
        _ => return Err(ApiError::MethodNotAllowed),
    };
    let account = account.to_string();
    let stored = new.clone();
    api.store().write(move |tx| {
        let Some(mut doc) = tx.get(GLOBAL, "accounts", &account)? else {
            return Ok(());
        };
        match (&stored, doc.as_object_mut()) {
            (Some(m), Some(d)) => {
                d.insert(FIELD.into(), m.clone());
            }
            (None, Some(d)) => {
                d.remove(FIELD);
            }
            _ => {}
        }
        tx.upsert(GLOBAL, "accounts", &account, doc).map(|_| ())
    })?;
    Ok(Reply::ok(new.unwrap_or_else(|| json!({}))))
}

fn bad(field: &str, rule: &str, message: &str, value: &Value) -> ApiError {
    ApiError::field(field, rule, message, Some(("value", value.clone())))
}

/// The fields a call reads: a bad one would silently disable the keys, so it is refused.
fn validate(data: &Map<String, Value>) -> ApiResult<()> {
    if let Some(v) = data.get("binding_digit") {
        let ok = v.as_str().is_some_and(|s| {
            s.len() == 1
                && s.chars()
                    .all(|c| c.is_ascii_digit() || c == '*' || c == '#')
        });
        if !ok {
            return Err(bad("binding_digit", "enum", "one of 0-9, * or #", v));
        }
    }
    if let Some(v) = data.get("digit_timeout")
        && !v.as_u64().is_some_and(|t| (100..=60_000).contains(&t))
    {
        return Err(bad(
            "digit_timeout",
            "range",
            "milliseconds, 100 to 60000",
            v,
        ));
    }
    if let Some(v) = data.get("listen_on")
        && !v
            .as_str()
            .is_some_and(|l| matches!(l, "self" | "peer" | "both"))
    {
        return Err(bad("listen_on", "enum", "one of self, peer, both", v));
    }
    for field in ["numbers", "patterns"] {
        let Some(v) = data.get(field) else {
            continue;
        };
        let Some(entries) = v.as_object() else {
            return Err(bad(field, "type", "an object of keys to actions", v));
        };
        for (key, action) in entries {
            let path = format!("{field}.{key}");
            if !action.get("module").is_some_and(Value::is_string) {
                return Err(bad(&path, "required", "an action needs a module", action));
            }
            if field == "patterns"
                && let Err(e) = regex_lite::Regex::new(key)
            {
                return Err(bad(
                    &path,
                    "pattern",
                    &format!("not a valid regex: {e}"),
                    &json!(key),
                ));
            }
            if field == "numbers" && !key.chars().all(|c| c.is_ascii_digit()) {
                return Err(bad(&path, "pattern", "digits only", &json!(key)));
            }
        }
    }
    Ok(())
}
