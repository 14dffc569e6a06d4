//! Call-progress detector for outside (FXO) lines: dial tone, ringback, busy, congestion, from
//! the country table's frequencies and cadences. Per 20 ms block: Goertzel power at the
//! country's tone frequencies; a block is "tone" when those carry most of the energy above
//! -40 dBm0. On/off run lengths are matched against each cadence (±25 %, at least 2 cycles).

use super::goertzel::Goertzel;
use super::tones::{Country, ToneKind, parse};

const BLOCK: usize = 160;
const MAX_F: usize = 6;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Progress {
    DialTone,
    Ringback,
    Busy,
    Congestion,
}

#[derive(Clone, Debug)]
pub struct CallProgressDetector {
    filters: [Goertzel; MAX_F],
    nf: usize,
    energy: f32,
    n: usize,
    on: bool,
    run_ms: u32,
    /// Last completed (on, off) durations, newest last.
    history: [(u32, u32); 3],
    last_on: u32,
    cadences: [(Progress, u32, u32); 3],
    min_power: f32,
    reported: Option<Progress>,
}

impl CallProgressDetector {
    pub fn new(country: &Country) -> Self {
        let mut freqs = [0f32; MAX_F];
        let mut nf = 0;
        let mut cadences = [(Progress::Busy, 0, 0); 3];
        for (i, (kind, p)) in [
            (ToneKind::Busy, Progress::Busy),
            (ToneKind::Congestion, Progress::Congestion),
            (ToneKind::Ringback, Progress::Ringback),
        ]
        .into_iter()
        .enumerate()
        {
            if let Ok((segs, n)) = parse(country.tone(kind)) {
                let on = segs[..n]
                    .iter()
                    .find(|s| s.f1 > 0.0)
                    .map(|s| s.ms)
                    .unwrap_or(0);
                let total: u32 = segs[..n].iter().map(|s| s.ms).sum();
                // For multi-burst cadences (uk ringback), use the first burst and the rest.
                cadences[i] = (p, on, total - on);
            }
        }
        for kind in [
            ToneKind::Dial,
            ToneKind::Busy,
            ToneKind::Ringback,
            ToneKind::Congestion,
        ] {
            if let Ok((segs, n)) = parse(country.tone(kind)) {
                for s in &segs[..n] {
                    for f in [s.f1, if s.modulated { 0.0 } else { s.f2 }] {
                        if f >= 100.0
                            && nf < MAX_F
                            && !freqs[..nf].iter().any(|&g| (g - f).abs() < 20.0)
                        {
                            freqs[nf] = f;
                            nf += 1;
                        }
                    }
                }
            }
        }
        let mut filters = [Goertzel::new(0.0, 8000); MAX_F];
        for i in 0..nf {
            filters[i] = Goertzel::new(freqs[i], 8000);
        }
        CallProgressDetector {
            filters,
            nf,
            energy: 0.0,
            n: 0,
            on: false,
            run_ms: 0,
            history: [(0, 0); 3],
            last_on: 0,
            cadences,
            min_power: super::dbm0_to_power(-40.0) * (BLOCK * BLOCK) as f32 / 2.0,
            reported: None,
        }
    }

    /// Feed 8 kHz audio; returns a classification when it is first recognised or changes.
    pub fn process(&mut self, samples: &[i16]) -> Option<Progress> {
        let mut out = None;
        for &s in samples {
            let x = s as f32;
            for g in &mut self.filters[..self.nf] {
                g.push(x);
            }
            self.energy += x * x;
            self.n += 1;
            if self.n == BLOCK
                && let Some(p) = self.block()
            {
                out = Some(p);
            }
        }
        out
    }

    fn block(&mut self) -> Option<Progress> {
        let mut tone = 0f32;
        let mut best = 0f32;
        for g in &mut self.filters[..self.nf] {
            let p = g.power_reset();
            tone += p;
            best = best.max(p);
        }
        let energy = self.energy;
        self.energy = 0.0;
        self.n = 0;
        let on = best > self.min_power && 2.0 * tone / BLOCK as f32 > 0.6 * energy;
        let mut result = None;
        if on != self.on {
            if self.on {
                self.last_on = self.run_ms;
            } else {
                self.history.rotate_left(1);
                self.history[2] = (self.last_on, self.run_ms);
                result = self.classify();
            }
            self.on = on;
            self.run_ms = 0;
        }
        self.run_ms += 20;
        if self.on && self.run_ms >= 2500 && self.reported != Some(Progress::DialTone) {
            result = Some(Progress::DialTone);
        }
        if let Some(r) = result {
            if self.reported == Some(r) {
                return None;
            }
            self.reported = Some(r);
        }
        result
    }

    fn classify(&self) -> Option<Progress> {
        let close = |a: u32, b: u32| {
            let tol = (b / 4).max(60);
            a + tol >= b && a <= b + tol
        };
        // Prefer the cadence that matches the last two complete cycles.
        let mut best: Option<(Progress, u32)> = None;
        for &(p, on, off) in &self.cadences {
            if on == 0 {
                continue;
            }
            let ok = self.history[1..]
                .iter()
                .all(|&(h_on, h_off)| close(h_on, on) && close(h_off, off));
            if ok {
                let err = self.history[2].0.abs_diff(on) + self.history[2].1.abs_diff(off);
                if best.is_none_or(|(_, e)| err < e) {
                    best = Some((p, err));
                }
            }
        }
        best.map(|b| b.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dsp::tones::{ToneGenerator, country};
    use crate::testutil::add_noise;

    fn detect(cc: &str, kind: ToneKind, secs: usize) -> Vec<Progress> {
        let c = country(cc).unwrap();
        let mut g = ToneGenerator::new(cc, kind, 8000).unwrap();
        g.set_level(-20.0);
        let mut d = CallProgressDetector::new(c);
        let mut out = vec![];
        let mut f = [0i16; 160];
        for i in 0..secs * 50 {
            g.fill(&mut f);
            add_noise(&mut f, 200.0, i as u32 + 1);
            if let Some(p) = d.process(&f) {
                out.push(p);
            }
        }
        out
    }

    #[test]
    fn classifies_country_tones() {
        for cc in ["us", "de", "uk", "fr", "cn", "jp", "br", "in"] {
            assert_eq!(
                detect(cc, ToneKind::Busy, 5),
                vec![Progress::Busy],
                "{cc} busy"
            );
            assert_eq!(
                detect(cc, ToneKind::Dial, 4),
                vec![Progress::DialTone],
                "{cc} dial"
            );
        }
        for cc in ["us", "de", "fr", "cn"] {
            assert_eq!(
                detect(cc, ToneKind::Ringback, 20),
                vec![Progress::Ringback],
                "{cc} ring"
            );
        }
        assert_eq!(
            detect("us", ToneKind::Congestion, 4),
            vec![Progress::Congestion]
        );
        assert_eq!(
            detect("de", ToneKind::Congestion, 4),
            vec![Progress::Congestion]
        );
    }
}
