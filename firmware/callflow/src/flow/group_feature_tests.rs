//! A SmartPBX group's features in virtual time: "allow call forward" (the ring group's
//! `ignore_forward`), caller-ID prepend (`prepend_cid`) and call recording (`record_call`)
//! in front of the group's `callflow`, and the ring group's own `ringback`.

use edgepbx_media::session::PlayItem;
use edgepbx_sip::engine::{BridgeResult, FlowCommand, FlowEvent, Target};
use serde_json::{Value, json};

use super::Data;
use super::testkit::{ACCOUNT, MemData, TestCall};

/// Bob (two phones) and Carol, who forwards to Dave's extension 1005; Alice calls.
fn office() -> std::sync::Arc<MemData> {
    let d = MemData::new();
    d.put(
        "users",
        "alice",
        json!({"first_name": "Alice",
        "caller_id": {"internal": {"name": "Alice A", "number": "1001"}}}),
    );
    d.put("users", "bob", json!({"first_name": "Bob"}));
    d.put("users", "carol", json!({"first_name": "Carol",
        "call_forward": {"enabled": true, "number": "1005", "substitute": true, "require_keypress": false}}));
    d.put("users", "dave", json!({"first_name": "Dave"}));
    for (device, owner) in [
        ("dev-alice", "alice"),
        ("dev-bob", "bob"),
        ("dev-bob2", "bob"),
        ("dev-carol", "carol"),
        ("dev-dave", "dave"),
    ] {
        d.put("devices", device, json!({ "owner_id": owner }));
    }
    d.put(
        "callflows",
        "cf-dave",
        json!({"numbers": ["1005"],
        "flow": {"module": "user", "data": {"id": "dave"}, "children": {}}}),
    );
    d
}

/// The group's hidden `baseGroup` callflow with ring group `data` for Bob and Carol.
fn base_group(d: &MemData, extra: Value) {
    let mut data = json!({"strategy": "simultaneous", "timeout": 20, "endpoints": [
        {"id": "bob", "endpoint_type": "user", "delay": 0, "timeout": 20},
        {"id": "carol", "endpoint_type": "user", "delay": 0, "timeout": 20}]});
    data.as_object_mut()
        .unwrap()
        .extend(extra.as_object().unwrap().clone());
    d.put(
        "callflows",
        "cf-base",
        json!({"numbers": ["Xq2bT9kLmN4pR7sV1wY3zA5cD"],
        "type": "baseGroup", "group_id": "sales",
        "flow": {"module": "ring_group", "data": data, "children": {}}}),
    );
}

fn devices(cmd: &FlowCommand) -> Vec<String> {
    let FlowCommand::Bridge(b) = cmd else {
        panic!("expected a bridge, got {cmd:?}")
    };
    b.endpoints
        .iter()
        .map(|e| match &e.target {
            Target::Device(id) => id.clone(),
            Target::Trunk(t) => t.uri.clone(),
        })
        .collect()
}

#[test]
fn a_ring_group_ignores_its_members_forwards_unless_allowed() {
    let d = office();
    // KAZOO's default (SmartPBX's "allow call forward" off): Carol's own phone rings.
    base_group(&d, json!({}));
    let (_, first) = TestCall::dial(&d, "Xq2bT9kLmN4pR7sV1wY3zA5cD", 0);
    assert_eq!(devices(&first), ["dev-bob", "dev-bob2", "dev-carol"]);
    base_group(&d, json!({"ignore_forward": true}));
    let (_, first) = TestCall::dial(&d, "Xq2bT9kLmN4pR7sV1wY3zA5cD", 0);
    assert_eq!(devices(&first), ["dev-bob", "dev-bob2", "dev-carol"]);
    // Allowed (also as the string the Monster UI may send): where Carol forwards rings.
    for allowed in [json!(false), json!("false")] {
        base_group(&d, json!({ "ignore_forward": allowed }));
        let (_, first) = TestCall::dial(&d, "Xq2bT9kLmN4pR7sV1wY3zA5cD", 0);
        assert_eq!(devices(&first), ["dev-bob", "dev-bob2", "dev-dave"]);
    }
    // A failover is a forward too: ignored while Carol's phone is not registered.
    d.put(
        "users",
        "carol",
        json!({"call_failover": {"enabled": true, "number": "1005"}}),
    );
    base_group(&d, json!({}));
    let (_, first) = TestCall::dial(&d, "Xq2bT9kLmN4pR7sV1wY3zA5cD", 0);
    assert_eq!(devices(&first), ["dev-bob", "dev-bob2", "dev-carol"]);
    // Outside the group the forward applies as before.
    d.put(
        "callflows",
        "cf-carol",
        json!({"numbers": ["1003"],
        "flow": {"module": "user", "data": {"id": "carol"}, "children": {}}}),
    );
    let (_, first) = TestCall::dial(&d, "1003", 0);
    assert_eq!(devices(&first), ["dev-dave"]);
}

