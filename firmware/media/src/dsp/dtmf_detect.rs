//! In-band DTMF detector for 8 kHz audio, built to ITU-T Q.24's acceptance rules.
//!
//! Method: Goertzel filters at the eight DTMF frequencies over 10 ms blocks (80 samples); the
//! high-group filters see a Hann-windowed block so that a strong low-group tone's side lobes do
//! not disturb the high-group level (the high group is spaced widely enough for Hann's wider
//! main lobe; the low group is not, and keeps the rectangular window).
//! A block is a *candidate* for a digit when
//! * the strongest row and column tones are each above [`MIN_LEVEL_DBM0`],
//! * twist is within limits (Q.24: low group up to 8 dB above high group, high up to 4 dB above
//!   low; enforced at 10 and 6 dB to allow for measurement ripple),
//! * each is clearly the strongest of its group, and
//! * the two tones carry at least [`MIN_TONE_SHARE`] of the block's energy (rejects speech,
//!   music and noise, and blocks only partly covered by a tone).
//!
//! The complex Goertzel outputs of consecutive blocks give each tone's phase advance, hence its
//! frequency to within a few Hz: a pair of blocks passes only if both tones are within
//! [`FREQ_TOLERANCE`] of nominal (Q.24: accept ±1.5 %, reject ±3.5 %). The energy estimates
//! are corrected for the measured offset (rectangular-window leakage).
//!
//! A digit is reported once when three consecutive blocks (30 ms) carry the same candidate with
//! both frequency checks passing. Any 40 ms tone spans three whole blocks; a 23 ms tone spans
//! at most two whole blocks plus fragments that fail the energy-share test. The digit is
//! released after three blocks without it (a 40 ms pause always contains three whole blocks;
//! a 10 ms drop-out touches at most two), so a digit arrives exactly once.

use super::goertzel::Goertzel;

const RATE: u32 = 8000;
const BLOCK: usize = 80;
const ROWS: [f32; 4] = [697.0, 770.0, 852.0, 941.0];
const COLS: [f32; 4] = [1209.0, 1336.0, 1477.0, 1633.0];
const KEYS: [[char; 4]; 4] = [
    ['1', '2', '3', 'A'],
    ['4', '5', '6', 'B'],
    ['7', '8', '9', 'C'],
    ['*', '0', '#', 'D'],
];

/// Minimum level of each tone.
pub const MIN_LEVEL_DBM0: f32 = -36.0;
/// Low group may exceed high group by this much ("normal" twist; Q.24 asks for 8 dB, the
/// extra allows for the ±1.5 dB measurement ripple of a strong low tone's side lobes)...
pub const NORMAL_TWIST_DB: f32 = 10.0;
/// ...and high group may exceed low group by this much ("reverse" twist; Q.24: 4 dB).
pub const REVERSE_TWIST_DB: f32 = 6.0;
/// Per-block twist limits are wider (single 10 ms blocks ripple by ±2 dB when one tone's side
/// lobes beat with the other); the limits above apply to the powers summed over the 3 blocks.
const BLOCK_TWIST_SLACK_DB: f32 = 3.0;
/// Fraction of the block's energy that the two tones must carry.
pub const MIN_TONE_SHARE: f32 = 0.8;
/// Largest accepted frequency deviation (fraction of nominal).
pub const FREQ_TOLERANCE: f32 = 0.025;
/// Strongest tone of a group must exceed the others of the group by this ratio (power).
const GROUP_DOMINANCE: f32 = 2.0;

/// Previous block: its candidate and the complex outputs of the row and column filters.
type PrevBlock = (Option<Cand>, [(f32, f32); 4], [(f32, f32); 4]);

#[derive(Clone, Copy, Debug)]
struct Cand {
    row: u8,
    col: u8,
    /// Corrected powers of the row and column tone in this block.
    rp: f32,
    cp: f32,
}

impl PartialEq for Cand {
    fn eq(&self, o: &Cand) -> bool {
        self.row == o.row && self.col == o.col
    }
}

