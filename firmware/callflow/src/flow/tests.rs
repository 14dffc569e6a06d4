//! The interpreter's branching rules (kazoo.md §1.3) and the core modules, call by call in
//! virtual time with an in-memory store.

use edgepbx_media::session::{CollectEnd, PlayItem};
use edgepbx_sip::engine::{
    Bridge, BridgeResult, FlowCommand, FlowEvent, MediaCommand, MediaEvent, Target,
};
use serde_json::json;

use super::Data;
use super::testkit::{ACCOUNT, MemData, TestCall};

pub(super) fn devices(cmd: &FlowCommand) -> Vec<String> {
    match cmd {
        FlowCommand::Bridge(Bridge { endpoints, .. }) => endpoints
            .iter()
            .map(|e| match &e.target {
                Target::Device(d) => d.clone(),
                Target::Trunk(t) => t.uri.clone(),
            })
            .collect(),
        other => panic!("expected a bridge, got {other:?}"),
    }
}

pub(super) fn office() -> std::sync::Arc<MemData> {
    let d = MemData::new();
    d.put("users", "alice", json!({"first_name": "Alice", "caller_id": {"internal": {"name": "Alice A", "number": "1001"}}}));
    d.put("users", "bob", json!({"first_name": "Bob"}));
    d.put("users", "carol", json!({"first_name": "Carol"}));
    d.put("devices", "dev-alice", json!({"owner_id": "alice"}));
    d.put("devices", "dev-bob", json!({"owner_id": "bob"}));
    d.put("devices", "dev-bob2", json!({"owner_id": "bob"}));
    d.put("devices", "dev-carol", json!({"owner_id": "carol"}));
    d.put(
        "devices",
        "dev-off",
        json!({"owner_id": "carol", "enabled": false}),
    );
    d
}

pub(super) fn failed(code: u16) -> FlowEvent {
    FlowEvent::Bridge(BridgeResult::Failed { code })
}

fn played(digits: &str, end: CollectEnd) -> FlowEvent {
    FlowEvent::Media(MediaEvent::Played {
        digits: digits.into(),
        end,
    })
}

fn is_play_of(cmd: &FlowCommand, prompt: &str) -> bool {
    matches!(cmd, FlowCommand::Media(MediaCommand::Play { items, .. })
        if items.iter().any(|i| *i == PlayItem::Prompt(prompt.into())))
}

#[test]
fn user_rings_all_devices_with_the_user_caller_id_and_branches_by_cause_then_code() {
    let d = office();
    d.put(
        "callflows",
        "cf-bob",
        json!({"numbers": ["1002"], "flow": {
        "module": "user", "data": {"id": "bob", "timeout": 15},
        "children": {
            "USER_BUSY": {"module": "response", "data": {"code": 486}, "children": {}},
            "sip:404": {"module": "response", "data": {"code": 404}, "children": {}},
            "_": {"module": "response", "data": {"code": 480, "message": "Gone"}, "children": {}}
        }}}),
    );
    let (mut call, first) = TestCall::dial(&d, "1002", 1_800_000_000);
    assert_eq!(devices(&first), ["dev-bob", "dev-bob2"]);
    let FlowCommand::Bridge(b) = &first else {
        unreachable!()
    };
    assert_eq!(b.timeout_secs, 15);
    assert_eq!(
        b.caller_id,
        Some(("Alice A".into(), "1001".into())),
        "user caller ID wins"
    );
    assert_eq!(
        call.feed(failed(486)),
        FlowCommand::Respond {
            code: 486,
            reason: String::new()
        }
    );

    let (mut call, _) = TestCall::dial(&d, "1002", 1_800_000_000);
    assert_eq!(
        call.feed(failed(404)),
        FlowCommand::Respond {
            code: 404,
            reason: String::new()
        }
    );
    let (mut call, _) = TestCall::dial(&d, "1002", 1_800_000_000);
    assert_eq!(
        call.feed(FlowEvent::Bridge(BridgeResult::NoAnswer)),
        FlowCommand::Respond {
            code: 480,
            reason: "Gone".into()
        }
    );
    let (mut call, _) = TestCall::dial(&d, "1002", 1_800_000_000);
    assert_eq!(
        call.feed(FlowEvent::Bridge(BridgeResult::Answered)),
        FlowCommand::Idle
    );
    assert_eq!(
        call.feed(FlowEvent::Timer),
        FlowCommand::Idle,
        "a bridged call's flow is over"
    );
}

#[test]
fn unknown_and_skipped_modules_fall_through_to_their_default_child() {
    let d = office();
    d.put("callflows", "cf", json!({"numbers": ["1003"], "flow": {
        "module": "no_such_module", "data": {},
        "children": {"_": {"module": "device", "data": {"id": "dev-bob", "skip_module": true},
            "children": {"_": {"module": "device", "data": {"id": "dev-carol"}, "children": {}}}}}}}));
    let (_, first) = TestCall::dial(&d, "1003", 1_800_000_000);
    assert_eq!(devices(&first), ["dev-carol"]);
}

