//! The nonces that have been used: one-time use and nonce-count (nc) tracking.
//!
//! Nonces themselves stay stateless (issued-at + sequence + MAC); state is kept only for a
//! nonce that came back with a correct response, so unauthenticated requests cannot grow
//! the table. It holds at most `cap` nonces; when full, the oldest-issued goes, and every
//! nonce issued no later than it counts as used from then on (its holder gets a stale
//! challenge and simply answers a fresh one), so an eviction never reopens a replay.
//!
//! The table is one sorted ring buffer, not a tree: a tree's nodes, allocated one by one
//! during a burst of REGISTERs, stay scattered over the heap for the nonces' 5 minutes and
//! keep every page they sit on resident (about 25 MB after 9,600 REGISTER/s).

use std::collections::VecDeque;

use crate::compact::Compact;

/// Most nonces remembered at once (about 1.5 MB at the cap).
pub const DEFAULT_CAP: usize = 65_536;

/// A nonce's identity: issued-at seconds in the high half, its sequence number below, so
/// the map's order is the order of issue.
pub type NonceKey = u64;

pub fn key(issued: u64, seq: u32) -> NonceKey {
    (issued.min(u64::from(u32::MAX)) << 32) | u64::from(seq)
}

fn issued_of(key: NonceKey) -> u64 {
    key >> 32
}

/// Whether a use of a nonce is new.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Use {
    Fresh,
    /// The nonce was used before with this nc or a higher one (or without qop at all).
    Replayed,
}

pub struct UsedNonces {
    /// (nonce, highest nc accepted (0 for a use without qop, which allows no other)),
    /// sorted by nonce. Nonces are mostly used just after they were issued, so a new one
    /// goes at or near the end.
    used: VecDeque<(NonceKey, u32)>,
    cap: usize,
    /// Nonces issued at or before this second and not in `used` count as used (evicted).
    floor: Option<u64>,
    evicted: u64,
}

impl UsedNonces {
    pub fn new(cap: usize) -> UsedNonces {
        UsedNonces {
            used: VecDeque::new(),
            cap: cap.max(1),
            floor: None,
            evicted: 0,
        }
    }

    /// Records a use of nonce `key` with count `nc` (None: no qop, the nonce is used up).
    pub fn check_and_record(&mut self, key: NonceKey, nc: Option<u32>) -> Use {
        let at = match self.used.binary_search_by_key(&key, |(k, _)| *k) {
            Ok(i) => {
                let last = &mut self.used[i].1;
                return match nc {
                    Some(nc) if *last != 0 && nc > *last => {
                        *last = nc;
                        Use::Fresh
                    }
                    _ => Use::Replayed,
                };
            }
            Err(i) => i,
        };
        if self.floor.is_some_and(|f| issued_of(key) <= f) {
            return Use::Replayed;
        }
        // Full: the oldest-issued goes first (before the insert, so the buffer never grows
        // past the cap); when that is this very nonce, it is used once and forgotten.
        let mut at = at;
        while self.used.len() >= self.cap {
            let oldest = if at == 0 {
                key
            } else {
                at -= 1;
                self.used.pop_front().map_or(key, |(k, _)| k)
            };
            self.floor = Some(self.floor.unwrap_or(0).max(issued_of(oldest)));
            self.evicted += 1;
            if oldest == key {
                return Use::Fresh;
            }
        }
        // nc 0 is not a valid count; treat it as a use that allows no other.
        self.used.insert(at, (key, nc.unwrap_or(0)));
        Use::Fresh
    }

    /// Forgets nonces issued before `oldest_valid` (they are stale anyway), and gives back
    /// the table's room when it is far below its size.
    pub fn prune(&mut self, oldest_valid: u64) {
        let first = key(oldest_valid, 0);
        let stale = self.used.partition_point(|(k, _)| *k < first);
        self.used.drain(..stale);
        self.used.compact();
    }

    pub fn capacity(&self) -> usize {
        self.used.capacity()
    }

    pub fn len(&self) -> usize {
        self.used.len()
    }

    pub fn is_empty(&self) -> bool {
        self.used.is_empty()
    }

    /// How many nonces were forgotten because the table was full.
    pub fn evicted(&self) -> u64 {
        self.evicted
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nc_must_grow_and_a_no_qop_use_is_single() {
        let mut t = UsedNonces::new(10);
        assert_eq!(t.check_and_record(key(100, 1), Some(1)), Use::Fresh);
        assert_eq!(t.check_and_record(key(100, 1), Some(1)), Use::Replayed);
        assert_eq!(t.check_and_record(key(100, 1), Some(3)), Use::Fresh);
        assert_eq!(t.check_and_record(key(100, 1), Some(2)), Use::Replayed);
        assert_eq!(t.check_and_record(key(100, 1), None), Use::Replayed);
        assert_eq!(t.check_and_record(key(100, 2), None), Use::Fresh);
        assert_eq!(t.check_and_record(key(100, 2), None), Use::Replayed);
        assert_eq!(t.check_and_record(key(100, 2), Some(5)), Use::Replayed);
    }

    #[test]
    fn the_table_is_bounded_and_eviction_reopens_no_replay() {
        let mut t = UsedNonces::new(3);
        for s in 0..3 {
            assert_eq!(t.check_and_record(key(100 + s, 0), Some(1)), Use::Fresh);
        }
        assert_eq!(t.check_and_record(key(200, 0), Some(1)), Use::Fresh);
        assert_eq!(t.len(), 3);
        assert_eq!(t.evicted(), 1);
        // The evicted nonce (issued at 100) cannot be used again, even with a higher nc.
        assert_eq!(t.check_and_record(key(100, 0), Some(2)), Use::Replayed);
        // Nor another one issued that second; later nonces are unaffected.
        assert_eq!(t.check_and_record(key(100, 9), Some(1)), Use::Replayed);
        assert_eq!(t.check_and_record(key(101, 0), Some(2)), Use::Fresh);
        for n in 0..10_000u32 {
            t.check_and_record(key(300, n), Some(1));
        }
        assert_eq!(t.len(), 3);
        assert!(t.capacity() < 64, "the buffer never grows past the cap");
    }

    #[test]
    fn prune_forgets_expired_nonces() {
        let mut t = UsedNonces::new(10);
        t.check_and_record(key(100, 0), Some(1));
        t.check_and_record(key(400, 0), Some(1));
        t.prune(300);
        assert_eq!(t.len(), 1);
        assert_eq!(t.check_and_record(key(400, 0), Some(1)), Use::Replayed);
    }
}
