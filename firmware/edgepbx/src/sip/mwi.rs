//! What a message waiting lamp shows (RFC 3842 `message-summary`), read from the store's
//! cache for the engine: a subscription to a box's number shows that box; one to anything
//! else (a phone's own AOR) shows every box of the subscribing device's owner, and the shared
//! boxes owned by a group that lists the owner or the device (`vmbox_members`). Devices
//! with `mwi_unsolicited_updates` (KAZOO's default: true) are told about those boxes
//! without subscribing.

use std::collections::HashMap;

use edgepbx_sip::engine::{MessageCounts, UnsolicitedMwi};
use edgepbx_store::{GLOBAL, Store, lenient, vmbox, vmbox_members};
use serde_json::Value;

fn add(a: MessageCounts, b: MessageCounts) -> MessageCounts {
    MessageCounts {
        new: a.new + b.new,
        old: a.old + b.old,
    }
}

fn counted(b: &Value) -> MessageCounts {
    MessageCounts {
        new: vmbox::count(b, vmbox::NEW) as u32,
        old: vmbox::count(b, vmbox::SAVED) as u32,
    }
}

fn str_of(d: &Value, k: &str) -> Option<String> {
    d.get(k).and_then(Value::as_str).map(str::to_string)
}

/// Devices that want unsolicited NOTIFYs, with their owner's boxes' counts.
pub fn unsolicited(store: &Store, account: &str) -> Vec<UnsolicitedMwi> {
    let (Ok(boxes), Ok(devices)) = (
        store.collection(account, "vmboxes"),
        store.collection(account, "devices"),
    ) else {
        return Vec::new();
    };
    if boxes.is_empty() {
        return Vec::new();
    }
    let groups = store.collection(account, "groups").unwrap_or_default();
    let realm = store
        .get(GLOBAL, "accounts", account)
        .ok()
        .flatten()
        .and_then(|a| str_of(&a, "realm"))
        .unwrap_or_default();
    // User or device -> (the first box's number, the counts of all their boxes): one pass.
    let mut by_member: HashMap<String, (Option<String>, MessageCounts)> = HashMap::new();
    for b in boxes.values() {
        let Some(owner) = vmbox_members::owner(b) else {
            continue;
        };
        let members = match groups.get(owner) {
            Some(group) => {
                let m = vmbox_members::of_group(group);
                m.users.into_iter().chain(m.devices).collect()
            }
            None => vec![owner.to_string()],
        };
        for member in members {
            let entry = by_member
                .entry(member)
                .or_insert_with(|| (str_of(b, "mailbox"), MessageCounts::default()));
            entry.1 = add(entry.1, counted(b));
        }
    }
    let mut out = Vec::new();
    for (id, device) in devices.iter() {
        let wants = device
            .get("mwi_unsolicited_updates")
            .and_then(lenient::as_bool)
            != Some(false);
        let user = device.pointer("/sip/username").and_then(Value::as_str);
        let owned = str_of(device, "owner_id").and_then(|o| by_member.get(&o));
        let listed = by_member.get(id);
        let (true, Some(user)) = (wants, user) else {
            continue;
        };
        let mailbox = owned.or(listed).and_then(|(m, _)| m.as_deref());
        let counts = [owned, listed]
            .into_iter()
            .flatten()
            .map(|(_, c)| *c)
            .fold(MessageCounts::default(), add);
        if owned.is_none() && listed.is_none() {
            continue;
        }
        let mailbox = mailbox.unwrap_or(user);
        out.push(UnsolicitedMwi {
            device_id: id.clone(),
            message_account: format!("sip:{mailbox}@{realm}"),
            device_uri: format!("sip:{user}@{realm}"),
            counts,
        });
    }
    out
}

