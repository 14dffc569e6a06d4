//! One G.722 sub-band ADPCM state: the adaptive predictor (two poles, six zeros) and the
//! logarithmic scale factor. Shared by encoder and decoder, so both track identically.

use super::tables::{ILB, RH2, RL42, WH, WL};

#[inline]
fn sat16(x: i32) -> i32 {
    x.clamp(-32768, 32767)
}

#[derive(Clone, Debug)]
pub struct Band {
    /// Predicted signal value.
    pub s: i32,
    sp: i32,
    sz: i32,
    /// Reconstructed signal r(n-k), k = 0..2.
    r: [i32; 3],
    /// Pole coefficients a1, a2 (index 0 unused).
    a: [i32; 3],
    /// Zero coefficients b1..b6 (index 0 unused).
    b: [i32; 7],
    /// Quantised differences d(n-k), k = 0..6.
    d: [i32; 7],
    /// Partial reconstructions p(n-k), k = 0..2.
    p: [i32; 3],
    /// Log scale factor.
    nb: i32,
    /// Scale factor.
    pub det: i32,
}

impl Band {
    pub fn new(low: bool) -> Self {
        Band {
            s: 0,
            sp: 0,
            sz: 0,
            r: [0; 3],
            a: [0; 3],
            b: [0; 7],
            d: [0; 7],
            p: [0; 3],
            nb: 0,
            det: if low { 32 } else { 8 },
        }
    }

    /// Lower band: adapt the scale factor from a 4-bit code (LOGSCL + SCALEL).
    #[inline]
    pub fn adapt_low(&mut self, code4: usize) {
        let nb = ((self.nb * 127) >> 7) + WL[RL42[code4] as usize];
        self.nb = nb.clamp(0, 18432);
        self.det = scale(self.nb, 8);
    }

    /// Higher band: adapt the scale factor from a 2-bit code (LOGSCH + SCALEH).
    #[inline]
    pub fn adapt_high(&mut self, code2: usize) {
        let nb = ((self.nb * 127) >> 7) + WH[RH2[code2] as usize];
        self.nb = nb.clamp(0, 22528);
        self.det = scale(self.nb, 10);
    }

    /// Update the predictor with the quantised difference `dq` (the Recommendation's block 4:
    /// RECONS, PARREC, UPPOL2, UPPOL1, UPZERO, DELAYA, FILTEP, FILTEZ, PREDIC).
    #[inline]
    pub fn update(&mut self, dq: i32) {
        let r0 = sat16(self.s + dq);
        let p0 = sat16(self.sz + dq);

        // UPPOL2: second pole coefficient.
        let sg0 = p0 >> 15;
        let sg1 = self.p[0] >> 15;
        let sg2 = self.p[1] >> 15;
        let f = sat16(self.a[1] << 2);
        let mut wd2 = if sg0 == sg1 { -f } else { f };
        if wd2 > 32767 {
            wd2 = 32767;
        }
        let mut a2 = if sg0 == sg2 { 128 } else { -128 };
        a2 += wd2 >> 7;
        a2 += (self.a[2] * 32512) >> 15;
        let a2 = a2.clamp(-12288, 12288);

        // UPPOL1: first pole coefficient, limited by the new a2.
        let mut a1 = if sg0 == sg1 { 192 } else { -192 };
        a1 = sat16(a1 + ((self.a[1] * 32640) >> 15));
        let lim = sat16(15360 - a2);
        let a1 = a1.clamp(-lim, lim);

        // UPZERO: six zero coefficients.
        let step = if dq == 0 { 0 } else { 128 };
        let sgd = dq >> 15;
        let mut bp = [0i32; 7];
        for (i, b) in bp.iter_mut().enumerate().skip(1) {
            let w = if (self.d[i - 1] >> 15) == sgd {
                step
            } else {
                -step
            };
            *b = sat16(w + ((self.b[i] * 32640) >> 15));
        }

        // DELAYA
        for i in (1..7).rev() {
            self.d[i] = self.d[i - 1];
        }
        self.d[0] = dq;
        self.b = bp;
        self.r[2] = self.r[1];
        self.r[1] = r0;
        self.p[1] = self.p[0];
        self.p[0] = p0;
        self.a[1] = a1;
        self.a[2] = a2;

        // FILTEP: pole section.
        let w1 = (self.a[1] * sat16(self.r[1] + self.r[1])) >> 15;
        let w2 = (self.a[2] * sat16(self.r[2] + self.r[2])) >> 15;
        self.sp = sat16(w1 + w2);

        // FILTEZ: zero section (d[1..=6] are the previous six differences after the shift).
        let mut sz = 0;
        for i in 1..7 {
            sz += (self.b[i] * sat16(self.d[i - 1] + self.d[i - 1])) >> 15;
        }
        self.sz = sat16(sz);

        // PREDIC
        self.s = sat16(self.sp + self.sz);
    }
}

/// SCALEL/SCALEH: scale factor from the log scale factor.
#[inline]
fn scale(nb: i32, shift_base: i32) -> i32 {
    let wd1 = ((nb >> 6) & 31) as usize;
    let wd2 = shift_base - (nb >> 11);
    let wd3 = if wd2 < 0 {
        ILB[wd1] << -wd2
    } else {
        ILB[wd1] >> wd2
    };
    wd3 << 2
}