/// Streaming DTMF detector (8 kHz). About 200 bytes of state; no allocation.
#[derive(Clone, Debug)]
pub struct DtmfDetector {
    rows: [Goertzel; 4],
    cols: [Goertzel; 4],
    energy: f32,
    n: usize,
    /// Previous block: its candidate and the complex outputs of all eight filters.
    prev: Option<PrevBlock>,
    /// Consecutive frequency-checked pairs with the same candidate.
    run: u8,
    /// Tone powers summed over the current run, and those of the previous block.
    run_power: (f32, f32),
    prev_power: (f32, f32),
    /// Digit currently held (reported), and blocks since it was last seen.
    held: Option<Cand>,
    missing: u8,
    /// Minimum per-tone power in the block's units (|X|² scale).
    min_power: f32,
    pending: Option<char>,
}

impl Default for DtmfDetector {
    fn default() -> Self {
        Self::new()
    }
}

impl DtmfDetector {
    pub fn new() -> Self {
        let p = super::dbm0_to_power(MIN_LEVEL_DBM0);
        DtmfDetector {
            rows: ROWS.map(|f| Goertzel::new(f, RATE)),
            cols: COLS.map(|f| Goertzel::new(f, RATE)),
            energy: 0.0,
            n: 0,
            prev: None,
            run: 0,
            run_power: (0.0, 0.0),
            prev_power: (0.0, 0.0),
            held: None,
            missing: 0,
            // A sine of power P (= A²/2) gives |X|² = A²N²/4 = P N²/2.
            min_power: p * (BLOCK * BLOCK) as f32 / 2.0,
            pending: None,
        }
    }

    /// Forget everything (e.g. after a call transfer).
    pub fn reset(&mut self) {
        *self = Self::new();
    }

    /// Feed 8 kHz samples (any chunk length). Returns a digit the first time it is recognised.
    pub fn process(&mut self, samples: &[i16]) -> Option<char> {
        let mut out = self.pending.take();
        for &s in samples {
            let x = s as f32;
            for g in &mut self.rows {
                g.push(x);
            }
            let xw = x * hann()[self.n];
            for g in &mut self.cols {
                g.push(xw);
            }
            self.energy += x * x;
            self.n += 1;
            if self.n == BLOCK
                && let Some(d) = self.block_done()
            {
                if out.is_none() {
                    out = Some(d);
                } else {
                    self.pending = Some(d);
                }
            }
        }
        out
    }

    fn block_done(&mut self) -> Option<char> {
        let mut rx = [(0f32, 0f32); 4];
        let mut cx = [(0f32, 0f32); 4];
        for (o, g) in rx.iter_mut().zip(&mut self.rows) {
            *o = g.complex_reset();
        }
        for (o, g) in cx.iter_mut().zip(&mut self.cols) {
            *o = g.complex_reset();
        }
        let energy = self.energy;
        self.energy = 0.0;
        self.n = 0;

        let pw = |c: (f32, f32)| c.0 * c.0 + c.1 * c.1;
        let rp = rx.map(pw);
        // The high group is Hann-windowed (coherent gain 1/2): scale its power by 4.
        let cp = cx.map(|c| 4.0 * pw(c));
        let (ri, _) = argmax(&rp);
        let (ci, _) = argmax(&cp);
        // Frequency deviation of the two strongest tones, from the phase advance since the
        // previous block (only meaningful if the tone was there too; checked below).
        let (dr, dc) = match &self.prev {
            Some((_, prx, pcx)) => (
                freq_dev(prx[ri], rx[ri], ROWS[ri]),
                freq_dev(pcx[ci], cx[ci], COLS[ci]),
            ),
            None => (f32::INFINITY, f32::INFINITY),
        };
        let cand = self.candidate(&rp, &cp, (ri, ci), (dr, dc), energy);
        let confirmed = cand.is_some()
            && matches!(&self.prev, Some((pc, _, _)) if *pc == cand)
            && dr <= FREQ_TOLERANCE * ROWS[ri]
            && dc <= FREQ_TOLERANCE * COLS[ci];
        self.prev = Some((cand, rx, cx));
        if confirmed {
            let c = cand.unwrap();
            if self.run == 0 {
                self.run_power = (self.prev_power.0 + c.rp, self.prev_power.1 + c.cp);
            } else {
                self.run_power.0 += c.rp;
                self.run_power.1 += c.cp;
            }
            self.run = self.run.saturating_add(1);
        } else {
            self.run = 0;
        }
        self.prev_power = cand.map(|c| (c.rp, c.cp)).unwrap_or((0.0, 0.0));

        let mut report = None;
        let (rs, cs) = self.run_power;
        let twist_ok =
            rs <= cs * db_ratio(NORMAL_TWIST_DB) && cs <= rs * db_ratio(REVERSE_TWIST_DB);
        if confirmed && self.run >= 2 && twist_ok {
            let c = cand.unwrap();
            if self.held != Some(c) {
                report = Some(KEYS[c.row as usize][c.col as usize]);
                self.held = Some(c);
            }
            self.missing = 0;
        } else if self.held.is_some() {
            if cand.is_some() && cand == self.held {
                self.missing = 0;
            } else {
                self.missing += 1;
                if self.missing >= 3 {
                    self.held = None;
                    self.missing = 0;
                }
            }
        }
        report
    }

