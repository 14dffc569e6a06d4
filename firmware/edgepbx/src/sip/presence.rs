//! What an account's busy lamp field keys watch, read from the store for the engine.
//!
//! A presence id covers a device by the device's SIP user name, its `presence_id`, or its
//! owner's `presence_id` (SmartPBX sets a user's to the extension, so a key on "1001"
//! lights for every phone of the user at 1001). `manual_presence` documents set a state by
//! hand; a parked call lights `*3{slot}` (the default park feature code) as ringing, as
//! KAZOO's `default_presence_type` (early) does.

use std::collections::HashMap;

use edgepbx_callflow::flow::Data;
use edgepbx_sip::engine::{LineState, PresenceSources};
use edgepbx_store::Store;
use serde_json::Value;

/// A document's presence id without its realm: KAZOO writes `1001` or `1001@realm`, and
/// phones subscribe to the user part in the account's own realm.
fn presence_id_of(doc: &Value) -> Option<&str> {
    doc.get("presence_id")
        .and_then(Value::as_str)
        .map(|s| s.split('@').next().unwrap_or("").trim())
        .filter(|s| !s.is_empty())
}

/// A `manual_presence` status (KAZOO: idle, ringing, busy).
fn manual_state(status: &str) -> Option<LineState> {
    match status {
        "idle" => Some(LineState::Idle),
        "ringing" | "early" => Some(LineState::Ringing),
        "busy" | "confirmed" => Some(LineState::Busy),
        _ => None,
    }
}

pub fn presence_sources(store: &Store, data: &dyn Data, account: &str) -> PresenceSources {
    let mut sources = PresenceSources::default();
    let users = store.collection(account, "users").ok();
    let user_presence: HashMap<&str, &str> = users
        .iter()
        .flat_map(|c| c.iter())
        .filter_map(|(id, u)| Some((id.as_str(), presence_id_of(u)?)))
        .collect();
    if let Ok(devices) = store.collection(account, "devices") {
        for (id, device) in devices.iter() {
            let username = device
                .pointer("/sip/username")
                .and_then(Value::as_str)
                .filter(|s| !s.is_empty());
            let owner = device
                .get("owner_id")
                .and_then(Value::as_str)
                .and_then(|o| user_presence.get(o).copied());
            let mut ids: Vec<&str> = [username, presence_id_of(device), owner]
                .into_iter()
                .flatten()
                .collect();
            ids.dedup();
            for presence_id in ids {
                sources
                    .devices
                    .entry(presence_id.to_string())
                    .or_default()
                    .push(id.clone());
            }
        }
    }
    if let Ok(manual) = store.collection(account, "presence") {
        for (_, doc) in manual.iter() {
            let status = doc.get("status").and_then(Value::as_str).unwrap_or("idle");
            if let (Some(id), Some(state)) = (presence_id_of(doc), manual_state(status)) {
                sources.states.insert(id.to_string(), state);
            }
        }
    }
    for (slot, _) in data.parked(account) {
        let line = sources.states.entry(format!("*3{slot}")).or_default();
        *line = (*line).max(LineState::Ringing);
    }
    sources
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn manual_statuses_map_to_lamp_states() {
        assert_eq!(manual_state("busy"), Some(LineState::Busy));
        assert_eq!(manual_state("ringing"), Some(LineState::Ringing));
        assert_eq!(manual_state("idle"), Some(LineState::Idle));
        assert_eq!(manual_state("purple"), None);
    }
}
