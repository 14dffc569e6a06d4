//! When to write the crash snapshot: only after something changed, and never more often
//! than once per interval (flash wear). Time comes in as an argument; nothing here reads a
//! clock or touches a file.

use crate::transaction::Millis;

#[derive(Clone, Debug)]
pub struct SnapshotScheduler {
    interval: Millis,
    /// When the last write was started (None: never).
    last_write: Option<Millis>,
    /// The state version that write held (None: nothing on disk matches the state).
    written: Option<u64>,
}

impl SnapshotScheduler {
    /// At most one write per `interval_ms`.
    pub fn new(interval_ms: Millis) -> SnapshotScheduler {
        SnapshotScheduler {
            interval: interval_ms.max(1),
            last_write: None,
            written: None,
        }
    }

    /// Whether to write now, the state being at `version`: it differs from what was last
    /// written and the interval since the last write has passed.
    pub fn due(&self, now: Millis, version: u64) -> bool {
        self.written != Some(version) && self.next_allowed().is_none_or(|at| now >= at)
    }

    /// The earliest moment the next write may happen (None: at once).
    pub fn next_allowed(&self) -> Option<Millis> {
        self.last_write.map(|t| t + self.interval)
    }

    /// A write of the state at `version` was started at `now`.
    pub fn wrote(&mut self, now: Millis, version: u64) {
        self.last_write = Some(now);
        self.written = Some(version);
    }

    /// The last write failed: the state counts as unwritten (tried again after the interval).
    pub fn failed(&mut self) {
        self.written = None;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Drives the scheduler like the runtime does (a check every `tick` ms) over `span` ms of
    /// virtual time, with the state changing at `changes(now)`; returns the write times.
    fn run(
        interval: Millis,
        tick: Millis,
        span: Millis,
        changes: impl Fn(Millis) -> bool,
    ) -> Vec<Millis> {
        let mut s = SnapshotScheduler::new(interval);
        let mut version = 0u64;
        let mut writes = Vec::new();
        let mut now = 0;
        while now <= span {
            if changes(now) {
                version += 1;
            }
            if s.due(now, version) {
                s.wrote(now, version);
                writes.push(now);
            }
            now += tick;
        }
        writes
    }

    #[test]
    fn steady_registrations_write_at_most_once_per_interval() {
        // 1,000 phones refreshing every 60 s: a change every 60 ms, for a minute.
        let writes = run(5_000, 10, 60_000, |now| now % 60 == 0);
        assert_eq!(writes.len(), 13, "{writes:?}");
        assert!(writes.windows(2).all(|w| w[1] - w[0] >= 5_000));
    }

    #[test]
    fn nothing_changed_nothing_written() {
        let writes = run(5_000, 10, 600_000, |now| now == 1_000);
        assert_eq!(
            writes,
            vec![0, 5_000],
            "the start state, then the one change"
        );
    }

    #[test]
    fn a_lone_change_after_quiet_is_written_at_once() {
        let writes = run(5_000, 10, 60_000, |now| now == 30_000 || now == 31_000);
        assert_eq!(writes, vec![0, 30_000, 35_000]);
    }

    #[test]
    fn a_failed_write_is_retried_after_the_interval() {
        let mut s = SnapshotScheduler::new(5_000);
        assert!(s.due(0, 7));
        s.wrote(0, 7);
        s.failed();
        assert!(!s.due(4_999, 7));
        assert!(s.due(5_000, 7));
        s.wrote(5_000, 7);
        assert!(!s.due(60_000, 7));
    }
}
