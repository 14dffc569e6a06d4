//! Music on hold: one decoded stream shared by every caller on hold. The runtime calls
//! [`MohSource::tick`] once per 20 ms; every listener then takes the same frame, encoded at
//! most once per codec per tick ([`MohSource::frame`]), so a hundred callers on hold cost one
//! read and at most three encodes, not a hundred decoders.

use crate::codec::{Codec, Encoder};
use std::sync::Arc;

pub struct MohSource {
    /// Decoded audio at 8 kHz (shared, e.g. across several sources of one class).
    pcm: Arc<[i16]>,
    pos: usize,
    frame: [i16; 160],
    wide: [i16; 320],
    up: crate::resample::Upsample2,
    encoded: [(Codec, bool, [u8; 160]); 3],
    encoders: [Encoder; 3],
    listeners: usize,
}

impl MohSource {
    /// A source over 8 kHz linear audio (e.g. from [`crate::mp3::import_mp3`] or a WAV file).
    pub fn new(pcm: Arc<[i16]>) -> Self {
        MohSource {
            pcm,
            pos: 0,
            frame: [0; 160],
            wide: [0; 320],
            up: crate::resample::Upsample2::new(),
            encoded: [
                (Codec::Pcmu, false, [0; 160]),
                (Codec::Pcma, false, [0; 160]),
                (Codec::G722, false, [0; 160]),
            ],
            encoders: [
                Encoder::new(Codec::Pcmu),
                Encoder::new(Codec::Pcma),
                Encoder::new(Codec::G722),
            ],
            listeners: 0,
        }
    }

    pub fn add_listener(&mut self) {
        self.listeners += 1;
    }

    pub fn remove_listener(&mut self) {
        self.listeners = self.listeners.saturating_sub(1);
    }

    pub fn listeners(&self) -> usize {
        self.listeners
    }

    /// Advance by 20 ms (loops at the end). Cheap when nobody listens.
    pub fn tick(&mut self) {
        for e in &mut self.encoded {
            e.1 = false;
        }
        if self.pcm.is_empty() {
            self.frame = [0; 160];
            return;
        }
        for s in self.frame.iter_mut() {
            *s = self.pcm[self.pos];
            self.pos = (self.pos + 1) % self.pcm.len();
        }
        // The wideband version is always produced so the G.722 encoder state stays continuous.
        self.up.process(&self.frame, &mut self.wide);
    }

    /// The current frame as linear 8 kHz audio.
    pub fn pcm_frame(&self) -> &[i16; 160] {
        &self.frame
    }

    /// The current frame encoded for `codec` (160 bytes), computed once per tick.
    pub fn frame(&mut self, codec: Codec) -> &[u8] {
        let i = match codec {
            Codec::Pcmu => 0,
            Codec::Pcma => 1,
            Codec::G722 => 2,
        };
        if !self.encoded[i].1 {
            let src: &[i16] = if codec == Codec::G722 {
                &self.wide
            } else {
                &self.frame
            };
            self.encoders[i].encode(src, &mut self.encoded[i].2);
            self.encoded[i].1 = true;
        }
        &self.encoded[i].2
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shared_frames_and_loop() {
        let pcm: Arc<[i16]> = (0..400).map(|i| i as i16).collect::<Vec<_>>().into();
        let mut m = MohSource::new(pcm);
        m.add_listener();
        m.add_listener();
        m.tick();
        let a = m.frame(Codec::Pcmu).to_vec();
        let b = m.frame(Codec::Pcmu).to_vec();
        assert_eq!(a, b);
        assert_eq!(m.pcm_frame()[0], 0);
        m.tick();
        m.tick();
        // 320..400 then wraps to 0..80
        assert_eq!(m.pcm_frame()[0], 320);
        assert_eq!(m.pcm_frame()[80], 0);
        assert_eq!(m.frame(Codec::G722).len(), 160);
        assert_eq!(m.listeners(), 2);
    }
}
