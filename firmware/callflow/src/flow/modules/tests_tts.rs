//! `tts` and the directory's spoken names: the renderer's answer (ready, pending, none)
//! decides what the caller hears, and no call waits on it.

use edgepbx_media::session::PlayItem;
use edgepbx_sip::engine::{FlowCommand, MediaCommand};
use serde_json::json;

use super::play::TTS_WAIT_MS;
use super::testutil::{hangup, keyed, node, office, played, prompts, run};

fn silence_ms(cmd: &FlowCommand) -> Option<u32> {
    match cmd {
        FlowCommand::Media(MediaCommand::Play { items, .. }) => match items.as_slice() {
            [PlayItem::Silence { ms }] => Some(*ms),
            _ => None,
        },
        _ => None,
    }
}

#[test]
fn tts_waits_in_silence_for_the_background_rendering_then_speaks() {
    let d = office();
    d.speech.lock().unwrap().renders = true;
    let flow = node(
        "tts",
        json!({"text": "Welcome to Acme", "voice": "female", "language": "en-us"}),
    );
    let (mut call, first) = run(&d, "500", flow.clone());
    assert!(silence_ms(&first).is_some(), "{first:?}");
    assert_eq!(prompts(&call.feed(played())), ["<audio>"]);
    assert_eq!(call.feed(played()), hangup());
    // Rendered once, cached: the next caller hears it at once.
    let (_, first) = run(&d, "500", flow);
    assert_eq!(prompts(&first), ["<audio>"]);
    assert_eq!(d.speech.lock().unwrap().asked.len(), 3);
}

#[test]
fn tts_without_speech_says_the_digits_of_the_text() {
    let d = office();
    let (mut call, first) = run(&d, "500", node("tts", json!({"text": "Dial 42 now"})));
    assert_eq!(prompts(&first), ["num_4", "num_2"]);
    assert_eq!(call.feed(played()), hangup());
    // Nothing to say at all: on to the next node.
    let (_, first) = run(&d, "500", node("tts", json!({"text": "Hello"})));
    assert_eq!(first, hangup());
}

#[test]
fn tts_gives_up_waiting_after_the_limit_and_says_the_digits() {
    let d = office();
    // Pending forever: the renderer never finishes.
    d.speech.lock().unwrap().renders = true;
    let flow = node("tts", json!({"text": "Room 7"}));
    let (mut call, mut cmd) = run(&d, "500", flow);
    let mut waited = 0;
    while let Some(ms) = silence_ms(&cmd) {
        waited += ms;
        assert!(waited <= TTS_WAIT_MS);
        d.speech.lock().unwrap().ready.clear();
        cmd = call.feed(played());
    }
    assert_eq!(waited, TTS_WAIT_MS);
    assert_eq!(prompts(&cmd), ["num_7"]);
}

#[test]
fn directory_speaks_names_once_rendered_and_digits_before() {
    let d = office();
    d.speech.lock().unwrap().renders = true;
    d.put("directories", "dir1", json!({"name": "Staff"}));
    d.put(
        "users",
        "bob",
        json!({"first_name": "Bob", "last_name": "Baker", "directories": {"dir1": "cf-bob"}}),
    );
    d.put(
        "callflows",
        "cf-bob",
        json!({"numbers": ["1002"], "flow": node("user", json!({"id": "bob"}))}),
    );
    let (mut call, _) = run(&d, "411", node("directory", json!({"id": "dir1"})));
    // The name was queued when the directory loaded and is ready by the time it is offered.
    assert_eq!(
        prompts(&call.feed(keyed("225"))),
        ["<audio>", "dir_press_one"]
    );
    assert_eq!(d.speech.lock().unwrap().asked, ["Bob Baker", "Bob Baker"]);
}
