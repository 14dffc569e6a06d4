//! Hook modules (never break a call), check_cid and branch_variable.

use serde_json::{Value, json};

use edgepbx_sip::engine::{BridgeResult, FlowCommand, FlowEvent};

use super::testutil::{hangup, node, office, played, prompts, run, run_pattern};
use crate::flow::testkit::MemData;

fn respond(code: u16) -> Value {
    node("response", json!({"code": code}))
}

fn with_children(module: &str, data: Value, children: Value) -> Value {
    json!({"module": module, "data": data, "children": children})
}

fn code_of(cmd: &edgepbx_sip::engine::FlowCommand) -> u16 {
    match cmd {
        edgepbx_sip::engine::FlowCommand::Respond { code, .. } => *code,
        other => panic!("expected a response, got {other:?}"),
    }
}

#[test]
fn bookkeeping_hooks_note_what_to_do_and_continue() {
    let d = office();
    let recipients = json!([{"type": "email", "id": "boss@example.com"}]);
    let flow = with_children(
        "missed_call_alert",
        json!({"recipients": recipients}),
        json!({"_":
        with_children("record_call", json!({"action": "start", "time_limit": 2}), json!({"_":
            with_children("manual_presence", json!({"presence_id": "1001", "status": "busy"}), json!({"_": respond(404)}))}))}),
    );
    let (mut call, first) = run(&d, "900", flow);
    // record_call asks the engine (the time limit is raised to KAZOO's minimum of 5 s).
    let FlowCommand::Record(Some(record)) = first else {
        panic!("{first:?}")
    };
    assert_eq!(
        (record.time_limit_secs, record.origin.as_str()),
        (5, "callflow")
    );
    assert_eq!(code_of(&call.feed(FlowEvent::Done)), 404);
    let vars = &call.flow.call().vars;
    assert_eq!(vars["missed_call_alert"], recipients);
    assert_eq!(
        d.saved("presence", "1001").unwrap(),
        json!({"presence_id": "1001", "status": "busy"})
    );
}

#[test]
fn pickup_asks_the_engine_for_the_targets_devices() {
    let d = office();
    d.put(
        "groups",
        "sales",
        json!({"endpoints": {"bob": {"type": "user"}, "dev-x": {"type": "device"}}}),
    );
    let pickup = |devices: &[&str]| FlowCommand::Pickup {
        devices: devices.iter().map(|s| s.to_string()).collect(),
    };
    let flow = with_children("group_pickup", json!({"user_id": "bob"}), json!({}));
    assert_eq!(run(&d, "920", flow).1, pickup(&["dev-bob"]));
    let flow = with_children("group_pickup", json!({"group_id": "sales"}), json!({}));
    assert_eq!(run(&d, "921", flow).1, pickup(&["dev-bob", "dev-x"]));
    let flow = with_children(
        "group_pickup_feature",
        json!({"type": "extension"}),
        json!({}),
    );
    let (mut call, first) = run_pattern(&d, "^\\*87([0-9]+)$", "*871001", flow);
    assert_eq!(first, pickup(&["dev-alice"]));
    // Nothing was ringing: the caller hears so, then the call ends.
    let next = call.feed(FlowEvent::Bridge(BridgeResult::NoEndpoints));
    assert_eq!(prompts(&next), ["err_not_available", "ivr_goodbye"]);
    assert_eq!(call.feed(played()), hangup());
    // No target at all: the node fails over.
    let flow = with_children("group_pickup", json!({}), json!({"_": respond(404)}));
    assert_eq!(branches(&d, "922", flow), 404);
}

#[test]
fn fax_tells_the_caller_and_ends_the_branch() {
    let d = office();
    for (module, prompt) in [
        ("receive_fax", "fax_receiving"),
        ("faxbox", "fax_receiving"),
    ] {
        let flow = with_children(module, json!({}), json!({"_": respond(404)}));
        let (mut call, first) = run(&d, "901", flow);
        assert_eq!(prompts(&first), [prompt], "{module}");
        assert_eq!(call.feed(played()), hangup(), "{module}");
    }
}

fn branches(d: &std::sync::Arc<MemData>, number: &str, flow: Value) -> u16 {
    code_of(&run(d, number, flow).1)
}

#[test]
fn check_cid_branches_on_the_caller_number() {
    let d = office();
    let children = json!({"match": respond(200), "nomatch": respond(403), "1001": respond(202)});
    let flow = |data: Value| with_children("check_cid", data, children.clone());
    assert_eq!(branches(&d, "910", flow(json!({"regex": "^10"}))), 200);
    assert_eq!(branches(&d, "911", flow(json!({"regex": "^2"}))), 403);
    assert_eq!(
        branches(&d, "912", flow(json!({}))),
        200,
        "default regex matches all"
    );
    assert_eq!(
        branches(&d, "913", flow(json!({"use_absolute_mode": true}))),
        202
    );
    let (call, _) = run(
        &d,
        "914",
        flow(json!({"caller_id": {"external": {"name": "VIP"}}})),
    );
    assert_eq!(
        call.flow.call().caller_id,
        Some(("VIP".into(), "1001".into()))
    );
}

#[test]
fn branch_variable_goes_to_the_child_named_by_the_value() {
    let d = office();
    let children = json!({"gold": respond(201), "7": respond(202), "_": respond(404)});
    let set = |var: &str, value: Value| {
        with_children(
            "set_variable",
            json!({"variable": var, "value": value}),
            json!({"_":
            with_children("branch_variable", json!({"variable": "tier"}), children.clone())}),
        )
    };
    assert_eq!(branches(&d, "920", set("tier", json!("gold"))), 201);
    assert_eq!(branches(&d, "921", set("tier", json!(7))), 202);
    assert_eq!(branches(&d, "922", set("tier", json!("silver"))), 404);
    assert_eq!(branches(&d, "923", set("other", json!("gold"))), 404);
    // A collect_dtmf collection works as well.
    let collect = with_children(
        "collect_dtmf",
        json!({"collection_name": "tier"}),
        json!({"_":
        with_children("branch_variable", json!({"variable": "tier"}), children.clone())}),
    );
    let (mut call, _) = run(&d, "924", collect);
    assert_eq!(code_of(&call.feed(super::testutil::keyed("7"))), 202);
}
