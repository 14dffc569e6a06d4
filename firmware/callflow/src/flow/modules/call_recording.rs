//! Call recording: the `record_call` module, and the users' own `call_recording` settings
//! (SmartPBX's "Call Recording" toggle) applied to every bridge.
//!
//! A user's settings (kazoo.md §4.5) are `call_recording.{inbound,outbound}.{onnet,offnet,any}`
//! objects with `enabled`, `time_limit` and `record_min_sec`: `inbound` for calls the user's
//! devices receive, `outbound` for calls the user places; `onnet` between phones of the
//! office, `offnet` to or from an outside line. The account document's `call_recording`
//! adds KAZOO's two account-level settings of the same shape: `endpoint` (the default for
//! users without a setting of their own) and `account` (every call of the account:
//! `outbound` for calls to an outside line, `inbound` for the others). Recordings are 8 kHz
//! µ-law WAV whatever `format` asks (there is no MP3 encoder on the box).

use edgepbx_sip::engine::{Endpoint, FlowCommand, FlowEvent, RecordCall, Target};
use edgepbx_store::lenient;
use serde_json::Value;

use super::util::{num_field, str_field};
use crate::flow::context::Cx;
use crate::flow::step::{Module, Step};

/// KAZOO's `time_limit` default and bounds, in seconds.
const DEFAULT_LIMIT: u64 = 3600;
const LIMIT_RANGE: (u64, u64) = (5, 10_800);

fn settings(data: &Value, origin: &str, owner_id: Option<String>) -> RecordCall {
    RecordCall {
        time_limit_secs: num_field(data, "time_limit")
            .unwrap_or(DEFAULT_LIMIT)
            .clamp(LIMIT_RANGE.0, LIMIT_RANGE.1) as u32,
        min_secs: num_field(data, "record_min_sec").unwrap_or(0).min(3600) as u32,
        owner_id,
        origin: origin.to_string(),
    }
}

/// The enabled setting of a `call_recording` object for one direction and network.
fn enabled_setting<'a>(recording: &'a Value, direction: &str, network: &str) -> Option<&'a Value> {
    let dir = recording.get(direction)?;
    [network, "any"]
        .into_iter()
        .filter_map(|n| dir.get(n))
        .find(|s| s.get("enabled").and_then(lenient::as_bool) == Some(true))
}

/// A user's own setting, else the account's default for users (`endpoint`).
fn user_setting(
    user: &Value,
    account: Option<&Value>,
    direction: &str,
    network: &str,
) -> Option<Value> {
    let own = user.get("call_recording");
    let default = account.and_then(|a| a.pointer("/call_recording/endpoint"));
    [own, default]
        .into_iter()
        .flatten()
        .find_map(|r| enabled_setting(r, direction, network).cloned())
}

/// What a bridge to `endpoints` records: the callees' users' `inbound` first, then the
/// caller's user's `outbound`, then the account's own setting.
pub fn for_bridge(cx: &Cx, endpoints: &[Endpoint]) -> Option<RecordCall> {
    let account = cx.data.account(&cx.call.account);
    let account = account.as_deref();
    let inbound_network = if cx.call.from_outside {
        "offnet"
    } else {
        "onnet"
    };
    for e in endpoints {
        let Target::Device(device) = &e.target else {
            continue;
        };
        let Some(owner) = cx
            .doc("devices", device)
            .and_then(|d| str_field(&d, "owner_id").map(str::to_string))
        else {
            continue;
        };
        if let Some(s) = cx
            .doc("users", &owner)
            .and_then(|u| user_setting(&u, account, "inbound", inbound_network))
        {
            return Some(settings(&s, "user:inbound", Some(owner)));
        }
    }
    let outside = endpoints
        .iter()
        .any(|e| matches!(e.target, Target::Trunk(_)));
    let network = if outside { "offnet" } else { "onnet" };
    if let Some((id, user)) = cx.caller_user()
        && let Some(s) = user_setting(&user, account, "outbound", network)
    {
        return Some(settings(&s, "user:outbound", Some(id)));
    }
    // The account's own: calls out to an outside line are its outbound, the rest inbound.
    let (direction, network) = match (outside, cx.call.from_outside) {
        (true, _) => ("outbound", "offnet"),
        (false, true) => ("inbound", "offnet"),
        (false, false) => ("inbound", "onnet"),
    };
    let s = enabled_setting(
        account?.pointer("/call_recording/account")?,
        direction,
        network,
    )?;
    Some(settings(s, "account", None))
}

/// `record_call`: `action` start (the default) or stop; the engine records the bridged
/// audio from the next answer on (or at once, in a bridged call).
pub struct RecordCallModule {
    data: Value,
}

impl RecordCallModule {
    pub fn new(data: &Value) -> Self {
        RecordCallModule { data: data.clone() }
    }
}

impl Module for RecordCallModule {
    fn start(&mut self, cx: &mut Cx) -> Step {
        let record = match str_field(&self.data, "action").unwrap_or("start") {
            "stop" => None,
            _ => Some(settings(
                &self.data,
                "callflow",
                cx.call.caller.owner_id.clone(),
            )),
        };
        tracing::info!(account = %cx.call.account, ?record, "record_call");
        Step::Command(FlowCommand::Record(record))
    }

    fn event(&mut self, _cx: &mut Cx, _event: FlowEvent) -> Step {
        Step::next()
    }
}
