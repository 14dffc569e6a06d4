//! Hook switch of an FXS port: debounce of the raw loop-closure signal, then the meaning of
//! each on-hook interval (DAHDI's rules): a dial pulse, a hook flash, or a hang-up.
//!
//! Timings (DAHDI `kernel.h` and `wctdm24xxp`): the loop state must hold 32 ms before it
//! counts; an on-hook break of 15-200 ms is a dial pulse, a pulse digit ends after 250 ms off
//! hook; a break up to 1,250 ms is a hook flash; anything longer is a hang-up.

use crate::line::Millis;

/// Raw loop state must be stable this long (wctdm24xxp: 8 checks of 4 ms).
pub const DEBOUNCE_MS: Millis = 32;
/// Shortest on-hook break counted as a dial pulse (DAHDI_MINPULSETIME).
pub const MIN_PULSE_MS: Millis = 15;
/// Longest on-hook break counted as a dial pulse (DAHDI_MAXPULSETIME).
pub const MAX_PULSE_MS: Millis = 200;
/// Off-hook time that ends a pulse digit (DAHDI_PULSETIMEOUT).
pub const PULSE_DIGIT_END_MS: Millis = MAX_PULSE_MS + 50;
/// Longest on-hook break counted as a hook flash (DAHDI's default rx flash time).
pub const MAX_FLASH_MS: Millis = 1_250;

/// What the hook switch means, once debounced.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HookEvent {
    OffHook,
    /// On hook for longer than a flash: the user hung up.
    OnHook,
    Flash,
    /// A complete pulse-dialled digit ('1'..'9', '0' for ten pulses).
    PulseDigit(char),
}

#[derive(Debug, Clone)]
pub struct HookDetector {
    /// Latest raw loop state and when it last changed.
    raw: bool,
    raw_since: Millis,
    /// Debounced state and when it last changed.
    off_hook: bool,
    since: Millis,
    /// Pulses counted for the digit being dialled.
    pulses: u8,
    /// Hang-up already reported for the current on-hook interval.
    hung_up: bool,
}

impl HookDetector {
    pub fn new(now: Millis) -> Self {
        HookDetector {
            raw: false,
            raw_since: now,
            off_hook: false,
            since: now,
            pulses: 0,
            hung_up: true,
        }
    }

    /// Debounced state: `true` while off hook (including during a flash or pulse break).
    pub fn is_off_hook(&self) -> bool {
        self.off_hook || !self.hung_up
    }

    /// A raw loop-closure change from the line.
    pub fn raw(&mut self, now: Millis, off_hook: bool) {
        if off_hook != self.raw {
            self.raw = off_hook;
            self.raw_since = now;
        }
    }

    /// Advance to `now`; returns at most one event (call again while it returns `Some`).
    pub fn poll(&mut self, now: Millis) -> Option<HookEvent> {
        if self.raw != self.off_hook && now.saturating_sub(self.raw_since) >= DEBOUNCE_MS {
            // The debounced edge is dated when the raw signal changed.
            let at = self.raw_since;
            let interval = at.saturating_sub(self.since);
            self.off_hook = self.raw;
            self.since = at;
            if self.off_hook {
                if self.hung_up {
                    self.hung_up = false;
                    self.pulses = 0;
                    return Some(HookEvent::OffHook);
                }
                if (MIN_PULSE_MS..=MAX_PULSE_MS).contains(&interval) {
                    self.pulses += 1;
                    return None;
                }
                return Some(HookEvent::Flash);
            }
            return None;
        }
        if self.off_hook {
            if self.pulses > 0 && now.saturating_sub(self.since) >= PULSE_DIGIT_END_MS {
                let n = std::mem::take(&mut self.pulses);
                return Some(HookEvent::PulseDigit(pulse_digit(n)));
            }
        } else if !self.hung_up && now.saturating_sub(self.since) > MAX_FLASH_MS {
            self.hung_up = true;
            self.pulses = 0;
            return Some(HookEvent::OnHook);
        }
        None
    }
}

/// Ten pulses dial 0; more than ten is a misdial, reported as the last digit it could be.
fn pulse_digit(n: u8) -> char {
    match n {
        1..=9 => (b'0' + n) as char,
        _ => '0',
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Runs the detector over `edges` (time, raw off-hook) ticking every ms up to `until`.
    fn run(edges: &[(Millis, bool)], until: Millis) -> Vec<(Millis, HookEvent)> {
        let mut h = HookDetector::new(0);
        let mut out = Vec::new();
        let mut e = edges.iter().peekable();
        for now in 0..=until {
            while let Some(&&(t, off)) = e.peek() {
                if t > now {
                    break;
                }
                h.raw(t, off);
                e.next();
            }
            while let Some(ev) = h.poll(now) {
                out.push((now, ev));
            }
        }
        out
    }

    #[test]
    fn off_hook_counts_after_the_debounce_time() {
        let ev = run(&[(100, true)], 300);
        assert_eq!(ev, vec![(100 + DEBOUNCE_MS, HookEvent::OffHook)]);
    }

    #[test]
    fn bounces_shorter_than_the_debounce_are_ignored() {
        let ev = run(
            &[(100, true), (110, false), (115, true), (120, false)],
            2000,
        );
        assert!(ev.is_empty(), "{ev:?}");
    }

    #[test]
    fn pulse_dialling_gives_digits() {
        // 3 pulses (make 50 / break 50), pause, then 10 pulses.
        let mut edges = vec![(0, true)];
        let mut t = 500;
        for _ in 0..3 {
            edges.push((t, false));
            edges.push((t + 50, true));
            t += 100;
        }
        t += 700;
        for _ in 0..10 {
            edges.push((t, false));
            edges.push((t + 60, true));
            t += 100;
        }
        let ev: Vec<_> = run(&edges, t + 1000).into_iter().map(|e| e.1).collect();
        assert_eq!(
            ev,
            vec![
                HookEvent::OffHook,
                HookEvent::PulseDigit('3'),
                HookEvent::PulseDigit('0')
            ]
        );
    }

    #[test]
    fn a_half_second_break_is_a_flash_and_a_long_one_a_hang_up() {
        let ev: Vec<_> = run(
            &[(0, true), (1000, false), (1500, true), (3000, false)],
            5000,
        )
        .into_iter()
        .collect();
        assert_eq!(
            ev,
            vec![
                (DEBOUNCE_MS, HookEvent::OffHook),
                (1500 + DEBOUNCE_MS, HookEvent::Flash),
                (3000 + MAX_FLASH_MS + 1, HookEvent::OnHook)
            ]
        );
    }

    #[test]
    fn flapping_hook_never_reports_a_phantom_call() {
        // Flapping every 20 ms for two seconds never holds 32 ms.
        let edges: Vec<_> = (0..100).map(|i| (i * 20, i % 2 == 0)).collect();
        assert!(run(&edges, 4000).is_empty());
    }
}
