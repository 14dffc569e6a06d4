//! The phone's programmable keys, from the device's `provision.combo_keys` and
//! `provision.feature_keys` (KAZOO's shapes: an object from key index, "0"-based, to
//! `{type, value}`, where SmartPBX stores `value` as a string, a number (parking slots) or
//! `{value, label}` when a label was typed; `null` or `{"type": "none"}` is an unset key).
//!
//! Combo key `n` is phone key `n + 1` (key 1 included: SmartPBX shows it as the line);
//! feature key `n` is phone key `n + 2` (the keys after the line). A phone key set by both
//! takes the combo key. Types, resolved the way KAZOO's provisioner does:
//! - `line`: a line appearance of account 1 (combo keys only);
//! - `presence`: BLF on a colleague (a user id, whose presence id is used, or a presence id);
//! - `speed_dial`: the number;
//! - `parking`: BLF on parking slot `n`, i.e. on `*3n` (the box lights a parked call there);
//! - `personal_parking`: the slot named after a user's presence id, `*3{presence id}`.
//!
//! Key 1 is the line unless a combo key says otherwise.

use std::collections::BTreeMap;

use serde_json::{Value, json};

use crate::Data;
use crate::context::{clean, text};

/// The park-and-retrieve feature code (`*3{slot}`), as the box's default callflows have it.
const PARK_PREFIX: &str = "*3";

/// A user's presence id and full name; a value that is no user id is taken as a presence id.
fn presence_of(account: &str, data: &dyn Data, value: &str) -> (String, Option<String>) {
    match data.doc(account, "users", value) {
        Some(user) => {
            let name = format!(
                "{} {}",
                text(&user, &["first_name"]).unwrap_or_default(),
                text(&user, &["last_name"]).unwrap_or_default()
            );
            let id = text(&user, &["presence_id"])
                .or_else(|| text(&user, &["caller_id", "internal", "number"]))
                .or_else(|| text(&user, &["username"]))
                .unwrap_or_else(|| value.to_string());
            (id, Some(name.trim().to_string()).filter(|n| !n.is_empty()))
        }
        None => (value.to_string(), None),
    }
}

/// `value` as SmartPBX stores it: a string, a number, or `{value, label}`.
fn value_and_label(key: &Value) -> (Option<String>, Option<String>) {
    let scalar = |v: &Value| match v {
        Value::String(s) => Some(clean(s)),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    };
    let own_label = key.get("label").and_then(Value::as_str).map(clean);
    match key.get("value") {
        Some(Value::Object(inner)) => {
            let label = inner.get("label").and_then(Value::as_str).map(clean);
            (
                inner.get("value").and_then(scalar),
                label.or(own_label).filter(|l| !l.is_empty()),
            )
        }
        Some(v) => (scalar(v), own_label.filter(|l| !l.is_empty())),
        None => (None, own_label.filter(|l| !l.is_empty())),
    }
}

/// One key as the templates read it: `{index, kind, value, label}`, kind `line`, `blf`,
/// `speed_dial` or `park`; None for an unset key or one missing its value.
fn resolve_one(
    key: &Value,
    index: u64,
    combo: bool,
    account: &str,
    data: &dyn Data,
    line_label: &str,
) -> Option<Value> {
    let kind = key.get("type").and_then(Value::as_str)?;
    if kind == "line" && combo {
        return Some(json!({"index": index, "kind": "line", "value": "1", "label": line_label}));
    }
    let (value, label) = value_and_label(key);
    let value = value.filter(|v| !v.is_empty())?;
    let (kind, value, default_label) = match kind {
        "presence" => {
            let (id, name) = presence_of(account, data, &value);
            let shown = name.unwrap_or_else(|| id.clone());
            ("blf", id, shown)
        }
        "speed_dial" => ("speed_dial", value.clone(), value),
        "parking" => (
            "park",
            format!("{PARK_PREFIX}{value}"),
            format!("Park {value}"),
        ),
        "personal_parking" => {
            let (id, name) = presence_of(account, data, &value);
            let shown = format!("Park {}", name.unwrap_or_else(|| id.clone()));
            ("park", format!("{PARK_PREFIX}{id}"), shown)
        }
        _ => return None,
    };
    let label = label.unwrap_or(default_label);
    Some(json!({"index": index, "kind": kind, "value": value, "label": label}))
}

/// The entries of `provision.{field}` with their 0-based index.
fn entries<'a>(device: &'a Value, field: &str) -> Vec<(u64, &'a Value)> {
    match device.get("provision").and_then(|p| p.get(field)) {
        Some(Value::Object(map)) => map
            .iter()
            .filter_map(|(k, v)| Some((k.parse::<u64>().ok()?, v)))
            .collect(),
        Some(Value::Array(list)) => (0u64..).zip(list.iter()).collect(),
        _ => Vec::new(),
    }
}