#[test]
fn a_callflow_jump_resumes_at_its_own_default_child_when_the_subflow_ends() {
    let d = office();
    d.put(
        "callflows",
        "sub",
        json!({"numbers": ["sub"], "flow": {
        "module": "device", "data": {"id": "dev-bob"}, "children": {}}}),
    );
    d.put(
        "callflows",
        "main",
        json!({"numbers": ["2000"], "flow": {
        "module": "callflow", "data": {"id": "sub"},
        "children": {"_": {"module": "device", "data": {"id": "dev-carol"}, "children": {}}}}}),
    );
    let (mut call, first) = TestCall::dial(&d, "2000", 1_800_000_000);
    assert_eq!(devices(&first), ["dev-bob"]);
    let next = call.feed(FlowEvent::Bridge(BridgeResult::NoAnswer));
    assert_eq!(
        devices(&next),
        ["dev-carol"],
        "the sub-flow ended: resume after the jump"
    );
    let last = call.feed(FlowEvent::Bridge(BridgeResult::NoAnswer));
    assert_eq!(
        last,
        FlowCommand::hangup("NO_ANSWER"),
        "refused with the last failure"
    );
}

#[test]
fn a_callflow_that_jumps_to_itself_stops_at_the_branch_limit() {
    let d = office();
    d.put(
        "callflows",
        "loop",
        json!({"numbers": ["3000"], "flow": {
        "module": "callflow", "data": {"id": "loop"}, "children": {}}}),
    );
    let (_, first) = TestCall::dial(&d, "3000", 1_800_000_000);
    assert_eq!(first, FlowCommand::hangup("EXCHANGE_ROUTING_ERROR"));
}

#[test]
fn a_node_with_bad_data_and_no_fallback_plays_an_error_then_hangs_up() {
    let d = office();
    d.put(
        "callflows",
        "bad",
        json!({"numbers": ["4000"], "flow": {
        "module": "user", "data": {"id": "nobody"}, "children": {}}}),
    );
    let (mut call, first) = TestCall::dial(&d, "4000", 1_800_000_000);
    assert!(is_play_of(&first, "err_system"), "{first:?}");
    assert_eq!(
        call.feed(played("", CollectEnd::Played)),
        FlowCommand::hangup("NORMAL_CLEARING")
    );

    d.put(
        "callflows",
        "bad2",
        json!({"numbers": ["4001"], "flow": {
        "module": "device", "data": {}, "children": {
            "_": {"module": "device", "data": {"id": "dev-carol"}, "children": {}}}}}),
    );
    let (_, first) = TestCall::dial(&d, "4001", 1_800_000_000);
    assert_eq!(devices(&first), ["dev-carol"], "fails over to _");
}

#[test]
fn disabled_dnd_and_own_devices_are_not_rung() {
    let d = office();
    d.put(
        "devices",
        "dev-bob2",
        json!({"owner_id": "bob", "do_not_disturb": {"enabled": true}}),
    );
    d.put("callflows", "cf", json!({"numbers": ["1002"], "flow": {"module": "user", "data": {"id": "bob"}, "children": {}}}));
    d.put("callflows", "cf2", json!({"numbers": ["1004"], "flow": {"module": "user", "data": {"id": "carol"}, "children": {}}}));
    d.put("callflows", "self", json!({"numbers": ["1001"], "flow": {"module": "user", "data": {"id": "alice"}, "children": {}}}));
    assert_eq!(devices(&TestCall::dial(&d, "1002", 0).1), ["dev-bob"]);
    assert_eq!(devices(&TestCall::dial(&d, "1004", 0).1), ["dev-carol"]);
    // Calling yourself with nothing else to ring: the flow moves on and ends.
    assert!(matches!(
        TestCall::dial(&d, "1001", 0).1,
        FlowCommand::Hangup { .. }
    ));
}

#[test]
fn call_forward_substitutes_or_adds_the_target_and_failover_only_when_unregistered() {
    let d = office();
    d.put("callflows", "carol", json!({"numbers": ["1004"], "flow": {"module": "user", "data": {"id": "carol"}, "children": {}}}));
    d.put("callflows", "bob", json!({"numbers": ["1002"], "flow": {"module": "user", "data": {"id": "bob"}, "children": {}}}));
    d.put(
        "users",
        "bob",
        json!({"call_forward": {"enabled": true, "number": "1004", "substitute": true}}),
    );
    assert_eq!(devices(&TestCall::dial(&d, "1002", 0).1), ["dev-carol"]);
    d.put(
        "users",
        "bob",
        json!({"call_forward": {"enabled": true, "number": "1004", "substitute": false}}),
    );
    assert_eq!(
        devices(&TestCall::dial(&d, "1002", 0).1),
        ["dev-bob", "dev-bob2", "dev-carol"]
    );
    d.put(
        "users",
        "bob",
        json!({"call_failover": {"enabled": true, "number": "1004"}}),
    );
    assert_eq!(
        devices(&TestCall::dial(&d, "1002", 0).1),
        ["dev-carol"],
        "nothing registered"
    );
    d.register("dev-bob");
    assert_eq!(
        devices(&TestCall::dial(&d, "1002", 0).1),
        ["dev-bob", "dev-bob2"]
    );
    // Outside numbers go to the carrier.
    d.put("resources", "carrier", json!({"enabled": true, "rules": ["^\\+?\\d{10,}$"],
        "gateways": [{"server": "192.0.2.50", "port": 5080, "username": "u", "password": "p", "prefix": "9"}]}));
    d.put(
        "users",
        "bob",
        json!({"call_forward": {"enabled": true, "number": "+14155550100"}}),
    );
    let fwd = TestCall::dial(&d, "1002", 0).1;
    assert_eq!(devices(&fwd), ["sip:9+14155550100@192.0.2.50"]);
}

