//! Feature-code modules: call forward, do not disturb, hotdesk, ring group login/logout.

use serde_json::json;

use super::testutil::{hangup, keyed, node, office, played, prompts, run, run_pattern};

#[test]
fn call_forward_activate_takes_the_number_after_the_code() {
    let d = office();
    let (mut call, first) = run_pattern(
        &d,
        r"\*72([0-9]*)$",
        "*725551234",
        node("call_forward", json!({"action": "activate"})),
    );
    assert_eq!(prompts(&first), ["<beep>"]);
    let alice = d.saved("users", "alice").unwrap();
    assert_eq!(
        alice["call_forward"],
        json!({"enabled": true, "number": "5551234"})
    );
    assert_eq!(
        alice["first_name"], "Alice",
        "the rest of the document is kept"
    );
    assert_eq!(call.feed(played()), hangup());
}

#[test]
fn busy_and_no_answer_codes_edit_their_own_forward_only() {
    let d = office();
    run_pattern(
        &d,
        r"\*90([0-9]*)$",
        "*905551234",
        node("call_forward", json!({"action": "on_busy_enable"})),
    );
    run_pattern(
        &d,
        r"\*53([0-9]*)$",
        "*531004",
        node("call_forward", json!({"action": "no_answer_enable"})),
    );
    assert_eq!(
        d.saved("users", "alice").unwrap()["call_forward"],
        json!({"busy": {"enabled": true, "number": "5551234"},
               "no_answer": {"enabled": true, "number": "1004"}})
    );
    run(
        &d,
        "*91",
        node("call_forward", json!({"action": "on_busy_disable"})),
    );
    run(
        &d,
        "*52",
        node("call_forward", json!({"action": "no_answer_disable"})),
    );
    assert_eq!(
        d.saved("users", "alice").unwrap()["call_forward"],
        json!({"busy": {"enabled": false, "number": "5551234"},
               "no_answer": {"enabled": false, "number": "1004"}})
    );
}

#[test]
fn call_forward_asks_for_a_number_and_rejects_short_ones() {
    let d = office();
    let (mut call, first) = run(
        &d,
        "*72",
        node("call_forward", json!({"action": "activate"})),
    );
    assert_eq!(prompts(&first), ["ivr_enter_extension"]);
    assert_eq!(prompts(&call.feed(keyed("12"))), ["ivr_invalid"]);
    assert!(d.saved("users", "alice").is_none());

    let (mut call, _) = run(
        &d,
        "*72",
        node("call_forward", json!({"action": "activate"})),
    );
    assert_eq!(prompts(&call.feed(keyed("2125550000"))), ["<beep>"]);
    assert_eq!(
        d.saved("users", "alice").unwrap()["call_forward"]["number"],
        "2125550000"
    );
}

#[test]
fn call_forward_toggle_deactivate_update_and_menu() {
    let d = office();
    d.put(
        "users",
        "alice",
        json!({"call_forward": {"enabled": false, "number": "5550000"}}),
    );
    // toggle with a stored number just enables it.
    let (_, first) = run(&d, "*74", node("call_forward", json!({"action": "toggle"})));
    assert_eq!(prompts(&first), ["<beep>"]);
    assert_eq!(
        d.saved("users", "alice").unwrap()["call_forward"]["enabled"],
        true
    );
    let (_, first) = run(&d, "*74", node("call_forward", json!({"action": "toggle"})));
    assert_eq!(prompts(&first), ["<beep>", "<beep>"]);
    assert_eq!(
        d.saved("users", "alice").unwrap()["call_forward"]["enabled"],
        false
    );
    // update changes the number only.
    let (mut call, _) = run(&d, "*56", node("call_forward", json!({"action": "update"})));
    call.feed(keyed("5551111"));
    assert_eq!(
        d.saved("users", "alice").unwrap()["call_forward"],
        json!({"enabled": false, "number": "5551111"})
    );
    // menu 2: new number, enabled.
    let (mut call, _) = run(&d, "*75", node("call_forward", json!({"action": "menu"})));
    assert_eq!(prompts(&call.feed(keyed("2"))), ["ivr_enter_extension"]);
    call.feed(keyed("5552222"));
    assert_eq!(
        d.saved("users", "alice").unwrap()["call_forward"],
        json!({"enabled": true, "number": "5552222"})
    );
    let (_, _) = run(
        &d,
        "*73",
        node("call_forward", json!({"action": "deactivate"})),
    );
    assert_eq!(
        d.saved("users", "alice").unwrap()["call_forward"]["enabled"],
        false
    );
}

