//! `/configs/transcription`: the account's speech-to-text service for voicemail (an
//! OpenAI-compatible `/v1/audio/transcriptions` or a whisper.cpp server): `url` (http or
//! https), `api_key` (sent as a bearer token), `model`, `timeout_ms` (100-30,000).

use serde_json::{Map, Value};

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
