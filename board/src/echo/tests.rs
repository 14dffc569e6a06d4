//! The canceller against synthetic echo paths, frame by frame (no clock: 100 frames are one
//! second of line time).

use edgepbx_media::dsp::osc::Osc;

use super::*;

/// Deterministic speech-band noise (a linear congruential generator, low-passed).
struct Noise {
    state: u32,
    last: f32,
    amplitude: f32,
}

impl Noise {
    fn new(seed: u32, amplitude: f32) -> Noise {
        Noise {
            state: seed,
            last: 0.0,
            amplitude,
        }
    }

    fn frame(&mut self) -> Frame {
        let mut f = [0; FRAME_SAMPLES];
        for s in f.iter_mut() {
            self.state = self
                .state
                .wrapping_mul(1_664_525)
                .wrapping_add(1_013_904_223);
            let white = (self.state >> 8) as f32 / (1 << 24) as f32 * 2.0 - 1.0;
            self.last = 0.6 * self.last + 0.4 * white;
            *s = (self.last * self.amplitude) as i16;
        }
        f
    }
}

/// A hybrid: `delay` samples of bulk delay, then a decaying, ringing impulse response
/// `loss` below the played signal.
struct EchoPath {
    response: Vec<f32>,
    played: Vec<f32>,
}

impl EchoPath {
    /// The response's energy is `loss_db` below one: the echo return loss for white noise.
    fn new(delay: usize, loss_db: f32) -> EchoPath {
        let shape: Vec<f32> = (0..64)
            .map(|k| {
                let k = k as f32;
                (-k / 12.0).exp() * (0.9 * k).cos()
            })
            .collect();
        let norm = shape.iter().map(|h| h * h).sum::<f32>().sqrt();
        let gain = 10f32.powf(-loss_db / 20.0) / norm;
        let mut response = vec![0.0; delay];
        response.extend(shape.iter().map(|h| gain * h));
        EchoPath {
            played: vec![0.0; response.len()],
            response,
        }
    }

    /// What comes back from the line for `played`, plus the near end's own `near`.
    fn heard(&mut self, played: &Frame, near: &Frame) -> Frame {
        let mut out = [0; FRAME_SAMPLES];
        for (i, x) in played.iter().enumerate() {
            self.played.rotate_right(1);
            self.played[0] = *x as f32;
            let echo: f32 = self
                .played
                .iter()
                .zip(&self.response)
                .map(|(a, b)| a * b)
                .sum();
            out[i] = (echo + near[i] as f32) as i16;
        }
        out
    }
}

fn energy(frames: &[Frame]) -> f64 {
    frames
        .iter()
        .flatten()
        .map(|s| f64::from(*s) * f64::from(*s))
        .sum()
}

/// Echo return loss enhancement in dB over `frames` frames after `settle` frames.
fn erle(delay: usize, settle: usize, frames: usize) -> f64 {
    let mut ec = EchoCanceller::new(DEFAULT_TAIL_MS);
    let mut path = EchoPath::new(delay, 6.0);
    let mut far = Noise::new(7, 8_000.0);
    let silence = [0; FRAME_SAMPLES];
    let (mut before, mut after) = (Vec::new(), Vec::new());
    for n in 0..settle + frames {
        let played = far.frame();
        let mut heard = path.heard(&played, &silence);
        let echo = heard;
        ec.process(&played, &mut heard);
        if n >= settle {
            before.push(echo);
            after.push(heard);
        }
    }
    10.0 * (energy(&before) / energy(&after).max(1.0)).log10()
}

#[test]
fn a_short_echo_path_is_cancelled_by_more_than_20_db_after_convergence() {
    let db = erle(8, 200, 100);
    assert!(db > 20.0, "ERLE {db:.1} dB");
}

#[test]
fn an_echo_delayed_50_ms_still_falls_in_the_64_ms_tail() {
    let db = erle(400, 300, 100);
    assert!(db > 20.0, "ERLE {db:.1} dB");
}

#[test]
fn an_echo_beyond_the_tail_is_not_cancelled() {
    // The canceller cannot model what it does not hold: the test above is not trivially true.
    let db = erle(600, 300, 100);
    assert!(db < 6.0, "ERLE {db:.1} dB");
}

#[test]
fn double_talk_passes_the_near_end_and_does_not_undo_the_convergence() {
    let mut ec = EchoCanceller::new(DEFAULT_TAIL_MS);
    let mut path = EchoPath::new(40, 6.0);
    let mut far = Noise::new(3, 8_000.0);
    let mut near = Noise::new(11, 6_000.0);
    let silence = [0; FRAME_SAMPLES];
    for _ in 0..200 {
        let played = far.frame();
        let mut heard = path.heard(&played, &silence);
        ec.process(&played, &mut heard);
    }
    // Both talk for a second: what is left after cancelling is the near end's speech.
    let (mut talker, mut residual) = (Vec::new(), Vec::new());
    for _ in 0..100 {
        let played = far.frame();
        let said = near.frame();
        let mut heard = path.heard(&played, &said);
        ec.process(&played, &mut heard);
        let mut diff = [0; FRAME_SAMPLES];
        for i in 0..FRAME_SAMPLES {
            diff[i] = heard[i].saturating_sub(said[i]);
        }
        talker.push(said);
        residual.push(diff);
    }
    let kept = 10.0 * (energy(&talker) / energy(&residual).max(1.0)).log10();
    assert!(
        kept > 20.0,
        "near end only {kept:.1} dB above what is left of the echo"
    );
    // Far end alone again: still converged.
    let (mut before, mut after) = (Vec::new(), Vec::new());
    for _ in 0..50 {
        let played = far.frame();
        let mut heard = path.heard(&played, &silence);
        before.push(heard);
        ec.process(&played, &mut heard);
        after.push(heard);
    }
    let db = 10.0 * (energy(&before) / energy(&after).max(1.0)).log10();
    assert!(db > 20.0, "ERLE after double talk {db:.1} dB");
}

