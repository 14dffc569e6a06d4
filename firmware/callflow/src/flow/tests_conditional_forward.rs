//! Busy and no-answer forwarding (`call_forward.busy`, `call_forward.no_answer`), call by
//! call in virtual time.

use edgepbx_sip::engine::{Bridge, BridgeResult, FlowCommand, FlowEvent};
use serde_json::{Value, json};

use super::testkit::{MemData, TestCall};
use super::tests::{devices, failed, office, with_carrier};

/// Bob (1002) rings through a user callflow whose `_` child is an ownerless desk phone (a stand-in
/// for voicemail); carol is 1004; `forward` is bob's `call_forward`.
fn bob_forwarding(forward: Value) -> std::sync::Arc<MemData> {
    let d = office();
    d.put("devices", "dev-desk", json!({}));
    d.put("callflows", "carol", json!({"numbers": ["1004"], "flow": {"module": "user", "data": {"id": "carol"}, "children": {}}}));
    d.put(
        "callflows",
        "bob",
        json!({"numbers": ["1002"], "flow": {"module": "user", "data": {"id": "bob", "timeout": 25},
        "children": {"_": {"module": "device", "data": {"id": "dev-desk"}, "children": {}}}}}),
    );
    d.put(
        "users",
        "bob",
        json!({"call_forward": forward, "caller_id": {"external": {"name": "Bob Desk", "number": "+15550102"}}}),
    );
    d
}

fn timeout(cmd: &FlowCommand) -> u32 {
    match cmd {
        FlowCommand::Bridge(Bridge { timeout_secs, .. }) => *timeout_secs,
        other => panic!("expected a bridge, got {other:?}"),
    }
}

fn no_answer() -> FlowEvent {
    FlowEvent::Bridge(BridgeResult::NoAnswer)
}

#[test]
fn a_busy_user_is_forwarded_once_and_other_failures_are_not() {
    let d = bob_forwarding(json!({"enabled": false, "busy": {"enabled": true, "number": "1004"}}));
    let (mut call, first) = TestCall::dial(&d, "1002", 0);
    assert_eq!(devices(&first), ["dev-bob", "dev-bob2"]);
    assert_eq!(
        timeout(&first),
        25,
        "no ring_seconds without a no-answer forward"
    );
    let fwd = call.feed(failed(486));
    assert_eq!(devices(&fwd), ["dev-carol"]);
    assert_eq!(timeout(&fwd), 25);
    // The forward's own outcome goes down the callflow (no second forward).
    assert_eq!(devices(&call.feed(failed(486))), ["dev-desk"]);

    let (mut call, _) = TestCall::dial(&d, "1002", 0);
    assert_eq!(
        devices(&call.feed(failed(600))),
        ["dev-carol"],
        "600 is busy too"
    );
    for other in [failed(404), failed(603), no_answer()] {
        let (mut call, _) = TestCall::dial(&d, "1002", 0);
        assert_eq!(devices(&call.feed(other)), ["dev-desk"]);
    }
}

#[test]
fn an_unanswered_user_rings_for_ring_seconds_then_the_forward_with_its_options() {
    let d = bob_forwarding(json!({"keep_caller_id": false, "require_keypress": true,
        "no_answer": {"enabled": true, "number": "1004", "ring_seconds": 8}}));
    let (mut call, first) = TestCall::dial(&d, "1002", 0);
    assert_eq!(devices(&first), ["dev-bob", "dev-bob2"]);
    assert_eq!(timeout(&first), 8, "own phones ring ring_seconds");
    let fwd = call.feed(no_answer());
    let FlowCommand::Bridge(b) = &fwd else {
        panic!("{fwd:?}")
    };
    assert_eq!(devices(&fwd), ["dev-carol"]);
    assert_eq!(
        b.timeout_secs, 25,
        "the forward rings the callflow's timeout"
    );
    assert_eq!(b.endpoints[0].confirm_key, Some('1'));
    assert_eq!(
        b.endpoints[0].caller_id,
        Some(("Bob Desk".into(), "+15550102".into()))
    );
    // Busy is not "no answer".
    let (mut call, _) = TestCall::dial(&d, "1002", 0);
    assert_eq!(devices(&call.feed(failed(486))), ["dev-desk"]);
}

