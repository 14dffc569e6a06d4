//! The `messages` of a voicemail box document (KAZOO 3 shape: an array of message metadata
//! `{media_id, folder, timestamp, length, caller_id_number, ...}` inside the `vmboxes`
//! document). Every reader and writer (call flows, the API, MWI, the purge) goes through
//! these functions, which skip entries that are not objects instead of failing on them.

use serde_json::{Map, Value, json};

pub const NEW: &str = "new";
pub const SAVED: &str = "saved";
pub const DELETED: &str = "deleted";
/// Folders a message may be moved to.
pub const FOLDERS: [&str; 3] = [NEW, SAVED, DELETED];

/// The messages of a box, in the order they arrived; non-objects are skipped.
pub fn messages(vmbox: &Value) -> impl Iterator<Item = &Map<String, Value>> {
    vmbox
        .get("messages")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(Value::as_object)
}

/// A message's folder (`new` when it has none).
pub fn folder(message: &Map<String, Value>) -> &str {
    message.get("folder").and_then(Value::as_str).unwrap_or(NEW)
}

pub fn media_id(message: &Map<String, Value>) -> Option<&str> {
    message.get("media_id").and_then(Value::as_str)
}

/// The message with this `media_id`.
pub fn find<'a>(vmbox: &'a Value, id: &str) -> Option<&'a Map<String, Value>> {
    messages(vmbox).find(|m| media_id(m) == Some(id))
}

/// How many messages are in `folder`.
pub fn count(vmbox: &Value, folder_name: &str) -> usize {
    messages(vmbox).filter(|m| folder(m) == folder_name).count()
}

/// Messages that are not deleted (what the box list shows as `messages`).
pub fn kept(vmbox: &Value) -> usize {
    messages(vmbox).filter(|m| folder(m) != DELETED).count()
}

/// Appends a message; false when `vmbox` is not a document (a box deleted meanwhile).
pub fn append(vmbox: &mut Value, message: Value) -> bool {
    let Some(doc) = vmbox.as_object_mut() else {
        return false;
    };
    let list = doc.entry("messages").or_insert_with(|| json!([]));
    if !list.is_array() {
        *list = json!([]);
    }
    if let Some(list) = list.as_array_mut() {
        list.push(message);
    }
    true
}

/// Moves the message with this `media_id` to `to`; `at` (Gregorian seconds) is recorded as
/// `deleted_at` when it goes to `deleted` (the retention counts from then). False when the
/// box has no such message or it is already there.
pub fn move_to(vmbox: &mut Value, id: &str, to: &str, at: u64) -> bool {
    let Some(m) = message_mut(vmbox, id) else {
        return false;
    };
    if folder(m) == to {
        return false;
    }
    m.insert("folder".into(), json!(to));
    if to == DELETED {
        m.insert("deleted_at".into(), json!(at));
    } else {
        m.remove("deleted_at");
    }
    true
}

/// Sets `field` of the message with this `media_id` (its transcription); false when the box
/// has no such message.
pub fn set_message_field(vmbox: &mut Value, id: &str, field: &str, value: Value) -> bool {
    let Some(m) = message_mut(vmbox, id) else {
        return false;
    };
    m.insert(field.into(), value);
    true
}

/// Takes the message with this `media_id` out of the box.
pub fn remove(vmbox: &mut Value, id: &str) -> Option<Value> {
    let list = vmbox.get_mut("messages")?.as_array_mut()?;
    let i = list
        .iter()
        .position(|m| m.get("media_id").and_then(Value::as_str) == Some(id))?;
    Some(list.remove(i))
}

/// Removes deleted messages whose `deleted_at` (else `timestamp`) is before `before`
/// (Gregorian seconds); returns their media ids, whose audio the caller frees.
pub fn purge(vmbox: &mut Value, before: u64) -> Vec<String> {
    let expired = |m: &Map<String, Value>| {
        let at = m
            .get("deleted_at")
            .or_else(|| m.get("timestamp"))
            .and_then(crate::lenient::as_u64)
            .unwrap_or(0);
        folder(m) == DELETED && at < before
    };
    let ids: Vec<String> = messages(vmbox)
        .filter(|m| expired(m))
        .filter_map(|m| media_id(m).map(str::to_string))
        .collect();
    if let Some(list) = vmbox.get_mut("messages").and_then(Value::as_array_mut) {
        list.retain(|m| !m.as_object().is_some_and(expired));
    }
    ids
}

fn message_mut<'a>(vmbox: &'a mut Value, id: &str) -> Option<&'a mut Map<String, Value>> {
    vmbox
        .get_mut("messages")?
        .as_array_mut()?
        .iter_mut()
        .filter_map(Value::as_object_mut)
        .find(|m| m.get("media_id").and_then(Value::as_str) == Some(id))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_that_are_not_objects_are_skipped_never_fatal() {
        let mut b = json!({"messages": [42, "x", null, {"media_id": "m1"}, [1]]});
        assert_eq!(messages(&b).count(), 1);
        assert_eq!(count(&b, NEW), 1);
        assert!(move_to(&mut b, "m1", DELETED, 10));
        assert!(!move_to(&mut b, "m1", DELETED, 11));
        assert!(!move_to(&mut b, "nope", SAVED, 10));
        assert_eq!(purge(&mut b, 11), ["m1"]);
        assert_eq!(b["messages"], json!([42, "x", null, [1]]));
        let mut not_a_list = json!({"messages": "oops"});
        assert!(append(&mut not_a_list, json!({"media_id": "m2"})));
        assert_eq!(kept(&not_a_list), 1);
        assert!(!append(&mut Value::Null, json!({})));
    }

    #[test]
    fn purge_keeps_recent_deletions_and_other_folders() {
        let mut b = json!({"messages": [
            {"media_id": "old", "folder": "deleted", "deleted_at": 100},
            {"media_id": "recent", "folder": "deleted", "deleted_at": 300},
            {"media_id": "kept", "folder": "saved", "timestamp": 1},
            {"media_id": "legacy", "folder": "deleted", "timestamp": 50}
        ]});
        assert_eq!(purge(&mut b, 200), ["old", "legacy"]);
        assert_eq!(messages(&b).count(), 2);
    }
}
