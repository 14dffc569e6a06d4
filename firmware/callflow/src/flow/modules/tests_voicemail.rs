//! `voicemail`: leaving a message and listening to it, call by call in virtual time.

use std::sync::Arc;

use edgepbx_sip::engine::{FlowCommand, FlowEvent, MediaCommand, MediaEvent};
use serde_json::{Value, json};

use super::testutil::{T0, hangup, keyed, node, office, played, prompts, run, run_pattern};
use crate::flow::Data;
use crate::flow::testkit::{ACCOUNT, MemData, TestCall};

fn recorded(ms: u32) -> FlowEvent {
    FlowEvent::Media(MediaEvent::Recorded {
        audio: Arc::from(vec![7i16; 80]),
        ms,
        digit: None,
    })
}

fn with_box(d: &Arc<MemData>, id: &str, vmbox: Value) {
    d.put("vmboxes", id, vmbox);
}

fn folders(d: &MemData, id: &str) -> Vec<String> {
    d.saved("vmboxes", id).unwrap()["messages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["folder"].as_str().unwrap_or("new").to_string())
        .collect()
}

#[test]
fn compose_plays_the_default_greeting_records_and_stores_the_message() {
    let d = office();
    with_box(&d, "box-bob", json!({"owner_id": "bob", "mailbox": "1002"}));
    let (mut call, first) = run(
        &d,
        "2000",
        node(
            "voicemail",
            json!({"id": "box-bob", "max_message_length": 60}),
        ),
    );
    assert_eq!(prompts(&first), ["vm_not_available", "vm_leave_message"]);
    let rec = call.feed(played());
    assert_eq!(
        rec,
        FlowCommand::Media(MediaCommand::Record {
            beep: true,
            max_ms: 60_000,
            silence_stop_ms: 5000,
            stop_digits: "#".into()
        })
    );
    let after = call.feed(recorded(3200));
    assert_eq!(prompts(&after), ["vm_message_saved", "ivr_goodbye"]);
    let saved = d.saved("vmboxes", "box-bob").expect("box saved");
    let msg = &saved["messages"][0];
    assert_eq!(msg["folder"], "new");
    assert_eq!(msg["length"], 3200);
    assert_eq!(msg["caller_id_number"], "1001");
    assert_eq!(msg["caller_id_name"], "Alice");
    assert_eq!(msg["timestamp"], T0 + edgepbx_store::GREGORIAN_OFFSET);
    let media_id = msg["media_id"].as_str().unwrap();
    assert!(media_id.starts_with("202701-"), "{media_id}");
    assert!(
        d.audio.lock().unwrap().contains_key(media_id),
        "audio stored"
    );
    assert_eq!(call.feed(played()), hangup());
}

#[test]
fn compose_uses_the_box_greeting_and_skip_greeting_goes_straight_to_the_beep() {
    let d = office();
    d.audio
        .lock()
        .unwrap()
        .insert("greet-1".into(), Arc::from(vec![1i16; 8]));
    with_box(
        &d,
        "box-bob",
        json!({"owner_id": "bob", "media": {"unavailable": "greet-1"}, "skip_instructions": true}),
    );
    let (_, first) = run(&d, "2000", node("voicemail", json!({"id": "box-bob"})));
    assert_eq!(prompts(&first), ["<audio>"]);

    with_box(&d, "box-carol", json!({"skip_greeting": true}));
    let (_, first) = run(&d, "2001", node("voicemail", json!({"id": "box-carol"})));
    assert!(matches!(
        first,
        FlowCommand::Media(MediaCommand::Record {
            max_ms: 500_000,
            ..
        })
    ));
}

#[test]
fn short_messages_are_dropped_and_full_boxes_refuse() {
    let d = office();
    with_box(&d, "box-bob", json!({"owner_id": "bob"}));
    let (mut call, _) = run(&d, "2000", node("voicemail", json!({"id": "box-bob"})));
    call.feed(played());
    assert_eq!(call.feed(recorded(300)), hangup());
    assert!(d.saved("vmboxes", "box-bob").is_none());

    with_box(
        &d,
        "box-full",
        json!({"max_message_count": 1, "messages": [{"media_id": "m", "folder": "saved"}]}),
    );
    let (mut call, first) = run(&d, "2001", node("voicemail", json!({"id": "box-full"})));
    assert_eq!(
        prompts(&first),
        ["vm_not_available", "vm_leave_message", "vm_mailbox_full"]
    );
    assert_eq!(call.feed(played()), hangup());
}

#[test]
fn direct_voicemail_finds_the_box_by_the_mailbox_number() {
    let d = office();
    with_box(&d, "box-bob", json!({"owner_id": "bob", "mailbox": "1002"}));
    let (mut call, first) = run_pattern(
        &d,
        r"^\*\*([0-9]*)$",
        "**1002",
        node("voicemail", json!({})),
    );
    assert_eq!(prompts(&first)[0], "vm_not_available");
    call.feed(played());
    call.feed(recorded(1000));
    assert_eq!(folders(&d, "box-bob"), ["new"]);
}

fn alice_box(d: &Arc<MemData>, extra: Value) {
    let mut b = json!({"owner_id": "alice", "mailbox": "1001", "pin": "1234", "messages": [
        {"media_id": "m1", "folder": "new"},
        {"media_id": "m2", "folder": "new"},
        {"media_id": "m3", "folder": "saved"}
    ]});
    b.as_object_mut()
        .unwrap()
        .extend(extra.as_object().unwrap().clone());
    with_box(d, "box-alice", b);
    for m in ["m1", "m2", "m3"] {
        d.audio
            .lock()
            .unwrap()
            .insert(m.into(), Arc::from(vec![1i16; 8]));
    }
}

#[test]
fn owner_calling_own_box_lands_in_the_main_menu_without_a_pin() {
    let d = office();
    alice_box(&d, json!({}));
    let (_, first) = run(&d, "2000", node("voicemail", json!({"id": "box-alice"})));
    assert_eq!(
        prompts(&first),
        [
            "vm_you_have",
            "num_2",
            "vm_new_messages",
            "num_1",
            "vm_saved_messages",
            "vm_main_menu"
        ]
    );
}

#[test]
fn check_asks_the_pin_three_times_then_gives_up() {
    let d = office();
    alice_box(&d, json!({"require_pin": true}));
    let (mut call, first) = run(&d, "*97", node("voicemail", json!({"action": "check"})));
    assert_eq!(prompts(&first), ["vm_enter_password"]);
    assert_eq!(
        prompts(&call.feed(keyed("1111"))),
        ["vm_invalid_password", "vm_enter_password"]
    );
    call.feed(keyed("2222"));
    assert_eq!(
        prompts(&call.feed(keyed("3333"))),
        ["vm_invalid_password", "ivr_goodbye"]
    );
    assert_eq!(call.feed(played()), hangup());
}

#[test]
fn check_plays_new_messages_and_files_them() {
    let d = office();
    alice_box(&d, json!({"require_pin": true}));
    let (mut call, _) = run(&d, "*97", node("voicemail", json!({"action": "check"})));
    let menu = call.feed(keyed("1234"));
    assert_eq!(prompts(&menu)[0], "vm_you_have");
    assert_eq!(
        prompts(&call.feed(keyed("1"))),
        ["<audio>", "vm_message_menu"]
    );
    // 2 replays, 7 deletes and moves on.
    assert_eq!(
        prompts(&call.feed(keyed("2"))),
        ["<audio>", "vm_message_menu"]
    );
    assert_eq!(
        prompts(&call.feed(keyed("7"))),
        ["vm_message_deleted", "<audio>", "vm_message_menu"]
    );
    assert_eq!(folders(&d, "box-alice"), ["deleted", "new", "saved"]);
    // 1 keeps the last one; back in the main menu with nothing new.
    let back = call.feed(keyed("1"));
    assert_eq!(
        prompts(&back),
        [
            "vm_message_saved",
            "vm_you_have",
            "num_0",
            "vm_new_messages",
            "num_2",
            "vm_saved_messages",
            "vm_main_menu"
        ]
    );
    assert_eq!(folders(&d, "box-alice"), ["deleted", "saved", "saved"]);
    // 2: saved messages, 6 skips through them.
    call.feed(keyed("2"));
    call.feed(keyed("6"));
    assert_eq!(prompts(&call.feed(keyed("#")))[0], "vm_you_have");
    assert_eq!(prompts(&call.feed(keyed("#"))), ["ivr_goodbye"]);
    assert_eq!(call.feed(played()), hangup());
}

#[test]
fn check_finds_a_box_by_the_number_dialled_and_refuses_boxes_without_a_pin() {
    let d = office();
    with_box(
        &d,
        "box-bob",
        json!({"owner_id": "bob", "mailbox": "1002", "pin": "9"}),
    );
    let (mut call, first) = run_pattern(
        &d,
        r"^\*98([0-9]*)$",
        "*981002",
        node("voicemail", json!({"action": "check"})),
    );
    assert_eq!(prompts(&first), ["vm_enter_password"]);
    assert_eq!(
        prompts(&call.feed(keyed("9"))),
        ["vm_you_have", "num_0", "vm_new_messages", "vm_main_menu"]
    );

    with_box(&d, "box-open", json!({"mailbox": "3000"}));
    let (_, first) = run_pattern(
        &d,
        r"^\*98([0-9]*)$",
        "*983000",
        node("voicemail", json!({"action": "check"})),
    );
    assert_eq!(prompts(&first), ["err_not_allowed"]);
}

#[test]
fn check_asks_for_the_mailbox_when_nothing_identifies_it() {
    let d = office();
    with_box(
        &d,
        "box-bob",
        json!({"owner_id": "bob", "mailbox": "1002", "pin": "55"}),
    );
    let (mut call, first) = run(&d, "*97", node("voicemail", json!({"action": "check"})));
    assert_eq!(prompts(&first), ["ivr_enter_extension"]);
    assert_eq!(prompts(&call.feed(keyed("1002"))), ["vm_enter_password"]);
}

#[test]
fn two_callers_leaving_messages_at_once_both_are_kept() {
    let d = office();
    with_box(&d, "box-bob", json!({"owner_id": "bob", "mailbox": "1002"}));
    // Both calls take their look at the box before either stores a message.
    let (mut a, _) = run(&d, "2000", node("voicemail", json!({"id": "box-bob"})));
    let (mut b, _) = run(&d, "2000", node("voicemail", json!({"id": "box-bob"})));
    a.feed(played());
    b.feed(played());
    // The background writer is slow: both messages are queued before either is stored.
    *d.hold_writes.lock().unwrap() = true;
    a.feed(recorded(1500));
    b.feed(recorded(2500));
    d.release_writes();
    let stored = d.doc(ACCOUNT, "vmboxes", "box-bob").unwrap();
    let lengths: Vec<u64> = stored["messages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["length"].as_u64().unwrap())
        .collect();
    assert_eq!(lengths, [1500, 2500]);
    assert_eq!(
        stored["mailbox"], "1002",
        "the rest of the box is untouched"
    );
}

#[test]
fn a_message_arriving_while_the_owner_listens_is_kept_and_counted() {
    let d = office();
    alice_box(&d, json!({"check_if_owner": false}));
    let (mut owner, _) = run(&d, "*97", node("voicemail", json!({"action": "check"})));
    assert_eq!(
        prompts(&owner.feed(keyed("1"))),
        ["<audio>", "vm_message_menu"]
    );
    // Someone leaves a message now.
    let (mut caller, _) = run(&d, "2000", node("voicemail", json!({"id": "box-alice"})));
    caller.feed(played());
    caller.feed(recorded(4000));
    // The owner deletes m1 and keeps m2; the new message stays new.
    owner.feed(keyed("7"));
    let back = owner.feed(keyed("1"));
    assert_eq!(
        prompts(&back)[..4],
        ["vm_message_saved", "vm_you_have", "num_1", "vm_new_message"]
    );
    assert_eq!(
        folders(&d, "box-alice"),
        ["deleted", "saved", "saved", "new"]
    );
}

#[test]
fn the_owners_changes_survive_a_slow_writer_when_the_menu_is_read_again() {
    let d = office();
    alice_box(&d, json!({}));
    *d.hold_writes.lock().unwrap() = true;
    let (mut owner, _) = run(&d, "2000", node("voicemail", json!({"id": "box-alice"})));
    owner.feed(keyed("1"));
    owner.feed(keyed("7"));
    // m1's deletion is not stored yet, but the menu counts it.
    let back = owner.feed(keyed("0"));
    assert_eq!(
        prompts(&back)[..4],
        [
            "vm_message_saved",
            "vm_you_have",
            "num_0",
            "vm_new_messages"
        ]
    );
    d.release_writes();
    assert_eq!(folders(&d, "box-alice"), ["deleted", "saved", "saved"]);
}

#[test]
fn messages_that_are_not_objects_are_skipped_without_a_panic() {
    let d = office();
    with_box(
        &d,
        "box-alice",
        json!({"owner_id": "alice", "messages": [42, "x", null, {"media_id": "m1"}, [1]]}),
    );
    d.audio
        .lock()
        .unwrap()
        .insert("m1".into(), Arc::from(vec![1i16; 8]));
    let (mut owner, first) = run(&d, "2000", node("voicemail", json!({"id": "box-alice"})));
    assert_eq!(
        prompts(&first)[..3],
        ["vm_you_have", "num_1", "vm_new_message"]
    );
    assert_eq!(
        prompts(&owner.feed(keyed("1"))),
        ["<audio>", "vm_message_menu"]
    );
    owner.feed(keyed("7"));
    let stored = d.doc(ACCOUNT, "vmboxes", "box-alice").unwrap();
    assert_eq!(stored["messages"][3]["folder"], "deleted");
    assert_eq!(stored["messages"][0], 42);
}

#[test]
fn a_message_left_notifies_the_boxs_addresses_and_the_owner_who_wants_it() {
    use crate::flow::{Notice, VoicemailNotice};
    let d = office();
    d.put(
        "users",
        "bob",
        json!({"first_name": "Bob", "email": "bob@example.com"}),
    );
    with_box(
        &d,
        "box-bob",
        json!({"owner_id": "bob", "mailbox": "1002", "name": "Bob",
               "notify_email_addresses": ["desk@example.com", "BOB@example.com", "junk", 7],
               "delete_after_notify": true}),
    );
    let (mut call, _) = run(&d, "2000", node("voicemail", json!({"id": "box-bob"})));
    call.feed(played());
    call.feed(recorded(2000));
    let notices = d.notices.lock().unwrap().clone();
    let [Notice::Voicemail(n)] = notices.as_slice() else {
        panic!("one voicemail notice: {notices:?}");
    };
    let media_id = folders_media(&d, "box-bob");
    assert_eq!(
        n,
        &VoicemailNotice {
            to: vec!["desk@example.com".into(), "BOB@example.com".into()],
            vmbox_id: "box-bob".into(),
            vmbox_name: "Bob".into(),
            mailbox: "1002".into(),
            media_id,
            caller_name: "Alice".into(),
            caller_number: "1001".into(),
            dialled: "2000".into(),
            at_unix: T0,
            length_ms: 2000,
            first_name: "Bob".into(),
            after_sent: Some("deleted".into()),
            transcribe: false,
            transcription: None,
        }
    );

    // An owner who does not want mail, and no other address: nobody is told.
    d.put(
        "users",
        "bob",
        json!({"email": "bob@example.com", "vm_to_email_enabled": "false"}),
    );
    with_box(
        &d,
        "box-bob",
        json!({"owner_id": "bob", "save_after_notify": true}),
    );
    d.notices.lock().unwrap().clear();
    let (mut call, _) = run(&d, "2000", node("voicemail", json!({"id": "box-bob"})));
    call.feed(played());
    call.feed(recorded(2000));
    assert!(d.notices.lock().unwrap().is_empty());
}

fn folders_media(d: &MemData, id: &str) -> String {
    d.saved("vmboxes", id).unwrap()["messages"][0]["media_id"]
        .as_str()
        .unwrap()
        .to_string()
}

#[test]
fn star_during_the_greeting_logs_in_and_announcement_only_boxes_record_nothing() {
    let d = office();
    with_box(
        &d,
        "box-bob",
        json!({"owner_id": "bob", "mailbox": "1002", "pin": "4321"}),
    );
    let (mut call, _) = run(&d, "2000", node("voicemail", json!({"id": "box-bob"})));
    assert_eq!(prompts(&call.feed(keyed("*"))), ["vm_enter_password"]);
    assert_eq!(prompts(&call.feed(keyed("4321")))[0], "vm_you_have");

    with_box(
        &d,
        "box-news",
        json!({"announcement_only": true, "skip_instructions": false}),
    );
    let (mut call, first) = run(&d, "2001", node("voicemail", json!({"id": "box-news"})));
    assert_eq!(prompts(&first), ["vm_not_available"]);
    assert_eq!(call.feed(played()), hangup());
    assert!(d.saved("vmboxes", "box-news").is_none());
}

#[test]
fn a_message_is_forwarded_to_another_box_and_previous_goes_back() {
    let d = office();
    alice_box(&d, json!({}));
    with_box(&d, "box-bob", json!({"owner_id": "bob", "mailbox": "1002"}));
    let (mut owner, _) = run(&d, "2000", node("voicemail", json!({"id": "box-alice"})));
    owner.feed(keyed("1"));
    owner.feed(keyed("6"));
    // 4: back to m1, then 3 forwards it to 1002 (an unknown number is refused first).
    assert_eq!(
        prompts(&owner.feed(keyed("4"))),
        ["<audio>", "vm_message_menu"]
    );
    assert_eq!(prompts(&owner.feed(keyed("3"))), ["ivr_enter_extension"]);
    assert_eq!(
        prompts(&owner.feed(keyed("9999"))),
        ["ivr_invalid", "<audio>", "vm_message_menu"]
    );
    owner.feed(keyed("3"));
    assert_eq!(
        prompts(&owner.feed(keyed("1002"))),
        ["vm_message_saved", "<audio>", "vm_message_menu"]
    );
    let bob = d.doc(ACCOUNT, "vmboxes", "box-bob").unwrap();
    let copy = &bob["messages"][0];
    assert_eq!(copy["folder"], "new");
    let new_id = copy["media_id"].as_str().unwrap();
    assert_ne!(new_id, "m1");
    assert!(d.audio.lock().unwrap().contains_key(new_id), "audio copied");
    assert_eq!(folders(&d, "box-alice"), ["saved", "new", "saved"]);
}

#[test]
fn wrong_pins_across_calls_lock_the_box_for_a_while() {
    let d = office();
    alice_box(&d, json!({"require_pin": true}));
    let wrong_call = |d: &Arc<MemData>| {
        let (mut call, first) = run(d, "*97", node("voicemail", json!({"action": "check"})));
        if prompts(&first) != ["vm_enter_password"] {
            return prompts(&first);
        }
        let mut last = Vec::new();
        for _ in 0..3 {
            last = prompts(&call.feed(keyed("0000")));
            if last.last().map(String::as_str) == Some("ivr_goodbye") {
                break;
            }
        }
        last
    };
    // 10 wrong PINs (4 calls) lock the box: even the right PIN is not asked for.
    for _ in 0..4 {
        wrong_call(&d);
    }
    let (_, first) = run(&d, "*97", node("voicemail", json!({"action": "check"})));
    assert_eq!(prompts(&first), ["vm_invalid_password", "ivr_goodbye"]);
    // 15 minutes later the right PIN works again and clears the count.
    let (mut call, _) = TestCall::dial(&d, "*97", T0 + 16 * 60);
    assert_eq!(prompts(&call.feed(keyed("0000")))[0], "vm_invalid_password");
    assert_eq!(prompts(&call.feed(keyed("1234")))[0], "vm_you_have");
    let stored = d.doc(ACCOUNT, "vmboxes", "box-alice").unwrap();
    assert!(stored.get("pvt_pin_failures").is_none(), "{stored}");
}

#[test]
fn zero_during_the_greeting_reaches_the_operator() {
    let d = office();
    d.put(
        "callflows",
        "cf-operator",
        json!({"numbers": ["0"], "flow": node("play", json!({"id": "ivr_please_hold"}))}),
    );
    with_box(&d, "box-bob", json!({"owner_id": "bob"}));
    let (mut call, _) = run(&d, "2000", node("voicemail", json!({"id": "box-bob"})));
    assert_eq!(prompts(&call.feed(keyed("0"))), ["ivr_please_hold"]);
    // A box naming its own operator number.
    with_box(&d, "box-carol", json!({"operator_number": "1002"}));
    let (mut call, _) = run(&d, "2001", node("voicemail", json!({"id": "box-carol"})));
    assert!(
        matches!(call.feed(keyed("0")), FlowCommand::Bridge(_)),
        "rings Bob"
    );
}

#[test]
fn a_member_of_the_owning_group_logs_in_to_a_shared_box_without_a_pin() {
    let d = office();
    d.put(
        "groups",
        "g-sales",
        json!({"name": "Sales", "endpoints": {"alice": {"type": "user"}, "bob": {"type": "user"}}}),
    );
    d.put(
        "groups",
        "g-support",
        json!({"name": "Support", "endpoints": {"bob": {"type": "user"}}}),
    );
    with_box(
        &d,
        "box-sales",
        json!({"owner_id": "g-sales", "mailbox": "750", "pin": "4321"}),
    );
    // Alice has no box of her own: *97 opens the one shared box she is a member of.
    let (_, first) = run(&d, "*97", node("voicemail", json!({"action": "check"})));
    assert_eq!(prompts(&first)[0], "vm_you_have");
    // With two shared boxes she is asked which; hers needs no PIN, another group's does.
    with_box(
        &d,
        "box-team",
        json!({"owner_id": "g-sales", "mailbox": "751", "pin": "4321"}),
    );
    with_box(
        &d,
        "box-support",
        json!({"owner_id": "g-support", "mailbox": "760", "pin": "4321"}),
    );
    let (mut call, first) = run(&d, "*97", node("voicemail", json!({"action": "check"})));
    assert_eq!(prompts(&first), ["ivr_enter_extension"]);
    assert_eq!(prompts(&call.feed(keyed("751")))[0], "vm_you_have");
    let (mut call, _) = run(&d, "*97", node("voicemail", json!({"action": "check"})));
    assert_eq!(prompts(&call.feed(keyed("760"))), ["vm_enter_password"]);
    // Calling the shared box's number, a member lands in it as its owner would.
    let (_, first) = run(&d, "750", node("voicemail", json!({"id": "box-sales"})));
    assert_eq!(prompts(&first)[0], "vm_you_have");
}

#[test]
fn an_account_out_of_voicemail_storage_says_full_and_a_recording_fits_what_is_left() {
    let d = office();
    d.account.lock().unwrap()["voicemail"] = json!({"max_storage_seconds": 100});
    // 90 s are held by another box (deleted messages count until purged).
    with_box(
        &d,
        "box-other",
        json!({"messages": [{"folder": "deleted", "length": 60_000}, {"length": 30_000}]}),
    );
    with_box(
        &d,
        "box-bob",
        json!({"owner_id": "bob", "skip_greeting": true}),
    );
    let (_, first) = run(&d, "2000", node("voicemail", json!({"id": "box-bob"})));
    assert!(
        matches!(
            first,
            FlowCommand::Media(MediaCommand::Record { max_ms: 10_000, .. })
        ),
        "{first:?}"
    );
    // 99 s used: less than two seconds left is a full box, said to the caller.
    with_box(
        &d,
        "box-other",
        json!({"messages": [{"folder": "deleted", "length": 99_000}]}),
    );
    let (mut call, first) = run(&d, "2001", node("voicemail", json!({"id": "box-bob"})));
    assert_eq!(
        prompts(&first),
        ["vm_not_available", "vm_leave_message", "vm_mailbox_full"]
    );
    assert_eq!(call.feed(played()), hangup());
    assert!(d.saved("vmboxes", "box-bob").is_none());
}

#[test]
fn the_box_wide_bound_counts_every_accounts_voicemail_and_the_tighter_bound_wins() {
    use edgepbx_store::{GLOBAL, vm_storage};
    let d = office();
    // The box holds 100 s in all; another account already has 85 s.
    d.put_in(
        GLOBAL,
        vm_storage::BOX_KIND,
        vm_storage::BOX_ID,
        json!({"max_storage_seconds": 100}),
    );
    for account in [ACCOUNT, "acc-other"] {
        d.put_in(GLOBAL, "accounts", account, json!({"name": account}));
    }
    d.put_in(
        "acc-other",
        "vmboxes",
        "box-x",
        json!({"messages": [{"folder": "saved", "length": 85_000}]}),
    );
    with_box(
        &d,
        "box-bob",
        json!({"owner_id": "bob", "skip_greeting": true}),
    );
    let (_, first) = run(&d, "2000", node("voicemail", json!({"id": "box-bob"})));
    assert!(
        matches!(
            first,
            FlowCommand::Media(MediaCommand::Record { max_ms: 15_000, .. })
        ),
        "the box's room: {first:?}"
    );
    // The account's own bound, tighter than the box's room, wins.
    d.account.lock().unwrap()["voicemail"] = json!({"max_storage_seconds": 5});
    let (_, first) = run(&d, "2001", node("voicemail", json!({"id": "box-bob"})));
    assert!(
        matches!(
            first,
            FlowCommand::Media(MediaCommand::Record { max_ms: 5_000, .. })
        ),
        "the account's room: {first:?}"
    );
    // The box full (this account's own 14 s included), however roomy the account.
    d.account.lock().unwrap()["voicemail"] = json!({"max_storage_seconds": 1000});
    with_box(&d, "box-alice", json!({"messages": [{"length": 14_000}]}));
    let (mut call, first) = run(&d, "2002", node("voicemail", json!({"id": "box-bob"})));
    assert_eq!(
        prompts(&first),
        ["vm_not_available", "vm_leave_message", "vm_mailbox_full"]
    );
    assert_eq!(call.feed(played()), hangup());
    assert!(d.saved("vmboxes", "box-bob").is_none());
}

#[test]
fn a_box_in_a_language_with_a_pack_plays_the_packs_prompts_and_says_counts_its_way() {
    let d = office();
    d.prompts.lock().unwrap().insert(
        ("de-de".into(), "vm_not_available".into()),
        Arc::from(vec![3i16; 80]),
    );
    d.prompts
        .lock()
        .unwrap()
        .insert(("de-de".into(), "num_2".into()), Arc::from(vec![4i16; 80]));
    with_box(
        &d,
        "box-bob",
        json!({"owner_id": "bob", "mailbox": "1002", "language": "de-DE"}),
    );
    // The pack's greeting; a prompt the pack lacks stays the built-in one.
    let (_, first) = run(&d, "2000", node("voicemail", json!({"id": "box-bob"})));
    assert_eq!(prompts(&first), ["<audio>", "vm_leave_message"]);
    // The owner's language when the box has none; an English box stays built in.
    d.put(
        "users",
        "bob",
        json!({"first_name": "Bob", "last_name": "Baker", "language": "de-de"}),
    );
    with_box(&d, "box-bob", json!({"owner_id": "bob", "mailbox": "1002"}));
    let (_, first) = run(&d, "2000", node("voicemail", json!({"id": "box-bob"})));
    assert_eq!(prompts(&first), ["<audio>", "vm_leave_message"]);
    with_box(
        &d,
        "box-bob",
        json!({"owner_id": "bob", "mailbox": "1002", "language": "en-us"}),
    );
    let (_, first) = run(&d, "2000", node("voicemail", json!({"id": "box-bob"})));
    assert_eq!(prompts(&first), ["vm_not_available", "vm_leave_message"]);
    // Counts over twenty are said digit by digit in a pack's language.
    let messages: Vec<Value> = (0..22)
        .map(|i| json!({"media_id": format!("m{i}"), "folder": "new"}))
        .collect();
    with_box(
        &d,
        "box-alice",
        json!({"owner_id": "alice", "mailbox": "1001", "language": "de-de",
               "is_setup": true, "messages": messages}),
    );
    let (_, first) = run(&d, "*97", node("voicemail", json!({"action": "check"})));
    assert_eq!(
        prompts(&first),
        [
            "vm_you_have",
            "<audio>",
            "<audio>",
            "vm_new_messages",
            "vm_main_menu"
        ]
    );
}
