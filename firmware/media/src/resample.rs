//! Sample-rate conversion.
//!
//! * [`Downsample2`] / [`Upsample2`]: 16 kHz <-> 8 kHz for the G.722 <-> G.711 path, a 47-tap
//!   Kaiser-windowed half-band FIR (flat to 3.4 kHz within 0.12 dB, -37 dB at 4.6 kHz, -76 dB
//!   at 5 kHz). Half of the taps are zero, so the cost is 12 multiply-adds per output pair.
//!   Fixed state, no allocation, any frame length.
//! * [`resample`]: arbitrary-ratio windowed-sinc conversion for imported media (allocates; not a
//!   per-frame path).

/// Non-zero odd taps of the half-band filter (offsets ±1, ±3, ... ±23), Q16; centre tap is 0.5.
const HB: [i32; 12] = [
    20732, -6579, 3574, -2193, 1385, -865, 521, -296, 154, -70, 26, -5,
];
const HB_CENTRE: i32 = 32768;
/// Filter length and group delay (in input samples at 16 kHz).
const TAPS: usize = 47;

#[inline]
fn sat64(x: i64) -> i16 {
    x.clamp(-32768, 32767) as i16
}

#[inline]
fn sat(x: i32) -> i16 {
    x.clamp(-32768, 32767) as i16
}

/// 16 kHz -> 8 kHz decimator (anti-alias filter + drop every second sample).
#[derive(Clone, Debug)]
pub struct Downsample2 {
    /// The last TAPS-1 input samples, oldest first.
    hist: [i32; TAPS - 1],
}

impl Default for Downsample2 {
    fn default() -> Self {
        Self::new()
    }
}

impl Downsample2 {
    pub fn new() -> Self {
        Downsample2 {
            hist: [0; TAPS - 1],
        }
    }

    /// Filter `input` (16 kHz, even length) into `out` (8 kHz). Returns samples written
    /// (`min(input.len() / 2, out.len())`).
    pub fn process(&mut self, input: &[i16], out: &mut [i16]) -> usize {
        let n = (input.len() / 2).min(out.len());
        const CHUNK: usize = 160;
        let mut buf = [0i32; TAPS - 1 + 2 * CHUNK];
        let mut done = 0;
        while done < n {
            let m = (n - done).min(CHUNK);
            buf[..TAPS - 1].copy_from_slice(&self.hist);
            for (b, &s) in buf[TAPS - 1..TAPS - 1 + 2 * m]
                .iter_mut()
                .zip(&input[2 * done..2 * (done + m)])
            {
                *b = s as i32;
            }
            for (k, o) in out[done..done + m].iter_mut().enumerate() {
                // Output k is centred on buf[2k + 1 + 23] (window buf[2k+1 ..= 2k+47]).
                let c = 2 * k + 1 + (TAPS - 1) / 2;
                // i64: full-scale input of alternating sign reaches 3.5e9 (> i32::MAX).
                let mut acc = (HB_CENTRE * buf[c]) as i64;
                for (j, &h) in HB.iter().enumerate() {
                    let off = 2 * j + 1;
                    acc += h as i64 * (buf[c - off] + buf[c + off]) as i64;
                }
                *o = sat64((acc + 32768) >> 16);
            }
            self.hist.copy_from_slice(&buf[2 * m..2 * m + TAPS - 1]);
            done += m;
        }
        n
    }
}

/// 8 kHz -> 16 kHz interpolator (zero-stuff + the same half-band filter, gain 2).
#[derive(Clone, Debug)]
pub struct Upsample2 {
    /// The last 23 input samples (8 kHz), oldest first.
    hist: [i32; HB.len() * 2 - 1],
}

impl Default for Upsample2 {
    fn default() -> Self {
        Self::new()
    }
}

impl Upsample2 {
    pub fn new() -> Self {
        Upsample2 {
            hist: [0; HB.len() * 2 - 1],
        }
    }

    /// Interpolate `input` (8 kHz) into `out` (16 kHz). Returns samples written
    /// (`2 * min(input.len(), out.len() / 2)`).
    pub fn process(&mut self, input: &[i16], out: &mut [i16]) -> usize {
        const H: usize = HB.len() * 2 - 1; // 23
        const CHUNK: usize = 160;
        let n = input.len().min(out.len() / 2);
        let mut buf = [0i32; H + CHUNK];
        let mut done = 0;
        while done < n {
            let m = (n - done).min(CHUNK);
            buf[..H].copy_from_slice(&self.hist);
            for (b, &s) in buf[H..H + m].iter_mut().zip(&input[done..done + m]) {
                *b = s as i32;
            }
            for k in 0..m {
                // In the zero-stuffed 16 kHz stream, input sample i sits at position 2i. With a
                // 47-tap filter the even output is the centre tap on sample (k + H - 11), the odd
                // output the symmetric sum around the midpoint between samples k+H-12 and k+H-11.
                let i = k + H - HB.len() + 1; // = k + 12
                let even = HB_CENTRE * buf[i - 1] * 2;
                let mut odd = 0i64;
                for (j, &h) in HB.iter().enumerate() {
                    odd += h as i64 * (buf[i - 1 - j] + buf[i + j]) as i64;
                }
                let o = &mut out[2 * (done + k)..2 * (done + k) + 2];
                o[0] = sat((even + 32768) >> 16);
                o[1] = sat64((odd * 2 + 32768) >> 16);
            }
            self.hist.copy_from_slice(&buf[m..m + H]);
            done += m;
        }
        n * 2
    }
}

