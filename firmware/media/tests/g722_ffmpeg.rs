//! G.722 interoperability against an independent implementation (ffmpeg's g722 encoder and
//! decoder): our encoder's output decoded by ffmpeg, and ffmpeg's encoder output decoded by
//! ours, must both reach a stated SNR against the source. Skips loudly if ffmpeg is absent.

use edgepbx_media::codec::{G722Decoder, G722Encoder};
use edgepbx_media::testutil::{add_noise, sine, snr_db_aligned};
use std::path::PathBuf;
use std::process::Command;

/// Required SNR (dB) against the source, for speech and for the multi-tone signal.
const MIN_SNR_SPEECH: f64 = 20.0;
const MIN_SNR_TONES: f64 = 20.0;

fn ffmpeg_available() -> bool {
    Command::new("ffmpeg")
        .arg("-version")
        .output()
        .map(|o| o.status.success())
        .unwrap_or(false)
}

fn tmp(name: &str) -> PathBuf {
    std::env::temp_dir().join(format!("edgepbx-g722-{}-{name}", std::process::id()))
}

fn ffmpeg(args: &[&str]) {
    let out = Command::new("ffmpeg")
        .args(["-hide_banner", "-loglevel", "error", "-y"])
        .args(args)
        .output()
        .expect("run ffmpeg");
    assert!(
        out.status.success(),
        "ffmpeg {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

fn to_bytes(pcm: &[i16]) -> Vec<u8> {
    pcm.iter().flat_map(|s| s.to_le_bytes()).collect()
}

fn from_bytes(b: &[u8]) -> Vec<i16> {
    b.chunks_exact(2)
        .map(|c| i16::from_le_bytes([c[0], c[1]]))
        .collect()
}

fn speech() -> Vec<i16> {
    from_bytes(include_bytes!("fixtures/speech16k.raw"))
}

fn tones() -> Vec<i16> {
    let mut s = vec![0i16; 32000];
    for (f, a) in [
        (250.0, 3000.0),
        (1100.0, 3000.0),
        (2900.0, 2500.0),
        (5200.0, 1500.0),
    ] {
        for (o, x) in s.iter_mut().zip(sine(16000, f, a, 32000)) {
            *o = o.saturating_add(x);
        }
    }
    add_noise(&mut s, 100.0, 7);
    s
}

struct Result {
    ours_to_ffmpeg: f64,
    ffmpeg_to_ours: f64,
    ours_vs_ffmpeg_decoder: f64,
    encoder_match: f64,
}

fn run(name: &str, src: &[i16]) -> Result {
    let raw = tmp(&format!("{name}.raw"));
    let g722_ours = tmp(&format!("{name}-ours.g722"));
    let g722_ff = tmp(&format!("{name}-ff.g722"));
    let dec_ff = tmp(&format!("{name}-ffdec.raw"));
    std::fs::write(&raw, to_bytes(src)).unwrap();

    // 1. Our encoder -> ffmpeg's decoder.
    let mut enc = G722Encoder::new();
    let mut code = vec![0u8; src.len() / 2];
    enc.encode(src, &mut code);
    std::fs::write(&g722_ours, &code).unwrap();
    ffmpeg(
        &[
            "-f",
            "g722",
            "-i",
            g722_ours.to_str().unwrap(),
            "-f",
            "s16le",
            "-ar",
            "16000",
        ]
        .iter()
        .copied()
        .chain([dec_ff.to_str().unwrap()])
        .collect::<Vec<_>>(),
    );
    let ff_decoded = from_bytes(&std::fs::read(&dec_ff).unwrap());
    let (s1, d1) = snr_db_aligned(src, &ff_decoded, 64);

    // 2. ffmpeg's encoder -> our decoder.
    ffmpeg(&[
        "-f",
        "s16le",
        "-ar",
        "16000",
        "-ac",
        "1",
        "-i",
        raw.to_str().unwrap(),
        "-f",
        "g722",
        g722_ff.to_str().unwrap(),
    ]);
    let ff_code = std::fs::read(&g722_ff).unwrap();
    let mut dec = G722Decoder::new();
    let mut ours = vec![0i16; ff_code.len() * 2];
    dec.decode(&ff_code, &mut ours);
    let (s2, d2) = snr_db_aligned(src, &ours, 64);
    let same = code.iter().zip(&ff_code).filter(|(a, b)| a == b).count();
    let encoder_match = same as f64 / code.len().max(1) as f64;

    // 3. Our decoder vs ffmpeg's decoder on the same (ffmpeg-encoded) bit stream.
    ffmpeg(&[
        "-f",
        "g722",
        "-i",
        g722_ff.to_str().unwrap(),
        "-f",
        "s16le",
        "-ar",
        "16000",
        dec_ff.to_str().unwrap(),
    ]);
    let ff_dec2 = from_bytes(&std::fs::read(&dec_ff).unwrap());
    let (s3, _) = snr_db_aligned(&ff_dec2, &ours, 4);

    for p in [raw, g722_ours, g722_ff, dec_ff] {
        let _ = std::fs::remove_file(p);
    }
    eprintln!(
        "G.722 interop [{name}]: ours->ffmpeg {s1:.1} dB (delay {d1}), ffmpeg->ours {s2:.1} dB \
         (delay {d2}), our decoder vs ffmpeg decoder on one stream {s3:.1} dB, encoders agree on \
         {:.2}% of bytes",
        encoder_match * 100.0
    );
    Result {
        ours_to_ffmpeg: s1,
        ffmpeg_to_ours: s2,
        ours_vs_ffmpeg_decoder: s3,
        encoder_match,
    }
}

#[test]
fn g722_interop_with_ffmpeg() {
    if !ffmpeg_available() {
        eprintln!("\n!!!!!!!!!! SKIPPED: ffmpeg not found; G.722 interop NOT TESTED !!!!!!!!!!\n");
        return;
    }
    let sp = run("speech", &speech());
    let to = run("tones", &tones());
    for (r, min) in [(&sp, MIN_SNR_SPEECH), (&to, MIN_SNR_TONES)] {
        assert!(
            r.ours_to_ffmpeg >= min,
            "ours->ffmpeg {:.1} dB",
            r.ours_to_ffmpeg
        );
        assert!(
            r.ffmpeg_to_ours >= min,
            "ffmpeg->ours {:.1} dB",
            r.ffmpeg_to_ours
        );
        // Both decoders implement the same Recommendation: nearly identical output.
        assert!(r.ours_vs_ffmpeg_decoder >= 40.0, "decoders differ");
        assert!(r.encoder_match > 0.99, "encoders differ");
    }
}
