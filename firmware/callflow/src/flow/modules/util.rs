//! Small helpers modules share: reading `data` fields the lenient way KAZOO accepts them,
//! building play commands, turning bridge results into steps.

use edgepbx_media::session::{Collect, PlayItem};
use edgepbx_sip::engine::causes::cause_for_status;
use edgepbx_sip::engine::{BridgeResult, FlowCommand, MediaCommand};
use serde_json::Value;

use crate::flow::context::Cx;
use crate::flow::step::Step;

pub fn str_field<'a>(data: &'a Value, key: &str) -> Option<&'a str> {
    data.get(key)
        .and_then(Value::as_str)
        .filter(|s| !s.is_empty())
}

/// A number given as a JSON number or a numeric string.
pub fn num_field(data: &Value, key: &str) -> Option<u64> {
    match data.get(key)? {
        Value::Number(n) => n.as_u64().or_else(|| n.as_f64().map(|f| f.max(0.0) as u64)),
        Value::String(s) => s.trim().parse().ok(),
        _ => None,
    }
}

pub fn bool_field(data: &Value, key: &str) -> Option<bool> {
    match data.get(key)? {
        Value::Bool(b) => Some(*b),
        Value::String(s) => Some(s == "true"),
        _ => None,
    }
}

pub fn play(items: Vec<PlayItem>) -> Step {
    Step::Command(FlowCommand::Media(MediaCommand::Play {
        items,
        collect: None,
        barge_in: false,
    }))
}

pub fn prompt(id: &str) -> PlayItem {
    PlayItem::Prompt(id.into())
}

/// Play, then gather digits (KAZOO defaults: first digit 5 s, then 2 s between digits).
pub fn play_collect(items: Vec<PlayItem>, max_digits: u8, first_ms: u32, inter_ms: u32) -> Step {
    Step::Command(FlowCommand::Media(MediaCommand::Play {
        items,
        collect: Some(Collect {
            max_digits,
            first_digit_ms: first_ms,
            inter_digit_ms: inter_ms,
            terminators: "#".into(),
        }),
        barge_in: true,
    }))
}

/// A media reference as KAZOO writes it: a media id, `system_media/<name>`, or a URL (not
/// fetched by the box); built-in prompt names are accepted too.
pub fn media_item(cx: &Cx, reference: &str) -> Option<PlayItem> {
    let name = reference
        .trim_start_matches("/system_media/")
        .trim_start_matches("system_media/");
    if edgepbx_media::prompts::get(name).is_some() {
        return Some(PlayItem::Prompt(name.into()));
    }
    if let Some(audio) = cx.data.media(&cx.call.account, reference) {
        return Some(PlayItem::Audio(audio));
    }
    // KAZOO's system prompt names (vm-not_available…) map to our closest built-in.
    let mapped = match name {
        n if n.starts_with("vm-not_available") => "vm_not_available",
        n if n.contains("goodbye") => "ivr_goodbye",
        n if n.contains("hold") => "ivr_please_hold",
        _ => return None,
    };
    Some(PlayItem::Prompt(mapped.into()))
}

/// How a bridge came out, as KAZOO's user/device/ring_group modules branch on it.
pub fn bridge_step(result: &BridgeResult) -> Step {
    match result {
        BridgeResult::Answered => Step::Done,
        BridgeResult::Failed { code } => Step::Failed {
            cause: cause_for_status(*code).into(),
            code: *code,
        },
        BridgeResult::NoAnswer => Step::Failed {
            cause: "NO_ANSWER".into(),
            code: 480,
        },
        BridgeResult::NoEndpoints => Step::Failed {
            cause: "SUBSCRIBER_ABSENT".into(),
            code: 480,
        },
    }
}

/// `sleep`-style durations and timeouts in seconds, clamped to something sane.
pub fn secs(data: &Value, key: &str, default: u32) -> u32 {
    num_field(data, key).map_or(default, |t| t.clamp(1, 3600) as u32)
}
