//! Fax/modem tone detection so a channel can switch to fax mode: CNG (1100 Hz, 0.5 s on / 3 s
//! off, from the calling fax) and CED / ANS / ANSam (2100 Hz from the answering side; V.25
//! /ANS and V.8 ANSam reverse phase every 450 ms). 10 ms Goertzel blocks; a tone must carry
//! most of the energy above -43 dBm0; phase reversals are seen as a ~180° jump of the 2100 Hz
//! phase between blocks (2100 Hz is exactly 21 cycles per 80-sample block).

use super::goertzel::Goertzel;

const BLOCK: usize = 80;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FaxTone {
    /// Calling tone, 1100 Hz for at least 400 ms.
    Cng,
    /// Answer tone, 2100 Hz for at least 500 ms; `phase_reversals` when /ANS or ANSam.
    Ced { phase_reversals: bool },
}

#[derive(Clone, Debug)]
pub struct FaxToneDetector {
    g1100: Goertzel,
    g2100: Goertzel,
    energy: f32,
    n: usize,
    run1100: u32,
    run2100: u32,
    prev2100: Option<(f32, f32)>,
    reversals: u32,
    min_power: f32,
    reported_cng: bool,
    reported_ced: bool,
}

impl Default for FaxToneDetector {
    fn default() -> Self {
        Self::new()
    }
}

impl FaxToneDetector {
    pub fn new() -> Self {
        FaxToneDetector {
            g1100: Goertzel::new(1100.0, 8000),
            g2100: Goertzel::new(2100.0, 8000),
            energy: 0.0,
            n: 0,
            run1100: 0,
            run2100: 0,
            prev2100: None,
            reversals: 0,
            min_power: super::dbm0_to_power(-43.0) * (BLOCK * BLOCK) as f32 / 2.0,
            reported_cng: false,
            reported_ced: false,
        }
    }

    /// Feed 8 kHz audio. Each tone is reported once (until [`reset`](Self::reset)).
    pub fn process(&mut self, samples: &[i16]) -> Option<FaxTone> {
        let mut out = None;
        for &s in samples {
            let x = s as f32;
            self.g1100.push(x);
            self.g2100.push(x);
            self.energy += x * x;
            self.n += 1;
            if self.n == BLOCK
                && let Some(t) = self.block()
            {
                out = Some(t);
            }
        }
        out
    }

    pub fn reset(&mut self) {
        *self = Self::new();
    }

    fn block(&mut self) -> Option<FaxTone> {
        let p1 = self.g1100.power_reset();
        let c2 = self.g2100.complex_reset();
        let p2 = c2.0 * c2.0 + c2.1 * c2.1;
        let e = self.energy;
        self.energy = 0.0;
        self.n = 0;
        let share = |p: f32| 2.0 * p / BLOCK as f32 > 0.5 * e;
        let on1 = p1 > self.min_power && share(p1);
        // A reversal block contains half of each phase: its power dips; accept the dip.
        let on2 = p2 > self.min_power * 0.1 && 2.0 * p2 / BLOCK as f32 > 0.1 * e && e > 0.0;
        self.run1100 = if on1 { self.run1100 + 10 } else { 0 };
        if on2 {
            if let Some(prev) = self.prev2100 {
                let re = c2.0 * prev.0 + c2.1 * prev.1;
                let im = c2.1 * prev.0 - c2.0 * prev.1;
                if im.atan2(re).abs() > 2.0 {
                    self.reversals += 1;
                }
            }
            self.prev2100 = Some(c2);
            self.run2100 += 10;
        } else {
            self.run2100 = 0;
            self.reversals = 0;
            self.prev2100 = None;
        }
        if self.run1100 >= 400 && !self.reported_cng {
            self.reported_cng = true;
            return Some(FaxTone::Cng);
        }
        // Report CED after 500 ms, or after 1 s if a reversal might still come (ANSam's
        // first reversal is at 450 ms, so by 500 ms one has been seen if it is ANS/ANSam).
        if self.run2100 >= 500 && !self.reported_ced {
            self.reported_ced = true;
            return Some(FaxTone::Ced {
                phase_reversals: self.reversals > 0,
            });
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dsp::{Osc, dbm0_to_peak};
    use crate::testutil::add_noise;

    fn tone(f: f32, ms: usize, dbm0: f32, reverse_every_ms: usize) -> Vec<i16> {
        let mut o = Osc::new(f, 8000);
        let a = dbm0_to_peak(dbm0);
        (0..ms * 8)
            .map(|i| {
                if reverse_every_ms > 0 && i > 0 && i % (reverse_every_ms * 8) == 0 {
                    o.reverse_phase();
                }
                (o.next_sample() * a) as i16
            })
            .collect()
    }

    fn run(sig: &[i16]) -> Vec<FaxTone> {
        let mut d = FaxToneDetector::new();
        sig.chunks(160).filter_map(|c| d.process(c)).collect()
    }

    #[test]
    fn cng_ced_ansam() {
        let mut cng = tone(1100.0, 500, -20.0, 0);
        cng.extend(vec![0; 24000]);
        add_noise(&mut cng, 100.0, 1);
        assert_eq!(run(&cng), vec![FaxTone::Cng]);
        let mut ced = tone(2100.0, 3000, -15.0, 0);
        add_noise(&mut ced, 100.0, 2);
        assert_eq!(
            run(&ced),
            vec![FaxTone::Ced {
                phase_reversals: false
            }]
        );
        let ans = tone(2100.0, 3000, -15.0, 450);
        assert_eq!(
            run(&ans),
            vec![FaxTone::Ced {
                phase_reversals: true
            }]
        );
    }

    #[test]
    fn short_or_off_frequency_or_speech_not_detected() {
        assert!(run(&tone(1100.0, 300, -20.0, 0)).is_empty());
        assert!(run(&tone(1300.0, 1000, -20.0, 0)).is_empty());
        assert!(run(&tone(2100.0, 300, -20.0, 0)).is_empty());
        let ulaw = include_bytes!("../../tests/fixtures/speech8k.ulaw");
        let mut speech = vec![0i16; ulaw.len()];
        crate::codec::g711::decode_ulaw(ulaw, &mut speech);
        assert!(run(&speech).is_empty());
    }
}
