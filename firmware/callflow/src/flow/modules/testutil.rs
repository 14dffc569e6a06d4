//! Shared pieces for the module tests: a small office, events, command checks.

use std::sync::Arc;

use edgepbx_media::session::{CollectEnd, PlayItem};
use edgepbx_sip::engine::{Bridge, FlowCommand, FlowEvent, MediaCommand, MediaEvent, Target};
use serde_json::{Value, json};

use crate::flow::testkit::{MemData, TestCall};

pub const T0: u64 = 1_800_000_000;

/// Alice (caller, dev-alice, ext 1001) and Bob (dev-bob, ext 1002) with their callflows.
pub fn office() -> Arc<MemData> {
    let d = MemData::new();
    d.put(
        "users",
        "alice",
        json!({"first_name": "Alice", "last_name": "Adams"}),
    );
    d.put(
        "users",
        "bob",
        json!({"first_name": "Bob", "last_name": "Baker"}),
    );
    d.put("devices", "dev-alice", json!({"owner_id": "alice"}));
    d.put("devices", "dev-bob", json!({"owner_id": "bob"}));
    d.put("callflows", "cf-1001", json!({"numbers": ["1001"], "flow": {"module": "user", "data": {"id": "alice"}, "children": {}}}));
    d.put("callflows", "cf-1002", json!({"numbers": ["1002"], "flow": {"module": "user", "data": {"id": "bob"}, "children": {}}}));
    d
}

/// Adds a callflow `number` → `flow` (a node) and dials it as Alice.
pub fn run(d: &Arc<MemData>, number: &str, flow: Value) -> (TestCall, FlowCommand) {
    d.put(
        "callflows",
        &format!("cf-test-{number}"),
        json!({"numbers": [number], "flow": flow}),
    );
    TestCall::dial(d, number, T0)
}

/// Like [`run`] with a pattern (feature codes taking an argument).
pub fn run_pattern(
    d: &Arc<MemData>,
    pattern: &str,
    dialled: &str,
    flow: Value,
) -> (TestCall, FlowCommand) {
    d.put(
        "callflows",
        "cf-test-pattern",
        json!({"patterns": [pattern], "flow": flow}),
    );
    TestCall::dial(d, dialled, T0)
}

pub fn node(module: &str, data: Value) -> Value {
    json!({"module": module, "data": data, "children": {}})
}

pub fn keyed(digits: &str) -> FlowEvent {
    let end = if digits.is_empty() {
        CollectEnd::Timeout
    } else {
        CollectEnd::MaxDigits
    };
    FlowEvent::Media(MediaEvent::Played {
        digits: digits.into(),
        end,
    })
}

pub fn played() -> FlowEvent {
    FlowEvent::Media(MediaEvent::Played {
        digits: String::new(),
        end: CollectEnd::Played,
    })
}

/// The prompt ids of a play command (audio shown as "<audio>", beeps as "<beep>").
pub fn prompts(cmd: &FlowCommand) -> Vec<String> {
    match cmd {
        FlowCommand::Media(MediaCommand::Play { items, .. }) => items
            .iter()
            .filter_map(|i| match i {
                PlayItem::Prompt(p) => Some(p.clone()),
                PlayItem::Audio(_) | PlayItem::Pending(_) => Some("<audio>".into()),
                PlayItem::Beep => Some("<beep>".into()),
                _ => None,
            })
            .collect(),
        other => panic!("expected a play, got {other:?}"),
    }
}

/// The bridge of a Bridge (or Page) command.
pub fn bridge(cmd: &FlowCommand) -> &Bridge {
    match cmd {
        FlowCommand::Bridge(b) | FlowCommand::Page { bridge: b, .. } => b,
        other => panic!("expected a bridge, got {other:?}"),
    }
}

pub fn targets(cmd: &FlowCommand) -> Vec<String> {
    bridge(cmd)
        .endpoints
        .iter()
        .map(|e| match &e.target {
            Target::Device(d) => d.clone(),
            Target::Trunk(t) => t.uri.clone(),
        })
        .collect()
}

pub fn header<'a>(cmd: &'a FlowCommand, name: &str) -> Option<&'a str> {
    bridge(cmd)
        .headers
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.as_str())
}

pub fn hangup() -> FlowCommand {
    FlowCommand::Hangup {
        cause: "NORMAL_CLEARING".into(),
    }
}
