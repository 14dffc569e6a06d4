//! Phone numbers (DIDs) of the account: the numbers outside lines and trunks deliver. A number
//! is a document keyed by its E.164 form; `used_by` is derived from the callflow number index.

use serde_json::{Map, Value, json};

use crate::context::Ctx;
use crate::error::{ApiError, ApiResult};
use crate::filters::ListQuery;
use crate::json_path::{client_fields, merge, public};
use crate::{Api, Reply};
use edgepbx_store::{IndexName, classify, numbers};

const KIND: &str = "phone_numbers";
const STATES: &[&str] = &[
    "in_service",
    "reserved",
    "available",
    "port_in",
    "disconnected",
];

/// Number classes for call restrictions, as KAZOO's default `number_manager` config has them.
/// The account's number classes (its `configs/number_manager` `classifiers`, else KAZOO's
/// defaults), as the API lists them.
fn classifiers(api: &Api, account: &str) -> ApiResult<Value> {
    let config = api.store().get(account, "configs", "number_manager")?;
    Ok(config
        .as_deref()
        .and_then(|c| c.get("classifiers"))
        .filter(|c| c.as_object().is_some_and(|m| !m.is_empty()))
        .cloned()
        .unwrap_or_else(classify::defaults))
}

fn parse_number(raw: &str) -> ApiResult<String> {
    let n = numbers::normalize(raw.trim());
    let digits = n.strip_prefix('+').unwrap_or(&n);
    if digits.len() < 3 || digits.len() > 15 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(ApiError::field(
            "number",
            "pattern",
            "a phone number is 3 to 15 digits with an optional leading +",
            Some(("value", json!(raw))),
        ));
    }
    Ok(n)
}

fn with_usage(api: &Api, account: &str, number: &str, doc: &Value) -> ApiResult<Value> {
    let mut v = doc.clone();
    let used = api
        .store()
        .index_get(IndexName::CallflowNumber, account, number)?;
    if let Some(callflow) = used {
        v["used_by"] = json!("callflow");
        v["used_by_id"] = json!(callflow);
    } else if let Some(m) = v.as_object_mut() {
        m.remove("used_by");
    }
    Ok(v)
}

pub fn route(api: &Api, ctx: &mut Ctx, account: &str, rest: &[&str]) -> ApiResult<Reply> {
    match rest {
        [] => list(api, ctx, account),
        ["classifiers"] => {
            get_only(ctx)?;
            Ok(Reply::ok(classifiers(api, account)?))
        }
        ["classifiers", number] => {
            get_only(ctx)?;
            parse_number(number)?;
            let all = classifiers(api, account)?;
            let name = classify::classify(&classify::classes(Some(&all)), number.trim())
                .ok_or_else(|| ApiError::NotFound(number.to_string()))?;
            let e164 = numbers::normalize(number.trim());
            Ok(Reply::ok(
                json!({"number": e164, "classifier": name, "name": name, "friendly_name": all[&name]["friendly_name"], "e164": e164}),
            ))
        }
        ["collection"] => collection(api, ctx, account, false),
        ["collection", "activate"] => collection(api, ctx, account, true),
        [number] => item(api, ctx, account, number, false),
        [number, "activate"] => item(api, ctx, account, number, true),
        _ => Err(ApiError::NotFound(rest.join("/"))),
    }
}

fn get_only(ctx: &Ctx) -> ApiResult<()> {
    if ctx.method == "GET" {
        Ok(())
    } else {
        Err(ApiError::MethodNotAllowed)
    }
}

fn list(api: &Api, ctx: &mut Ctx, account: &str) -> ApiResult<Reply> {
    get_only(ctx)?;
    ctx.require_admin()?;
    let query = ListQuery::parse(&ctx.query)?;
    let mut out = Map::new();
    for (number, doc) in api.store().collection(account, KIND)?.iter() {
        if query.matches(doc) {
            let mut row = with_usage(api, account, number, &public(doc, number))?;
            if let Some(m) = row.as_object_mut() {
                m.remove("id");
            }
            out.insert(number.clone(), row);
        }
    }
    Ok(Reply::ok(json!({"numbers": out, "cascade_quantity": 0})))
}

