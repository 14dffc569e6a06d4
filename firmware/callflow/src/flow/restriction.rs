//! `call_restriction`: which classes of outside numbers (KAZOO's classifiers: international,
//! toll_us, caribbean, ...) the caller may dial. Each of the account, the calling user and
//! the calling device has `call_restriction: {<class>: {"action": "inherit"|"deny"|"allow"}}`;
//! a class denied at any of them is barred (an "allow" below does not lift an account's
//! "deny", as in KAZOO). Emergency numbers are never barred.

use edgepbx_store::classify::{self, EMERGENCY};
use serde_json::Value;

use super::context::Cx;

/// The class `number` falls in when the caller may not dial it; None when it may.
pub fn barred_class(cx: &Cx, number: &str) -> Option<String> {
    let config = cx.doc("configs", "number_manager");
    let classes = classify::classes(config.as_deref().and_then(|c| c.get("classifiers")));
    let class = classify::classify(&classes, number)?;
    if class == EMERGENCY {
        return None;
    }
    let account = cx.data.account(&cx.call.account);
    let user = cx.caller_user().map(|(_, u)| u);
    let device = cx.caller_device();
    let denied = |doc: &Option<std::sync::Arc<Value>>| {
        doc.as_deref().and_then(|d| {
            d.get("call_restriction")?
                .get(&class)?
                .get("action")?
                .as_str()
        }) == Some("deny")
    };
    (denied(&account) || denied(&user) || denied(&device)).then_some(class)
}
