//! A caller reviewing their voicemail message after `#`, in virtual time.

use std::sync::Arc;

use edgepbx_sip::engine::{FlowCommand, FlowEvent, MediaCommand, MediaEvent};
use serde_json::{Value, json};

use super::testutil::{hangup, keyed, node, office, prompts, run};
use crate::flow::testkit::{MemData, TestCall};

fn ended_with_pound(ms: u32, sample: i16) -> FlowEvent {
    FlowEvent::Media(MediaEvent::Recorded {
        audio: Arc::from(vec![sample; 80]),
        ms,
        digit: Some('#'),
    })
}

/// Bob's box (skip_greeting: the call starts at the beep); a caller reaches it.
fn leave_a_message(d: &Arc<MemData>) -> TestCall {
    d.put(
        "vmboxes",
        "box-bob",
        json!({"owner_id": "bob", "mailbox": "1002", "skip_greeting": true}),
    );
    let (call, first) = run(d, "2000", node("voicemail", json!({"id": "box-bob"})));
    assert!(matches!(
        first,
        FlowCommand::Media(MediaCommand::Record { .. })
    ));
    call
}

fn messages(d: &MemData) -> Vec<Value> {
    d.saved("vmboxes", "box-bob")
        .map(|b| b["messages"].as_array().cloned().unwrap_or_default())
        .unwrap_or_default()
}

#[test]
fn pound_offers_review_listen_and_record_again_then_one_saves_the_last_take() {
    let d = office();
    let mut call = leave_a_message(&d);
    assert_eq!(
        prompts(&call.feed(ended_with_pound(2000, 1))),
        ["vm_review_recording"]
    );
    assert_eq!(
        prompts(&call.feed(keyed("2"))),
        ["<audio>", "vm_review_recording"]
    );
    assert!(matches!(
        call.feed(keyed("3")),
        FlowCommand::Media(MediaCommand::Record { beep: true, .. })
    ));
    call.feed(ended_with_pound(3000, 2));
    assert!(
        messages(&d).is_empty(),
        "nothing saved before the caller decides"
    );
    assert_eq!(
        prompts(&call.feed(keyed("1"))),
        ["vm_message_saved", "ivr_goodbye"]
    );
    let got = messages(&d);
    assert_eq!(got.len(), 1);
    assert_eq!(got[0]["length"], 3000);
    let id = got[0]["media_id"].as_str().unwrap();
    assert_eq!(d.audio.lock().unwrap()[id][0], 2, "the second take");
    assert_eq!(
        d.notices.lock().unwrap().len(),
        0,
        "nobody to mail in this office"
    );
}

#[test]
fn hanging_up_or_silence_during_review_saves_the_message() {
    let d = office();
    let mut call = leave_a_message(&d);
    call.feed(ended_with_pound(2000, 1));
    call.end();
    assert_eq!(messages(&d).len(), 1, "kept when the caller hangs up");

    let d = office();
    let mut call = leave_a_message(&d);
    call.feed(ended_with_pound(2000, 1));
    call.feed(keyed(""));
    assert_eq!(
        prompts(&call.feed(keyed("9"))),
        ["ivr_invalid", "vm_review_recording"]
    );
    assert_eq!(
        prompts(&call.feed(keyed(""))),
        ["vm_message_saved", "ivr_goodbye"]
    );
    assert_eq!(messages(&d).len(), 1);
    assert_eq!(call.feed(super::testutil::played()), hangup());
    // Ended once: no second copy when the call then ends.
    call.end();
    assert_eq!(messages(&d).len(), 1);
}
