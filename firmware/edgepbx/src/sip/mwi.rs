//! What a message waiting lamp shows (RFC 3842 `message-summary`), read from the store's
//! cache for the engine: a subscription to a box's number shows that box; one to anything
//! else (a phone's own AOR) shows every box of the subscribing device's owner.

use edgepbx_sip::engine::MessageCounts;
use edgepbx_store::{Store, vmbox};
use serde_json::Value;

pub fn message_counts(
    store: &Store,
    account: &str,
    device_id: &str,
    target: &str,
) -> MessageCounts {
    let Ok(boxes) = store.collection(account, "vmboxes") else {
        return MessageCounts::default();
    };
    let str_of = |d: &Value, k: &str| d.get(k).and_then(Value::as_str).map(str::to_string);
    let counted = |b: &Value| MessageCounts {
        new: vmbox::count(b, vmbox::NEW) as u32,
        old: vmbox::count(b, vmbox::SAVED) as u32,
    };
    if let Some((_, b)) = boxes
        .iter()
        .find(|(_, b)| str_of(b, "mailbox").as_deref() == Some(target))
    {
        return counted(b);
    }
    let owner = store
        .get(account, "devices", device_id)
        .ok()
        .flatten()
        .and_then(|d| str_of(&d, "owner_id"));
    let Some(owner) = owner else {
        return MessageCounts::default();
    };
    boxes
        .iter()
        .filter(|(_, b)| str_of(b, "owner_id").as_deref() == Some(owner.as_str()))
        .map(|(_, b)| counted(b))
        .fold(MessageCounts::default(), |a, c| MessageCounts {
            new: a.new + c.new,
            old: a.old + c.old,
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn a_box_number_shows_that_box_else_the_owners_boxes() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&dir.path().join("t.redb")).unwrap();
        store
            .write(|tx| {
                tx.create("a", "devices", "d1", json!({"owner_id": "u1"}))?;
                tx.create("a", "devices", "d2", json!({}))?;
                tx.create("a", "vmboxes", "b1", json!({"mailbox": "700", "owner_id": "u1",
                    "messages": [{"folder": "new"}, {"folder": "saved"}, {"folder": "deleted"}, 7]}))?;
                tx.create("a", "vmboxes", "b2", json!({"mailbox": "701", "owner_id": "u1",
                    "messages": [{}]}))?;
                Ok(())
            })
            .unwrap();
        let c = |dev: &str, target: &str| message_counts(&store, "a", dev, target);
        assert_eq!(c("d2", "700"), MessageCounts { new: 1, old: 1 });
        assert_eq!(c("d1", "6101"), MessageCounts { new: 2, old: 1 });
        assert_eq!(c("d2", "6102"), MessageCounts::default());
    }
}