#[test]
fn call_forward_edits_the_device_when_the_caller_has_no_user() {
    let d = office();
    d.docs
        .lock()
        .unwrap()
        .remove(&("users".to_string(), "alice".to_string()));
    run_pattern(
        &d,
        r"\*72([0-9]*)$",
        "*725551234",
        node("call_forward", json!({"action": "activate"})),
    );
    assert_eq!(
        d.saved("devices", "dev-alice").unwrap()["call_forward"]["enabled"],
        true
    );
}

#[test]
fn do_not_disturb_toggles_the_caller_or_the_given_user() {
    let d = office();
    run(&d, "*76", node("do_not_disturb", json!({})));
    assert_eq!(
        d.saved("users", "alice").unwrap()["do_not_disturb"]["enabled"],
        true
    );
    let (_, first) = run(
        &d,
        "*76",
        node("do_not_disturb", json!({"action": "toggle"})),
    );
    assert_eq!(prompts(&first), ["<beep>", "<beep>"]);
    assert_eq!(
        d.saved("users", "alice").unwrap()["do_not_disturb"]["enabled"],
        false
    );
    run(
        &d,
        "*78",
        node("do_not_disturb", json!({"action": "activate", "id": "bob"})),
    );
    assert_eq!(
        d.saved("users", "bob").unwrap()["do_not_disturb"]["enabled"],
        true
    );
    run(
        &d,
        "*79",
        node(
            "do_not_disturb",
            json!({"action": "deactivate", "id": "bob"}),
        ),
    );
    assert_eq!(
        d.saved("users", "bob").unwrap()["do_not_disturb"]["enabled"],
        false
    );
}

#[test]
fn hotdesk_login_by_id_and_pin_then_logout() {
    let d = office();
    d.put(
        "users",
        "carol",
        json!({"hotdesk": {"enabled": true, "id": "77", "pin": "4321", "require_pin": true}}),
    );
    d.put(
        "devices",
        "dev-old",
        json!({"hotdesk": {"users": {"carol": {}}}}),
    );
    let (mut call, first) = run(&d, "*11", node("hotdesk", json!({"action": "login"})));
    assert_eq!(prompts(&first), ["ivr_enter_extension"]);
    assert_eq!(prompts(&call.feed(keyed("77"))), ["vm_enter_password"]);
    assert_eq!(
        prompts(&call.feed(keyed("0000"))),
        ["vm_invalid_password", "vm_enter_password"]
    );
    assert_eq!(prompts(&call.feed(keyed("4321"))), ["<beep>"]);
    let dev = d.saved("devices", "dev-alice").unwrap();
    assert_eq!(dev["hotdesk"]["users"], json!({"carol": {}}));
    assert_eq!(dev["owner_id"], "alice");
    assert_eq!(
        d.saved("devices", "dev-old").unwrap()["hotdesk"]["users"],
        json!({}),
        "logged out elsewhere"
    );

    let (_, first) = run(&d, "*13", node("hotdesk", json!({"action": "toggle"})));
    assert_eq!(prompts(&first), ["<beep>", "<beep>"]);
    assert_eq!(
        d.saved("devices", "dev-alice").unwrap()["hotdesk"]["users"],
        json!({})
    );
}

#[test]
fn hotdesk_refuses_unknown_ids_and_logs_in_data_id_without_asking() {
    let d = office();
    let (mut call, _) = run(&d, "*11", node("hotdesk", json!({"action": "login"})));
    assert_eq!(
        prompts(&call.feed(keyed("99"))),
        ["vm_invalid_password", "ivr_goodbye"]
    );
    let (_, first) = run(
        &d,
        "*11",
        node("hotdesk", json!({"action": "login", "id": "bob"})),
    );
    assert_eq!(prompts(&first), ["<beep>"]);
    assert_eq!(
        d.saved("devices", "dev-alice").unwrap()["hotdesk"]["users"],
        json!({"bob": {}})
    );
}

