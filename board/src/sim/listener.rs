//! The ears of a simulated phone or central office: keeps the last seconds of what it heard,
//! finds tones in it with Goertzel filters, and decodes caller ID (FSK Bell 202 and V.23,
//! DTMF) and DTMF digits.

use std::collections::VecDeque;

use edgepbx_media::dsp::{DtmfDetector, FskStandard, Goertzel};

use crate::cid::{CidMessage, DtmfCidDecoder, FskCidDecoder};
use crate::line::{FRAME_MS, FRAME_SAMPLES, Frame, Millis};

/// Frames of heard audio kept (5 s).
const HISTORY_FRAMES: usize = 500;
/// A block has a tone when the tone carries this share of its energy (one tone of a dual
/// tone carries half)...
const TONE_SHARE: f32 = 0.3;
/// Frames per analysis block: 40 ms gives 25 Hz resolution and spans one beat of the
/// closest dual tone (Australia, 413 + 438 Hz).
const BLOCK_FRAMES: usize = 4;
/// ...and the frame is louder than about -45 dBm0 (mean square).
const MIN_ENERGY: f32 = 2.0;

/// The same message decoded again within this time is the same spill.
const SAME_SPILL_MS: Millis = 1000;

pub struct Listener {
    /// (time, frame) newest last.
    frames: VecDeque<(Millis, Frame)>,
    bell: FskCidDecoder,
    v23: FskCidDecoder,
    dtmf_cid: DtmfCidDecoder,
    dtmf: DtmfDetector,
    /// Everything decoded, with when.
    pub messages: Vec<(Millis, CidMessage)>,
    pub digits: Vec<(Millis, char)>,
}

impl Default for Listener {
    fn default() -> Self {
        Listener {
            frames: VecDeque::with_capacity(HISTORY_FRAMES),
            bell: FskCidDecoder::new(FskStandard::Bell202),
            v23: FskCidDecoder::new(FskStandard::V23),
            dtmf_cid: DtmfCidDecoder::default(),
            dtmf: DtmfDetector::new(),
            messages: Vec::new(),
            digits: Vec::new(),
        }
    }
}

impl Listener {
    pub fn hear(&mut self, now: Millis, frame: &Frame) {
        if self.frames.len() == HISTORY_FRAMES {
            self.frames.pop_front();
        }
        self.frames.push_back((now, *frame));
        for m in [
            self.bell.process(frame),
            self.v23.process(frame),
            self.dtmf_cid.process(frame),
        ]
        .into_iter()
        .flatten()
        {
            // Bell 202 and V.23 are close enough that both demodulators may decode one spill.
            let repeat = self
                .messages
                .last()
                .is_some_and(|(t, last)| *last == m && now - t < SAME_SPILL_MS);
            if !repeat {
                self.messages.push((now, m));
            }
        }
        if let Some(d) = self.dtmf.process(frame) {
            self.digits.push((now, d));
        }
    }

    /// Share of the frames heard in the last `window_ms` in which `freq` was the main sound.
    pub fn tone_share(&self, freq: f32, window_ms: Millis) -> f32 {
        let n = (window_ms / FRAME_MS) as usize;
        let samples: Vec<i16> = self
            .frames
            .iter()
            .skip(self.frames.len().saturating_sub(n))
            .flat_map(|(_, f)| f.iter().copied())
            .collect();
        let blocks: Vec<_> = samples.chunks_exact(BLOCK_FRAMES * FRAME_SAMPLES).collect();
        if blocks.is_empty() {
            return 0.0;
        }
        let hits = blocks.iter().filter(|b| has_tone(b, freq)).count();
        hits as f32 / blocks.len() as f32
    }

    /// Mean level of `freq` over the last `window_ms`, in dB of a full-scale sine (a tone that
    /// shares the line with louder sounds still shows here); -100 for nothing.
    pub fn tone_level_db(&self, freq: f32, window_ms: Millis) -> f32 {
        let n = (window_ms / FRAME_MS) as usize;
        let frames: Vec<&Frame> = self
            .frames
            .iter()
            .skip(self.frames.len().saturating_sub(n))
            .map(|(_, f)| f)
            .collect();
        if frames.is_empty() {
            return -100.0;
        }
        let mut g = Goertzel::new(freq, 8000);
        let mut power = 0f32;
        for f in &frames {
            for &s in f.iter() {
                g.push(s as f32);
            }
            // Amplitude² of the sine in this frame: |X|² = A²N²/4.
            power += 4.0 * g.power_reset() / (FRAME_SAMPLES * FRAME_SAMPLES) as f32;
        }
        let mean = power / frames.len() as f32;
        (10.0 * (mean / (32767.0f32 * 32767.0)).log10()).max(-100.0)
    }

    /// True when `freq` was heard in most of the last `window_ms`.
    pub fn hears(&self, freq: f32, window_ms: Millis) -> bool {
        self.tone_share(freq, window_ms) > 0.8
    }

    /// Mean square level of the last `window_ms` (0 = silence).
    pub fn energy(&self, window_ms: Millis) -> f32 {
        let n = (window_ms / FRAME_MS) as usize;
        let (sum, count) = self
            .frames
            .iter()
            .rev()
            .take(n)
            .flat_map(|(_, f)| f.iter())
            .fold((0f64, 0usize), |(s, c), &x| (s + (x as f64).powi(2), c + 1));
        if count == 0 {
            0.0
        } else {
            (sum / count as f64) as f32
        }
    }

    /// Frames heard from `t` on.
    pub fn frames_since(&self, t: Millis) -> impl Iterator<Item = &Frame> {
        self.frames
            .iter()
            .filter(move |(at, _)| *at >= t)
            .map(|(_, f)| f)
    }

    /// When the first frame heard from `t` on with `freq` as its main sound began.
    pub fn first_tone_since(&self, t: Millis, freq: f32) -> Option<Millis> {
        self.frames
            .iter()
            .find(|(at, f)| *at >= t && has_tone(f, freq))
            .map(|(at, _)| *at)
    }

    pub fn caller_ids(&self) -> impl Iterator<Item = &crate::cid::CallerId> {
        self.messages.iter().filter_map(|(_, m)| match m {
            CidMessage::CallerId(c) => Some(c),
            CidMessage::Mwi(_) => None,
        })
    }
}

/// Whether `freq` carries a good share of this block's energy.
pub fn has_tone(frame: &[i16], freq: f32) -> bool {
    let mut g = Goertzel::new(freq, 8000);
    let mut energy = 0f32;
    for &s in frame {
        g.push(s as f32);
        energy += (s as f32) * (s as f32);
    }
    let n = frame.len() as f32;
    // |X|² of a sine of amplitude A over N samples is A²N²/4; its energy is A²N/2.
    let tone_energy = 2.0 * g.power_reset() / n;
    energy / n > MIN_ENERGY && tone_energy > TONE_SHARE * energy
}
