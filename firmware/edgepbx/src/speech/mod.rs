//! Text to speech for the whole box, behind one small interface:
//!
//! * [`Speech::lookup`] for calls: never blocks. A rendering in the cache is returned; any
//!   other text is queued for the renderer thread (bounded queue) and answered `Pending`.
//! * [`Speech::render_now`] for the API's `media` documents: renders on the caller's thread
//!   (the HTTP server runs the API on its blocking pool), bypassing the cache.
//!
//! flite itself is one process-wide, single-threaded library (edgepbx-media serialises it),
//! so there is one [`Speech`] per process: [`shared`].

mod cache;
mod media_doc;
mod worker;

use std::sync::{Arc, Mutex, OnceLock};

use edgepbx_callflow::flow::{Speech as Spoken, SpeechRequest};
use edgepbx_media::tts::{self, TtsError, VoiceChoice};

pub use media_doc::MediaSpeech;

/// Renderings kept for calls: at most this many texts...
const CACHE_ENTRIES: usize = 256;
/// ... and this much audio (8 kHz i16: 4 MiB is about 4.4 minutes of speech).
const CACHE_BYTES: usize = 4 << 20;
/// Texts waiting for the renderer; a call asking for another one meanwhile gets
/// `Unavailable` (and hears the digits), never a wait.
const QUEUE: usize = 32;

/// What the cache and the queue are keyed by: the text as spoken and the voice.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Key {
    pub text: String,
    pub voice: &'static str,
}

pub struct Speech {
    cache: Mutex<cache::Cache>,
    queue: worker::Queue,
}

static SHARED: OnceLock<Arc<Speech>> = OnceLock::new();

/// The process's renderer (its thread starts on first use).
pub fn shared() -> &'static Arc<Speech> {
    SHARED.get_or_init(|| {
        Arc::new_cyclic(|weak| Speech {
            cache: Mutex::new(cache::Cache::new(CACHE_ENTRIES, CACHE_BYTES)),
            queue: worker::Queue::start(QUEUE, weak.clone()),
        })
    })
}

/// The key for a request, or None when there is nothing to render (bad voice, no text).
fn key(text: &str, voice: Option<&str>, language: Option<&str>) -> Option<(Key, VoiceChoice)> {
    let choice = tts::choose_voice(voice, language).ok()?;
    let text = tts::plain_text(text);
    if text.is_empty() || text.chars().count() > tts::MAX_CHARS {
        return None;
    }
    Some((
        Key {
            text,
            voice: choice.voice.name,
        },
        choice,
    ))
}

impl Speech {
    /// For a call: the rendering if cached, else queued (`Pending`) or refused.
    pub fn lookup(&self, request: &SpeechRequest) -> Spoken {
        let Some((key, _)) = key(request.text, request.voice, request.language) else {
            return Spoken::Unavailable;
        };
        if let Some(audio) = self.cache.lock().ok().and_then(|mut c| c.get(&key)) {
            return Spoken::Ready(audio);
        }
        if self.queue.push(key) {
            Spoken::Pending
        } else {
            Spoken::Unavailable
        }
    }

    /// Renders now on this thread (the API's), without touching the cache.
    pub fn render_now(
        &self,
        text: &str,
        voice: Option<&str>,
        language: Option<&str>,
    ) -> Result<(Vec<i16>, VoiceChoice), TtsError> {
        let choice = tts::choose_voice(voice, language)?;
        let audio = tts::speak(text)?;
        Ok((audio, choice))
    }

    /// Called by the worker with a finished rendering (None: it failed).
    fn finished(&self, key: Key, audio: Option<Arc<[i16]>>) {
        if let (Some(audio), Ok(mut cache)) = (audio, self.cache.lock()) {
            cache.insert(key, audio);
        }
    }

    #[cfg(test)]
    fn cached(&self, key: &Key) -> bool {
        self.cache.lock().unwrap().get(key).is_some()
    }
}

#[cfg(test)]
mod tests;
