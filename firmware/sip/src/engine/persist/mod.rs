//! What the box keeps across a crash, power cut or restart: the registrations (in the
//! registrar) and a journal of the calls in progress, so that a restarted box can hang up
//! both sides of each call it lost and write its call record. This module decides what goes
//! into the journal and what to do with it after a restart; the runtime stores it.

mod lost;
pub mod schedule;

use std::hash::{Hash, Hasher};
use std::net::SocketAddr;

use super::Caller;

/// The hangup cause of the call records of calls a restart cut.
pub const RESTART_CAUSE: &str = "SYSTEM_RESTART";

/// How far past the journaled CSeq a restarted box numbers its BYE: in-dialog requests
/// sent after the last journal write (re-INVITEs) used numbers the journal does not know.
pub const CSEQ_MARGIN: u32 = 100;

/// One side of a journaled call: what a BYE inside its dialog needs (UDP only: stream
/// connections do not survive a restart).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct SavedDialog {
    pub call_id: String,
    pub local_tag: String,
    pub remote_tag: Option<String>,
    pub local_uri: String,
    pub remote_uri: String,
    pub remote_target: String,
    /// Where its requests go (the peer's source address).
    pub peer: SocketAddr,
    pub local_cseq: u32,
    /// The peer is a provider's gateway: the BYE after a restart shows the box's outside
    /// address, as the dialog did.
    pub outside: bool,
}

/// A call in progress, as the journal keeps it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct JournaledCall {
    pub account: String,
    pub caller: Caller,
    pub number: String,
    pub realm: String,
    /// The side that stays (the caller, or whoever took its place in a transfer).
    pub a: SavedDialog,
    /// The other side and the device (or trunk URI) it is, when one answered.
    pub b: Option<(SavedDialog, String)>,
    pub created_unix: u64,
    pub ringing_unix: Option<u64>,
    pub answered_unix: Option<u64>,
}

impl super::Engine {
    /// The calls a restart would cut: answered calls whose sides can be reached after one.
    pub fn call_journal(&self) -> Vec<JournaledCall> {
        self.calls.values().filter_map(|c| c.journal()).collect()
    }

    /// Changes whenever a registration is added, removed, moved or re-timed.
    pub fn registrations_version(&self) -> u64 {
        self.registrar.version()
    }

    /// Changes whenever a registration is refreshed on its phone's usual schedule.
    pub fn registration_refreshes(&self) -> u64 {
        self.registrar.refreshes()
    }

    /// Changes whenever what the journal holds changes (a call answered or ended, a side
    /// replaced), not with every event of a call.
    pub fn journal_version(&self) -> u64 {
        self.calls
            .values()
            .filter_map(|c| c.journal_key())
            .map(|key| {
                let mut h = std::collections::hash_map::DefaultHasher::new();
                key.hash(&mut h);
                h.finish()
            })
            // Order-free: the call table's iteration order is not stable.
            .fold(0u64, u64::wrapping_add)
    }
}