#[test]
fn a_forward_asks_its_target_for_a_key_and_may_show_the_forwarders_caller_id() {
    let d = office();
    d.put("callflows", "carol", json!({"numbers": ["1004"], "flow": {"module": "user", "data": {"id": "carol"}, "children": {}}}));
    d.put("callflows", "bob", json!({"numbers": ["1002"], "flow": {"module": "user", "data": {"id": "bob"}, "children": {}}}));
    let endpoints = |cmd: &FlowCommand| match cmd {
        FlowCommand::Bridge(b) => b
            .endpoints
            .iter()
            .map(|e| (e.confirm_key, e.caller_id.clone()))
            .collect::<Vec<_>>(),
        other => panic!("{other:?}"),
    };
    // KAZOO's defaults: press 1 to accept, the caller's own ID kept; the user's own
    // devices (not substituted) are not asked.
    d.put(
        "users",
        "bob",
        json!({"call_forward": {"enabled": true, "number": "1004", "substitute": false},
               "caller_id": {"external": {"name": "Bob Desk", "number": "+15550102"}}}),
    );
    assert_eq!(
        endpoints(&TestCall::dial(&d, "1002", 0).1),
        [(None, None), (None, None), (Some('1'), None)]
    );
    d.put(
        "users",
        "bob",
        json!({"call_forward": {"enabled": true, "number": "1004", "require_keypress": false, "keep_caller_id": false},
               "caller_id": {"external": {"name": "Bob Desk", "number": "+15550102"}}}),
    );
    assert_eq!(
        endpoints(&TestCall::dial(&d, "1002", 0).1),
        [(
            None,
            Some(("Bob Desk".to_string(), "+15550102".to_string()))
        )]
    );
}

#[test]
fn a_menu_routes_digits_retries_invalid_entries_then_takes_max_retries() {
    let d = office();
    d.put(
        "menus",
        "m",
        json!({"retries": 2, "max_extension_length": 1, "media": {}}),
    );
    d.put(
        "callflows",
        "ivr",
        json!({"numbers": ["5000"], "flow": {"module": "menu", "data": {"id": "m"},
        "children": {
            "1": {"module": "device", "data": {"id": "dev-bob"}, "children": {}},
            "max_retries": {"module": "device", "data": {"id": "dev-carol"}, "children": {}}}}}),
    );
    let (mut call, first) = TestCall::dial(&d, "5000", 0);
    assert!(is_play_of(&first, "ivr_enter_extension"), "{first:?}");
    assert_eq!(
        devices(&call.feed(played("1", CollectEnd::MaxDigits))),
        ["dev-bob"]
    );

    let (mut call, _) = TestCall::dial(&d, "5000", 0);
    let again = call.feed(played("7", CollectEnd::MaxDigits));
    assert!(is_play_of(&again, "ivr_invalid"));
    let bye = call.feed(played("", CollectEnd::Timeout));
    assert!(is_play_of(&bye, "ivr_goodbye"));
    assert_eq!(
        devices(&call.feed(played("", CollectEnd::Played))),
        ["dev-carol"]
    );
}

#[test]
fn temporal_route_sends_open_hours_to_the_rule_child_and_after_hours_to_default() {
    let d = office();
    // Weekdays 09:00-17:00 New York.
    d.put(
        "temporal_rules",
        "open",
        json!({"name": "Open", "cycle": "weekly", "interval": 1,
        "wdays": ["monday","tuesday","wednesday","thursday","friday"],
        "time_window_start": 32400, "time_window_stop": 61200, "start_date": 63000000000u64}),
    );
    d.put(
        "callflows",
        "main",
        json!({"numbers": ["+14155550100"], "flow": {
        "module": "temporal_route", "data": {"rules": ["open"]},
        "children": {
            "open": {"module": "device", "data": {"id": "dev-bob"}, "children": {}},
            "_": {"module": "device", "data": {"id": "dev-carol"}, "children": {}}}}}),
    );
    // 2027-01-04 is a Monday; 15:00 UTC = 10:00 in New York; 23:00 UTC = 18:00.
    let monday_utc_midnight = 1_799_020_800; // 2027-01-04T00:00:00Z
    let (_, open) = TestCall::dial(&d, "+14155550100", monday_utc_midnight + 15 * 3600);
    assert_eq!(devices(&open), ["dev-bob"]);
    let (_, closed) = TestCall::dial(&d, "+14155550100", monday_utc_midnight + 23 * 3600);
    assert_eq!(devices(&closed), ["dev-carol"]);
}

#[test]
fn temporal_route_takes_the_default_child_while_the_clock_is_not_set() {
    let d = office();
    // Open every day, all day: any trusted clock is within it.
    d.put(
        "temporal_rules",
        "always",
        json!({"name": "Always", "cycle": "daily", "interval": 1,
        "time_window_start": 0, "time_window_stop": 86400, "start_date": 62000000000u64}),
    );
    d.put(
        "callflows",
        "main",
        json!({"numbers": ["+14155550100"], "flow": {
        "module": "temporal_route", "data": {"rules": ["always"]},
        "children": {
            "always": {"module": "device", "data": {"id": "dev-bob"}, "children": {}},
            "_": {"module": "device", "data": {"id": "dev-carol"}, "children": {}}}}}),
    );
    // A box that booted without a clock reads 1970 (here 1970-01-05 15:00 UTC).
    let (_, unset) = TestCall::dial(&d, "+14155550100", 399_600);
    assert_eq!(devices(&unset), ["dev-carol"]);
    let (_, set) = TestCall::dial(&d, "+14155550100", 1_799_020_800 + 15 * 3600);
    assert_eq!(devices(&set), ["dev-bob"]);
}

