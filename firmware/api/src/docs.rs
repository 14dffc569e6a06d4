//! Generic create/read/update/delete and listing for every document collection.

use std::sync::Arc;

use serde_json::{Map, Value, json};

use crate::context::Ctx;
use crate::error::{ApiError, ApiResult};
use crate::filters::{ListQuery, paginate};
use crate::json_path::{client_fields, merge, public};
use crate::{Api, Reply, access, box_wide, hooks, kinds, projection};

pub fn collection(api: &Api, ctx: &mut Ctx, account: &str, kind: &str) -> ApiResult<Reply> {
    match ctx.method.as_str() {
        "GET" => list(api, ctx, account, kind),
        "PUT" => create(api, ctx, account, kind),
        _ => Err(ApiError::MethodNotAllowed),
    }
}

pub fn item(api: &Api, ctx: &mut Ctx, account: &str, kind: &str, id: &str) -> ApiResult<Reply> {
    if !edgepbx_store::is_id(id) {
        return Err(ApiError::NotFound(id.to_string()));
    }
    match ctx.method.as_str() {
        "GET" => read(api, ctx, account, kind, id),
        "POST" => update(api, ctx, account, kind, id, false),
        "PATCH" => update(api, ctx, account, kind, id, true),
        "DELETE" => delete(api, ctx, account, kind, id),
        _ => Err(ApiError::MethodNotAllowed),
    }
}

fn revision(doc: &Value) -> Option<String> {
    doc.get("_rev").and_then(Value::as_str).map(str::to_string)
}

/// Loads a document the caller may read, or 404 (also when it exists but is not theirs, so
/// ids of other users' documents are not disclosed).
pub(crate) fn load(
    api: &Api,
    ctx: &Ctx,
    account: &str,
    kind: &str,
    id: &str,
) -> ApiResult<Arc<Value>> {
    match api.store().get(account, kind, id)? {
        Some(doc) if access::can_read(ctx, kind, id, &doc) => Ok(doc),
        Some(_) if access::can_list(ctx, kind) => Err(ApiError::NotFound(id.to_string())),
        Some(_) => Err(ApiError::Forbidden("no access to this document")),
        None => Err(ApiError::NotFound(id.to_string())),
    }
}

fn list(api: &Api, ctx: &mut Ctx, account: &str, kind: &str) -> ApiResult<Reply> {
    if !access::can_list(ctx, kind) {
        return Err(ApiError::Forbidden(
            "this list needs an account administrator",
        ));
    }
    let query = ListQuery::parse(&ctx.query)?;
    let with_status = ctx.param("with_status") == Some("true");
    let docs = api.store().collection(account, kind)?;
    let (page, next) = if query.ascending == Some(false) {
        paginate(
            docs.iter()
                .rev()
                .filter_map(|(id, doc)| visible(ctx, kind, &query, id, doc)),
            &query,
        )
    } else {
        paginate(
            docs.iter()
                .filter_map(|(id, doc)| visible(ctx, kind, &query, id, doc)),
            &query,
        )
    };
    let data: Vec<Value> = page
        .into_iter()
        .map(|(id, doc)| projection::row(kind, id, doc, account, api.live(), with_status))
        .collect();
    Ok(list_reply(data, &query, next))
}

/// A listed document as (sort key, (id, document)) when the caller may see it and it passes the filters.
fn visible<'a>(
    ctx: &Ctx,
    kind: &str,
    query: &ListQuery,
    id: &'a str,
    doc: &'a Value,
) -> Option<(&'a str, (&'a str, &'a Value))> {
    (access::can_read(ctx, kind, id, doc) && query.matches(doc)).then_some((id, (id, doc)))
}

pub fn list_reply(data: Vec<Value>, query: &ListQuery, next: Option<String>) -> Reply {
    let count = data.len();
    let mut reply = Reply::ok(Value::Array(data)).with_extra("page_size", json!(count));
    if let Some(start) = &query.start_key {
        reply = reply.with_extra("start_key", json!(start));
    }
    if let Some(next) = next {
        reply = reply.with_extra("next_start_key", json!(next));
    }
    reply
}

/// The document as the API shows it: a voicemail box with its `usage` (`vm_storage`).
fn shown(kind: &str, doc: &Value, id: &str) -> Value {
    let mut out = public(doc, id);
    if kind == "vmboxes" {
        out["usage"] = edgepbx_store::vm_storage::Usage::of_box(doc).to_json();
    }
    out
}

