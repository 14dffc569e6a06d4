//! A user's cell phone in their find me follow me (`cellphone: {number, delay, timeout}` in
//! `users/{U}/find_me_follow_me`). As SmartPBX does, the number is a device of the user:
//! `device_type: "cellphone"` with a `call_forward` to it (press 1 to take the call, the
//! caller's ID kept), no SIP credentials, so it only rings when a call to the user reaches it.
//! It is an outside call the user asks for, so the number must be one the user may dial:
//! its class (the account's `configs/number_manager` classes) denied by the user's own
//! `call_restriction`, the account's or a parent account's (each by its own classes) is
//! refused with 400 naming `cellphone.number`. The engine checks the same when it rings.

use serde_json::{Value, json};

use crate::Api;
use crate::error::{ApiError, ApiResult};
use edgepbx_store::{GLOBAL, classify};

/// The user's cell phone device: the first device they own of type `cellphone`.
pub fn device(api: &Api, account: &str, user: &str) -> ApiResult<Option<(String, Value)>> {
    Ok(api
        .store()
        .collection(account, "devices")?
        .iter()
        .find(|(_, d)| {
            d.get("owner_id").and_then(Value::as_str) == Some(user)
                && d.get("device_type").and_then(Value::as_str) == Some("cellphone")
        })
        .map(|(id, d)| (id.clone(), (**d).clone())))
}

/// The number a cell phone device forwards to.
pub fn number_of(device: &Value) -> Option<&str> {
    device
        .pointer("/call_forward/number")
        .and_then(Value::as_str)
}

fn bad(field: &str, rule: &str, message: String, value: &Value) -> ApiError {
    ApiError::field(
        &format!("cellphone.{field}"),
        rule,
        message,
        Some(("value", value.clone())),
    )
}

fn denies(doc: &Value, class: &str) -> bool {
    doc.pointer(&format!("/call_restriction/{class}/action"))
        .and_then(Value::as_str)
        == Some("deny")
}

/// The class of `number` that the user, the account or a parent account denies, if any.
fn barred(api: &Api, account: &str, user: &Value, number: &str) -> ApiResult<Option<String>> {
    let class_in = |acct: &str| -> ApiResult<Option<String>> {
        let config = api.store().get(acct, "configs", "number_manager")?;
        let classes = classify::classes(config.as_deref().and_then(|c| c.get("classifiers")));
        Ok(classify::classify(&classes, number).filter(|c| c != classify::EMERGENCY))
    };
    if let Some(class) = class_in(account)?.filter(|c| denies(user, c)) {
        return Ok(Some(class));
    }
    let own = api.store().get(GLOBAL, "accounts", account)?;
    let parents: Vec<String> = own
        .as_deref()
        .and_then(|a| a.get("pvt_tree"))
        .and_then(Value::as_array)
        .map(|t| {
            t.iter()
                .filter_map(Value::as_str)
                .map(str::to_string)
                .collect()
        })
        .unwrap_or_default();
    for acct in std::iter::once(account.to_string()).chain(parents) {
        let doc = api.store().get(GLOBAL, "accounts", &acct)?;
        if let (Some(doc), Some(class)) = (doc, class_in(&acct)?)
            && denies(&doc, &class)
        {
            return Ok(Some(class));
        }
    }
    Ok(None)
}

/// The checked `cellphone` of a request: (number in E.164 or as dialled, delay, timeout).
pub fn requested(
    api: &Api,
    account: &str,
    user: &Value,
    v: &Value,
    seconds: impl Fn(&Value, &str, u64) -> ApiResult<u64>,
) -> ApiResult<(String, u64, u64)> {
    let Some(obj) = v.as_object() else {
        return Err(ApiError::field(
            "cellphone",
            "type",
            "{number, delay, timeout} or null",
            None,
        ));
    };
    let raw = obj.get("number").cloned().unwrap_or(Value::Null);
    let number: String = raw
        .as_str()
        .unwrap_or("")
        .chars()
        .filter(|c| !matches!(c, ' ' | '-' | '(' | ')' | '.'))
        .collect();
    let digits = number.strip_prefix('+').unwrap_or(&number);
    if !(3..=15).contains(&digits.len()) || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(bad(
            "number",
            "pattern",
            "3 to 15 digits, + first for an international number".into(),
            &raw,
        ));
    }
    if let Some(class) = barred(api, account, user, &number)? {
        return Err(bad(
            "number",
            "call_restriction",
            format!("calls to {class} numbers are not allowed for you"),
            &raw,
        ));
    }
    Ok((number, seconds(v, "delay", 0)?, seconds(v, "timeout", 1)?))
}

/// The cell phone device to store: `old` (kept as it was, apart from the forward) or new.
pub fn device_doc(
    old: Option<&Value>,
    account: &str,
    name: &str,
    user: &str,
    number: &str,
    now: u64,
) -> Value {
    let mut doc = old.cloned().unwrap_or_else(|| {
        json!({
            "name": format!("{name} cell phone"),
            "device_type": "cellphone",
            "owner_id": user,
            "enabled": true,
            "pvt_type": "device",
            "pvt_account_id": account,
            "pvt_created": now,
            "pvt_vsn": "1",
        })
    });
    doc["call_forward"] = json!({
        "enabled": true, "number": number, "substitute": true, "require_keypress": true,
        "keep_caller_id": true, "direct_calls_only": false, "failover": false,
    });
    doc["pvt_modified"] = json!(now);
    doc
}
