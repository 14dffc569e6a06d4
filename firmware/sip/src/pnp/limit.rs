//! How often one source address is answered on the PnP group: a phone subscribes once per
//! boot, so a few answers a minute are plenty, and a flood costs the box one table lookup
//! per datagram (checked before anything is parsed). Time is an input.

use std::collections::HashMap;
use std::net::IpAddr;

/// Answers per source address per window.
pub const PER_WINDOW: u32 = 5;
pub const WINDOW_SECS: u64 = 60;
/// Source addresses remembered at once; beyond that new sources wait for a window to end.
pub const MAX_SOURCES: usize = 1024;

#[derive(Debug, Default)]
pub struct Limiter {
    /// Source -> (start of its window, answers in it).
    seen: HashMap<IpAddr, (u64, u32)>,
}

impl Limiter {
    /// Whether a datagram from `source` at `now` (seconds) may be answered; counts it if so.
    pub fn allow(&mut self, source: IpAddr, now: u64) -> bool {
        if !self.seen.contains_key(&source) && self.seen.len() >= MAX_SOURCES {
            self.seen
                .retain(|_, (start, _)| now.saturating_sub(*start) < WINDOW_SECS);
            if self.seen.len() >= MAX_SOURCES {
                return false;
            }
        }
        let (start, count) = self.seen.entry(source).or_insert((now, 0));
        if now.saturating_sub(*start) >= WINDOW_SECS {
            (*start, *count) = (now, 0);
        }
        if *count >= PER_WINDOW {
            return false;
        }
        *count += 1;
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_source_gets_a_few_answers_per_window() {
        let mut l = Limiter::default();
        let a: IpAddr = "192.0.2.1".parse().unwrap();
        let b: IpAddr = "192.0.2.2".parse().unwrap();
        for _ in 0..PER_WINDOW {
            assert!(l.allow(a, 100));
        }
        assert!(!l.allow(a, 100 + WINDOW_SECS - 1));
        assert!(l.allow(b, 101), "another source is not held back");
        assert!(l.allow(a, 100 + WINDOW_SECS), "a new window");
    }

    #[test]
    fn the_table_is_bounded() {
        let mut l = Limiter::default();
        for i in 0..MAX_SOURCES as u32 {
            assert!(l.allow(IpAddr::from(i.to_be_bytes()), 0));
        }
        let late: IpAddr = "198.51.100.1".parse().unwrap();
        assert!(!l.allow(late, 1), "full of sources still in their window");
        assert!(
            l.allow(late, WINDOW_SECS),
            "old windows are dropped to make room"
        );
        assert!(l.seen.len() <= MAX_SOURCES);
    }
}
