//! `GET /v2/accounts/{A}/devices/{id}/quickcall/{number}` and
//! `GET /v2/accounts/{A}/users/{id}/quickcall/{number}` (KAZOO's quickcall): the box rings
//! the device (or every device of the user) and, when one answers, dials the number for it
//! through the account's callflows, as if the phone had dialled it. Answered with 202 once
//! the phones ring; how the call went is in the call log.
//!
//! Query (KAZOO's names): `timeout` (ring seconds; 3 or less means the default 30),
//! `auto_answer` (default true for a device, false for a user's devices), `cid-name` and
//! `cid-number` (what the ringing phone shows; default "QuickCall" and the number),
//! `number_filter` (`true`, the default, drops ` ,.-()` from the number; `false` keeps it).
//!
//! `PUT /v2/accounts/{A}/devices/{id}/ring_test` (the panel's "Ring my phone", not in
//! KAZOO): rings the device and, on answer, the box plays a beep, the phone's extension
//! and goodbye, then hangs up.
//!
//! An account administrator may call from any device; a user from their own devices. At
//! most a few such calls run at once per account (429 beyond).

use serde_json::{Value, json};

use crate::context::Ctx;
use crate::error::{ApiError, ApiResult};
use crate::live::{CallRefused, CallRequest, CallThen};
use crate::{Api, Reply};
use edgepbx_store::GLOBAL;

/// KAZOO's ring time when none (or 3 s or less) is asked for.
const DEFAULT_RING_SECS: u32 = 30;
/// Longest ring time accepted.
const MAX_RING_SECS: u32 = 120;
/// Longest number and caller-ID field accepted.
const MAX_NUMBER: usize = 32;
const MAX_CID: usize = 64;
/// Characters `number_filter=true` drops (KAZOO's filter).
const FILTERED: &[char] = &[' ', ',', '.', '-', '(', ')'];

pub fn device(api: &Api, ctx: &Ctx, account: &str, id: &str, number: &str) -> ApiResult<Reply> {
    if ctx.method != "GET" {
        return Err(ApiError::MethodNotAllowed);
    }
    own_device(api, ctx, account, id)?;
    let number = dialled(ctx, number)?;
    let auto_answer = flag(ctx, "auto_answer", true)?;
    start(
        api,
        ctx,
        account,
        vec![id.to_string()],
        CallThen::Dial(number),
        auto_answer,
    )
}

pub fn user(api: &Api, ctx: &Ctx, account: &str, id: &str, number: &str) -> ApiResult<Reply> {
    if ctx.method != "GET" {
        return Err(ApiError::MethodNotAllowed);
    }
    let me = ctx.session()?.owner_id.as_deref();
    if !ctx.is_admin() && me != Some(id) {
        return Err(ApiError::Forbidden(
            "you may call only from your own phones",
        ));
    }
    if api.store().get(account, "users", id)?.is_none() {
        return Err(ApiError::NotFound(id.into()));
    }
    let number = dialled(ctx, number)?;
    let auto_answer = flag(ctx, "auto_answer", false)?;
    let devices: Vec<String> = api
        .store()
        .collection(account, "devices")?
        .iter()
        .filter(|(_, d)| d.get("owner_id").and_then(Value::as_str) == Some(id))
        .filter(|(_, d)| d.get("enabled").and_then(Value::as_bool) != Some(false))
        .map(|(device, _)| device.clone())
        .collect();
    start(
        api,
        ctx,
        account,
        devices,
        CallThen::Dial(number),
        auto_answer,
    )
}

pub fn ring_test(api: &Api, ctx: &Ctx, account: &str, id: &str) -> ApiResult<Reply> {
    if !matches!(ctx.method.as_str(), "PUT" | "POST") {
        return Err(ApiError::MethodNotAllowed);
    }
    own_device(api, ctx, account, id)?;
    start(
        api,
        ctx,
        account,
        vec![id.to_string()],
        CallThen::RingTest,
        false,
    )
}

/// The device, if the caller may call from it.
fn own_device(api: &Api, ctx: &Ctx, account: &str, id: &str) -> ApiResult<()> {
    let doc = api
        .store()
        .get(account, "devices", id)?
        .ok_or_else(|| ApiError::NotFound(id.into()))?;
    let me = ctx.session()?.owner_id.as_deref();
    let owner = doc.get("owner_id").and_then(Value::as_str);
    if !ctx.is_admin() && (me.is_none() || owner != me) {
        return Err(ApiError::Forbidden(
            "you may call only from your own phones",
        ));
    }
    if doc.get("enabled").and_then(Value::as_bool) == Some(false) {
        return Err(ApiError::field(
            "enabled",
            "enabled",
            "the device is disabled",
            None,
        ));
    }
    Ok(())
}

