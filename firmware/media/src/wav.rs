//! WAV read/write: PCM 16-bit, µ-law (format 7) and A-law (format 6), mono or multi-channel
//! (downmixed on read), any sample rate, WAVE_FORMAT_EXTENSIBLE accepted. Corrupt or
//! unsupported files give a [`WavError`], never a panic.
//!
//! Stored formats (flash wear and size): prompts and voicemail are kept as 8 kHz µ-law
//! (8 kB/s, 480 kB per minute, directly playable on PCMU legs and cheap to transcode);
//! wideband recordings as 16 kHz PCM only when the leg was G.722.

use crate::codec::g711;
use std::fmt;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WavFormat {
    Pcm16,
    Ulaw,
    Alaw,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum WavError {
    NotRiffWave,
    Truncated,
    MissingChunk(&'static str),
    Unsupported(String),
    TooLarge,
}

impl fmt::Display for WavError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            WavError::NotRiffWave => write!(f, "not a RIFF/WAVE file"),
            WavError::Truncated => write!(f, "WAV file truncated"),
            WavError::MissingChunk(c) => write!(f, "WAV file has no {c} chunk"),
            WavError::Unsupported(s) => write!(f, "unsupported WAV format: {s}"),
            WavError::TooLarge => write!(f, "WAV file too large"),
        }
    }
}

impl std::error::Error for WavError {}

/// Decoded audio, mono.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Wav {
    pub rate: u32,
    pub format: WavFormat,
    pub samples: Vec<i16>,
}

/// Largest file we read (about 60 minutes of 16 kHz PCM).
pub const MAX_WAV_BYTES: usize = 128 * 1024 * 1024;

fn u16le(b: &[u8], i: usize) -> Result<u16, WavError> {
    b.get(i..i + 2)
        .map(|x| u16::from_le_bytes([x[0], x[1]]))
        .ok_or(WavError::Truncated)
}

fn u32le(b: &[u8], i: usize) -> Result<u32, WavError> {
    b.get(i..i + 4)
        .map(|x| u32::from_le_bytes([x[0], x[1], x[2], x[3]]))
        .ok_or(WavError::Truncated)
}

/// Parse a WAV file.
pub fn read(data: &[u8]) -> Result<Wav, WavError> {
    if data.len() > MAX_WAV_BYTES {
        return Err(WavError::TooLarge);
    }
    if data.len() < 12 || &data[0..4] != b"RIFF" || &data[8..12] != b"WAVE" {
        return Err(WavError::NotRiffWave);
    }
    let mut pos = 12;
    let mut fmt: Option<(u16, u16, u32, u16)> = None;
    let mut body: Option<&[u8]> = None;
    while pos + 8 <= data.len() {
        let id = &data[pos..pos + 4];
        let len = u32le(data, pos + 4)? as usize;
        let start = pos + 8;
        // Tolerate a data chunk whose length overruns the file (streams written without a
        // final size): take what is there.
        let end = start.saturating_add(len).min(data.len());
        let chunk = &data[start..end];
        match id {
            b"fmt " => {
                if chunk.len() < 16 {
                    return Err(WavError::Truncated);
                }
                let mut tag = u16le(chunk, 0)?;
                let channels = u16le(chunk, 2)?;
                let rate = u32le(chunk, 4)?;
                let bits = u16le(chunk, 14)?;
                if tag == 0xFFFE {
                    // WAVE_FORMAT_EXTENSIBLE: the sub-format GUID starts with the tag.
                    tag = u16le(chunk, 24)?;
                }
                fmt = Some((tag, channels, rate, bits));
            }
            b"data" => body = Some(chunk),
            _ => {}
        }
        if body.is_some() && fmt.is_some() {
            break;
        }
        pos = start.saturating_add(len).saturating_add(len & 1);
    }
    let (tag, channels, rate, bits) = fmt.ok_or(WavError::MissingChunk("fmt"))?;
    let body = body.ok_or(WavError::MissingChunk("data"))?;
    if channels == 0 || channels > 8 {
        return Err(WavError::Unsupported(format!("{channels} channels")));
    }
    if !(4000..=192_000).contains(&rate) {
        return Err(WavError::Unsupported(format!("sample rate {rate}")));
    }
    let ch = channels as usize;
    let (format, samples) = match (tag, bits) {
        (1, 16) => {
            let frames = body.len() / (2 * ch);
            let mut v = Vec::with_capacity(frames);
            for f in 0..frames {
                let mut acc = 0i32;
                for c in 0..ch {
                    let i = (f * ch + c) * 2;
                    acc += i16::from_le_bytes([body[i], body[i + 1]]) as i32;
                }
                v.push((acc / ch as i32) as i16);
            }
            (WavFormat::Pcm16, v)
        }
        (1, 8) => {
            let frames = body.len() / ch;
            let v = (0..frames)
                .map(|f| {
                    let acc: i32 = (0..ch).map(|c| (body[f * ch + c] as i32 - 128) << 8).sum();
                    (acc / ch as i32) as i16
                })
                .collect();
            (WavFormat::Pcm16, v)
        }
        (6 | 7, 8) => {
            let frames = body.len() / ch;
            let dec = if tag == 7 {
                g711::ulaw_to_linear
            } else {
                g711::alaw_to_linear
            };
            let v = (0..frames)
                .map(|f| {
                    let acc: i32 = (0..ch).map(|c| dec(body[f * ch + c]) as i32).sum();
                    (acc / ch as i32) as i16
                })
                .collect();
            (
                if tag == 7 {
                    WavFormat::Ulaw
                } else {
                    WavFormat::Alaw
                },
                v,
            )
        }
        _ => {
            return Err(WavError::Unsupported(format!(
                "format tag {tag}, {bits} bits"
            )));
        }
    };
    Ok(Wav {
        rate,
        format,
        samples,
    })
}

