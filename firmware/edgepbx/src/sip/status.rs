//! What `GET /v2/system_status` shows: this start, how the last run ended and what it
//! left behind, and the crash snapshot's writes so far.

use edgepbx_store::GREGORIAN_OFFSET;
use serde_json::{Value, json};

use super::snapshot::{Kind, Restored, Writer, writer::FileStats};
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

fn load(a: &std::sync::atomic::AtomicU64) -> u64 {
    a.load(Ordering::Relaxed)
}

/// `set` is false while the clock reads before 2026 (never set: a box without a battery-backed
/// RTC starts at 1970 until SNTP sets it); office-hours routing then takes its default branch.
fn clock(now_unix: u64) -> Value {
    json!({
        "set": edgepbx_callflow::temporal::clock_known(now_unix),
        "now": gregorian(now_unix),
        "sntp": crate::clock_sync::status(),
    })
}

/// The writes of one snapshot file.
fn file(f: &FileStats) -> Value {
    json!({
        "writes": load(&f.writes),
        "bytes_written": load(&f.bytes_total),
        "last_bytes": load(&f.last_bytes),
        "last_write": gregorian(load(&f.last_unix)),
    })
}

impl StartInfo {
    /// Times are Gregorian seconds, as in KAZOO documents.
    pub fn json(&self, now_unix: u64, registrations: usize, calls: usize) -> Value {
        let s = self.writer.stats();
        json!({
            "software_version": env!("CARGO_PKG_VERSION"),
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
                "failures": load(&s.failures),
                "registrations": file(&s.files[Kind::Registrations as usize]),
                "calls": file(&s.files[Kind::Calls as usize]),
            },
            "registrations": registrations,
            "calls": calls,
            "clock": clock(now_unix),
        })
    }
}

/// A provider registration's state as the API shows it (times in Gregorian seconds).
pub fn registration_json(
    status: &edgepbx_sip::engine::uplink::client::Status,
    contact_user: Option<String>,
    now_unix: u64,
) -> Value {
    let at = |t: Option<u64>| t.map_or(Value::Null, gregorian);
    json!({
        "state": status.state.name(),
        "expires": at(status.expires_unix),
        "expires_in": status.expires_unix.map(|t| t.saturating_sub(now_unix)),
        "last_error": status.last_error.as_ref().map(|(code, reason)| json!({"code": code, "reason": reason})),
        "last_attempt": at(status.last_attempt_unix),
        "down_since": at(status.down_since_unix),
        "registrar": status.server.map(|s| s.to_string()),
        "contact_user": contact_user,
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_clock_before_2026_is_not_set() {
        assert_eq!(super::clock(0)["set"], false);
        assert_eq!(super::clock(1_700_000_000)["set"], false);
        assert_eq!(super::clock(1_767_225_600)["set"], true);
        assert_eq!(super::clock(1_796_300_000)["set"], true);
    }
}
