//! Handing freed heap pages back to the system after a burst of SIP load.
//!
//! glibc's malloc keeps what the program frees in its arenas: after 10,000 REGISTER/s the
//! box's transactions are gone, but the pages they used stay in the process (RSS stays at
//! the peak) until `malloc_trim` returns the free ones. The engine shrinks its tables in
//! housekeeping; when it did, or when the transactions in flight fell to a quarter of their
//! peak, the SIP thread trims once, outside the engine lock, at most every
//! [`MIN_INTERVAL_MS`], and once more [`MIN_INTERVAL_MS`] after the last of those (what the
//! burst's last transactions and table shrinks freed after that trim: 2-3 MB after 9,600
//! REGISTER/s). musl (the static ARM build) gives freed memory back by itself, so there the
//! trim is a no-op.

/// Least time between two trims (a trim walks the free lists with the arena locked).
const MIN_INTERVAL_MS: u64 = 10_000;
/// Fewer transactions than this at peak is no burst.
const BURST: usize = 256;

#[derive(Default)]
pub struct Trimmer {
    compactions: u64,
    peak: usize,
    next_at: u64,
    /// A burst trim happened and no trim since: one more is due at `next_at`.
    trailing: bool,
}

impl Trimmer {
    /// Called about once a second with the engine's compaction count and transactions in
    /// flight; true when the caller should call [`release_free_memory`] (after unlocking).
    pub fn due(&mut self, now_ms: u64, compactions: u64, transactions: usize) -> bool {
        self.peak = self.peak.max(transactions);
        let shrank = compactions != self.compactions;
        let subsided = self.peak >= BURST && transactions.saturating_mul(4) <= self.peak;
        if now_ms < self.next_at || !(shrank || subsided || self.trailing) {
            return false;
        }
        // A trim for the burst is followed by a trailing one; the trailing one by none.
        self.trailing = shrank || subsided;
        self.compactions = compactions;
        self.peak = transactions;
        self.next_at = now_ms + MIN_INTERVAL_MS;
        true
    }
}

/// Returns the allocator's free pages to the system (glibc only).
pub fn release_free_memory() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: malloc_trim only releases free memory of the allocator; it takes no pointers.
    unsafe {
        libc::malloc_trim(0);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trims_once_a_burst_is_over_and_not_while_it_lasts() {
        let mut t = Trimmer::default();
        assert!(!t.due(0, 0, 10), "quiet: nothing to give back");
        assert!(!t.due(1_000, 0, 5_000), "the burst is on");
        assert!(!t.due(2_000, 0, 4_000), "still busy");
        assert!(t.due(3_000, 0, 1_000), "fell to a quarter of the peak");
        assert!(!t.due(4_000, 0, 0), "already trimmed for this burst");
        assert!(
            !t.due(5_000, 1, 0),
            "the engine shrank a table, but too soon"
        );
        assert!(t.due(13_000, 1, 0), "the table shrink is picked up later");
        assert!(!t.due(20_000, 1, 0), "too soon for the trailing trim");
        assert!(
            t.due(23_000, 1, 0),
            "a trailing trim for what was freed since"
        );
        assert!(!t.due(40_000, 1, 0), "nothing new");
        assert!(!t.due(90_000, 1, 0), "a quiet box is not trimmed again");
    }
}
