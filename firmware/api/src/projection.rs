//! List rows: the summary KAZOO's `crossbar_listing` views return for each kind.

use serde_json::{Map, Value, json};

use crate::LiveState;

fn pick(doc: &Value, id: &str, keys: &[&str]) -> Map<String, Value> {
    let mut row = Map::new();
    row.insert("id".into(), json!(id));
    for k in keys {
        if let Some(v) = doc.get(*k) {
            row.insert((*k).into(), v.clone());
        }
    }
    row
}

fn enabled(doc: &Value, path: &[&str]) -> bool {
    let mut v = doc;
    for p in path {
        match v.get(p) {
            Some(next) => v = next,
            None => return false,
        }
    }
    v.as_bool() == Some(true)
}

/// The derived `features` list of a user row (the Users tab needs it to be an array).
fn user_features(doc: &Value) -> Vec<String> {
    let mut f = Vec::new();
    if let Some(Value::Object(smartpbx)) = doc.get("smartpbx") {
        for (name, cfg) in smartpbx {
            if cfg.get("enabled").and_then(Value::as_bool) == Some(true) {
                f.push(name.clone());
            }
        }
    }
    let checks: [(&str, bool); 6] = [
        ("hotdesk", enabled(doc, &["hotdesk", "enabled"])),
        ("call_forward", enabled(doc, &["call_forward", "enabled"])),
        (
            "caller_id",
            doc.pointer("/caller_id/external/number")
                .and_then(Value::as_str)
                .is_some_and(|s| !s.is_empty()),
        ),
        ("vm_to_email", enabled(doc, &["vm_to_email_enabled"])),
        (
            "music_on_hold",
            doc.pointer("/music_on_hold/media_id").is_some(),
        ),
        (
            "do_not_disturb",
            enabled(doc, &["do_not_disturb", "enabled"]),
        ),
    ];
    for (name, on) in checks {
        if on && !f.iter().any(|x| x == name) {
            f.push(name.into());
        }
    }
    f
}

/// Modules used anywhere in a flow tree, depth first.
fn modules(node: &Value, out: &mut Vec<Value>, depth: usize) {
    if depth > 64 {
        return;
    }
    if let Some(m) = node.get("module") {
        out.push(m.clone());
    }
    if let Some(Value::Object(children)) = node.get("children") {
        for child in children.values() {
            modules(child, out, depth + 1);
        }
    }
}

pub fn row(
    kind: &str,
    id: &str,
    doc: &Value,
    account: &str,
    live: &dyn LiveState,
    with_status: bool,
) -> Value {
    let row = match kind {
        "users" => {
            let mut r = pick(
                doc,
                id,
                &[
                    "username",
                    "email",
                    "priv_level",
                    "presence_id",
                    "timezone",
                    "flags",
                    "call_recording",
                    "service",
                ],
            );
            for name in ["first_name", "last_name"] {
                r.insert(
                    name.into(),
                    json!(doc.get(name).and_then(Value::as_str).unwrap_or("")),
                );
            }
            r.insert("features".into(), json!(user_features(doc)));
            r
        }
        "devices" => {
            let mut r = pick(
                doc,
                id,
                &[
                    "name",
                    "owner_id",
                    "mac_address",
                    "mobile",
                    "flags",
                    "enabled",
                ],
            );
            r.insert(
                "device_type".into(),
                doc.get("device_type")
                    .cloned()
                    .unwrap_or(json!("sip_device")),
            );
            r.insert(
                "enabled".into(),
                doc.get("enabled").cloned().unwrap_or(json!(true)),
            );
            if let Some(u) = doc.pointer("/sip/username") {
                r.insert("username".into(), u.clone());
            }
            if with_status {
                let registrable = !matches!(
                    doc.get("device_type").and_then(Value::as_str),
                    Some("cellphone" | "smartphone" | "landline" | "mobile")
                );
                r.insert("registrable".into(), json!(registrable));
                r.insert(
                    "registered".into(),
                    json!(registrable && live.registered(account, id)),
                );
            }
            r
        }
        "callflows" => {
            let mut r = pick(
                doc,
                id,
                &[
                    "name",
                    "type",
                    "owner_id",
                    "group_id",
                    "flags",
                    "ui_is_main_number_cf",
                ],
            );
            r.insert(
                "numbers".into(),
                doc.get("numbers").cloned().unwrap_or(json!([])),
            );
            r.insert(
                "patterns".into(),
                doc.get("patterns").cloned().unwrap_or(json!([])),
            );
            r.insert(
                "featurecode".into(),
                doc.get("featurecode").cloned().unwrap_or(json!(false)),
            );
            let mut m = Vec::new();
            if let Some(flow) = doc.get("flow") {
                modules(flow, &mut m, 0);
            }
            r.insert("modules".into(), Value::Array(m));
            r
        }
        "vmboxes" => {
            let mut r = pick(doc, id, &["name", "mailbox", "owner_id", "type"]);
            // What the Monster UI shows as the box's message count: new and saved.
            r.insert("messages".into(), json!(edgepbx_store::vmbox::kept(doc)));
            let usage = edgepbx_store::vm_storage::Usage::of_box(doc);
            r.insert("usage".into(), usage.to_json());
            r
        }
        "groups" => {
            let mut r = pick(doc, id, &["name", "music_on_hold"]);
            let count = doc
                .get("endpoints")
                .and_then(Value::as_object)
                .map_or(0, |e| e.len());
            r.insert("endpoints".into(), json!(count));
            r.insert(
                "features".into(),
                doc.get("features").cloned().unwrap_or(json!([])),
            );
            r
        }
        "media" => pick(
            doc,
            id,
            &[
                "name",
                "media_source",
                "language",
                "is_prompt",
                "prompt_id",
                "content_type",
                "description",
            ],
        ),
        "conferences" => pick(
            doc,
            id,
            &[
                "name",
                "owner_id",
                "conference_numbers",
                "member",
                "moderator",
            ],
        ),
        "faxboxes" => pick(doc, id, &["name", "owner_id", "caller_name", "caller_id"]),
        "resources" => pick(
            doc,
            id,
            &["name", "enabled", "weight_cost", "emergency", "flags"],
        ),
        "temporal_rules_sets" => pick(doc, id, &["name", "type", "temporal_rules"]),
        _ => pick(doc, id, &["name", "type"]),
    };
    Value::Object(row)
}
