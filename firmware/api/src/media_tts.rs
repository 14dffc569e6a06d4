//! `media` documents whose source is text to speech (`media_source: "tts"`, `tts.text`,
//! `tts.voice`, `language`): rendered when saved, and again when the text, voice or language
//! changes, and stored as audio like an upload (`GET media/{id}/raw`). The server adds
//! `tts_render` (`voice` used, `language` spoken, `duration_ms`, and a `note` when the voice
//! or language asked for is not built in). The renderer is the binary's ([`TextToSpeech`]):
//! this crate does no audio.

use serde_json::{Map, Value, json};

use crate::Api;
use crate::error::{ApiError, ApiResult};

/// Longest `tts.text`, in characters (KAZOO's limit; the schema enforces it).
pub const MAX_TEXT: usize = 1000;

/// Audio rendered for a media document.
pub struct SpokenMedia {
    /// A complete audio file (WAV) as `media/{id}/raw` serves it.
    pub file: Vec<u8>,
    pub content_type: &'static str,
    /// The voice that spoke (e.g. `cmu_us_kal`) and the language it speaks.
    pub voice: String,
    pub language: String,
    pub duration_ms: u64,
    /// Why the voice or language differs from the one asked for, if it does.
    pub note: Option<String>,
}

pub trait TextToSpeech: Send + Sync {
    /// Renders `text`. An error names the field at fault (`tts.text`, `tts.voice`).
    fn render(
        &self,
        text: &str,
        voice: Option<&str>,
        language: Option<&str>,
    ) -> Result<SpokenMedia, (&'static str, String)>;
}

fn tts_str<'a>(doc: &'a Map<String, Value>, field: &str) -> Option<&'a str> {
    doc.get("tts")?.get(field)?.as_str()
}

/// What decides the audio: text, voice and language.
fn inputs(doc: &Map<String, Value>) -> (Option<&str>, Option<&str>, Option<&str>) {
    (
        tts_str(doc, "text"),
        tts_str(doc, "voice"),
        doc.get("language").and_then(Value::as_str),
    )
}

/// For a document about to be saved (already validated by the schema): the audio to store
/// with it, if it needs a new rendering. Sets `tts_render`, `content_type` and
/// `content_length`.
pub fn render_if_needed(
    api: &Api,
    data: &mut Map<String, Value>,
    old: Option<&Value>,
) -> ApiResult<Option<Vec<u8>>> {
    data.remove("tts_render");
    if data.get("media_source").and_then(Value::as_str) != Some("tts") {
        return Ok(None);
    }
    let (text, voice, language) = inputs(data);
    let Some(text) = text else {
        return Err(ApiError::field(
            "tts.text",
            "required",
            "a text-to-speech media needs the text to speak",
            None,
        ));
    };
    if let Some(old) = old.and_then(Value::as_object)
        && old.get("media_source").and_then(Value::as_str) == Some("tts")
        && inputs(old) == (Some(text), voice, language)
        && let Some(render) = old.get("tts_render")
    {
        // Same words, same voice: the stored audio stands.
        let render = render.clone();
        for field in ["content_type", "content_length"] {
            if let Some(v) = old.get(field) {
                data.insert(field.into(), v.clone());
            }
        }
        data.insert("tts_render".into(), render);
        return Ok(None);
    }
    let Some(speech) = api.speech() else {
        return Err(ApiError::field(
            "media_source",
            "unavailable",
            "this server has no text to speech",
            None,
        ));
    };
    let spoken = speech
        .render(text, voice, language)
        .map_err(|(field, message)| ApiError::field(field, "invalid", message, None))?;
    let mut render = json!({
        "voice": spoken.voice,
        "language": spoken.language,
        "duration_ms": spoken.duration_ms,
    });
    if let Some(note) = spoken.note {
        render["note"] = json!(note);
    }
    data.insert("tts_render".into(), render);
    data.insert("content_type".into(), json!(spoken.content_type));
    data.insert("content_length".into(), json!(spoken.file.len()));
    Ok(Some(spoken.file))
}
