//! Stored prompts decoded off the call path. Callflows play media under the SIP engine's
//! lock, and decoding an MP3 (or resampling a 44.1 kHz WAV) there would hold up every call
//! on the box. A thread looks at the accounts' `media` documents every couple of seconds
//! and decodes those that are new or changed and costly to decode; a call then only copies
//! the samples. 8 kHz WAVs (what the box records) are cheap and read directly.

use std::collections::HashMap;
use std::sync::{Arc, RwLock};
use std::time::Duration;

use edgepbx_media::wav;
use edgepbx_store::{GLOBAL, Store};
use serde_json::Value;

const SCAN_EVERY: Duration = Duration::from_secs(2);
/// Most samples kept decoded (8 kHz: about 17 minutes of audio, 16 MB).
const MAX_SAMPLES: usize = 8_000_000;

/// (account, media id)
type Key = (String, String);
/// A file's version ([`stamp`]) and its samples.
type Decoded = (String, Arc<[i16]>);

#[derive(Default)]
pub struct DecodedMedia {
    decoded: RwLock<HashMap<Key, Decoded>>,
}

/// What identifies a version of a media file: its document's modification time and size.
pub fn stamp(doc: &Value) -> String {
    format!("{}/{}", doc["pvt_modified"], doc["content_length"])
}

impl DecodedMedia {
    /// Starts the decoding thread for the media stored in `store`.
    pub fn start(store: Store) -> Arc<DecodedMedia> {
        let media = Arc::new(DecodedMedia::default());
        let shared = media.clone();
        let spawned = super::supervise::spawn_supervised("media-decode", move || {
            loop {
                shared.refresh(&store);
                std::thread::sleep(SCAN_EVERY);
            }
        });
        if let Err(e) = spawned {
            tracing::error!(error = %e, "no media decoding thread: MP3 prompts are decoded during calls");
        }
        media
    }

    /// The decoded audio of this version of a media file, if it was prepared.
    pub fn get(&self, account: &str, id: &str, stamp: &str) -> Option<Arc<[i16]>> {
        let decoded = self.decoded.read().ok()?;
        let (have, audio) = decoded.get(&(account.to_string(), id.to_string()))?;
        (have == stamp).then(|| audio.clone())
    }

    /// Decodes what is new or changed, forgets what is gone.
    fn refresh(&self, store: &Store) {
        let mut wanted: HashMap<Key, String> = HashMap::new();
        if let Ok(accounts) = store.collection(GLOBAL, "accounts") {
            for (account, _) in accounts.iter() {
                let Ok(media) = store.collection(account, "media") else {
                    continue;
                };
                for (id, doc) in media.iter() {
                    wanted.insert((account.clone(), id.clone()), stamp(doc));
                }
            }
        }
        let todo: Vec<(Key, String)> = {
            let Ok(decoded) = self.decoded.read() else {
                return;
            };
            wanted
                .iter()
                .filter(|(k, s)| decoded.get(*k).is_none_or(|(have, _)| have != *s))
                .map(|(k, s)| (k.clone(), s.clone()))
                .collect()
        };
        let mut fresh: Vec<(Key, Decoded)> = Vec::new();
        for ((account, id), stamp) in todo {
            let Ok(Some(bytes)) = store.blob_get(&account, "media", &id) else {
                continue;
            };
            if let Some(audio) = decode_costly(&bytes) {
                fresh.push(((account, id), (stamp, Arc::from(audio))));
            }
        }
        let Ok(mut decoded) = self.decoded.write() else {
            return;
        };
        decoded.retain(|k, (have, _)| wanted.get(k) == Some(have));
        let mut total: usize = decoded.values().map(|(_, a)| a.len()).sum();
        for (key, entry) in fresh {
            if total + entry.1.len() > MAX_SAMPLES {
                tracing::warn!(account = %key.0, media = %key.1, "too much decoded audio kept; this prompt is decoded when played");
                continue;
            }
            total += entry.1.len();
            decoded.insert(key, entry);
        }
    }
}

/// Stored audio (WAV of any supported format, or MP3) as 8 kHz samples.
pub fn decode(bytes: &[u8]) -> Option<Vec<i16>> {
    if let Ok(w) = wav::read(bytes) {
        return Some(if w.rate == 8000 {
            w.samples
        } else {
            edgepbx_media::resample::resample(&w.samples, w.rate, 8000)
        });
    }
    edgepbx_media::mp3::import_mp3(bytes).ok()
}

/// The audio decoded, when decoding it is worth doing ahead (MP3, or WAV not at 8 kHz).
fn decode_costly(bytes: &[u8]) -> Option<Vec<i16>> {
    match wav::read(bytes) {
        Ok(w) if w.rate == 8000 => None,
        _ => decode(bytes),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn only_the_current_version_of_a_file_is_served() {
        let media = DecodedMedia::default();
        let doc = json!({"pvt_modified": 5, "content_length": 100});
        media.decoded.write().unwrap().insert(
            ("a".into(), "m".into()),
            (stamp(&doc), Arc::from(vec![1i16, 2, 3])),
        );
        assert_eq!(media.get("a", "m", &stamp(&doc)).unwrap().len(), 3);
        let changed = json!({"pvt_modified": 6, "content_length": 100});
        assert!(media.get("a", "m", &stamp(&changed)).is_none());
        assert!(media.get("a", "other", &stamp(&doc)).is_none());
    }

    #[test]
    fn cheap_8khz_wavs_are_not_decoded_ahead() {
        let at_8k = wav::write(wav::WavFormat::Ulaw, 8000, &[0i16; 160]);
        assert!(decode_costly(&at_8k).is_none());
        assert_eq!(decode(&at_8k).unwrap().len(), 160);
        let at_16k = wav::write(wav::WavFormat::Pcm16, 16_000, &[0i16; 320]);
        assert_eq!(decode_costly(&at_16k).unwrap().len(), 160);
    }
}
