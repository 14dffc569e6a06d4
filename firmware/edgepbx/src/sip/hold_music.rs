//! Which uploaded music a held party hears: KAZOO's `music_on_hold.media_id` of the
//! holding device, else of its owner, else of the account. An id that names no stored
//! `media` document (KAZOO also allows stream URLs there) is passed over; none at all means
//! the built-in music.

use edgepbx_store::{GLOBAL, Store};
use serde_json::Value;

/// The media id of the music `device_id` plays to the party it holds, if any.
pub fn media_id(store: &Store, account: &str, device_id: &str) -> Option<String> {
    let get = |db: &str, kind: &str, id: &str| store.get(db, kind, id).ok().flatten();
    let device = get(account, "devices", device_id);
    let owner = device
        .as_deref()
        .and_then(|d| d.get("owner_id"))
        .and_then(Value::as_str)
        .and_then(|id| get(account, "users", id));
    let account_doc = get(GLOBAL, "accounts", account);
    [device, owner, account_doc]
        .into_iter()
        .flatten()
        .filter_map(|doc| {
            doc.pointer("/music_on_hold/media_id")
                .and_then(Value::as_str)
                .map(str::to_string)
        })
        .find(|id| !id.is_empty() && get(account, "media", id).is_some())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    const ACC: &str = "00000000000000000000000000000001";

    fn put(store: &Store, db: &str, kind: &str, id: &str, doc: Value) {
        let (db, kind, id) = (db.to_string(), kind.to_string(), id.to_string());
        store
            .write(move |tx| tx.upsert(&db, &kind, &id, doc.clone()))
            .unwrap();
    }

    #[test]
    fn device_then_owner_then_account_and_only_stored_media() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&dir.path().join("db")).unwrap();
        put(
            &store,
            GLOBAL,
            "accounts",
            ACC,
            json!({"music_on_hold": {"media_id": "acc_moh"}}),
        );
        for id in ["acc_moh", "user_moh", "dev_moh"] {
            put(&store, ACC, "media", id, json!({"name": id}));
        }
        put(
            &store,
            ACC,
            "users",
            "u1",
            json!({"music_on_hold": {"media_id": "user_moh"}}),
        );
        put(&store, ACC, "devices", "d1", json!({"owner_id": "u1"}));
        put(
            &store,
            ACC,
            "devices",
            "d2",
            json!({"owner_id": "u1", "music_on_hold": {"media_id": "dev_moh"}}),
        );
        put(
            &store,
            ACC,
            "devices",
            "d3",
            json!({"music_on_hold": {"media_id": "gone"}}),
        );
        assert_eq!(media_id(&store, ACC, "d1").as_deref(), Some("user_moh"));
        assert_eq!(media_id(&store, ACC, "d2").as_deref(), Some("dev_moh"));
        // A media id that is not stored falls through to the account's.
        assert_eq!(media_id(&store, ACC, "d3").as_deref(), Some("acc_moh"));
        // An outside party (no device) gets the account's.
        assert_eq!(
            media_id(&store, ACC, "carrier1").as_deref(),
            Some("acc_moh")
        );
        put(
            &store,
            GLOBAL,
            "accounts",
            ACC,
            json!({"music_on_hold": {}}),
        );
        assert_eq!(media_id(&store, ACC, "carrier1"), None);
    }
}
