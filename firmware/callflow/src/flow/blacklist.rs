//! `blacklists`: outside callers the office refuses. The account document lists blacklist
//! ids (`"blacklists": [id, ...]`); each blacklist has `numbers: {"<number>": {...}}` and
//! may set `should_block_anonymous` (callers without a number). Numbers compare after
//! E.164 normalisation, so `4155550100`, `14155550100` and `+14155550100` are one number.

use edgepbx_store::numbers::normalize;
use serde_json::Value;

use super::context::CallInfo;
use super::data::Data;

/// Whether the call's outside caller is on one of the account's blacklists.
pub fn blocks(data: &dyn Data, call: &CallInfo) -> bool {
    if !call.from_outside {
        return false;
    }
    let Some(account) = data.account(&call.account) else {
        return false;
    };
    let number = call.caller.number.trim();
    let anonymous = number.is_empty() || number.eq_ignore_ascii_case("anonymous");
    let caller = normalize(number);
    let lists = account.get("blacklists").and_then(Value::as_array);
    lists
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .filter_map(|id| data.doc(&call.account, "blacklists", id))
        .any(|list| {
            let listed = list
                .get("numbers")
                .and_then(Value::as_object)
                .is_some_and(|n| {
                    n.keys()
                        .any(|k| !anonymous && normalize(k.trim()) == caller)
                });
            listed
                || (anonymous
                    && edgepbx_store::lenient::bool_at(&list, "should_block_anonymous")
                        == Some(true))
        })
}
