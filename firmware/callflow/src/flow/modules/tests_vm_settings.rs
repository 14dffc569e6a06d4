//! The voicemail settings menu and the first-login setup, call by call in virtual time.

use std::sync::Arc;

use edgepbx_sip::engine::{FlowCommand, FlowEvent, MediaCommand, MediaEvent};
use serde_json::{Value, json};

use super::testutil::{hangup, keyed, node, office, played, prompts, run};
use crate::flow::testkit::{MemData, TestCall};

fn recorded(ms: u32, sample: i16) -> FlowEvent {
    FlowEvent::Media(MediaEvent::Recorded {
        audio: Arc::from(vec![sample; 80]),
        ms,
        digit: Some('#'),
    })
}

fn is_record(cmd: &FlowCommand) -> bool {
    matches!(
        cmd,
        FlowCommand::Media(MediaCommand::Record {
            beep: true,
            max_ms: 120_000,
            ..
        })
    )
}

/// Alice checks her box (as its owner: no PIN asked), with `extra` fields. Her box does not
/// send her to checking when she calls it to leave a message (`check_if_owner: false`), so
/// the tests can also hear what a caller hears.
fn alice_calls_her_box(d: &Arc<MemData>, extra: Value) -> (TestCall, FlowCommand) {
    let mut b = json!({"owner_id": "alice", "name": "Alice", "mailbox": "1001", "pin": "2580",
                       "check_if_owner": false});
    b.as_object_mut()
        .unwrap()
        .extend(extra.as_object().unwrap().clone());
    d.put("vmboxes", "box-alice", b);
    check(d)
}

fn check(d: &Arc<MemData>) -> (TestCall, FlowCommand) {
    let data = json!({"id": "box-alice", "action": "check"});
    run(d, "2000", node("voicemail", data))
}

/// A caller leaving a message in Alice's box: what they hear first.
fn caller_hears(d: &Arc<MemData>) -> Vec<String> {
    prompts(&run(d, "3000", node("voicemail", json!({"id": "box-alice"}))).1)
}

fn stored(d: &MemData, kind: &str, id: &str) -> Value {
    d.saved(kind, id).unwrap_or(Value::Null)
}

#[test]
fn five_opens_the_settings_and_a_greeting_is_reviewed_then_kept_as_media() {
    let d = office();
    let (mut call, _) = alice_calls_her_box(&d, json!({}));
    assert_eq!(prompts(&call.feed(keyed("5"))), ["vm_settings_menu"]);
    assert_eq!(prompts(&call.feed(keyed("1"))), ["vm_record_greeting"]);
    assert!(is_record(&call.feed(played())));
    // Too short: asked again.
    assert_eq!(
        prompts(&call.feed(recorded(200, 1))),
        ["ivr_try_again", "vm_record_greeting"]
    );
    call.feed(played());
    assert_eq!(
        prompts(&call.feed(recorded(2000, 1))),
        ["vm_review_recording"]
    );
    // 2 plays it back, 3 records again, 1 keeps the second take.
    assert_eq!(
        prompts(&call.feed(keyed("2"))),
        ["<audio>", "vm_review_recording"]
    );
    assert_eq!(prompts(&call.feed(keyed("3"))), ["vm_record_greeting"]);
    call.feed(played());
    call.feed(recorded(2500, 2));
    assert!(
        stored(&d, "vmboxes", "box-alice").is_null(),
        "nothing kept before 1"
    );
    assert_eq!(
        prompts(&call.feed(keyed("1"))),
        ["vm_saved", "vm_settings_menu"]
    );
    let media_id = stored(&d, "vmboxes", "box-alice")["media"]["unavailable"]
        .as_str()
        .expect("the box points at the greeting")
        .to_string();
    let media = stored(&d, "media", &media_id);
    assert_eq!(media["name"], "Alice unavailable greeting");
    assert_eq!(media["media_source"], "recording");
    assert_eq!(d.audio.lock().unwrap()[&media_id][0], 2, "the kept take");
    // 0: back to the main menu.
    assert_eq!(prompts(&call.feed(keyed("0")))[0], "vm_you_have");
}

#[test]
fn a_kept_greeting_is_what_callers_hear_and_the_temporary_one_wins_until_deleted() {
    let d = office();
    let (mut call, _) = alice_calls_her_box(&d, json!({"skip_instructions": true}));
    call.feed(keyed("5"));
    call.feed(keyed("4"));
    call.feed(played());
    call.feed(recorded(1500, 4));
    call.feed(keyed("1"));
    let temporary = stored(&d, "vmboxes", "box-alice")["media"]["temporary_unavailable"]
        .as_str()
        .unwrap()
        .to_string();
    // A caller reaching Alice's box hears the recorded greeting.
    assert_eq!(caller_hears(&d), ["<audio>"]);
    assert!(d.audio.lock().unwrap().contains_key(&temporary));
    // 5 deletes the temporary greeting again.
    assert_eq!(
        prompts(&call.feed(keyed("5"))),
        ["vm_temporary_deleted", "vm_settings_menu"]
    );
    let media = &stored(&d, "vmboxes", "box-alice")["media"];
    assert!(media.get("temporary_unavailable").is_none(), "{media}");
    assert_eq!(caller_hears(&d), ["vm_not_available"]);
}

