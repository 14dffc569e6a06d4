//! The caller ID a call presents to a carrier: the caller's external (or emergency) caller ID
//! when its number is one the account owns (a callflow number or a `phone_numbers` entry),
//! else the account's main number (its external caller ID), so no arbitrary number set on a
//! device or typed into `dynamic_cid` reaches the provider. `anonymous` (privacy) stays, and
//! the name is always the caller's (a privacy-hidden name stays hidden).

use serde_json::Value;

use super::context::Cx;
use super::endpoints::caller_id;

/// (name, number) for a call out through a carrier; `kind` is `external` or `emergency`.
pub fn for_carrier(cx: &Cx, kind: &str) -> (String, String) {
    let (name, number) = caller_id(cx, kind);
    if number.eq_ignore_ascii_case("anonymous") || cx.data.owns_number(&cx.call.account, &number) {
        return (name, number);
    }
    let account = cx.data.account(&cx.call.account);
    let main_number = [kind, "external"].iter().find_map(|k| {
        account
            .as_deref()?
            .pointer(&format!("/caller_id/{k}/number"))
            .and_then(Value::as_str)
            .filter(|s| !s.is_empty())
            .map(str::to_string)
    });
    match main_number {
        Some(main_number) => {
            tracing::info!(presented = %number, sent = %main_number,
                "caller ID is not one of the account's numbers: the main number goes to the carrier");
            (name, main_number)
        }
        None => {
            tracing::warn!(presented = %number,
                "caller ID is not one of the account's numbers and the account has no main number");
            (name, number)
        }
    }
}
