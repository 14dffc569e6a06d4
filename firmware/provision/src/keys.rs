//! Programmable keys from the device's `provision.feature_keys` (KAZOO's shape: an object
//! from key index, "0"-based, to `{type, value, label?}`). Key 1 of the phone is the line;
//! feature key `n` lands on phone key `n + 2`. Types: `presence` (BLF on a colleague: the
//! value is a user id, whose presence id is used, or a presence id itself), `speed_dial`
//! and `parking` (BLF on a parking slot).

use serde_json::{Value, json};

use crate::Data;
use crate::context::{clean, text};

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

/// The keys, ordered by phone key, at most `max` (the model's programmable keys).
pub fn resolve(device: &Value, account: &str, data: &dyn Data, max: u64) -> Vec<Value> {
    let mut out: Vec<(u64, Value)> = Vec::new();
    let entries: Vec<(u64, &Value)> =
        match device.get("provision").and_then(|p| p.get("feature_keys")) {
            Some(Value::Object(map)) => map
                .iter()
                .filter_map(|(k, v)| Some((k.parse::<u64>().ok()?, v)))
                .collect(),
            Some(Value::Array(list)) => (0u64..).zip(list.iter()).collect(),
            _ => Vec::new(),
        };
    for (index, key) in entries {
        let phone_key = index + 2;
        if phone_key > max.max(2) {
            continue;
        }
        let Some(value) = key.get("value").and_then(Value::as_str).map(clean) else {
            continue;
        };
        if value.is_empty() {
            continue;
        }
        let label = key.get("label").and_then(Value::as_str).map(clean);
        let (kind, value, fallback) = match key.get("type").and_then(Value::as_str) {
            Some("presence") => {
                let (id, name) = presence_of(account, data, &value);
                ("blf", id, name)
            }
            Some("speed_dial") => ("speed_dial", value, None),
            Some("parking") => ("park", value, None),
            _ => continue,
        };
        let label = label.or(fallback).unwrap_or_else(|| value.clone());
        out.push((
            phone_key,
            json!({"index": phone_key, "kind": kind, "value": value, "label": label}),
        ));
    }
    out.sort_by_key(|(k, _)| *k);
    out.into_iter().map(|(_, v)| v).collect()
}
