//! Benchmark of the analog line path (scripts/bench/analog.sh): CPU per channel per 10 ms
//! frame of the FXS state machine (hook timers, DTMF detection on the line audio, tone
//! generation or speech copy) and of the line echo canceller, against a plain copy of the
//! frame measured in the same run; the canceller's ERLE; and off-hook to dial tone, in
//! frames, on the simulated board.
//!
//!   cargo run --release -p edgepbx-board --example line_frame_bench [-- CHANNELS FRAMES]

use std::hint::black_box;
use std::time::Instant;

use edgepbx_board::echo::{DEFAULT_TAIL_MS, EchoCanceller};
use edgepbx_board::fxs::dialplan::NumberList;
use edgepbx_board::fxs::{FxsCommand, FxsLine};
use edgepbx_board::line::{FRAME_MS, FRAME_SAMPLES, Frame, LineInterface, PortId};
use edgepbx_board::profile::profile;
use edgepbx_board::runner::Lines;
use edgepbx_board::sim::listener::has_tone;
use edgepbx_board::sim::{SimBoard, sine_frame};

fn main() {
    let args: Vec<usize> = std::env::args()
        .skip(1)
        .filter_map(|a| a.parse().ok())
        .collect();
    let channels = args.first().copied().unwrap_or(8);
    let frames = args.get(1).copied().unwrap_or(20_000);
    let p = profile("us").expect("us profile");

    // Baseline: copying each channel's frame in and out (what a bare bridge does).
    let input: Vec<Frame> = (0..channels)
        .map(|c| sine_frame(300.0 + c as f32, 6000.0))
        .collect();
    let mut output = vec![[0i16; FRAME_SAMPLES]; channels];
    let t = Instant::now();
    for _ in 0..frames {
        for (o, i) in output.iter_mut().zip(&input) {
            o.copy_from_slice(black_box(i));
        }
        black_box(&mut output);
    }
    let copy_ns = t.elapsed().as_nanos() as f64 / (frames * channels) as f64;

    // Lines in a call: DTMF detection on what the phone says, speech to the phone.
    let talking = line_cost(channels, frames, p, true);
    // Lines off hook on dial tone: tone generation and DTMF detection.
    let dialling = line_cost(channels, frames, p, false);

    let (echo_ns, erle_1s, erle_3s) = echo_canceller(channels, frames);
    let (min, max, worst_ms) = dial_tone_frames(p);
    println!("channels {channels}, frames {frames}");
    println!("plain copy:            {copy_ns:9.1} ns per channel-frame");
    println!(
        "FXS line talking:      {talking:9.1} ns per channel-frame ({:.0}x copy, {:.3} % of a core per channel)",
        talking / copy_ns,
        talking / 1e5
    );
    println!(
        "FXS line on dial tone: {dialling:9.1} ns per channel-frame ({:.0}x copy, {:.3} % of a core per channel)",
        dialling / copy_ns,
        dialling / 1e5
    );
    println!(
        "echo canceller:        {echo_ns:9.1} ns per channel-frame ({:.0}x copy, {:.3} % of a core per channel; {} ms tail)",
        echo_ns / copy_ns,
        echo_ns / 1e5,
        DEFAULT_TAIL_MS
    );
    println!(
        "echo canceller ERLE:   {erle_1s:.1} dB after 1 s, {erle_3s:.1} dB after 3 s (white noise, 5 ms bulk delay, 6 dB hybrid loss)"
    );
    println!(
        "off-hook to dial tone: {min}-{max} frames after the debounced off-hook; at most {worst_ms} ms from the loop closing (debounce {} ms; 100 trials)",
        edgepbx_board::fxs::hook::DEBOUNCE_MS
    );
}