#[test]
fn ring_groups_ring_at_once_with_delays_or_one_by_one_then_fall_through() {
    let d = office();
    d.put(
        "callflows",
        "rg",
        json!({"numbers": ["6000"], "flow": {"module": "ring_group", "data": {
        "strategy": "simultaneous", "timeout": 30,
        "endpoints": [
            {"id": "bob", "endpoint_type": "user", "delay": 5, "timeout": 20},
            {"id": "dev-carol", "endpoint_type": "device"},
            {"id": "dev-alice", "endpoint_type": "device"}]},
        "children": {"_": {"module": "response", "data": {"code": 480}, "children": {}}}}}),
    );
    let (mut call, first) = TestCall::dial(&d, "6000", 0);
    assert_eq!(
        devices(&first),
        ["dev-carol", "dev-bob", "dev-bob2"],
        "caller left out, sorted by delay"
    );
    let FlowCommand::Bridge(b) = &first else {
        unreachable!()
    };
    assert!(b.ignore_early_media);
    assert_eq!(b.endpoints[1].delay_secs, 5);
    assert_eq!(b.endpoints[1].timeout_secs, Some(20));
    assert_eq!(
        call.feed(FlowEvent::Bridge(BridgeResult::NoAnswer)),
        FlowCommand::Respond {
            code: 480,
            reason: String::new()
        }
    );

    d.put(
        "callflows",
        "rg",
        json!({"numbers": ["6000"], "flow": {"module": "ring_group", "data": {
        "strategy": "single", "repeats": 2,
        "endpoints": [{"id": "dev-carol"}, {"id": "dev-bob"}]}, "children": {}}}),
    );
    let (mut call, first) = TestCall::dial(&d, "6000", 0);
    assert_eq!(devices(&first), ["dev-carol"]);
    assert_eq!(
        devices(&call.feed(FlowEvent::Bridge(BridgeResult::NoAnswer))),
        ["dev-bob"]
    );
    assert_eq!(
        devices(&call.feed(failed(486))),
        ["dev-carol"],
        "second round"
    );
    assert_eq!(
        devices(&call.feed(FlowEvent::Bridge(BridgeResult::NoAnswer))),
        ["dev-bob"]
    );
    assert!(matches!(
        call.feed(FlowEvent::Bridge(BridgeResult::NoAnswer)),
        FlowCommand::Hangup { .. }
    ));
}

#[test]
fn patterns_pass_their_capture_and_prepend_cid_changes_the_presented_caller_id() {
    let d = office();
    d.put(
        "callflows",
        "p",
        json!({"patterns": ["^9(\\d+)$"], "flow": {
        "module": "prepend_cid", "data": {"caller_id_name_prefix": "Sales: "},
        "children": {"_": {"module": "device", "data": {"id": "dev-bob"}, "children": {}}}}}),
    );
    let (call, first) = TestCall::dial(&d, "9555", 0);
    assert_eq!(call.flow.call().capture_group(), Some("555"));
    let FlowCommand::Bridge(b) = &first else {
        panic!()
    };
    assert_eq!(b.caller_id.as_ref().unwrap().0, "Sales: Alice A");
}

fn room_of(cmd: &FlowCommand) -> String {
    match cmd {
        FlowCommand::Media(MediaCommand::Conference { room, .. }) => room.clone(),
        other => panic!("expected a conference join, got {other:?}"),
    }
}

fn room_size(members: usize) -> FlowEvent {
    FlowEvent::Media(MediaEvent::RoomSize {
        room: "r".into(),
        members,
    })
}

