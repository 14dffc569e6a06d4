//! Giving table memory back after a burst. Rust's collections keep their capacity when
//! entries go: a transaction table that held 100,000 REGISTER transactions at peak would
//! hold their slots (tens of MB) for good. Housekeeping calls these on every table; a table
//! is shrunk only when it is far below its capacity, to twice what it holds, so a steady
//! load never shrinks and regrows a table back and forth.

use std::collections::{BinaryHeap, HashMap, VecDeque};
use std::hash::Hash;

/// Tables this small are never shrunk (not worth the reallocation).
const MIN_CAPACITY: usize = 64;

/// Whether a table holding `len` in `capacity` slots should shrink: under a quarter used.
fn too_big(len: usize, capacity: usize) -> bool {
    capacity > MIN_CAPACITY && len.saturating_mul(4) < capacity
}

fn target(len: usize) -> usize {
    len.saturating_mul(2).max(MIN_CAPACITY / 2)
}

/// Something housekeeping can shrink. Returns true if it gave memory back.
pub trait Compact {
    fn compact(&mut self) -> bool;
}

impl<K: Eq + Hash, V> Compact for HashMap<K, V> {
    fn compact(&mut self) -> bool {
        let shrink = too_big(self.len(), self.capacity());
        if shrink {
            self.shrink_to(target(self.len()));
        }
        shrink
    }
}

impl<T> Compact for VecDeque<T> {
    fn compact(&mut self) -> bool {
        let shrink = too_big(self.len(), self.capacity());
        if shrink {
            self.shrink_to(target(self.len()));
        }
        shrink
    }
}

impl<T> Compact for Vec<T> {
    fn compact(&mut self) -> bool {
        let shrink = too_big(self.len(), self.capacity());
        if shrink {
            self.shrink_to(target(self.len()));
        }
        shrink
    }
}

impl<T: Ord> Compact for BinaryHeap<T> {
    fn compact(&mut self) -> bool {
        let shrink = too_big(self.len(), self.capacity());
        if shrink {
            self.shrink_to(target(self.len()));
        }
        shrink
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_table_far_below_capacity_shrinks_and_a_busy_one_does_not() {
        let mut m: HashMap<u32, u32> = (0..10_000).map(|i| (i, i)).collect();
        assert!(!m.compact(), "full: nothing to give back");
        m.retain(|k, _| *k < 100);
        let before = m.capacity();
        assert!(m.compact());
        assert!(m.capacity() < before / 16, "{} -> {}", before, m.capacity());
        assert_eq!(m.len(), 100);
        assert!(!m.compact(), "at twice its size it stays");

        let mut q: VecDeque<u8> = (0..1000).map(|i| i as u8).collect();
        q.truncate(3);
        assert!(q.compact());
        assert!(q.capacity() < MIN_CAPACITY * 2);

        let mut small: Vec<u8> = Vec::with_capacity(MIN_CAPACITY);
        assert!(!small.compact(), "small tables are left alone");
    }
}
