//! How much voicemail a box and an account hold, and how much room an account has left
//! under its `voicemail.max_storage_seconds` (the account document; absent: no bound) and
//! the whole box under the box-wide `max_storage_seconds` (the global document
//! `system_configs/voicemail`, set by the top-level administrator; absent: no bound).
//! Every message counts until it is purged, deleted ones too (their audio is still on the
//! flash). The API shows the usage; a caller finding no room hears "mailbox full".

use serde_json::{Value, json};

use crate::lenient;
use crate::vmbox::{self, DELETED, NEW, SAVED};

/// Counts and recorded length (ms) of the messages of one box, or summed over several.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Usage {
    pub new: u64,
    pub saved: u64,
    pub deleted: u64,
    pub ms: u64,
}

impl Usage {
    pub fn of_box(vmbox: &Value) -> Usage {
        let mut u = Usage::default();
        for m in vmbox::messages(vmbox) {
            match vmbox::folder(m) {
                NEW => u.new += 1,
                SAVED => u.saved += 1,
                DELETED => u.deleted += 1,
                _ => {}
            }
            u.ms += m.get("length").and_then(lenient::as_u64).unwrap_or(0);
        }
        u
    }

    pub fn of_boxes<'a>(boxes: impl IntoIterator<Item = &'a Value>) -> Usage {
        boxes
            .into_iter()
            .map(Usage::of_box)
            .fold(Usage::default(), |a, b| Usage {
                new: a.new + b.new,
                saved: a.saved + b.saved,
                deleted: a.deleted + b.deleted,
                ms: a.ms + b.ms,
            })
    }

    /// The API's `usage` object.
    pub fn to_json(self) -> Value {
        json!({
            "new": self.new,
            "saved": self.saved,
            "deleted": self.deleted,
            "messages": self.new + self.saved + self.deleted,
            "seconds": self.ms.div_ceil(1000),
        })
    }
}

/// The account's bound in ms (`voicemail.max_storage_seconds`), if it sets one.
pub fn account_limit_ms(account: &Value) -> Option<u64> {
    account
        .pointer("/voicemail/max_storage_seconds")
        .and_then(lenient::as_u64)
        .map(|s| s.saturating_mul(1000))
}

/// Where the box-wide bound is stored (global account, see [`crate::GLOBAL`]).
pub const BOX_KIND: &str = "system_configs";
pub const BOX_ID: &str = "voicemail";

/// The box-wide bound in ms (`max_storage_seconds` of the `system_configs/voicemail`
/// document), if one is set.
pub fn box_limit_ms(doc: &Value) -> Option<u64> {
    doc.get("max_storage_seconds")
        .and_then(lenient::as_u64)
        .map(|s| s.saturating_mul(1000))
}

/// The ms of audio all accounts together may still store, `used_ms` being what they hold
/// (None: the box sets no bound).
pub fn box_room_ms(doc: &Value, used_ms: u64) -> Option<u64> {
    Some(box_limit_ms(doc)?.saturating_sub(used_ms))
}

/// The tighter of two rooms (None: unbounded).
pub fn tighter(a: Option<u64>, b: Option<u64>) -> Option<u64> {
    match (a, b) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }
}

/// The ms of audio the account may still store (None: unbounded).
pub fn room_ms<'a>(account: &Value, boxes: impl IntoIterator<Item = &'a Value>) -> Option<u64> {
    let limit = account_limit_ms(account)?;
    Some(limit.saturating_sub(Usage::of_boxes(boxes).ms))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn usage_counts_every_folder_and_room_is_what_the_bound_leaves() {
        let a = json!({"messages": [{"folder": "new", "length": 1500}, {"folder": "deleted", "length": "500"},
            7, {"folder": "saved"}]});
        let b = json!({"messages": [{"length": 2001}]});
        assert_eq!(
            Usage::of_box(&a),
            Usage {
                new: 1,
                saved: 1,
                deleted: 1,
                ms: 2000
            }
        );
        let both = Usage::of_boxes([&a, &b]);
        assert_eq!(both.to_json()["seconds"], 5);
        assert_eq!(both.to_json()["messages"], 4);
        let account = json!({"voicemail": {"max_storage_seconds": 10}});
        assert_eq!(room_ms(&account, [&a, &b]), Some(5999));
        let tight = json!({"voicemail": {"max_storage_seconds": "3"}});
        assert_eq!(room_ms(&tight, [&a, &b]), Some(0));
        assert_eq!(room_ms(&json!({}), [&a]), None);
    }

    #[test]
    fn the_box_bound_leaves_what_all_accounts_do_not_hold_and_the_tighter_room_wins() {
        let cap = json!({"max_storage_seconds": 60});
        assert_eq!(box_room_ms(&cap, 45_000), Some(15_000));
        assert_eq!(box_room_ms(&cap, 90_000), Some(0));
        assert_eq!(box_room_ms(&json!({}), 1), None);
        assert_eq!(tighter(Some(3), Some(2)), Some(2));
        assert_eq!(tighter(None, Some(2)), Some(2));
        assert_eq!(tighter(Some(3), None), Some(3));
        assert_eq!(tighter(None, None), None);
    }
}
