//! Line echo canceller for one analog channel (G.168-style): the 2-to-4 wire hybrid returns
//! part of what we play onto the line (the far end's speech) in what we hear from it; the
//! canceller models that echo path with an adaptive FIR filter (NLMS) over the last tail
//! of played samples and subtracts its estimate.
//!
//! - Two filters (dual path): a background one adapts, and the foreground one that cancels
//!   takes its taps only when it does clearly better, so missed double talk cannot make
//!   what is heard worse.
//! - Adaptation only while the far end talks and the near end does not: a Geigel detector
//!   declares double talk when a heard sample exceeds half the loudest played sample of the
//!   tail window, and holds it for a hangover, so near-end speech never trains the filter.
//! - A 2100 Hz answer tone with phase reversals (V.25 /ANS, V.8 ANSam) in either direction
//!   disables the canceller (the modems cancel their own echo); it re-enables after the
//!   line has been quiet for 250 ms (G.168 §3.2 / G.165), as a new call would need.
//! - No nonlinear processor (residual echo suppression) and no comfort noise: the linear
//!   canceller alone is what this file does.
//!
//! Sans-IO: it is fed samples frame by frame and keeps no time of its own.

use edgepbx_media::dsp::fax_tones::{FaxTone, FaxToneDetector};

use crate::line::{FRAME_SAMPLES, Frame};

/// Default tail: 64 ms covers the hybrid plus the PCM bus's playback-to-capture delay.
pub const DEFAULT_TAIL_MS: usize = 64;
/// Step size of the NLMS update (0 < mu < 2; smaller is slower but steadier).
const MU: f32 = 0.7;
/// Geigel threshold: a heard sample louder than this share of the loudest played one is the
/// near end talking (6 dB hybrid loss assumed).
const GEIGEL_SHARE: f32 = 0.5;
/// Double talk is held this many samples after the last detection (30 ms).
const DOUBLE_TALK_HANGOVER: u32 = 240;
/// The background filter must leave this share of the foreground's residual (3 dB less) ...
const BETTER_BY: f64 = 0.5;
/// ... for this many frames in a row to take over.
const FRAMES_TO_PROMOTE: u32 = 2;
/// Played power per sample below which the far end counts as silent (about -50 dBm0).
const FAR_SILENT_POWER: f32 = 100.0;
/// A sample magnitude below which the line counts as quiet (about -36 dBm0) ...
const QUIET_LEVEL: i16 = 60;
/// ... for this long re-enables a canceller disabled by an answer tone (250 ms).
const QUIET_TO_REENABLE: u32 = 2_000;

pub struct EchoCanceller {
    /// The echo path model that cancels; `foreground[j]` weighs the played sample
    /// `len - 1 - j` samples ago (the window's order, so loops run forwards over slices).
    foreground: Vec<f32>,
    /// The model that adapts (NLMS), promoted to the foreground when it does better.
    background: Vec<f32>,
    better_frames: u32,
    /// Played samples, newest last, stored twice so the window is one contiguous slice.
    history: Vec<f32>,
    pos: usize,
    /// Sum of squares of the played samples in the window.
    power: f64,
    double_talk: u32,
    /// Loudest played sample magnitude over the window, per frame (block maxima).
    frame_peaks: Vec<f32>,
    peak_pos: usize,
    tone_played: FaxToneDetector,
    tone_heard: FaxToneDetector,
    /// Disabled by an answer tone; `quiet` counts quiet samples since.
    tone_disabled: bool,
    quiet: u32,
    /// Turned off by call control (fax mode).
    enabled: bool,
}

impl EchoCanceller {
    /// A canceller for an echo tail of `tail_ms` (32 to 64 ms for analog lines).
    pub fn new(tail_ms: usize) -> Self {
        let len = tail_ms * 8;
        EchoCanceller {
            foreground: vec![0.0; len],
            background: vec![0.0; len],
            better_frames: 0,
            history: vec![0.0; 2 * len],
            pos: 0,
            power: 0.0,
            double_talk: 0,
            frame_peaks: vec![0.0; len.div_ceil(FRAME_SAMPLES) + 1],
            peak_pos: 0,
            tone_played: FaxToneDetector::new(),
            tone_heard: FaxToneDetector::new(),
            tone_disabled: false,
            quiet: 0,
            enabled: true,
        }
    }

    /// Call control turns the canceller off for fax or modem calls, and on again.
    pub fn set_enabled(&mut self, on: bool) {
        self.enabled = on;
    }

    /// True while the canceller is changing what is heard (not turned off or tone-disabled).
    pub fn is_active(&self) -> bool {
        self.enabled && !self.tone_disabled
    }