#[test]
fn ring_group_toggle_sets_disable_until_on_the_callers_entries() {
    let d = office();
    d.put(
        "callflows",
        "cf-sales",
        json!({"numbers": ["600"], "flow": {
        "module": "play", "data": {"id": "x"}, "children": {"_": {
            "module": "ring_group", "data": {"endpoints": [
                {"id": "alice", "endpoint_type": "user"},
                {"id": "dev-bob", "endpoint_type": "device"}]}, "children": {}}}}}),
    );
    let logout = node(
        "ring_group_toggle",
        json!({"action": "logout", "callflow_id": "cf-sales"}),
    );
    let (_, first) = run(&d, "*21", logout);
    assert_eq!(prompts(&first), ["<beep>", "<beep>"]);
    let cf = d.saved("callflows", "cf-sales").unwrap();
    let members = &cf["flow"]["children"]["_"]["data"]["endpoints"];
    assert_eq!(members[0]["disable_until"], 66_269_664_000u64);
    assert!(members[1].get("disable_until").is_none());

    run(
        &d,
        "*22",
        node(
            "ring_group_toggle",
            json!({"action": "login", "callflow_id": "cf-sales"}),
        ),
    );
    let cf = d.saved("callflows", "cf-sales").unwrap();
    assert_eq!(
        cf["flow"]["children"]["_"]["data"]["endpoints"][0]["disable_until"],
        0
    );
}

#[test]
fn ring_group_toggle_for_a_non_member_is_an_error_not_a_save() {
    let d = office();
    d.put("callflows", "cf-x", json!({"numbers": ["601"], "flow": node("ring_group", json!({"endpoints": [{"id": "bob", "endpoint_type": "user"}]}))}));
    let (_, first) = run(
        &d,
        "*21",
        node(
            "ring_group_toggle",
            json!({"action": "logout", "callflow_id": "cf-x"}),
        ),
    );
    assert_eq!(prompts(&first), ["err_system"]);
    assert!(d.saved("callflows", "cf-x").is_none());
}

/// Feature codes write what they change into the document as stored when the write happens:
/// an edit made elsewhere between the call's look and its write survives.
#[test]
fn feature_code_writes_keep_changes_made_meanwhile() {
    let d = office();
    d.put(
        "callflows",
        "cf-sales",
        json!({"numbers": ["600"], "flow": node("ring_group", json!({"endpoints": [{"id": "alice", "endpoint_type": "user"}]}))}),
    );
    *d.hold_writes.lock().unwrap() = true;
    run_pattern(
        &d,
        r"\*72([0-9]*)$",
        "*725551234",
        node("call_forward", json!({"action": "activate"})),
    );
    run(
        &d,
        "*78",
        node("do_not_disturb", json!({"action": "activate"})),
    );
    run(
        &d,
        "*11",
        node("hotdesk", json!({"action": "login", "id": "bob"})),
    );
    run(
        &d,
        "*21",
        node(
            "ring_group_toggle",
            json!({"action": "logout", "callflow_id": "cf-sales"}),
        ),
    );
    // Meanwhile an administrator edits the same documents.
    d.put("users", "alice", json!({"first_name": "Alicia"}));
    d.put(
        "devices",
        "dev-alice",
        json!({"owner_id": "alice", "name": "desk"}),
    );
    d.put(
        "callflows",
        "cf-sales",
        json!({"name": "Sales", "numbers": ["600"], "flow": node("ring_group", json!({"endpoints": [{"id": "alice", "endpoint_type": "user"}]}))}),
    );
    d.release_writes();
    let alice = d.saved("users", "alice").unwrap();
    assert_eq!(alice["first_name"], "Alicia");
    assert_eq!(alice["call_forward"]["number"], "5551234");
    assert_eq!(alice["do_not_disturb"]["enabled"], true);
    let dev = d.saved("devices", "dev-alice").unwrap();
    assert_eq!(
        (dev["name"].clone(), dev["hotdesk"]["users"].clone()),
        (json!("desk"), json!({"bob": {}}))
    );
    let cf = d.saved("callflows", "cf-sales").unwrap();
    assert_eq!(cf["name"], "Sales");
    assert_eq!(
        cf["flow"]["data"]["endpoints"][0]["disable_until"],
        66_269_664_000u64
    );
}
