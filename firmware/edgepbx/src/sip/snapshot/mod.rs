//! Registrations and calls in progress survive a crash, a `kill -9` or a power cut: the SIP
//! thread copies them out of the engine when they changed, at most once per interval
//! ([`SnapshotScheduler`]), and a writer thread replaces `sip-snapshot.json` atomically. A
//! clean shutdown writes a last one. At start the registrations are restored with what is
//! left of their expiry, and the calls the journal lists are hung up (both sides get a BYE)
//! with their call records.

mod format;
mod writer;

use std::path::Path;

use edgepbx_sip::engine::persist::JournaledCall;
use edgepbx_sip::engine::persist::schedule::SnapshotScheduler;
use edgepbx_sip::engine::{Engine, Now};
use edgepbx_sip::transaction::Transport;
use edgepbx_store::{GLOBAL, Store};

pub use format::Snapshot;
pub use writer::Writer;

pub const FILE: &str = "sip-snapshot.json";
/// What versions before the crash snapshot wrote at a clean shutdown (read once, then removed).
const LEGACY_FILE: &str = "registrations.json";

/// A snapshot file read and decoded; None (and a warning) when it cannot be used at all.
fn read(
    dir: &Path,
    name: &str,
    decode: impl FnOnce(&[u8]) -> Result<format::Decoded, String>,
) -> Option<format::Decoded> {
    let bytes = std::fs::read(dir.join(name))
        .map_err(|e| tracing::warn!(error = %e, "{name} is unreadable; starting without it"))
        .ok()?;
    decode(&bytes)
        .map_err(|why| {
            tracing::warn!("{name} dropped: {why}; starting with no registrations restored")
        })
        .ok()
}

/// The state worth keeping, copied out of the engine (under its lock: no I/O here).
pub fn capture(engine: &Engine, now: Now) -> Snapshot {
    Snapshot {
        now,
        registrations: engine
            .registration_list()
            .into_iter()
            .filter(|(_, b)| b.peer.transport == Transport::Udp && b.expires_at > now.mono)
            .collect(),
        calls: engine.call_journal(),
    }
}

/// Decides, on the SIP thread's timer, when to hand a snapshot to the writer.
pub struct Saver {
    scheduler: SnapshotScheduler,
    writer: Writer,
    /// Off: only the clean shutdown writes (`snapshot_secs = 0`).
    periodic: bool,
}

impl Saver {
    pub fn new(writer: Writer, interval_secs: u64) -> Saver {
        Saver {
            scheduler: SnapshotScheduler::new(interval_secs * 1000),
            writer,
            periodic: interval_secs > 0,
        }
    }

    /// Called with the engine locked; copies the state out only when a write is due.
    pub fn tick(&mut self, engine: &Engine, now: Now) {
        if !self.periodic {
            return;
        }
        if self.writer.take_failed() {
            self.scheduler.failed();
        }
        let version = engine.persist_version();
        if self.scheduler.due(now.mono, version) && self.writer.offer(capture(engine, now)) {
            self.scheduler.wrote(now.mono, version);
        }
    }
}

/// What a start made of the last snapshot.
#[derive(Clone, Debug, Default)]
pub struct Restored {
    /// When the snapshot was written (None: there was none that could be read).
    pub saved_unix: Option<u64>,
    pub registrations: usize,
    /// Calls hung up because the restart cut them.
    pub calls_cut: usize,
    /// Rows left out (damaged, or naming accounts or devices that are gone).
    pub dropped: usize,
}

fn account_exists(store: &Store, account: &str) -> bool {
    matches!(store.get(GLOBAL, "accounts", account), Ok(Some(_)))
}

fn device_exists(store: &Store, account: &str, device: &str) -> bool {
    matches!(store.get(account, "devices", device), Ok(Some(_)))
}

/// Reads the snapshot (if any) into `engine`: registrations of devices that still exist
/// are restored, every journaled call is hung up. The file stays until the next write.
pub fn restore(dir: &Path, store: &Store, engine: &mut Engine, now: Now) -> Restored {
    let (name, decoded) = if dir.join(FILE).exists() {
        (FILE, read(dir, FILE, |b| format::decode(b, now)))
    } else if dir.join(LEGACY_FILE).exists() {
        let d = read(dir, LEGACY_FILE, |b| format::decode_legacy(b, now));
        // Read once: from now on the snapshot replaces it.
        let _ = std::fs::remove_file(dir.join(LEGACY_FILE));
        (LEGACY_FILE, d)
    } else {
        return Restored::default();
    };
    let Some(decoded) = decoded else {
        return Restored::default();
    };
    let mut dropped = decoded.dropped;
    let mut restored = 0;
    for (aor, binding) in decoded.registrations {
        if device_exists(store, &aor.account, &aor.device_id) {
            engine.restore_registration(aor, binding);
            restored += 1;
        } else {
            dropped.push(format!(
                "registration of device {} in account {}: no such device any more",
                aor.device_id, aor.account
            ));
        }
    }
    let (known, gone): (Vec<JournaledCall>, Vec<JournaledCall>) = decoded
        .calls
        .into_iter()
        .partition(|c| account_exists(store, &c.account));
    for c in &gone {
        dropped.push(format!(
            "call record of {} in account {}: no such account any more (its phones still get a BYE)",
            c.a.call_id, c.account
        ));
    }
    engine.end_lost_calls(now, &known, true);
    engine.end_lost_calls(now, &gone, false);
    for why in &dropped {
        tracing::warn!("{name}: dropped {why}");
    }
    Restored {
        saved_unix: Some(decoded.saved_unix),
        registrations: restored,
        calls_cut: known.len() + gone.len(),
        dropped: dropped.len(),
    }
}
