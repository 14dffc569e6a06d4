//! G.711 µ-law and A-law (ITU-T G.711), 8 kHz, one byte per sample.
//!
//! Encoding is computed (segment search by leading zeros); decoding goes through a 256-entry
//! table built at compile time. Both are stateless and allocation-free.

const BIAS: i32 = 0x84;
const CLIP: i32 = 32635;

/// Encode one linear sample as µ-law.
#[inline]
pub fn linear_to_ulaw(sample: i16) -> u8 {
    let mut pcm = sample as i32;
    let sign = if pcm < 0 {
        pcm = -pcm;
        0x80
    } else {
        0
    };
    if pcm > CLIP {
        pcm = CLIP;
    }
    pcm += BIAS;
    // Segment: position of the highest set bit above bit 7.
    let exponent = (31 - (pcm as u32).leading_zeros()) as i32 - 7;
    let mantissa = (pcm >> (exponent + 3)) & 0x0F;
    !(sign | (exponent << 4) as u8 as i32 | mantissa) as u8
}

/// Decode one µ-law byte (computed form, used to build the table).
const fn ulaw_to_linear_calc(byte: u8) -> i16 {
    let u = !byte;
    let sign = u & 0x80;
    let exponent = ((u >> 4) & 0x07) as i32;
    let mantissa = (u & 0x0F) as i32;
    let magnitude = (((mantissa << 3) + BIAS) << exponent) - BIAS;
    if sign != 0 {
        -magnitude as i16
    } else {
        magnitude as i16
    }
}

/// Encode one linear sample as A-law.
#[inline]
pub fn linear_to_alaw(sample: i16) -> u8 {
    let pcm = sample as i32;
    let (mask, mag) = if pcm >= 0 {
        (0xD5u8, pcm >> 3)
    } else {
        (0x55u8, (-pcm - 1) >> 3)
    };
    // mag is 12 bits (0..4095)
    let code = if mag < 32 {
        (mag >> 1) as u8
    } else {
        let mag = mag.min(4095);
        let seg = (31 - (mag as u32).leading_zeros()) as i32 - 4; // 1..7
        ((seg << 4) as u8) | ((mag >> seg) & 0x0F) as u8
    };
    code ^ mask
}

const fn alaw_to_linear_calc(byte: u8) -> i16 {
    let a = byte ^ 0x55;
    let seg = ((a & 0x70) >> 4) as i32;
    let mut t = ((a & 0x0F) as i32) << 4;
    match seg {
        0 => t += 8,
        1 => t += 0x108,
        _ => {
            t += 0x108;
            t <<= seg - 1;
        }
    }
    if a & 0x80 != 0 { t as i16 } else { -t as i16 }
}

const fn build_table(ulaw: bool) -> [i16; 256] {
    let mut t = [0i16; 256];
    let mut i = 0;
    while i < 256 {
        t[i] = if ulaw {
            ulaw_to_linear_calc(i as u8)
        } else {
            alaw_to_linear_calc(i as u8)
        };
        i += 1;
    }
    t
}

static ULAW_TABLE: [i16; 256] = build_table(true);
static ALAW_TABLE: [i16; 256] = build_table(false);

/// Decode one µ-law byte.
#[inline]
pub fn ulaw_to_linear(byte: u8) -> i16 {
    ULAW_TABLE[byte as usize]
}

/// Decode one A-law byte.
#[inline]
pub fn alaw_to_linear(byte: u8) -> i16 {
    ALAW_TABLE[byte as usize]
}

/// Encode `pcm` into `out` as µ-law; returns the number of bytes written (`min` of both lengths).
pub fn encode_ulaw(pcm: &[i16], out: &mut [u8]) -> usize {
    let n = pcm.len().min(out.len());
    for (o, &s) in out[..n].iter_mut().zip(&pcm[..n]) {
        *o = linear_to_ulaw(s);
    }
    n
}

/// Decode µ-law `data` into `out`; returns the number of samples written.
pub fn decode_ulaw(data: &[u8], out: &mut [i16]) -> usize {
    let n = data.len().min(out.len());
    for (o, &b) in out[..n].iter_mut().zip(&data[..n]) {
        *o = ULAW_TABLE[b as usize];
    }
    n
}

/// Encode `pcm` into `out` as A-law; returns the number of bytes written.
pub fn encode_alaw(pcm: &[i16], out: &mut [u8]) -> usize {
    let n = pcm.len().min(out.len());
    for (o, &s) in out[..n].iter_mut().zip(&pcm[..n]) {
        *o = linear_to_alaw(s);
    }
    n
}

/// Decode A-law `data` into `out`; returns the number of samples written.
pub fn decode_alaw(data: &[u8], out: &mut [i16]) -> usize {
    let n = data.len().min(out.len());
    for (o, &b) in out[..n].iter_mut().zip(&data[..n]) {
        *o = ALAW_TABLE[b as usize];
    }
    n
}

/// Convert µ-law bytes to A-law bytes directly (via linear), in place.
pub fn ulaw_to_alaw_inplace(data: &mut [u8]) {
    for b in data {
        *b = linear_to_alaw(ULAW_TABLE[*b as usize]);
    }
}

/// Convert A-law bytes to µ-law bytes directly (via linear), in place.
pub fn alaw_to_ulaw_inplace(data: &mut [u8]) {
    for b in data {
        *b = linear_to_ulaw(ALAW_TABLE[*b as usize]);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ulaw_all_codes_round_trip() {
        for b in 0..=255u8 {
            let lin = ulaw_to_linear(b);
            let back = linear_to_ulaw(lin);
            // 0x7F and 0xFF both mean zero; everything else is exact.
            if lin == 0 {
                assert!(back == 0xFF || back == 0x7F);
            } else {
                assert_eq!(back, b, "code {b:#x} -> {lin}");
            }
        }
    }

    #[test]
    fn alaw_all_codes_round_trip() {
        for b in 0..=255u8 {
            let lin = alaw_to_linear(b);
            assert_eq!(linear_to_alaw(lin), b, "code {b:#x} -> {lin}");
        }
    }

    #[test]
    fn known_values() {
        assert_eq!(linear_to_ulaw(0), 0xFF);
        assert_eq!(ulaw_to_linear(0x00), -32124);
        assert_eq!(ulaw_to_linear(0x80), 32124);
        assert_eq!(linear_to_alaw(0), 0xD5);
        assert_eq!(alaw_to_linear(0xD5), 8);
        assert_eq!(alaw_to_linear(0x55), -8);
        assert_eq!(alaw_to_linear(0xAA), 32256);
        assert_eq!(linear_to_ulaw(i16::MAX), 0x80);
        assert_eq!(linear_to_ulaw(i16::MIN), 0x00);
        assert_eq!(linear_to_alaw(i16::MIN), 0x2A);
    }

    #[test]
    fn quantisation_error_is_bounded() {
        // Relative error of a log-PCM code is at most ~1/32 of the value (plus a small floor).
        for x in (-32768i32..=32767).step_by(7) {
            let s = x as i16;
            let u = ulaw_to_linear(linear_to_ulaw(s)) as i32;
            let a = alaw_to_linear(linear_to_alaw(s)) as i32;
            let tol = (x.abs() / 16).max(16);
            assert!((u - x).abs() <= tol, "ulaw {x} -> {u}");
            assert!((a - x).abs() <= tol, "alaw {x} -> {a}");
        }
    }
}
