//! Voicemail messages of a box (kazoo.md §6), KAZOO's shapes:
//! `GET /vmboxes/{id}/messages[?folder=new]` (list, with the usual filters and paging),
//! `POST /messages {"data": {"messages": [ids], "folder": F}}` (bulk move; with `source_id`
//! to other boxes, see `vm_transfer`),
//! `DELETE /messages` (bulk: `{"data": {"messages": [ids]}}`, else `?folder=`, else all),
//! `GET/POST/DELETE /messages/{mid}` and `GET /messages/{mid}/raw` (the audio, WAV; also
//! `GET /messages/{mid}` with `Accept: audio/*`; `Range` supported).
//! A delete moves the message to `deleted` (purged with its audio after the retention);
//! `?hard=true` removes it and its audio at once. Every change is a read-modify-write of the
//! box inside one store transaction, so a message left meanwhile is never lost. A plain user
//! reaches only the boxes they own.

use serde_json::{Map, Value, json};

use crate::context::Ctx;
use crate::error::{ApiError, ApiResult};
use crate::filters::{ListQuery, paginate};
use crate::{Api, Reply, docs};
use edgepbx_store::vmbox;

const BOXES: &str = "vmboxes";
/// Where message audio lives (written by the voicemail module).
const AUDIO: &str = "media";

pub fn route(
    api: &Api,
    ctx: &mut Ctx,
    account: &str,
    box_id: &str,
    rest: &[&str],
) -> ApiResult<Reply> {
    let doc = docs::load(api, ctx, account, BOXES, box_id)?;
    match (ctx.method.as_str(), rest) {
        ("GET", []) => list(ctx, &doc),
        ("POST", []) => {
            let data = ctx.data_object()?;
            let ids = ids_of(&data)?.ok_or_else(|| {
                ApiError::field(
                    "messages",
                    "required",
                    "the ids of the messages to move",
                    None,
                )
            })?;
            if let Some(dest) = data.get("source_id") {
                let to = crate::vm_transfer::destinations(dest)?;
                return crate::vm_transfer::transfer(api, ctx, account, box_id, ids, to);
            }
            let folder = folder_of(&data)?;
            change(api, ctx, account, box_id, Some(ids), None, Op::Move(folder))
        }
        ("DELETE", []) => {
            // No body: every message (of `?folder=`); a body that is not JSON is a 400, never
            // "delete everything".
            let ids = match ctx.envelope() {
                Ok(env) if env.get("data").is_some() => ids_of(&ctx.data_object()?)?,
                Ok(_) => None,
                Err(e @ ApiError::BadRequest { .. }) => return Err(e),
                Err(_) => None,
            };
            let folder = ctx.param("folder").map(str::to_string);
            if let Some(f) = &folder {
                check_folder(f)?;
            }
            change(api, ctx, account, box_id, ids, folder, delete_op(ctx))
        }
        ("GET", [mid]) if crate::recordings::wants_audio(ctx) => raw(api, ctx, account, &doc, mid),
        ("GET", [mid]) => {
            let m = vmbox::find(&doc, mid).ok_or_else(|| ApiError::NotFound(mid.to_string()))?;
            Ok(Reply::ok(with_folder(m)))
        }
        ("POST", [mid]) => {
            let folder = folder_of(&ctx.data_object()?)?;
            single(api, ctx, account, box_id, mid, Op::Move(folder))
        }
        ("DELETE", [mid]) => single(api, ctx, account, box_id, mid, delete_op(ctx)),
        ("GET", [mid, "raw"]) => raw(api, ctx, account, &doc, mid),
        (_, [] | [_] | [_, "raw"]) => Err(ApiError::MethodNotAllowed),
        _ => Err(ApiError::NotFound(rest.join("/"))),
    }
}

enum Op {
    Move(String),
    Remove,
}

fn delete_op(ctx: &Ctx) -> Op {
    if ctx.param("hard") == Some("true") {
        Op::Remove
    } else {
        Op::Move(vmbox::DELETED.into())
    }
}

/// A message as listed: its folder always present (`new` when the stored one has none).
fn with_folder(m: &Map<String, Value>) -> Value {
    let mut m = m.clone();
    m.insert("folder".into(), json!(vmbox::folder(&m).to_string()));
    Value::Object(m)
}

fn list(ctx: &Ctx, doc: &Value) -> ApiResult<Reply> {
    let query = ListQuery::parse(&ctx.query)?;
    let folder = ctx.param("folder");
    if let Some(f) = folder {
        check_folder(f)?;
    }
    let rows = vmbox::messages(doc)
        .filter(|m| folder.is_none_or(|f| vmbox::folder(m) == f))
        .map(with_folder)
        .filter(|m| query.matches(m))
        .map(|m| (m["media_id"].as_str().unwrap_or_default().to_string(), m));
    let (page, next) = paginate(rows, &query);
    Ok(docs::list_reply(page, &query, next))
}

fn check_folder(f: &str) -> ApiResult<()> {
    if vmbox::FOLDERS.contains(&f) {
        Ok(())
    } else {
        Err(ApiError::field(
            "folder",
            "enum",
            "Value not found in enumerated list of values: new, saved, deleted",
            Some(("value", json!(f))),
        ))
    }
}

