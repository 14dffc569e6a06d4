//! Signal helpers for tests, fuzz seeds and the benchmark (not for production paths).

/// `len` samples of a sine at `freq` Hz with peak `amp`, sampled at `rate` Hz.
pub fn sine(rate: u32, freq: f64, amp: f64, len: usize) -> Vec<i16> {
    (0..len)
        .map(|n| {
            (amp * (2.0 * std::f64::consts::PI * freq * n as f64 / rate as f64).sin()).round()
                as i16
        })
        .collect()
}

/// Deterministic white noise generator (xorshift32), uniform in ±amp.
pub struct Noise(u32);

impl Noise {
    pub fn new(seed: u32) -> Self {
        Noise(seed.max(1))
    }
    pub fn next_f64(&mut self) -> f64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        self.0 = x;
        (x as f64 / u32::MAX as f64) * 2.0 - 1.0
    }
    pub fn next_u32(&mut self) -> u32 {
        self.next_f64();
        self.0
    }
}

/// Add uniform noise of peak `amp` to `sig` (saturating).
pub fn add_noise(sig: &mut [i16], amp: f64, seed: u32) {
    let mut n = Noise::new(seed);
    for s in sig {
        *s = (*s as f64 + amp * n.next_f64())
            .round()
            .clamp(-32768.0, 32767.0) as i16;
    }
}

/// Root-mean-square of a signal.
pub fn rms(sig: &[i16]) -> f64 {
    if sig.is_empty() {
        return 0.0;
    }
    (sig.iter().map(|&s| (s as f64) * (s as f64)).sum::<f64>() / sig.len() as f64).sqrt()
}

/// SNR (dB) of `out` against `reference`, trying delays 0..=max_delay of `out` and returning
/// the best (snr, delay).
pub fn snr_db_aligned(reference: &[i16], out: &[i16], max_delay: usize) -> (f64, usize) {
    let mut best = (f64::MIN, 0);
    for d in 0..=max_delay {
        if d >= out.len() {
            break;
        }
        let n = reference.len().min(out.len() - d);
        let mut sig = 0.0f64;
        let mut err = 0.0f64;
        for i in 0..n {
            let r = reference[i] as f64;
            let e = out[i + d] as f64 - r;
            sig += r * r;
            err += e * e;
        }
        let snr = 10.0 * (sig / err.max(1e-9)).log10();
        if snr > best.0 {
            best = (snr, d);
        }
    }
    best
}
