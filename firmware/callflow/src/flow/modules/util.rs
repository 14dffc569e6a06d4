//! Small helpers modules share: reading `data` fields the lenient way KAZOO accepts them,
//! building play commands, turning bridge results into steps.

use edgepbx_media::session::{Collect, PlayItem};
use edgepbx_sip::engine::causes::cause_for_status;
use edgepbx_sip::engine::{BridgeResult, FlowCommand, FlowEvent, MediaCommand, MediaEvent};
use edgepbx_store::lenient;
use serde_json::Value;

use crate::flow::context::Cx;
use crate::flow::step::Step;

pub fn str_field<'a>(data: &'a Value, key: &str) -> Option<&'a str> {
    data.get(key)
        .and_then(Value::as_str)
        .filter(|s| !s.is_empty())
}

/// A number given as a JSON number or a numeric string (see [`lenient`]).
pub fn num_field(data: &Value, key: &str) -> Option<u64> {
    lenient::u64_at(data, key)
}

/// A boolean given as JSON or as `"true"`/`"false"` (see [`lenient`]).
pub fn bool_field(data: &Value, key: &str) -> Option<bool> {
    lenient::bool_at(data, key)
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
    let stored = || {
        cx.data
            .media(&cx.call.account, reference)
            .map(PlayItem::Pending)
    };
    if cx.doc("media", reference).is_some() {
        return stored();
    }
    // KAZOO's system prompt names (vm-not_available…) map to our closest built-in.
    let mapped = match name {
        n if n.starts_with("vm-not_available") => "vm_not_available",
        n if n.contains("goodbye") => "ivr_goodbye",
        n if n.contains("hold") => "ivr_please_hold",
        // Audio without a media document (a greeting recorded on the phone).
        _ => return stored(),
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

/// The digits of a finished play-and-collect, None for any other event.
pub fn digits_of(event: &FlowEvent) -> Option<&str> {
    match event {
        FlowEvent::Media(MediaEvent::Played { digits, .. }) => Some(digits),
        _ => None,
    }
}

/// After a bridge: how it went; anything else moves on.
pub fn after_bridge(event: FlowEvent) -> Step {
    match event {
        FlowEvent::Bridge(result) => bridge_step(&result),
        _ => Step::next(),
    }
}

/// Sets `value` at `path` inside `doc`, creating objects on the way.
pub fn set_path(doc: &mut Value, path: &[&str], value: Value) {
    let mut at = doc;
    for key in path {
        if !at.is_object() {
            *at = Value::Object(Default::default());
        }
        at = at
            .as_object_mut()
            .expect("made an object above")
            .entry(key.to_string())
            .or_insert(Value::Null);
    }
    *at = value;
}

/// The document a feature code changes for the caller: their user, else their device
/// (kind, id, a copy to edit).
pub fn caller_target(cx: &Cx) -> Option<(&'static str, String, Value)> {
    if let Some((id, user)) = cx.caller_user() {
        return Some(("users", id, (*user).clone()));
    }
    let device = cx.caller_device()?;
    Some((
        "devices",
        cx.call.caller.device_id.clone(),
        (*device).clone(),
    ))
}

/// Feature-code confirmation (there are no recorded "enabled/disabled" prompts): one beep
/// for on, two for off.
pub fn confirm(on: bool) -> Step {
    let mut items = vec![PlayItem::Beep];
    if !on {
        items.extend([PlayItem::Silence { ms: 200 }, PlayItem::Beep]);
    }
    play(items)
}

/// Runs the callflow of `number` as if it had been dialled (the call's number and capture
/// groups become the new match's); an error when nothing matches.
pub fn dial(cx: &mut Cx, number: &str) -> Step {
    match cx.data.lookup(&cx.call.account, number) {
        Some((cf, captures)) => {
            cx.call.number = number.to_string();
            cx.call.captures = captures;
            Step::Branch(cf.get("flow").cloned().unwrap_or(Value::Null))
        }
        None => Step::Error(format!("no callflow for {number}")),
    }
}

/// [`dial`] the capture group (privacy, dynamic_cid and similar "prefix then number" codes).
pub fn dial_capture(cx: &mut Cx) -> Step {
    match cx.call.capture_group().map(str::to_string) {
        Some(number) => dial(cx, &number),
        None => Step::Error("no number after the feature code".into()),
    }
}

/// Asks for a PIN or password (up to 12 digits, `#` ends it).
pub fn ask_pin(retry: bool) -> Step {
    let mut items = Vec::new();
    if retry {
        items.push(prompt("vm_invalid_password"));
    }
    items.push(prompt("vm_enter_password"));
    play_collect(items, 12, 5000, 3000)
}

/// The caller ID the call currently presents (`kind` internal/external), without the
/// prepend prefixes (they are added again when the call is bridged).
pub fn current_caller_id(cx: &Cx, kind: &str) -> (String, String) {
    let (name, number) = crate::flow::endpoints::caller_id(cx, kind);
    let strip = |s: &str, prefix: &str| s.strip_prefix(prefix).unwrap_or(s).to_string();
    (
        strip(&name, &cx.call.cid_name_prefix),
        strip(&number, &cx.call.cid_number_prefix),
    )
}

/// Headers that make a phone answer by itself (intercom, paging): both the Polycom/Yealink
/// `Alert-Info` and the `Call-Info` answer-after forms.
pub fn auto_answer_headers(cx: &Cx) -> Vec<(String, String)> {
    let realm = cx
        .data
        .account(&cx.call.account)
        .and_then(|a| str_field(&a, "realm").map(str::to_string))
        .unwrap_or_else(|| cx.call.account.clone());
    vec![
        ("Call-Info".into(), format!("<sip:{realm}>;answer-after=0")),
        ("Alert-Info".into(), "info=alert-autoanswer".into()),
    ]
}
