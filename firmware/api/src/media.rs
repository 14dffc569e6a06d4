//! Media binaries: `POST /media/{id}/raw` stores uploaded audio next to its document (in the
//! same transaction), `GET` returns it. Ids are 32-hex and the audio lives in the store, so a
//! name like `../../etc/passwd` can never reach the file system.

use base64::Engine;
use base64::engine::general_purpose::STANDARD as B64;
use serde_json::{Value, json};

use crate::context::Ctx;
use crate::error::{ApiError, ApiResult};
use crate::json_path::public;
use crate::{Api, ApiResponse, Reply};

/// Detects the container of uploaded audio; `None` for anything that is not audio we take.
pub fn sniff(bytes: &[u8]) -> Option<&'static str> {
    if bytes.len() >= 12 && &bytes[0..4] == b"RIFF" && &bytes[8..12] == b"WAVE" {
        return Some("audio/wav");
    }
    if bytes.starts_with(b"ID3")
        || (bytes.len() >= 2 && bytes[0] == 0xFF && bytes[1] & 0xE0 == 0xE0)
    {
        return Some("audio/mpeg");
    }
    None
}

/// The audio in a request body: raw `audio/*`, or a base64 data URL (`application/x-base64`,
/// what the Monster UI sends).
pub(crate) fn decode_upload(content_type: &str, body: &[u8]) -> ApiResult<Vec<u8>> {
    let ct = content_type.to_ascii_lowercase();
    if ct.starts_with("application/x-base64") || ct.starts_with("text/plain") {
        let text = std::str::from_utf8(body)
            .map_err(|_| ApiError::bad_request("a base64 upload must be text"))?
            .trim();
        let encoded = text.split_once(";base64,").map_or(text, |(_, data)| data);
        return B64
            .decode(encoded.trim())
            .map_err(|e| ApiError::field("media", "format", format!("invalid base64: {e}"), None));
    }
    if ct.starts_with("audio/") {
        return Ok(body.to_vec());
    }
    Err(ApiError::UnsupportedMediaType(content_type.to_string()))
}

pub fn raw(api: &Api, ctx: &mut Ctx, account: &str, id: &str) -> ApiResult<Reply> {
    if !edgepbx_store::is_id(id) {
        return Err(ApiError::NotFound(id.to_string()));
    }
    let doc = api
        .store()
        .get(account, "media", id)?
        .ok_or_else(|| ApiError::NotFound(id.to_string()))?;
    match ctx.method.as_str() {
        "GET" => {
            ctx.require_admin()?;
            let bytes = api
                .store()
                .blob_get(account, "media", id)?
                .ok_or_else(|| ApiError::NotFound(format!("{id}/raw")))?;
            let ct = doc
                .get("content_type")
                .and_then(Value::as_str)
                .unwrap_or("application/octet-stream");
            Ok(Reply::Raw(ApiResponse::bytes(200, ct, bytes)))
        }
        "POST" | "PUT" => {
            ctx.require_admin()?;
            let content_type = ctx.req.header("content-type").unwrap_or("");
            let audio = decode_upload(content_type, &ctx.req.body)?;
            if audio.is_empty() {
                return Err(ApiError::field(
                    "media",
                    "required",
                    "the upload is empty",
                    None,
                ));
            }
            let detected = sniff(&audio)
                .ok_or_else(|| ApiError::field("media", "format", "not a WAV or MP3 file", None))?;
            let mut updated = doc.as_ref().clone();
            updated["content_type"] = json!(detected);
            updated["content_length"] = json!(audio.len());
            updated["pvt_modified"] = json!(ctx.gregorian_now());
            let (acct, i) = (account.to_string(), id.to_string());
            let stored = api.store().write(move |tx| {
                tx.blob_put(&acct, "media", &i, &audio)?;
                tx.update(&acct, "media", &i, updated.clone(), None)
            })?;
            Ok(Reply::ok(public(&stored, id)))
        }
        _ => Err(ApiError::MethodNotAllowed),
    }
}
