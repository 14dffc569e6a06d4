//! The API's renderer for text-to-speech `media` documents: speech stored as an 8 kHz
//! µ-law WAV, the format recordings are stored in.

use edgepbx_api::{SpokenMedia, TextToSpeech};
use edgepbx_media::tts::{RATE, TtsError};
use edgepbx_media::wav::{self, WavFormat};

pub struct MediaSpeech;

impl TextToSpeech for MediaSpeech {
    fn render(
        &self,
        text: &str,
        voice: Option<&str>,
        language: Option<&str>,
    ) -> Result<SpokenMedia, (&'static str, String)> {
        let (pcm, choice) =
            super::shared()
                .render_now(text, voice, language)
                .map_err(|e| match e {
                    TtsError::UnknownVoice(_) => ("tts.voice", e.to_string()),
                    TtsError::Unavailable => ("media_source", e.to_string()),
                    TtsError::Empty | TtsError::TooLong { .. } | TtsError::Synthesis(_) => {
                        ("tts.text", e.to_string())
                    }
                })?;
        Ok(SpokenMedia {
            file: wav::write(WavFormat::Ulaw, RATE, &pcm),
            content_type: "audio/wav",
            voice: choice.voice.name.to_string(),
            language: choice.voice.language.to_string(),
            duration_ms: pcm.len() as u64 * 1000 / u64::from(RATE),
            note: choice.fallback,
        })
    }
}
