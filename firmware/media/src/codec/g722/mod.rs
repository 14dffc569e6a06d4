//! ITU-T G.722 wideband codec at 64 kbit/s: 16 kHz linear PCM <-> one byte per two samples.
//!
//! Structure as in the Recommendation: a 24-tap quadrature mirror filter bank splits the band
//! into a lower (0-4 kHz) and higher (4-8 kHz) sub-band, each coded with sub-band ADPCM
//! (6 bits lower, 2 bits higher). Our own implementation, written from the Recommendation's
//! block descriptions; interoperability is tested against ffmpeg (`tests/g722_ffmpeg.rs`).
//!
//! Note the RTP quirk (RFC 3551): G.722's RTP clock rate is 8000 although it samples at 16 kHz.

mod band;
mod tables;

use band::Band;
use tables::{IHN, IHP, ILN, ILP, Q6, QM2, QM4, QM6, QMF};

/// G.722 encoder state (about 150 bytes; no heap).
#[derive(Clone, Debug)]
pub struct G722Encoder {
    x: [i32; 24],
    low: Band,
    high: Band,
}

impl Default for G722Encoder {
    fn default() -> Self {
        Self::new()
    }
}

impl G722Encoder {
    pub fn new() -> Self {
        G722Encoder {
            x: [0; 24],
            low: Band::new(true),
            high: Band::new(false),
        }
    }

    /// Encode 16 kHz samples (pairs) into `out`, one byte per pair. Returns bytes written.
    /// An odd trailing sample is ignored (frames are always even).
    pub fn encode(&mut self, pcm: &[i16], out: &mut [u8]) -> usize {
        let n = (pcm.len() / 2).min(out.len());
        for (o, pair) in out[..n].iter_mut().zip(pcm.chunks_exact(2)) {
            *o = self.encode_pair(pair[0], pair[1]);
        }
        n
    }

    #[inline]
    fn encode_pair(&mut self, s0: i16, s1: i16) -> u8 {
        // Transmit QMF: push two samples, keep one output of each band.
        self.x.copy_within(2.., 0);
        self.x[22] = s0 as i32;
        self.x[23] = s1 as i32;
        let mut odd = 0i32;
        let mut even = 0i32;
        for i in 0..12 {
            odd += self.x[2 * i] * QMF[i];
            even += self.x[2 * i + 1] * QMF[11 - i];
        }
        let xlow = (even + odd) >> 14;
        let xhigh = (even - odd) >> 14;

        // Lower band: 6-bit quantiser.
        let el = (xlow - self.low.s).clamp(-32768, 32767);
        let wd = if el >= 0 { el } else { -(el + 1) };
        let mut i = 1;
        while i < 30 {
            if wd < (Q6[i] * self.low.det) >> 12 {
                break;
            }
            i += 1;
        }
        let ilow = if el < 0 { ILN[i] } else { ILP[i] };
        let ril = (ilow >> 2) as usize;
        let dlow = (self.low.det * QM4[ril]) >> 15;
        self.low.adapt_low(ril);
        self.low.update(dlow);

        // Higher band: 2-bit quantiser.
        let eh = (xhigh - self.high.s).clamp(-32768, 32767);
        let wd = if eh >= 0 { eh } else { -(eh + 1) };
        let mih = if wd >= (564 * self.high.det) >> 12 {
            2
        } else {
            1
        };
        let ihigh = if eh < 0 { IHN[mih] } else { IHP[mih] } as usize;
        let dhigh = (self.high.det * QM2[ihigh]) >> 15;
        self.high.adapt_high(ihigh);
        self.high.update(dhigh);

        ((ihigh as u8) << 6) | ilow as u8
    }
}

/// G.722 decoder state (64 kbit/s mode).
#[derive(Clone, Debug)]
pub struct G722Decoder {
    x: [i32; 24],
    low: Band,
    high: Band,
}