    /// One frame: `played` went onto the line, `heard` came back; the echo of `played` is
    /// removed from `heard` in place.
    pub fn process(&mut self, played: &Frame, heard: &mut Frame) {
        self.watch_for_answer_tone(played, heard);
        let frame_peak = played.iter().map(|s| (*s as f32).abs()).fold(0.0, f32::max);
        self.frame_peaks[self.peak_pos] = frame_peak;
        self.peak_pos = (self.peak_pos + 1) % self.frame_peaks.len();
        let far_peak = self.frame_peaks.iter().copied().fold(0.0, f32::max);
        let active = self.is_active();
        let len = self.foreground.len();
        let (mut in_energy, mut fg_energy, mut bg_energy) = (0.0f64, 0.0f64, 0.0f64);
        for (x, y) in played.iter().zip(heard.iter_mut()) {
            // Window update: the oldest sample leaves, `x` enters at the newest end.
            let oldest = self.history[self.pos];
            let x = *x as f32;
            self.power += f64::from(x * x) - f64::from(oldest * oldest);
            self.history[self.pos] = x;
            self.history[self.pos + len] = x;
            self.pos = (self.pos + 1) % len;
            if !active {
                continue;
            }
            // Oldest played sample first, as the taps are stored.
            let window = &self.history[self.pos..self.pos + len];
            let near = *y as f32;
            let out = near - dot(window, &self.foreground);
            let error = near - dot(window, &self.background);
            *y = out.round().clamp(i16::MIN as f32, i16::MAX as f32) as i16;
            in_energy += f64::from(near * near);
            fg_energy += f64::from(out * out);
            bg_energy += f64::from(error * error);
            if near.abs() > GEIGEL_SHARE * far_peak {
                self.double_talk = DOUBLE_TALK_HANGOVER;
            } else {
                self.double_talk = self.double_talk.saturating_sub(1);
            }
            let power = self.power.max(0.0) as f32;
            if self.double_talk == 0 && power > FAR_SILENT_POWER * len as f32 {
                let step = MU * error / (power + 1.0);
                for (w, a) in self.background.iter_mut().zip(window) {
                    *w += step * a;
                }
            }
        }
        if active {
            self.compare_paths(in_energy, fg_energy, bg_energy);
        }
    }

    /// Dual path: the background filter adapts, and its taps replace the foreground's only
    /// once it has cancelled clearly better for a few frames in a row; a background that does
    /// worse than no canceller at all (trained by undetected double talk) starts again from
    /// the foreground. So what is heard is never made worse by near-end speech the Geigel
    /// detector missed.
    fn compare_paths(&mut self, heard: f64, foreground: f64, background: f64) {
        let far_talking = self.power as f32 > FAR_SILENT_POWER * self.foreground.len() as f32;
        if far_talking && background < BETTER_BY * foreground && background < heard {
            self.better_frames += 1;
            if self.better_frames >= FRAMES_TO_PROMOTE {
                self.foreground.copy_from_slice(&self.background);
                self.better_frames = 0;
            }
        } else {
            self.better_frames = 0;
        }
        if background > 2.0 * heard.max(foreground) {
            self.background.copy_from_slice(&self.foreground);
        }
    }

    fn watch_for_answer_tone(&mut self, played: &Frame, heard: &Frame) {
        for (detector, frame) in [
            (&mut self.tone_played, played),
            (&mut self.tone_heard, heard),
        ] {
            match detector.process(frame) {
                Some(FaxTone::Ced {
                    phase_reversals: true,
                }) => {
                    self.tone_disabled = true;
                    self.quiet = 0;
                }
                // The detector reports a tone once: after CNG or a plain answer tone, watch
                // afresh for an ANSam.
                Some(_) => detector.reset(),
                None => {}
            }
        }
        if !self.tone_disabled {
            return;
        }
        let loud = played
            .iter()
            .chain(heard)
            .any(|s| s.unsigned_abs() > QUIET_LEVEL as u16);
        self.quiet = if loud {
            0
        } else {
            self.quiet + FRAME_SAMPLES as u32
        };
        if self.quiet >= QUIET_TO_REENABLE {
            self.tone_disabled = false;
            self.tone_played.reset();
            self.tone_heard.reset();
        }
    }
}

/// Dot product in eight independent sums, which the compiler turns into vector code (one
/// running sum would have to be added in order).
fn dot(a: &[f32], b: &[f32]) -> f32 {
    let mut lanes = [0.0f32; 8];
    let (a8, b8) = (a.chunks_exact(8), b.chunks_exact(8));
    let tail: f32 = a8
        .remainder()
        .iter()
        .zip(b8.remainder())
        .map(|(x, y)| x * y)
        .sum();
    for (x, y) in a8.zip(b8) {
        for k in 0..8 {
            lanes[k] += x[k] * y[k];
        }
    }
    lanes.iter().sum::<f32>() + tail
}

#[cfg(test)]
mod tests;
