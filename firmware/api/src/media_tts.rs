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

#[cfg(test)]
mod tests {
    use std::sync::Arc;
    use std::sync::atomic::{AtomicUsize, Ordering};

    use serde_json::{Value, json};

    use super::{SpokenMedia, TextToSpeech};
    use crate::auth::credentials_hash;
    use crate::{Api, ApiConfig, ApiRequest, NoLiveState, bootstrap};

    /// Renders "audio" that is the text's bytes, counting renderings.
    struct Fake(AtomicUsize);

    impl TextToSpeech for Fake {
        fn render(
            &self,
            text: &str,
            voice: Option<&str>,
            _language: Option<&str>,
        ) -> Result<SpokenMedia, (&'static str, String)> {
            if voice == Some("robot") {
                return Err(("tts.voice", "no voice robot".into()));
            }
            self.0.fetch_add(1, Ordering::SeqCst);
            Ok(SpokenMedia {
                file: text.as_bytes().to_vec(),
                content_type: "audio/wav",
                voice: "v1".into(),
                language: "en-us".into(),
                duration_ms: 10 * text.len() as u64,
                note: None,
            })
        }
    }

    struct TestBox {
        api: Api,
        token: String,
        base: String,
        _dir: tempfile::TempDir,
    }

    const NOW: u64 = 1_800_000_000;

    impl TestBox {
        fn new(speech: Option<Arc<Fake>>) -> TestBox {
            let dir = tempfile::tempdir().unwrap();
            let store = edgepbx_store::Store::open(&dir.path().join("db")).unwrap();
            let mut api = Api::new(store, ApiConfig::default(), Arc::new(NoLiveState)).unwrap();
            if let Some(s) = speech {
                api = api.with_speech(s);
            }
            let account = bootstrap::first_boot(&api, "office", "office.local", Some("pw"), NOW)
                .unwrap()
                .unwrap()
                .account_id;
            let login = json!({"data": {"credentials": credentials_hash("admin", "pw"), "account_name": "office"}});
            let mut b = TestBox {
                api,
                token: String::new(),
                base: format!("/v2/accounts/{account}/media"),
                _dir: dir,
            };
            let (_, v) = b.call("PUT", "/v2/user_auth", &login);
            b.token = v["auth_token"].as_str().unwrap().to_string();
            b
        }

        fn call(&self, method: &str, path: &str, data: &Value) -> (u16, Value) {
            let r = self.raw(method, path, data.to_string().into_bytes());
            let v = serde_json::from_slice(&r.body).unwrap_or(Value::Null);
            (r.status, v)
        }

        fn raw(&self, method: &str, path: &str, body: Vec<u8>) -> crate::ApiResponse {
            let req = ApiRequest {
                method: method.into(),
                path: path.into(),
                query: String::new(),
                headers: vec![
                    ("content-type".into(), "application/json".into()),
                    ("x-auth-token".into(), self.token.clone()),
                ],
                body,
                peer: "127.0.0.1".parse().unwrap(),
            };
            self.api.handle(&req, NOW)
        }
    }

    #[test]
    fn rendered_on_save_and_only_again_when_the_words_change() {
        let fake = Arc::new(Fake(AtomicUsize::new(0)));
        let b = TestBox::new(Some(fake.clone()));
        let doc = json!({"data": {"name": "g", "media_source": "tts", "tts": {"text": "Hello"}}});
        let (status, v) = b.call("PUT", &b.base, &doc);
        assert_eq!(status, 201, "{v}");
        let id = v["data"]["id"].as_str().unwrap().to_string();
        assert_eq!(v["data"]["tts_render"]["voice"], "v1");
        let item = format!("{}/{id}", b.base);
        let raw = |b: &TestBox| b.raw("GET", &format!("{item}/raw"), Vec::new()).body;
        assert_eq!(raw(&b), b"Hello");
        // Renamed, words unchanged, a client's own tts_render ignored: no new rendering.
        let mut same = v["data"].clone();
        same["name"] = json!("renamed");
        same["tts_render"] = json!({"voice": "forged"});
        let (status, v2) = b.call("POST", &item, &json!({"data": same}));
        assert_eq!(status, 200, "{v2}");
        assert_eq!(v2["data"]["tts_render"]["voice"], "v1");
        assert_eq!(fake.0.load(Ordering::SeqCst), 1);
        // Another language: rendered again.
        let (status, _) = b.call("PATCH", &item, &json!({"data": {"language": "fr-fr"}}));
        assert_eq!(status, 200);
        assert_eq!(fake.0.load(Ordering::SeqCst), 2);
        let (status, _) = b.call("PATCH", &item, &json!({"data": {"tts": {"text": "Bye"}}}));
        assert_eq!(status, 200);
        assert_eq!(raw(&b), b"Bye");
        assert_eq!(fake.0.load(Ordering::SeqCst), 3);
        // The renderer's refusal names its field; nothing is stored.
        let bad = json!({"data": {"name": "g", "media_source": "tts", "tts": {"text": "Hi", "voice": "robot"}}});
        let (status, v) = b.call("PUT", &b.base, &bad);
        assert_eq!(status, 400);
        assert!(v["data"]["tts.voice"].is_object(), "{v}");
    }

    #[test]
    fn without_a_renderer_tts_media_are_refused_and_uploads_still_work() {
        let b = TestBox::new(None);
        let doc = json!({"data": {"name": "g", "media_source": "tts", "tts": {"text": "Hello"}}});
        let (status, v) = b.call("PUT", &b.base, &doc);
        assert_eq!(status, 400);
        assert!(v["data"]["media_source"].is_object(), "{v}");
        let (status, _) = b.call("PUT", &b.base, &json!({"data": {"name": "upload"}}));
        assert_eq!(status, 201);
    }
}
