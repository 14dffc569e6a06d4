//! Modules that dial: intercom, page_group, privacy, dynamic_cid, directory, disa, offnet.

use std::sync::Arc;

use edgepbx_sip::engine::{BridgeResult, FlowCommand, FlowEvent};
use serde_json::json;

use super::testutil::{
    bridge, hangup, header, keyed, node, office, played, prompts, run, run_pattern, targets,
};
use crate::flow::testkit::MemData;

/// A carrier for 10/11-digit numbers, the account's caller ID, and `no_match` → offnet.
fn with_carrier(d: &Arc<MemData>) {
    d.put(
        "callflows",
        "cf-out",
        json!({"numbers": ["no_match"], "flow": node("offnet", json!({}))}),
    );
    d.put(
        "resources",
        "carrier",
        json!({"rules": ["^\\+?1?\\d{10}$"], "gateways": [{"server": "192.0.2.1"}]}),
    );
    *d.account.lock().unwrap() = json!({"realm": "office.example", "caller_id": {"external": {"name": "ACME", "number": "+14155550100"}}});
    // Numbers the office owns besides its main number (callers may present them).
    for n in ["+14155550199", "+14155550111", "+14155550142"] {
        d.put("phone_numbers", n, json!({"state": "in_service"}));
    }
}

#[test]
fn intercom_rings_the_extension_with_auto_answer_headers() {
    let d = office();
    *d.account.lock().unwrap() = json!({"realm": "office.example"});
    let (mut call, first) =
        run_pattern(&d, r"^\*0([0-9]*)$", "*01002", node("intercom", json!({})));
    assert_eq!(targets(&first), ["dev-bob"]);
    assert_eq!(
        header(&first, "Call-Info"),
        Some("<sip:office.example>;answer-after=0")
    );
    assert_eq!(header(&first, "Alert-Info"), Some("info=alert-autoanswer"));
    assert_eq!(
        call.feed(FlowEvent::Bridge(BridgeResult::Answered)),
        FlowCommand::Idle
    );
}

#[test]
fn page_group_rings_every_member_once_for_five_seconds() {
    let d = office();
    d.put("users", "carol", json!({}));
    d.put("devices", "dev-carol", json!({"owner_id": "carol"}));
    d.put(
        "groups",
        "g1",
        json!({"endpoints": {"carol": {"type": "user"}, "bob": {"type": "user"}}}),
    );
    let page = node(
        "page_group",
        json!({"endpoints": [
        {"id": "bob", "endpoint_type": "user"}, {"id": "g1", "endpoint_type": "group"},
        {"id": "dev-alice", "endpoint_type": "device"}]}),
    );
    let (mut call, first) = run(&d, "700", page);
    assert_eq!(
        targets(&first),
        ["dev-bob", "dev-carol"],
        "no duplicates, not the caller"
    );
    assert_eq!(bridge(&first).timeout_secs, 5);
    assert!(matches!(first, FlowCommand::Page { two_way: false, .. }));
    assert!(header(&first, "Call-Info").is_some());
    assert_eq!(
        call.feed(FlowEvent::Bridge(BridgeResult::NoAnswer)),
        FlowCommand::Hangup {
            cause: "NO_ANSWER".into()
        }
    );
}

#[test]
fn privacy_hides_the_caller_id_then_dials_the_number() {
    let d = office();
    with_carrier(&d);
    let (_, first) = run_pattern(
        &d,
        r"^\*67([0-9]*)$",
        "*674155551234",
        node("privacy", json!({"mode": "full"})),
    );
    assert_eq!(targets(&first), ["sip:4155551234@192.0.2.1"]);
    assert_eq!(
        bridge(&first).caller_id,
        Some(("Anonymous".into(), "anonymous".into()))
    );

    let (_, first) = run_pattern(
        &d,
        r"^\*67([0-9]*)$",
        "*674155551234",
        node("privacy", json!({"mode": "name"})),
    );
    assert_eq!(
        bridge(&first).caller_id,
        Some(("Anonymous".into(), "+14155550100".into()))
    );
}

