//! Call detail records: one document per call leg, id `YYYYMM-<call id>`, read from disk by
//! month (they are not cached). `cdrs/interaction` gives one row per call for the SmartPBX call
//! log and `cdrs/legs/{interaction}` its legs.

use serde_json::{Map, Value, json};

use crate::cdr_search::{leg_has_number, number_param, user_part, whole_calls};
use crate::context::Ctx;
use crate::error::{ApiError, ApiResult};
use crate::filters::{ListQuery, paginate};
use crate::json_path::public;
use crate::time::{GREGORIAN_OFFSET, iso8601, month_prefix};
use crate::{Api, ApiResponse, Reply, docs};
use edgepbx_store::{Store, StoreError};

pub(crate) const KIND: &str = "cdrs";
/// The widest range one listing may cover (KAZOO's `maximum_range`: 31 days).
const MAX_RANGE: u64 = 31 * 86_400;
const DEFAULT_RANGE: u64 = 7 * 86_400;

/// Stores one call leg's record; returns its id. `cdr` must carry `call_id` and `timestamp`
/// (Gregorian seconds at hangup). This is how the call engine writes the call log.
pub fn record_cdr(
    store: &Store,
    account: &str,
    cdr: Map<String, Value>,
) -> Result<String, StoreError> {
    let (id, doc) = prepare(cdr);
    let (acct, i) = (account.to_string(), id.clone());
    store.write(move |tx| tx.upsert(&acct, KIND, &i, doc.clone()))?;
    Ok(id)
}

/// Stores many call records in one commit (the call engine's batches).
pub fn record_cdrs(
    store: &Store,
    batch: Vec<(String, Map<String, Value>)>,
) -> Result<(), StoreError> {
    let docs: Vec<(String, String, Value)> = batch
        .into_iter()
        .map(|(account, cdr)| {
            let (id, doc) = prepare(cdr);
            (account, id, doc)
        })
        .collect();
    store.write(move |tx| {
        for (account, id, doc) in &docs {
            tx.upsert(account, KIND, id, doc.clone())?;
        }
        Ok::<(), StoreError>(())
    })
}

/// The record's id (month prefix + Call-ID) and its stored form.
fn prepare(mut cdr: Map<String, Value>) -> (String, Value) {
    let call_id = cdr
        .get("call_id")
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_string();
    let timestamp = cdr
        .get("timestamp")
        .and_then(Value::as_u64)
        .unwrap_or(GREGORIAN_OFFSET);
    let safe: String = call_id
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || "-_.@".contains(c) {
                c
            } else {
                '_'
            }
        })
        .collect();
    let id = format!("{}-{safe}", month_prefix(timestamp));
    cdr.insert("pvt_type".into(), json!("cdr"));
    cdr.insert("pvt_created".into(), json!(timestamp));
    cdr.insert("pvt_modified".into(), json!(timestamp));
    (id, Value::Object(cdr))
}

pub fn route(api: &Api, ctx: &mut Ctx, account: &str, rest: &[&str]) -> ApiResult<Reply> {
    if ctx.method != "GET" {
        return Err(ApiError::MethodNotAllowed);
    }
    // A call's SIP trace and problem report check their own access (a user's own calls).
    if let [id, what @ ("sip_trace" | "problem_report")] = rest {
        return crate::call_trace::route(api, ctx, account, id, what);
    }
    ctx.require_admin()?;
    match rest {
        [] => list(api, ctx, account, false),
        ["interaction"] => list(api, ctx, account, true),
        ["legs", interaction] => legs(api, account, interaction),
        [id] => {
            let doc = api
                .store()
                .get(account, KIND, id)?
                .ok_or_else(|| ApiError::NotFound(id.to_string()))?;
            Ok(Reply::ok(public(&doc, id)))
        }
        _ => Err(ApiError::NotFound(rest.join("/"))),
    }
}

pub(crate) fn text<'a>(doc: &'a Value, key: &str) -> &'a str {
    doc.get(key).and_then(Value::as_str).unwrap_or("")
}