#[test]
fn park_then_retrieve_meets_in_one_room_and_an_unretrieved_call_rings_the_parker_back() {
    let d = office();
    d.put("callflows", "park", json!({"patterns": ["^\\*3([0-9]*)$"], "flow": {"module": "park", "data": {"action": "auto"}, "children": {}}}));
    let (mut parked, first) = TestCall::dial(&d, "*3", 0);
    assert!(is_play_of(&first, "park_parked_at"), "{first:?}");
    assert!(is_play_of(&first, "num_1"), "slot 101 is announced");
    let room = room_of(&parked.feed(played("", CollectEnd::Played)));
    assert_eq!(parked.feed(room_size(1)), FlowCommand::Wait { ms: 120_000 });

    let (mut retriever, join) = TestCall::dial(&d, "*3101", 0);
    assert_eq!(
        room_of(&join),
        room,
        "the retriever joins the parked caller"
    );
    assert_eq!(
        retriever.feed(room_size(1)),
        FlowCommand::Idle,
        "waits while the parked caller still hears its slot number"
    );
    assert_eq!(parked.feed(room_size(2)), FlowCommand::Idle);
    assert_eq!(retriever.feed(room_size(2)), FlowCommand::Idle);
    assert!(
        matches!(retriever.feed(room_size(1)), FlowCommand::Hangup { .. }),
        "the other side left"
    );
    assert!(d.parked.lock().unwrap().is_empty());

    // Parked again, by a device whose owner chose music: the parked caller hears it while
    // alone (the first parked caller got the built-in music).
    *d.account.lock().unwrap() = json!({"music_on_hold": {"media_id": "acc-music"}});
    d.put("media", "acc-music", json!({"name": "office music"}));
    d.store_audio(ACCOUNT, "acc-music", vec![7i16; 80].into());
    let (mut parked, _) = TestCall::dial(&d, "*3", 0);
    let join = parked.feed(played("", CollectEnd::Played));
    let FlowCommand::Media(MediaCommand::Conference {
        alone_music: Some(PlayItem::Looped(music)),
        ..
    }) = &join
    else {
        panic!("{join:?}")
    };
    assert_eq!(
        music.get().flatten().map(|m| m.to_vec()),
        Some(vec![7i16; 80])
    );
    parked.feed(room_size(1));
    let (mut retriever, join) = TestCall::dial(&d, "*3101", 0);
    assert!(
        matches!(
            join,
            FlowCommand::Media(MediaCommand::Conference {
                alone_music: None,
                ..
            })
        ),
        "{join:?}"
    );
    retriever.feed(room_size(2));
    parked.feed(room_size(2));

    // Nobody comes: the parker's phone rings.
    let (mut parked, _) = TestCall::dial(&d, "*3", 0);
    parked.feed(played("", CollectEnd::Played));
    parked.feed(room_size(1));
    assert_eq!(devices(&parked.feed(FlowEvent::Timer)), ["dev-alice"]);
    // An empty slot says so.
    let (_, none) = TestCall::dial(&d, "*3555", 0);
    assert!(matches!(
        none,
        FlowCommand::Wait { .. } | FlowCommand::Media(_)
    ));
}

#[test]
fn a_conference_with_a_pin_admits_after_the_right_pin_and_refuses_after_three_wrong() {
    let d = office();
    d.put(
        "conferences",
        "c1",
        json!({"name": "Sales", "member": {"pins": ["1234"], "join_muted": true}}),
    );
    d.put("callflows", "conf", json!({"numbers": ["7000"], "flow": {"module": "conference", "data": {"id": "c1"}, "children": {}}}));
    let (mut call, first) = TestCall::dial(&d, "7000", 0);
    assert!(is_play_of(&first, "conf_enter_pin"));
    let joined = call.feed(played("1234", CollectEnd::Terminator));
    assert!(is_play_of(&joined, "conf_joined"));
    let join = call.feed(played("", CollectEnd::Played));
    assert!(matches!(
        join,
        FlowCommand::Media(MediaCommand::Conference { muted: true, .. })
    ));
    assert_eq!(call.feed(room_size(3)), FlowCommand::Idle);

    let (mut call, _) = TestCall::dial(&d, "7000", 0);
    assert!(is_play_of(
        &call.feed(played("1", CollectEnd::Terminator)),
        "conf_bad_pin"
    ));
    call.feed(played("2", CollectEnd::Terminator));
    assert_eq!(
        call.feed(played("3", CollectEnd::Terminator)),
        FlowCommand::hangup("CALL_REJECTED")
    );
}

#[test]
fn pivot_runs_the_flow_the_server_returns_and_fails_over_on_a_bad_answer() {
    use edgepbx_sip::engine::HttpResult;
    let d = office();
    d.put(
        "callflows",
        "pv",
        json!({"numbers": ["8000"], "flow": {"module": "pivot",
        "data": {"voice_url": "http://127.0.0.1:9/flow", "method": "get"},
        "children": {"_": {"module": "device", "data": {"id": "dev-carol"}, "children": {}}}}}),
    );
    let (mut call, first) = TestCall::dial(&d, "8000", 0);
    let FlowCommand::Http(req) = &first else {
        panic!("{first:?}")
    };
    assert!(
        req.url
            .starts_with("http://127.0.0.1:9/flow?Account-ID=acct&Caller-ID-Name=Alice")
    );
    let answer = HttpResult::Response {
        status: 200,
        content_type: Some("application/json".into()),
        body: br#"{"module":"device","data":{"id":"dev-bob"},"children":{}}"#.to_vec(),
    };
    assert_eq!(devices(&call.feed(FlowEvent::Http(answer))), ["dev-bob"]);
    // After the pivot flow: resume at the pivot node's `_`.
    assert_eq!(
        devices(&call.feed(FlowEvent::Bridge(BridgeResult::NoAnswer))),
        ["dev-carol"]
    );

    let (mut call, _) = TestCall::dial(&d, "8000", 0);
    let bad = HttpResult::Response {
        status: 200,
        content_type: None,
        body: b"<html>".to_vec(),
    };
    assert_eq!(devices(&call.feed(FlowEvent::Http(bad))), ["dev-carol"]);
    let (mut call, _) = TestCall::dial(&d, "8000", 0);
    assert_eq!(
        devices(&call.feed(FlowEvent::Http(HttpResult::Failed("timeout".into())))),
        ["dev-carol"]
    );
}

/// A carrier on 127.0.0.5 and a pattern that sends outside numbers to it.
pub(super) fn with_carrier(d: &MemData) {
    d.put(
        "resources",
        "carrier",
        json!({"name": "carrier", "rules": [".*"],
        "gateways": [{"server": "127.0.0.5", "enabled": true}]}),
    );
    d.put(
        "callflows",
        "cf-out",
        json!({"patterns": ["^\\+?\\d{3,}$"], "flow": {"module": "offnet", "data": {}}}),
    );
}

