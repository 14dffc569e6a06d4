//! A scripted analog phone on a simulated FXS port: it goes off and on hook, dials DTMF or
//! pulses, flashes, plays a test tone into the mouthpiece, and listens (tones, caller ID,
//! rings). Call-waiting caller ID: when it hears the CAS tone off hook it acknowledges with
//! DTMF 'D' like a type 2 phone. A [`Jack`] plugged into the phone (a fax machine driven
//! from outside, in the end-to-end tests) hears the line and speaks into it instead.

use std::collections::VecDeque;

use edgepbx_media::dsp::{DtmfGenerator, Goertzel, ToneGenerator};

use super::listener::Listener;
use crate::fxs::hook::{MAX_FLASH_MS, MIN_PULSE_MS};
use crate::line::{FRAME_SAMPLES, Frame, Millis};

/// Pulse dialling timings (DAHDI defaults): break 50 ms, make 50 ms, 750 ms between digits.
pub const PULSE_BREAK_MS: Millis = 50;
pub const PULSE_MAKE_MS: Millis = 50;
pub const PULSE_INTERDIGIT_MS: Millis = 750;
/// DTMF as a person dials it: 100 ms tones, 100 ms gaps.
const DTMF_ON_MS: u32 = 100;
const DTMF_OFF_MS: u32 = 100;

/// A device sharing the phone's line, as a fax machine on the same jack: it hears each frame
/// the line carries and speaks the next one.
pub trait Jack: Send {
    /// The frame the line carried; false when the device has gone (it is then unplugged).
    fn hear(&mut self, frame: &Frame) -> bool;
    /// Fills `out` with what the device says; false when it has nothing (silence is sent).
    fn speak(&mut self, out: &mut Frame) -> bool;
}

pub struct Phone {
    off_hook: bool,
    /// Hook changes still to happen (pulse dialling, flashes), in time order.
    scheduled: VecDeque<(Millis, bool)>,
    dtmf: DtmfGenerator,
    voice: Option<ToneGenerator>,
    pub ears: Listener,
    /// Ring bursts seen: (start, end); end is None while ringing.
    pub rings: Vec<(Millis, Option<Millis>)>,
    /// Acknowledge call-waiting CAS with 'D' (type 2 caller ID capable).
    pub type2: bool,
    /// When the phone last went off hook (its loop closed).
    pub off_hook_at: Option<Millis>,
    cas_frames: u8,
    jack: Option<Box<dyn Jack>>,
}

impl Default for Phone {
    fn default() -> Self {
        Phone {
            off_hook: false,
            scheduled: VecDeque::new(),
            dtmf: DtmfGenerator::new(8000),
            voice: None,
            ears: Listener::default(),
            rings: Vec::new(),
            type2: true,
            off_hook_at: None,
            cas_frames: 0,
            jack: None,
        }
    }
}

impl Phone {
    pub fn is_off_hook(&self) -> bool {
        self.off_hook
    }

    pub fn off_hook(&mut self, now: Millis) {
        self.schedule(now, true);
    }

    pub fn on_hook(&mut self, now: Millis) {
        self.schedule(now, false);
    }

    /// Hook flash: on hook for `ms` (a real flash is 100-1,000 ms).
    pub fn flash(&mut self, now: Millis, ms: Millis) {
        let start = self.free_at(now);
        self.scheduled.push_back((start, false));
        self.scheduled
            .push_back((start + ms.clamp(MIN_PULSE_MS, MAX_FLASH_MS * 2), true));
    }

    /// Dial `digits` as DTMF through the mouthpiece.
    pub fn dial_dtmf(&mut self, digits: &str) {
        self.dtmf.queue(digits, DTMF_ON_MS, DTMF_OFF_MS, -8.0);
    }

    /// Dial `digits` with the rotary dial (pulses); '0' is ten pulses.
    pub fn dial_pulse(&mut self, now: Millis, digits: &str) {
        let mut t = self.free_at(now);
        for d in digits.chars().filter_map(|c| c.to_digit(10)) {
            let pulses = if d == 0 { 10 } else { d };
            for _ in 0..pulses {
                self.scheduled.push_back((t, false));
                self.scheduled.push_back((t + PULSE_BREAK_MS, true));
                t += PULSE_BREAK_MS + PULSE_MAKE_MS;
            }
            t += PULSE_INTERDIGIT_MS;
        }
    }

    /// How long after the phone last went off hook it first heard `freq` (dial tone: 350 or
    /// 425 Hz), if it has; the tone must still be in the last 5 s heard.
    pub fn tone_after_off_hook(&self, freq: f32) -> Option<Millis> {
        let at = self.off_hook_at?;
        Some(self.ears.first_tone_since(at, freq)? - at)
    }

    /// Speak a steady test tone (e.g. "1000" or "697+1209") into the mouthpiece; None: silent.
    pub fn say(&mut self, tone: Option<&str>) {
        self.voice = tone.and_then(|t| ToneGenerator::from_spec(t, 8000).ok());
    }