/// The list row of a leg (KAZOO's `cdrs` listing fields).
fn row(account: &str, id: &str, doc: &Value) -> Value {
    let ccv = doc.get("custom_channel_vars").cloned().unwrap_or(json!({}));
    let timestamp = doc.get("timestamp").and_then(Value::as_u64).unwrap_or(0);
    let unix = timestamp.saturating_sub(GREGORIAN_OFFSET);
    let authorizing = ccv
        .get("authorizing_id")
        .and_then(Value::as_str)
        .filter(|a| *a != account)
        .unwrap_or("");
    let direction = text(doc, "call_direction");
    let dialed = if direction == "inbound" {
        user_part(text(doc, "request"))
    } else {
        user_part(text(doc, "to"))
    };
    let calling_from = match text(doc, "caller_id_number") {
        "" => user_part(text(doc, "from_uri")),
        n => n,
    };
    let mut r = json!({
        "id": id, "call_id": doc.get("call_id"), "interaction_id": doc.get("interaction_id"),
        "caller_id_number": doc.get("caller_id_number"), "caller_id_name": doc.get("caller_id_name"),
        "callee_id_number": doc.get("callee_id_number"), "callee_id_name": doc.get("callee_id_name"),
        "duration_seconds": doc.get("duration_seconds"), "billing_seconds": doc.get("billing_seconds"),
        "ringing_seconds": doc.get("ringing_seconds"), "timestamp": timestamp, "hangup_cause": doc.get("hangup_cause"),
        "hangup_code": doc.get("hangup_code"), "other_leg_call_id": doc.get("other_leg_call_id"),
        "owner_id": ccv.get("owner_id"), "to": doc.get("to"), "from": doc.get("from"), "direction": direction,
        "call_direction": direction, "request": doc.get("request"), "authorizing_id": authorizing, "cost": "0",
        "dialed_number": dialed, "calling_from": calling_from, "datetime": iso8601(unix).replace('T', " ").trim_end_matches('Z'),
        "unix_timestamp": unix, "call_type": doc.get("call_type"), "bridge_id": ccv.get("bridge_id"),
        "media_server": doc.get("media_server"), "media_recordings": doc.get("media_recordings").cloned().unwrap_or(json!([])),
        "channel_created_time": doc.get("channel_created_time"), "custom_channel_vars": ccv,
    });
    if let Some(m) = r.as_object_mut() {
        m.retain(|_, v| !v.is_null());
    }
    r
}

fn range(ctx: &Ctx, query: &ListQuery) -> ApiResult<(u64, u64)> {
    let to = query.created_to.unwrap_or(ctx.gregorian_now());
    let from = query
        .created_from
        .unwrap_or(to.saturating_sub(DEFAULT_RANGE));
    if from > to {
        return Err(ApiError::field(
            "created_from",
            "date_range",
            "created_from is after created_to",
            Some(("value", json!(from))),
        ));
    }
    if to - from > MAX_RANGE {
        return Err(ApiError::field(
            "created_from",
            "date_range",
            format!("a listing covers at most {} days", MAX_RANGE / 86_400),
            Some(("value", json!(from))),
        ));
    }
    Ok((from, to))
}

/// Legs stored in the months from `from` on, ending at or before `to`.
pub(crate) fn legs_between(
    api: &Api,
    account: &str,
    from: u64,
    to: u64,
) -> ApiResult<Vec<(String, Value)>> {
    let docs = api.store().scan(account, KIND, Some(&month_prefix(from)))?;
    let last_month = month_prefix(to);
    Ok(docs
        .into_iter()
        .take_while(|(id, _)| id.get(..6).is_some_and(|m| m <= last_month.as_str()))
        .filter(|(_, d)| {
            d.get("timestamp")
                .and_then(Value::as_u64)
                .is_some_and(|t| t >= from && t <= to)
        })
        .collect())
}

/// `GET users/{id}/cdrs` (KAZOO's call log of one user): the legs the user placed (their
/// device's owner in the channel variables) or that rang one of their devices. A plain user
/// may read their own only (another user is a 404, as for the user document itself).
/// `users/{id}/cdrs/interaction` (`per_interaction`): one row per call any leg of which is
/// the user's, shown by the call's first leg (the call log's user filter).
pub fn user_route(
    api: &Api,
    ctx: &mut Ctx,
    account: &str,
    user_id: &str,
    per_interaction: bool,
) -> ApiResult<Reply> {
    if ctx.method != "GET" {
        return Err(ApiError::MethodNotAllowed);
    }
    docs::load(api, ctx, account, "users", user_id)?;
    let theirs = user_legs(api, account, user_id)?;
    list_matching(api, ctx, account, per_interaction, &theirs)
}

/// Whether a call leg is the user's: they placed it (their device's owner in the channel
/// variables) or it rang one of their devices.
pub(crate) fn user_legs(
    api: &Api,
    account: &str,
    user_id: &str,
) -> ApiResult<impl Fn(&Value) -> bool + use<>> {
    let devices: Vec<String> = api
        .store()
        .collection(account, "devices")?
        .iter()
        .filter(|(_, d)| d.get("owner_id").and_then(Value::as_str) == Some(user_id))
        .map(|(id, _)| id.clone())
        .collect();
    let user_id = user_id.to_string();
    Ok(move |d: &Value| {
        let ccv = d.get("custom_channel_vars");
        let field = |k: &str| {
            ccv.and_then(|c| c.get(k))
                .or_else(|| d.get(k))
                .and_then(Value::as_str)
        };
        field("owner_id") == Some(user_id.as_str())
            || field("authorizing_id").is_some_and(|a| devices.iter().any(|d| d == a))
    })
}

