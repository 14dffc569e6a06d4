//! Which music a party waiting on a device's behalf hears (held by it, parked by it): KAZOO's
//! `music_on_hold.media_id` of the device, else of its owner, else of the account. An id that
//! names no stored `media` document (KAZOO also allows stream URLs there) is passed over;
//! none at all means the built-in music.

use edgepbx_media::session::PlayItem;
use serde_json::Value;

use super::Data;

/// The media id of the music `device_id` plays to the party it holds or parks, if any.
pub fn media_id(data: &dyn Data, account: &str, device_id: &str) -> Option<String> {
    let device = data.doc(account, "devices", device_id);
    let owner = device
        .as_deref()
        .and_then(|d| d.get("owner_id"))
        .and_then(Value::as_str)
        .and_then(|id| data.doc(account, "users", id));
    [device, owner, data.account(account)]
        .into_iter()
        .flatten()
        .filter_map(|doc| {
            doc.pointer("/music_on_hold/media_id")
                .and_then(Value::as_str)
                .map(str::to_string)
        })
        .find(|id| !id.is_empty() && data.doc(account, "media", id).is_some())
}

/// The music itself: the stored audio looped (loaded off the engine's lock), else the
/// built-in music.
pub fn music(data: &dyn Data, account: &str, device_id: &str) -> PlayItem {
    media_id(data, account, device_id)
        .and_then(|id| data.media(account, &id))
        .map_or(PlayItem::Music, PlayItem::Looped)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::flow::testkit::{ACCOUNT, MemData};
    use serde_json::json;

    #[test]
    fn device_then_owner_then_account_and_only_stored_media() {
        let data = MemData::new();
        *data.account.lock().unwrap() = json!({"music_on_hold": {"media_id": "acc_moh"}});
        for id in ["acc_moh", "user_moh", "dev_moh"] {
            data.put("media", id, json!({"name": id}));
        }
        data.put(
            "users",
            "u1",
            json!({"music_on_hold": {"media_id": "user_moh"}}),
        );
        data.put("devices", "d1", json!({"owner_id": "u1"}));
        data.put(
            "devices",
            "d2",
            json!({"owner_id": "u1", "music_on_hold": {"media_id": "dev_moh"}}),
        );
        data.put(
            "devices",
            "d3",
            json!({"music_on_hold": {"media_id": "gone"}}),
        );
        let id = |d: &str| media_id(&*data, ACCOUNT, d);
        assert_eq!(id("d1").as_deref(), Some("user_moh"));
        assert_eq!(id("d2").as_deref(), Some("dev_moh"));
        // A media id that is not stored falls through to the account's.
        assert_eq!(id("d3").as_deref(), Some("acc_moh"));
        // An outside party (no device) gets the account's.
        assert_eq!(id("carrier1").as_deref(), Some("acc_moh"));
        *data.account.lock().unwrap() = json!({"music_on_hold": {}});
        assert_eq!(id("carrier1"), None);
        assert_eq!(music(&*data, ACCOUNT, "carrier1"), PlayItem::Music);
    }
}
