//! Key 3 in the voicemail message menu: the message being heard is forwarded to another box
//! of the account (asked for by its number). The other box gets a copy with an id and
//! audio of its own, as `new`, by the same read-modify-write as a message left there, and
//! its owner is mailed as for a message left.

use edgepbx_store::vmbox;
use serde_json::{Map, Value, json};

use crate::flow::context::Cx;
use crate::flow::data::edit_existing;

/// Copies `message` into box `to_id` (document `to`) under `new_id`.
pub fn forward(cx: &Cx, message: &Map<String, Value>, new_id: &str, to_id: &str, to: &Value) {
    let account = &cx.call.account;
    if let Some(id) = vmbox::media_id(message) {
        cx.data.copy_audio(account, id, new_id);
    }
    let mut copy = message.clone();
    copy.insert("media_id".into(), json!(new_id));
    copy.insert("folder".into(), json!(vmbox::NEW));
    copy.remove("deleted_at");
    let copy = Value::Object(copy);
    let append = move |b: &mut Value| vmbox::append(b, copy.clone());
    cx.data
        .update(account, "vmboxes", to_id, edit_existing(append));
    let ms = message
        .get("length")
        .and_then(edgepbx_store::lenient::as_u64)
        .unwrap_or(0) as u32;
    if let Some(notice) = crate::flow::vm_notice::notice(cx, to_id, to, new_id, ms) {
        cx.data.notify(account, notice);
    }
    tracing::info!(%account, to = to_id, "voicemail message forwarded");
}
