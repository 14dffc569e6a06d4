//! In-band DTMF generator: queue a string, fill frames.

use super::osc::Osc;

const ROWS: [f32; 4] = [697.0, 770.0, 852.0, 941.0];
const COLS: [f32; 4] = [1209.0, 1336.0, 1477.0, 1633.0];

/// Frequencies of a DTMF character.
pub fn dtmf_freqs(d: char) -> Option<(f32, f32)> {
    let (r, c) = match d.to_ascii_uppercase() {
        '1' => (0, 0),
        '2' => (0, 1),
        '3' => (0, 2),
        'A' => (0, 3),
        '4' => (1, 0),
        '5' => (1, 1),
        '6' => (1, 2),
        'B' => (1, 3),
        '7' => (2, 0),
        '8' => (2, 1),
        '9' => (2, 2),
        'C' => (2, 3),
        '*' => (3, 0),
        '0' => (3, 1),
        '#' => (3, 2),
        'D' => (3, 3),
        _ => return None,
    };
    Some((ROWS[r], COLS[c]))
}

/// Maximum queued digits.
pub const MAX_QUEUE: usize = 32;

/// Generates queued digits with given on/off times and level (per tone).
#[derive(Clone, Debug)]
pub struct DtmfGenerator {
    rate: u32,
    queue: [u8; MAX_QUEUE],
    head: usize,
    len: usize,
    on: u32,
    off: u32,
    amp: f32,
    lo: Osc,
    hi: Osc,
    /// Samples left in the current tone / pause.
    tone_left: u32,
    gap_left: u32,
}

impl DtmfGenerator {
    pub fn new(rate: u32) -> Self {
        DtmfGenerator {
            rate,
            queue: [0; MAX_QUEUE],
            head: 0,
            len: 0,
            on: 0,
            off: 0,
            amp: 0.0,
            lo: Osc::default(),
            hi: Osc::default(),
            tone_left: 0,
            gap_left: 0,
        }
    }

    /// Queue digits (unknown characters are skipped, overflow is dropped). Returns how many
    /// were queued. Timing and level apply to everything queued from now on.
    pub fn queue(&mut self, digits: &str, on_ms: u32, off_ms: u32, level_dbm0: f32) -> usize {
        self.on = on_ms * self.rate / 1000;
        self.off = off_ms * self.rate / 1000;
        self.amp = super::dbm0_to_peak(level_dbm0);
        let mut n = 0;
        for d in digits.chars() {
            if dtmf_freqs(d).is_some() && self.len < MAX_QUEUE {
                self.queue[(self.head + self.len) % MAX_QUEUE] = d as u8;
                self.len += 1;
                n += 1;
            }
        }
        n
    }

    pub fn is_busy(&self) -> bool {
        self.len > 0 || self.tone_left > 0 || self.gap_left > 0
    }

    /// Fill a frame (silence when idle). Returns true while anything was generated.
    pub fn fill(&mut self, out: &mut [i16]) -> bool {
        let busy = self.is_busy();
        for s in out.iter_mut() {
            if self.tone_left == 0 && self.gap_left == 0 && self.len > 0 {
                let d = self.queue[self.head] as char;
                self.head = (self.head + 1) % MAX_QUEUE;
                self.len -= 1;
                let (r, c) = dtmf_freqs(d).unwrap_or((0.0, 0.0));
                self.lo = Osc::new(r, self.rate);
                self.hi = Osc::new(c, self.rate);
                self.tone_left = self.on;
                self.gap_left = self.off;
            }
            if self.tone_left > 0 {
                self.tone_left -= 1;
                *s = (self.amp * (self.lo.next_sample() + self.hi.next_sample())) as i16;
            } else {
                self.gap_left = self.gap_left.saturating_sub(1);
                *s = 0;
            }
        }
        busy
    }
}