#[test]
fn an_outside_call_never_dials_out_to_a_number_of_its_choosing() {
    let d = office();
    with_carrier(&d);
    d.put(
        "callflows",
        "cf-did",
        json!({"numbers": ["5550100"], "flow": {"module": "offnet", "data": {"to_did": "0155512345"}}}),
    );
    // From inside, the pattern dials out.
    let (_, first) = TestCall::dial(&d, "0442071234567", 1_800_000_000);
    assert!(matches!(first, FlowCommand::Bridge(_)), "{first:?}");
    // From outside, the same number is barred; a number the admin set is not.
    let (_, first) = TestCall::dial_from_outside(&d, "0442071234567", 1_800_000_000);
    assert!(!matches!(first, FlowCommand::Bridge(_)), "{first:?}");
    let (_, first) = TestCall::dial_from_outside(&d, "5550100", 1_800_000_000);
    assert!(matches!(first, FlowCommand::Bridge(_)), "{first:?}");
}

fn dials_out(d: &std::sync::Arc<MemData>, number: &str) -> bool {
    let (_, first) = TestCall::dial(d, number, 1_800_000_000);
    matches!(first, FlowCommand::Bridge(_))
}

#[test]
fn call_restriction_bars_denied_classes_at_any_level_but_never_emergency() {
    let d = office();
    with_carrier(&d);
    assert!(dials_out(&d, "011442071234567"), "nothing restricted yet");
    // The calling device denies international.
    d.put("devices", "dev-alice", json!({"owner_id": "alice",
        "call_restriction": {"international": {"action": "deny"}, "caribbean": {"action": "inherit"}}}));
    for number in ["011442071234567", "00442071234567", "+442071234567"] {
        assert!(!dials_out(&d, number), "{number} is international");
    }
    assert!(dials_out(&d, "+18765551234"), "caribbean inherits: allowed");
    assert!(dials_out(&d, "911"), "emergency is never barred");
    // The user denies US premium numbers; the account denies the Caribbean and a device's
    // "allow" does not lift it.
    d.put(
        "users",
        "alice",
        json!({"first_name": "Alice", "call_restriction": {"toll_us": {"action": "deny"}}}),
    );
    d.put(
        "devices",
        "dev-alice",
        json!({"owner_id": "alice",
        "call_restriction": {"caribbean": {"action": "allow"}}}),
    );
    *d.account.lock().unwrap() = json!({"call_restriction": {"caribbean": {"action": "deny"}}});
    assert!(!dials_out(&d, "+19005551234"));
    assert!(!dials_out(&d, "+18765551234"));
    assert!(
        dials_out(&d, "+14155550100"),
        "a US number is not restricted"
    );
    // The account's own classes replace the defaults.
    d.put("configs", "number_manager", json!({"classifiers": {
        "emergency": {"regex": "^(112|999)$"}, "premium_uk": {"regex": "^\\+449\\d+$"}, "other": {"regex": ".*"}}}));
    *d.account.lock().unwrap() = json!({"call_restriction": {"premium_uk": {"action": "deny"}}});
    assert!(!dials_out(&d, "00449012345678"));
    assert!(dials_out(&d, "999"));
}

#[test]
fn a_parents_call_restriction_binds_its_sub_accounts_by_the_parents_classes() {
    let d = office();
    with_carrier(&d);
    // The tenant sits under a reseller under the box's own account; the reseller denies
    // international numbers and its classes say what those are.
    d.account.lock().unwrap()["pvt_tree"] = json!(["root", "reseller"]);
    d.put_in("root", "accounts", "root", json!({"name": "box"}));
    d.put_in(
        "reseller",
        "accounts",
        "reseller",
        json!({"call_restriction": {"international": {"action": "deny"}}}),
    );
    assert!(
        !dials_out(&d, "011442071234567"),
        "the reseller's deny binds the tenant"
    );
    // The tenant's own classes calling everything "emergency" or "unknown" do not lift it.
    d.put(
        "configs",
        "number_manager",
        json!({"classifiers": {
        "emergency": {"regex": "^(911|011\\d+)$"}, "unknown": {"regex": ".*"}}}),
    );
    assert!(
        !dials_out(&d, "011442071234567"),
        "judged by the reseller's classes"
    );
    assert!(
        dials_out(&d, "+14155550123"),
        "a US number is not restricted"
    );
    assert!(dials_out(&d, "911"), "emergency is never barred");
    // The reseller's own classes decide for its deny.
    d.put_in(
        "reseller",
        "configs",
        "number_manager",
        json!({"classifiers": {
        "international": {"regex": "^\\+1415\\d+$"}, "unknown": {"regex": ".*"}}}),
    );
    assert!(!dials_out(&d, "+14155550123"));
    assert!(dials_out(&d, "011442071234567"));
    // A user's forward to a number the reseller denies rings nothing out either.
    d.put(
        "users",
        "bob",
        json!({"call_forward": {"enabled": true, "number": "+14155550123"}}),
    );
    d.put(
        "callflows",
        "cf-bob",
        json!({"numbers": ["1002"], "flow": {"module": "user", "data": {"id": "bob"}}}),
    );
    let (_, first) = TestCall::dial(&d, "1002", 0);
    assert!(!matches!(first, FlowCommand::Bridge(_)), "{first:?}");
    d.put(
        "users",
        "bob",
        json!({"call_forward": {"enabled": true, "number": "011442071234567"}}),
    );
    assert_eq!(devices(&TestCall::dial(&d, "1002", 0).1).len(), 1);
}