/// The number to dial, filtered as `number_filter` says and checked.
fn dialled(ctx: &Ctx, number: &str) -> ApiResult<String> {
    let number = match ctx.param("number_filter").unwrap_or("true") {
        "true" => number.replace(FILTERED, ""),
        "false" => number.to_string(),
        other => {
            return Err(ApiError::field(
                "number_filter",
                "enum",
                "true or false (filter expressions are not supported)",
                Some(("value", json!(other))),
            ));
        }
    };
    let ok = (1..=MAX_NUMBER).contains(&number.len())
        && number
            .chars()
            .all(|c| c.is_ascii_digit() || "*#+".contains(c));
    if !ok {
        return Err(ApiError::field(
            "number",
            "pattern",
            format!("a number of 1 to {MAX_NUMBER} digits (0-9 * # +)"),
            Some(("value", json!(number))),
        ));
    }
    Ok(number)
}

fn flag(ctx: &Ctx, name: &str, default: bool) -> ApiResult<bool> {
    match ctx.param(name) {
        None => Ok(default),
        Some("true") => Ok(true),
        Some("false") => Ok(false),
        Some(other) => Err(ApiError::field(
            name,
            "type",
            "true or false",
            Some(("value", json!(other))),
        )),
    }
}

fn ring_secs(ctx: &Ctx) -> ApiResult<u32> {
    let Some(text) = ctx.param("timeout") else {
        return Ok(DEFAULT_RING_SECS);
    };
    match text.trim().parse::<u32>() {
        Ok(n) if n <= 3 => Ok(DEFAULT_RING_SECS),
        Ok(n) if n <= MAX_RING_SECS => Ok(n),
        _ => Err(ApiError::field(
            "timeout",
            "maximum",
            format!("ring seconds, a whole number up to {MAX_RING_SECS}"),
            Some(("value", json!(text))),
        )),
    }
}

/// `cid-name` and `cid-number`, both or neither defaulted.
fn caller_id(ctx: &Ctx) -> ApiResult<Option<(String, String)>> {
    let field = |name: &str| -> ApiResult<Option<String>> {
        match ctx.param(name) {
            None => Ok(None),
            Some(v) if v.len() <= MAX_CID && !v.chars().any(char::is_control) => {
                Ok(Some(v.to_string()))
            }
            Some(v) => Err(ApiError::field(
                name,
                "maxLength",
                format!("at most {MAX_CID} printable characters"),
                Some(("value", json!(v))),
            )),
        }
    };
    let (name, number) = (field("cid-name")?, field("cid-number")?);
    if name.is_none() && number.is_none() {
        return Ok(None);
    }
    Ok(Some((
        name.unwrap_or_else(|| "QuickCall".into()),
        number.unwrap_or_default(),
    )))
}

fn start(
    api: &Api,
    ctx: &Ctx,
    account: &str,
    devices: Vec<String>,
    then: CallThen,
    auto_answer: bool,
) -> ApiResult<Reply> {
    let ring_secs = ring_secs(ctx)?;
    let caller_id = caller_id(ctx)?;
    let realm = api
        .store()
        .get(GLOBAL, "accounts", account)?
        .and_then(|a| a.get("realm").and_then(Value::as_str).map(str::to_string))
        .ok_or_else(|| ApiError::Internal("the account has no realm".into()))?;
    let request = CallRequest {
        account: account.to_string(),
        realm,
        devices,
        then,
        ring_secs,
        caller_id,
        auto_answer,
    };
    let call_id = api.live().originate(&request).map_err(|e| match e {
        CallRefused::NotRegistered => {
            ApiError::Conflict("no registered phone to ring: the device is not registered".into())
        }
        CallRefused::NoRoute => match &request.then {
            CallThen::Dial(n) => ApiError::field(
                "number",
                "route",
                "no callflow of the account matches this number",
                Some(("value", json!(n))),
            ),
            CallThen::RingTest => ApiError::Internal("the ring test found no route".into()),
        },
        CallRefused::TooMany => ApiError::TooManyRequests { retry_after: 10 },
        CallRefused::Unavailable(why) => ApiError::Unavailable(why),
    })?;
    let route = match &request.then {
        CallThen::Dial(n) => json!(n),
        CallThen::RingTest => Value::Null,
    };
    let (cid_name, cid_number) = request
        .caller_id
        .clone()
        .unwrap_or_else(|| ("QuickCall".into(), route.as_str().unwrap_or("").into()));
    Ok(Reply::Json {
        status: 202,
        data: json!({
            "application_name": "transfer",
            "application_data": {"route": route},
            "call_id": call_id,
            "endpoints": request.devices.iter().map(|d| json!({"id": d})).collect::<Vec<_>>(),
            "timeout": request.ring_secs,
            "auto_answer": request.auto_answer,
            "outbound_caller_id_name": cid_name,
            "outbound_caller_id_number": cid_number,
            "dial_endpoint_method": "simultaneous",
        }),
        revision: None,
        extra: Default::default(),
    })
}
