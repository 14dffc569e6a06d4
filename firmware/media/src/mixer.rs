//! Conference mixer: N participants, each hears the sum of the others (mix minus self), with
//! per-participant mute, deaf and gain, join/leave tones and talker detection. The mixer runs
//! at 8 or 16 kHz; a participant at the other rate is converted on the way in and out with the
//! half-band filters of [`crate::resample`].
//!
//! Per frame: the caller writes each participant's decoded input with [`Mixer::input`], calls
//! [`Mixer::mix`] once, then reads each participant's [`Mixer::output`]. Buffers are allocated
//! when a participant joins, never per frame. Cost is linear in N (one sum, one subtraction
//! per participant).

use crate::dsp::Osc;
use crate::resample::{Downsample2, Upsample2};

/// Largest frame (20 ms at 16 kHz).
pub const MAX_FRAME: usize = 320;

pub type ParticipantId = u32;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MixerEvent {
    StartedTalking(ParticipantId),
    StoppedTalking(ParticipantId),
}

struct Participant {
    id: ParticipantId,
    rate: u32,
    muted: bool,
    deaf: bool,
    /// Q8 gain applied to what this participant says (256 = unity).
    gain_q8: i32,
    /// Input at the mixer rate, after gain.
    input: [i32; MAX_FRAME],
    has_input: bool,
    output: [i16; MAX_FRAME],
    out_len: usize,
    up: Upsample2,
    down: Downsample2,
    energy_avg: f32,
    talking: bool,
    hang: u32,
}

/// A short tone mixed into everyone's output (join/leave cue).
#[derive(Clone, Copy, Debug, Default)]
struct Cue {
    osc: Osc,
    left: u32,
    second_freq: f32,
    second_at: u32,
}

pub struct Mixer {
    rate: u32,
    frame: usize,
    parts: Vec<Participant>,
    sum: [i32; MAX_FRAME],
    cue: Cue,
    cue_amp: f32,
    events: [Option<MixerEvent>; 16],
    /// Talk detection threshold (mean square) and hangover in frames.
    talk_threshold: f32,
    hangover: u32,
    pub tones_enabled: bool,
}

impl Mixer {
    /// `rate` 8000 or 16000; `frame_ms` 10..=20.
    pub fn new(rate: u32, frame_ms: u32) -> Self {
        let rate = if rate == 16000 { 16000 } else { 8000 };
        let frame = ((rate / 1000) * frame_ms.clamp(10, 20)) as usize;
        Mixer {
            rate,
            frame,
            parts: Vec::new(),
            sum: [0; MAX_FRAME],
            cue: Cue::default(),
            cue_amp: crate::dsp::dbm0_to_peak(-18.0),
            events: [None; 16],
            talk_threshold: crate::dsp::dbm0_to_power(-40.0),
            hangover: 25,
            tones_enabled: true,
        }
    }

    pub fn rate(&self) -> u32 {
        self.rate
    }

    /// Samples per frame at the mixer rate.
    pub fn frame_len(&self) -> usize {
        self.frame
    }

    /// Samples per frame for a participant at `rate`.
    pub fn frame_len_at(&self, rate: u32) -> usize {
        self.frame * rate as usize / self.rate as usize
    }

    pub fn len(&self) -> usize {
        self.parts.len()
    }

    pub fn is_empty(&self) -> bool {
        self.parts.is_empty()
    }

    /// Add a participant speaking at `rate` (8000 or 16000). Plays the join cue.
    pub fn join(&mut self, id: ParticipantId, rate: u32) {
        if self.parts.iter().any(|p| p.id == id) {
            return;
        }
        self.parts.push(Participant {
            id,
            rate: if rate == 16000 { 16000 } else { 8000 },
            muted: false,
            deaf: false,
            gain_q8: 256,
            input: [0; MAX_FRAME],
            has_input: false,
            output: [0; MAX_FRAME],
            out_len: 0,
            up: Upsample2::new(),
            down: Downsample2::new(),
            energy_avg: 0.0,
            talking: false,
            hang: 0,
        });
        self.start_cue(440.0, 660.0);
    }

