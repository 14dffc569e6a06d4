//! `pivot` and `webhook`: HTTP to an outside server. Pivot asks `voice_url` for the next
//! callflow (KAZOO JSON: a node `{module, data, children}` or `{"flow": node}`) and runs
//! it; a failure or a bad answer takes `_`. Webhook tells `uri` the call reached this node
//! and moves on whatever the answer.

use edgepbx_sip::engine::{FlowCommand, FlowEvent, HttpRequest, HttpResult};
use serde_json::{Value, json};

use super::util::{num_field, str_field};
use crate::flow::context::Cx;
use crate::flow::step::{Module, Step};

pub struct Http {
    data: Value,
    pivot: bool,
}

impl Http {
    pub fn pivot(data: &Value) -> Http {
        Http {
            data: data.clone(),
            pivot: true,
        }
    }
    pub fn webhook(data: &Value) -> Http {
        Http {
            data: data.clone(),
            pivot: false,
        }
    }
}

/// The call as pivot servers see it (KAZOO's request fields).
fn call_fields(cx: &Cx) -> Vec<(&'static str, String)> {
    let mut fields = vec![
        ("Account-ID", cx.call.account.clone()),
        ("Caller-ID-Name", cx.call.caller.name.clone()),
        ("Caller-ID-Number", cx.call.caller.number.clone()),
        ("To", cx.call.number.clone()),
        ("From", cx.call.caller.number.clone()),
        ("Direction", "inbound".to_string()),
        ("Language", cx.call.language.clone()),
    ];
    if let Some(Value::String(d)) = cx.call.collections.get("default") {
        fields.push(("Digits", d.clone()));
    }
    fields
}

fn form_encode(fields: &[(&str, String)]) -> String {
    fields
        .iter()
        .map(|(k, v)| format!("{}={}", encode(k), encode(v)))
        .collect::<Vec<_>>()
        .join("&")
}

fn encode(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// The next flow in a pivot answer.
fn flow_of(body: &[u8]) -> Result<Value, String> {
    let v: Value = serde_json::from_slice(body).map_err(|e| format!("not JSON: {e}"))?;
    let node = v.get("flow").cloned().unwrap_or(v);
    if node.get("module").and_then(Value::as_str).is_none() {
        return Err("no \"module\" in the answer".into());
    }
    Ok(node)
}

impl Module for Http {
    fn start(&mut self, cx: &mut Cx) -> Step {
        let url_key = if self.pivot { "voice_url" } else { "uri" };
        let Some(url) = str_field(&self.data, url_key) else {
            return Step::Error(format!("{url_key} missing"));
        };
        let method_key = if self.pivot { "method" } else { "http_verb" };
        let method =
            str_field(&self.data, method_key).unwrap_or(if self.pivot { "get" } else { "post" });
        let fields = call_fields(cx);
        let timeout_ms = num_field(&self.data, "req_timeout_ms")
            .unwrap_or(5000)
            .clamp(100, 5000);
        let request = if method.eq_ignore_ascii_case("post") {
            let (content_type, body) = if self.pivot {
                (
                    "application/x-www-form-urlencoded",
                    form_encode(&fields).into_bytes(),
                )
            } else {
                let mut payload: serde_json::Map<String, Value> = fields
                    .iter()
                    .map(|(k, v)| (k.to_string(), json!(v)))
                    .collect();
                if let Some(custom) = self.data.get("custom_data") {
                    payload.insert("custom_data".into(), custom.clone());
                }
                (
                    "application/json",
                    Value::Object(payload).to_string().into_bytes(),
                )
            };
            HttpRequest {
                method: "POST".into(),
                url: url.to_string(),
                content_type: Some(content_type.into()),
                authorization: None,
                body,
                timeout_ms,
            }
        } else {
            let sep = if url.contains('?') { '&' } else { '?' };
            HttpRequest {
                method: "GET".into(),
                url: format!("{url}{sep}{}", form_encode(&fields)),
                content_type: None,
                authorization: None,
                body: Vec::new(),
                timeout_ms,
            }
        };
        Step::Command(FlowCommand::Http(request))
    }

    fn event(&mut self, _cx: &mut Cx, event: FlowEvent) -> Step {
        let FlowEvent::Http(result) = event else {
            return Step::next();
        };
        if !self.pivot {
            if let HttpResult::Failed(why) = result {
                tracing::info!("webhook failed: {why}");
            }
            return Step::next();
        }
        match result {
            HttpResult::Response {
                status: 200..=299,
                body,
                ..
            } => match flow_of(&body) {
                Ok(flow) => Step::Branch(flow),
                Err(why) => Step::Error(format!("pivot answer unusable: {why}")),
            },
            HttpResult::Response { status, .. } => {
                Step::Error(format!("pivot server answered {status}"))
            }
            HttpResult::Failed(why) => Step::Error(format!("pivot request failed: {why}")),
        }
    }
}
