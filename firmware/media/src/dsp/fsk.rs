//! FSK modem for caller ID: Bell 202 (1200 baud, mark 1200 Hz, space 2200 Hz) and ITU-T V.23
//! (1200 baud, mark 1300 Hz, space 2100 Hz), asynchronous 8-N-1 bytes (LSB first), 8 kHz.
//! Modulator: continuous-phase FSK from a bit queue (channel seizure, mark, bytes).
//! Demodulator: sliding one-bit correlators at mark and space, UART framing.

use super::osc::Osc;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FskStandard {
    Bell202,
    V23,
}

impl FskStandard {
    pub fn mark_space(self) -> (f32, f32) {
        match self {
            FskStandard::Bell202 => (1200.0, 2200.0),
            FskStandard::V23 => (1300.0, 2100.0),
        }
    }
}

const RATE: u32 = 8000;
const BAUD: u32 = 1200;
/// Bits the modulator can hold (enough for seizure + mark + a 255-byte MDMF message).
pub const MAX_BITS: usize = 4096;

#[derive(Clone, Debug)]
pub struct FskModulator {
    std: FskStandard,
    bits: Box<[u8; MAX_BITS / 8]>,
    head: usize,
    len: usize,
    osc: Osc,
    /// Fractional sample clock: samples per bit is 20/3.
    acc: u32,
    cur: Option<bool>,
    amp: f32,
}

impl FskModulator {
    pub fn new(std: FskStandard) -> Self {
        FskModulator {
            std,
            bits: Box::new([0; MAX_BITS / 8]),
            head: 0,
            len: 0,
            osc: Osc::new(std.mark_space().0, RATE),
            acc: 0,
            cur: None,
            amp: super::dbm0_to_peak(-13.0),
        }
    }

    fn push_bit(&mut self, b: bool) -> bool {
        if self.len == MAX_BITS {
            return false;
        }
        let i = (self.head + self.len) % MAX_BITS;
        if b {
            self.bits[i / 8] |= 1 << (i % 8);
        } else {
            self.bits[i / 8] &= !(1 << (i % 8));
        }
        self.len += 1;
        true
    }

    /// Channel seizure (alternating 0/1, `n` bits; Bell 202 caller ID uses 300).
    pub fn queue_seizure(&mut self, n: usize) {
        for i in 0..n {
            self.push_bit(i % 2 == 1);
        }
    }

    /// Mark (idle 1s), `n` bits (caller ID uses 180 before the message).
    pub fn queue_mark(&mut self, n: usize) {
        for _ in 0..n {
            self.push_bit(true);
        }
    }

    /// Bytes as 8-N-1. Returns false if the queue overflowed.
    pub fn queue_bytes(&mut self, data: &[u8]) -> bool {
        for &b in data {
            if MAX_BITS - self.len < 10 {
                return false;
            }
            self.push_bit(false);
            for i in 0..8 {
                self.push_bit(b >> i & 1 == 1);
            }
            self.push_bit(true);
        }
        true
    }

    pub fn is_busy(&self) -> bool {
        self.len > 0 || self.cur.is_some()
    }

    /// Fill a frame; silence when the queue is empty.
    pub fn fill(&mut self, out: &mut [i16]) {
        let (mark, space) = self.std.mark_space();
        for o in out.iter_mut() {
            if self.cur.is_none() {
                if self.len == 0 {
                    *o = 0;
                    continue;
                }
                let i = self.head;
                let b = self.bits[i / 8] >> (i % 8) & 1 == 1;
                self.head = (self.head + 1) % MAX_BITS;
                self.len -= 1;
                self.osc.set_freq(if b { mark } else { space }, RATE);
                self.cur = Some(b);
            }
            *o = (self.osc.next_sample() * self.amp) as i16;
            self.acc += BAUD;
            if self.acc >= RATE {
                self.acc -= RATE;
                self.cur = None;
            }
        }
    }
}

/// Build an MDMF caller-ID message (type 0x80) with date/time "MMDDHHMM", number and name,
/// plus checksum. Fields longer than allowed are truncated.
pub fn caller_id_mdmf(datetime: &str, number: &str, name: &str) -> Vec<u8> {
    let mut body = Vec::with_capacity(64);
    for (t, v, max) in [
        (0x01u8, datetime, 8usize),
        (0x02, number, 20),
        (0x07, name, 20),
    ] {
        if v.is_empty() {
            continue;
        }
        let v = &v.as_bytes()[..v.len().min(max)];
        body.push(t);
        body.push(v.len() as u8);
        body.extend_from_slice(v);
    }
    let mut msg = vec![0x80, body.len() as u8];
    msg.extend_from_slice(&body);
    let sum = msg.iter().fold(0u8, |a, &b| a.wrapping_add(b));
    msg.push(sum.wrapping_neg());
    msg
}

