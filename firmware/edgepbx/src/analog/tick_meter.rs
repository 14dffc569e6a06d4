//! How late the analog thread's 10 ms frames start, summed up per window: the frame clock
//! is a timer when no TDM bus paces the frames (the simulated board, or hardware whose PCM
//! device is missing), and a loaded box wakes the thread late. A frame more than a whole
//! frame late means the lines' audio and timers slipped. The thread logs one summary line
//! per window (`scripts/bench/analog_tick.sh` reads them); nothing here reads the clock.

use edgepbx_board::line::{FRAME_MS, Millis};

/// Length of a summary window.
pub const WINDOW_MS: Millis = 10_000;
/// Histogram resolution and range: lateness beyond the range counts in the last bucket
/// (the window's exact maximum is kept apart).
const BUCKET_US: u32 = 10;
const BUCKETS: usize = 2_000;

/// One window's lateness distribution.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TickSummary {
    pub frames: u32,
    pub p50_us: u32,
    pub p99_us: u32,
    pub max_us: u32,
    /// Frames that started more than one frame late.
    pub late_frames: u32,
}

pub struct TickMeter {
    window_start: Millis,
    counts: Box<[u32; BUCKETS]>,
    frames: u32,
    max_us: u32,
    late_frames: u32,
}

impl TickMeter {
    pub fn new(now: Millis) -> Self {
        TickMeter {
            window_start: now,
            counts: Box::new([0; BUCKETS]),
            frames: 0,
            max_us: 0,
            late_frames: 0,
        }
    }

    /// A frame started `late_us` microseconds after its due time.
    pub fn record(&mut self, late_us: u32) {
        let bucket = (late_us / BUCKET_US) as usize;
        self.counts[bucket.min(BUCKETS - 1)] += 1;
        self.frames += 1;
        self.max_us = self.max_us.max(late_us);
        if late_us > FRAME_MS as u32 * 1_000 {
            self.late_frames += 1;
        }
    }

    /// The summary of the window that ended by `now` (None before its end, or when no
    /// frame was measured in it); the next window starts.
    pub fn take_window(&mut self, now: Millis) -> Option<TickSummary> {
        if now.saturating_sub(self.window_start) < WINDOW_MS {
            return None;
        }
        self.window_start = now;
        let frames = std::mem::take(&mut self.frames);
        let summary = (frames > 0).then(|| TickSummary {
            frames,
            p50_us: self.quantile(frames, 50),
            p99_us: self.quantile(frames, 99),
            max_us: self.max_us,
            late_frames: self.late_frames,
        });
        self.counts.fill(0);
        self.max_us = 0;
        self.late_frames = 0;
        summary
    }

    /// The lateness `percent` % of the window's `frames` frames stayed within: the upper edge
    /// of the bucket holding that rank, never above the exact maximum.
    fn quantile(&self, frames: u32, percent: u32) -> u32 {
        let rank = (u64::from(frames) * u64::from(percent))
            .div_ceil(100)
            .max(1);
        let mut seen = 0u64;
        for (i, &n) in self.counts.iter().enumerate() {
            seen += u64::from(n);
            if seen >= rank && i < BUCKETS - 1 {
                return ((i as u32 + 1) * BUCKET_US).min(self.max_us);
            }
        }
        self.max_us
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_window_reports_the_median_p99_and_maximum_then_starts_again() {
        let mut m = TickMeter::new(0);
        // 1,000 frames: 980 50-59 us late, 15 at 2 ms, 4 at 12 ms and one at 35 ms.
        for i in 0..1_000u32 {
            let late = match i {
                0..980 => 50 + i % 10,
                980..995 => 2_000,
                995..999 => 12_000,
                _ => 35_000,
            };
            m.record(late);
        }
        assert_eq!(m.take_window(WINDOW_MS - 1), None, "the window is not over");
        let s = m.take_window(WINDOW_MS).unwrap();
        assert_eq!(s.frames, 1_000);
        assert_eq!(s.p50_us, 60, "the bucket 50-60 us holds the median");
        assert_eq!(s.p99_us, 2_010, "the 990th frame was 2 ms late");
        assert_eq!(
            s.max_us, 35_000,
            "the maximum is exact beyond the histogram"
        );
        assert_eq!(s.late_frames, 5, "more than one frame (10 ms) late");
        // The next window has only what comes after.
        m.record(100);
        let s = m.take_window(2 * WINDOW_MS).unwrap();
        assert_eq!(
            (s.frames, s.p99_us, s.max_us, s.late_frames),
            (1, 100, 100, 0)
        );
    }

    #[test]
    fn a_window_without_measured_frames_has_no_summary() {
        let mut m = TickMeter::new(5);
        assert_eq!(m.take_window(5 + WINDOW_MS), None);
        m.record(40_000);
        let s = m.take_window(5 + 3 * WINDOW_MS).unwrap();
        assert_eq!((s.p50_us, s.p99_us, s.max_us), (40_000, 40_000, 40_000));
    }
}
