//! Uploaded MP3 -> the stored format: decode with symphonia (MP3 only), downmix to mono,
//! resample to 8 kHz (or 16 kHz). Corrupt uploads are an [`ImportError`], never a panic.

use symphonia::core::codecs::audio::AudioDecoderOptions;
use symphonia::core::errors::Error as SymError;
use symphonia::core::formats::probe::Hint;
use symphonia::core::formats::{FormatOptions, TrackType};
use symphonia::core::io::MediaSourceStream;
use symphonia::core::meta::MetadataOptions;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportError {
    NotMp3(String),
    Corrupt(String),
    Empty,
    TooLong,
}

impl std::fmt::Display for ImportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ImportError::NotMp3(e) => write!(f, "not an MP3 file: {e}"),
            ImportError::Corrupt(e) => write!(f, "corrupt MP3 file: {e}"),
            ImportError::Empty => write!(f, "MP3 file contains no audio"),
            ImportError::TooLong => write!(f, "MP3 file longer than the limit"),
        }
    }
}

impl std::error::Error for ImportError {}

/// Longest import (one hour).
pub const MAX_SECONDS: usize = 3600;

/// Decode an MP3 file and return mono 16-bit audio at `rate_out` Hz (8000 or 16000).
pub fn import_mp3_at(bytes: &[u8], rate_out: u32) -> Result<Vec<i16>, ImportError> {
    let mss = MediaSourceStream::new(
        Box::new(std::io::Cursor::new(bytes.to_vec())),
        Default::default(),
    );
    let mut hint = Hint::new();
    hint.with_extension("mp3");
    let mut format = symphonia::default::get_probe()
        .probe(
            &hint,
            mss,
            FormatOptions::default(),
            MetadataOptions::default(),
        )
        .map_err(|e| ImportError::NotMp3(e.to_string()))?;
    let track = format
        .default_track(TrackType::Audio)
        .ok_or(ImportError::Empty)?;
    let params = track
        .codec_params
        .as_ref()
        .and_then(|p| p.audio())
        .ok_or_else(|| ImportError::NotMp3("no audio track".into()))?
        .clone();
    let track_id = track.id;
    let mut decoder = symphonia::default::get_codecs()
        .make_audio_decoder(&params, &AudioDecoderOptions::default())
        .map_err(|e| ImportError::NotMp3(e.to_string()))?;
    let mut mono: Vec<i16> = Vec::new();
    let mut rate = 0u32;
    let mut inter: Vec<f32> = Vec::new();
    loop {
        let packet = match format.next_packet() {
            Ok(Some(p)) => p,
            Ok(None) => break,
            Err(SymError::IoError(_)) => break, // truncated tail: keep what decoded
            Err(e) => return Err(ImportError::Corrupt(e.to_string())),
        };
        if packet.track_id != track_id {
            continue;
        }
        match decoder.decode(&packet) {
            Ok(buf) => {
                let ch = buf.spec().channels().count().max(1);
                rate = buf.spec().rate();
                inter.resize(buf.samples_interleaved(), 0.0);
                buf.copy_to_slice_interleaved(&mut inter);
                for f in inter.chunks_exact(ch) {
                    let v = f.iter().sum::<f32>() / ch as f32;
                    mono.push((v * 32767.0).round().clamp(-32768.0, 32767.0) as i16);
                }
                if rate > 0 && mono.len() > MAX_SECONDS * rate as usize {
                    return Err(ImportError::TooLong);
                }
            }
            Err(SymError::DecodeError(_)) => continue, // skip a damaged frame
            Err(e) => return Err(ImportError::Corrupt(e.to_string())),
        }
    }
    if mono.is_empty() || rate == 0 {
        return Err(ImportError::Empty);
    }
    Ok(crate::resample::resample(&mono, rate, rate_out))
}

/// Decode an MP3 upload to mono 8 kHz (the stored format; encode with µ-law to store).
pub fn import_mp3(bytes: &[u8]) -> Result<Vec<i16>, ImportError> {
    import_mp3_at(bytes, 8000)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn garbage_is_an_error() {
        assert!(import_mp3(b"").is_err());
        assert!(import_mp3(b"hello world, not an mp3").is_err());
        assert!(import_mp3(&[0xFF; 5000]).is_err());
        let riff = crate::wav::write(crate::wav::WavFormat::Pcm16, 8000, &[0; 100]);
        assert!(import_mp3(&riff).is_err());
    }

    #[test]
    fn fixture_mp3_decodes() {
        let mp3 = include_bytes!("../tests/fixtures/tone440.mp3");
        let pcm = import_mp3(mp3).unwrap();
        // 1 s at 8 kHz (+ encoder padding).
        assert!((7500..9500).contains(&pcm.len()), "{}", pcm.len());
        let r = crate::testutil::rms(&pcm[2000..6000]);
        assert!(r > 1000.0, "rms {r}"); // ffmpeg sine at 1/8 full scale, -6 dB
        // A truncated upload still yields the audio before the cut.
        let cut = import_mp3(&mp3[..mp3.len() / 2]).unwrap();
        assert!(cut.len() > 2000);
    }
}