#[test]
fn the_name_goes_to_the_owner_and_not_configurable_boxes_have_no_settings() {
    let d = office();
    let (mut call, _) = alice_calls_her_box(&d, json!({}));
    call.feed(keyed("5"));
    assert_eq!(prompts(&call.feed(keyed("2"))), ["vm_record_name"]);
    call.feed(played());
    call.feed(recorded(1500, 3));
    call.feed(keyed("1"));
    let name = stored(&d, "users", "alice")["media"]["name"].clone();
    assert!(name.is_string(), "the owner's media.name: {name}");
    assert_eq!(stored(&d, "users", "alice")["first_name"], "Alice");

    let (mut call, _) = alice_calls_her_box(&d, json!({"not_configurable": true}));
    let again = call.feed(keyed("5"));
    assert_eq!(prompts(&again)[0], "ivr_invalid");
    assert!(prompts(&again).contains(&"vm_main_menu".to_string()));
}

#[test]
fn a_new_pin_must_follow_the_rules_and_be_entered_twice() {
    let d = office();
    *d.account.lock().unwrap() = json!({"voicemail": {"pin_min_length": 5}});
    let (mut call, _) = alice_calls_her_box(&d, json!({}));
    call.feed(keyed("5"));
    assert_eq!(prompts(&call.feed(keyed("3"))), ["vm_enter_new_password"]);
    // Too short for this account, all the same, then a run: refused, asked again.
    for refused in ["2580", "77777"] {
        assert_eq!(
            prompts(&call.feed(keyed(refused))),
            ["vm_password_not_allowed", "vm_enter_new_password"],
            "{refused}"
        );
    }
    // The third refusal gives up: back to the settings, PIN unchanged.
    assert_eq!(
        prompts(&call.feed(keyed("34567"))),
        ["vm_password_not_allowed", "vm_settings_menu"]
    );
    call.feed(keyed("3"));
    assert_eq!(prompts(&call.feed(keyed("25803"))), ["vm_reenter_password"]);
    assert_eq!(
        prompts(&call.feed(keyed("25804"))),
        ["vm_password_mismatch", "vm_enter_new_password"]
    );
    assert!(
        stored(&d, "vmboxes", "box-alice").is_null(),
        "not changed yet"
    );
    call.feed(keyed("25803"));
    assert_eq!(
        prompts(&call.feed(keyed("25803"))),
        ["vm_password_changed", "vm_settings_menu"]
    );
    assert_eq!(stored(&d, "vmboxes", "box-alice")["pin"], "25803");
}

#[test]
fn first_login_sets_up_pin_name_and_greeting_then_the_box_is_set_up() {
    let d = office();
    let (mut call, first) = alice_calls_her_box(&d, json!({"is_setup": false}));
    assert_eq!(prompts(&first), ["vm_setup_intro", "vm_enter_new_password"]);
    call.feed(keyed("1357"));
    assert_eq!(
        prompts(&call.feed(keyed("1357"))),
        ["vm_password_changed", "vm_record_name"]
    );
    assert!(is_record(&call.feed(played())));
    call.feed(recorded(1500, 5));
    assert_eq!(prompts(&call.feed(keyed("1"))), ["vm_record_greeting"]);
    call.feed(played());
    call.feed(recorded(3000, 6));
    let menu = call.feed(keyed("1"));
    assert_eq!(prompts(&menu)[..2], ["vm_saved", "vm_you_have"]);
    let b = stored(&d, "vmboxes", "box-alice");
    assert_eq!(
        (b["is_setup"].clone(), b["pin"].clone()),
        (json!(true), json!("1357"))
    );
    assert!(b["media"]["unavailable"].is_string());
    assert!(stored(&d, "users", "alice")["media"]["name"].is_string());
    // Set up: the next login goes straight to the main menu.
    assert_eq!(prompts(&check(&d).1)[0], "vm_you_have");
}

#[test]
fn a_setup_left_half_way_starts_again_and_silence_ends_the_call() {
    let d = office();
    let (mut call, _) = alice_calls_her_box(&d, json!({"is_setup": false}));
    // Three bad PINs end the call; the box stays not set up.
    call.feed(keyed("1111"));
    call.feed(keyed("1234"));
    assert_eq!(
        prompts(&call.feed(keyed(""))),
        ["vm_password_not_allowed", "ivr_goodbye"]
    );
    assert_eq!(call.feed(played()), hangup());
    assert!(stored(&d, "vmboxes", "box-alice").is_null());
    let (mut call, first) = check(&d);
    assert_eq!(prompts(&first)[0], "vm_setup_intro");
    // A silent line at the review ends the call after a few rounds.
    call.feed(keyed("1357"));
    call.feed(keyed("1357"));
    call.feed(played());
    call.feed(recorded(1500, 5));
    for _ in 0..3 {
        assert_eq!(prompts(&call.feed(keyed(""))), ["vm_review_recording"]);
    }
    assert_eq!(prompts(&call.feed(keyed(""))), ["ivr_goodbye"]);
    assert_eq!(call.feed(played()), hangup());
}

#[test]
fn a_box_without_an_owner_keeps_its_name_itself() {
    let d = office();
    d.put(
        "vmboxes",
        "box-desk",
        json!({"name": "Front desk", "mailbox": "700", "pin": "2580"}),
    );
    let data = json!({"id": "box-desk", "action": "check"});
    let (mut call, first) = run(&d, "2000", node("voicemail", data));
    assert_eq!(prompts(&first), ["vm_enter_password"]);
    call.feed(keyed("2580"));
    call.feed(keyed("5"));
    call.feed(keyed("2"));
    call.feed(played());
    call.feed(recorded(1500, 8));
    call.feed(keyed("1"));
    let name = stored(&d, "vmboxes", "box-desk")["media"]["name"].clone();
    let media = stored(&d, "media", name.as_str().expect("the box's media.name"));
    assert_eq!(media["name"], "Front desk recorded name");
}