#[test]
fn blacklisted_and_anonymous_outside_callers_are_declined() {
    let d = office();
    d.put(
        "callflows",
        "cf-did",
        json!({"numbers": ["+14155550100"], "flow": {"module": "user", "data": {"id": "bob"}}}),
    );
    d.put(
        "blacklists",
        "bl1",
        json!({"name": "spam", "numbers": {"4155559999": {}}}),
    );
    d.put(
        "blacklists",
        "bl2",
        json!({"name": "anon", "numbers": {}, "should_block_anonymous": true}),
    );
    *d.account.lock().unwrap() = json!({"blacklists": ["bl1"]});
    let declined = |caller: &str, outside: bool| {
        let mut call = super::CallInfo::new(
            edgepbx_sip::engine::Caller {
                number: caller.into(),
                outside,
                ..super::testkit::alice()
            },
            "+14155550100",
            vec![],
        );
        call.from_outside = outside;
        let cf = super::data::Data::lookup(d.as_ref(), ACCOUNT, "+14155550100")
            .unwrap()
            .0;
        let mut flow = super::Interpreter::new(d.clone(), call, &cf);
        let first = edgepbx_sip::engine::CallFlow::start(
            &mut flow,
            edgepbx_sip::engine::Now {
                mono: 0,
                unix: 1_800_000_000,
            },
        );
        matches!(first, FlowCommand::Respond { code: 603, .. })
    };
    assert!(
        declined("+14155559999", true),
        "listed, in another notation"
    );
    assert!(!declined("+14155550123", true));
    assert!(
        !declined("+14155559999", false),
        "a colleague is never blacklisted"
    );
    assert!(!declined("", true), "anonymous is allowed by bl1");
    *d.account.lock().unwrap() = json!({"blacklists": ["bl1", "bl2", "gone"]});
    assert!(declined("", true));
    assert!(declined("anonymous", true));
}

#[test]
fn disa_dials_out_for_an_outside_caller_only_after_the_pin() {
    let d = office();
    with_carrier(&d);
    for (id, pin) in [("cf-disa", json!("1234")), ("cf-open", json!(null))] {
        let number = if pin.is_null() { "5551001" } else { "5551000" };
        let mut data = json!({});
        if !pin.is_null() {
            data["pin"] = pin;
        }
        d.put(
            "callflows",
            id,
            json!({"numbers": [number], "flow": {"module": "disa", "data": data}}),
        );
    }
    let finished = CollectEnd::Terminator;
    let (mut call, _) = TestCall::dial_from_outside(&d, "5551000", 1_800_000_000);
    call.feed(played("1234", finished));
    let out = call.feed(played("011442071234567", finished));
    assert!(
        matches!(out, FlowCommand::Bridge(_)),
        "after the PIN: {out:?}"
    );
    let (mut call, _) = TestCall::dial_from_outside(&d, "5551001", 1_800_000_000);
    let out = call.feed(played("011442071234567", finished));
    assert!(!matches!(out, FlowCommand::Bridge(_)), "no PIN: {out:?}");
}

/// The looped audio of a bridge's ringback media, if it has some.
fn ringback_audio(cmd: &FlowCommand) -> Option<Vec<i16>> {
    let FlowCommand::Bridge(b) = cmd else {
        panic!("expected a bridge, got {cmd:?}")
    };
    match &b.ringback {
        Some(PlayItem::Looped(audio)) => audio.get().flatten().map(|a| a.to_vec()),
        None => None,
        other => panic!("{other:?}"),
    }
}

#[test]
fn ringback_media_of_the_callflow_and_of_a_ring_group_reaches_the_bridge() {
    let d = office();
    for (id, sample) in [("rb-flow", 1i16), ("rb-group", 2)] {
        d.put("media", id, json!({"name": id}));
        d.store_audio(ACCOUNT, id, vec![sample; 40].into());
    }
    // The callflow's ringback.early for a user's phones.
    d.put(
        "callflows",
        "cf-bob",
        json!({"numbers": ["1002"], "ringback": {"early": "rb-flow"},
               "flow": {"module": "user", "data": {"id": "bob"}, "children": {}}}),
    );
    let (_, first) = TestCall::dial(&d, "1002", 0);
    assert_eq!(ringback_audio(&first), Some(vec![1; 40]));
    // A ring group's own ringback wins over the callflow's.
    d.put(
        "callflows",
        "cf-group",
        json!({"numbers": ["1100"], "ringback": {"early": "rb-flow"},
               "flow": {"module": "ring_group", "data": {"ringback": "rb-group",
                   "endpoints": [{"id": "dev-carol", "endpoint_type": "device"}]}, "children": {}}}),
    );
    let (_, first) = TestCall::dial(&d, "1100", 0);
    assert_eq!(ringback_audio(&first), Some(vec![2; 40]));
    // Media that is not stored (or a URL) leaves the caller its own ringback.
    d.put(
        "callflows",
        "cf-carol",
        json!({"numbers": ["1003"], "ringback": {"early": "http://example.com/ring.mp3"},
               "flow": {"module": "user", "data": {"id": "carol"}, "children": {}}}),
    );
    let (_, first) = TestCall::dial(&d, "1003", 0);
    assert_eq!(ringback_audio(&first), None);
    // Without ringback set, nothing changes.
    d.put(
        "callflows",
        "cf-alice",
        json!({"numbers": ["1004"], "flow": {"module": "device", "data": {"id": "dev-bob"}, "children": {}}}),
    );
    let (_, first) = TestCall::dial(&d, "1004", 0);
    assert_eq!(ringback_audio(&first), None);
    // An outside line's own ringback (resources/offnet data).
    with_carrier(&d);
    d.put(
        "callflows",
        "cf-out",
        json!({"patterns": ["^\\+?\\d{3,}$"], "flow": {"module": "offnet", "data": {"ringback": "rb-group"}}}),
    );
    let (_, first) = TestCall::dial(&d, "0442071234567", 0);
    assert_eq!(ringback_audio(&first), Some(vec![2; 40]));
}

