//! The account document and the account tree (`/v2/accounts/{id}`, children, descendants).

use serde_json::{Map, Value, json};

use crate::context::Ctx;
use crate::error::{ApiError, ApiResult};
use crate::filters::{ListQuery, paginate};
use crate::json_path::{client_fields, public};
use crate::time::GREGORIAN_OFFSET;
use crate::{Api, Reply, docs, hooks};
use edgepbx_store::{GLOBAL, Store, StoreError, vm_storage};

/// The ancestors of an account, root first.
fn tree(doc: &Value) -> Vec<String> {
    doc.get("pvt_tree")
        .and_then(Value::as_array)
        .map(|a| {
            a.iter()
                .filter_map(Value::as_str)
                .map(str::to_string)
                .collect()
        })
        .unwrap_or_default()
}

pub fn is_descendant(api: &Api, account: &str, ancestor: &str) -> ApiResult<bool> {
    Ok(api
        .store()
        .get(GLOBAL, "accounts", account)?
        .is_some_and(|doc| tree(&doc).iter().any(|a| a == ancestor)))
}

pub fn account(api: &Api, ctx: &mut Ctx, account: &str) -> ApiResult<Reply> {
    match ctx.method.as_str() {
        "GET" => {
            let doc = api
                .store()
                .get(GLOBAL, "accounts", account)?
                .ok_or_else(|| ApiError::NotFound(account.into()))?;
            let metadata = json!({"enabled": doc.get("enabled").cloned().unwrap_or(json!(true)), "is_reseller": false,
                                  "created": doc.get("pvt_created"), "superduper_admin": false, "billing_mode": "manual"});
            let mut out = public(&doc, account);
            if ctx.is_admin() {
                out["voicemail_usage"] = voicemail_usage(api, account, &doc)?;
            }
            if !ctx.is_admin()
                && let Some(m) = out.as_object_mut()
            {
                // In-call feature codes are account configuration (README: users read only
                // their own documents); the rest of the account is what the UI needs.
                m.remove("metaflows");
            }
            Ok(Reply::ok(out)
                .with_revision(doc.get("_rev").and_then(Value::as_str).map(str::to_string))
                .with_extra("metadata", metadata))
        }
        "POST" | "PATCH" => {
            ctx.require_admin()?;
            let patch = ctx.method == "PATCH";
            docs::update(api, ctx, GLOBAL, "accounts", account, patch)
        }
        "PUT" => create_child(api, ctx, account),
        "DELETE" => delete(api, ctx, account),
        _ => Err(ApiError::MethodNotAllowed),
    }
}

/// The account's voicemail in all its boxes (`vm_storage`), with its bound when it sets one.
fn voicemail_usage(api: &Api, account: &str, doc: &Value) -> ApiResult<Value> {
    let boxes = api.store().collection(account, "vmboxes")?;
    let mut usage = vm_storage::Usage::of_boxes(boxes.values().map(|b| &**b)).to_json();
    usage["boxes"] = json!(boxes.len());
    if let Some(ms) = vm_storage::account_limit_ms(doc) {
        usage["max_storage_seconds"] = json!(ms / 1000);
    }
    Ok(usage)
}

/// Creates an account document with its private fields; `parent` is None for the first account.
pub fn create_account(
    store: &Store,
    mut data: Map<String, Value>,
    parent: Option<&Value>,
    now: u64,
) -> Result<String, ApiError> {
    let id = edgepbx_store::new_id();
    let mut ancestors = parent.map(tree).unwrap_or_default();
    if let Some(p) = parent.and_then(|p| p.get("_id")).and_then(Value::as_str) {
        ancestors.push(p.to_string());
    }
    let greg = now + GREGORIAN_OFFSET;
    data.insert("pvt_type".into(), json!("account"));
    data.insert("pvt_tree".into(), json!(ancestors));
    data.insert("pvt_api_key".into(), json!(edgepbx_store::random_hex(32)));
    data.insert("pvt_created".into(), json!(greg));
    data.insert("pvt_modified".into(), json!(greg));
    data.insert("pvt_account_id".into(), json!(id));
    let doc = Value::Object(data);
    let i = id.clone();
    store.write(move |tx| {
        tx.create(GLOBAL, "accounts", &i, doc.clone())?;
        crate::feature_codes::create_defaults(tx, &i, greg)
    })?;
    Ok(id)
}

