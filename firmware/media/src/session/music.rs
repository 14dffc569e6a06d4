//! The built-in hold music, for boxes without an uploaded MOH file: a soft arpeggio over
//! C – Am – F – G with a sustained bass, 8 s, looped seamlessly. All notes stay below 600 Hz
//! and no two sound like a DTMF pair, so it cannot trigger a phone's or our DTMF detector.

use std::f32::consts::TAU;
use std::sync::Arc;

const RATE: usize = 8000;
const STEP: usize = RATE / 4; // one arpeggio note every 250 ms
const CHORD: usize = 8 * STEP; // 2 s per chord
/// (bass, four arpeggio notes) in Hz.
const CHORDS: [(f32, [f32; 4]); 4] = [
    (130.81, [261.63, 329.63, 392.00, 523.25]), // C
    (110.00, [220.00, 261.63, 329.63, 440.00]), // Am
    (87.31, [174.61, 220.00, 261.63, 349.23]),  // F
    (98.00, [196.00, 246.94, 293.66, 392.00]),  // G
];
const PATTERN: [usize; 8] = [0, 1, 2, 3, 2, 1, 0, 1];

/// Generates the default music (8 kHz, about -20 dBm0; allocated once).
pub fn default_music() -> Arc<[i16]> {
    let len = CHORDS.len() * CHORD;
    let mut acc = vec![0f32; len];
    for (c, (bass, notes)) in CHORDS.iter().enumerate() {
        let start = c * CHORD;
        for (step, &i) in PATTERN.iter().enumerate() {
            // A plucked note: 10 ms attack, 300 ms decay, tail of 750 ms (wraps at the loop end).
            let at = start + step * STEP;
            for k in 0..3 * STEP {
                let t = k as f32 / RATE as f32;
                let env = (t / 0.01).min(1.0) * (-t / 0.3).exp();
                let x = (TAU * notes[i] * t).sin() + 0.2 * (TAU * 2.0 * notes[i] * t).sin();
                acc[(at + k) % len] += 3200.0 * env * x;
            }
        }
        for k in 0..CHORD {
            // Bass with 50 ms fades at the chord edges.
            let t = k as f32 / RATE as f32;
            let fade = (t / 0.05)
                .min(1.0)
                .min((CHORD - k) as f32 / (RATE as f32 * 0.05));
            acc[start + k] += 1200.0 * fade * (TAU * bass * t).sin();
        }
    }
    acc.iter()
        .map(|&v| v.clamp(-32767.0, 32767.0) as i16)
        .collect::<Vec<_>>()
        .into()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dsp::DtmfDetector;
    use crate::testutil::rms;

    #[test]
    fn audible_and_no_dtmf() {
        let m = default_music();
        assert_eq!(m.len(), 64_000);
        let r = rms(&m);
        assert!(r > 500.0 && r < 8000.0, "rms {r}");
        let mut d = DtmfDetector::new();
        for f in m.chunks(160) {
            assert_eq!(d.process(f), None);
        }
    }
}