    /// Plug `jack` into the line (replacing any other); it then hears and speaks.
    pub fn plug(&mut self, jack: Box<dyn Jack>) {
        self.jack = Some(jack);
    }

    pub fn has_jack(&self) -> bool {
        self.jack.is_some()
    }

    /// When the scripted hook changes are done.
    fn free_at(&self, now: Millis) -> Millis {
        self.scheduled.back().map_or(now, |&(t, _)| t.max(now))
    }

    fn schedule(&mut self, now: Millis, off_hook: bool) {
        let at = self.free_at(now);
        self.scheduled.push_back((at, off_hook));
    }

    /// The next hook change due by `now`.
    pub(super) fn next_hook_change(&mut self, now: Millis) -> Option<bool> {
        match self.scheduled.front() {
            Some(&(t, off)) if t <= now => {
                self.scheduled.pop_front();
                if off != self.off_hook {
                    self.off_hook = off;
                    if off {
                        self.off_hook_at = Some(t);
                    }
                    return Some(off);
                }
                None
            }
            _ => None,
        }
    }

    pub(super) fn ringing(&mut self, now: Millis, on: bool) {
        match self.rings.last_mut() {
            Some((_, end @ None)) if !on => *end = Some(now),
            Some((_, None)) => {}
            _ if on => self.rings.push((now, None)),
            _ => {}
        }
    }

    pub(super) fn hear(&mut self, now: Millis, frame: &Frame) {
        self.ears.hear(now, frame);
        if let Some(jack) = &mut self.jack
            && !jack.hear(frame)
        {
            self.jack = None;
        }
        if self.off_hook && self.type2 && is_cas(frame) {
            self.cas_frames += 1;
            if self.cas_frames == 4 {
                self.dtmf.queue("D", 60, 40, -8.0);
            }
        } else {
            self.cas_frames = 0;
        }
    }

    pub(super) fn speak(&mut self, out: &mut Frame) {
        // A jack speaks in step with what it hears, so it is asked every frame.
        let jack_spoke = self.jack.as_mut().is_some_and(|j| j.speak(out));
        if self.dtmf.is_busy() {
            self.dtmf.fill(out);
        } else if jack_spoke {
            // `out` holds what the jack said.
        } else if let Some(v) = &mut self.voice {
            v.fill(out);
        } else {
            out.fill(0);
        }
        if !self.off_hook {
            out.fill(0);
        }
    }
}

/// The call-waiting alerting signal: both 2130 and 2750 Hz strong.
fn is_cas(frame: &Frame) -> bool {
    let mut a = Goertzel::new(2130.0, 8000);
    let mut b = Goertzel::new(2750.0, 8000);
    let mut e = 0f32;
    for &s in frame {
        a.push(s as f32);
        b.push(s as f32);
        e += (s as f32) * (s as f32);
    }
    let n = FRAME_SAMPLES as f32;
    let (pa, pb) = (2.0 * a.power_reset() / n, 2.0 * b.power_reset() / n);
    e / n > 100.0 && pa > 0.25 * e && pb > 0.25 * e
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A jack that says back, one frame later, what it heard louder by one; it leaves after
    /// `frames` frames.
    struct Echoing {
        last: Option<Frame>,
        frames: usize,
    }

    impl Jack for Echoing {
        fn hear(&mut self, frame: &Frame) -> bool {
            self.last = Some(frame.map(|s| s + 1));
            self.frames = self.frames.saturating_sub(1);
            self.frames > 0
        }
        fn speak(&mut self, out: &mut Frame) -> bool {
            self.last.take().map(|f| *out = f).is_some()
        }
    }

    #[test]
    fn a_jack_speaks_in_place_of_the_phone_until_it_leaves_and_only_off_hook() {
        let mut phone = Phone::default();
        phone.say(Some("1000"));
        phone.plug(Box::new(Echoing {
            last: None,
            frames: 2,
        }));
        let mut out = [7i16; FRAME_SAMPLES];
        // On hook nothing reaches the line.
        phone.hear(0, &[5; FRAME_SAMPLES]);
        phone.speak(&mut out);
        assert_eq!(out, [0; FRAME_SAMPLES]);
        phone.off_hook(10);
        assert_eq!(phone.next_hook_change(10), Some(true));
        phone.hear(10, &[5; FRAME_SAMPLES]);
        assert!(!phone.has_jack(), "the jack left after two frames");
        phone.speak(&mut out);
        // Gone: the phone's own voice (the 1000 Hz tone) is back.
        assert_ne!(out, [6; FRAME_SAMPLES]);
        assert!(out.iter().any(|&s| s != 0));
        phone.plug(Box::new(Echoing {
            last: None,
            frames: 10,
        }));
        phone.hear(20, &[5; FRAME_SAMPLES]);
        phone.speak(&mut out);
        assert_eq!(out, [6; FRAME_SAMPLES], "the jack's frame, not the tone");
    }
}