/// Write mono audio as a WAV file in `format`.
pub fn write(format: WavFormat, rate: u32, samples: &[i16]) -> Vec<u8> {
    let bps = match format {
        WavFormat::Pcm16 => 2,
        WavFormat::Alaw | WavFormat::Ulaw => 1,
    };
    let mut out = header(format, rate, samples.len(), samples.len() * bps);
    match format {
        WavFormat::Pcm16 => {
            for s in samples {
                out.extend_from_slice(&s.to_le_bytes());
            }
        }
        WavFormat::Ulaw => out.extend(samples.iter().map(|&s| g711::linear_to_ulaw(s))),
        WavFormat::Alaw => out.extend(samples.iter().map(|&s| g711::linear_to_alaw(s))),
    }
    pad(&mut out, samples.len() * bps);
    out
}

/// A µ-law WAV file around audio already encoded (one byte per sample).
pub fn write_ulaw_encoded(rate: u32, ulaw: &[u8]) -> Vec<u8> {
    let mut out = header(WavFormat::Ulaw, rate, ulaw.len(), ulaw.len());
    out.extend_from_slice(ulaw);
    pad(&mut out, ulaw.len());
    out
}

/// RIFF chunks must be of even length.
fn pad(out: &mut Vec<u8>, data_len: usize) {
    if data_len & 1 == 1 {
        out.push(0);
    }
}

/// Everything before the sample data, with room reserved for it.
fn header(format: WavFormat, rate: u32, samples: usize, data_len: usize) -> Vec<u8> {
    let (tag, bits, bps): (u16, u16, u32) = match format {
        WavFormat::Pcm16 => (1, 16, 2),
        WavFormat::Alaw => (6, 8, 1),
        WavFormat::Ulaw => (7, 8, 1),
    };
    // Non-PCM formats carry cbSize and a fact chunk (the 58-byte header of G.711 WAVs).
    let fmt_len: u32 = if tag == 1 { 16 } else { 18 };
    let fact = tag != 1;
    let mut out = Vec::with_capacity(58 + data_len + 1);
    out.extend_from_slice(b"RIFF");
    let riff_len =
        4 + 8 + fmt_len + if fact { 12 } else { 0 } + 8 + data_len as u32 + (data_len as u32 & 1);
    out.extend_from_slice(&riff_len.to_le_bytes());
    out.extend_from_slice(b"WAVEfmt ");
    out.extend_from_slice(&fmt_len.to_le_bytes());
    out.extend_from_slice(&tag.to_le_bytes());
    out.extend_from_slice(&1u16.to_le_bytes());
    out.extend_from_slice(&rate.to_le_bytes());
    out.extend_from_slice(&(rate * bps).to_le_bytes());
    out.extend_from_slice(&(bps as u16).to_le_bytes());
    out.extend_from_slice(&bits.to_le_bytes());
    if fmt_len == 18 {
        out.extend_from_slice(&0u16.to_le_bytes());
    }
    if fact {
        out.extend_from_slice(b"fact");
        out.extend_from_slice(&4u32.to_le_bytes());
        out.extend_from_slice(&(samples as u32).to_le_bytes());
    }
    out.extend_from_slice(b"data");
    out.extend_from_slice(&(data_len as u32).to_le_bytes());
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil::{sine, snr_db_aligned};

    #[test]
    fn round_trips() {
        let s = sine(8000, 440.0, 10000.0, 801);
        for f in [WavFormat::Pcm16, WavFormat::Ulaw, WavFormat::Alaw] {
            let bytes = write(f, 8000, &s);
            let w = read(&bytes).unwrap();
            assert_eq!(w.rate, 8000);
            assert_eq!(w.format, f);
            assert_eq!(w.samples.len(), s.len());
            let (snr, _) = snr_db_aligned(&s, &w.samples, 0);
            assert!(snr > 30.0);
        }
        let w = read(&write(WavFormat::Pcm16, 16000, &s)).unwrap();
        assert_eq!(w.samples, s);
        assert_eq!(w.rate, 16000);
        assert_eq!(write(WavFormat::Ulaw, 8000, &[0; 10]).len(), 58 + 10);
    }

    #[test]
    fn corrupt_files_are_errors() {
        let good = write(WavFormat::Pcm16, 8000, &[1, 2, 3, 4]);
        assert_eq!(read(b""), Err(WavError::NotRiffWave));
        assert_eq!(read(b"RIFF\0\0\0\0WAVX"), Err(WavError::NotRiffWave));
        assert_eq!(read(&good[..20]), Err(WavError::Truncated));
        assert_eq!(read(&good[..36]), Err(WavError::MissingChunk("data")));
        let mut bad = good.clone();
        bad[20] = 85; // MP3-in-WAV
        assert!(matches!(read(&bad), Err(WavError::Unsupported(_))));
        let mut bad = good.clone();
        bad[22] = 0; // 0 channels
        assert!(matches!(read(&bad), Err(WavError::Unsupported(_))));
        let mut huge = good.clone();
        huge[40..44].copy_from_slice(&u32::MAX.to_le_bytes()); // data length overruns
        assert_eq!(read(&huge).unwrap().samples, vec![1, 2, 3, 4]);
        // Every truncation of a valid file is handled.
        for n in 0..good.len() {
            let _ = read(&good[..n]);
        }
    }
}
