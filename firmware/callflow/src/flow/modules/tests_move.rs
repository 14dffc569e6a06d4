//! `move` (feature code 6683): which phones the engine is asked about, and what the caller
//! hears when nothing can be moved.

use std::sync::Arc;

use edgepbx_sip::engine::{BridgeResult, CallFlow, FlowCommand, FlowEvent};
use serde_json::json;

use super::move_call::{NO_CALL, NO_OWNER, SEVERAL_CALLS};
use super::testutil::{T0, node, office, played, prompts, run};
use crate::flow::context::CallInfo;
use crate::flow::data::Data;
use crate::flow::interpreter::Interpreter;
use crate::flow::testkit::{MemData, alice};

fn move_code(d: &Arc<MemData>) -> (crate::flow::testkit::TestCall, FlowCommand) {
    run(d, "6683", node("move", json!({})))
}

fn ends_with(cause: &str) -> FlowCommand {
    FlowCommand::hangup(cause)
}

#[test]
fn move_asks_about_the_callers_own_other_phones_only() {
    let d = office();
    d.put("devices", "dev-alice-desk", json!({"owner_id": "alice"}));
    // Hot-desked by Alice: hers while she is logged in there.
    d.put(
        "devices",
        "dev-hotdesk",
        json!({"owner_id": "bob", "hotdesk": {"users": {"alice": {}}}}),
    );
    d.put("devices", "dev-bob-desk", json!({"owner_id": "bob"}));
    let (_, first) = move_code(&d);
    let FlowCommand::Move { mut devices } = first else {
        panic!("{first:?}")
    };
    devices.sort();
    assert_eq!(
        devices,
        ["dev-alice-desk", "dev-hotdesk"],
        "neither the calling phone nor another user's"
    );
}

#[test]
fn with_no_call_to_move_the_caller_hears_so_and_the_call_ends_saying_why() {
    let d = office();
    d.put("devices", "dev-alice-desk", json!({"owner_id": "alice"}));
    let (mut call, first) = move_code(&d);
    assert!(matches!(first, FlowCommand::Move { .. }), "{first:?}");
    let next = call.feed(FlowEvent::Bridge(BridgeResult::NoEndpoints));
    assert_eq!(prompts(&next), ["move_no_call", "ivr_goodbye"]);
    assert_eq!(call.feed(played()), ends_with(NO_CALL));
}

#[test]
fn with_the_users_phones_in_several_calls_nothing_is_picked() {
    let d = office();
    d.put("devices", "dev-alice-desk", json!({"owner_id": "alice"}));
    let (mut call, _) = move_code(&d);
    let next = call.feed(FlowEvent::Bridge(BridgeResult::Failed { code: 300 }));
    assert_eq!(prompts(&next), ["move_several_calls", "ivr_goodbye"]);
    assert_eq!(call.feed(played()), ends_with(SEVERAL_CALLS));
    // Without a media server nothing can be joined nor played.
    let (mut call, _) = move_code(&d);
    let next = call.feed(FlowEvent::Bridge(BridgeResult::Failed { code: 503 }));
    assert_eq!(next, ends_with("MEDIA_SERVER_UNAVAILABLE"));
}

#[test]
fn a_user_with_one_phone_or_a_phone_without_a_user_has_nothing_to_move() {
    let d = office();
    // Alice's only phone is the one calling: the engine is not even asked.
    let (mut call, first) = move_code(&d);
    assert_eq!(prompts(&first), ["move_no_call", "ivr_goodbye"]);
    assert_eq!(call.feed(played()), ends_with(NO_CALL));

    // A phone nobody owns.
    let caller = edgepbx_sip::engine::Caller {
        owner_id: None,
        ..alice()
    };
    let cf = json!({"numbers": ["6683"], "flow": node("move", json!({}))});
    let data: Arc<dyn Data> = d.clone();
    let mut flow = Interpreter::new(data, CallInfo::new(caller, "6683", vec![]), &cf);
    let now = edgepbx_sip::engine::Now { mono: 0, unix: T0 };
    let first = flow.start(now);
    assert_eq!(prompts(&first), ["move_no_owner", "ivr_goodbye"]);
    assert_eq!(flow.event(now, played()), ends_with(NO_OWNER));
}
