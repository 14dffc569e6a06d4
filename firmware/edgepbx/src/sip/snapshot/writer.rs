//! The thread that writes crash snapshots, so that no file write ever happens under the
//! engine's lock: the SIP thread hands it a copy of the state, it encodes and writes it
//! atomically, and counts what it did (for `/v2/system_status` and the benchmark).

use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::mpsc::{Receiver, SyncSender, TrySendError, sync_channel};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;

use super::FILE;
use super::format::{Snapshot, encode};

#[derive(Default)]
pub struct Stats {
    pub writes: AtomicU64,
    pub bytes_total: AtomicU64,
    pub last_bytes: AtomicU64,
    pub last_unix: AtomicU64,
    pub failures: AtomicU64,
    /// Set by a failed write until the SIP thread has seen it.
    failed: AtomicBool,
}

enum Job {
    Write(Snapshot),
    /// The last one: write it, then end.
    Finish(Snapshot),
}

#[derive(Clone)]
pub struct Writer {
    tx: SyncSender<Job>,
    stats: Arc<Stats>,
    thread: Arc<Mutex<Option<JoinHandle<()>>>>,
}

impl Writer {
    pub fn start(dir: PathBuf) -> Result<Writer, String> {
        // One snapshot waiting at most: the scheduler's interval makes even that rare.
        let (tx, rx) = sync_channel(1);
        let stats = Arc::new(Stats::default());
        let s = stats.clone();
        let thread = std::thread::Builder::new()
            .name("sip-snapshot".into())
            .spawn(move || run(&dir, &rx, &s))
            .map_err(|e| format!("snapshot writer: {e}"))?;
        Ok(Writer {
            tx,
            stats,
            thread: Arc::new(Mutex::new(Some(thread))),
        })
    }

    /// Queues a snapshot unless one is still waiting; false if it was not taken.
    pub fn offer(&self, snapshot: Snapshot) -> bool {
        match self.tx.try_send(Job::Write(snapshot)) {
            Ok(()) => true,
            Err(TrySendError::Full(_) | TrySendError::Disconnected(_)) => false,
        }
    }

    /// Writes `snapshot` after anything queued, and waits for the thread to end.
    pub fn finish(&self, snapshot: Snapshot) {
        if self.tx.send(Job::Finish(snapshot)).is_err() {
            return;
        }
        let handle = self.thread.lock().ok().and_then(|mut t| t.take());
        if let Some(h) = handle {
            let _ = h.join();
        }
    }

    /// Whether a write failed since the last call.
    pub fn take_failed(&self) -> bool {
        self.stats.failed.swap(false, Ordering::Relaxed)
    }

    pub fn stats(&self) -> &Stats {
        &self.stats
    }
}

fn run(dir: &std::path::Path, rx: &Receiver<Job>, stats: &Stats) {
    while let Ok(job) = rx.recv() {
        let (snapshot, last) = match job {
            Job::Write(s) => (s, false),
            Job::Finish(s) => (s, true),
        };
        let bytes = encode(&snapshot);
        match crate::atomic_file::write(dir, FILE, &bytes) {
            Ok(()) => {
                stats.writes.fetch_add(1, Ordering::Relaxed);
                stats
                    .bytes_total
                    .fetch_add(bytes.len() as u64, Ordering::Relaxed);
                stats
                    .last_bytes
                    .store(bytes.len() as u64, Ordering::Relaxed);
                stats.last_unix.store(snapshot.now.unix, Ordering::Relaxed);
            }
            Err(e) => {
                stats.failures.fetch_add(1, Ordering::Relaxed);
                stats.failed.store(true, Ordering::Relaxed);
                tracing::warn!(error = %e, "could not write the crash snapshot {FILE}");
            }
        }
        if last {
            return;
        }
    }
}
