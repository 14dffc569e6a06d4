//! What a non-admin user may touch: their own user document, the devices they own, and the
//! PIN (greeting: `vm_greeting`) and messages of the voicemail boxes they own. Admins may do everything in their account; box-wide settings (the TLS
//! certificate, SIP bans) belong to the box's own administrators: those of the top-level
//! account, created at first boot.

use serde_json::Value;

use crate::context::Ctx;
use crate::error::{ApiError, ApiResult};
use crate::{Api, kinds};
use edgepbx_store::GLOBAL;

/// Whether a plain user may reach `/accounts/{A}/{tail}` at all (handlers then check each
/// document): the account document, users (their own), devices and voicemail boxes (their
/// own, and calls from them), and the static app catalogue.
pub fn user_may_reach(tail: &[&str]) -> bool {
    matches!(
        tail,
        [] | ["users", ..]
            | ["devices"]
            | ["devices", _]
            | ["devices", _, "quickcall", _]
            | ["devices", _, "ring_test"]
            | ["vmboxes", ..]
            | ["apps_store", ..]
            | ["cdrs", _, "sip_trace" | "problem_report"]
    )
}

/// Settings of the whole box: only an administrator of the top-level account may change or
/// see them; a sub-account's administrator gets 403.
pub fn require_box_admin(api: &Api, ctx: &Ctx) -> ApiResult<()> {
    ctx.require_admin()?;
    let session = ctx.session()?;
    let top_level = api
        .store()
        .get(GLOBAL, "accounts", &session.account_id)?
        .is_some_and(|a| {
            a.get("pvt_tree")
                .and_then(Value::as_array)
                .is_none_or(Vec::is_empty)
        });
    if top_level {
        Ok(())
    } else {
        Err(ApiError::Forbidden(
            "this box-wide setting needs an administrator of the top-level account",
        ))
    }
}

/// Fields of their own user document that a plain user may not change.
const PROTECTED_USER_FIELDS: &[&str] = &["priv_level", "enabled", "username"];

/// A document's `call_restriction` (which outside numbers its calls and forwards may reach;
/// a find me follow me cell phone too), missing and `{}` alike: a plain user may not change
/// their own or their phones'.
fn restriction(doc: &Value) -> Option<&Value> {
    doc.get("call_restriction")
        .filter(|r| r.as_object().is_none_or(|m| !m.is_empty()))
}

fn owner(doc: &Value) -> Option<&str> {
    doc.get("owner_id").and_then(Value::as_str)
}

/// May the caller read this document?
pub fn can_read(ctx: &Ctx, kind: &str, id: &str, doc: &Value) -> bool {
    if ctx.is_admin() {
        return true;
    }
    let me = ctx.session.as_ref().and_then(|s| s.owner_id.as_deref());
    match kind {
        "users" => me == Some(id),
        k if kinds::owned_by_users(k) => me.is_some() && owner(doc) == me,
        _ => false,
    }
}

/// May a plain user list this collection at all (rows are then limited by `can_read`)?
pub fn can_list(ctx: &Ctx, kind: &str) -> bool {
    ctx.is_admin() || kind == "users" || kinds::owned_by_users(kind)
}

/// Checks a change from `old` to `new` by the caller.
pub fn check_change(ctx: &Ctx, kind: &str, id: &str, old: &Value, new: &Value) -> ApiResult<()> {
    if ctx.is_admin() {
        return Ok(());
    }
    if !can_read(ctx, kind, id, old) {
        return Err(ApiError::Forbidden(
            "you may change only your own documents",
        ));
    }
    if restriction(new) != restriction(old) {
        return Err(ApiError::Forbidden(
            "only an administrator may change call restrictions",
        ));
    }
    if kind == "users" {
        for f in PROTECTED_USER_FIELDS {
            let changed = match f {
                &"username" => new.get(f).is_some_and(|n| Some(n) != old.get(f)),
                _ => new.get(f) != old.get(f),
            };
            if changed {
                return Err(ApiError::Forbidden(
                    "only an administrator may change this field",
                ));
            }
        }
    } else if owner(new) != owner(old) {
        return Err(ApiError::Forbidden(
            "only an administrator may change the owner",
        ));
    } else if kind == "vmboxes" {
        check_own_vmbox_change(old, new)?;
    }
    Ok(())
}

/// A box's owner may change its PIN (4 to 6 digits) and nothing else here; the greeting has
/// its own endpoint (`vmboxes/{id}/greeting`), the box's number and options are the admin's.
fn check_own_vmbox_change(old: &Value, new: &Value) -> ApiResult<()> {
    let settings = |doc: &Value| -> serde_json::Map<String, Value> {
        doc.as_object()
            .into_iter()
            .flatten()
            .filter(|(k, _)| {
                !k.starts_with("pvt_")
                    && !k.starts_with('_')
                    && !matches!(k.as_str(), "id" | "pin" | "messages")
            })
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect()
    };
    if settings(old) != settings(new) {
        return Err(ApiError::Forbidden(
            "you may change only the PIN of your box (and its greeting)",
        ));
    }
    match new.get("pin") {
        None => Ok(()),
        Some(pin) if pin == old.get("pin").unwrap_or(&Value::Null) => Ok(()),
        Some(Value::String(p))
            if (4..=6).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit()) =>
        {
            Ok(())
        }
        Some(_) => Err(ApiError::field("pin", "pattern", "4 to 6 digits", None)),
    }
}
