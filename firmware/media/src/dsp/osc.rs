//! Table-based sine oscillator with a 32-bit phase accumulator: exact frequency over hours,
//! no drift, no per-sample trigonometry.

use std::sync::OnceLock;

const TABLE_BITS: u32 = 10;
const TABLE_LEN: usize = 1 << TABLE_BITS;

fn table() -> &'static [f32; TABLE_LEN + 1] {
    static T: OnceLock<[f32; TABLE_LEN + 1]> = OnceLock::new();
    T.get_or_init(|| {
        let mut t = [0f32; TABLE_LEN + 1];
        for (i, v) in t.iter_mut().enumerate() {
            *v = (2.0 * std::f64::consts::PI * i as f64 / TABLE_LEN as f64).sin() as f32;
        }
        t
    })
}

/// One sine oscillator.
#[derive(Clone, Copy, Debug, Default)]
pub struct Osc {
    phase: u32,
    step: u32,
}

impl Osc {
    pub fn new(freq_hz: f32, rate: u32) -> Self {
        let mut o = Osc::default();
        o.set_freq(freq_hz, rate);
        o
    }

    pub fn set_freq(&mut self, freq_hz: f32, rate: u32) {
        self.step = ((freq_hz as f64 / rate as f64) * 4_294_967_296.0) as i64 as u32;
    }

    /// Flip the phase by 180 degrees (used for ANSam phase reversals).
    pub fn reverse_phase(&mut self) {
        self.phase = self.phase.wrapping_add(1 << 31);
    }

    pub fn reset(&mut self) {
        self.phase = 0;
    }

    /// Next sample in -1..1.
    #[inline]
    pub fn next_sample(&mut self) -> f32 {
        let t = table();
        let idx = (self.phase >> (32 - TABLE_BITS)) as usize;
        let frac = ((self.phase << TABLE_BITS) >> 8) as f32 * (1.0 / 16_777_216.0);
        self.phase = self.phase.wrapping_add(self.step);
        t[idx] + (t[idx + 1] - t[idx]) * frac
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_sin() {
        let mut o = Osc::new(1000.0, 8000);
        for n in 0..8000 {
            let want = (2.0 * std::f64::consts::PI * 1000.0 * n as f64 / 8000.0).sin();
            assert!((o.next_sample() as f64 - want).abs() < 1e-4);
        }
    }
}