pub(crate) fn read(api: &Api, ctx: &Ctx, account: &str, kind: &str, id: &str) -> ApiResult<Reply> {
    let doc = load(api, ctx, account, kind, id)?;
    let mut out = shown(kind, &doc, id);
    if kind == "callflows" {
        out["metadata"] = callflow_metadata(api, account, &doc)?;
    }
    Ok(Reply::ok(out).with_revision(revision(&doc)))
}

pub(crate) fn create(api: &Api, ctx: &mut Ctx, account: &str, kind: &str) -> ApiResult<Reply> {
    ctx.require_admin()?;
    let raw = ctx.data_object()?;
    let id = match raw.get("id").and_then(Value::as_str) {
        Some(wanted) if edgepbx_store::is_id(wanted) => wanted.to_string(),
        Some(bad) => {
            return Err(ApiError::field(
                "id",
                "pattern",
                "an id is 32 lowercase hex characters",
                Some(("value", json!(bad))),
            ));
        }
        None => edgepbx_store::new_id(),
    };
    let mut data = client_fields(raw);
    hooks::before_save(api, account, kind, &mut data, None)?;
    let audio = spoken_audio(api, kind, &mut data, None)?;
    let now = ctx.gregorian_now();
    data.insert("pvt_type".into(), json!(kinds::pvt_type(kind)));
    data.insert("pvt_account_id".into(), json!(account));
    data.insert("pvt_created".into(), json!(now));
    data.insert("pvt_modified".into(), json!(now));
    data.insert("pvt_vsn".into(), json!("1"));
    let doc = Value::Object(data);
    let (acct, k, i) = (account.to_string(), kind.to_string(), id.clone());
    let stored = box_wide::write_checked(api, account, kind, doc, move |tx, doc| {
        let created = tx.create(&acct, &k, &i, doc)?;
        if let Some(audio) = &audio {
            tx.blob_put(&acct, &k, &i, audio)?;
        }
        Ok(created)
    })?;
    Ok(Reply::created(shown(kind, &stored, &id)).with_revision(revision(&stored)))
}

pub(crate) fn update(
    api: &Api,
    ctx: &mut Ctx,
    account: &str,
    kind: &str,
    id: &str,
    patch: bool,
) -> ApiResult<Reply> {
    let old = load(api, ctx, account, kind, id)?;
    let incoming = client_fields(ctx.data_object()?);
    let mut data = if patch {
        let mut current = public(&old, id).as_object().cloned().unwrap_or_default();
        current.remove("id");
        merge(&mut current, &incoming);
        current
    } else {
        incoming
    };
    access::check_change(ctx, kind, id, &old, &Value::Object(data.clone()))?;
    if kind == "accounts" {
        crate::imposed::check_account_edit(api, ctx, id, &old, &mut data)?;
    }
    hooks::before_save(api, account, kind, &mut data, Some(&old))?;
    let audio = spoken_audio(api, kind, &mut data, Some(&old))?;
    // Private fields are the server's: carry them over, except those the hooks just derived.
    if let Some(old_map) = old.as_object() {
        for (k, v) in old_map {
            if k.starts_with("pvt_") && !data.contains_key(k) {
                data.insert(k.clone(), v.clone());
            }
        }
    }
    data.insert("pvt_modified".into(), json!(ctx.gregorian_now()));
    let doc = Value::Object(data);
    let expected = ctx.expected_revision();
    let (acct, k, i) = (account.to_string(), kind.to_string(), id.to_string());
    let stored = box_wide::write_checked(api, account, kind, doc, move |tx, mut doc| {
        if k == "vmboxes" {
            keep_messages(tx, &acct, &i, &mut doc)?;
        }
        let updated = tx.update(&acct, &k, &i, doc, expected.as_deref())?;
        if let Some(audio) = &audio {
            tx.blob_put(&acct, &k, &i, audio)?;
        }
        Ok(updated)
    })?;
    Ok(Reply::ok(shown(kind, &stored, id)).with_revision(revision(&stored)))
}

/// The audio of a text-to-speech `media` document when it needs (re)rendering.
fn spoken_audio(
    api: &Api,
    kind: &str,
    data: &mut Map<String, Value>,
    old: Option<&Value>,
) -> ApiResult<Option<Arc<Vec<u8>>>> {
    if kind != "media" {
        return Ok(None);
    }
    Ok(crate::media_tts::render_if_needed(api, data, old)?.map(Arc::new))
}

