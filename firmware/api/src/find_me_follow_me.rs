//! `GET/POST /v2/accounts/{A}/users/{U}/find_me_follow_me`: find me follow me for the user
//! themselves (a plain user may not write callflows). SmartPBX does it by turning the user's
//! `mainUserCallflow` from the `user` module into a `ring_group` of the user's devices, each
//! with its own delay and ring time, and flagging `smartpbx.find_me_follow_me.enabled` on the
//! user; this writes the same two documents, in one transaction, and nothing else: only
//! devices the user owns can be in it, and the callflow's numbers and children stay.

use serde_json::{Map, Value, json};

use crate::context::Ctx;
use crate::error::{ApiError, ApiResult};
use crate::{Api, Reply};

const MAX_SECONDS: u64 = 300;

/// The caller themselves or an account administrator.
fn check_caller(ctx: &Ctx, user: &str) -> ApiResult<()> {
    let me = ctx.session()?.owner_id.as_deref();
    if ctx.is_admin() || me == Some(user) {
        Ok(())
    } else {
        Err(ApiError::Forbidden("only your own find me follow me"))
    }
}

/// The user's `mainUserCallflow` (id, document).
fn main_callflow(api: &Api, account: &str, user: &str) -> ApiResult<(String, Value)> {
    api.store()
        .collection(account, "callflows")?
        .iter()
        .find(|(_, cf)| {
            cf.get("type").and_then(Value::as_str) == Some("mainUserCallflow")
                && cf.get("owner_id").and_then(Value::as_str) == Some(user)
        })
        .map(|(id, cf)| (id.clone(), (**cf).clone()))
        .ok_or_else(|| ApiError::NotFound("this user has no extension callflow".into()))
}

/// `{enabled, endpoints: [{id, delay, timeout}]}` as it stands.
fn current(user_doc: &Value, callflow: &Value) -> Value {
    let enabled = user_doc
        .pointer("/smartpbx/find_me_follow_me/enabled")
        .and_then(Value::as_bool)
        .unwrap_or(false);
    let flow = &callflow["flow"];
    let endpoints: Vec<Value> = if flow["module"] == "ring_group" {
        flow["data"]["endpoints"]
            .as_array()
            .into_iter()
            .flatten()
            .map(|e| json!({"id": e["id"], "delay": e["delay"], "timeout": e["timeout"]}))
            .collect()
    } else {
        Vec::new()
    };
    json!({"enabled": enabled, "endpoints": endpoints})
}

fn seconds(e: &Value, i: usize, name: &str, min: u64) -> ApiResult<u64> {
    match e.get(name).and_then(Value::as_u64) {
        Some(s) if (min..=MAX_SECONDS).contains(&s) => Ok(s),
        _ => Err(ApiError::field(
            &format!("endpoints.{i}.{name}"),
            "range",
            format!("{min} to {MAX_SECONDS} seconds"),
            None,
        )),
    }
}

/// The requested endpoints, each a device `user` owns, with delay and ring time checked.
fn endpoints(
    api: &Api,
    account: &str,
    user: &str,
    data: &Map<String, Value>,
) -> ApiResult<Vec<Value>> {
    let list = data
        .get("endpoints")
        .and_then(Value::as_array)
        .ok_or_else(|| {
            ApiError::field("endpoints", "type", "a list of {id, delay, timeout}", None)
        })?;
    if list.len() > 15 {
        return Err(ApiError::field(
            "endpoints",
            "maxItems",
            "at most 15 phones",
            None,
        ));
    }
    let mut out = Vec::new();
    for (i, e) in list.iter().enumerate() {
        let id = e.get("id").and_then(Value::as_str).unwrap_or("");
        let owned = edgepbx_store::is_id(id)
            && api
                .store()
                .get(account, "devices", id)?
                .is_some_and(|d| d.get("owner_id").and_then(Value::as_str) == Some(user));
        if !owned {
            return Err(ApiError::field(
                &format!("endpoints.{i}.id"),
                "owner",
                "not a phone of this user",
                Some(("value", json!(id))),
            ));
        }
        let delay = seconds(e, i, "delay", 0)?;
        let timeout = seconds(e, i, "timeout", 1)?;
        out.push(json!({"id": id, "endpoint_type": "device", "delay": delay, "timeout": timeout}));
    }
    Ok(out)
}

/// The flow node: a ring group of the endpoints, or the user module back (as SmartPBX makes it).
fn flow_node(user: &str, name: &str, endpoints: &[Value], children: Value) -> Value {
    if endpoints.is_empty() {
        return json!({"module": "user", "data": {"id": user, "timeout": 20, "can_call_self": false}, "children": children});
    }
    let timeout = endpoints
        .iter()
        .map(|e| e["delay"].as_u64().unwrap_or(0) + e["timeout"].as_u64().unwrap_or(0))
        .max()
        .unwrap_or(20);
    json!({
        "module": "ring_group",
        "data": {"name": name, "strategy": "simultaneous", "timeout": timeout, "endpoints": endpoints},
        "children": children,
    })
}

pub fn route(api: &Api, ctx: &mut Ctx, account: &str, user: &str) -> ApiResult<Reply> {
    check_caller(ctx, user)?;
    let user_doc = api
        .store()
        .get(account, "users", user)?
        .ok_or_else(|| ApiError::NotFound(format!("users/{user}")))?;
    let (cf_id, callflow) = main_callflow(api, account, user)?;
    match ctx.method.as_str() {
        "GET" => Ok(Reply::ok(current(&user_doc, &callflow))),
        "POST" | "PUT" => {
            let data = ctx.data_object()?;
            let enabled = match data.get("enabled") {
                Some(Value::Bool(b)) => *b,
                _ => return Err(ApiError::field("enabled", "type", "true or false", None)),
            };
            let wanted = if enabled {
                endpoints(api, account, user, &data)?
            } else {
                Vec::new()
            };
            if enabled && wanted.is_empty() {
                return Err(ApiError::field(
                    "endpoints",
                    "minItems",
                    "pick at least one phone",
                    None,
                ));
            }
            let name = user_doc
                .get("username")
                .and_then(Value::as_str)
                .unwrap_or(user);
            let mut new_cf = callflow.clone();
            let children = callflow["flow"]
                .get("children")
                .cloned()
                .unwrap_or(json!({}));
            new_cf["flow"] = flow_node(user, name, &wanted, children);
            let now = ctx.gregorian_now();
            new_cf["pvt_modified"] = json!(now);
            let mut new_user = user_doc.as_ref().clone();
            new_user["smartpbx"]["find_me_follow_me"]["enabled"] = json!(enabled);
            new_user["pvt_modified"] = json!(now);
            let (acct, u) = (account.to_string(), user.to_string());
            api.store().write(move |tx| {
                tx.update(&acct, "callflows", &cf_id, new_cf.clone(), None)?;
                tx.update(&acct, "users", &u, new_user.clone(), None)?;
                Ok(())
            })?;
            let user_doc = api.store().get(account, "users", user)?.unwrap_or_default();
            let (_, callflow) = main_callflow(api, account, user)?;
            Ok(Reply::ok(current(&user_doc, &callflow)))
        }
        _ => Err(ApiError::MethodNotAllowed),
    }
}
