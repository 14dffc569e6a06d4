//! `/v2/system/prompt_packs[/{language}]`: prompt sets in other languages than the built-in
//! English, for administrators of the top-level account (the packs serve every account).
//! A pack is `{"prompts": {"<built-in prompt id>": "<WAV, base64 or a data URL>"}}`, each an
//! 8 kHz mono WAV (`wav_check`) of at most a minute, at most 400 prompts and 6 MiB of audio;
//! a bad one is a 400 naming `prompts.<id>`. `PUT` replaces the language's pack, `DELETE`
//! removes it. Stored as the box-wide document `prompt_packs/<language>` listing the prompts
//! (`ms`, `bytes`), each prompt's audio a blob `<language>/<id>` that calls load when played.

use base64::Engine;
use base64::engine::general_purpose::STANDARD as B64;
use serde_json::{Map, Value, json};

use crate::context::Ctx;
use crate::error::{ApiError, ApiResult};
use crate::{Api, Reply};
use edgepbx_store::GLOBAL;

pub const KIND: &str = "prompt_packs";
const MAX_PROMPTS: usize = 400;
const MAX_PROMPT_MS: u64 = 60_000;
const MAX_PACK_BYTES: usize = 6 * 1024 * 1024;

/// The blob holding one prompt of a pack.
pub fn blob_id(language: &str, prompt: &str) -> String {
    format!("{language}/{prompt}")
}

pub fn route(api: &Api, ctx: &mut Ctx, language: Option<&str>) -> ApiResult<Reply> {
    crate::access::require_box_admin(api, ctx)?;
    let Some(language) = language else {
        if ctx.method != "GET" {
            return Err(ApiError::MethodNotAllowed);
        }
        let packs = api.store().collection(GLOBAL, KIND)?;
        let list: Vec<Value> = packs.values().map(|p| summary(p)).collect();
        return Ok(Reply::ok(json!(list)));
    };
    let language = checked_language(language)?;
    match ctx.method.as_str() {
        "GET" => {
            let pack = api
                .store()
                .get(GLOBAL, KIND, &language)?
                .ok_or_else(|| ApiError::NotFound(language.clone()))?;
            Ok(Reply::ok((*pack).clone()))
        }
        "PUT" | "POST" => install(api, ctx, &language),
        "DELETE" => {
            let stored = api.store().write(move |tx| {
                let old = tx.get(GLOBAL, KIND, &language)?;
                if let Some(old) = &old {
                    remove_blobs(tx, &language, old)?;
                    tx.delete(GLOBAL, KIND, &language, None)?;
                }
                Ok(old)
            })?;
            let pack = stored.ok_or_else(|| ApiError::NotFound("prompt pack".into()))?;
            Ok(Reply::ok(summary(&pack)))
        }
        _ => Err(ApiError::MethodNotAllowed),
    }
}

/// `de`, `de-de`, `pt-br` (lower case; any case is accepted).
pub(crate) fn checked_language(language: &str) -> ApiResult<String> {
    let l = language.to_ascii_lowercase();
    let ok = match l.split_once('-') {
        Some((a, b)) => a.len() == 2 && b.len() == 2,
        None => l.len() == 2,
    } && l.bytes().all(|c| c.is_ascii_lowercase() || c == b'-');
    if ok {
        Ok(l)
    } else {
        Err(ApiError::field(
            "language",
            "pattern",
            "a language such as de or de-de",
            Some(("value", json!(language))),
        ))
    }
}

fn summary(pack: &Value) -> Value {
    let count = pack
        .get("prompts")
        .and_then(Value::as_object)
        .map_or(0, Map::len);
    json!({"language": pack.get("language"), "prompts": count, "bytes": pack.get("bytes")})
}

fn bad_prompt(id: &str, rule: &str, message: impl Into<String>) -> ApiError {
    ApiError::field(&format!("prompts.{id}"), rule, message, None)
}

/// Each prompt's audio, checked.
fn decoded(data: &Map<String, Value>) -> ApiResult<Vec<(String, Vec<u8>, u64)>> {
    let prompts = data
        .get("prompts")
        .and_then(Value::as_object)
        .filter(|p| !p.is_empty())
        .ok_or_else(|| {
            ApiError::field("prompts", "required", "an object of prompt id: WAV", None)
        })?;
    if prompts.len() > MAX_PROMPTS {
        return Err(ApiError::field(
            "prompts",
            "maxItems",
            format!("at most {MAX_PROMPTS} prompts"),
            None,
        ));
    }
    let mut total = 0;
    let mut out = Vec::with_capacity(prompts.len());
    for (id, value) in prompts {
        let name_ok = !id.is_empty()
            && id.len() <= 64
            && id
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_');
        if !name_ok {
            return Err(bad_prompt(id, "pattern", "a prompt id is a-z, 0-9 and _"));
        }
        let text = value
            .as_str()
            .ok_or_else(|| bad_prompt(id, "type", "the WAV as base64 text"))?;
        let encoded = text.split_once(";base64,").map_or(text, |(_, d)| d).trim();
        let wav = B64
            .decode(encoded)
            .map_err(|e| bad_prompt(id, "format", format!("invalid base64: {e}")))?;
        let ms = crate::wav_check::prompt_ms(&wav).map_err(|why| bad_prompt(id, "format", why))?;
        if ms > MAX_PROMPT_MS {
            return Err(bad_prompt(id, "maximum", "a prompt is at most 60 seconds"));
        }
        total += wav.len();
        if total > MAX_PACK_BYTES {
            return Err(bad_prompt(id, "maximum", "the pack is over 6 MiB of audio"));
        }
        out.push((id.clone(), wav, ms));
    }
    Ok(out)
}

fn install(api: &Api, ctx: &mut Ctx, language: &str) -> ApiResult<Reply> {
    let prompts = decoded(&ctx.data_object()?)?;
    let mut listed = Map::new();
    let mut bytes = 0;
    for (id, wav, ms) in &prompts {
        listed.insert(id.clone(), json!({"ms": ms, "bytes": wav.len()}));
        bytes += wav.len();
    }
    let doc = json!({"language": language, "prompts": listed, "bytes": bytes});
    let language = language.to_string();
    let stored = api.store().write(move |tx| {
        if let Some(old) = tx.get(GLOBAL, KIND, &language)? {
            remove_blobs(tx, &language, &old)?;
        }
        for (id, wav, _) in &prompts {
            tx.blob_put(GLOBAL, KIND, &blob_id(&language, id), wav)?;
        }
        tx.upsert(GLOBAL, KIND, &language, doc.clone())
    })?;
    Ok(Reply::ok(stored))
}

fn remove_blobs(
    tx: &mut edgepbx_store::Tx,
    language: &str,
    pack: &Value,
) -> Result<(), edgepbx_store::StoreError> {
    let ids = pack.get("prompts").and_then(Value::as_object);
    for id in ids.into_iter().flat_map(Map::keys) {
        tx.blob_delete(GLOBAL, KIND, &blob_id(language, id))?;
    }
    Ok(())
}
