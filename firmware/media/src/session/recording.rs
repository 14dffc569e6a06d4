//! `Record`: an optional beep, then the caller's 8 kHz audio into a [`Recorder`] until a stop
//! digit, the maximum length or the trailing-silence limit.

use std::sync::Arc;

use super::command::{MediaEvent, PlayItem};
use super::play::Player;
use crate::record::{RecordState, Recorder};

pub struct Recording {
    /// The beep still playing; recording starts once it is done.
    beep: Option<Player>,
    recorder: Recorder,
    stop_digits: String,
}

impl Recording {
    pub fn new(beep: bool, max_ms: u32, silence_stop_ms: u32, stop_digits: String) -> Self {
        Recording {
            beep: beep.then(|| Player::new(vec![PlayItem::Beep], "us")),
            recorder: Recorder::new(8000, max_ms, silence_stop_ms),
            stop_digits,
        }
    }

    /// What the caller hears: the beep, then silence.
    pub fn fill(&mut self, out: &mut [i16]) {
        match &mut self.beep {
            Some(p) => {
                p.fill(out);
                if p.is_done() {
                    self.beep = None;
                }
            }
            None => out.fill(0),
        }
    }

    /// The caller's frame (8 kHz). Returns the result once recording has stopped.
    pub fn push(&mut self, frame: &[i16]) -> Option<MediaEvent> {
        if self.beep.is_some() {
            return None;
        }
        match self.recorder.push(frame) {
            RecordState::Recording => None,
            RecordState::MaxLength | RecordState::Silence => Some(self.finish(None)),
        }
    }

    /// A digit: ends the recording if it is a stop digit (others are ignored).
    pub fn on_digit(&mut self, d: char) -> Option<MediaEvent> {
        self.stop_digits.contains(d).then(|| self.finish(Some(d)))
    }

    /// The caller hung up: what was recorded so far (KAZOO keeps such a message).
    pub fn on_hangup(&self) -> MediaEvent {
        self.finish(None)
    }

    fn finish(&self, digit: Option<char>) -> MediaEvent {
        let audio: Arc<[i16]> = self.recorder.trimmed().into();
        MediaEvent::Recorded {
            ms: (audio.len() / 8) as u32,
            audio,
            digit,
        }
    }
}
