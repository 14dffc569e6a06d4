//! When to write a crash snapshot file: only after something changed, and never more often
//! than once per interval (flash wear). Changes come in two kinds: those a restart must see
//! (a binding added or removed, a call answered or ended: written within `interval`), and
//! refreshes a restart can predict (a phone re-registering on its schedule: written within
//! the longer `refresh_interval`, so that a thousand phones do not keep the file busy). Time
//! comes in as an argument; nothing here reads a clock or touches a file.

use crate::transaction::Millis;

#[derive(Clone, Debug)]
pub struct SnapshotScheduler {
    interval: Millis,
    refresh_interval: Millis,
    /// When the last write was started (None: never).
    last_write: Option<Millis>,
    /// The (change, refresh) versions that write held (None: nothing on disk matches).
    written: Option<(u64, u64)>,
}

impl SnapshotScheduler {
    /// At most one write per `interval_ms`; refreshes alone at most one per
    /// `refresh_interval_ms`.
    pub fn new(interval_ms: Millis, refresh_interval_ms: Millis) -> SnapshotScheduler {
        SnapshotScheduler {
            interval: interval_ms.max(1),
            refresh_interval: refresh_interval_ms.max(interval_ms).max(1),
            last_write: None,
            written: None,
        }
    }

    /// Whether to write now, the state being at `changes` and `refreshes`.
    pub fn due(&self, now: Millis, changes: u64, refreshes: u64) -> bool {
        let waited = |gap: Millis| self.last_write.is_none_or(|t| now >= t + gap);
        match self.written {
            None => waited(self.interval),
            Some((c, r)) => {
                (c != changes && waited(self.interval))
                    || (r != refreshes && waited(self.refresh_interval))
            }
        }
    }

    /// A write of the state at these versions was started at `now`.
    pub fn wrote(&mut self, now: Millis, changes: u64, refreshes: u64) {
        self.last_write = Some(now);
        self.written = Some((changes, refreshes));
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
    /// virtual time, with changes and refreshes at `event(now)`; returns the write times.
    fn run(span: Millis, event: impl Fn(Millis) -> (bool, bool)) -> Vec<Millis> {
        let mut s = SnapshotScheduler::new(5_000, 60_000);
        let (mut changes, mut refreshes) = (0u64, 0u64);
        let mut writes = Vec::new();
        let mut now = 0;
        while now <= span {
            let (c, r) = event(now);
            changes += u64::from(c);
            refreshes += u64::from(r);
            if s.due(now, changes, refreshes) {
                s.wrote(now, changes, refreshes);
                writes.push(now);
            }
            now += 10;
        }
        writes
    }

    #[test]
    fn steady_changes_write_at_most_once_per_interval() {
        // A change every 60 ms (1,000 phones joining in a minute).
        let writes = run(60_000, |now| (now % 60 == 0, false));
        assert_eq!(writes.len(), 13, "{writes:?}");
        assert!(writes.windows(2).all(|w| w[1] - w[0] >= 5_000));
    }

    #[test]
    fn steady_refreshes_write_once_per_refresh_interval() {
        // 1,000 phones refreshing every 60 s, for ten minutes.
        let writes = run(600_000, |now| (false, now % 60 == 0));
        assert_eq!(writes.len(), 11, "{writes:?}");
        assert!(writes.windows(2).all(|w| w[1] - w[0] >= 60_000));
        // A change among them is written within the short interval.
        let writes = run(120_000, |now| (now == 30_000, now % 60 == 0));
        assert_eq!(writes, vec![0, 30_000, 90_000]);
    }

    #[test]
    fn nothing_changed_nothing_written() {
        let writes = run(600_000, |now| (now == 1_000, false));
        assert_eq!(
            writes,
            vec![0, 5_000],
            "the start state, then the one change"
        );
    }

    #[test]
    fn a_lone_change_after_quiet_is_written_at_once() {
        let writes = run(60_000, |now| (now == 30_000 || now == 31_000, false));
        assert_eq!(writes, vec![0, 30_000, 35_000]);
    }

    #[test]
    fn a_failed_write_is_retried_after_the_interval() {
        let mut s = SnapshotScheduler::new(5_000, 60_000);
        assert!(s.due(0, 7, 0));
        s.wrote(0, 7, 0);
        s.failed();
        assert!(!s.due(4_999, 7, 0));
        assert!(s.due(5_000, 7, 0));
        s.wrote(5_000, 7, 0);
        assert!(!s.due(60_000, 7, 0));
    }
}
