//! Registrations and calls in progress survive a crash, a `kill -9` or a power cut. Two small
//! files in the data directory: `sip-registrations.json` (the UDP bindings) and
//! `sip-calls.json` (the journal of answered calls). The SIP thread copies a part out of the
//! engine when it changed, at most once per interval each ([`SnapshotScheduler`]), and a writer
//! thread replaces its file atomically; a clean shutdown writes both. At start the
//! registrations come back with what is left of their expiry, and the calls the journal lists
//! are hung up (both sides get a BYE) with their call records.

mod calls;
mod document;
mod registrations;
pub mod writer;

use std::path::Path;

use edgepbx_sip::engine::persist::JournaledCall;
use edgepbx_sip::engine::persist::schedule::SnapshotScheduler;
use edgepbx_sip::engine::registrar::{Aor, Binding};
use edgepbx_sip::engine::{Engine, Now};
use edgepbx_sip::transaction::Transport;
use edgepbx_store::{GLOBAL, Store};

pub use writer::Writer;

/// The two parts kept, each in a file of its own (a call starting or ending does not rewrite
/// a thousand registrations).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Registrations = 0,
    Calls = 1,
}

impl Kind {
    pub const ALL: [Kind; 2] = [Kind::Registrations, Kind::Calls];

    pub fn file(self) -> &'static str {
        match self {
            Kind::Registrations => registrations::FILE,
            Kind::Calls => calls::FILE,
        }
    }
}

enum Part {
    Registrations(Vec<(Aor, Binding)>),
    Calls(Vec<JournaledCall>),
}

/// One part, copied out of the engine (under its lock) to be written (outside it).
pub struct Snapshot {
    now: Now,
    part: Part,
}

impl Snapshot {
    pub fn kind(&self) -> Kind {
        match self.part {
            Part::Registrations(_) => Kind::Registrations,
            Part::Calls(_) => Kind::Calls,
        }
    }

    pub fn now(&self) -> Now {
        self.now
    }

    pub fn encode(&self) -> Vec<u8> {
        match &self.part {
            Part::Registrations(b) => registrations::encode(b, self.now),
            Part::Calls(c) => calls::encode(c, self.now.unix),
        }
    }
}

/// A part of the engine's state, copied (no I/O: called under the engine's lock).
pub fn capture(engine: &Engine, now: Now, kind: Kind) -> Snapshot {
    let part = match kind {
        Kind::Registrations => Part::Registrations(
            engine
                .registration_list()
                .into_iter()
                .filter(|(_, b)| b.peer.transport == Transport::Udp && b.expires_at > now.mono)
                .collect(),
        ),
        Kind::Calls => Part::Calls(engine.call_journal()),
    };
    Snapshot { now, part }
}

/// The (changes, refreshes) versions of a part.
fn versions(engine: &Engine, kind: Kind) -> (u64, u64) {
    match kind {
        Kind::Registrations => (
            engine.registrations_version(),
            engine.registration_refreshes(),
        ),
        Kind::Calls => (engine.journal_version(), 0),
    }
}

/// Refreshes on schedule are written this many intervals apart at most (a minute by default).
const REFRESH_INTERVALS: u64 = 12;

/// Decides, on the SIP thread's timer, when to hand a part to the writer.
pub struct Saver {
    schedulers: [SnapshotScheduler; 2],
    writer: Writer,
    /// Off: only the clean shutdown writes (`snapshot_secs = 0`).
    periodic: bool,
}

impl Saver {
    pub fn new(writer: Writer, interval_secs: u64) -> Saver {
        let scheduler = SnapshotScheduler::new(
            interval_secs * 1000,
            interval_secs * 1000 * REFRESH_INTERVALS,
        );
        Saver {
            schedulers: [scheduler.clone(), scheduler],
            writer,
            periodic: interval_secs > 0,
        }
    }

    /// Called with the engine locked; copies a part out only when its write is due.
    pub fn tick(&mut self, engine: &Engine, now: Now) {
        if !self.periodic {
            return;
        }
        for kind in Kind::ALL {
            let scheduler = &mut self.schedulers[kind as usize];
            if self.writer.take_failed(kind) {
                scheduler.failed();
            }
            let (changes, refreshes) = versions(engine, kind);
            if scheduler.due(now.mono, changes, refreshes)
                && self.writer.offer(capture(engine, now, kind))
            {
                scheduler.wrote(now.mono, changes, refreshes);
            }
        }
    }
}

