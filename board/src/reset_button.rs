//! The factory-reset button (`[factory_reset]` in the board file): pressed and held for
//! `hold_secs` without letting go, it fires once; it fires again only after a release. A press
//! shorter than that (a bump, contact bounce) does nothing. Sans-IO: the caller samples the
//! line and passes the time in (`edgepbx`'s `reset_button` thread).

/// How long the button must be held when the board file does not say.
pub const DEFAULT_HOLD_SECS: u32 = 10;

#[derive(Debug, Clone)]
pub struct HoldDetector {
    hold_ms: u64,
    pressed_since: Option<u64>,
    fired: bool,
}

impl HoldDetector {
    pub fn new(hold_secs: u32) -> HoldDetector {
        HoldDetector {
            hold_ms: u64::from(hold_secs) * 1000,
            pressed_since: None,
            fired: false,
        }
    }

    /// One sample of the line at `now_ms` (any monotonic clock). True exactly once per hold.
    pub fn sample(&mut self, now_ms: u64, pressed: bool) -> bool {
        if !pressed {
            self.pressed_since = None;
            self.fired = false;
            return false;
        }
        let since = *self.pressed_since.get_or_insert(now_ms);
        if !self.fired && now_ms.saturating_sub(since) >= self.hold_ms {
            self.fired = true;
            return true;
        }
        false
    }

    /// Milliseconds the button has been held so far (0 when released).
    pub fn held_ms(&self, now_ms: u64) -> u64 {
        self.pressed_since.map_or(0, |s| now_ms.saturating_sub(s))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Samples every 50 ms of virtual time with `pressed(t)`; the times it fired.
    fn run(hold_secs: u32, until_ms: u64, pressed: impl Fn(u64) -> bool) -> Vec<u64> {
        let mut d = HoldDetector::new(hold_secs);
        (0..=until_ms)
            .step_by(50)
            .filter(|&t| d.sample(t, pressed(t)))
            .collect()
    }

    #[test]
    fn fires_once_after_the_hold_time() {
        assert_eq!(run(10, 60_000, |t| t >= 1_000), [11_000]);
    }

    #[test]
    fn a_short_press_or_bouncing_contact_does_nothing() {
        assert!(run(10, 60_000, |t| (1_000..9_950).contains(&t)).is_empty());
        // Bouncing: released for one sample every second restarts the hold.
        assert!(run(3, 60_000, |t| t % 1_000 != 0).is_empty());
    }

    #[test]
    fn a_second_hold_after_a_release_fires_again() {
        let fired = run(2, 20_000, |t| (1_000..4_000).contains(&t) || t >= 10_000);
        assert_eq!(fired, [3_000, 12_000]);
    }
}