/// Demodulates 8-N-1 bytes from 8 kHz audio.
#[derive(Clone, Debug)]
pub struct FskDemodulator {
    /// Per-sample complex products with mark and space, over a window of one bit.
    ring: [[f32; 4]; WIN],
    pos: usize,
    sums: [f32; 4],
    /// Angular frequencies (rad/sample) in `.0`.
    mark: (f32, f32),
    space: (f32, f32),
    phase: u32,
    /// Low-passed decision value (mark - space).
    lp: f32,
    /// UART state: None = idle, Some(bit index, sample counter in 1/3 samples, byte).
    uart: Option<(u8, u32, u16)>,
    last: bool,
    min_energy: f32,
}

const WIN: usize = 7;

impl FskDemodulator {
    pub fn new(std: FskStandard) -> Self {
        let (m, s) = std.mark_space();
        let w = |f: f32| (2.0 * std::f32::consts::PI * f / RATE as f32, 0.0);
        FskDemodulator {
            ring: [[0.0; 4]; WIN],
            pos: 0,
            sums: [0.0; 4],
            mark: w(m),
            space: w(s),
            phase: 0,
            lp: 0.0,
            uart: None,
            last: true,
            min_energy: super::dbm0_to_power(-45.0) * (WIN * WIN) as f32 / 4.0,
        }
    }

    /// Feed audio; decoded bytes go to `sink`. Returns the number of bytes decoded.
    pub fn process(&mut self, samples: &[i16], mut sink: impl FnMut(u8)) -> usize {
        let mut count = 0;
        for &s in samples {
            let x = s as f32;
            let n = self.phase as f32;
            self.phase = (self.phase + 1) % 8000;
            // Local oscillators by angle n*w (exact over the 1 s period of self.phase).
            let (ms, mc) = (self.mark.0 * n).sin_cos();
            let (ss, sc) = (self.space.0 * n).sin_cos();
            let v = [x * mc, x * ms, x * sc, x * ss];
            for ((sum, &new), &old) in self.sums.iter_mut().zip(&v).zip(&self.ring[self.pos]) {
                *sum += new - old;
            }
            self.ring[self.pos] = v;
            self.pos = (self.pos + 1) % WIN;
            let pm = self.sums[0] * self.sums[0] + self.sums[1] * self.sums[1];
            let ps = self.sums[2] * self.sums[2] + self.sums[3] * self.sums[3];
            let carrier = pm + ps > self.min_energy;
            let d = if carrier { (pm - ps) / (pm + ps) } else { 1.0 };
            self.lp += 0.5 * (d - self.lp);
            let bit = self.lp > 0.0;
            // UART, timing in thirds of a sample (a bit is exactly 20 thirds).
            match self.uart {
                None => {
                    if self.last && !bit && carrier {
                        // Start edge: sample mid-bit, 10 thirds from now.
                        self.uart = Some((0, 0, 0));
                    }
                }
                Some((idx, t, byte)) => {
                    let t = t + 3;
                    let mid = 10 + 20 * idx as u32;
                    if t >= mid {
                        match idx {
                            0 if bit => self.uart = None, // false start
                            0 => self.uart = Some((1, t, 0)),
                            1..=8 => {
                                let byte = byte | (bit as u16) << (idx - 1);
                                self.uart = Some((idx + 1, t, byte));
                            }
                            _ => {
                                if bit {
                                    sink(byte as u8);
                                    count += 1;
                                }
                                self.uart = None;
                            }
                        }
                    } else {
                        self.uart = Some((idx, t, byte));
                    }
                }
            }
            self.last = bit;
        }
        count
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil::add_noise;

    fn round_trip(std: FskStandard, noise: f64) -> Vec<u8> {
        let msg = caller_id_mdmf("11211430", "0123456789", "EDGE PBX");
        let mut m = FskModulator::new(std);
        m.queue_seizure(300);
        m.queue_mark(180);
        assert!(m.queue_bytes(&msg));
        m.queue_mark(10);
        let mut audio = vec![0i16; 400];
        let mut f = [0i16; 160];
        while m.is_busy() {
            m.fill(&mut f);
            audio.extend_from_slice(&f);
        }
        add_noise(&mut audio, noise, 4);
        let mut d = FskDemodulator::new(std);
        let mut out = vec![];
        for c in audio.chunks(160) {
            d.process(c, |b| out.push(b));
        }
        // Skip bytes framed from the seizure pattern: find the message start.
        let start = out.iter().position(|&b| b == 0x80).unwrap_or(out.len());
        let got = out[start..].to_vec();
        assert_eq!(got, msg, "{std:?} noise {noise}");
        got
    }

    #[test]
    fn bell202_and_v23_round_trip() {
        for std in [FskStandard::Bell202, FskStandard::V23] {
            round_trip(std, 0.0);
            round_trip(std, 300.0);
        }
    }

    #[test]
    fn mdmf_checksum() {
        let m = caller_id_mdmf("01020304", "5551234", "");
        assert_eq!(m.iter().fold(0u8, |a, &b| a.wrapping_add(b)), 0);
        assert_eq!(m[0], 0x80);
    }
}
