//! Recording (voicemail, call recording): frames in, silence trimmed at both ends, stops at a
//! maximum length or after a long trailing silence, output as a stored-format WAV.

use crate::wav::{self, WavFormat};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RecordState {
    Recording,
    /// Maximum length reached.
    MaxLength,
    /// Trailing silence longer than the limit.
    Silence,
}

pub struct Recorder {
    rate: u32,
    samples: Vec<i16>,
    max_samples: usize,
    silence_stop: usize,
    threshold: i32,
    /// Index just past the last non-silent sample.
    last_voice: usize,
    first_voice: Option<usize>,
    state: RecordState,
}

impl Recorder {
    /// `max_ms` caps the length; `silence_stop_ms` ends the recording after that much
    /// trailing silence (0 = never). Silence is below -45 dBm0 peak.
    pub fn new(rate: u32, max_ms: u32, silence_stop_ms: u32) -> Self {
        let max_samples = (rate as u64 * max_ms as u64 / 1000) as usize;
        Recorder {
            rate,
            // Reserve up front so recording does not reallocate per frame.
            samples: Vec::with_capacity(max_samples.min(rate as usize * 600)),
            max_samples,
            silence_stop: (rate as u64 * silence_stop_ms as u64 / 1000) as usize,
            threshold: crate::dsp::dbm0_to_peak(-45.0) as i32,
            last_voice: 0,
            first_voice: None,
            state: RecordState::Recording,
        }
    }

    /// Append a frame. Returns the state after it.
    pub fn push(&mut self, frame: &[i16]) -> RecordState {
        if self.state != RecordState::Recording {
            return self.state;
        }
        let room = self.max_samples - self.samples.len();
        let frame = &frame[..frame.len().min(room)];
        let base = self.samples.len();
        for (i, &s) in frame.iter().enumerate() {
            if (s as i32).abs() > self.threshold {
                if self.first_voice.is_none() {
                    self.first_voice = Some(base + i);
                }
                self.last_voice = base + i + 1;
            }
        }
        self.samples.extend_from_slice(frame);
        if self.samples.len() >= self.max_samples {
            self.state = RecordState::MaxLength;
        } else if self.silence_stop > 0
            && self.first_voice.is_some()
            && self.samples.len() - self.last_voice >= self.silence_stop
        {
            self.state = RecordState::Silence;
        }
        self.state
    }

    pub fn duration_ms(&self) -> u64 {
        self.samples.len() as u64 * 1000 / self.rate as u64
    }

    /// The recording with leading/trailing silence trimmed (keeping 100 ms of margin).
    pub fn trimmed(&self) -> &[i16] {
        let Some(first) = self.first_voice else {
            return &[];
        };
        let margin = self.rate as usize / 10;
        let start = first.saturating_sub(margin);
        let end = (self.last_voice + margin).min(self.samples.len());
        &self.samples[start..end]
    }

    /// Trimmed recording as a WAV file (µ-law at 8 kHz is the default stored format).
    pub fn to_wav(&self, format: WavFormat) -> Vec<u8> {
        wav::write(format, self.rate, self.trimmed())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil::sine;

    #[test]
    fn trims_and_stops() {
        let mut r = Recorder::new(8000, 10_000, 2000);
        let tone = sine(8000, 400.0, 5000.0, 8000);
        for _ in 0..50 {
            assert_eq!(r.push(&[0; 160]), RecordState::Recording);
        }
        for f in tone.chunks(160) {
            r.push(f);
        }
        let mut state = RecordState::Recording;
        for _ in 0..200 {
            state = r.push(&[0; 160]);
            if state != RecordState::Recording {
                break;
            }
        }
        assert_eq!(state, RecordState::Silence);
        let t = r.trimmed();
        assert!(t.len() >= 8000 && t.len() <= 8000 + 1700, "{}", t.len());
        let w = crate::wav::read(&r.to_wav(WavFormat::Ulaw)).unwrap();
        assert_eq!(w.samples.len(), t.len());

        let mut r = Recorder::new(8000, 1000, 0);
        let mut s = RecordState::Recording;
        for f in tone.chunks(160).cycle().take(100) {
            s = r.push(f);
        }
        assert_eq!(s, RecordState::MaxLength);
        assert_eq!(r.duration_ms(), 1000);
    }
}