/// Convert `input` at `from_hz` to `to_hz` with a windowed-sinc (Blackman, 32 zero crossings
/// each side, cut-off just below the lower Nyquist). For media import; allocates the output.
pub fn resample(input: &[i16], from_hz: u32, to_hz: u32) -> Vec<i16> {
    if from_hz == to_hz || input.is_empty() || from_hz == 0 || to_hz == 0 {
        return input.to_vec();
    }
    let ratio = to_hz as f64 / from_hz as f64;
    let out_len = ((input.len() as f64) * ratio).floor() as usize;
    let cutoff = 0.92 * ratio.min(1.0); // relative to the input Nyquist
    let half = 32.0 / cutoff.min(1.0); // half-width in input samples
    let half_i = half.ceil() as isize;
    let mut out = Vec::with_capacity(out_len);
    for k in 0..out_len {
        let t = k as f64 / ratio;
        let centre = t.floor() as isize;
        let mut acc = 0.0f64;
        for n in (centre - half_i)..=(centre + half_i) {
            if n < 0 || n as usize >= input.len() {
                continue;
            }
            let x = n as f64 - t;
            if x.abs() > half {
                continue;
            }
            let sinc = if x == 0.0 {
                1.0
            } else {
                let a = std::f64::consts::PI * cutoff * x;
                a.sin() / a
            };
            let w = 0.42
                + 0.5 * (std::f64::consts::PI * x / half).cos()
                + 0.08 * (2.0 * std::f64::consts::PI * x / half).cos();
            acc += input[n as usize] as f64 * sinc * w * cutoff;
        }
        out.push(acc.round().clamp(-32768.0, 32767.0) as i16);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil::{rms, sine, snr_db_aligned};

    #[test]
    fn full_scale_garbage_saturates_instead_of_overflowing() {
        // What a corrupt G.722 stream can decode to: full scale with the signs of the taps
        // around one output (an i32 accumulator overflowed here).
        let sign = |j: usize| if j.is_multiple_of(2) { 32767 } else { -32768 };
        let mut down_in = vec![0i16; 640];
        down_in[200] = 32767;
        for j in 0..12 {
            down_in[200 + 2 * j + 1] = sign(j);
            down_in[200 - 2 * j - 1] = sign(j);
        }
        let mut up_in = vec![0i16; 160];
        for j in 0..12 {
            up_in[80 + j] = sign(j);
            up_in[79 - j] = sign(j);
        }
        let mut out = [0i16; 640];
        Downsample2::new().process(&down_in, &mut out);
        assert!(out.contains(&32767));
        Upsample2::new().process(&up_in, &mut out);
        assert!(out.iter().any(|&s| s == 32767 || s == -32768));
    }

    #[test]
    fn down_then_up_keeps_a_1khz_tone() {
        let src = sine(8000, 1000.0, 10000.0, 16000);
        let mut down = Downsample2::new();
        let mut up = Upsample2::new();
        let mut mid = vec![0i16; 8000];
        let mut back = vec![0i16; 16000];
        // Odd chunk sizes to exercise the state carry-over.
        let mut i = 0;
        let mut o = 0;
        for chunk in [2usize, 318, 640, 1000, 4000].iter().cycle() {
            if i >= src.len() {
                break;
            }
            let c = (*chunk).min(src.len() - i);
            o += down.process(&src[i..i + c], &mut mid[o..]);
            i += c;
        }
        assert_eq!(o, 8000);
        assert_eq!(up.process(&mid, &mut back), 16000);
        let (snr, _) = snr_db_aligned(&src[1000..], &back[1000..], 100);
        assert!(snr > 35.0, "snr {snr}");
    }

    #[test]
    fn downsample_rejects_6khz() {
        let src = sine(16000, 6000.0, 10000.0, 3200);
        let mut down = Downsample2::new();
        let mut out = vec![0i16; 1600];
        down.process(&src, &mut out);
        assert!(rms(&out[100..]) < 10000.0 * 0.707 * 0.01);
    }

    #[test]
    fn arbitrary_ratio() {
        let src = sine(44100, 440.0, 10000.0, 44100);
        let out = resample(&src, 44100, 8000);
        assert_eq!(out.len(), 8000);
        let want = sine(8000, 440.0, 10000.0, 8000);
        let (snr, _) = snr_db_aligned(&want[500..7500], &out[500..7500], 4);
        assert!(snr > 30.0, "snr {snr}");
    }
}
