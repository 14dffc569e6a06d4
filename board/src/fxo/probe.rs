//! The FXO line test (auto-detect): what a line gives, found on a test call. The box seizes
//! the line and times its dial tone; with a test number it dials it and watches the signals
//! the exchange sends while the far party answers, talks and hangs up: a polarity reversal
//! at the answer (the line gives answer supervision), and how the far end's hang-up shows
//! (another reversal, loop current dropping, or busy tone). Without a number it is only the
//! dial tone check the box runs on every line at start-up.
//!
//! Telling an answer reversal from a hang-up reversal: after an answer the far party talks
//! (the installer is asked to speak for a few seconds before hanging up), after a hang-up
//! the line is quiet or gives busy tone. So a reversal followed by [`ANSWERED_MS`] with
//! sound on the line was the answer; one followed by quiet, busy tone or a dropped loop was
//! the hang-up itself.

use super::Disconnect;
use crate::line::{Frame, Millis};

/// How long after a reversal the line is listened to for the far party's voice (busy tone
/// takes about 2 s to recognise, so a hang-up's busy tone is known within it).
pub const ANSWERED_MS: Millis = 4_000;
/// Share of frames with sound in that time that makes it an answer.
const ANSWERED_SHARE: f32 = 0.25;
/// A frame has sound above this mean square (about -50 dB of full scale, far above an
/// idle line's noise).
const SOUND_MEAN_SQUARE: i64 = 100 * 100;
/// The test call ends by itself after this long without the far end hanging up.
pub const LISTEN_LIMIT_MS: Millis = 120_000;

/// What a line test found.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ProbeReport {
    /// How long after seizing the dial tone was recognised; None: no dial tone.
    pub dial_tone_ms: Option<Millis>,
    /// The test number dialled (None: dial tone check only).
    pub number: Option<String>,
    /// The exchange reversed polarity when the far party answered (None: not found out,
    /// no test call or nothing happened on it).
    pub answer_reversal: Option<bool>,
    /// How the far party's hang-up showed on the line (None: not seen within the limit).
    pub disconnect: Option<Disconnect>,
}

/// Where a line test is.
#[derive(Debug)]
pub enum Phase {
    /// Off hook, waiting for dial tone.
    Seizing,
    /// Dialling the test number.
    Dialling,
    /// The test call is through: watching the signals, since `since`.
    Listening { since: Millis, signals: Listening },
}

/// A line test in progress.
#[derive(Debug)]
pub struct Probing {
    /// When the line was seized.
    pub since: Millis,
    pub phase: Phase,
    pub report: ProbeReport,
}

/// A signal from the line during the test call.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Signal {
    Reversal,
    LoopDrop,
    BusyTone,
}

/// The test call after dialling: the signals seen so far.
#[derive(Debug, Default)]
pub struct Listening {
    first_reversal: Option<Millis>,
    /// The first reversal was the answer (sound followed it).
    answered: bool,
    /// Frames since the first reversal, and those with sound.
    frames: u32,
    loud: u32,
}

impl Listening {
    /// A signal at `now`; the findings (answer reversal, disconnect) once the far end is
    /// known to be gone.
    pub fn signal(&mut self, now: Millis, signal: Signal) -> Option<(bool, Disconnect)> {
        let kind = match signal {
            Signal::Reversal => Disconnect::PolarityReversal,
            Signal::LoopDrop => Disconnect::LoopCurrentDrop,
            Signal::BusyTone => Disconnect::BusyTone,
        };
        match (self.first_reversal, signal) {
            (None, Signal::Reversal) => {
                self.first_reversal = Some(now);
                None
            }
            // A second reversal: the first was the answer, this the hang-up.
            (Some(_), Signal::Reversal) => Some((true, kind)),
            (Some(_), _) if self.answered => Some((true, kind)),
            // Busy tone or a dropped loop before the far party spoke: the reversal was
            // the hang-up.
            (Some(_), _) => Some((false, Disconnect::PolarityReversal)),
            (None, _) => Some((false, kind)),
        }
    }

    /// A frame heard on the line at `now`; the findings when the quiet after a reversal
    /// shows it was the hang-up.
    pub fn heard(&mut self, now: Millis, frame: &Frame) -> Option<(bool, Disconnect)> {
        let at = self.first_reversal?;
        if self.answered {
            return None;
        }
        self.frames += 1;
        let mean_square = frame
            .iter()
            .map(|&s| i64::from(s) * i64::from(s))
            .sum::<i64>()
            / frame.len() as i64;
        if mean_square > SOUND_MEAN_SQUARE {
            self.loud += 1;
        }
        if now.saturating_sub(at) < ANSWERED_MS {
            return None;
        }
        if self.loud as f32 >= ANSWERED_SHARE * self.frames as f32 {
            self.answered = true;
            None
        } else {
            Some((false, Disconnect::PolarityReversal))
        }
    }

    /// The limit passed with the far end still there: whether a reversal was an answer.
    pub fn timed_out(&self) -> Option<bool> {
        self.first_reversal.map(|_| self.answered)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const VOICE: Frame = [3000; crate::line::FRAME_SAMPLES];
    const QUIET: Frame = [0; crate::line::FRAME_SAMPLES];

    /// Frames of `sound` from `from` for `ms`; the findings if they settle it.
    fn hear(
        l: &mut Listening,
        from: Millis,
        ms: Millis,
        sound: &Frame,
    ) -> Option<(bool, Disconnect)> {
        (from..from + ms)
            .step_by(10)
            .find_map(|t| l.heard(t, sound))
    }

    #[test]
    fn a_reversal_followed_by_the_far_party_talking_was_the_answer() {
        use Disconnect::*;
        for (end, want) in [
            (Signal::Reversal, PolarityReversal),
            (Signal::LoopDrop, LoopCurrentDrop),
            (Signal::BusyTone, BusyTone),
        ] {
            let mut l = Listening::default();
            assert_eq!(l.signal(1000, Signal::Reversal), None);
            assert_eq!(hear(&mut l, 1000, 6000, &VOICE), None);
            assert_eq!(l.signal(7000, end), Some((true, want)), "{end:?}");
        }
        let mut l = Listening::default();
        l.signal(1000, Signal::Reversal);
        hear(&mut l, 1000, 6000, &VOICE);
        assert_eq!(l.timed_out(), Some(true), "answered, never hung up");
    }

    #[test]
    fn a_reversal_followed_by_quiet_or_busy_tone_was_the_hang_up() {
        let mut l = Listening::default();
        l.signal(1000, Signal::Reversal);
        assert_eq!(
            hear(&mut l, 1000, 6000, &QUIET),
            Some((false, Disconnect::PolarityReversal))
        );
        let mut l = Listening::default();
        l.signal(1000, Signal::Reversal);
        hear(&mut l, 1000, 2500, &QUIET);
        assert_eq!(
            l.signal(3500, Signal::BusyTone),
            Some((false, Disconnect::PolarityReversal))
        );
    }

    #[test]
    fn without_a_reversal_the_first_signal_is_the_hang_up() {
        for (end, want) in [
            (Signal::LoopDrop, Disconnect::LoopCurrentDrop),
            (Signal::BusyTone, Disconnect::BusyTone),
        ] {
            let mut l = Listening::default();
            assert_eq!(
                hear(&mut l, 0, 5000, &VOICE),
                None,
                "sound alone settles nothing"
            );
            assert_eq!(l.signal(5000, end), Some((false, want)));
        }
        assert_eq!(Listening::default().timed_out(), None);
    }
}
