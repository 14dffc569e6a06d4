//! The engine's two clocks: monotonic milliseconds since start, and Unix seconds.
//!
//! `EDGEPBX_CLOCK_OFFSET` (signed seconds) shifts the wall clock the call logic sees: tests
//! use it to call the office at 10:00 on a Monday or at night without touching the system
//! clock; on a box it can also correct a wrong RTC until NTP is up.

use std::sync::OnceLock;
use std::time::{Instant, SystemTime, UNIX_EPOCH};

use edgepbx_sip::engine::Now;

#[derive(Clone, Copy)]
pub struct Clock {
    start: Instant,
    offset_secs: i64,
}

/// `EDGEPBX_CLOCK_OFFSET`, read once (SNTP measures against the shifted clock too).
pub fn env_offset_secs() -> i64 {
    static OFFSET: OnceLock<i64> = OnceLock::new();
    *OFFSET.get_or_init(|| {
        let offset_secs = std::env::var("EDGEPBX_CLOCK_OFFSET")
            .ok()
            .and_then(|v| v.trim().parse().ok())
            .unwrap_or(0);
        if offset_secs != 0 {
            tracing::info!(
                offset_secs,
                "call logic runs on a shifted wall clock (EDGEPBX_CLOCK_OFFSET)"
            );
        }
        offset_secs
    })
}

impl Clock {
    pub fn new() -> Clock {
        let offset_secs = env_offset_secs();
        Clock {
            start: Instant::now(),
            offset_secs,
        }
    }

    /// The same wall clock in microseconds (the SIP trace's timestamps).
    pub fn unix_micros(&self) -> u64 {
        let system = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| d.as_micros() as i64);
        let offset = self
            .offset_secs
            .saturating_add(crate::clock_sync::offset_secs());
        system
            .saturating_add(offset.saturating_mul(1_000_000))
            .max(0) as u64
    }

    pub fn now(&self) -> Now {
        let system = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| d.as_secs() as i64);
        // SNTP's correction where the system clock could not be set (crate::clock_sync).
        let corrected = system
            .saturating_add(self.offset_secs)
            .saturating_add(crate::clock_sync::offset_secs());
        Now {
            mono: self.start.elapsed().as_millis() as u64,
            unix: corrected.max(0) as u64,
        }
    }
}
