//! Numbers and booleans written as strings mean the same as typed ones, module by module.
//!
//! The Monster UI stores form inputs as strings (`"timeout": "20"`, `"repeats": "1"`,
//! `"enabled": "false"`). Each test runs one call twice, with the documents as written by
//! hand and with every number and boolean in them turned into a string, feeds both the same
//! events, and wants the same commands back. Every case sets values that differ from the
//! module's defaults, so a string that were ignored would show as a different command.

use std::sync::Arc;

use edgepbx_media::session::CollectEnd;
use edgepbx_sip::engine::{BridgeResult, FlowCommand, FlowEvent, MediaEvent};
use serde_json::{Value, json};

use super::testkit::{MemData, TestCall};

/// Every number and boolean inside `v` as a string, as the Monster UI's forms write them.
fn stringified(v: &Value) -> Value {
    match v {
        Value::Number(n) => Value::String(n.to_string()),
        Value::Bool(b) => Value::String(b.to_string()),
        Value::Array(items) => Value::Array(items.iter().map(stringified).collect()),
        Value::Object(map) => Value::Object(
            map.iter()
                .map(|(k, v)| (k.clone(), stringified(v)))
                .collect(),
        ),
        other => other.clone(),
    }
}

/// The office every case starts from: users alice (the caller), bob and carol, a device each.
fn base_docs() -> Vec<(&'static str, &'static str, Value)> {
    vec![
        ("users", "alice", json!({"first_name": "Alice"})),
        ("users", "bob", json!({"first_name": "Bob"})),
        ("users", "carol", json!({"first_name": "Carol"})),
        ("devices", "dev-alice", json!({"owner_id": "alice"})),
        ("devices", "dev-bob", json!({"owner_id": "bob"})),
        ("devices", "dev-carol", json!({"owner_id": "carol"})),
    ]
}

struct Case {
    /// Documents besides the base office; a callflow for `number` among them.
    docs: Vec<(&'static str, &'static str, Value)>,
    number: &'static str,
    events: Vec<FlowEvent>,
}

fn run(case: &Case, as_strings: bool) -> Vec<FlowCommand> {
    let data = MemData::new();
    for (kind, id, doc) in base_docs().iter().chain(&case.docs) {
        // Callflow numbers are strings already; their flows' data are what the UI writes.
        let doc = if as_strings {
            stringified(doc)
        } else {
            doc.clone()
        };
        data.put(kind, id, doc);
    }
    run_on(&data, case)
}

fn run_on(data: &Arc<MemData>, case: &Case) -> Vec<FlowCommand> {
    let (mut call, first) = TestCall::dial(data, case.number, 1_800_000_000);
    let mut out = vec![first];
    for e in &case.events {
        out.push(call.feed(e.clone()));
    }
    out
}

/// Runs both forms and returns the typed run's commands for a case's own check.
fn same_either_way(case: Case) -> Vec<FlowCommand> {
    let typed = run(&case, false);
    let strings = run(&case, true);
    assert_eq!(typed, strings, "string-typed documents changed the call");
    typed
}

fn callflow(number: &str, flow: Value) -> Value {
    json!({"numbers": [number], "flow": flow})
}

fn played(digits: &str) -> FlowEvent {
    FlowEvent::Media(MediaEvent::Played {
        digits: digits.into(),
        end: CollectEnd::Terminator,
    })
}

fn no_answer() -> FlowEvent {
    FlowEvent::Bridge(BridgeResult::NoAnswer)
}

fn bridge_timeout(cmd: &FlowCommand) -> Option<u32> {
    match cmd {
        FlowCommand::Bridge(b) => Some(b.timeout_secs),
        _ => None,
    }
}

#[test]
fn user_timeout_delay_and_can_call_self() {
    let out = same_either_way(Case {
        docs: vec![(
            "callflows",
            "cf",
            callflow(
                "1002",
                json!({"module": "user", "data": {"id": "bob", "timeout": 17, "delay": 2, "can_call_self": true},
                   "children": {"_": {"module": "response", "data": {"code": 404}}}}),
            ),
        )],
        number: "1002",
        events: vec![no_answer()],
    });
    assert_eq!(bridge_timeout(&out[0]), Some(17));
}

#[test]
fn device_disabled_as_a_string() {
    let out = same_either_way(Case {
        docs: vec![
            (
                "devices",
                "dev-off",
                json!({"owner_id": "carol", "enabled": false}),
            ),
            (
                "callflows",
                "cf",
                callflow(
                    "1003",
                    json!({"module": "device", "data": {"id": "dev-off", "timeout": 9}}),
                ),
            ),
        ],
        number: "1003",
        events: vec![],
    });
    assert_eq!(
        bridge_timeout(&out[0]),
        None,
        "a disabled device is not rung"
    );
}

