//! The engine's two clocks: monotonic milliseconds since start, and Unix seconds.
//!
//! `EDGEPBX_CLOCK_OFFSET` (signed seconds) shifts the wall clock the call logic sees: tests
//! use it to call the office at 10:00 on a Monday or at night without touching the system
//! clock; on a box it can also correct a wrong RTC until NTP is up.

use std::time::{Instant, SystemTime, UNIX_EPOCH};

use edgepbx_sip::engine::Now;

#[derive(Clone, Copy)]
pub struct Clock {
    start: Instant,
    offset_secs: i64,
}

impl Clock {
    pub fn new() -> Clock {
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
        Clock {
            start: Instant::now(),
            offset_secs,
        }
    }

    pub fn now(&self) -> Now {
        let system = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| d.as_secs() as i64);
        Now {
            mono: self.start.elapsed().as_millis() as u64,
            unix: system.saturating_add(self.offset_secs).max(0) as u64,
        }
    }
}
