//! What `GET /v2/system_status` shows: this start, how the last run ended and what it
//! left behind, and the crash snapshot's writes so far.

use edgepbx_store::GREGORIAN_OFFSET;
use serde_json::{Value, json};

use super::snapshot::{Restored, Writer};
use crate::lifecycle::LastStop;
use std::sync::atomic::Ordering;

pub struct StartInfo {
    pub started_unix: u64,
    pub last_stop: LastStop,
    pub restored: Restored,
    pub snapshot_secs: u64,
    pub writer: Writer,
}

fn gregorian(unix: u64) -> Value {
    if unix == 0 {
        Value::Null
    } else {
        json!(unix + GREGORIAN_OFFSET)
    }
}

impl StartInfo {
    /// Times are Gregorian seconds, as in KAZOO documents.
    pub fn json(&self, now_unix: u64, registrations: usize, calls: usize) -> Value {
        let s = self.writer.stats();
        let load = |a: &std::sync::atomic::AtomicU64| a.load(Ordering::Relaxed);
        json!({
            "started": gregorian(self.started_unix),
            "uptime_seconds": now_unix.saturating_sub(self.started_unix),
            "last_stop": {
                "kind": self.last_stop.kind(),
                "time": self.last_stop.at_unix().map_or(Value::Null, gregorian),
                "calls_cut": self.restored.calls_cut,
            },
            "restored": {
                "registrations": self.restored.registrations,
                "dropped": self.restored.dropped,
            },
            "snapshots": {
                "enabled": self.snapshot_secs > 0,
                "interval_seconds": self.snapshot_secs,
                "writes": load(&s.writes),
                "bytes_written": load(&s.bytes_total),
                "last_bytes": load(&s.last_bytes),
                "last_write": gregorian(load(&s.last_unix)),
                "failures": load(&s.failures),
            },
            "registrations": registrations,
            "calls": calls,
        })
    }
}