pub fn message_counts(
    store: &Store,
    account: &str,
    device_id: &str,
    target: &str,
) -> MessageCounts {
    let Ok(boxes) = store.collection(account, "vmboxes") else {
        return MessageCounts::default();
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
    let groups = store.collection(account, "groups").unwrap_or_default();
    boxes
        .values()
        .filter(|b| {
            let group = vmbox_members::owner(b).and_then(|o| groups.get(o));
            vmbox_members::includes(b, group.map(|g| &**g), owner.as_deref(), device_id)
        })
        .map(|b| counted(b))
        .fold(MessageCounts::default(), add)
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

    #[test]
    fn unsolicited_updates_go_to_owned_devices_that_do_not_refuse_them() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&dir.path().join("t.redb")).unwrap();
        store
            .write(|tx| {
                tx.create(GLOBAL, "accounts", "a", json!({"realm": "office.test"}))?;
                tx.create(
                    "a",
                    "devices",
                    "d1",
                    json!({"owner_id": "u1", "sip": {"username": "6101"}}),
                )?;
                tx.create(
                    "a",
                    "devices",
                    "d2",
                    json!({"owner_id": "u1", "sip": {"username": "6102"},
                    "mwi_unsolicited_updates": false}),
                )?;
                tx.create(
                    "a",
                    "devices",
                    "d3",
                    json!({"owner_id": "u2", "sip": {"username": "6103"}}),
                )?;
                tx.create(
                    "a",
                    "vmboxes",
                    "b1",
                    json!({"mailbox": "700", "owner_id": "u1",
                    "messages": [{"folder": "new"}]}),
                )?;
                Ok(())
            })
            .unwrap();
        assert_eq!(
            unsolicited(&store, "a"),
            [UnsolicitedMwi {
                device_id: "d1".into(),
                message_account: "sip:700@office.test".into(),
                device_uri: "sip:6101@office.test".into(),
                counts: MessageCounts { new: 1, old: 0 },
            }]
        );
    }

    #[test]
    fn a_group_owned_box_lights_every_members_phone() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&dir.path().join("t.redb")).unwrap();
        store
            .write(|tx| {
                tx.create(GLOBAL, "accounts", "a", json!({"realm": "office.test"}))?;
                let phone =
                    |owner: &str, user: &str| json!({"owner_id": owner, "sip": {"username": user}});
                tx.create("a", "devices", "d1", phone("u1", "6101"))?;
                tx.create("a", "devices", "d2", phone("u2", "6102"))?;
                tx.create("a", "devices", "d3", phone("u3", "6103"))?;
                tx.create("a", "devices", "d4", json!({"sip": {"username": "6104"}}))?;
                tx.create(
                    "a",
                    "groups",
                    "g1",
                    json!({"name": "Sales",
                    "endpoints": {"u1": {"type": "user"}, "u2": {"type": "user"},
                                  "d4": {"type": "device"}}}),
                )?;
                tx.create(
                    "a",
                    "vmboxes",
                    "shared",
                    json!({"mailbox": "750", "owner_id": "g1",
                    "messages": [{"folder": "new"}]}),
                )?;
                tx.create(
                    "a",
                    "vmboxes",
                    "own",
                    json!({"mailbox": "701", "owner_id": "u1",
                    "messages": [{"folder": "saved"}]}),
                )?;
                Ok(())
            })
            .unwrap();
        let c = |dev: &str, target: &str| message_counts(&store, "a", dev, target);
        assert_eq!(c("d1", "6101"), MessageCounts { new: 1, old: 1 });
        assert_eq!(c("d2", "6102"), MessageCounts { new: 1, old: 0 });
        assert_eq!(c("d4", "6104"), MessageCounts { new: 1, old: 0 });
        assert_eq!(c("d3", "6103"), MessageCounts::default());
        let mut told: Vec<_> = unsolicited(&store, "a")
            .into_iter()
            .map(|u| (u.device_id, u.counts))
            .collect();
        told.sort_by(|a, b| a.0.cmp(&b.0));
        assert_eq!(
            told,
            [
                ("d1".to_string(), MessageCounts { new: 1, old: 1 }),
                ("d2".to_string(), MessageCounts { new: 1, old: 0 }),
                ("d4".to_string(), MessageCounts { new: 1, old: 0 }),
            ]
        );
    }
}
