//! `POST /v2/accounts/{A}/vmboxes/{B}/greeting` (audio body: WAV or MP3, raw `audio/*` or a
//! base64 data URL) and `DELETE`: the box's unavailable greeting, for its owner as well as an
//! administrator. A plain user may not make `media` documents, so this makes the one the
//! greeting needs, stores the audio, points the box's `media.unavailable` at it and deletes
//! the greeting it replaces, all in one transaction.

use serde_json::{Value, json};

use crate::context::Ctx;
use crate::error::{ApiError, ApiResult};
use crate::{Api, Reply, access};

pub fn route(api: &Api, ctx: &mut Ctx, account: &str, vmbox: &str) -> ApiResult<Reply> {
    let found = edgepbx_store::is_id(vmbox)
        .then(|| api.store().get(account, "vmboxes", vmbox))
        .transpose()?
        .flatten();
    let doc = match found {
        Some(doc) if access::can_read(ctx, "vmboxes", vmbox, &doc) => doc,
        _ => return Err(ApiError::NotFound(format!("vmboxes/{vmbox}"))),
    };
    // The greeting it replaces, deleted unless something else plays it too.
    let old = doc
        .pointer("/media/unavailable")
        .and_then(Value::as_str)
        .filter(|id| edgepbx_store::is_id(id))
        .map(str::to_string)
        .map(|id| Ok::<_, ApiError>((!used_elsewhere(api, account, &id, vmbox)?).then_some(id)))
        .transpose()?
        .flatten();
    let media = match ctx.method.as_str() {
        "POST" | "PUT" => {
            let content_type = ctx.req.header("content-type").unwrap_or("");
            let audio = crate::media::decode_upload(content_type, &ctx.req.body)?;
            let detected = crate::media::sniff(&audio)
                .ok_or_else(|| ApiError::field("media", "format", "not a WAV or MP3 file", None))?;
            let now = ctx.gregorian_now();
            let name = doc
                .get("name")
                .and_then(Value::as_str)
                .unwrap_or("Voicemail");
            let media = json!({
                "name": format!("{name} greeting"),
                "media_source": "upload",
                "streamable": true,
                "content_type": detected,
                "content_length": audio.len(),
                "pvt_type": "media",
                "pvt_account_id": account,
                "pvt_created": now,
                "pvt_modified": now,
            });
            Some((edgepbx_store::new_id(), media, audio))
        }
        "DELETE" => None,
        _ => return Err(ApiError::MethodNotAllowed),
    };
    let mut new_box = doc.as_ref().clone();
    match &media {
        Some((id, _, _)) => new_box["media"]["unavailable"] = json!(id),
        None => {
            if let Some(m) = new_box.get_mut("media").and_then(Value::as_object_mut) {
                m.remove("unavailable");
            }
        }
    }
    new_box["pvt_modified"] = json!(ctx.gregorian_now());
    let (acct, b) = (account.to_string(), vmbox.to_string());
    let stored = api.store().write(move |tx| {
        if let Some((id, doc, audio)) = &media {
            tx.create(&acct, "media", id, doc.clone())?;
            tx.blob_put(&acct, "media", id, audio)?;
        }
        // The replaced greeting goes with its audio (it may be gone already).
        if let Some(old) = &old
            && tx.get(&acct, "media", old)?.is_some()
        {
            tx.delete(&acct, "media", old, None)?;
            tx.blob_delete(&acct, "media", old)?;
        }
        tx.update(&acct, "vmboxes", &b, new_box.clone(), None)
    })?;
    Ok(Reply::ok(json!({
        "media": {"unavailable": stored.pointer("/media/unavailable").cloned().unwrap_or(Value::Null)}
    })))
}

/// Whether a document other than box `vmbox` names media `id` (another box, a callflow, a menu).
fn used_elsewhere(api: &Api, account: &str, id: &str, vmbox: &str) -> ApiResult<bool> {
    for kind in [
        "vmboxes",
        "callflows",
        "menus",
        "users",
        "devices",
        "conferences",
    ] {
        for (doc_id, doc) in api.store().collection(account, kind)?.iter() {
            if !(kind == "vmboxes" && doc_id == vmbox) && doc.to_string().contains(id) {
                return Ok(true);
            }
        }
    }
    Ok(false)
}