    /// Remove a participant. Plays the leave cue.
    pub fn leave(&mut self, id: ParticipantId) {
        let before = self.parts.len();
        self.parts.retain(|p| p.id != id);
        if self.parts.len() != before {
            self.start_cue(660.0, 440.0);
        }
    }

    fn start_cue(&mut self, f1: f32, f2: f32) {
        if !self.tones_enabled {
            return;
        }
        let ms = self.rate / 1000;
        self.cue = Cue {
            osc: Osc::new(f1, self.rate),
            left: 200 * ms,
            second_freq: f2,
            second_at: 100 * ms,
        };
    }

    fn part(&mut self, id: ParticipantId) -> Option<&mut Participant> {
        self.parts.iter_mut().find(|p| p.id == id)
    }

    pub fn set_muted(&mut self, id: ParticipantId, muted: bool) {
        if let Some(p) = self.part(id) {
            p.muted = muted;
        }
    }

    pub fn set_deaf(&mut self, id: ParticipantId, deaf: bool) {
        if let Some(p) = self.part(id) {
            p.deaf = deaf;
        }
    }

    /// Gain in dB applied to what this participant says (-24..=+12).
    pub fn set_gain_db(&mut self, id: ParticipantId, db: f32) {
        if let Some(p) = self.part(id) {
            p.gain_q8 = (256.0 * 10f32.powf(db.clamp(-24.0, 12.0) / 20.0)) as i32;
        }
    }

    pub fn is_talking(&self, id: ParticipantId) -> bool {
        self.parts.iter().any(|p| p.id == id && p.talking)
    }

    /// Give a participant's input for this frame (at the participant's rate). A participant
    /// without input this frame (lost packet already concealed, or silence) contributes nothing.
    pub fn input(&mut self, id: ParticipantId, samples: &[i16]) {
        let mixer_rate = self.rate;
        let frame = self.frame;
        let Some(p) = self.parts.iter_mut().find(|p| p.id == id) else {
            return;
        };
        let mut tmp = [0i16; MAX_FRAME];
        let src: &[i16] = if p.rate == mixer_rate {
            &samples[..samples.len().min(frame)]
        } else if p.rate < mixer_rate {
            let n =
                p.up.process(&samples[..samples.len().min(frame / 2)], &mut tmp);
            &tmp[..n]
        } else {
            let n = p
                .down
                .process(&samples[..samples.len().min(frame * 2)], &mut tmp);
            &tmp[..n]
        };
        let mut e = 0f32;
        for (d, &s) in p.input.iter_mut().zip(src) {
            *d = (s as i32 * p.gain_q8) >> 8;
            e += (s as f32) * (s as f32);
        }
        for d in p.input[src.len()..frame].iter_mut() {
            *d = 0;
        }
        p.has_input = true;
        // Talker detection: smoothed frame power with hangover.
        let power = e / frame.max(1) as f32;
        p.energy_avg = 0.7 * p.energy_avg + 0.3 * power;
    }

