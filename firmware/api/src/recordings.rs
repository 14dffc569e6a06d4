//! Call recordings (`record_call`, users' call recording): one document per recording, id
//! `YYYYMM-<32 hex>`, with its audio (8 kHz µ-law WAV) stored beside it in the same commit.
//! `GET /recordings` lists them newest first, `GET /recordings/{id}` returns the document,
//! or the audio with `Accept: audio/*` (or `?accept=audio/wav`), `DELETE` removes both.

use std::sync::Arc;

use serde_json::{Value, json};

use crate::context::Ctx;
use crate::error::{ApiError, ApiResult};
use crate::filters::{ListQuery, paginate};
use crate::json_path::public;
use crate::time::month_prefix;
use crate::{Api, Reply, docs};
use edgepbx_store::{Store, StoreError};

const KIND: &str = "recordings";

/// Stores a finished recording; returns its id. `doc.start` (Gregorian seconds) picks the
/// month prefix. This is how the call engine keeps recordings.
pub fn store_recording(
    store: &Store,
    account: &str,
    mut doc: Value,
    wav: Arc<[u8]>,
) -> Result<String, StoreError> {
    let start = doc.get("start").and_then(Value::as_u64).unwrap_or(0);
    let id = format!("{}-{}", month_prefix(start), edgepbx_store::new_id());
    doc["pvt_type"] = json!("call_recording");
    doc["pvt_created"] = json!(start);
    doc["pvt_modified"] = json!(start);
    let (acct, i) = (account.to_string(), id.clone());
    store.write(move |tx| {
        tx.blob_put(&acct, KIND, &i, &wav)?;
        tx.upsert(&acct, KIND, &i, doc.clone())
    })?;
    Ok(id)
}

pub fn route(api: &Api, ctx: &mut Ctx, account: &str, rest: &[&str]) -> ApiResult<Reply> {
    ctx.require_admin()?;
    match (ctx.method.as_str(), rest) {
        ("GET", []) => list(api, ctx, account),
        (method, [id]) => {
            // Ids are `YYYYMM-` and 32 hex digits; anything else names no recording.
            if !edgepbx_store::is_month_id(id) {
                return Err(ApiError::NotFound(id.to_string()));
            }
            let doc = api
                .store()
                .get(account, KIND, id)?
                .ok_or_else(|| ApiError::NotFound(id.to_string()))?;
            match method {
                "GET" if wants_audio(ctx) => {
                    let bytes = api
                        .store()
                        .blob_get(account, KIND, id)?
                        .ok_or_else(|| ApiError::NotFound(format!("{id} audio")))?;
                    Ok(crate::byte_range::audio(
                        ctx,
                        "audio/wav",
                        bytes,
                        &format!("{id}.wav"),
                    ))
                }
                "GET" => Ok(Reply::ok(public(&doc, id))),
                "DELETE" => {
                    let (acct, i) = (account.to_string(), id.to_string());
                    api.store().write(move |tx| {
                        tx.blob_delete(&acct, KIND, &i)?;
                        tx.delete(&acct, KIND, &i, None).map(drop)
                    })?;
                    Ok(Reply::ok(public(&doc, id)))
                }
                _ => Err(ApiError::MethodNotAllowed),
            }
        }
        (_, []) => Err(ApiError::MethodNotAllowed),
        _ => Err(ApiError::NotFound(rest.join("/"))),
    }
}

pub(crate) fn wants_audio(ctx: &Ctx) -> bool {
    let audio = |v: &str| v.to_ascii_lowercase().contains("audio/");
    ctx.param("accept").is_some_and(audio) || ctx.req.header("accept").is_some_and(audio)
}

fn list(api: &Api, ctx: &mut Ctx, account: &str) -> ApiResult<Reply> {
    let query = ListQuery::parse(&ctx.query)?;
    let mut rows: Vec<(String, Value)> = api
        .store()
        .scan(account, KIND, None)?
        .into_iter()
        .filter(|(_, d)| query.matches(d))
        .map(|(id, d)| (id.clone(), public(&d, &id)))
        .collect();
    let start = |d: &Value| d.get("start").and_then(Value::as_u64).unwrap_or(0);
    rows.sort_by(|(a_id, a), (b_id, b)| (start(b), b_id).cmp(&(start(a), a_id)));
    let (page, next) = paginate(rows, &query);
    Ok(docs::list_reply(page, &query, next))
}
