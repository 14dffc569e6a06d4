//! `missed_call_alert` at the end of a call: who gets the email, and whether it is due.
//! KAZOO (and the Callflows guide) send it for calls nobody answered that did not end in a
//! voicemail message.

use serde_json::Value;

use super::context::CallInfo;
use super::data::{Data, Notice};

/// The alert for a call that just ended, if the flow armed one and the call was missed.
pub fn notice(data: &dyn Data, call: &CallInfo) -> Option<Notice> {
    let recipients = call.vars.get("missed_call_alert")?;
    if call.answered || call.voicemail_left {
        return None;
    }
    let to = addresses(data, &call.account, recipients);
    if to.is_empty() {
        tracing::warn!(account = %call.account, "missed call alert: no recipient has an email address");
        return None;
    }
    let (caller_name, caller_number) = match &call.caller_id {
        Some((name, number)) => (name.clone(), number.clone()),
        None => (call.caller.name.clone(), call.caller.number.clone()),
    };
    Some(Notice::MissedCall {
        to,
        caller_name,
        caller_number,
        dialled: call.number.clone(),
        at_unix: call.started_unix,
    })
}

/// `[{type: "user"|"email", id}]` to addresses: a user's `email` (or a username that is
/// one); duplicates and anything that is not a plain address are dropped.
fn addresses(data: &dyn Data, account: &str, recipients: &Value) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for r in recipients.as_array().into_iter().flatten() {
        let id = r.get("id").and_then(Value::as_str).unwrap_or("");
        let address = match r.get("type").and_then(Value::as_str) {
            Some("email") => Some(id.to_string()),
            Some("user") => data.doc(account, "users", id).and_then(|u| user_email(&u)),
            _ => None,
        };
        match address {
            Some(a) if edgepbx_store::formats::is_email_address(&a) => {
                if !out.iter().any(|o| o.eq_ignore_ascii_case(&a)) {
                    out.push(a);
                }
            }
            _ => {
                tracing::info!(%account, recipient = %r, "missed call alert: recipient skipped (no usable email address)")
            }
        }
    }
    out
}

/// A user document's address: its `email`, or a username that is one.
pub fn user_email(user: &Value) -> Option<String> {
    ["email", "username"]
        .iter()
        .filter_map(|f| user.get(*f).and_then(Value::as_str))
        .find(|a| edgepbx_store::formats::is_email_address(a))
        .map(str::to_string)
}