/// The groups a bridge says its call came in through.
fn music_groups(cmd: &FlowCommand) -> Vec<String> {
    let FlowCommand::Bridge(b) = cmd else {
        panic!("expected a bridge, got {cmd:?}")
    };
    b.music_groups.clone()
}

#[test]
fn bridges_name_the_groups_a_call_came_through_for_their_music() {
    let d = office();
    d.put(
        "groups",
        "sales",
        json!({"name": "Sales", "endpoints": {"bob": {"type": "user"}}}),
    );
    // A SmartPBX group's number: its callflow names the group.
    d.put(
        "callflows",
        "cf-sales",
        json!({"numbers": ["1200"], "group_id": "sales",
               "flow": {"module": "ring_group", "data": {
                   "endpoints": [{"id": "bob", "endpoint_type": "user"}]}, "children": {}}}),
    );
    let (_, first) = TestCall::dial(&d, "1200", 0);
    assert_eq!(music_groups(&first), vec!["sales".to_string()]);
    // A ring group with the group as a member (named once, however often it is listed).
    d.put(
        "callflows",
        "cf-rg",
        json!({"numbers": ["1201"],
               "flow": {"module": "ring_group", "data": {"endpoints": [
                   {"id": "sales", "endpoint_type": "group"},
                   {"id": "sales", "endpoint_type": "group", "delay": 5},
                   {"id": "dev-carol", "endpoint_type": "device"}]}, "children": {}}}),
    );
    let (_, first) = TestCall::dial(&d, "1201", 0);
    assert_eq!(music_groups(&first), vec!["sales".to_string()]);
    // A call to a user directly names none.
    d.put(
        "callflows",
        "cf-bob",
        json!({"numbers": ["1002"], "flow": {"module": "user", "data": {"id": "bob"}, "children": {}}}),
    );
    let (_, first) = TestCall::dial(&d, "1002", 0);
    assert!(music_groups(&first).is_empty());
}

#[test]
fn transfer_ringback_and_a_numbers_ringback_reach_the_bridge() {
    let d = office();
    for (id, sample) in [("rb-transfer", 3i16), ("rb-number", 4), ("rb-flow", 1)] {
        d.put("media", id, json!({"name": id}));
        d.store_audio(ACCOUNT, id, vec![sample; 40].into());
    }
    let transfer_audio = |cmd: &FlowCommand| {
        let FlowCommand::Bridge(b) = cmd else {
            panic!("expected a bridge, got {cmd:?}")
        };
        match &b.transfer_ringback {
            Some(PlayItem::Looped(audio)) => audio.get().flatten().map(|a| a.to_vec()),
            None => None,
            other => panic!("{other:?}"),
        }
    };
    // The callflow's ringback.transfer goes with every bridge (the engine plays it to a
    // caller it has answered already).
    d.put(
        "callflows",
        "cf-bob",
        json!({"numbers": ["1002"], "ringback": {"transfer": "rb-transfer"},
               "flow": {"module": "user", "data": {"id": "bob"}, "children": {}}}),
    );
    let (_, first) = TestCall::dial(&d, "1002", 0);
    assert_eq!(transfer_audio(&first), Some(vec![3; 40]));
    assert_eq!(ringback_audio(&first), None);
    // A DID's phone_numbers document carries both for a callflow without them; the
    // callflow's own wins.
    d.put(
        "phone_numbers",
        "+14155550100",
        json!({"ringback": {"early": "rb-number", "transfer": "rb-number"}}),
    );
    d.put(
        "callflows",
        "cf-did",
        json!({"numbers": ["+14155550100"],
               "flow": {"module": "user", "data": {"id": "bob"}, "children": {}}}),
    );
    let (_, first) = TestCall::dial(&d, "+14155550100", 0);
    assert_eq!(ringback_audio(&first), Some(vec![4; 40]));
    assert_eq!(transfer_audio(&first), Some(vec![4; 40]));
    d.put(
        "callflows",
        "cf-did",
        json!({"numbers": ["+14155550100"], "ringback": {"early": "rb-flow"},
               "flow": {"module": "user", "data": {"id": "bob"}, "children": {}}}),
    );
    let (_, first) = TestCall::dial(&d, "+14155550100", 0);
    assert_eq!(ringback_audio(&first), Some(vec![1; 40]));
}