    /// Mix one frame. Returns talker events produced by this frame.
    pub fn mix(&mut self) -> impl Iterator<Item = MixerEvent> + '_ {
        let n = self.frame;
        self.sum[..n].fill(0);
        for p in &self.parts {
            if p.has_input && !p.muted {
                for (s, &x) in self.sum[..n].iter_mut().zip(&p.input[..n]) {
                    *s += x;
                }
            }
        }
        // Cue tone goes to everyone (as if spoken by nobody).
        let mut cue = [0i32; MAX_FRAME];
        if self.cue.left > 0 {
            for c in cue[..n].iter_mut() {
                if self.cue.left == 0 {
                    break;
                }
                if self.cue.left == self.cue.second_at {
                    self.cue.osc.set_freq(self.cue.second_freq, self.rate);
                }
                self.cue.left -= 1;
                *c = (self.cue.osc.next_sample() * self.cue_amp) as i32;
            }
        }
        let mut ev_count = 0;
        self.events = [None; 16];
        let mixer_rate = self.rate;
        for p in self.parts.iter_mut() {
            // Talk state.
            let talking_now = p.has_input && !p.muted && p.energy_avg > self.talk_threshold;
            if talking_now {
                p.hang = self.hangover;
            } else {
                p.hang = p.hang.saturating_sub(1);
            }
            let t = talking_now || p.hang > 0;
            if t != p.talking {
                p.talking = t;
                if ev_count < self.events.len() {
                    self.events[ev_count] = Some(if t {
                        MixerEvent::StartedTalking(p.id)
                    } else {
                        MixerEvent::StoppedTalking(p.id)
                    });
                    ev_count += 1;
                }
            }
            // Output: everyone else.
            let mut out = [0i16; MAX_FRAME];
            if !p.deaf {
                let own = p.has_input && !p.muted;
                for i in 0..n {
                    let mut v = self.sum[i] + cue[i];
                    if own {
                        v -= p.input[i];
                    }
                    out[i] = v.clamp(-32768, 32767) as i16;
                }
            }
            p.out_len = if p.rate == mixer_rate {
                p.output[..n].copy_from_slice(&out[..n]);
                n
            } else if p.rate < mixer_rate {
                p.down.process(&out[..n], &mut p.output)
            } else {
                p.up.process(&out[..n], &mut p.output)
            };
            p.has_input = false;
        }
        self.events.iter().take(ev_count).filter_map(|e| *e)
    }

    /// What a participant hears this frame, at its own rate.
    pub fn output(&self, id: ParticipantId) -> &[i16] {
        self.parts
            .iter()
            .find(|p| p.id == id)
            .map(|p| &p.output[..p.out_len])
            .unwrap_or(&[])
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil::{rms, sine};

    #[test]
    fn mix_minus_self_mute_deaf_gain() {
        let mut m = Mixer::new(8000, 20);
        m.tones_enabled = false;
        for id in 1..=3 {
            m.join(id, 8000);
        }
        let a = [1000i16; 160];
        let b = [100i16; 160];
        let c = [10i16; 160];
        m.input(1, &a);
        m.input(2, &b);
        m.input(3, &c);
        let _ = m.mix().count();
        assert_eq!(m.output(1)[0], 110);
        assert_eq!(m.output(2)[0], 1010);
        assert_eq!(m.output(3)[0], 1100);
        m.set_muted(1, true);
        m.set_deaf(2, true);
        m.set_gain_db(3, 6.0);
        m.input(1, &a);
        m.input(2, &b);
        m.input(3, &c);
        let _ = m.mix().count();
        assert_eq!(m.output(1)[0], 100 + 19);
        assert_eq!(m.output(2)[0], 0);
        assert_eq!(m.output(3)[0], 100);
        m.leave(2);
        assert_eq!(m.len(), 2);
        assert_eq!(m.output(2), &[] as &[i16]);
    }

    #[test]
    fn wideband_mixer_with_narrowband_participant_and_events() {
        let mut m = Mixer::new(16000, 20);
        m.join(1, 16000);
        m.join(2, 8000);
        let wide = sine(16000, 500.0, 8000.0, 320 * 50);
        let mut saw_start = false;
        let mut heard = vec![];
        for f in 0..50 {
            m.input(1, &wide[f * 320..(f + 1) * 320]);
            m.input(2, &[0i16; 160]);
            saw_start |= m.mix().any(|e| e == MixerEvent::StartedTalking(1));
            assert_eq!(m.output(2).len(), 160);
            assert_eq!(m.output(1).len(), 320);
            heard.extend_from_slice(m.output(2));
        }
        assert!(saw_start);
        assert!(m.is_talking(1) && !m.is_talking(2));
        assert!(rms(&heard[4000..]) > 5000.0);
    }
}