/// Every phone key from 1 to `max` (the model's keys) that has a function, ordered by key.
pub fn resolve(
    device: &Value,
    account: &str,
    data: &dyn Data,
    max: u64,
    line_label: &str,
) -> Vec<Value> {
    let max = max.max(1);
    let mut keys: BTreeMap<u64, Value> = BTreeMap::new();
    keys.insert(
        1,
        json!({"index": 1, "kind": "line", "value": "1", "label": line_label}),
    );
    for (field, first_key, combo) in [("feature_keys", 2, false), ("combo_keys", 1, true)] {
        for (n, key) in entries(device, field) {
            let index = n.saturating_add(first_key);
            if index > max {
                continue;
            }
            // A combo key set to nothing (null, "none") clears the key, the line included.
            match resolve_one(key, index, combo, account, data, line_label) {
                Some(k) => {
                    keys.insert(index, k);
                }
                None if combo => {
                    keys.remove(&index);
                }
                None => {}
            }
        }
    }
    keys.into_values().collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Arc;

    struct Users;
    impl Data for Users {
        fn device_by_mac(&self, _: &str) -> Option<(String, String, Arc<Value>)> {
            None
        }
        fn account(&self, _: &str) -> Option<Arc<Value>> {
            None
        }
        fn doc(&self, _: &str, kind: &str, id: &str) -> Option<Arc<Value>> {
            (kind == "users" && id == "u2").then(|| {
                Arc::new(json!({"first_name": "Bob", "last_name": "Ray", "presence_id": "102"}))
            })
        }
        fn users(&self, _: &str) -> Vec<Arc<Value>> {
            Vec::new()
        }
        fn directories(&self, _: &str) -> Vec<(String, Arc<Value>)> {
            Vec::new()
        }
    }

    fn keys(provision: Value, max: u64) -> Vec<(u64, String, String, String)> {
        resolve(&json!({"provision": provision}), "a", &Users, max, "Ann")
            .iter()
            .map(|k| {
                (
                    k["index"].as_u64().unwrap(),
                    k["kind"].as_str().unwrap().to_string(),
                    k["value"].as_str().unwrap().to_string(),
                    k["label"].as_str().unwrap().to_string(),
                )
            })
            .collect()
    }

    fn k(i: u64, kind: &str, value: &str, label: &str) -> (u64, String, String, String) {
        (i, kind.into(), value.into(), label.into())
    }

    #[test]
    fn smartpbx_combo_keys_in_all_their_shapes() {
        // As SmartPBX saves them: a label makes `value` an object; parking slots are numbers.
        let got = keys(
            json!({"combo_keys": {
                "0": {"type": "line"},
                "1": {"type": "presence", "value": "u2"},
                "2": {"type": "presence", "value": {"value": "u2", "label": "Boss"}},
                "3": {"type": "parking", "value": 3},
                "4": {"type": "personal_parking", "value": "u2"},
                "5": {"type": "speed_dial", "value": {"value": "5551234", "label": "Shop"}},
                "6": {"type": "line"},
                "7": null,
                "8": {"type": "none"},
                "9": {"type": "parking", "value": {"value": 4, "label": "Dock"}}}}),
            10,
        );
        assert_eq!(
            got,
            vec![
                k(1, "line", "1", "Ann"),
                k(2, "blf", "102", "Bob Ray"),
                k(3, "blf", "102", "Boss"),
                k(4, "park", "*33", "Park 3"),
                k(5, "park", "*3102", "Park Bob Ray"),
                k(6, "speed_dial", "5551234", "Shop"),
                k(7, "line", "1", "Ann"),
                k(10, "park", "*34", "Dock"),
            ]
        );
    }

    #[test]
    fn combo_keys_win_over_feature_keys_and_the_model_bounds_both() {
        let got = keys(
            json!({
                "feature_keys": {"0": {"type": "speed_dial", "value": "200"},
                                 "1": {"type": "speed_dial", "value": "201"},
                                 "5": {"type": "speed_dial", "value": "205"}},
                "combo_keys": {"2": {"type": "presence", "value": "103"}}}),
            4,
        );
        assert_eq!(
            got,
            vec![
                k(1, "line", "1", "Ann"),
                k(2, "speed_dial", "200", "200"),
                k(3, "blf", "103", "103"),
            ]
        );
        // A combo key 1 set to another function replaces the line; "none" clears it.
        let got = keys(
            json!({"combo_keys": {"0": {"type": "speed_dial", "value": "9"}}}),
            2,
        );
        assert_eq!(got, vec![k(1, "speed_dial", "9", "9")]);
        assert!(keys(json!({"combo_keys": {"0": {"type": "none"}}}), 2).is_empty());
    }

    #[test]
    fn keys_without_a_usable_value_are_left_out() {
        let got = keys(
            json!({"combo_keys": {"1": {"type": "presence"}, "2": {"type": "speed_dial", "value": ""},
                                  "3": {"type": "parking", "value": [1]}, "x": {"type": "line"},
                                  "4": {"type": "teleport", "value": "1"}},
                   "feature_keys": {"0": {"type": "line"}}}),
            10,
        );
        assert_eq!(got, vec![k(1, "line", "1", "Ann")]);
    }
}
