//! Goertzel filter: the DFT coefficient of one frequency over a block, complex result so that
//! callers can measure the phase advance between blocks (and thus the exact frequency).

#[derive(Clone, Copy, Debug)]
pub struct Goertzel {
    coeff: f32,
    cos: f32,
    sin: f32,
    s1: f32,
    s2: f32,
}

impl Goertzel {
    pub fn new(freq_hz: f32, rate: u32) -> Self {
        let w = 2.0 * std::f32::consts::PI * freq_hz / rate as f32;
        Goertzel {
            coeff: 2.0 * w.cos(),
            cos: w.cos(),
            sin: w.sin(),
            s1: 0.0,
            s2: 0.0,
        }
    }

    #[inline]
    pub fn push(&mut self, x: f32) {
        let s = x + self.coeff * self.s1 - self.s2;
        self.s2 = self.s1;
        self.s1 = s;
    }

    /// Squared magnitude of the block's DFT coefficient, then reset.
    #[inline]
    pub fn power_reset(&mut self) -> f32 {
        let p = self.s1 * self.s1 + self.s2 * self.s2 - self.coeff * self.s1 * self.s2;
        self.s1 = 0.0;
        self.s2 = 0.0;
        p
    }

    /// Complex DFT coefficient (up to a constant per-frequency phase), then reset.
    #[inline]
    pub fn complex_reset(&mut self) -> (f32, f32) {
        let re = self.s1 - self.cos * self.s2;
        let im = self.sin * self.s2;
        self.s1 = 0.0;
        self.s2 = 0.0;
        (re, im)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn power_of_a_bin_centred_sine() {
        let mut g = Goertzel::new(1000.0, 8000);
        for n in 0..80 {
            g.push((2.0 * std::f32::consts::PI * 1000.0 * n as f32 / 8000.0).sin() * 100.0);
        }
        // |X| = A N / 2 = 4000
        let p = g.power_reset();
        assert!((p.sqrt() - 4000.0).abs() < 5.0, "{}", p.sqrt());
    }
}