fn item(api: &Api, ctx: &mut Ctx, account: &str, raw: &str, activate: bool) -> ApiResult<Reply> {
    let number = parse_number(raw)?;
    let existing = api.store().get(account, KIND, &number)?;
    if ctx.method == "GET" {
        let doc = existing.ok_or_else(|| ApiError::NotFound(number.clone()))?;
        let mut out = with_usage(api, account, &number, &public(&doc, &number))?;
        out["_read_only"] = json!({"state": doc.get("state"), "created": doc.get("pvt_created"), "modified": doc.get("pvt_modified")});
        return Ok(Reply::ok(out));
    }
    ctx.require_admin()?;
    let now = ctx.gregorian_now();
    let doc = match (ctx.method.as_str(), activate) {
        ("PUT", true) | ("POST", true) => {
            let mut d = existing
                .as_deref()
                .cloned()
                .ok_or_else(|| ApiError::NotFound(number.clone()))?;
            d["state"] = json!("in_service");
            d
        }
        ("PUT", false) => {
            if existing.is_some() {
                return Err(ApiError::field(
                    "number",
                    "unique",
                    "the number exists already",
                    Some(("cause", json!(number))),
                ));
            }
            let data = ctx.data_object().unwrap_or_default();
            new_number(data, now)?
        }
        ("POST" | "PATCH", false) => {
            let old = existing
                .as_deref()
                .cloned()
                .ok_or_else(|| ApiError::NotFound(number.clone()))?;
            let mut d = if ctx.method == "PATCH" {
                old.as_object().cloned().unwrap_or_default()
            } else {
                Map::new()
            };
            merge(&mut d, &ctx.data_object()?);
            for (k, v) in old
                .as_object()
                .into_iter()
                .flatten()
                .filter(|(k, _)| k.starts_with("pvt_"))
            {
                d.insert(k.clone(), v.clone());
            }
            check_state(&d)?;
            Value::Object(d)
        }
        ("DELETE", false) => {
            let (acct, n) = (account.to_string(), number.clone());
            let old = api
                .store()
                .write(move |tx| tx.delete(&acct, KIND, &n, None))?;
            return Ok(Reply::ok(public(&old, &number)));
        }
        _ => return Err(ApiError::MethodNotAllowed),
    };
    let mut doc = doc;
    doc["pvt_modified"] = json!(now);
    if let Some(m) = doc.as_object_mut() {
        m.retain(|k, _| k != "id" && !k.starts_with('_'));
    }
    let (acct, n) = (account.to_string(), number.clone());
    let stored = api.store().write(move |tx| {
        if let Err(e) = crate::box_wide::number_free(tx, &acct, &n, "number") {
            return Ok(Err(e));
        }
        tx.upsert(&acct, KIND, &n, doc.clone()).map(Ok)
    })??;
    let status_created = ctx.method == "PUT" && !activate;
    let out = with_usage(api, account, &number, &public(&stored, &number))?;
    Ok(if status_created {
        Reply::created(out)
    } else {
        Reply::ok(out)
    })
}

fn check_state(d: &Map<String, Value>) -> ApiResult<()> {
    match d.get("state") {
        None => Ok(()),
        Some(Value::String(s)) if STATES.contains(&s.as_str()) => Ok(()),
        Some(v) => Err(ApiError::field(
            "state",
            "enum",
            "Value not found in enumerated list of values",
            Some(("value", v.clone())),
        )),
    }
}

/// A number added on the box is in service at once: there is no carrier to buy it from.
fn new_number(data: Map<String, Value>, now: u64) -> ApiResult<Value> {
    let mut data = client_fields(data);
    data.entry("state").or_insert(json!("in_service"));
    data.entry("features").or_insert(json!([]));
    check_state(&data)?;
    data.insert("pvt_created".into(), json!(now));
    data.insert("pvt_type".into(), json!("number"));
    Ok(Value::Object(data))
}

fn collection(api: &Api, ctx: &mut Ctx, account: &str, activate: bool) -> ApiResult<Reply> {
    if ctx.method != "PUT" && ctx.method != "POST" {
        return Err(ApiError::MethodNotAllowed);
    }
    ctx.require_admin()?;
    let data = ctx.data_object()?;
    let list = data
        .get("numbers")
        .and_then(Value::as_array)
        .ok_or_else(|| {
            ApiError::field("numbers", "required", "a list of numbers is required", None)
        })?;
    let mut parsed = Vec::new();
    for n in list {
        parsed.push(parse_number(n.as_str().unwrap_or_default())?);
    }
    let now = ctx.gregorian_now();
    let acct = account.to_string();
    let numbers = parsed.clone();
    api.store().write(move |tx| {
        // All checked before any is written: a refusal changes nothing.
        for n in &numbers {
            if let Err(e) = crate::box_wide::number_free(tx, &acct, n, "numbers") {
                return Ok(Err(e));
            }
        }
        for n in &numbers {
            let mut doc = match tx.get(&acct, KIND, n)? {
                Some(d) => d,
                None => new_number(Map::new(), now)
                    .map_err(|_| edgepbx_store::StoreError::Io("bad number".into()))?,
            };
            if activate {
                doc["state"] = json!("in_service");
            }
            doc["pvt_modified"] = json!(now);
            tx.upsert(&acct, KIND, n, doc)?;
        }
        Ok(Ok(()))
    })??;
    Ok(Reply::ok(
        json!({"success": parsed.iter().map(|n| (n.clone(), json!({"state": "in_service"}))).collect::<Map<_, _>>()}),
    ))
}
