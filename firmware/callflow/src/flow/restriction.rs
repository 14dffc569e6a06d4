//! `call_restriction`: which classes of outside numbers (KAZOO's classifiers: international,
//! toll_us, caribbean, ...) the caller may dial. The calling device, its user, the account
//! and every account above it have `call_restriction: {<class>: {"action":
//! "inherit"|"deny"|"allow"}}`; a class denied at any of them is barred (an "allow" below
//! does not lift a "deny" above, as in KAZOO). The parent imposes a sub-account's
//! restriction and classes (the API refuses the tenant's own edits), and an account's deny
//! binds its sub-accounts too, so a tenant cannot escape it by making an account of its own.
//! Each account's deny is judged by that account's classes. Emergency numbers are never
//! barred.

use edgepbx_store::classify::{self, EMERGENCY};
use serde_json::Value;

use super::context::Cx;

/// The class of `number` by the calling account's classifiers.
pub fn class_of(cx: &Cx, number: &str) -> Option<String> {
    class_in(cx, &cx.call.account, number)
}

/// The class of `number` by `account`'s classifiers.
fn class_in(cx: &Cx, account: &str, number: &str) -> Option<String> {
    let config = cx.data.doc(account, "configs", "number_manager");
    let classes = classify::classes(config.as_deref().and_then(|c| c.get("classifiers")));
    classify::classify(&classes, number)
}

fn denies(doc: Option<&Value>, class: &str) -> bool {
    class != EMERGENCY
        && doc.and_then(|d| {
            d.get("call_restriction")?
                .get(class)?
                .get("action")?
                .as_str()
        }) == Some("deny")
}

/// The calling account, then its ancestors, nearest first.
fn account_chain(cx: &Cx) -> Vec<String> {
    let own = cx.data.account(&cx.call.account);
    let ancestors = own
        .as_deref()
        .and_then(|a| a.get("pvt_tree"))
        .and_then(Value::as_array)
        .map(|t| t.iter().rev().filter_map(Value::as_str).map(str::to_string))
        .into_iter()
        .flatten();
    std::iter::once(cx.call.account.clone())
        .chain(ancestors)
        .collect()
}

/// The class of `number` the caller may not dial, if it is barred: denied on the calling
/// device or user (by the account's classes), or on the account or an ancestor (by that
/// account's classes).
pub fn barred_class(cx: &Cx, number: &str) -> Option<String> {
    if let Some(class) = class_of(cx, number) {
        let user = cx.caller_user().map(|(_, u)| u);
        let device = cx.caller_device();
        if denies(user.as_deref(), &class) || denies(device.as_deref(), &class) {
            return Some(class);
        }
    }
    barred_by_accounts(cx, number)
}

/// The class of `number` one of `docs` (a forwarding device, its user) denies.
pub fn denied_by(cx: &Cx, docs: &[&Value], number: &str) -> Option<String> {
    class_of(cx, number).filter(|class| docs.iter().any(|d| denies(Some(d), class)))
}

/// The class of `number` the account or an ancestor denies (each by its own classes):
/// what binds every call out of the account, a forward to an outside number included.
pub fn barred_by_accounts(cx: &Cx, number: &str) -> Option<String> {
    account_chain(cx).into_iter().find_map(|account| {
        let doc = cx.data.account(&account);
        class_in(cx, &account, number).filter(|class| denies(doc.as_deref(), class))
    })
}