#[test]
fn dynamic_cid_static_and_manual() {
    let d = office();
    with_carrier(&d);
    let stat = node(
        "dynamic_cid",
        json!({"action": "static", "caller_id": {"number": "+14155550199"}}),
    );
    let (_, first) = run_pattern(&d, r"^\*69([0-9]*)$", "*694155551234", stat);
    assert_eq!(
        bridge(&first).caller_id,
        Some(("ACME".into(), "+14155550199".into()))
    );

    let manual = node("dynamic_cid", json!({"action": "manual"}));
    let (mut call, first) = run_pattern(&d, r"^\*69([0-9]*)$", "*694155551234", manual.clone());
    assert_eq!(prompts(&first), ["ivr_enter_extension"]);
    let out = call.feed(keyed("4155550142"));
    assert_eq!(
        bridge(&out).caller_id,
        Some(("ACME".into(), "4155550142".into()))
    );

    // A number the office does not own never reaches the carrier: the main number does.
    let (mut call, _) = run_pattern(&d, r"^\*69([0-9]*)$", "*694155551234", manual.clone());
    let out = call.feed(keyed("4155550999"));
    assert_eq!(
        bridge(&out).caller_id,
        Some(("ACME".into(), "+14155550100".into()))
    );

    let (mut call, _) = run_pattern(&d, r"^\*69([0-9]*)$", "*694155551234", manual);
    assert_eq!(prompts(&call.feed(keyed(""))), ["err_not_allowed"]);
    assert_eq!(call.feed(played()), hangup());
}

#[test]
fn dynamic_cid_list_picks_the_entry_by_code() {
    let d = office();
    with_carrier(&d);
    d.put(
        "lists",
        "l1",
        json!({"entries": {"01": {"name": "Sales", "number": "+14155550111"}}}),
    );
    let list = node("dynamic_cid", json!({"action": "list", "id": "l1"}));
    let (_, first) = run_pattern(&d, r"^\*69([0-9]*)$", "*69014155551234", list);
    assert_eq!(targets(&first), ["sip:4155551234@192.0.2.1"]);
    assert_eq!(
        bridge(&first).caller_id,
        Some(("Sales".into(), "+14155550111".into()))
    );
}

#[test]
fn directory_matches_by_last_name_and_runs_the_callflow() {
    let d = office();
    d.put("directories", "dir1", json!({"name": "Staff"}));
    d.put(
        "users",
        "bob",
        json!({"first_name": "Bob", "last_name": "Baker", "directories": {"dir1": "cf-1002"}}),
    );
    d.put("users", "carol", json!({"first_name": "Carol", "last_name": "Bakewell", "directories": {"dir1": "cf-carol"}}));
    d.put("devices", "dev-carol", json!({"owner_id": "carol"}));
    d.put(
        "callflows",
        "cf-carol",
        json!({"numbers": ["1003"], "flow": node("user", json!({"id": "carol"}))}),
    );
    let (mut call, first) = run(&d, "411", node("directory", json!({"id": "dir1"})));
    assert_eq!(prompts(&first), ["dir_enter_name"]);
    // B-A-K = 2-2-5: Baker then Bakewell, announced by extension.
    assert_eq!(
        prompts(&call.feed(keyed("225"))),
        ["num_1", "num_0", "num_0", "num_2", "dir_press_one"]
    );
    assert_eq!(
        prompts(&call.feed(keyed(""))),
        ["num_1", "num_0", "num_0", "num_3", "dir_press_one"]
    );
    assert_eq!(targets(&call.feed(keyed("1"))), ["dev-carol"]);

    let (mut call, _) = run(&d, "411", node("directory", json!({"id": "dir1"})));
    assert_eq!(
        prompts(&call.feed(keyed("999"))),
        ["dir_no_match", "dir_enter_name"]
    );
    call.feed(keyed("999"));
    assert_eq!(
        prompts(&call.feed(keyed(""))),
        ["dir_no_match", "ivr_goodbye"]
    );
    assert_eq!(call.feed(played()), hangup());
}

