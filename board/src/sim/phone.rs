//! A scripted analog phone on a simulated FXS port: it goes off and on hook, dials DTMF or
//! pulses, flashes, plays a test tone into the mouthpiece, and listens (tones, caller ID,
//! rings). Call-waiting caller ID: when it hears the CAS tone off hook it acknowledges with
//! DTMF 'D' like a type 2 phone.

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
    cas_frames: u8,
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
            cas_frames: 0,
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

    /// Speak a steady test tone (e.g. "1000" or "697+1209") into the mouthpiece; None: silent.
    pub fn say(&mut self, tone: Option<&str>) {
        self.voice = tone.and_then(|t| ToneGenerator::from_spec(t, 8000).ok());
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
        if self.dtmf.is_busy() {
            self.dtmf.fill(out);
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