#[test]
fn ring_group_repeats_timeouts_and_delays() {
    let out = same_either_way(Case {
        docs: vec![(
            "callflows",
            "cf",
            callflow(
                "2000",
                json!({"module": "ring_group", "data": {
                "timeout": 25, "repeats": 2, "strategy": "single",
                "endpoints": [
                    {"id": "bob", "endpoint_type": "user", "delay": 0, "timeout": 12},
                    {"id": "dev-carol", "endpoint_type": "device", "delay": 3, "timeout": 7}
                ]}}),
            ),
        )],
        number: "2000",
        events: vec![no_answer(), no_answer(), no_answer(), no_answer()],
    });
    assert_eq!(bridge_timeout(&out[0]), Some(12));
    assert_eq!(bridge_timeout(&out[1]), Some(7));
    assert_eq!(bridge_timeout(&out[2]), Some(12), "repeated once");
}

#[test]
fn menu_numbers_and_hunt_from_strings() {
    let out = same_either_way(Case {
        docs: vec![
            (
                "menus",
                "menu1",
                json!({"name": "Main", "retries": 2, "timeout": 4000, "max_extension_length": 4,
                       "hunt": true, "interdigit_timeout": 1500}),
            ),
            (
                "callflows",
                "cf",
                callflow(
                    "3000",
                    json!({"module": "menu", "data": {"id": "menu1"},
                       "children": {"1": {"module": "response", "data": {"code": 486}}}}),
                ),
            ),
            (
                "callflows",
                "cf-bob",
                callflow("1002", json!({"module": "user", "data": {"id": "bob"}})),
            ),
        ],
        number: "3000",
        events: vec![played(""), played("1002")],
    });
    assert!(
        out.iter().any(|c| bridge_timeout(c).is_some()),
        "hunting to an extension rang it: {out:?}"
    );
}

#[test]
fn temporal_rule_numbers_from_strings() {
    // 1_800_000_000 is Friday 2027-01-15 08:00 UTC; the rule is weekdays 07:00-09:00.
    let out = same_either_way(Case {
        docs: vec![
            (
                "temporal_rules",
                "rule1",
                json!({"name": "Hours", "cycle": "weekly", "interval": 1,
                       "wdays": ["monday", "tuesday", "wednesday", "thursday", "friday"],
                       "start_date": 62_586_115_200_u64, "time_window_start": 25200, "time_window_stop": 32400}),
            ),
            (
                "callflows",
                "cf",
                callflow(
                    "4000",
                    json!({"module": "temporal_route", "data": {"timezone": "UTC"},
                       "children": {
                           "rule1": {"module": "response", "data": {"code": 486}},
                           "_": {"module": "response", "data": {"code": 404}}}}),
                ),
            ),
        ],
        number: "4000",
        events: vec![],
    });
    assert!(
        matches!(out[0], FlowCommand::Respond { code: 486, .. }),
        "routed by the rule: {out:?}"
    );
}

#[test]
fn response_code_and_skip_module() {
    let out = same_either_way(Case {
        docs: vec![(
            "callflows",
            "cf",
            callflow(
                "5000",
                json!({"module": "play", "data": {"id": "nothing", "skip_module": true},
                   "children": {"_": {"module": "response", "data": {"code": 503}}}}),
            ),
        )],
        number: "5000",
        events: vec![],
    });
    assert!(matches!(out[0], FlowCommand::Respond { code: 503, .. }));
}

#[test]
fn collect_dtmf_and_sleep() {
    same_either_way(Case {
        docs: vec![(
            "callflows",
            "cf",
            callflow(
                "5001",
                json!({"module": "collect_dtmf", "data": {"max_digits": 3, "timeout": 7000, "interdigit_timeout": 900},
                   "children": {"_": {"module": "sleep", "data": {"duration": 4},
                       "children": {"_": {"module": "response", "data": {"code": 480}}}}}}),
            ),
        )],
        number: "5001",
        events: vec![played("12"), FlowEvent::Timer],
    });
}

#[test]
fn do_not_disturb_on_a_user() {
    let out = same_either_way(Case {
        docs: vec![
            (
                "users",
                "bob",
                json!({"first_name": "Bob", "do_not_disturb": {"enabled": true}}),
            ),
            (
                "callflows",
                "cf",
                callflow(
                    "1002",
                    json!({"module": "user", "data": {"id": "bob"},
                       "children": {"_": {"module": "response", "data": {"code": 486}}}}),
                ),
            ),
        ],
        number: "1002",
        events: vec![],
    });
    assert_eq!(bridge_timeout(&out[0]), None, "bob is not rung: {out:?}");
}