#[test]
fn disa_checks_the_pin_then_routes_the_number_with_the_account_caller_id() {
    let d = office();
    with_carrier(&d);
    let disa = node(
        "disa",
        json!({"pin": "2468", "use_account_caller_id": true}),
    );
    let (mut call, first) = run(&d, "800", disa.clone());
    assert_eq!(prompts(&first), ["vm_enter_password"]);
    assert_eq!(prompts(&call.feed(keyed("2468"))), ["ivr_enter_extension"]);
    let out = call.feed(keyed("4155551234"));
    assert_eq!(targets(&out), ["sip:4155551234@192.0.2.1"]);
    assert_eq!(
        bridge(&out).caller_id,
        Some(("ACME".into(), "+14155550100".into()))
    );
    // An internal number works too.
    let (mut call, _) = run(&d, "800", disa.clone());
    call.feed(keyed("2468"));
    assert_eq!(targets(&call.feed(keyed("1002"))), ["dev-bob"]);
    // Three wrong PINs.
    let (mut call, _) = run(&d, "800", disa);
    call.feed(keyed("1"));
    call.feed(keyed("2"));
    assert_eq!(
        prompts(&call.feed(keyed("3"))),
        ["vm_invalid_password", "ivr_goodbye"]
    );
    assert_eq!(call.feed(played()), hangup());
}

#[test]
fn offnet_uses_the_external_caller_id_and_branches_on_failure() {
    let d = office();
    with_carrier(&d);
    let flow = json!({"module": "resources", "data": {"timeout": 30}, "children": {
        "USER_BUSY": node("response", json!({"code": 486}))}});
    let (mut call, first) = run(&d, "4155551234", flow);
    assert_eq!(targets(&first), ["sip:4155551234@192.0.2.1"]);
    assert_eq!(bridge(&first).timeout_secs, 30);
    assert_eq!(
        bridge(&first).caller_id,
        Some(("ACME".into(), "+14155550100".into()))
    );
    assert_eq!(
        call.feed(FlowEvent::Bridge(BridgeResult::Failed { code: 486 })),
        FlowCommand::Respond {
            code: 486,
            reason: String::new()
        }
    );
    // An emergency number presents the emergency caller ID.
    d.put(
        "resources",
        "carrier",
        json!({"rules": ["^\\+?1?\\d{10}$", "^911$"], "gateways": [{"server": "192.0.2.1"}]}),
    );
    d.put(
        "users",
        "alice",
        json!({"first_name": "Alice", "caller_id": {"emergency": {"number": "+14155550199"}}}),
    );
    let (_, first) = run(&d, "911", node("offnet", json!({})));
    assert_eq!(
        bridge(&first).caller_id.as_ref().map(|c| c.1.as_str()),
        Some("+14155550199")
    );
    // to_did overrides the number; nothing accepts "12" → NO_ROUTE_DESTINATION.
    let (_, first) = run(&d, "9", node("offnet", json!({"to_did": "12"})));
    assert_eq!(
        first,
        FlowCommand::Hangup {
            cause: "NO_ROUTE_DESTINATION".into()
        }
    );
}

#[test]
fn offnet_fails_over_by_weight_on_timeouts_and_5xx_and_strips_with_rule_captures() {
    let d = office();
    with_carrier(&d);
    d.put(
        "resources",
        "carrier",
        json!({"weight_cost": 20, "rules": ["^\\+?1?(\\d{10})$"], "gateways": [{"server": "192.0.2.1"}]}),
    );
    d.put(
        "resources",
        "cheap",
        json!({"weight_cost": 10, "rules": ["^\\+1(\\d{10})$"], "gateways": [
            {"server": "192.0.2.7", "prefix": "00"}, {"server": "192.0.2.8", "enabled": false}]}),
    );
    let (mut call, first) = run(&d, "+14155551234", node("offnet", json!({})));
    assert_eq!(targets(&first), ["sip:004155551234@192.0.2.7"]);
    let next = call.feed(FlowEvent::Bridge(BridgeResult::Failed { code: 503 }));
    assert_eq!(targets(&next), ["sip:4155551234@192.0.2.1"]);
    assert_eq!(
        bridge(&next).caller_id,
        bridge(&first).caller_id,
        "the same caller ID on every gateway"
    );
    // No gateway left: the failure is the call's.
    assert_eq!(
        call.feed(FlowEvent::Bridge(BridgeResult::Failed { code: 408 })),
        FlowCommand::Hangup {
            cause: "RECOVERY_ON_TIMER_EXPIRE".into()
        }
    );
    // Busy is about the number, not the gateway: no failover.
    let (mut call, _) = run(&d, "+14155551234", node("offnet", json!({})));
    assert_eq!(
        call.feed(FlowEvent::Bridge(BridgeResult::Failed { code: 486 })),
        FlowCommand::Hangup {
            cause: "USER_BUSY".into()
        }
    );
}
