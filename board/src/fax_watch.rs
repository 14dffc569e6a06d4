//! Fax and modem calls on a line: a calling fax's CNG (1100 Hz) or an answering one's CED /
//! ANS (2100 Hz), in either direction, puts the port's call in fax mode for the rest of the
//! call, so speech processing that would spoil the modem signal (the echo canceller) stays
//! out of the way. The tone detectors are the media crate's.

use edgepbx_media::dsp::fax_tones::{FaxTone, FaxToneDetector};

use crate::line::Frame;

#[derive(Default)]
pub struct FaxWatch {
    played: FaxToneDetector,
    heard: FaxToneDetector,
    tone: Option<FaxTone>,
}

impl FaxWatch {
    /// One frame of the call; the first fax tone found is returned, once.
    pub fn frame(&mut self, played: &Frame, heard: &Frame) -> Option<FaxTone> {
        if self.tone.is_some() {
            return None;
        }
        let found = self.played.process(played).or(self.heard.process(heard));
        self.tone = found;
        found
    }

    pub fn in_fax_mode(&self) -> bool {
        self.tone.is_some()
    }

    /// The call ended: the next one starts as speech.
    pub fn reset(&mut self) {
        *self = FaxWatch::default();
    }
}