fn folder_of(data: &Map<String, Value>) -> ApiResult<String> {
    match data.get("folder") {
        Some(Value::String(f)) => check_folder(f).map(|()| f.clone()),
        Some(other) => Err(ApiError::field(
            "folder",
            "type",
            "Value did not match type(s): string",
            Some(("value", other.clone())),
        )),
        None => Err(ApiError::field(
            "folder",
            "required",
            "Field is required but missing",
            None,
        )),
    }
}

/// `data.messages`: a list of message ids (None when absent).
fn ids_of(data: &Map<String, Value>) -> ApiResult<Option<Vec<String>>> {
    let Some(v) = data.get("messages") else {
        return Ok(None);
    };
    let ids: Option<Vec<String>> = v
        .as_array()
        .and_then(|a| a.iter().map(|x| x.as_str().map(str::to_string)).collect());
    ids.map(Some).ok_or_else(|| {
        ApiError::field(
            "messages",
            "type",
            "Value did not match type(s): array of message ids",
            Some(("value", v.clone())),
        )
    })
}

/// One message changed; 404 when the box has no such message.
fn single(
    api: &Api,
    ctx: &Ctx,
    account: &str,
    box_id: &str,
    mid: &str,
    op: Op,
) -> ApiResult<Reply> {
    let (done, _) = apply(
        api,
        ctx,
        account,
        box_id,
        Some(vec![mid.to_string()]),
        None,
        op,
    )?;
    if done.is_empty() {
        return Err(ApiError::NotFound(mid.to_string()));
    }
    let doc = api.store().get(account, BOXES, box_id)?;
    let m = doc.as_deref().and_then(|d| vmbox::find(d, mid));
    Ok(Reply::ok(m.map_or(json!({"media_id": mid}), with_folder)))
}

/// Many messages changed: `{"succeeded": [ids], "failed": [{id: reason}]}`.
fn change(
    api: &Api,
    ctx: &Ctx,
    account: &str,
    box_id: &str,
    ids: Option<Vec<String>>,
    folder: Option<String>,
    op: Op,
) -> ApiResult<Reply> {
    let (done, failed) = apply(api, ctx, account, box_id, ids, folder, op)?;
    let failed: Vec<Value> = failed.iter().map(|id| json!({ id: "not found" })).collect();
    Ok(Reply::ok(json!({"succeeded": done, "failed": failed})))
}

/// Applies `op` to the messages named (or all in `folder`, or all) in one transaction:
/// returns (ids changed, ids the box does not have).
fn apply(
    api: &Api,
    ctx: &Ctx,
    account: &str,
    box_id: &str,
    ids: Option<Vec<String>>,
    folder: Option<String>,
    op: Op,
) -> ApiResult<(Vec<String>, Vec<String>)> {
    let now = ctx.gregorian_now();
    let (acct, b) = (account.to_string(), box_id.to_string());
    let result = api.store().write(move |tx| {
        let Some(doc) = tx.get(&acct, BOXES, &b)? else {
            return Ok(None);
        };
        let wanted = ids.clone().unwrap_or_else(|| {
            vmbox::messages(&doc)
                .filter(|m| folder.as_deref().is_none_or(|f| vmbox::folder(m) == f))
                .filter_map(|m| vmbox::media_id(m).map(str::to_string))
                .collect()
        });
        let (done, missing): (Vec<String>, Vec<String>) = wanted
            .into_iter()
            .partition(|id| vmbox::find(&doc, id).is_some());
        let edit = |d: &mut Value| {
            let mut changed = false;
            for id in &done {
                changed |= match &op {
                    Op::Move(f) => vmbox::move_to(d, id, f, now),
                    Op::Remove => vmbox::remove(d, id).is_some(),
                };
            }
            if changed && let Some(map) = d.as_object_mut() {
                map.insert("pvt_modified".into(), json!(now));
            }
            changed
        };
        tx.edit(&acct, BOXES, &b, &edit)?;
        if matches!(op, Op::Remove) {
            // Only voicemail audio ids: a message naming another media's id (an
            // administrator's import) never frees that media's audio.
            for id in done.iter().filter(|id| edgepbx_store::is_month_id(id)) {
                tx.blob_delete(&acct, AUDIO, id)?;
            }
        }
        Ok(Some((done, missing)))
    })?;
    result.ok_or_else(|| ApiError::NotFound(box_id.to_string()))
}

/// The message's audio as stored (8 kHz WAV), with `Range` support.
fn raw(api: &Api, ctx: &Ctx, account: &str, doc: &Value, mid: &str) -> ApiResult<Reply> {
    let m = vmbox::find(doc, mid).ok_or_else(|| ApiError::NotFound(mid.to_string()))?;
    let media_id = vmbox::media_id(m).unwrap_or(mid);
    let bytes = api
        .store()
        .blob_get(account, AUDIO, media_id)?
        .ok_or_else(|| ApiError::NotFound(format!("{mid} audio")))?;
    Ok(crate::byte_range::audio(
        ctx,
        "audio/wav",
        bytes,
        &format!("{mid}.wav"),
    ))
}
