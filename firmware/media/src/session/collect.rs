//! Digit collection for `Play { collect: Some(..) }`: max digits, terminators, and the
//! first-digit / inter-digit timers. Timers run only once playback has ended, so a long menu
//! prompt never times out under the caller.

use super::command::{Collect, CollectEnd};

pub struct Collector {
    cfg: Collect,
    digits: String,
    /// When collection times out; None while playback runs.
    deadline: Option<u64>,
    playing: bool,
}

impl Collector {
    pub fn new(cfg: Collect) -> Self {
        Collector {
            digits: String::with_capacity(cfg.max_digits as usize + 1),
            cfg,
            deadline: None,
            playing: true,
        }
    }

    /// Takes the digits gathered so far.
    pub fn take_digits(&mut self) -> String {
        std::mem::take(&mut self.digits)
    }

    /// A digit arrived. Returns how collection ended, if it did. `max_digits` 0 means no
    /// limit (only a terminator or the timer ends it).
    pub fn on_digit(&mut self, d: char, now_ms: u64) -> Option<CollectEnd> {
        if self.cfg.terminators.contains(d) {
            return Some(CollectEnd::Terminator);
        }
        self.digits.push(d);
        if self.cfg.max_digits > 0 && self.digits.len() >= self.cfg.max_digits as usize {
            return Some(CollectEnd::MaxDigits);
        }
        if !self.playing {
            self.deadline = Some(now_ms + self.cfg.inter_digit_ms as u64);
        }
        None
    }

    /// Playback ended (or was barged into): the timers start.
    pub fn on_playback_end(&mut self, now_ms: u64) {
        if !self.playing {
            return;
        }
        self.playing = false;
        let wait = if self.digits.is_empty() {
            self.cfg.first_digit_ms
        } else {
            self.cfg.inter_digit_ms
        };
        self.deadline = Some(now_ms + wait as u64);
    }

    /// Checks the timer.
    pub fn poll(&mut self, now_ms: u64) -> Option<CollectEnd> {
        match self.deadline {
            Some(t) if now_ms >= t => Some(CollectEnd::Timeout),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cfg(max: u8) -> Collect {
        Collect {
            max_digits: max,
            first_digit_ms: 3000,
            inter_digit_ms: 2000,
            terminators: "#".into(),
        }
    }

    #[test]
    fn timers_start_after_playback() {
        let mut c = Collector::new(cfg(4));
        assert_eq!(c.poll(1_000_000), None);
        assert_eq!(c.on_digit('1', 100), None);
        c.on_playback_end(500);
        assert_eq!(c.poll(2499), None);
        assert_eq!(c.poll(2500), Some(CollectEnd::Timeout));
        assert_eq!(c.on_digit('2', 2400), None);
        assert_eq!(c.poll(4399), None);
        assert_eq!(c.on_digit('#', 4000), Some(CollectEnd::Terminator));
        assert_eq!(c.take_digits(), "12");
    }

    #[test]
    fn max_digits_and_unlimited() {
        let mut c = Collector::new(cfg(2));
        assert_eq!(c.on_digit('1', 0), None);
        assert_eq!(c.on_digit('2', 0), Some(CollectEnd::MaxDigits));
        let mut c = Collector::new(cfg(0));
        for _ in 0..50 {
            assert_eq!(c.on_digit('9', 0), None);
        }
    }
}
