//! What a parent account imposes on its sub-accounts (as a KAZOO reseller does): the
//! account's `call_restriction`, its number classes (`configs/number_manager`) and its
//! `limits`. The sub-account's own administrators read them but may not change them; an
//! administrator of an ancestor account sets them. The top-level account has nobody above
//! it, so the box's administrators set its own. A tenant makes calls stricter only through
//! its devices' and users' `call_restriction` (a "deny" there always counts).

use serde_json::{Map, Value, json};

use crate::Api;
use crate::context::Ctx;
use crate::error::{ApiError, ApiResult};
use edgepbx_store::GLOBAL;

/// A setting a parent imposes; each names itself in the 403.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Imposed {
    CallRestriction,
    Classifiers,
    Limits,
}

impl Imposed {
    fn refusal(self) -> ApiError {
        ApiError::Forbidden(match self {
            Imposed::CallRestriction => {
                "call_restriction of a sub-account is set by its parent account; restrict devices or users instead"
            }
            Imposed::Classifiers => {
                "configs/number_manager (the number classifiers) of a sub-account is set by its parent account"
            }
            Imposed::Limits => "limits of a sub-account are set by its parent account",
        })
    }
}

/// Whether the caller may change what is imposed on `account`: an administrator of an
/// ancestor (the router lets only those and the account's own users in), or of the
/// top-level account itself.
fn may_impose(api: &Api, ctx: &Ctx, account: &str) -> ApiResult<bool> {
    ctx.require_admin()?;
    if ctx.session()?.account_id != account {
        return Ok(true);
    }
    let top_level = api
        .store()
        .get(GLOBAL, "accounts", account)?
        .is_some_and(|a| {
            a.get("pvt_tree")
                .and_then(Value::as_array)
                .is_none_or(Vec::is_empty)
        });
    Ok(top_level)
}

/// A write (or delete) of an imposed document of `account` (`limits`, the number classes).
pub fn require_parent(api: &Api, ctx: &Ctx, account: &str, what: Imposed) -> ApiResult<()> {
    if may_impose(api, ctx, account)? {
        Ok(())
    } else {
        Err(what.refusal())
    }
}

/// An edit of the account document `account` from `old` to `new`: a sub-account's own
/// administrator may not change its `call_restriction`. A full replacement (POST) that
/// leaves the field out keeps the stored one (clients that edit other fields need not
/// echo it), as the server does with private fields.
pub fn check_account_edit(
    api: &Api,
    ctx: &Ctx,
    account: &str,
    old: &Value,
    new: &mut Map<String, Value>,
) -> ApiResult<()> {
    const FIELD: &str = "call_restriction";
    if may_impose(api, ctx, account)? {
        return Ok(());
    }
    let stored = old.get(FIELD).cloned().unwrap_or_else(|| json!({}));
    match new.get(FIELD) {
        None => {
            new.insert(FIELD.into(), stored);
            Ok(())
        }
        Some(v) if same_restriction(v, &stored) => Ok(()),
        Some(_) => Err(Imposed::CallRestriction.refusal()),
    }
}

/// Equal, with `null` and a missing value meaning the same as `{}`.
fn same_restriction(a: &Value, b: &Value) -> bool {
    let or_empty = |v: &Value| if v.is_null() { json!({}) } else { v.clone() };
    or_empty(a) == or_empty(b)
}
