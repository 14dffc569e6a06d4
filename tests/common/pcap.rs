//! Writes the pcap files SIPp's `play_pcap_audio` sends as a caller's RTP: DTMF as RFC 4733
//! events (the copies Debian's sip-tester ships) or as in-band tones in PCMU we generate.

use std::path::Path;

use edgepbx_media::codec::g711;

/// RTP packets (timestamp offset in µs, bytes) wrapped in Ethernet/IPv4/UDP, pcap format.
fn write_pcap(path: &Path, packets: &[(u64, Vec<u8>)]) {
    let mut out = Vec::new();
    // Global header: magic, v2.4, tz 0, sigfigs 0, snaplen 65535, Ethernet.
    out.extend_from_slice(&0xa1b2_c3d4u32.to_le_bytes());
    out.extend_from_slice(&2u16.to_le_bytes());
    out.extend_from_slice(&4u16.to_le_bytes());
    out.extend_from_slice(&[0; 8]);
    out.extend_from_slice(&65_535u32.to_le_bytes());
    out.extend_from_slice(&1u32.to_le_bytes());
    for (at_us, rtp) in packets {
        let udp_len = 8 + rtp.len();
        let ip_len = 20 + udp_len;
        let mut frame = vec![0u8; 12];
        frame.extend_from_slice(&[0x08, 0x00]);
        frame.extend_from_slice(&[
            0x45,
            0,
            (ip_len >> 8) as u8,
            ip_len as u8,
            0,
            0,
            0,
            0,
            64,
            17,
            0,
            0,
        ]);
        frame.extend_from_slice(&[127, 0, 0, 1, 127, 0, 0, 1]);
        frame.extend_from_slice(&[
            0x1f,
            0x40,
            0x1f,
            0x42,
            (udp_len >> 8) as u8,
            udp_len as u8,
            0,
            0,
        ]);
        frame.extend_from_slice(rtp);
        out.extend_from_slice(&((at_us / 1_000_000) as u32).to_le_bytes());
        out.extend_from_slice(&((at_us % 1_000_000) as u32).to_le_bytes());
        out.extend_from_slice(&(frame.len() as u32).to_le_bytes());
        out.extend_from_slice(&(frame.len() as u32).to_le_bytes());
        out.extend_from_slice(&frame);
    }
    std::fs::write(path, out).unwrap();
}

fn rtp(pt: u8, seq: u16, ts: u32, payload: &[u8]) -> Vec<u8> {
    let mut p = vec![0x80, pt];
    p.extend_from_slice(&seq.to_be_bytes());
    p.extend_from_slice(&ts.to_be_bytes());
    p.extend_from_slice(&0x1234_5678u32.to_be_bytes());
    p.extend_from_slice(payload);
    p
}

/// The two frequencies of a DTMF key.
fn dtmf_tones(key: char) -> (f64, f64) {
    let row = match key {
        '1' | '2' | '3' => 697.0,
        '4' | '5' | '6' => 770.0,
        '7' | '8' | '9' => 852.0,
        '*' | '0' | '#' => 941.0,
        _ => panic!("no tone for {key}"),
    };
    let col = match key {
        '1' | '4' | '7' | '*' => 1209.0,
        '2' | '5' | '8' | '0' => 1336.0,
        '3' | '6' | '9' | '#' => 1477.0,
        _ => unreachable!(),
    };
    (row, col)
}

/// DTMF `digit` as in-band PCMU audio: 200 ms silence, 150 ms of the two tones at about
/// -10 dBm0 each, 400 ms silence.
pub fn inband_dtmf(path: &Path, digit: char) {
    let (low, high) = dtmf_tones(digit);
    write_audio(path, &[(0.0, 0.0, 200), (low, high, 150), (0.0, 0.0, 400)]);
}

/// A caller speaking, as far as a recorder can tell: `ms` of a 440 Hz tone.
pub fn talk(path: &Path, ms: usize) {
    write_audio(
        path,
        &[(0.0, 0.0, 200), (440.0, 440.0, ms), (0.0, 0.0, 400)],
    );
}

/// `talk_ms` of a 440 Hz tone, then `keys` in-band (150 ms each, 150 ms apart).
pub fn talk_then_keys(path: &Path, talk_ms: usize, keys: &str) {
    let mut parts = vec![(440.0, 440.0, talk_ms), (0.0, 0.0, 300)];
    for k in keys.chars() {
        let (low, high) = dtmf_tones(k);
        parts.extend([(low, high, 150), (0.0, 0.0, 150)]);
    }
    parts.push((0.0, 0.0, 400));
    write_audio(path, &parts);
}

/// PCMU audio of (low Hz, high Hz, ms) parts, each pair of tones at about -10 dBm0 (0 Hz:
/// silence).
fn write_audio(path: &Path, parts: &[(f64, f64, usize)]) {
    let mut samples: Vec<i16> = Vec::new();
    for &(low, high, ms) in parts {
        for i in 0..ms * 8 {
            let t = i as f64 / 8000.0;
            let wave = |f: f64| {
                if f > 0.0 {
                    5000.0 * (2.0 * std::f64::consts::PI * f * t).sin()
                } else {
                    0.0
                }
            };
            samples.push((wave(low) + wave(high)) as i16);
        }
    }
    let packets: Vec<(u64, Vec<u8>)> = samples
        .chunks(160)
        .enumerate()
        .map(|(n, frame)| {
            let payload: Vec<u8> = frame.iter().map(|s| g711::linear_to_ulaw(*s)).collect();
            (
                n as u64 * 20_000,
                rtp(0, n as u16, n as u32 * 160, &payload),
            )
        })
        .collect();
    write_pcap(path, &packets);
}

/// DTMF `digit` as RFC 4733 events: Debian's sip-tester ships one pcap per digit.
pub fn rfc4733_dtmf(path: &Path, digit: char) {
    let shipped = format!("/usr/share/sip-tester/dtmf_2833_{digit}.pcap");
    std::fs::copy(&shipped, path).unwrap_or_else(|e| panic!("{shipped}: {e}"));
}

/// A piece of a caller's side of a call, for [`script`].
pub enum Part<'a> {
    /// `ms` of a 440 Hz tone (speech, as far as a recorder can tell).
    Talk(usize),
    Quiet(usize),
    /// In-band keys, 150 ms each, 150 ms apart.
    Keys(&'a str),
}

/// A caller following a menu by the clock: `parts` one after the other.
pub fn script(path: &Path, parts: &[Part]) {
    let mut tones = Vec::new();
    for part in parts {
        match *part {
            Part::Talk(ms) => tones.push((440.0, 440.0, ms)),
            Part::Quiet(ms) => tones.push((0.0, 0.0, ms)),
            Part::Keys(keys) => {
                for k in keys.chars() {
                    let (low, high) = dtmf_tones(k);
                    tones.extend([(low, high, 150), (0.0, 0.0, 150)]);
                }
            }
        }
    }
    write_audio(path, &tones);
}
