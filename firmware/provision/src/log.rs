//! The bounded tables the server keeps in RAM: phones that asked with an unknown MAC (for
//! the admin to adopt) and each device's last fetches.

use std::collections::{HashMap, VecDeque};

use serde_json::{Value, json};

/// Unknown MACs remembered at most; the oldest go first.
pub const MAX_UNKNOWN: usize = 256;
/// Devices with a fetch log at most, and fetches kept per device.
pub const MAX_DEVICES: usize = 2048;
pub const FETCHES_PER_DEVICE: usize = 16;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fetch {
    pub time: u64,
    pub address: String,
    pub user_agent: String,
    pub file: String,
    pub status: u16,
}

impl Fetch {
    pub fn json(&self) -> Value {
        json!({"time": self.time, "address": self.address, "user_agent": self.user_agent,
               "file": self.file, "status": self.status})
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unknown {
    pub mac: String,
    pub model: Option<String>,
    pub user_agent: String,
    pub address: String,
    pub first_seen: u64,
    pub last_seen: u64,
    pub fetches: u64,
}

#[derive(Debug, Default)]
pub struct Log {
    unknown: VecDeque<Unknown>,
    fetches: HashMap<String, VecDeque<Fetch>>,
    /// Device keys in order of first log entry, to drop the oldest device when full.
    order: VecDeque<String>,
}

impl Log {
    /// Records a fetch for a device (keyed by account and device id).
    pub fn fetched(&mut self, account: &str, device: &str, fetch: Fetch) {
        let key = format!("{account}/{device}");
        if !self.fetches.contains_key(&key) {
            if self.order.len() >= MAX_DEVICES
                && let Some(old) = self.order.pop_front()
            {
                self.fetches.remove(&old);
            }
            self.order.push_back(key.clone());
        }
        let list = self.fetches.entry(key).or_default();
        if list.len() >= FETCHES_PER_DEVICE {
            list.pop_front();
        }
        list.push_back(fetch);
    }

    /// A device's fetches, newest first.
    pub fn device(&self, account: &str, device: &str) -> Vec<Fetch> {
        self.fetches
            .get(&format!("{account}/{device}"))
            .map(|l| l.iter().rev().cloned().collect())
            .unwrap_or_default()
    }

    pub fn unknown_mac(
        &mut self,
        mac: &str,
        model: Option<String>,
        user_agent: &str,
        address: &str,
        now: u64,
    ) {
        if let Some(u) = self.unknown.iter_mut().find(|u| u.mac == mac) {
            u.last_seen = now;
            u.fetches += 1;
            u.address = address.to_string();
            u.user_agent = user_agent.to_string();
            u.model = model.or(u.model.take());
            return;
        }
        if self.unknown.len() >= MAX_UNKNOWN {
            self.unknown.pop_front();
        }
        self.unknown.push_back(Unknown {
            mac: mac.to_string(),
            model,
            user_agent: user_agent.to_string(),
            address: address.to_string(),
            first_seen: now,
            last_seen: now,
            fetches: 1,
        });
    }

    /// What the box remembers of an unknown MAC (12 lowercase hex digits), for adopting it.
    pub fn unknown_entry(&self, mac: &str) -> Option<&Unknown> {
        self.unknown.iter().find(|u| u.mac == mac)
    }

    /// Unknown MACs, most recently seen first (adopted ones are dropped by the caller's
    /// `known` check).
    pub fn unknown(&self, known: impl Fn(&str) -> bool) -> Vec<Value> {
        let mut rows: Vec<&Unknown> = self.unknown.iter().filter(|u| !known(&u.mac)).collect();
        rows.sort_by_key(|u| std::cmp::Reverse(u.last_seen));
        rows.into_iter()
            .map(|u| {
                json!({"mac_address": crate::mac::colon_form(&u.mac), "model": u.model,
                "user_agent": u.user_agent, "address": u.address, "first_seen": u.first_seen,
                "last_seen": u.last_seen, "fetches": u.fetches})
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fetch(t: u64) -> Fetch {
        Fetch {
            time: t,
            address: "10.0.0.2".into(),
            user_agent: "ua".into(),
            file: "f".into(),
            status: 200,
        }
    }

    #[test]
    fn fetches_are_bounded_per_device_and_newest_first() {
        let mut log = Log::default();
        for t in 0..40 {
            log.fetched("a", "d", fetch(t));
        }
        let rows = log.device("a", "d");
        assert_eq!(rows.len(), FETCHES_PER_DEVICE);
        assert_eq!(rows[0].time, 39);
        assert!(log.device("a", "other").is_empty());
    }

    #[test]
    fn unknown_macs_are_bounded_and_counted() {
        let mut log = Log::default();
        for i in 0..(MAX_UNKNOWN + 10) {
            log.unknown_mac(&format!("{i:012x}"), None, "ua", "10.0.0.9", i as u64);
        }
        log.unknown_mac("0000000000ff", Some("T54W".into()), "ua", "10.0.0.9", 9999);
        let rows = log.unknown(|_| false);
        assert_eq!(rows.len(), MAX_UNKNOWN);
        assert_eq!(rows[0]["mac_address"], "00:00:00:00:00:ff");
        assert_eq!(rows[0]["fetches"], 2);
        assert!(
            log.unknown(|m| m == "0000000000ff")
                .iter()
                .all(|r| r["mac_address"] != "00:00:00:00:00:ff")
        );
    }
}
