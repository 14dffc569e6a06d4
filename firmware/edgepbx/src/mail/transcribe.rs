//! Voicemail transcription before the mail: when the box's `transcribe` is set and the
//! account has a speech-to-text service (`/configs/transcription`: `url`, optional
//! `api_key`, `model`, `timeout_ms`), the message's WAV is posted as multipart/form-data the
//! way OpenAI's `/v1/audio/transcriptions` and whisper.cpp's server both take it (`file`,
//! `model`, `response_format=json`); the `text` of the JSON answer goes into the message
//! (`transcription`, as KAZOO) and the mail. It runs on the `transcriber` thread, never under the
//! call engine's lock; a failure or timeout leaves the mail without text, tried once.

use edgepbx_sip::engine::{HttpRequest, HttpResult};
use edgepbx_store::{Store, vmbox};
use serde_json::{Value, json};

use edgepbx_callflow::flow::VoicemailNotice;

pub const CONFIG: &str = "transcription";
const DEFAULT_TIMEOUT_MS: u64 = 15_000;
const DEFAULT_MODEL: &str = "whisper-1";
const BOUNDARY: &str = "edgepbx-transcription-7d1c3e";

/// The account's service, if it set one.
struct Service {
    url: String,
    api_key: Option<String>,
    model: String,
    timeout_ms: u64,
}

fn service(store: &Store, account: &str) -> Option<Service> {
    let doc = store.get(account, "configs", CONFIG).ok().flatten()?;
    let text = |k: &str| {
        doc.get(k)
            .and_then(Value::as_str)
            .filter(|s| !s.is_empty())
            .map(str::to_string)
    };
    Some(Service {
        url: text("url")?,
        api_key: text("api_key"),
        model: text("model").unwrap_or_else(|| DEFAULT_MODEL.into()),
        timeout_ms: doc
            .get("timeout_ms")
            .and_then(Value::as_u64)
            .unwrap_or(DEFAULT_TIMEOUT_MS),
    })
}

/// The multipart/form-data request for `wav`.
fn request(svc: &Service, wav: &[u8]) -> HttpRequest {
    let mut body = Vec::with_capacity(wav.len() + 512);
    let field = |body: &mut Vec<u8>, name: &str, value: &str| {
        body.extend_from_slice(
            format!(
                "--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n"
            )
            .as_bytes(),
        );
    };
    field(&mut body, "model", &svc.model);
    field(&mut body, "response_format", "json");
    body.extend_from_slice(
        format!(
            "--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"message.wav\"\r\n\
Content-Type: audio/wav\r\n\r\n"
        )
        .as_bytes(),
    );
    body.extend_from_slice(wav);
    body.extend_from_slice(format!("\r\n--{BOUNDARY}--\r\n").as_bytes());
    HttpRequest {
        method: "POST".into(),
        url: svc.url.clone(),
        content_type: Some(format!("multipart/form-data; boundary={BOUNDARY}")),
        authorization: svc.api_key.as_ref().map(|k| format!("Bearer {k}")),
        body,
        timeout_ms: svc.timeout_ms,
    }
}

/// The text of a service's answer (`{"text": "..."}`).
fn text_of(result: HttpResult) -> Result<String, String> {
    match result {
        HttpResult::Response { status, body, .. } if (200..300).contains(&status) => {
            let v: Value = serde_json::from_slice(&body).map_err(|e| format!("answer: {e}"))?;
            v.get("text")
                .and_then(Value::as_str)
                .map(|t| t.trim().to_string())
                .ok_or_else(|| "the answer has no text".into())
        }
        HttpResult::Response { status, .. } => Err(format!("the service answered {status}")),
        HttpResult::Failed(why) => Err(why),
    }
}

/// Transcribes `n`'s message if its box asks and it was not tried yet; the text (or the
/// failure, as empty) stays in the notice, so a mail retried later does not ask again.
pub fn transcribe(store: &Store, account: &str, n: &mut VoicemailNotice) {
    if !n.transcribe || n.transcription.is_some() {
        return;
    }
    let Some(svc) = service(store, account) else {
        tracing::info!(%account, "the box asks for transcription but no service is set");
        n.transcription = Some(String::new());
        return;
    };
    let text = super::voicemail::audio(store, account, n)
        .ok_or_else(|| "the message's audio is gone".to_string())
        .and_then(|wav| crate::sip::http_client::fetch(&request(&svc, &wav)))
        .and_then(text_of);
    match text {
        Ok(text) => {
            tracing::info!(%account, vmbox = %n.vmbox_id, chars = text.len(), "voicemail transcribed");
            store_in_message(store, account, n, &text);
            n.transcription = Some(text);
        }
        Err(why) => {
            tracing::warn!(%account, vmbox = %n.vmbox_id, "voicemail not transcribed: {why}");
            n.transcription = Some(String::new());
        }
    }
}

/// KAZOO's `transcription` on the message: `{"result": "success", "text": ...}`.
fn store_in_message(store: &Store, account: &str, n: &VoicemailNotice, text: &str) {
    let (acct, b, m) = (account.to_string(), n.vmbox_id.clone(), n.media_id.clone());
    let value = json!({"result": "success", "text": text});
    let written = store.write(move |tx| {
        let edit = |d: &mut Value| vmbox::set_message_field(d, &m, "transcription", value.clone());
        tx.edit(&acct, "vmboxes", &b, &edit).map(drop)
    });
    if let Err(e) = written {
        tracing::warn!(%account, error = %e, "transcription not stored in the message");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_request_is_the_openai_and_whisper_cpp_form_and_answers_are_read() {
        let svc = Service {
            url: "http://127.0.0.1:1/v1/audio/transcriptions".into(),
            api_key: Some("k1".into()),
            model: "whisper-1".into(),
            timeout_ms: 500,
        };
        let r = request(&svc, b"RIFFwav");
        assert_eq!(r.authorization.as_deref(), Some("Bearer k1"));
        let body = String::from_utf8_lossy(&r.body);
        assert!(body.contains("name=\"file\"; filename=\"message.wav\"\r\nContent-Type: audio/wav\r\n\r\nRIFFwav\r\n"), "{body}");
        assert!(
            body.contains("name=\"model\"\r\n\r\nwhisper-1\r\n"),
            "{body}"
        );
        assert!(body.ends_with(&format!("--{BOUNDARY}--\r\n")));
        let ok = |body: &str, status| HttpResult::Response {
            status,
            content_type: None,
            body: body.as_bytes().to_vec(),
        };
        assert_eq!(
            text_of(ok(r#"{"text": " Call me back. "}"#, 200)),
            Ok("Call me back.".into())
        );
        assert!(text_of(ok(r#"{"error": "x"}"#, 200)).is_err());
        assert!(text_of(ok("", 500)).is_err());
        assert!(text_of(HttpResult::Failed("timeout".into())).is_err());
    }
}