    fn candidate(
        &self,
        rp: &[f32; 4],
        cp: &[f32; 4],
        (ri, ci): (usize, usize),
        (dr, dc): (f32, f32),
        energy: f32,
    ) -> Option<Cand> {
        // Undo the rectangular window's loss for a tone off its bin centre (bounded to the
        // tolerance range, so a far-off tone gains nothing).
        let rmax = rp[ri] * leakage_correction(dr.min(FREQ_TOLERANCE * ROWS[ri]));
        let cmax = cp[ci] * hann_leakage_correction(dc.min(FREQ_TOLERANCE * COLS[ci]));
        if rmax < self.min_power || cmax < self.min_power {
            return None;
        }
        if rmax > cmax * db_ratio(NORMAL_TWIST_DB + BLOCK_TWIST_SLACK_DB)
            || cmax > rmax * db_ratio(REVERSE_TWIST_DB + BLOCK_TWIST_SLACK_DB)
        {
            return None;
        }
        for (i, &p) in rp.iter().enumerate() {
            if i != ri && p * GROUP_DOMINANCE > rp[ri] {
                return None;
            }
        }
        for (i, &p) in cp.iter().enumerate() {
            if i != ci && p * GROUP_DOMINANCE > cp[ci] {
                return None;
            }
        }
        // Share of the block energy: a sine's |X|² = P N² / 2 and its energy is P N, so the
        // tone energy is 2|X|²/N.
        let tone_energy = 2.0 * (rmax + cmax) / BLOCK as f32;
        if tone_energy < MIN_TONE_SHARE * energy {
            return None;
        }
        Some(Cand {
            row: ri as u8,
            col: ci as u8,
            rp: rmax,
            cp: cmax,
        })
    }
}

/// Hann window over one block (for the high-group filters).
fn hann() -> &'static [f32; BLOCK] {
    static W: std::sync::OnceLock<[f32; BLOCK]> = std::sync::OnceLock::new();
    W.get_or_init(|| {
        let mut w = [0f32; BLOCK];
        for (n, v) in w.iter_mut().enumerate() {
            *v = 0.5 - 0.5 * (2.0 * std::f32::consts::PI * (n as f32 + 0.5) / BLOCK as f32).cos();
        }
        w
    })
}

/// Power loss of a Hann-windowed bin for a tone `df` Hz off centre, inverted.
fn hann_leakage_correction(df: f32) -> f32 {
    if !df.is_finite() || df <= 0.0 {
        return 1.0;
    }
    let b = df * BLOCK as f32 / RATE as f32; // offset in bins
    let x = std::f32::consts::PI * b;
    let w = (x.sin() / x) / (1.0 - b * b);
    1.0 / (w * w).max(0.25)
}

/// 1/sinc² of a frequency offset over one block (power loss of the DFT bin).
fn leakage_correction(df: f32) -> f32 {
    if !df.is_finite() || df <= 0.0 {
        return 1.0;
    }
    let x = std::f32::consts::PI * df * BLOCK as f32 / RATE as f32;
    let s = x.sin() / x;
    1.0 / (s * s).max(0.25)
}

fn argmax(p: &[f32; 4]) -> (usize, f32) {
    let mut best = (0, p[0]);
    for (i, &v) in p.iter().enumerate().skip(1) {
        if v > best.1 {
            best = (i, v);
        }
    }
    best
}

