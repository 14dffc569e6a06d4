//! Payload-to-payload transcoding between two legs with different codecs. Every codec here
//! carries 8 bytes per millisecond, so the output has as many bytes as the input.

use super::{Codec, Decoder, Encoder, g711};
use crate::resample::{Downsample2, Upsample2};

/// Converts payloads of one codec into another, keeping filter and ADPCM state across frames.
#[derive(Clone, Debug)]
pub struct Transcoder {
    from: Codec,
    to: Codec,
    dec: Decoder,
    enc: Encoder,
    down: Downsample2,
    up: Upsample2,
}

/// Internal chunk: 20 ms.
const CHUNK_BYTES: usize = 160;

impl Transcoder {
    pub fn new(from: Codec, to: Codec) -> Self {
        Transcoder {
            from,
            to,
            dec: Decoder::new(from),
            enc: Encoder::new(to),
            down: Downsample2::new(),
            up: Upsample2::new(),
        }
    }

    pub fn from_codec(&self) -> Codec {
        self.from
    }

    pub fn to_codec(&self) -> Codec {
        self.to
    }

    /// Transcode `input` into `out`; returns bytes written (`min(input.len(), out.len())`).
    pub fn transcode(&mut self, input: &[u8], out: &mut [u8]) -> usize {
        let n = input.len().min(out.len());
        match (self.from, self.to) {
            (a, b) if a == b => {
                out[..n].copy_from_slice(&input[..n]);
                return n;
            }
            (Codec::Pcmu, Codec::Pcma) => {
                out[..n].copy_from_slice(&input[..n]);
                g711::ulaw_to_alaw_inplace(&mut out[..n]);
                return n;
            }
            (Codec::Pcma, Codec::Pcmu) => {
                out[..n].copy_from_slice(&input[..n]);
                g711::alaw_to_ulaw_inplace(&mut out[..n]);
                return n;
            }
            _ => {}
        }
        let mut wide = [0i16; 2 * CHUNK_BYTES];
        let mut narrow = [0i16; CHUNK_BYTES];
        let mut done = 0;
        while done < n {
            let m = (n - done).min(CHUNK_BYTES);
            let src = &input[done..done + m];
            let dst = &mut out[done..done + m];
            if self.from == Codec::G722 {
                let s = self.dec.decode(src, &mut wide);
                let k = self.down.process(&wide[..s], &mut narrow);
                self.enc.encode(&narrow[..k], dst);
            } else {
                let s = self.dec.decode(src, &mut narrow);
                let k = self.up.process(&narrow[..s], &mut wide);
                self.enc.encode(&wide[..k], dst);
            }
            done += m;
        }
        n
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil::{sine, snr_db_aligned};

    fn encode_all(codec: Codec, pcm: &[i16]) -> Vec<u8> {
        let mut e = Encoder::new(codec);
        let mut out = vec![0u8; codec.bytes_for_ms(1) * pcm.len() / codec.samples_for_ms(1)];
        let n = e.encode(pcm, &mut out);
        out.truncate(n);
        out
    }

    fn decode_all(codec: Codec, data: &[u8]) -> Vec<i16> {
        let mut d = Decoder::new(codec);
        let mut out = vec![0i16; codec.samples_for_bytes(data.len())];
        let n = d.decode(data, &mut out);
        out.truncate(n);
        out
    }

    #[test]
    fn g722_to_g711_and_back() {
        let wide = sine(16000, 800.0, 8000.0, 16000);
        let narrow_ref = sine(8000, 800.0, 8000.0, 8000);
        for g711c in [Codec::Pcmu, Codec::Pcma] {
            let g722 = encode_all(Codec::G722, &wide);
            let mut t = Transcoder::new(Codec::G722, g711c);
            let mut g711 = vec![0u8; g722.len()];
            for (i, o) in g722.chunks(160).zip(g711.chunks_mut(160)) {
                assert_eq!(t.transcode(i, o), i.len());
            }
            let pcm8 = decode_all(g711c, &g711);
            let (snr, _) = snr_db_aligned(&narrow_ref[800..], &pcm8[800..], 80);
            assert!(snr > 20.0, "722->{g711c:?}: {snr:.1} dB");

            let mut back = Transcoder::new(g711c, Codec::G722);
            let mut g722b = vec![0u8; g711.len()];
            back.transcode(&g711, &mut g722b);
            let pcm16 = decode_all(Codec::G722, &g722b);
            let (snr, _) = snr_db_aligned(&wide[1600..], &pcm16[1600..], 160);
            assert!(snr > 18.0, "{g711c:?}->722: {snr:.1} dB");
        }
    }

    #[test]
    fn ulaw_alaw_direct() {
        let pcm = sine(8000, 1000.0, 12000.0, 800);
        let u = encode_all(Codec::Pcmu, &pcm);
        let mut t = Transcoder::new(Codec::Pcmu, Codec::Pcma);
        let mut a = vec![0u8; u.len()];
        t.transcode(&u, &mut a);
        let (snr, d) = snr_db_aligned(&pcm, &decode_all(Codec::Pcma, &a), 0);
        assert_eq!(d, 0);
        assert!(snr > 30.0);
    }

    #[test]
    fn codec_table() {
        for c in Codec::ALL {
            assert_eq!(Codec::from_payload_type(c.payload_type()), Some(c));
            assert_eq!(c.rtp_clock_rate(), 8000);
            assert_eq!(c.bytes_for_ms(20), 160);
        }
        assert_eq!(Codec::G722.samples_for_ms(20), 320);
        assert_eq!(Codec::from_payload_type(18), None);
    }
}
