//! Call recording settings and in-call feature keys (metaflows).

use edgepbx_sip::engine::{BridgeResult, FlowCommand, FlowEvent, KeyBinding, Party};
use serde_json::json;

use super::testutil::{T0, bridge, node, office, run};
use crate::flow::testkit::TestCall;

#[test]
fn record_call_stop_and_user_recording_settings() {
    let d = office();
    let (mut call, first) = run(
        &d,
        "901",
        json!({"module": "record_call", "data": {"action": "stop"},
        "children": {"_": node("user", json!({"id": "bob"}))}}),
    );
    assert_eq!(first, FlowCommand::Record(None));
    // Bob does not record: his bridge carries no recording.
    assert_eq!(bridge(&call.feed(FlowEvent::Done)).record, None);

    // Bob records the calls he receives from colleagues (SmartPBX's toggle).
    d.put("users", "bob", json!({"first_name": "Bob", "last_name": "Baker",
        "call_recording": {"inbound": {"onnet": {"enabled": true, "time_limit": 600, "record_min_sec": 2}}}}));
    let (_, first) = TestCall::dial(&d, "1002", T0);
    let record = bridge(&first).record.clone().expect("recorded");
    assert_eq!(record.owner_id.as_deref(), Some("bob"));
    assert_eq!((record.time_limit_secs, record.min_secs), (600, 2));
    assert_eq!(record.origin, "user:inbound");
    // Only for calls from inside: `offnet` is not enabled.
    let (_, first) = TestCall::dial_from_outside(&d, "1002", T0);
    assert_eq!(bridge(&first).record, None);

    // Alice records what she places, whoever answers.
    d.put(
        "users",
        "alice",
        json!({"first_name": "Alice", "last_name": "Adams",
        "call_recording": {"outbound": {"any": {"enabled": true}}}}),
    );
    d.put(
        "users",
        "bob",
        json!({"first_name": "Bob", "last_name": "Baker"}),
    );
    let (_, first) = TestCall::dial(&d, "1002", T0);
    let record = bridge(&first).record.clone().expect("recorded");
    assert_eq!(
        (record.owner_id.as_deref(), record.time_limit_secs),
        (Some("alice"), 3600)
    );
}

#[test]
fn account_recording_settings_default_for_users_and_cover_the_account() {
    let d = office();
    // The account's default for users: Bob, with no setting of his own, records what he gets.
    *d.account.lock().unwrap() = json!({"call_recording": {
        "endpoint": {"inbound": {"onnet": {"enabled": true, "time_limit": 120}}}}});
    let (_, first) = TestCall::dial(&d, "1002", T0);
    let record = bridge(&first).record.clone().expect("recorded");
    assert_eq!(
        (
            record.owner_id.as_deref(),
            record.time_limit_secs,
            record.origin.as_str()
        ),
        (Some("bob"), 120, "user:inbound")
    );
    // The account-wide setting: every call from outside is recorded, owned by nobody.
    *d.account.lock().unwrap() = json!({"call_recording": {
        "account": {"inbound": {"offnet": {"enabled": true}}}}});
    let (_, first) = TestCall::dial(&d, "1002", T0);
    assert_eq!(
        bridge(&first).record,
        None,
        "an inside call is not inbound offnet"
    );
    let (_, first) = TestCall::dial_from_outside(&d, "1002", T0);
    let record = bridge(&first).record.clone().expect("recorded");
    assert_eq!((record.owner_id, record.origin.as_str()), (None, "account"));
}

#[test]
fn metaflow_keys_transfer_toggle_recording_and_hang_up() {
    let d = office();
    d.put(
        "callflows",
        "cf-1002",
        json!({"numbers": ["1002"],
        "flow": {"module": "user", "data": {"id": "bob"}, "children": {}},
        "metaflow": {"binding_digit": "*", "digit_timeout": 2000, "listen_on": "both",
            "numbers": {"9": {"module": "hangup"}, "1": {"module": "record_call"}},
            "patterns": {"^2(\\d+)$": {"module": "transfer"}, "^[": {"module": "hangup"}}}}),
    );
    let (mut call, first) = TestCall::dial(&d, "1002", T0);
    // The engine is told what to listen for before the flow runs.
    assert_eq!(
        first,
        FlowCommand::ListenKeys(KeyBinding {
            binding: '*',
            digit_timeout_ms: 2000,
            caller: true,
            callee: true
        })
    );
    let ring = call.feed(FlowEvent::Done);
    assert_eq!(bridge(&ring).endpoints.len(), 1);
    assert_eq!(
        call.feed(FlowEvent::Bridge(BridgeResult::Answered)),
        FlowCommand::Idle
    );

    let keys = |by, digits: &str| FlowEvent::Keys {
        by,
        digits: digits.into(),
    };
    assert_eq!(
        call.feed(keys(Party::Callee, "21001")),
        FlowCommand::Transfer {
            by: Party::Callee,
            number: "1001".into()
        }
    );
    let FlowCommand::Record(Some(r)) = call.feed(keys(Party::Caller, "1")) else {
        panic!()
    };
    assert_eq!(r.origin, "metaflow");
    assert_eq!(call.feed(FlowEvent::Done), FlowCommand::Idle);
    assert_eq!(
        call.feed(keys(Party::Caller, "1")),
        FlowCommand::Record(None)
    );
    assert_eq!(call.feed(FlowEvent::Done), FlowCommand::Idle);
    // Unbound keys do nothing; 9 hangs up.
    assert_eq!(call.feed(keys(Party::Caller, "77")), FlowCommand::Idle);
    assert_eq!(
        call.feed(keys(Party::Caller, "9")),
        FlowCommand::hangup("NORMAL_CLEARING")
    );
}

#[test]
fn metaflows_come_from_the_device_user_or_account_and_need_bindings() {
    let d = office();
    // Bound to nothing: no listening at all.
    d.put(
        "devices",
        "dev-alice",
        json!({"owner_id": "alice", "metaflows": {"binding_digit": "*"}}),
    );
    let (_, first) = TestCall::dial(&d, "1002", T0);
    assert!(matches!(first, FlowCommand::Bridge(_)), "{first:?}");
    // The user's metaflows (the device has none that bind): listen to the caller only.
    d.put(
        "users",
        "alice",
        json!({"first_name": "Alice", "last_name": "Adams",
        "metaflows": {"binding_digit": "#", "numbers": {"0": {"module": "hangup"}}}}),
    );
    let (_, first) = TestCall::dial(&d, "1002", T0);
    assert_eq!(
        first,
        FlowCommand::ListenKeys(KeyBinding {
            binding: '#',
            digit_timeout_ms: 3000,
            caller: true,
            callee: false
        })
    );
}
