//! The voicemail messages API against the real binary: listing with folders, moving and
//! deleting one or many, the count in the box list, bad input, a plain user's reach, the
//! stored messages surviving a box edit, and the purge of old deleted messages.

mod common;

use common::{Client, Pbx, id_of};
use serde_json::{Value, json};

const DAY: u64 = 86_400;
const GREGORIAN_OFFSET: u64 = 62_167_219_200;

fn now_gregorian() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs()
        + GREGORIAN_OFFSET
}

/// A box with three new messages, one saved, and junk entries that are not messages.
fn a_box(admin: &Client, owner: Option<&str>) -> String {
    let mut doc = json!({"name": "Sales", "mailbox": "700", "messages": [
        {"media_id": "202701-a1", "folder": "new", "caller_id_number": "6101"},
        {"media_id": "202701-a2", "caller_id_number": "6102"},
        {"media_id": "202701-a3", "folder": "new"},
        {"media_id": "202701-s1", "folder": "saved"},
        42, "junk"
    ]});
    if let Some(o) = owner {
        doc["owner_id"] = json!(o);
    }
    let r = admin.put(&admin.url("vmboxes"), doc);
    assert_eq!(r.status, 201, "{}", r.text());
    id_of(&r)
}

fn ids(v: &Value) -> Vec<String> {
    v.as_array()
        .unwrap()
        .iter()
        .map(|m| m["media_id"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn messages_are_listed_moved_and_deleted_in_kazoo_shapes() {
    let pbx = Pbx::start();
    let admin = pbx.admin();
    let vmbox = a_box(&admin, None);
    let url = |rest: &str| admin.url(&format!("vmboxes/{vmbox}/messages{rest}"));

    let all = admin.get(&url(""));
    assert_eq!(all.status, 200, "{}", all.text());
    assert_eq!(
        ids(&all.data()),
        ["202701-a1", "202701-a2", "202701-a3", "202701-s1"]
    );
    assert_eq!(all.data()[1]["folder"], "new", "no folder means new");
    assert_eq!(ids(&admin.get(&url("?folder=saved")).data()), ["202701-s1"]);
    assert_eq!(
        ids(&admin.get(&url("?filter_not_folder=new")).data()),
        ["202701-s1"]
    );
    let one = admin.get(&url("/202701-a1"));
    assert_eq!(one.data()["caller_id_number"], "6101");
    assert_eq!(admin.get(&url("/202701-zz")).status, 404);

    // The box list shows the count the UI reads (new and saved).
    let row = |admin: &Client| {
        admin.get(&admin.url("vmboxes")).data().as_array().unwrap()[0]["messages"].clone()
    };
    assert_eq!(row(&admin), 4);

    // One message to saved, then a bulk move with an id the box does not have.
    let r = admin.post(&url("/202701-a1"), json!({"folder": "saved"}));
    assert_eq!(r.status, 200, "{}", r.text());
    assert_eq!(r.data()["folder"], "saved");
    let r = admin.post(
        &url(""),
        json!({"messages": ["202701-a2", "202701-nope"], "folder": "saved"}),
    );
    assert_eq!(r.status, 200, "{}", r.text());
    assert_eq!(r.data()["succeeded"], json!(["202701-a2"]));
    assert_eq!(r.data()["failed"], json!([{"202701-nope": "not found"}]));
    assert_eq!(ids(&admin.get(&url("?folder=new")).data()), ["202701-a3"]);

    // DELETE moves to deleted (kept for the retention), and the count drops.
    assert_eq!(admin.delete(&url("/202701-a3")).status, 200);
    assert_eq!(
        ids(&admin.get(&url("?folder=deleted")).data()),
        ["202701-a3"]
    );
    assert_eq!(row(&admin), 3);
    // Bulk delete of a folder, then a hard delete removes the message itself.
    let r = admin.delete(&url("?folder=saved"));
    assert_eq!(
        r.data()["succeeded"].as_array().unwrap().len(),
        3,
        "{}",
        r.text()
    );
    assert_eq!(row(&admin), 0);
    let r = admin.send_data(
        "DELETE",
        &url("?hard=true"),
        json!({"messages": ["202701-a1"]}),
    );
    assert_eq!(r.data()["succeeded"], json!(["202701-a1"]), "{}", r.text());
    assert_eq!(
        ids(&admin.get(&url("")).data()),
        ["202701-a2", "202701-a3", "202701-s1"]
    );
    // The entries that are not messages were left alone.
    let stored = admin.get(&admin.url(&format!("vmboxes/{vmbox}")));
    assert_eq!(stored.data()["messages"].as_array().unwrap().len(), 5);
}

#[test]
fn bad_input_names_the_field() {
    let pbx = Pbx::start();
    let admin = pbx.admin();
    let vmbox = a_box(&admin, None);
    let url = |rest: &str| admin.url(&format!("vmboxes/{vmbox}/messages{rest}"));
    let field_error = |r: common::Resp, field: &str| {
        assert_eq!(r.status, 400, "{}", r.text());
        assert!(r.json()["data"].get(field).is_some(), "{}", r.text());
    };
    field_error(
        admin.post(&url("/202701-a1"), json!({"folder": "trash"})),
        "folder",
    );
    field_error(
        admin.post(&url("/202701-a1"), json!({"folder": 3})),
        "folder",
    );
    field_error(admin.post(&url("/202701-a1"), json!({})), "folder");
    field_error(
        admin.post(
            &url(""),
            json!({"messages": "202701-a1", "folder": "saved"}),
        ),
        "messages",
    );
    field_error(admin.post(&url(""), json!({"folder": "saved"})), "messages");
    field_error(admin.get(&url("?folder=trash")), "folder");
    field_error(admin.delete(&url("?folder=trash")), "folder");
    // A DELETE whose body is not JSON deletes nothing.
    let r = admin.request(
        "DELETE",
        &url(""),
        &[("Content-Type", "application/json")],
        Some(b"{not json"),
    );
    assert_eq!(r.status, 400, "{}", r.text());
    assert!(
        admin
            .get(&url("?folder=deleted"))
            .data()
            .as_array()
            .unwrap()
            .is_empty()
    );
    assert_eq!(
        admin
            .get(&admin.url("vmboxes/0123456789abcdef0123456789abcdef/messages"))
            .status,
        404
    );
    assert_eq!(
        admin.request("PUT", &url("/202701-a1"), &[], None).status,
        405
    );
}

#[test]
fn a_plain_user_reaches_only_their_own_boxes() {
    let pbx = Pbx::start();
    let admin = pbx.admin();
    let user = pbx.user_client(&admin, "carol", "user");
    let carol = admin.get(&format!("{}?filter_username=carol", admin.url("users")));
    let carol_id = carol.data()[0]["id"].as_str().unwrap().to_string();
    let hers = a_box(&admin, Some(&carol_id));
    let r = admin.put(
        &admin.url("vmboxes"),
        json!({"name": "Other", "mailbox": "701"}),
    );
    let other = id_of(&r);

    let r = user.get(&user.url(&format!("vmboxes/{hers}/messages")));
    assert_eq!(r.status, 200, "{}", r.text());
    assert_eq!(r.data().as_array().unwrap().len(), 4);
    let r = user.post(
        &user.url(&format!("vmboxes/{hers}/messages/202701-a1")),
        json!({"folder": "saved"}),
    );
    assert_eq!(r.status, 200, "{}", r.text());
    for r in [
        user.get(&user.url(&format!("vmboxes/{other}/messages"))),
        user.delete(&user.url(&format!("vmboxes/{other}/messages"))),
        user.get(&user.url(&format!("vmboxes/{other}/messages/202701-a1/raw"))),
    ] {
        assert_eq!(r.status, 404, "{}", r.text());
    }
}

#[test]
fn editing_the_box_keeps_its_stored_messages() {
    let pbx = Pbx::start();
    let admin = pbx.admin();
    let vmbox = a_box(&admin, None);
    // A client that read the box before a message was moved sends its stale copy back.
    let stale = admin.get(&admin.url(&format!("vmboxes/{vmbox}"))).data();
    admin.post(
        &admin.url(&format!("vmboxes/{vmbox}/messages/202701-a1")),
        json!({"folder": "saved"}),
    );
    let mut edited = stale.clone();
    edited["name"] = json!("Sales team");
    edited["messages"] = json!([]);
    edited.as_object_mut().unwrap().remove("_rev");
    let r = admin.post(&admin.url(&format!("vmboxes/{vmbox}")), edited);
    assert_eq!(r.status, 200, "{}", r.text());
    assert_eq!(r.data()["name"], "Sales team");
    assert_eq!(r.data()["messages"].as_array().unwrap().len(), 6);
    assert_eq!(r.data()["messages"][0]["folder"], "saved");
}

#[test]
fn deleted_messages_are_purged_after_the_retention() {
    let data = tempfile::tempdir().unwrap();
    let pbx = Pbx::start_with(data.path(), &[]);
    let admin = pbx.admin();
    let now = now_gregorian();
    let r = admin.put(
        &admin.url("vmboxes"),
        json!({"name": "Old", "mailbox": "702", "messages": [
            {"media_id": "202601-old", "folder": "deleted", "deleted_at": now - 31 * DAY},
            {"media_id": "202601-recent", "folder": "deleted", "deleted_at": now - 29 * DAY},
            {"media_id": "202601-kept", "folder": "saved", "timestamp": now - 400 * DAY}
        ]}),
    );
    let vmbox = id_of(&r);
    assert!(pbx.stop());
    // The purge runs at start (and hourly after).
    let pbx = Pbx::start_with(data.path(), &[]);
    let admin = pbx.admin();
    let url = admin.url(&format!("vmboxes/{vmbox}/messages"));
    let mut left = Vec::new();
    for _ in 0..50 {
        left = ids(&admin.get(&url).data());
        if left.len() == 2 {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    assert_eq!(left, ["202601-recent", "202601-kept"]);
}

#[test]
fn messages_are_moved_or_copied_to_other_boxes() {
    let pbx = Pbx::start();
    let admin = pbx.admin();
    let from = a_box(&admin, None);
    let other = |n: &str| {
        let r = admin.put(
            &admin.url("vmboxes"),
            json!({"name": n, "mailbox": n, "messages": [{"media_id": "202701-o1", "folder": "saved"}]}),
        );
        id_of(&r)
    };
    let (to1, to2) = (other("801"), other("802"));
    let url = |b: &str| admin.url(&format!("vmboxes/{b}/messages"));

    let r = admin.post(
        &url(&from),
        json!({"messages": ["202701-s1", "202701-zz"], "source_id": to1}),
    );
    assert_eq!(r.status, 200, "{}", r.text());
    assert_eq!(r.data()["succeeded"], json!(["202701-s1"]));
    assert_eq!(r.data()["failed"], json!([{"202701-zz": "not found"}]));
    assert!(!ids(&admin.get(&url(&from)).data()).contains(&"202701-s1".to_string()));
    let moved = admin.get(&format!("{}?folder=new", url(&to1)));
    assert_eq!(ids(&moved.data()), ["202701-s1"], "arrives as new");

    let r = admin.post(
        &url(&from),
        json!({"messages": ["202701-a1"], "source_id": [to1, to2]}),
    );
    assert_eq!(r.data()["succeeded"], json!(["202701-a1"]), "{}", r.text());
    assert!(ids(&admin.get(&url(&from)).data()).contains(&"202701-a1".to_string()));
    for b in [&to1, &to2] {
        let copies = ids(&admin.get(&url(b)).data());
        assert_eq!(copies.len(), if b == &to1 { 3 } else { 2 }, "{copies:?}");
        assert!(
            !copies.contains(&"202701-a1".to_string()),
            "a copy has its own id"
        );
    }

    for (bad, field) in [
        (
            json!({"messages": ["202701-a2"], "source_id": 5}),
            "source_id",
        ),
        (
            json!({"messages": ["202701-a2"], "source_id": []}),
            "source_id",
        ),
        (
            json!({"messages": ["202701-a2"], "source_id": from}),
            "source_id",
        ),
    ] {
        let r = admin.post(&url(&from), bad);
        assert_eq!(r.status, 400, "{}", r.text());
        assert!(r.json()["data"].get(field).is_some(), "{}", r.text());
    }
    let r = admin.post(
        &url(&from),
        json!({"messages": ["202701-a2"], "source_id": "0123456789abcdef0123456789abcdef"}),
    );
    assert_eq!(r.status, 404, "{}", r.text());
}