/// What a start made of the files the last run left.
#[derive(Clone, Debug, Default)]
pub struct Restored {
    /// When the newest of them was written (None: there was none that could be read).
    pub saved_unix: Option<u64>,
    pub registrations: usize,
    /// Calls hung up because the restart cut them.
    pub calls_cut: usize,
    /// Rows left out (damaged, or naming accounts or devices that are gone).
    pub dropped: usize,
}

/// A file read and decoded; None (and a warning) when it is absent or cannot be used.
fn read<T>(dir: &Path, name: &str, decode: impl FnOnce(&[u8]) -> Result<T, String>) -> Option<T> {
    let bytes = match std::fs::read(dir.join(name)) {
        Ok(b) => b,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return None,
        Err(e) => {
            tracing::warn!(error = %e, "{name} is unreadable; starting without it");
            return None;
        }
    };
    decode(&bytes)
        .map_err(|why| tracing::warn!("{name} dropped as a whole: {why}"))
        .ok()
}

fn device_exists(store: &Store, account: &str, device: &str) -> bool {
    matches!(store.get(account, "devices", device), Ok(Some(_)))
}

fn account_exists(store: &Store, account: &str) -> bool {
    matches!(store.get(GLOBAL, "accounts", account), Ok(Some(_)))
}

fn restore_registrations(
    dir: &Path,
    store: &Store,
    engine: &mut Engine,
    now: Now,
    out: &mut Restored,
) {
    let decoded = if dir.join(registrations::FILE).exists() {
        read(dir, registrations::FILE, |b| registrations::decode(b, now))
    } else {
        let d = read(dir, registrations::LEGACY_FILE, |b| {
            registrations::decode_legacy(b, now)
        });
        // Read once: from now on the snapshot replaces it.
        let _ = std::fs::remove_file(dir.join(registrations::LEGACY_FILE));
        d
    };
    let Some(d) = decoded else { return };
    out.saved_unix = out.saved_unix.max(Some(d.saved_unix));
    let mut dropped = d.dropped;
    for (aor, binding) in d.bindings {
        if device_exists(store, &aor.account, &aor.device_id) {
            engine.restore_registration(aor, binding);
            out.registrations += 1;
        } else {
            dropped.push(format!(
                "registration of device {} in account {}: no such device any more",
                aor.device_id, aor.account
            ));
        }
    }
    if d.expired > 0 {
        tracing::info!(
            expired = d.expired,
            "registrations that ran out while the box was down"
        );
    }
    for why in &dropped {
        tracing::warn!("{}: dropped {why}", registrations::FILE);
    }
    out.dropped += dropped.len();
}

fn end_lost_calls(dir: &Path, store: &Store, engine: &mut Engine, now: Now, out: &mut Restored) {
    let Some(d) = read(dir, calls::FILE, calls::decode) else {
        return;
    };
    out.saved_unix = out.saved_unix.max(Some(d.saved_unix));
    let mut dropped = d.dropped;
    let (known, gone): (Vec<JournaledCall>, Vec<JournaledCall>) = d
        .calls
        .into_iter()
        .partition(|c| account_exists(store, &c.account));
    for c in &gone {
        dropped.push(format!(
            "the call record of {} in account {}: no such account any more (its phones still get a BYE)",
            c.a.call_id, c.account
        ));
    }
    engine.end_lost_calls(now, &known, true);
    engine.end_lost_calls(now, &gone, false);
    for why in &dropped {
        tracing::warn!("{}: dropped {why}", calls::FILE);
    }
    out.calls_cut = known.len() + gone.len();
    out.dropped += dropped.len();
}

/// Reads what the last run left into `engine`: registrations of devices that still exist
/// are restored, every journaled call is hung up. The files stay until the next writes.
pub fn restore(dir: &Path, store: &Store, engine: &mut Engine, now: Now) -> Restored {
    let mut out = Restored::default();
    restore_registrations(dir, store, engine, now, &mut out);
    end_lost_calls(dir, store, engine, now, &mut out);
    out
}
