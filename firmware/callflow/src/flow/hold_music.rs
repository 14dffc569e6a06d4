//! Which music a party waiting on a device's behalf hears (held by it, parked by it): KAZOO's
//! `music_on_hold.media_id` of the device, else of its owner, else of the account. A call
//! that came in through a group (a SmartPBX group's number, or a ring group naming a group
//! as a member) and is held by one of that group's members plays the group's
//! `music_on_hold` first: the group's setting is about calls to the group. An id that
//! names no stored `media` document (KAZOO also allows stream URLs there) is passed over;
//! none at all means the built-in music.

use edgepbx_media::session::PlayItem;
use serde_json::Value;

use super::Data;

/// The media id of the music `device_id` plays to the party it holds or parks, if any;
/// `groups` are those the call came in through (see [`Bridge::music_groups`]).
///
/// [`Bridge::music_groups`]: edgepbx_sip::engine::Bridge::music_groups
pub fn media_id(
    data: &dyn Data,
    account: &str,
    device_id: &str,
    groups: &[String],
) -> Option<String> {
    let device = data.doc(account, "devices", device_id);
    let owner_id = device
        .as_deref()
        .and_then(|d| d.get("owner_id"))
        .and_then(Value::as_str)
        .map(str::to_string);
    let member_groups = groups
        .iter()
        .filter_map(|g| data.doc(account, "groups", g))
        .filter(|g| is_member(g, device_id, owner_id.as_deref()));
    let owner = owner_id
        .as_deref()
        .and_then(|id| data.doc(account, "users", id));
    member_groups
        .chain([device, owner, data.account(account)].into_iter().flatten())
        .filter_map(|doc| {
            doc.pointer("/music_on_hold/media_id")
                .and_then(Value::as_str)
                .map(str::to_string)
        })
        .find(|id| !id.is_empty() && data.doc(account, "media", id).is_some())
}

/// Whether a `groups` document lists the device, or its owner, among its `endpoints`.
fn is_member(group: &Value, device_id: &str, owner_id: Option<&str>) -> bool {
    let Some(endpoints) = group.get("endpoints").and_then(Value::as_object) else {
        return false;
    };
    endpoints.contains_key(device_id) || owner_id.is_some_and(|o| endpoints.contains_key(o))
}

/// The music itself: the stored audio looped (loaded off the engine's lock), else the
/// built-in music.
pub fn music(data: &dyn Data, account: &str, device_id: &str, groups: &[String]) -> PlayItem {
    media_id(data, account, device_id, groups)
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
        let id = |d: &str| media_id(&*data, ACCOUNT, d, &[]);
        assert_eq!(id("d1").as_deref(), Some("user_moh"));
        assert_eq!(id("d2").as_deref(), Some("dev_moh"));
        // A media id that is not stored falls through to the account's.
        assert_eq!(id("d3").as_deref(), Some("acc_moh"));
        // An outside party (no device) gets the account's.
        assert_eq!(id("carrier1").as_deref(), Some("acc_moh"));
        *data.account.lock().unwrap() = json!({"music_on_hold": {}});
        assert_eq!(id("carrier1"), None);
        assert_eq!(music(&*data, ACCOUNT, "carrier1", &[]), PlayItem::Music);
    }

    #[test]
    fn a_groups_music_for_its_members_on_calls_through_it() {
        let data = MemData::new();
        *data.account.lock().unwrap() = json!({"music_on_hold": {"media_id": "acc_moh"}});
        for id in ["acc_moh", "sales_moh", "dev_moh"] {
            data.put("media", id, json!({"name": id}));
        }
        // Sales: user u1 (phones d1, d2) and device d3; support has no music of its own.
        data.put(
            "groups",
            "sales",
            json!({"endpoints": {"u1": {"type": "user"}, "d3": {"type": "device"}},
                   "music_on_hold": {"media_id": "sales_moh"}}),
        );
        data.put(
            "groups",
            "support",
            json!({"endpoints": {"d4": {"type": "device"}}}),
        );
        data.put(
            "groups",
            "gone",
            json!({"endpoints": {"d4": {"type": "device"}}, "music_on_hold": {"media_id": "nope"}}),
        );
        data.put("devices", "d1", json!({"owner_id": "u1"}));
        data.put(
            "devices",
            "d2",
            json!({"owner_id": "u1", "music_on_hold": {"media_id": "dev_moh"}}),
        );
        data.put("devices", "d3", json!({}));
        data.put("devices", "d4", json!({}));
        data.put("devices", "d5", json!({}));
        let through = |d: &str, groups: &[&str]| {
            let groups: Vec<String> = groups.iter().map(|g| g.to_string()).collect();
            media_id(&*data, ACCOUNT, d, &groups)
        };
        // Members by their owner and by the device itself hear the group's music, over
        // a device's own.
        assert_eq!(through("d1", &["sales"]).as_deref(), Some("sales_moh"));
        assert_eq!(through("d2", &["sales"]).as_deref(), Some("sales_moh"));
        assert_eq!(through("d3", &["sales"]).as_deref(), Some("sales_moh"));
        // Not through the group: the device's own chain.
        assert_eq!(through("d2", &[]).as_deref(), Some("dev_moh"));
        // Not a member (d5), a group without music, a group whose media is not stored, a
        // group that does not exist: the usual chain.
        assert_eq!(through("d5", &["sales"]).as_deref(), Some("acc_moh"));
        assert_eq!(
            through("d4", &["support", "gone", "missing"]).as_deref(),
            Some("acc_moh")
        );
        // The first group (in the call's order) with stored music wins.
        data.put(
            "groups",
            "all",
            json!({"endpoints": {"d3": {"type": "device"}}, "music_on_hold": {"media_id": "dev_moh"}}),
        );
        assert_eq!(through("d3", &["all", "sales"]).as_deref(), Some("dev_moh"));
    }
}
