//! The thread that writes the snapshot files, so that no file write ever happens under the
//! engine's lock: the SIP thread hands it a copy of a part, it encodes and writes it
//! atomically, and counts what it did (for `/v2/system_status` and the benchmark).

use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::mpsc::{Receiver, SyncSender, sync_channel};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;

use super::{Kind, Snapshot};

/// Writes of one file.
#[derive(Default)]
pub struct FileStats {
    pub writes: AtomicU64,
    pub bytes_total: AtomicU64,
    pub last_bytes: AtomicU64,
    pub last_unix: AtomicU64,
}

#[derive(Default)]
pub struct Stats {
    pub files: [FileStats; 2],
    pub failures: AtomicU64,
    /// Set by a failed write of a file until the SIP thread has seen it.
    failed: [AtomicBool; 2],
}

enum Job {
    Write(Snapshot),
    /// The last ones: write them, then end.
    Finish(Vec<Snapshot>),
}

#[derive(Clone)]
pub struct Writer {
    tx: SyncSender<Job>,
    stats: Arc<Stats>,
    thread: Arc<Mutex<Option<JoinHandle<()>>>>,
}

impl Writer {
    pub fn start(dir: PathBuf) -> Result<Writer, String> {
        // One part of each kind waiting at most: the schedulers make even that rare.
        let (tx, rx) = sync_channel(Kind::ALL.len());
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

    /// Queues a part unless the queue is full; false if it was not taken.
    pub fn offer(&self, snapshot: Snapshot) -> bool {
        self.tx.try_send(Job::Write(snapshot)).is_ok()
    }

    /// Writes `last` after anything queued, and waits for the thread to end.
    pub fn finish(&self, last: Vec<Snapshot>) {
        if self.tx.send(Job::Finish(last)).is_err() {
            return;
        }
        let handle = self.thread.lock().ok().and_then(|mut t| t.take());
        if let Some(h) = handle {
            let _ = h.join();
        }
    }

    /// Whether a write of `kind` failed since the last call.
    pub fn take_failed(&self, kind: Kind) -> bool {
        self.stats.failed[kind as usize].swap(false, Ordering::Relaxed)
    }

    pub fn stats(&self) -> &Stats {
        &self.stats
    }
}

fn write(dir: &std::path::Path, snapshot: &Snapshot, stats: &Stats) {
    let kind = snapshot.kind();
    let bytes = snapshot.encode();
    match crate::atomic_file::write(dir, kind.file(), &bytes) {
        Ok(()) => {
            let f = &stats.files[kind as usize];
            let n = bytes.len() as u64;
            f.writes.fetch_add(1, Ordering::Relaxed);
            f.bytes_total.fetch_add(n, Ordering::Relaxed);
            f.last_bytes.store(n, Ordering::Relaxed);
            f.last_unix.store(snapshot.now().unix, Ordering::Relaxed);
        }
        Err(e) => {
            stats.failures.fetch_add(1, Ordering::Relaxed);
            stats.failed[kind as usize].store(true, Ordering::Relaxed);
            tracing::warn!(error = %e, "could not write {}", kind.file());
        }
    }
}

fn run(dir: &std::path::Path, rx: &Receiver<Job>, stats: &Stats) {
    while let Ok(job) = rx.recv() {
        match job {
            Job::Write(s) => write(dir, &s, stats),
            Job::Finish(last) => {
                for s in &last {
                    write(dir, s, stats);
                }
                return;
            }
        }
    }
}
