//! The subscriptions the box serves, by dialog, with the NOTIFYs in flight.

use std::collections::HashMap;

use super::super::MessageCounts;
use super::super::dialog::Dialog;
use super::body::{Package, Watched};
use crate::transaction::{Millis, TxId};

/// Most subscriptions the box keeps, and per phone (a desk phone with two expansion
/// modules watches about a hundred keys).
pub const MAX_SUBSCRIPTIONS: usize = 4096;
pub const MAX_PER_DEVICE: usize = 200;

/// (Call-ID, our tag): how requests inside a subscription's dialog find it.
pub type SubKey = (String, String);

pub struct Subscription {
    pub account: String,
    /// The subscriber's device (for the per-phone limit).
    pub device_id: String,
    /// What is watched: the Request-URI's user part.
    pub presence_id: String,
    /// `sip:{presence_id}@{host}`, the bodies' entity.
    pub entity: String,
    pub package: Package,
    /// The Event header's `id` parameter, echoed in every NOTIFY.
    pub event_id: Option<String>,
    pub dialog: Dialog,
    pub expires_at: Millis,
    /// Version of the last body sent (dialog-info counts them).
    pub version: u32,
    /// What the subscriber was last told; None before the first NOTIFY.
    pub shown: Option<Watched>,
    /// A NOTIFY still waiting for its answer: the next waits for it, so they arrive in order.
    pub notifying: Option<TxId>,
}

#[derive(Default)]
pub struct Subscriptions {
    pub by_dialog: HashMap<SubKey, Subscription>,
    pub notifies: HashMap<TxId, SubKey>,
    /// What each registered (account, device) was last told without subscribing.
    pub unsolicited: HashMap<(String, String), MessageCounts>,
}

impl Subscriptions {
    pub fn is_empty(&self) -> bool {
        self.by_dialog.is_empty()
    }

    /// Whether one more subscription from `device_id` fits.
    pub fn has_room_for(&self, account: &str, device_id: &str) -> bool {
        let mine = self
            .by_dialog
            .values()
            .filter(|s| s.device_id == device_id && s.account == account)
            .count();
        self.by_dialog.len() < MAX_SUBSCRIPTIONS && mine < MAX_PER_DEVICE
    }

    pub fn remove(&mut self, key: &SubKey) -> Option<Subscription> {
        let sub = self.by_dialog.remove(key)?;
        if let Some(tx) = sub.notifying {
            self.notifies.remove(&tx);
        }
        Some(sub)
    }

    /// The subscriptions past their expiry.
    pub fn expired(&self, now: Millis) -> Vec<SubKey> {
        self.by_dialog
            .iter()
            .filter(|(_, s)| s.expires_at <= now)
            .map(|(k, _)| k.clone())
            .collect()
    }

    /// The subscriptions carried by a stream connection that closed.
    pub fn on_connection(&self, conn: u64) -> Vec<SubKey> {
        self.by_dialog
            .iter()
            .filter(|(_, s)| s.dialog.peer.conn == conn && s.dialog.peer.transport.is_reliable())
            .map(|(k, _)| k.clone())
            .collect()
    }
}
