//! `GET/POST /v2/accounts/{A}/users/{U}/find_me_follow_me`: find me follow me for the user
//! themselves (a plain user may not write callflows). SmartPBX does it by turning the user's
//! `mainUserCallflow` from the `user` module into a `ring_group` of the user's devices, each
//! with its own delay and ring time, and flagging `smartpbx.find_me_follow_me.enabled` on the
//! user; this writes the same two documents, in one transaction, and nothing else: only
//! devices the user owns can be in it, and the callflow's numbers and children stay. A cell
//! phone number (`cellphone`) becomes a device of the user first (see `find_me_cellphone`).

use serde_json::{Map, Value, json};

use crate::context::Ctx;
use crate::error::{ApiError, ApiResult};
use crate::find_me_cellphone as cell;
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

/// `{enabled, endpoints: [{id, delay, timeout}], cellphone}` as it stands: the cell phone
/// device's ring group entry is `cellphone` (`{number, enabled, delay, timeout}`, `enabled`
/// when it rings; absent without such a device), not in `endpoints`.
fn current(user_doc: &Value, callflow: &Value, cellphone: Option<&(String, Value)>) -> Value {
    let enabled = user_doc
        .pointer("/smartpbx/find_me_follow_me/enabled")
        .and_then(Value::as_bool)
        .unwrap_or(false);
    let flow = &callflow["flow"];
    let mut endpoints: Vec<Value> = if flow["module"] == "ring_group" {
        flow["data"]["endpoints"]
            .as_array()
            .into_iter()
            .flatten()
            .map(|e| json!({"id": e["id"], "delay": e["delay"], "timeout": e["timeout"]}))
            .collect()
    } else {
        Vec::new()
    };
    let cell_id = cellphone.map(|(id, _)| id.as_str());
    let rung = endpoints
        .iter()
        .position(|e| e["id"].as_str() == cell_id && cell_id.is_some());
    let cell_entry = rung.map(|i| endpoints.remove(i));
    let cellphone = cellphone.map(|(_, d)| {
        json!({"number": cell::number_of(d), "enabled": cell_entry.is_some(),
               "delay": cell_entry.as_ref().map_or(json!(0), |e| e["delay"].clone()),
               "timeout": cell_entry.as_ref().map_or(json!(20), |e| e["timeout"].clone())})
    });
    let mut out = json!({"enabled": enabled, "endpoints": endpoints});
    if let Some(cell) = cellphone {
        out["cellphone"] = cell;
    }
    out
}

fn seconds(e: &Value, at: &str, name: &str, min: u64) -> ApiResult<u64> {
    match e.get(name).and_then(Value::as_u64) {
        Some(s) if (min..=MAX_SECONDS).contains(&s) => Ok(s),
        _ => Err(ApiError::field(
            &format!("{at}.{name}"),
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
    if list.len() > 14 {
        return Err(ApiError::field(
            "endpoints",
            "maxItems",
            "at most 14 phones (15 with the cell phone)",
            None,
        ));
    }
    let mut out = Vec::new();
    for (i, e) in list.iter().enumerate() {
        let id = e.get("id").and_then(Value::as_str).unwrap_or("");
        // The cell phone device is set through `cellphone`, with its number checked.
        let owned = edgepbx_store::is_id(id)
            && api.store().get(account, "devices", id)?.is_some_and(|d| {
                d.get("owner_id").and_then(Value::as_str) == Some(user)
                    && d.get("device_type").and_then(Value::as_str) != Some("cellphone")
            });
        if !owned {
            return Err(ApiError::field(
                &format!("endpoints.{i}.id"),
                "owner",
                "not a phone of this user",
                Some(("value", json!(id))),
            ));
        }
        let at = format!("endpoints.{i}");
        let delay = seconds(e, &at, "delay", 0)?;
        let timeout = seconds(e, &at, "timeout", 1)?;
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
    let cellphone = cell::device(api, account, user)?;
    match ctx.method.as_str() {
        "GET" => Ok(Reply::ok(current(&user_doc, &callflow, cellphone.as_ref()))),
        "POST" | "PUT" => {
            let data = ctx.data_object()?;
            let enabled = match data.get("enabled") {
                Some(Value::Bool(b)) => *b,
                _ => return Err(ApiError::field("enabled", "type", "true or false", None)),
            };
            let mut wanted = if enabled {
                endpoints(api, account, user, &data)?
            } else {
                Vec::new()
            };
            let cell_wanted = match data.get("cellphone") {
                None | Some(Value::Null) => None,
                Some(v) => Some(cell::requested(
                    api,
                    account,
                    &user_doc,
                    v,
                    |v, name, min| seconds(v, "cellphone", name, min),
                )?),
            };
            if enabled && wanted.is_empty() && cell_wanted.is_none() {
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
            let now = ctx.gregorian_now();
            // The cell phone device (made when new; its number changed) rings with the rest.
            let cell_doc = cell_wanted.as_ref().map(|(number, delay, timeout)| {
                let id = cellphone
                    .as_ref()
                    .map_or_else(edgepbx_store::new_id, |(id, _)| id.clone());
                if enabled {
                    wanted.push(json!({"id": id, "endpoint_type": "device", "delay": delay, "timeout": timeout}));
                }
                let old = cellphone.as_ref().map(|(_, d)| d);
                (id, cell::device_doc(old, account, name, user, number, now))
            });
            let mut new_cf = callflow.clone();
            let children = callflow["flow"]
                .get("children")
                .cloned()
                .unwrap_or(json!({}));
            new_cf["flow"] = flow_node(user, name, &wanted, children);
            new_cf["pvt_modified"] = json!(now);
            let mut new_user = user_doc.as_ref().clone();
            new_user["smartpbx"]["find_me_follow_me"]["enabled"] = json!(enabled);
            new_user["pvt_modified"] = json!(now);
            let (acct, u) = (account.to_string(), user.to_string());
            api.store().write(move |tx| {
                if let Some((id, doc)) = &cell_doc {
                    tx.upsert(&acct, "devices", id, doc.clone())?;
                }
                tx.update(&acct, "callflows", &cf_id, new_cf.clone(), None)?;
                tx.update(&acct, "users", &u, new_user.clone(), None)?;
                Ok(())
            })?;
            let user_doc = api.store().get(account, "users", user)?.unwrap_or_default();
            let (_, callflow) = main_callflow(api, account, user)?;
            let cellphone = cell::device(api, account, user)?;
            Ok(Reply::ok(current(&user_doc, &callflow, cellphone.as_ref())))
        }
        _ => Err(ApiError::MethodNotAllowed),
    }
}