#[test]
fn conference_member_flags() {
    same_either_way(Case {
        docs: vec![
            (
                "conferences",
                "conf1",
                json!({"name": "Team", "member": {"join_muted": true, "join_deaf": true},
                       "play_entry_tone": false, "max_participants": 5}),
            ),
            (
                "callflows",
                "cf",
                callflow(
                    "6000",
                    json!({"module": "conference", "data": {"id": "conf1"}}),
                ),
            ),
        ],
        number: "6000",
        events: vec![played(""), FlowEvent::Timer],
    });
}

#[test]
fn voicemail_box_settings() {
    same_either_way(Case {
        docs: vec![
            (
                "vmboxes",
                "vm1",
                json!({"name": "Bob", "mailbox": "1002", "skip_greeting": true, "skip_instructions": true,
                       "max_message_length": 45, "max_message_count": 10, "check_if_owner": false}),
            ),
            (
                "callflows",
                "cf",
                callflow(
                    "7000",
                    json!({"module": "voicemail", "data": {"id": "vm1"}}),
                ),
            ),
        ],
        number: "7000",
        events: vec![played(""), played("")],
    });
}

#[test]
fn hotdesk_login_with_pin() {
    same_either_way(Case {
        docs: vec![
            (
                "users",
                "bob",
                json!({"first_name": "Bob", "hotdesk": {"enabled": true, "id": "5555", "require_pin": true,
                       "pin": "1234", "keep_logged_in_elsewhere": true}}),
            ),
            (
                "callflows",
                "cf",
                callflow(
                    "8000",
                    json!({"module": "hotdesk", "data": {"action": "login"}}),
                ),
            ),
        ],
        number: "8000",
        events: vec![played("5555"), played("1234"), played("")],
    });
}

#[test]
fn record_call_time_limit() {
    same_either_way(Case {
        docs: vec![(
            "callflows",
            "cf",
            callflow(
                "8100",
                json!({"module": "record_call", "data": {"action": "start", "time_limit": 120, "record_min_sec": 4},
                   "children": {"_": {"module": "response", "data": {"code": 480}}}}),
            ),
        )],
        number: "8100",
        events: vec![FlowEvent::Timer],
    });
}

#[test]
fn user_call_recording_settings() {
    let out = same_either_way(Case {
        docs: vec![
            (
                "users",
                "bob",
                json!({"first_name": "Bob", "call_recording": {"inbound": {"onnet": {"enabled": true, "time_limit": 600}}}}),
            ),
            (
                "callflows",
                "cf",
                callflow("1002", json!({"module": "user", "data": {"id": "bob"}})),
            ),
        ],
        number: "1002",
        events: vec![FlowEvent::Bridge(BridgeResult::Answered)],
    });
    assert!(
        format!("{out:?}").contains("600"),
        "the recording takes the user's time limit: {out:?}"
    );
}

#[test]
fn page_group_and_intercom_timeouts() {
    same_either_way(Case {
        docs: vec![(
            "callflows",
            "cf",
            callflow(
                "8200",
                json!({"module": "page_group", "data": {"timeout": 9, "endpoints": [
                    {"id": "bob", "endpoint_type": "user"}, {"id": "dev-carol", "endpoint_type": "device"}]}}),
            ),
        )],
        number: "8200",
        events: vec![FlowEvent::Timer],
    });
}

#[test]
fn park_ringback_timeout() {
    same_either_way(Case {
        docs: vec![(
            "callflows",
            "cf",
            callflow(
                "*31",
                json!({"module": "park", "data": {"action": "park", "slot": "1", "default_ringback_timeout": 45000}}),
            ),
        )],
        number: "*31",
        events: vec![FlowEvent::Timer],
    });
}

#[test]
fn directory_min_dtmf() {
    same_either_way(Case {
        docs: vec![
            (
                "directories",
                "dir1",
                json!({"name": "Staff", "min_dtmf": 2, "max_dtmf": 5, "confirm_match": false,
                       "sort_by": "first_name"}),
            ),
            (
                "users",
                "bob",
                json!({"first_name": "Bob", "last_name": "Builder", "directories": {"dir1": "cf-bob"}}),
            ),
            (
                "callflows",
                "cf",
                callflow(
                    "8300",
                    json!({"module": "directory", "data": {"id": "dir1"}}),
                ),
            ),
        ],
        number: "8300",
        events: vec![played("26"), played("1")],
    });
}