fn line_cost(
    channels: usize,
    frames: usize,
    p: edgepbx_board::profile::Profile,
    talking: bool,
) -> f64 {
    let mut lines: Vec<FxsLine> = (0..channels).map(|_| FxsLine::new(0, p)).collect();
    for l in &mut lines {
        if talking {
            // Rung and answered.
            l.command(0, FxsCommand::Ring(None));
        }
        l.hook_changed(10, true);
        l.tick(100);
        if talking {
            l.command(100, FxsCommand::Connected);
            assert!(l.is_talking());
        }
        while l.poll_output().is_some() {}
    }
    let input: Vec<Frame> = (0..channels)
        .map(|c| sine_frame(300.0 + c as f32, 6000.0))
        .collect();
    let mut out = [0i16; FRAME_SAMPLES];
    let t = Instant::now();
    for f in 0..frames {
        let now = 100 + f as u64 * FRAME_MS;
        for (l, i) in lines.iter_mut().zip(&input) {
            l.tick(now);
            l.audio_from_line(now, black_box(i));
            l.audio_to_line(Some(i), &mut out);
            black_box(&mut out);
            while l.poll_output().is_some() {}
        }
    }
    t.elapsed().as_nanos() as f64 / (frames * channels) as f64
}

/// The echo canceller's cost per channel-frame in a call with echo (white noise played, half
/// of it back 5 ms later), and its echo return loss enhancement over the second after 1 s
/// and after 3 s of convergence.
fn echo_canceller(channels: usize, frames: usize) -> (f64, f64, f64) {
    const DELAY: usize = 40;
    let mut state = 1u32;
    let mut noise = move || {
        state = state.wrapping_mul(1_664_525).wrapping_add(1_013_904_223);
        ((state >> 16) as i16 as i32 / 4) as i16
    };
    let total = frames.max(400);
    let played: Vec<Frame> = (0..total)
        .map(|_| std::array::from_fn(|_| noise()))
        .collect();
    let flat: Vec<i16> = played.iter().flatten().copied().collect();
    let heard: Vec<Frame> = (0..total)
        .map(|f| {
            std::array::from_fn(|i| {
                let n = f * FRAME_SAMPLES + i;
                if n >= DELAY { flat[n - DELAY] / 2 } else { 0 }
            })
        })
        .collect();
    let mut cancellers: Vec<EchoCanceller> = (0..channels)
        .map(|_| EchoCanceller::new(DEFAULT_TAIL_MS))
        .collect();
    let energy = |f: &Frame| f.iter().map(|s| f64::from(*s).powi(2)).sum::<f64>();
    let (mut echo_after, mut left_after) = ([0.0; 2], [0.0; 2]);
    let t = Instant::now();
    for f in 0..total {
        for (c, ec) in cancellers.iter_mut().enumerate() {
            let mut h = heard[f];
            ec.process(black_box(&played[f]), &mut h);
            let window = match f {
                100..200 => Some(0),
                300..400 => Some(1),
                _ => None,
            };
            if let (0, Some(w)) = (c, window) {
                echo_after[w] += energy(&heard[f]);
                left_after[w] += energy(&h);
            }
        }
    }
    let ns = t.elapsed().as_nanos() as f64 / (total * channels) as f64;
    let erle = |w: usize| 10.0 * (echo_after[w] / left_after[w].max(1.0)).log10();
    (ns, erle(0), erle(1))
}

/// Frames from the debounced off-hook to the first frame carrying dial tone, over off-hook
/// moments spread across a frame.
fn dial_tone_frames(p: edgepbx_board::profile::Profile) -> (u64, u64, u64) {
    let (mut min, mut max, mut worst_ms) = (u64::MAX, 0, 0);
    for trial in 0..100u64 {
        let mut board = SimBoard::new(1, 0, p);
        let mut lines = Lines::new(0, board.ports(), p);
        let plan = NumberList::default();
        let mut reqs = Vec::new();
        let off_at = 100 + trial % FRAME_MS;
        board.phone(PortId(0)).off_hook(off_at);
        let seen = off_at.next_multiple_of(FRAME_MS);
        let debounced = seen + edgepbx_board::fxs::hook::DEBOUNCE_MS;
        let mut now = 0;
        loop {
            lines.frame(&mut board, now, &plan, &[None], &mut reqs);
            if board
                .phone(PortId(0))
                .ears
                .frames_since(now)
                .any(|f| has_tone(f, 350.0))
            {
                let frames = now.saturating_sub(debounced).div_ceil(FRAME_MS);
                min = min.min(frames);
                max = max.max(frames);
                // The tone frame ends at now + FRAME_MS.
                worst_ms = worst_ms.max(now + FRAME_MS - off_at);
                break;
            }
            now += FRAME_MS;
            assert!(now < 2000, "no dial tone");
        }
    }
    (min, max, worst_ms)
}
