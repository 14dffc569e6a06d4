//! `/configs/transcription`: the account's speech-to-text service for voicemail (an
//! OpenAI-compatible `/v1/audio/transcriptions` or a whisper.cpp server): `url` (http or
//! https), `api_key` (sent as a bearer token), `model`, `timeout_ms` (100-30,000).
//! The key is write-only (clients see `api_key_set`) and kept when a write leaves it out;
//! only an administrator of the top-level account may set it or change `url` (an account
//! administrator pointing the box's key at a server of their own would learn it).

use serde_json::{Map, Value, json};

use crate::Api;
use crate::context::Ctx;
use crate::error::{ApiError, ApiResult};

pub const CONFIG: &str = "transcription";

fn bad(field: &str, rule: &str, message: &str, value: &Value) -> ApiError {
    ApiError::field(field, rule, message, Some(("value", value.clone())))
}

pub fn validate(data: &Map<String, Value>) -> ApiResult<()> {
    if let Some(v) = data.get("url") {
        let ok = v.as_str().is_some_and(|u| {
            (u.starts_with("http://") || u.starts_with("https://"))
                && u.len() <= 2048
                && !u.contains(char::is_whitespace)
        });
        if !ok {
            return Err(bad("url", "format", "an http:// or https:// URL", v));
        }
    }
    for field in ["api_key", "model"] {
        if let Some(v) = data.get(field)
            && !v
                .as_str()
                .is_some_and(|s| s.len() <= 512 && !s.contains(['\r', '\n']))
        {
            return Err(bad(field, "type", "a string of at most 512 characters", v));
        }
    }
    if let Some(v) = data.get("timeout_ms")
        && !v.as_u64().is_some_and(|t| (100..=30_000).contains(&t))
    {
        return Err(bad(
            "timeout_ms",
            "range",
            "milliseconds from 100 to 30000",
            v,
        ));
    }
    Ok(())
}

/// A write that sets `api_key` or changes `url` needs the box's administrator.
pub fn check_writer(api: &Api, ctx: &Ctx, account: &str) -> ApiResult<()> {
    let incoming = ctx.data_object()?;
    let stored = api.store().get(account, "configs", CONFIG)?;
    let changes = |field: &str| {
        incoming
            .get(field)
            .is_some_and(|v| stored.as_deref().and_then(|s| s.get(field)) != Some(v))
    };
    if changes("api_key") || changes("url") {
        crate::access::require_box_admin(api, ctx)?;
    }
    Ok(())
}

/// The config as clients see it: whether a key is set, never the key.
pub fn redact(mut doc: Value) -> Value {
    if let Some(m) = doc.as_object_mut() {
        let set = m.remove("api_key").is_some_and(|k| k != json!(""));
        m.insert("api_key_set".into(), json!(set));
    }
    doc
}
