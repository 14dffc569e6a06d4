//! Text-to-speech benchmark (scripts/bench/tts.sh): CPU seconds per second of speech
//! (real-time factor) for typical greetings and a long text, against copying the same
//! amount of audio in the same run. Prints one JSON object.
//!
//! Built without the `tts` feature it is the size baseline of the same program (it then
//! only reports that speech is unavailable).

use std::hint::black_box;

use edgepbx_media::tts;

const TEXTS: &[&str] = &[
    "Thank you for calling.",
    "Thank you for calling Acme. Please hold while we connect you.",
    "Our office is closed. Our hours are Monday to Friday, nine to five. Please leave a message after the tone.",
    "Welcome to the conference line. You will be placed into the conference after the tone.",
];

/// CPU time of this process, in seconds.
fn cpu_secs() -> f64 {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: a valid out-pointer for the call.
    unsafe { libc::clock_gettime(libc::CLOCK_PROCESS_CPUTIME_ID, &mut ts) };
    ts.tv_sec as f64 + ts.tv_nsec as f64 * 1e-9
}

fn main() {
    let rounds: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(5);
    if let Err(e) = tts::speak("warm up") {
        println!("{{\"tts\": false, \"error\": \"{e}\"}}");
        return;
    }
    let long = TEXTS.join(" ").repeat(4);
    let mut rows = Vec::new();
    for (name, text) in TEXTS
        .iter()
        .enumerate()
        .map(|(i, t)| (format!("greeting{i}"), t.to_string()))
        .chain([("long".to_string(), long)])
    {
        let t0 = cpu_secs();
        let mut audio = Vec::new();
        for _ in 0..rounds {
            audio = black_box(tts::speak(&text).expect("speaks"));
        }
        let render = (cpu_secs() - t0) / rounds as f64;
        let speech = audio.len() as f64 / f64::from(tts::RATE);
        // The baseline: copying the same audio (what playing a stored file costs at least).
        let copies = 2000;
        let t0 = cpu_secs();
        for _ in 0..copies {
            black_box(black_box(&audio).clone());
        }
        let copy = (cpu_secs() - t0) / copies as f64;
        // FNV-1a of the samples: the same on every architecture when flite renders alike.
        let fnv = audio.iter().fold(0xcbf2_9ce4_8422_2325u64, |h, &s| {
            (h ^ u64::from(s as u16)).wrapping_mul(0x100_0000_01b3)
        });
        rows.push(format!(
            "{{\"text\": \"{name}\", \"chars\": {}, \"speech_s\": {speech:.3}, \"fnv\": \"{fnv:016x}\", \"render_cpu_s\": {render:.5}, \"rtf\": {:.5}, \"copy_cpu_s\": {copy:.8}, \"render_vs_copy\": {:.0}}}",
            text.chars().count(),
            render / speech,
            render / copy.max(1e-9),
        ));
    }
    println!(
        "{{\"tts\": true, \"voice\": \"{}\", \"rounds\": {rounds}, \"rows\": [\n  {}\n]}}",
        tts::VOICES[0].name,
        rows.join(",\n  ")
    );
}
