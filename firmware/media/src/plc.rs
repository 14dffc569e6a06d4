//! Packet-loss concealment on linear audio: repeat the last pitch period (found by
//! autocorrelation over the last 20 ms), fading out over 60 ms, with a short cross-fade back
//! into real audio. Fixed buffers, no allocation.

const HIST: usize = 640; // 40 ms at 16 kHz

#[derive(Clone, Debug)]
pub struct Plc {
    rate: u32,
    hist: [i16; HIST],
    /// Samples concealed in the current gap.
    gap: usize,
    period: usize,
    pos: usize,
}

impl Plc {
    pub fn new(rate: u32) -> Self {
        Plc {
            rate,
            hist: [0; HIST],
            gap: 0,
            period: 0,
            pos: 0,
        }
    }

    /// Pass a good frame through (records history; smooths the edge after a gap).
    pub fn good_frame(&mut self, frame: &mut [i16]) {
        if self.gap > 0 && self.period > 0 {
            // Cross-fade the first few ms from the concealment signal into the real one.
            let n = (self.rate as usize / 1000 * 4).min(frame.len());
            for (i, s) in frame.iter_mut().take(n).enumerate() {
                let c = self.next_concealed() as i32;
                *s = ((c * (n - i) as i32 + *s as i32 * i as i32) / n as i32) as i16;
            }
        }
        self.gap = 0;
        self.push_hist(frame);
    }

    fn push_hist(&mut self, frame: &[i16]) {
        let n = frame.len().min(HIST);
        self.hist.copy_within(n.., 0);
        self.hist[HIST - n..].copy_from_slice(&frame[frame.len() - n..]);
    }

    fn next_concealed(&mut self) -> i16 {
        if self.period == 0 {
            return 0;
        }
        let s = self.hist[HIST - self.period + self.pos];
        self.pos = (self.pos + 1) % self.period;
        s
    }

    /// Fill `out` with concealment audio for a lost frame.
    pub fn lost_frame(&mut self, out: &mut [i16]) {
        if self.gap == 0 {
            self.period = self.find_period();
            self.pos = 0;
        }
        let fade_len = self.rate as usize * 60 / 1000;
        for s in out.iter_mut() {
            let v = self.next_concealed() as i32;
            let g = fade_len.saturating_sub(self.gap) as i32;
            *s = (v * g / fade_len as i32) as i16;
            self.gap += 1;
        }
    }

    fn find_period(&self) -> usize {
        let per_ms = self.rate as usize / 1000;
        let (lo, hi) = (per_ms * 5 / 2, per_ms * 15); // 2.5 .. 15 ms (67 .. 400 Hz)
        let win = per_ms * 10;
        let x = &self.hist;
        let end = HIST;
        let mut best = (0i64, hi);
        for p in lo..=hi {
            let mut c = 0i64;
            for i in end - win..end {
                c += x[i] as i64 * x[i - p] as i64;
            }
            if c > best.0 {
                best = (c, p);
            }
        }
        best.1
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil::{rms, sine};

    #[test]
    fn conceals_a_tone_then_fades() {
        let s = sine(8000, 200.0, 8000.0, 800);
        let mut plc = Plc::new(8000);
        for f in s.chunks(160) {
            let mut f = f.to_vec();
            plc.good_frame(&mut f);
        }
        let mut lost = [0i16; 160];
        plc.lost_frame(&mut lost);
        assert!(rms(&lost) > 3000.0);
        for _ in 0..3 {
            plc.lost_frame(&mut lost);
        }
        assert_eq!(rms(&lost), 0.0);
    }
}
