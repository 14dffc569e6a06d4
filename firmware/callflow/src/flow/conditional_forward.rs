//! Forwarding that depends on how the ring went (the SmartPBX guide's Busy and No Answer
//! modes): `call_forward.busy: {enabled, number}` forwards when every leg answered busy
//! (486 or 600); `call_forward.no_answer: {enabled, number, ring_seconds}` rings the
//! user's (or device's) own phones for `ring_seconds`, then forwards. The options of
//! `call_forward` itself (keep_caller_id, require_keypress, direct_calls_only) apply, and an
//! enabled Always forward (`call_forward.enabled`) wins over both.

use edgepbx_sip::engine::{BridgeResult, Endpoint};
use serde_json::Value;

use super::context::Cx;
use super::endpoints::{Forward, Options, allowed_forward, forwarded};
use super::modules::util::{bool_field, num_field, str_field};

/// What `no_answer.ring_seconds` is when not given (KAZOO's default ring time).
pub const DEFAULT_RING_SECONDS: u32 = 20;

/// The busy and no-answer forwards of one user or device.
#[derive(Default)]
pub struct Conditional {
    busy: Option<Forward>,
    no_answer: Option<(Forward, u32)>,
}

fn forward(cx: &Cx, cf: &Value, key: &str, doc: &Value) -> Option<Forward> {
    let mode = cf.get(key)?;
    if bool_field(mode, "enabled") != Some(true) {
        return None;
    }
    allowed_forward(cx, doc, Forward::to(str_field(mode, "number")?, cf, doc))
}

impl Conditional {
    /// The forwards `doc` (a user or device document) asks for on this call: none when its
    /// Always forward is on, in a ring group that ignores forwards, or for a ring group's call
    /// with `direct_calls_only`; each only where the forwarder's own restrictions allow it.
    pub fn of(cx: &Cx, doc: &Value) -> Conditional {
        let Some(cf) = doc.get("call_forward") else {
            return Conditional::default();
        };
        if cx.call.ignore_forward
            || bool_field(cf, "enabled") == Some(true)
            || (bool_field(cf, "direct_calls_only") == Some(true) && cx.call.via_ring_group)
        {
            return Conditional::default();
        }
        let ring_seconds = cf
            .get("no_answer")
            .and_then(|n| num_field(n, "ring_seconds"))
            .map_or(DEFAULT_RING_SECONDS, |s| s.clamp(5, 300) as u32);
        Conditional {
            busy: forward(cx, cf, "busy", doc),
            no_answer: forward(cx, cf, "no_answer", doc).map(|f| (f, ring_seconds)),
        }
    }

    /// How long the own phones ring: `ring_seconds` with a no-answer forward, else `timeout`.
    pub fn ring_timeout(&self, timeout: u32) -> u32 {
        self.no_answer.as_ref().map_or(timeout, |(_, s)| *s)
    }

    /// What to ring after `result`, when it calls for a forward that reaches somebody.
    pub fn after(&self, cx: &Cx, result: &BridgeResult, opts: Options) -> Option<Vec<Endpoint>> {
        let f = match result {
            BridgeResult::Failed { code: 486 | 600 } => self.busy.as_ref()?,
            BridgeResult::NoAnswer => &self.no_answer.as_ref()?.0,
            _ => return None,
        };
        let out = forwarded(cx, f, opts);
        if out.is_empty() {
            tracing::info!(account = %cx.call.account, "conditional forward reaches nobody; the flow goes on");
            return None;
        }
        Some(out)
    }
}