#[test]
fn the_near_end_alone_is_passed_unchanged() {
    let mut ec = EchoCanceller::new(DEFAULT_TAIL_MS);
    let mut near = Noise::new(5, 9_000.0);
    let silence = [0; FRAME_SAMPLES];
    for _ in 0..100 {
        let said = near.frame();
        let mut heard = said;
        ec.process(&silence, &mut heard);
        assert_eq!(heard, said);
    }
}

/// 2100 Hz at -12 dBm0 for `frames`, the phase reversed every 450 ms if `reversals`.
fn answer_tone(frames: usize, reversals: bool) -> Vec<Frame> {
    let mut osc = Osc::new(2100.0, 8000);
    let amplitude = edgepbx_media::dsp::dbm0_to_peak(-12.0);
    (0..frames)
        .map(|n| {
            let mut f = [0; FRAME_SAMPLES];
            for (i, s) in f.iter_mut().enumerate() {
                if reversals && (n * FRAME_SAMPLES + i).is_multiple_of(3_600) && n + i > 0 {
                    osc.reverse_phase();
                }
                *s = (osc.next_sample() * amplitude) as i16;
            }
            f
        })
        .collect()
}

#[test]
fn the_phase_reversed_answer_tone_disables_it_until_the_line_is_quiet() {
    let mut ec = EchoCanceller::new(DEFAULT_TAIL_MS);
    let mut path = EchoPath::new(8, 6.0);
    let silence = [0; FRAME_SAMPLES];
    // The answering modem's ANSam comes back from the line (heard), its echo as well.
    for tone in answer_tone(120, true) {
        let mut heard = path.heard(&silence, &tone);
        ec.process(&silence, &mut heard);
    }
    assert!(!ec.is_active(), "ANSam must disable the canceller");
    // Modem training: both directions carry signal, passed untouched.
    let mut far = Noise::new(9, 8_000.0);
    for _ in 0..100 {
        let played = far.frame();
        let mut heard = path.heard(&played, &silence);
        let before = heard;
        ec.process(&played, &mut heard);
        assert_eq!(heard, before);
    }
    assert!(!ec.is_active());
    // 250 ms of quiet ends the data call: the canceller is back.
    for _ in 0..25 {
        let mut heard = silence;
        ec.process(&silence, &mut heard);
    }
    assert!(ec.is_active());
}

#[test]
fn a_plain_2100_hz_tone_or_the_played_direction_behaves_as_g168_says() {
    // Without phase reversals (a G.164 echo suppressor's disabler): the canceller stays on.
    let mut ec = EchoCanceller::new(DEFAULT_TAIL_MS);
    for tone in answer_tone(120, false) {
        let mut heard = [0; FRAME_SAMPLES];
        ec.process(&tone, &mut heard);
    }
    assert!(ec.is_active());
    // ANSam played towards the line (the far modem answers) disables it too.
    for tone in answer_tone(120, true) {
        let mut heard = [0; FRAME_SAMPLES];
        ec.process(&tone, &mut heard);
    }
    assert!(!ec.is_active());
}

#[test]
fn call_control_can_turn_it_off_for_fax() {
    let mut ec = EchoCanceller::new(DEFAULT_TAIL_MS);
    let mut path = EchoPath::new(8, 6.0);
    let mut far = Noise::new(1, 8_000.0);
    let silence = [0; FRAME_SAMPLES];
    ec.set_enabled(false);
    for _ in 0..100 {
        let played = far.frame();
        let mut heard = path.heard(&played, &silence);
        let before = heard;
        ec.process(&played, &mut heard);
        assert_eq!(heard, before);
    }
    assert!(!ec.is_active());
}

#[test]
fn quiet_near_end_speech_under_loud_far_end_speech_is_not_cancelled_away() {
    // No echo at all, and the near end (DTMF from a caller, say) too quiet for the Geigel
    // detector: the adapting filter learns noise, but never replaces the one that cancels.
    let mut ec = EchoCanceller::new(DEFAULT_TAIL_MS);
    let mut far = Noise::new(21, 12_000.0);
    let mut near = Noise::new(22, 2_000.0);
    for _ in 0..300 {
        let played = far.frame();
        let said = near.frame();
        let mut heard = said;
        ec.process(&played, &mut heard);
        assert_eq!(heard, said);
    }
}
