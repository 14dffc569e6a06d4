//! Messages moved or copied to other voicemail boxes (KAZOO's bulk `POST
//! /vmboxes/{id}/messages` with `source_id`): a box id moves them there, a list of box ids
//! copies them to each (new message ids, the audio copied). They arrive as `new`. One
//! transaction: the source and every destination are read and written as stored then.

use serde_json::{Map, Value, json};

use crate::context::Ctx;
use crate::error::{ApiError, ApiResult};
use crate::{Api, Reply, docs};
use edgepbx_store::{StoreError, Tx, vmbox};

const BOXES: &str = "vmboxes";
const AUDIO: &str = "media";

/// `source_id` as (destination boxes, copy?).
pub fn destinations(v: &Value) -> ApiResult<(Vec<String>, bool)> {
    match v {
        Value::String(id) => Ok((vec![id.clone()], false)),
        Value::Array(ids) => ids
            .iter()
            .map(|x| x.as_str().map(str::to_string))
            .collect::<Option<Vec<_>>>()
            .filter(|ids| !ids.is_empty())
            .map(|ids| (ids, true))
            .ok_or_else(|| bad(v)),
        other => Err(bad(other)),
    }
}

fn bad(v: &Value) -> ApiError {
    ApiError::field(
        "source_id",
        "type",
        "a voicemail box id (move) or a list of them (copy)",
        Some(("value", v.clone())),
    )
}

pub fn transfer(
    api: &Api,
    ctx: &Ctx,
    account: &str,
    box_id: &str,
    ids: Vec<String>,
    (to, copy): (Vec<String>, bool),
) -> ApiResult<Reply> {
    for dest in &to {
        if dest == box_id && !copy {
            return Err(ApiError::field(
                "source_id",
                "not",
                "messages cannot be moved to the box they are in",
                Some(("value", json!(dest))),
            ));
        }
        docs::load(api, ctx, account, BOXES, dest)?;
    }
    let now = ctx.gregorian_now();
    let (acct, from) = (account.to_string(), box_id.to_string());
    let done = api.store().write(move |tx| {
        let Some(source) = tx.get(&acct, BOXES, &from)? else {
            return Ok(None);
        };
        let found: Vec<Map<String, Value>> = ids
            .iter()
            .filter_map(|id| vmbox::find(&source, id).cloned())
            .collect();
        for dest in &to {
            for m in &found {
                let mut m = m.clone();
                m.insert("folder".into(), json!(vmbox::NEW));
                m.remove("deleted_at");
                if copy {
                    copy_audio(tx, &acct, &mut m)?;
                }
                let message = Value::Object(m);
                tx.edit(&acct, BOXES, dest, &|d| vmbox::append(d, message.clone()))?;
            }
        }
        let moved: Vec<String> = found
            .iter()
            .filter_map(|m| vmbox::media_id(m).map(str::to_string))
            .collect();
        if !copy {
            tx.edit(&acct, BOXES, &from, &|d| {
                let mut changed = false;
                for id in &moved {
                    changed |= vmbox::remove(d, id).is_some();
                }
                if changed && let Some(map) = d.as_object_mut() {
                    map.insert("pvt_modified".into(), json!(now));
                }
                changed
            })?;
        }
        Ok(Some((moved, ids.clone())))
    })?;
    let Some((moved, asked)) = done else {
        return Err(ApiError::NotFound(box_id.to_string()));
    };
    let failed: Vec<Value> = asked
        .iter()
        .filter(|id| !moved.contains(id))
        .map(|id| json!({ id: "not found" }))
        .collect();
    Ok(Reply::ok(json!({"succeeded": moved, "failed": failed})))
}

/// A copy gets an id of its own (same month) and its own copy of the audio.
fn copy_audio(tx: &mut Tx, account: &str, m: &mut Map<String, Value>) -> Result<(), StoreError> {
    let Some(old) = vmbox::media_id(m).map(str::to_string) else {
        return Ok(());
    };
    let month = old
        .split_once('-')
        .map(|(mo, _)| mo)
        .filter(|_| edgepbx_store::is_month_id(&old))
        .unwrap_or("000000");
    let new = format!("{month}-{}", edgepbx_store::new_id());
    if let Some(bytes) = tx.blob_get(account, AUDIO, &old)? {
        tx.blob_put(account, AUDIO, &new, &bytes)?;
    }
    m.insert("media_id".into(), json!(new));
    Ok(())
}
