//! The ringing modules: `user`, `device` — ring endpoints (a busy or unanswered ring
//! forwarded once when the user or device asks for it), then branch on how it went.

use edgepbx_sip::engine::{Bridge, Endpoint, FlowCommand, FlowEvent};
use serde_json::Value;

use super::util::{after_bridge, bool_field, bridge_step, num_field, str_field};
use crate::flow::conditional_forward::Conditional;
use crate::flow::context::Cx;
use crate::flow::endpoints::{self, Options};
use crate::flow::step::{Module, Step};

/// KAZOO's default ring time.
pub const DEFAULT_TIMEOUT: u32 = 20;

/// The bridge command for `endpoints` with the call's caller ID and distinctive ring.
pub fn bridge(
    cx: &Cx,
    endpoints: Vec<Endpoint>,
    timeout_secs: u32,
    extra: Vec<(String, String)>,
) -> Step {
    let kind = if cx.call.from_outside {
        "external"
    } else {
        "internal"
    };
    bridge_as(cx, endpoints, timeout_secs, extra, kind)
}

/// [`bridge`] presenting the caller ID of `kind` (`internal`/`external`) whoever calls.
pub fn bridge_as(
    cx: &Cx,
    endpoints: Vec<Endpoint>,
    timeout_secs: u32,
    extra: Vec<(String, String)>,
    kind: &str,
) -> Step {
    let caller_id = endpoints::caller_id(cx, kind);
    bridge_presenting(cx, endpoints, timeout_secs, extra, caller_id)
}

/// [`bridge`] presenting `caller_id` (name, number).
pub fn bridge_presenting(
    cx: &Cx,
    endpoints: Vec<Endpoint>,
    timeout_secs: u32,
    extra: Vec<(String, String)>,
    caller_id: (String, String),
) -> Step {
    if endpoints.is_empty() {
        return bridge_step(&edgepbx_sip::engine::BridgeResult::NoEndpoints);
    }
    let mut headers = extra;
    if let Some(alert) = &cx.call.alert_info {
        headers.push(("Alert-Info".into(), alert.clone()));
    }
    Step::Command(FlowCommand::Bridge(Bridge {
        record: super::call_recording::for_bridge(cx, &endpoints),
        endpoints,
        timeout_secs,
        caller_id: Some(caller_id),
        headers,
        ignore_early_media: false,
        ringback: None,
        transfer_ringback: None,
        music_groups: Vec::new(),
        confirm_prompt: None,
    }))
}

/// `custom_sip_headers` from a node's data, as header pairs (CR/LF stripped).
pub fn custom_headers(data: &Value) -> Vec<(String, String)> {
    data.get("custom_sip_headers")
        .and_then(Value::as_object)
        .map(|h| {
            h.iter()
                .filter_map(|(k, v)| Some((k.clone(), v.as_str()?.replace(['\r', '\n'], " "))))
                .filter(|(k, _)| k.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'))
                .collect()
        })
        .unwrap_or_default()
}

fn timeout(data: &Value) -> u32 {
    match num_field(data, "timeout") {
        Some(0) | None => DEFAULT_TIMEOUT,
        Some(t) => t.min(3600) as u32,
    }
}

fn options(data: &Value) -> Options {
    Options {
        can_call_self: bool_field(data, "can_call_self").unwrap_or(false),
        delay_secs: num_field(data, "delay").unwrap_or(0).min(600) as u32,
        timeout_secs: None,
    }
}

pub struct Ring {
    kind: &'static str,
    data: Value,
    /// The busy / no-answer forwards, until one has been rung.
    forwards: Option<Conditional>,
}

impl Ring {
    pub fn user(data: &Value) -> Ring {
        Ring {
            kind: "user",
            data: data.clone(),
            forwards: None,
        }
    }
    pub fn device(data: &Value) -> Ring {
        Ring {
            kind: "device",
            data: data.clone(),
            forwards: None,
        }
    }
}

impl Module for Ring {
    fn start(&mut self, cx: &mut Cx) -> Step {
        let Some(id) = str_field(&self.data, "id") else {
            return Step::Error(format!("{} module without data.id", self.kind));
        };
        let kind = if self.kind == "user" {
            "users"
        } else {
            "devices"
        };
        let Some(doc) = cx.doc(kind, id) else {
            return Step::Error(format!("{} {id} does not exist", self.kind));
        };
        // Prompts after this (no answer, busy, a voicemail without a language) are in the
        // called party's language.
        crate::flow::language::adopt_callee(cx, kind, id);
        let opts = options(&self.data);
        let endpoints = if self.kind == "user" {
            endpoints::for_user(cx, id, opts)
        } else {
            endpoints::for_device(cx, id, opts)
        };
        let forwards = Conditional::of(cx, &doc);
        let ring = forwards.ring_timeout(timeout(&self.data));
        self.forwards = Some(forwards);
        bridge(cx, endpoints, ring, custom_headers(&self.data))
    }

    fn event(&mut self, cx: &mut Cx, event: FlowEvent) -> Step {
        if let FlowEvent::Bridge(result) = &event
            && let Some(forwards) = self.forwards.take()
            && let Some(endpoints) = forwards.after(cx, result, options(&self.data))
        {
            tracing::info!(account = %cx.call.account, ?result, "forwarding the call (busy / no answer)");
            return bridge(
                cx,
                endpoints,
                timeout(&self.data),
                custom_headers(&self.data),
            );
        }
        after_bridge(event)
    }
}