#[test]
fn always_wins_and_disabled_or_numberless_modes_do_nothing() {
    let d = bob_forwarding(json!({"enabled": true, "number": "1004",
        "busy": {"enabled": true, "number": "1001"}, "no_answer": {"enabled": true, "number": "1001", "ring_seconds": 9}}));
    let (mut call, first) = TestCall::dial(&d, "1002", 0);
    assert_eq!(devices(&first), ["dev-carol"]);
    assert_eq!(timeout(&first), 25);
    assert_eq!(devices(&call.feed(failed(486))), ["dev-desk"]);

    for forward in [
        json!({"busy": {"enabled": false, "number": "1004"}, "no_answer": {"enabled": "false", "number": "1004"}}),
        json!({"busy": {"enabled": true, "number": ""}, "no_answer": {"enabled": true}}),
    ] {
        let d = bob_forwarding(forward);
        let (mut call, first) = TestCall::dial(&d, "1002", 0);
        assert_eq!(timeout(&first), 25);
        assert_eq!(devices(&call.feed(failed(486))), ["dev-desk"]);
        let (mut call, _) = TestCall::dial(&d, "1002", 0);
        assert_eq!(devices(&call.feed(no_answer())), ["dev-desk"]);
    }
}

#[test]
fn direct_calls_only_leaves_ring_group_calls_alone_and_devices_forward_too() {
    let d = bob_forwarding(
        json!({"direct_calls_only": true, "busy": {"enabled": true, "number": "1004"}}),
    );
    // A ring group that rings nobody goes on to bob: the call came through a ring group.
    d.put("callflows", "group", json!({"numbers": ["1020"], "flow": {"module": "ring_group", "data": {"endpoints": []},
        "children": {"_": {"module": "user", "data": {"id": "bob"},
            "children": {"_": {"module": "device", "data": {"id": "dev-desk"}, "children": {}}}}}}}));
    let (mut call, first) = TestCall::dial(&d, "1020", 0);
    assert_eq!(devices(&first), ["dev-bob", "dev-bob2"]);
    assert_eq!(devices(&call.feed(failed(486))), ["dev-desk"]);
    let (mut call, _) = TestCall::dial(&d, "1002", 0);
    assert_eq!(
        devices(&call.feed(failed(486))),
        ["dev-carol"],
        "a direct call"
    );

    d.put("callflows", "desk", json!({"numbers": ["1010"], "flow": {"module": "device", "data": {"id": "dev-bob2"}, "children": {}}}));
    d.put(
        "devices",
        "dev-bob2",
        json!({"owner_id": "bob", "call_forward": {"no_answer": {"enabled": true, "number": "1004", "ring_seconds": 400}}}),
    );
    let (mut call, first) = TestCall::dial(&d, "1010", 0);
    assert_eq!(devices(&first), ["dev-bob2"]);
    assert_eq!(timeout(&first), 300, "ring_seconds is held to 5..=300");
    assert_eq!(devices(&call.feed(no_answer())), ["dev-carol"]);
}

#[test]
fn a_forward_to_a_number_nobody_takes_goes_down_the_callflow() {
    // No carrier: an outside number reaches nobody, so the caller is not left ringing nothing.
    let d = bob_forwarding(json!({"busy": {"enabled": true, "number": "+14155550100"}}));
    let (mut call, _) = TestCall::dial(&d, "1002", 0);
    assert_eq!(devices(&call.feed(failed(486))), ["dev-desk"]);
}

#[test]
fn an_outside_forward_goes_through_the_carrier_and_the_accounts_restrictions() {
    let d = bob_forwarding(json!({"busy": {"enabled": true, "number": "+442071234567"}}));
    with_carrier(&d);
    let (mut call, _) = TestCall::dial_from_outside(&d, "1002", 0);
    assert_eq!(
        devices(&call.feed(failed(486))),
        ["sip:+442071234567@127.0.0.5"]
    );
    // The account denies international numbers: the forward rings nothing (as Always).
    *d.account.lock().unwrap() = json!({"call_restriction": {"international": {"action": "deny"}}});
    let (mut call, _) = TestCall::dial_from_outside(&d, "1002", 0);
    assert_eq!(devices(&call.feed(failed(486))), ["dev-desk"]);
}
