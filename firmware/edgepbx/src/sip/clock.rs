//! The engine's two clocks: monotonic milliseconds since start, and Unix seconds.

use std::time::{Instant, SystemTime, UNIX_EPOCH};

use edgepbx_sip::engine::Now;

#[derive(Clone, Copy)]
pub struct Clock {
    start: Instant,
}

impl Clock {
    pub fn new() -> Clock {
        Clock {
            start: Instant::now(),
        }
    }

    pub fn now(&self) -> Now {
        Now {
            mono: self.start.elapsed().as_millis() as u64,
            unix: SystemTime::now()
                .duration_since(UNIX_EPOCH)
                .map_or(0, |d| d.as_secs()),
        }
    }
}
