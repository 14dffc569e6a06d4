//! Runs the fuzz seeds (and every truncation and single-byte corruption of them) through the
//! RTP/RTCP and WAV readers: errors are fine, panics are not.

use edgepbx_media::rtp::{RtcpPacket, RtpPacket, TelephoneEventReceiver};
use edgepbx_media::testutil::Noise;
use edgepbx_media::wav::{self, WavFormat};

fn seeds(dir: &str) -> Vec<Vec<u8>> {
    let d = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fuzz/seeds")
        .join(dir);
    let mut v: Vec<Vec<u8>> = std::fs::read_dir(d)
        .unwrap()
        .map(|e| std::fs::read(e.unwrap().path()).unwrap())
        .collect();
    assert!(!v.is_empty());
    v.sort();
    v
}

fn mutations(seed: &[u8], f: &mut impl FnMut(&[u8])) {
    for n in 0..=seed.len() {
        f(&seed[..n]);
    }
    let mut noise = Noise::new(42);
    for _ in 0..300 {
        let mut m = seed.to_vec();
        if m.is_empty() {
            break;
        }
        for _ in 0..3 {
            let i = noise.next_u32() as usize % m.len();
            m[i] = noise.next_u32() as u8;
        }
        f(&m);
    }
}

fn rtp(data: &[u8]) {
    if let Ok(p) = RtpPacket::parse(data) {
        let _ = p.csrcs().count();
        let _ = TelephoneEventReceiver::new().on_packet(p.timestamp, p.payload);
    }
    for p in RtcpPacket::iter(data).flatten() {
        let _ = p.reports().count();
    }
}

#[test]
fn rtp_seeds_and_mutations() {
    for s in seeds("rtp") {
        mutations(&s, &mut |d| rtp(d));
    }
    rtp(&vec![0x80; 70_000]);
}

#[test]
fn wav_seeds_and_mutations() {
    let mut all = seeds("wav");
    all.push(wav::write(WavFormat::Alaw, 8000, &[1, -1, 300]));
    for s in all {
        mutations(&s, &mut |d| {
            let _ = wav::read(d);
        });
    }
}