#[test]
fn a_group_call_is_recorded_with_the_prefixed_caller_id_and_the_groups_ringback() {
    let d = office();
    d.put("media", "rb-sales", json!({"name": "Sales ringback"}));
    d.store_audio(ACCOUNT, "rb-sales", vec![7i16; 40].into());
    base_group(&d, json!({"ringback": "rb-sales"}));
    // The `userGroup` callflow as the panel writes it with every feature on.
    d.put("callflows", "cf-user-group", json!({"numbers": ["2000"], "type": "userGroup",
        "group_id": "sales",
        "flow": {"module": "record_call", "data": {"action": "start", "time_limit": 600},
            "children": {"_": {"module": "prepend_cid",
                "data": {"action": "prepend", "caller_id_name_prefix": "Sales: ", "caller_id_number_prefix": "9"},
                "children": {"_": {"module": "callflow", "data": {"id": "cf-base"},
                    "children": {"_": {"module": "response", "data": {"code": 480}, "children": {}}}}}}}}}));
    let (mut call, first) = TestCall::dial(&d, "2000", 0);
    let FlowCommand::Record(Some(record)) = first else {
        panic!("{first:?}")
    };
    assert_eq!(
        (record.time_limit_secs, record.origin.as_str()),
        (600, "callflow")
    );
    let bridge = call.feed(FlowEvent::Done);
    let FlowCommand::Bridge(b) = &bridge else {
        panic!("{bridge:?}")
    };
    assert_eq!(
        b.caller_id,
        Some(("Sales: Alice A".to_string(), "91001".to_string()))
    );
    match &b.ringback {
        Some(PlayItem::Looped(audio)) => {
            assert_eq!(audio.get().flatten().unwrap().to_vec(), vec![7; 40])
        }
        other => panic!("{other:?}"),
    }
    // Nobody answers: the next action.
    assert!(matches!(
        call.feed(FlowEvent::Bridge(BridgeResult::NoAnswer)),
        FlowCommand::Respond { code: 480, .. }
    ));
}

#[test]
fn a_find_me_follow_me_cell_phone_rings_out_unless_its_users_restriction_denies_it() {
    let d = office();
    d.put(
        "resources",
        "carrier",
        json!({"enabled": true, "rules": [],
        "gateways": [{"server": "192.0.2.50", "port": 5080}]}),
    );
    d.put(
        "devices",
        "cell-bob",
        json!({"owner_id": "bob", "device_type": "cellphone",
        "call_forward": {"enabled": true, "number": "+442071234567", "substitute": true,
            "require_keypress": true, "keep_caller_id": true}}),
    );
    // The user's callflow as find me follow me writes it (no ignore_forward: KAZOO's true).
    d.put("callflows", "cf-bob", json!({"numbers": ["1002"], "type": "mainUserCallflow",
        "flow": {"module": "ring_group", "data": {"strategy": "simultaneous", "endpoints": [
            {"id": "dev-bob", "endpoint_type": "device", "delay": 0, "timeout": 20},
            {"id": "cell-bob", "endpoint_type": "device", "delay": 5, "timeout": 20}]}, "children": {}}}));
    let (_, first) = TestCall::dial(&d, "1002", 0);
    assert_eq!(devices(&first), ["dev-bob", "sip:+442071234567@192.0.2.50"]);
    let FlowCommand::Bridge(b) = &first else {
        unreachable!()
    };
    assert_eq!(
        (b.endpoints[1].delay_secs, b.endpoints[1].confirm_key),
        (5, Some('1'))
    );
    // Bob may not call international numbers: his cell phone there is not rung.
    d.put(
        "users",
        "bob",
        json!({"first_name": "Bob",
        "call_restriction": {"international": {"action": "deny"}}}),
    );
    let (_, first) = TestCall::dial(&d, "1002", 0);
    assert_eq!(devices(&first), ["dev-bob"]);
}