fn create_child(api: &Api, ctx: &mut Ctx, parent_id: &str) -> ApiResult<Reply> {
    ctx.require_admin()?;
    let parent = api
        .store()
        .get(GLOBAL, "accounts", parent_id)?
        .ok_or_else(|| ApiError::NotFound(parent_id.into()))?;
    let mut data = client_fields(ctx.data_object()?);
    if !data.contains_key("realm") {
        let key = edgepbx_store::index::account_name_key(
            data.get("name")
                .and_then(Value::as_str)
                .unwrap_or("account"),
        );
        let parent_realm = parent
            .get("realm")
            .and_then(Value::as_str)
            .unwrap_or("local");
        data.insert("realm".into(), json!(format!("{key}.{parent_realm}")));
    }
    hooks::before_save(api, GLOBAL, "accounts", &mut data, None)?;
    let id = create_account(api.store(), data, Some(&parent), ctx.now)?;
    let doc = api
        .store()
        .get(GLOBAL, "accounts", &id)?
        .ok_or_else(|| ApiError::Internal("account vanished".into()))?;
    Ok(Reply::created(public(&doc, &id)))
}

fn delete(api: &Api, ctx: &mut Ctx, account: &str) -> ApiResult<Reply> {
    ctx.require_admin()?;
    let session = ctx.session()?;
    if session.account_id == account {
        return Err(ApiError::Forbidden("an account cannot delete itself"));
    }
    let accounts = api.store().collection(GLOBAL, "accounts")?;
    if accounts
        .values()
        .any(|a| tree(a).last().map(String::as_str) == Some(account))
    {
        return Err(ApiError::field(
            "account",
            "children",
            "delete the sub-accounts first",
            None,
        ));
    }
    let acct = account.to_string();
    let deleted = api.store().write(move |tx| {
        tx.delete_account_data(&acct)?;
        tx.delete(GLOBAL, "accounts", &acct, None)
    });
    match deleted {
        Ok(doc) => Ok(Reply::ok(public(&doc, account))),
        Err(StoreError::NotFound) => Err(ApiError::NotFound(account.into())),
        Err(e) => Err(e.into()),
    }
}

pub fn children(api: &Api, ctx: &mut Ctx, account: &str, all_levels: bool) -> ApiResult<Reply> {
    if ctx.method != "GET" {
        return Err(ApiError::MethodNotAllowed);
    }
    ctx.require_admin()?;
    let query = ListQuery::parse(&ctx.query)?;
    let accounts = api.store().collection(GLOBAL, "accounts")?;
    let rows: Vec<(String, Value)> = accounts
        .iter()
        .filter(|(_, a)| {
            let t = tree(a);
            if all_levels {
                t.iter().any(|x| x == account)
            } else {
                t.last().map(String::as_str) == Some(account)
            }
        })
        .filter(|(_, a)| query.matches(a))
        .map(|(id, a)| {
            (
                id.clone(),
                json!({"id": id, "name": a.get("name"), "realm": a.get("realm"), "tree": tree(a)}),
            )
        })
        .collect();
    let (page, next) = paginate(rows, &query);
    Ok(docs::list_reply(page, &query, next))
}

pub fn api_key(api: &Api, ctx: &mut Ctx, account: &str) -> ApiResult<Reply> {
    if ctx.method != "GET" {
        return Err(ApiError::MethodNotAllowed);
    }
    ctx.require_admin()?;
    let doc = api
        .store()
        .get(GLOBAL, "accounts", account)?
        .ok_or_else(|| ApiError::NotFound(account.into()))?;
    Ok(Reply::ok(json!({"api_key": doc.get("pvt_api_key")})))
}