impl Default for G722Decoder {
    fn default() -> Self {
        Self::new()
    }
}

impl G722Decoder {
    pub fn new() -> Self {
        G722Decoder {
            x: [0; 24],
            low: Band::new(true),
            high: Band::new(false),
        }
    }

    /// Decode bytes into 16 kHz samples (two per byte). Returns samples written.
    pub fn decode(&mut self, data: &[u8], out: &mut [i16]) -> usize {
        let n = data.len().min(out.len() / 2);
        for (pair, &code) in out.chunks_exact_mut(2).zip(&data[..n]) {
            let (a, b) = self.decode_byte(code);
            pair[0] = a;
            pair[1] = b;
        }
        n * 2
    }

    #[inline]
    fn decode_byte(&mut self, code: u8) -> (i16, i16) {
        let ilow = (code & 0x3F) as usize;
        let ihigh = (code >> 6) as usize;

        // Lower band: reconstruct with the 6-bit inverse quantiser, adapt with the 4-bit one.
        let rlow = (self.low.s + ((self.low.det * QM6[ilow]) >> 15)).clamp(-16384, 16383);
        let ril = ilow >> 2;
        let dlow = (self.low.det * QM4[ril]) >> 15;
        self.low.adapt_low(ril);
        self.low.update(dlow);

        // Higher band.
        let dhigh = (self.high.det * QM2[ihigh]) >> 15;
        let rhigh = (dhigh + self.high.s).clamp(-16384, 16383);
        self.high.adapt_high(ihigh);
        self.high.update(dhigh);

        // Receive QMF.
        self.x.copy_within(2.., 0);
        self.x[22] = rlow + rhigh;
        self.x[23] = rlow - rhigh;
        let mut out1 = 0i32;
        let mut out2 = 0i32;
        for i in 0..12 {
            out2 += self.x[2 * i] * QMF[i];
            out1 += self.x[2 * i + 1] * QMF[11 - i];
        }
        (
            (out1 >> 11).clamp(-32768, 32767) as i16,
            (out2 >> 11).clamp(-32768, 32767) as i16,
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil::{sine, snr_db_aligned};

    #[test]
    fn sine_round_trip_snr() {
        for &f in &[300.0, 1000.0, 3000.0, 5000.0] {
            let src = sine(16000, f, 8000.0, 16000);
            let mut enc = G722Encoder::new();
            let mut dec = G722Decoder::new();
            let mut code = vec![0u8; src.len() / 2];
            let mut out = vec![0i16; src.len()];
            assert_eq!(enc.encode(&src, &mut code), 8000);
            assert_eq!(dec.decode(&code, &mut out), 16000);
            let (snr, delay) = snr_db_aligned(&src[2000..], &out[2000..], 64);
            assert!(snr > 20.0, "{f} Hz: snr {snr:.1} dB at delay {delay}");
        }
    }

    #[test]
    fn silence_stays_quiet() {
        let src = vec![0i16; 320];
        let mut enc = G722Encoder::new();
        let mut dec = G722Decoder::new();
        let mut code = [0u8; 160];
        let mut out = [0i16; 320];
        enc.encode(&src, &mut code);
        dec.decode(&code, &mut out);
        assert!(out.iter().all(|&s| s.abs() < 64));
    }

    #[test]
    fn extreme_input_does_not_panic() {
        let mut enc = G722Encoder::new();
        let mut dec = G722Decoder::new();
        let src: Vec<i16> = (0..4000)
            .map(|i| if i % 3 == 0 { i16::MAX } else { i16::MIN })
            .collect();
        let mut code = vec![0u8; 2000];
        let mut out = vec![0i16; 4000];
        enc.encode(&src, &mut code);
        dec.decode(&code, &mut out);
        let all: Vec<u8> = (0..=255u8).cycle().take(5000).collect();
        let mut out = vec![0i16; 10000];
        dec.decode(&all, &mut out);
    }
}
