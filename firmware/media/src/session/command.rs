//! What call control asks of a terminated leg, and what the leg reports back.
//!
//! The callflow interpreter produces [`MediaCommand`]s; the SIP engine passes them through
//! untouched (tagged with a per-call sequence number) to the media server, whose sessions
//! answer with [`MediaEvent`]s that travel back the same way. A new command replaces the
//! one running (its result is never reported), so the flow only ever waits for one result.

use std::sync::Arc;

use super::pending::PendingAudio;
use super::tap::TapSide;
use crate::dsp::tones::ToneKind;

/// One thing to play, in order.
#[derive(Clone, Debug, PartialEq)]
pub enum PlayItem {
    /// A built-in prompt id (`prompts::get`); an unknown id is skipped with a log line.
    Prompt(String),
    /// Audio from the media store or text-to-speech: 8 kHz mono linear PCM.
    Audio(Arc<[i16]>),
    /// Audio still being loaded or spoken off the call engine's lock: silence until it is
    /// ready (skipped when it fails or takes too long).
    Pending(PendingAudio),
    /// A country call-progress tone (`tones::country` code such as "us"). `ms` None plays it
    /// until the next command (ringback while a bridge rings, a busy tone before hangup).
    Tone {
        country: String,
        kind: ToneKind,
        ms: Option<u32>,
    },
    /// A short confirmation beep (before recording).
    Beep,
    Silence {
        ms: u32,
    },
    /// The shared music-on-hold stream, until the next command.
    Music,
    /// Audio (an uploaded hold music) played over and over until the next command; silence
    /// while it loads, the shared music stream if it cannot be loaded.
    Looped(PendingAudio),
}

/// Digits to gather while (and after) playing.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Collect {
    /// Stop once this many digits are in (1 for a menu choice).
    pub max_digits: u8,
    /// Time allowed for the first digit, counted from the end of playback.
    pub first_digit_ms: u32,
    /// Time allowed between digits once one has been pressed.
    pub inter_digit_ms: u32,
    /// Digits that end collection without being part of the result (usually "#").
    pub terminators: String,
}

#[derive(Clone, Debug, PartialEq)]
pub enum MediaCommand {
    /// Plays `items` in order. With `collect`, digits pressed (RFC 4733 or in-band) stop the
    /// playback when `barge_in` and are gathered per `collect`; the result is one
    /// [`MediaEvent::Played`].
    Play {
        items: Vec<PlayItem>,
        collect: Option<Collect>,
        barge_in: bool,
    },
    /// Records the caller (8 kHz) after an optional beep, until a stop digit, `max_ms`, or
    /// `silence_stop_ms` of silence; result [`MediaEvent::Recorded`] (trimmed of trailing
    /// silence).
    Record {
        beep: bool,
        max_ms: u32,
        silence_stop_ms: u32,
        stop_digits: String,
    },
    /// Joins a conference room (created on first join, gone with its last member). Two
    /// members is how parked calls are picked up and how the box bridges two terminated legs.
    /// Result: none until [`MediaCommand::Stop`] or another command moves the leg out.
    Conference {
        room: String,
        muted: bool,
        deaf: bool,
        /// Play the join/leave cues to the other members.
        cues: bool,
        /// What the member hears while alone in the room (a parked caller: its parker's
        /// hold music); None is the shared music.
        alone_music: Option<PlayItem>,
    },
    /// Silence; ends whatever was running.
    Stop,
}

/// Why digit collection ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CollectEnd {
    /// No collection asked for: playback simply ended.
    Played,
    MaxDigits,
    Terminator,
    /// No (further) digit in time; `digits` holds what came before.
    Timeout,
}

#[derive(Clone, Debug, PartialEq)]
pub enum MediaEvent {
    Played {
        digits: String,
        end: CollectEnd,
    },
    Recorded {
        audio: Arc<[i16]>,
        /// Length after trimming.
        ms: u32,
        /// The stop digit pressed, if that is what ended it.
        digit: Option<char>,
    },
    /// A digit pressed while no Play/Record is collecting (in a conference, on hold, while a
    /// bridge rings): in-call feature keys.
    Digit(char),
    /// A key pressed on a side of a bridged call the tap listens to (`TapCommand::Digits`).
    TapDigit {
        side: TapSide,
        digit: char,
    },
    /// A call recording ended (stopped, limit reached, or the call ended): both sides mixed,
    /// as an 8 kHz µ-law WAV file of `ms` milliseconds.
    CallRecorded {
        wav: Arc<[u8]>,
        ms: u32,
    },
    /// A conference room member joined or left (room size after the change).
    RoomSize {
        room: String,
        members: usize,
    },
}
