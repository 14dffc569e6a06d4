//! The voicemail-to-email notice for a message just left (kazoo.md §6, wave2.md §5):
//! recipients are the box's `notify_email_addresses` and the owner's address when the
//! owner's `vm_to_email_enabled` (default true); `delete_after_notify` / `save_after_notify`
//! say where the message goes once the mail is accepted.

use edgepbx_store::{formats, lenient, vmbox};
use serde_json::Value;

use super::context::Cx;
use super::data::{Notice, VoicemailNotice};
use super::missed_call::user_email;

/// The notice, or None when nobody is to be told.
pub fn notice(cx: &Cx, box_id: &str, doc: &Value, media_id: &str, ms: u32) -> Option<Notice> {
    let account = &cx.call.account;
    let mut to: Vec<String> = Vec::new();
    let mut add = |a: &str| {
        if formats::is_email_address(a) && !to.iter().any(|o| o.eq_ignore_ascii_case(a)) {
            to.push(a.to_string());
        }
    };
    let extra = doc.get("notify_email_addresses").and_then(Value::as_array);
    for a in extra.into_iter().flatten().filter_map(Value::as_str) {
        add(a);
    }
    let owner = doc
        .get("owner_id")
        .and_then(Value::as_str)
        .and_then(|id| cx.doc("users", id));
    if let Some(user) = &owner
        && lenient::bool_at(user, "vm_to_email_enabled") != Some(false)
        && let Some(a) = user_email(user)
    {
        add(&a);
    }
    if to.is_empty() {
        return None;
    }
    let flag = |k: &str| lenient::bool_at(doc, k) == Some(true);
    let after_sent = if flag("save_after_notify") {
        Some(vmbox::SAVED.to_string())
    } else if flag("delete_after_notify") {
        Some(vmbox::DELETED.to_string())
    } else {
        None
    };
    let text = |d: &Value, k: &str| d.get(k).and_then(Value::as_str).unwrap_or("").to_string();
    let (caller_name, caller_number) = match &cx.call.caller_id {
        Some((name, number)) => (name.clone(), number.clone()),
        None => (cx.call.caller.name.clone(), cx.call.caller.number.clone()),
    };
    tracing::info!(%account, vmbox = box_id, recipients = to.len(), "voicemail to email");
    Some(Notice::Voicemail(VoicemailNotice {
        to,
        vmbox_id: box_id.to_string(),
        vmbox_name: text(doc, "name"),
        mailbox: text(doc, "mailbox"),
        media_id: media_id.to_string(),
        caller_name,
        caller_number,
        dialled: cx.call.number.clone(),
        at_unix: cx.now.unix,
        length_ms: ms,
        first_name: owner.map(|u| text(&u, "first_name")).unwrap_or_default(),
        after_sent,
        transcribe: flag("transcribe"),
        transcription: None,
    }))
}