fn db_ratio(db: f32) -> f32 {
    10f32.powf(db / 10.0)
}

/// Phase advance between consecutive blocks -> absolute frequency deviation in Hz.
fn freq_dev(prev: (f32, f32), cur: (f32, f32), f0: f32) -> f32 {
    // cur * conj(prev)
    let re = cur.0 * prev.0 + cur.1 * prev.1;
    let im = cur.1 * prev.0 - cur.0 * prev.1;
    let measured = im.atan2(re);
    let expected = 2.0 * std::f32::consts::PI * f0 * BLOCK as f32 / RATE as f32;
    let mut d = measured - expected;
    let two_pi = 2.0 * std::f32::consts::PI;
    d -= two_pi * (d / two_pi).round();
    d.abs() * RATE as f32 / (two_pi * BLOCK as f32)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dsp::{DtmfGenerator, dbm0_to_peak};
    use crate::testutil::{Noise, add_noise};

    /// Build a signal: for each (digit, on_ms, off_ms), the two tones with the given level,
    /// twist (dB of high group relative to low) and frequency error.
    fn dtmf(
        digits: &[(char, u32, u32)],
        level_dbm0: f32,
        twist_db: f32,
        freq_err: f32,
        lead_ms: u32,
    ) -> Vec<i16> {
        let mut out = vec![0i16; (lead_ms * 8) as usize];
        for &(d, on, off) in digits {
            let (r, c) = freqs(d);
            let a_lo = dbm0_to_peak(level_dbm0);
            let a_hi = dbm0_to_peak(level_dbm0 + twist_db);
            let n = (on * 8) as usize;
            for i in 0..n {
                let t = i as f32 / 8000.0;
                let v = a_lo * (2.0 * std::f32::consts::PI * r * (1.0 + freq_err) * t).sin()
                    + a_hi * (2.0 * std::f32::consts::PI * c * (1.0 + freq_err) * t + 1.0).sin();
                out.push(v.round().clamp(-32768.0, 32767.0) as i16);
            }
            out.extend(std::iter::repeat_n(0, (off * 8) as usize));
        }
        out
    }

    fn freqs(d: char) -> (f32, f32) {
        for (r, row) in KEYS.iter().enumerate() {
            for (c, &k) in row.iter().enumerate() {
                if k == d {
                    return (ROWS[r], COLS[c]);
                }
            }
        }
        panic!()
    }

    fn detect(sig: &[i16], chunk: usize) -> String {
        let mut d = DtmfDetector::new();
        let mut s = String::new();
        for c in sig.chunks(chunk) {
            if let Some(x) = d.process(c) {
                s.push(x);
            }
        }
        s
    }

    const ALL: &str = "0123456789*#ABCD";

    #[test]
    fn all_digits_40ms_at_every_alignment() {
        for lead in 0..10u32 {
            let digits: Vec<_> = ALL.chars().map(|d| (d, 40, 40)).collect();
            let mut sig = dtmf(&digits, -10.0, 0.0, 0.0, 0);
            // shift by lead*8 samples (1 ms steps across a block)
            let mut s = vec![0i16; (lead * 8) as usize];
            s.append(&mut sig);
            assert_eq!(detect(&s, 160), ALL, "lead {lead} ms");
        }
    }

    #[test]
    fn levels_twist_and_frequency_tolerance_accepted() {
        let digits: Vec<_> = ALL.chars().map(|d| (d, 45, 45)).collect();
        for level in [-3.0, -7.0, -10.0, -20.0, -26.0] {
            for twist in [-8.0, 0.0, 4.0] {
                // Skip combinations whose peak does not fit in G.711 (Q.24 levels are per tone).
                if dbm0_to_peak(level) + dbm0_to_peak(level + twist) > 32767.0 {
                    continue;
                }
                for err in [-0.015, 0.0, 0.015] {
                    let mut sig = dtmf(&digits, level, twist, err, 5);
                    add_noise(&mut sig, dbm0_to_peak(level - 20.0) as f64, 3);
                    assert_eq!(
                        detect(&sig, 160),
                        ALL,
                        "level {level} twist {twist} err {err}"
                    );
                }
            }
        }
    }

    #[test]
    fn short_off_frequency_weak_and_twisted_rejected() {
        let digits: Vec<_> = ALL.chars().map(|d| (d, 22, 60)).collect();
        for lead in 0..10 {
            assert_eq!(
                detect(&dtmf(&digits, -10.0, 0.0, 0.0, lead), 160),
                "",
                "22 ms, lead {lead}"
            );
        }
        let long: Vec<_> = ALL.chars().map(|d| (d, 100, 60)).collect();
        for err in [-0.035, 0.035, 0.05] {
            assert_eq!(
                detect(&dtmf(&long, -10.0, 0.0, err, 0), 160),
                "",
                "err {err}"
            );
        }
        assert_eq!(
            detect(&dtmf(&long, -45.0, 0.0, 0.0, 0), 160),
            "",
            "too weak"
        );
        assert_eq!(
            detect(&dtmf(&long, -5.0, -13.0, 0.0, 0), 160),
            "",
            "normal twist 13 dB"
        );
        assert_eq!(
            detect(&dtmf(&long, -10.0, 8.0, 0.0, 0), 160),
            "",
            "reverse twist 8 dB"
        );
    }

    #[test]
    fn long_digit_with_dropout_reported_once_and_repeats_after_pause() {
        // 500 ms digit with a 10 ms gap in the middle: one '5'.
        let mut sig = dtmf(&[('5', 250, 10), ('5', 250, 50)], -10.0, 0.0, 0.0, 0);
        assert_eq!(detect(&sig, 160), "5");
        // Same digit twice with a 40 ms pause: two.
        sig = dtmf(&[('5', 60, 40), ('5', 60, 40)], -10.0, 0.0, 0.0, 3);
        assert_eq!(detect(&sig, 160), "55");
        // Odd chunk sizes give the same result.
        assert_eq!(detect(&sig, 7), "55");
    }

    #[test]
    fn generator_round_trip() {
        let mut g = DtmfGenerator::new(8000);
        g.queue("159#*0D", 60, 60, -8.0);
        let mut out = vec![];
        let mut frame = [0i16; 160];
        while g.is_busy() {
            g.fill(&mut frame);
            out.extend_from_slice(&frame);
        }
        assert_eq!(detect(&out, 160), "159#*0D");
    }

    #[test]
    fn no_talk_off_on_speech_and_noise() {
        let ulaw = include_bytes!("../../tests/fixtures/speech8k.ulaw");
        let mut speech = vec![0i16; ulaw.len()];
        crate::codec::g711::decode_ulaw(ulaw, &mut speech);
        assert_eq!(detect(&speech, 160), "", "clean speech");
        let mut noisy = speech.clone();
        add_noise(&mut noisy, 800.0, 11);
        assert_eq!(detect(&noisy, 160), "", "speech + noise");
        // Speech at +6 dB and -12 dB gain.
        let loud: Vec<i16> = speech.iter().map(|&s| s.saturating_mul(2)).collect();
        assert_eq!(detect(&loud, 160), "", "loud speech");
        let quiet: Vec<i16> = speech.iter().map(|&s| s / 4).collect();
        assert_eq!(detect(&quiet, 160), "", "quiet speech");
        // White noise alone.
        let mut n = Noise::new(5);
        let noise: Vec<i16> = (0..80_000)
            .map(|_| (n.next_f64() * 8000.0) as i16)
            .collect();
        assert_eq!(detect(&noise, 160), "");
    }

    #[test]
    fn digits_in_speech_are_found() {
        let ulaw = include_bytes!("../../tests/fixtures/speech8k.ulaw");
        let mut speech = vec![0i16; 40_000];
        crate::codec::g711::decode_ulaw(&ulaw[..40_000], &mut speech);
        let speech: Vec<i16> = speech.iter().map(|&s| s / 8).collect(); // speech ~18 dB under
        let tones = dtmf(
            &[('7', 50, 200), ('3', 50, 200), ('#', 50, 200)],
            -6.0,
            0.0,
            0.0,
            500,
        );
        let mixed: Vec<i16> = speech
            .iter()
            .zip(tones.iter().chain(std::iter::repeat(&0)))
            .map(|(&a, &b)| a.saturating_add(b))
            .collect();
        assert_eq!(detect(&mixed, 160), "73#");
    }
}
