//! Listening in on a bridged call. The relay copies the RTP each phone sends to the media
//! server; a [`CallTap`] decodes both copies without ever sending anything back, reports the
//! keys pressed on either side (in-call feature keys) and records the call: both sides mixed
//! into one 8 kHz µ-law WAV. Sans-IO: time arrives as `now_ms`.

use super::command::MediaEvent;
use super::inbound::{Inbound, StreamFormat, is_key};
use super::play::FRAME_8K;
use crate::codec::g711;
use crate::wav;

/// One side of the relayed call (the relay's A and B legs).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TapSide {
    A,
    B,
}

impl TapSide {
    fn index(self) -> usize {
        match self {
            TapSide::A => 0,
            TapSide::B => 1,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TapCommand {
    /// Report keys pressed on these sides as [`MediaEvent::TapDigit`] (A, B).
    Digits { a: bool, b: bool },
    /// Start recording both sides, for at most `max_ms`; a recording already running goes on.
    RecordStart { max_ms: u32 },
    /// Stop recording; the result is one [`MediaEvent::CallRecorded`].
    RecordStop,
}

/// Both sides mixed, as µ-law bytes (half the memory of linear samples: an hour is 28.8 MB).
struct CallRecording {
    tag: u32,
    ulaw: Vec<u8>,
    max_samples: usize,
}

impl CallRecording {
    fn finish(self) -> MediaEvent {
        let ms = (self.ulaw.len() / 8) as u32;
        MediaEvent::CallRecorded {
            wav: wav::write_ulaw_encoded(8000, &self.ulaw).into(),
            ms,
        }
    }
}

pub struct CallTap {
    sides: [Option<Inbound>; 2],
    report_digits: [bool; 2],
    digits_tag: u32,
    recording: Option<CallRecording>,
    events: Vec<(u32, MediaEvent)>,
}

impl CallTap {
    /// A tap on the sides whose formats are given (a side without one is not listened to).
    pub fn new(a: Option<StreamFormat>, b: Option<StreamFormat>) -> Self {
        CallTap {
            sides: [a.map(Inbound::new), b.map(Inbound::new)],
            report_digits: [false; 2],
            digits_tag: 0,
            recording: None,
            events: Vec::new(),
        }
    }

    pub fn command(&mut self, tag: u32, cmd: TapCommand) {
        match cmd {
            TapCommand::Digits { a, b } => {
                self.report_digits = [a, b];
                self.digits_tag = tag;
            }
            TapCommand::RecordStart { max_ms } => match &mut self.recording {
                Some(r) => r.tag = tag,
                None => {
                    let max_samples = max_ms as usize * 8;
                    self.recording = Some(CallRecording {
                        tag,
                        // Grows as the call goes on: most calls are far shorter than the limit.
                        ulaw: Vec::with_capacity(max_samples.min(8000 * 60)),
                        max_samples,
                    });
                }
            },
            TapCommand::RecordStop => self.finish_recording(),
        }
    }

    /// A copy of a packet `side`'s phone sent.
    pub fn receive(&mut self, side: TapSide, packet: &[u8], now_ms: u64) {
        let i = side.index();
        if let Some(d) = self.sides[i]
            .as_mut()
            .and_then(|s| s.receive(packet, now_ms))
        {
            self.on_digit(side, d);
        }
    }

    /// One 20 ms step: both sides' audio into the recording, in-band keys reported.
    pub fn tick(&mut self, now_ms: u64) {
        let mut mix = [0i32; FRAME_8K];
        for side in [TapSide::A, TapSide::B] {
            let Some(inbound) = self.sides[side.index()].as_mut() else {
                continue;
            };
            let digit = inbound.tick(now_ms);
            for (m, &s) in mix.iter_mut().zip(inbound.frame_8k()) {
                *m += s as i32;
            }
            if let Some(d) = digit {
                self.on_digit(side, d);
            }
        }
        let Some(r) = &mut self.recording else {
            return;
        };
        let room = r.max_samples.saturating_sub(r.ulaw.len());
        r.ulaw.extend(
            mix.iter()
                .take(room)
                .map(|&s| g711::linear_to_ulaw(s.clamp(i16::MIN as i32, i16::MAX as i32) as i16)),
        );
        if r.ulaw.len() >= r.max_samples {
            self.finish_recording();
        }
    }

    /// The call is over: a recording in progress reports what it has.
    pub fn close(&mut self) {
        self.finish_recording();
    }

    pub fn poll_event(&mut self) -> Option<(u32, MediaEvent)> {
        (!self.events.is_empty()).then(|| self.events.remove(0))
    }

    pub fn is_recording(&self) -> bool {
        self.recording.is_some()
    }

    fn finish_recording(&mut self) {
        if let Some(r) = self.recording.take() {
            let tag = r.tag;
            self.events.push((tag, r.finish()));
        }
    }

    fn on_digit(&mut self, side: TapSide, digit: char) {
        if is_key(digit) && self.report_digits[side.index()] && self.events.len() < 64 {
            self.events
                .push((self.digits_tag, MediaEvent::TapDigit { side, digit }));
        }
    }
}