/// A box's `messages` belong to its callers and the messages API: editing the box's settings
/// keeps them as stored at the moment of the write (a message left while the client had the
/// box open is not lost), whatever `messages` the client sent.
fn keep_messages(
    tx: &mut edgepbx_store::Tx,
    account: &str,
    id: &str,
    doc: &mut Value,
) -> Result<(), edgepbx_store::StoreError> {
    let stored = tx.get(account, "vmboxes", id)?;
    let messages = stored.as_ref().and_then(|s| s.get("messages")).cloned();
    if let Some(map) = doc.as_object_mut() {
        match messages {
            Some(m) => map.insert("messages".into(), m),
            None => map.remove("messages"),
        };
    }
    Ok(())
}

fn delete(api: &Api, ctx: &mut Ctx, account: &str, kind: &str, id: &str) -> ApiResult<Reply> {
    ctx.require_admin()?;
    load(api, ctx, account, kind, id)?;
    let expected = ctx.expected_revision();
    let (acct, k, i) = (account.to_string(), kind.to_string(), id.to_string());
    let deleted = api.store().write(move |tx| {
        let doc = tx.delete(&acct, &k, &i, expected.as_deref())?;
        if k == "media" {
            tx.blob_delete(&acct, &k, &i)?;
        }
        Ok(doc)
    })?;
    let mut out = public(&deleted, id);
    out["_read_only"] = json!({"deleted": true});
    Ok(Reply::ok(out))
}

/// `metadata` of a callflow: name and type of every document its flow refers to.
fn callflow_metadata(api: &Api, account: &str, doc: &Value) -> ApiResult<Value> {
    let mut ids = Vec::new();
    if let Some(flow) = doc.get("flow") {
        referenced_ids(flow, &mut ids, 0);
    }
    let mut meta = Map::new();
    for id in ids {
        for kind in kinds::all() {
            if let Some(target) = api.store().get(account, kind, &id)? {
                let name = target.get("name").cloned().or_else(|| {
                    let first = target.get("first_name")?.as_str()?;
                    let last = target
                        .get("last_name")
                        .and_then(Value::as_str)
                        .unwrap_or("");
                    Some(json!(format!("{first} {last}").trim().to_string()))
                });
                meta.insert(
                    id.clone(),
                    json!({"name": name, "pvt_type": kinds::pvt_type(kind)}),
                );
                break;
            }
        }
    }
    Ok(Value::Object(meta))
}

fn push_id(out: &mut Vec<String>, v: &Value) {
    if let Some(s) = v.as_str()
        && edgepbx_store::is_id(s)
        && !out.iter().any(|x| x == s)
    {
        out.push(s.to_string());
    }
}

fn referenced_ids(node: &Value, out: &mut Vec<String>, depth: usize) {
    if depth > 64 {
        return;
    }
    if let Some(data) = node.get("data") {
        for key in ["id", "owner_id", "faxbox_id", "callflow_id", "rule_set"] {
            if let Some(v) = data.get(key) {
                push_id(out, v);
            }
        }
        for list in ["rules", "endpoints"] {
            for v in data
                .get(list)
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
            {
                push_id(out, v.get("id").unwrap_or(v));
            }
        }
    }
    if let Some(Value::Object(children)) = node.get("children") {
        for (key, child) in children {
            push_id(out, &Value::String(key.clone()));
            referenced_ids(child, out, depth + 1);
        }
    }
}

/// `GET users/{id}/devices`
pub fn owned_devices(api: &Api, ctx: &mut Ctx, account: &str, user_id: &str) -> ApiResult<Reply> {
    if ctx.method != "GET" {
        return Err(ApiError::MethodNotAllowed);
    }
    load(api, ctx, account, "users", user_id)?;
    let docs = api.store().collection(account, "devices")?;
    let rows = docs
        .iter()
        .filter(|(_, d)| d.get("owner_id").and_then(Value::as_str) == Some(user_id))
        .map(|(id, d)| projection::row("devices", id, d, account, api.live(), true))
        .collect();
    Ok(Reply::ok(Value::Array(rows)))
}

/// `GET devices/status`: registration state of every registrable device.
pub fn device_status(api: &Api, ctx: &mut Ctx, account: &str) -> ApiResult<Reply> {
    if ctx.method != "GET" {
        return Err(ApiError::MethodNotAllowed);
    }
    ctx.require_admin()?;
    let docs = api.store().collection(account, "devices")?;
    let rows = docs
        .keys()
        .map(|id| json!({"device_id": id, "registered": api.live().registered(account, id)}))
        .collect();
    Ok(Reply::ok(Value::Array(rows)))
}