fn list(api: &Api, ctx: &mut Ctx, account: &str, per_interaction: bool) -> ApiResult<Reply> {
    list_matching(api, ctx, account, per_interaction, &|_| true)
}

fn list_matching(
    api: &Api,
    ctx: &mut Ctx,
    account: &str,
    per_interaction: bool,
    keep: &dyn Fn(&Value) -> bool,
) -> ApiResult<Reply> {
    let query = ListQuery::parse(&ctx.query)?;
    let number = number_param(&ctx.query)?;
    let (from, to) = range(ctx, &query)?;
    let has_number = |d: &Value| number.as_deref().is_none_or(|n| leg_has_number(d, n));
    let in_range = legs_between(api, account, from, to)?
        .into_iter()
        .filter(|(_, d)| query.matches(d));
    let mut legs: Vec<(String, Value)> = if per_interaction {
        // One row per call: its first leg, when some leg is wanted and some has the number.
        whole_calls(in_range.collect(), &[keep, &has_number])
    } else {
        in_range.filter(|(_, d)| keep(d) && has_number(d)).collect()
    };
    let ts = |d: &Value| d.get("timestamp").and_then(Value::as_u64).unwrap_or(0);
    legs.sort_by(|(a_id, a), (b_id, b)| (ts(b), b_id).cmp(&(ts(a), a_id)));
    if query.ascending == Some(true) {
        legs.reverse();
    }
    let keyed: Vec<(String, Value)> = legs
        .into_iter()
        .map(|(id, d)| (format!("{}-{id}", ts(&d)), row(account, &id, &d)))
        .collect();
    if wants_csv(ctx) {
        let rows: Vec<Value> = keyed.into_iter().map(|(_, r)| r).collect();
        return Ok(Reply::Raw(ApiResponse::bytes(200, "text/csv", csv(&rows))));
    }
    let (page, next) = paginate(keyed, &query);
    Ok(docs::list_reply(page, &query, next))
}

/// The legs of a call, asked for by interaction id or, as the Call Logs tab does when it
/// expands a row, by the id of one of its CDRs (`YYYYMM-...`): KAZOO loads that CDR and
/// takes its `interaction_id`.
fn legs(api: &Api, account: &str, id: &str) -> ApiResult<Reply> {
    let by_cdr = api
        .store()
        .get(account, KIND, id)?
        .and_then(|doc| doc.get("interaction_id")?.as_str().map(str::to_string));
    legs_of_interaction(api, account, by_cdr.as_deref().unwrap_or(id))
}

fn legs_of_interaction(api: &Api, account: &str, interaction: &str) -> ApiResult<Reply> {
    // Interaction ids start with the Gregorian time the call began: scan from that month.
    let start = interaction
        .split('-')
        .next()
        .and_then(|t| t.parse::<u64>().ok())
        .unwrap_or(GREGORIAN_OFFSET);
    let docs = api
        .store()
        .scan(account, KIND, Some(&month_prefix(start)))?;
    let rows: Vec<Value> = docs
        .iter()
        .filter(|(_, d)| d.get("interaction_id").and_then(Value::as_str) == Some(interaction))
        .map(|(id, d)| row(account, id, d))
        .collect();
    if rows.is_empty() {
        return Err(ApiError::NotFound(interaction.to_string()));
    }
    Ok(Reply::ok(Value::Array(rows)))
}

fn wants_csv(ctx: &Ctx) -> bool {
    ctx.param("accept").is_some_and(|a| a.contains("csv"))
        || ctx
            .req
            .header("accept")
            .is_some_and(|a| a.starts_with("text/csv"))
}

const CSV_COLUMNS: &[&str] = &[
    "id",
    "call_id",
    "caller_id_number",
    "caller_id_name",
    "callee_id_number",
    "callee_id_name",
    "duration_seconds",
    "billing_seconds",
    "timestamp",
    "hangup_cause",
    "other_leg_call_id",
    "owner_id",
    "to",
    "from",
    "direction",
    "request",
    "authorizing_id",
    "cost",
    "dialed_number",
    "calling_from",
    "datetime",
    "unix_timestamp",
    "interaction_id",
];

fn csv(rows: &[Value]) -> Vec<u8> {
    let cell = |v: Option<&Value>| {
        let s = match v {
            Some(Value::String(s)) => s.clone(),
            Some(Value::Null) | None => String::new(),
            Some(other) => other.to_string(),
        };
        format!("\"{}\"", s.replace('"', "\"\""))
    };
    let mut out = CSV_COLUMNS.join(",");
    out.push('\n');
    for r in rows {
        let line: Vec<String> = CSV_COLUMNS.iter().map(|c| cell(r.get(*c))).collect();
        out.push_str(&line.join(","));
        out.push('\n');
    }
    out.into_bytes()
}
