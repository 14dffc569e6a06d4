use std::sync::Arc;

use edgepbx_callflow::flow::{Speech as Spoken, SpeechRequest};

use super::cache::Cache;
use super::{Key, shared};

fn key(text: &str) -> Key {
    Key {
        text: text.into(),
        voice: "cmu_us_kal",
    }
}

#[test]
fn cache_drops_the_least_recently_used_within_its_bounds() {
    let mut c = Cache::new(2, 1000);
    c.insert(key("a"), Arc::from(vec![0i16; 100]));
    c.insert(key("b"), Arc::from(vec![0i16; 100]));
    assert!(c.get(&key("a")).is_some());
    c.insert(key("c"), Arc::from(vec![0i16; 100]));
    assert!(c.get(&key("b")).is_none(), "b was the least recently used");
    assert!(c.get(&key("a")).is_some() && c.get(&key("c")).is_some());
    // 900 bytes more: both older entries go to fit the 1000-byte budget.
    c.insert(key("big"), Arc::from(vec![0i16; 450]));
    assert_eq!(c.len(), 1);
    // Larger than the whole budget: not kept at all.
    c.insert(key("huge"), Arc::from(vec![0i16; 600]));
    assert!(c.get(&key("huge")).is_none());
}

#[test]
fn a_call_never_waits_the_rendering_arrives_in_the_background() {
    let speech = shared();
    let request = SpeechRequest {
        text: "Please hold <break/> while we connect you",
        voice: Some("female"),
        language: Some("en-us"),
    };
    assert!(matches!(speech.lookup(&request), Spoken::Pending));
    // The markup is not spoken; the cache key is the plain text.
    let k = key("Please hold while we connect you");
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    while !speech.cached(&k) {
        assert!(std::time::Instant::now() < deadline, "never rendered");
        std::thread::yield_now();
    }
    let Spoken::Ready(audio) = speech.lookup(&request) else {
        panic!("rendered text not served from the cache");
    };
    assert!(audio.len() > 8000, "{} samples", audio.len());
    let bad = SpeechRequest {
        voice: Some("robot"),
        ..request
    };
    assert!(matches!(speech.lookup(&bad), Spoken::Unavailable));
    let empty = SpeechRequest {
        text: "\u{7}<speak/>",
        ..request
    };
    assert!(matches!(speech.lookup(&empty), Spoken::Unavailable));
}
