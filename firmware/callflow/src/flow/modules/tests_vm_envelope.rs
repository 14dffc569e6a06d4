//! The envelope before each voicemail message and the return call (9), in virtual time.

use std::sync::Arc;

use serde_json::json;

use super::testutil::{T0, keyed, node, office, prompts, run, targets};
use crate::flow::Data;
use crate::flow::testkit::{ACCOUNT, MemData, TestCall};

/// Alice's box holding one message from Bob (1002), left at T0.
fn box_with_bobs_message(d: &Arc<MemData>, extra: serde_json::Value) {
    let mut b = json!({"owner_id": "alice", "mailbox": "1001", "pin": "2580", "messages": [
        {"media_id": "m1", "folder": "new", "caller_id_number": "1002",
         "timestamp": T0 + edgepbx_store::GREGORIAN_OFFSET}
    ]});
    b.as_object_mut()
        .unwrap()
        .extend(extra.as_object().unwrap().clone());
    d.put("vmboxes", "box-alice", b);
    d.audio
        .lock()
        .unwrap()
        .insert("m1".into(), Arc::from(vec![1i16; 8]));
}

fn check() -> serde_json::Value {
    node("voicemail", json!({"id": "box-alice", "action": "check"}))
}

#[test]
fn each_message_is_announced_with_its_time_in_the_boxs_zone_and_its_caller() {
    let d = office();
    box_with_bobs_message(&d, json!({}));
    let (mut call, _) = run(&d, "2000", check());
    // T0 is 08:00 UTC: 3 AM in the account's New York.
    assert_eq!(
        prompts(&call.feed(keyed("1"))),
        [
            "vm_received",
            "day_friday",
            "month_january",
            "ord_15",
            "num_3",
            "oclock",
            "am",
            "vm_from",
            "num_1",
            "num_0",
            "num_0",
            "num_2",
            "<audio>",
            "vm_message_menu"
        ]
    );
    // The box's own zone wins; skip_envelope plays the message alone.
    box_with_bobs_message(&d, json!({"timezone": "Europe/Berlin"}));
    let (mut call, _) = run(&d, "2000", check());
    assert_eq!(
        prompts(&call.feed(keyed("1")))[4..7],
        ["num_9", "oclock", "am"]
    );
    box_with_bobs_message(&d, json!({"skip_envelope": true}));
    let (mut call, _) = run(&d, "2000", check());
    assert_eq!(
        prompts(&call.feed(keyed("1"))),
        ["<audio>", "vm_message_menu"]
    );
}

#[test]
fn nine_calls_the_caller_back_through_the_normal_routing() {
    let d = office();
    box_with_bobs_message(&d, json!({"skip_envelope": true}));
    let (mut call, _) = run(&d, "2000", check());
    call.feed(keyed("1"));
    // 1002 is Bob's user callflow: his phone rings.
    let ring = call.feed(keyed("9"));
    assert_eq!(targets(&ring), ["dev-bob"]);
    assert_eq!(call.flow.call().number, "1002");
}

#[test]
fn a_call_from_outside_may_not_call_back_and_no_number_means_no_call() {
    let d = office();
    box_with_bobs_message(&d, json!({"skip_envelope": true, "require_pin": true}));
    d.put(
        "callflows",
        "cf-check",
        json!({"numbers": ["2000"], "flow": check()}),
    );
    let (mut call, _) = TestCall::dial_from_outside(&d, "2000", T0);
    call.feed(keyed("2580"));
    call.feed(keyed("1"));
    assert_eq!(
        prompts(&call.feed(keyed("9"))),
        ["err_not_allowed", "<audio>", "vm_message_menu"]
    );
    // A message without a caller number: nothing to call.
    let d = office();
    box_with_bobs_message(&d, json!({"skip_envelope": true}));
    let mut b = (*d.doc(ACCOUNT, "vmboxes", "box-alice").unwrap()).clone();
    b["messages"][0]["caller_id_number"] = json!("");
    d.put("vmboxes", "box-alice", b);
    let (mut call, _) = run(&d, "2000", check());
    call.feed(keyed("1"));
    assert_eq!(prompts(&call.feed(keyed("9")))[0], "ivr_invalid");
}
