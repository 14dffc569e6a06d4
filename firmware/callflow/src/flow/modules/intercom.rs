//! `intercom`: calls the extension after the feature code (the capture group) so that the
//! phone answers by itself (`Call-Info: answer-after=0`, `Alert-Info: alert-autoanswer`).
//! An extension whose callflow starts with a user or device rings those phones; any other
//! callflow is simply run.

use edgepbx_sip::engine::FlowEvent;
use serde_json::Value;

use super::ring::{DEFAULT_TIMEOUT, bridge};
use super::util::{after_bridge, auto_answer_headers, dial, secs, str_field};
use crate::flow::context::Cx;
use crate::flow::endpoints::{self, Options};
use crate::flow::step::{Module, Step};

pub struct Intercom {
    data: Value,
}

impl Intercom {
    pub fn new(data: &Value) -> Intercom {
        Intercom { data: data.clone() }
    }
}

impl Module for Intercom {
    fn start(&mut self, cx: &mut Cx) -> Step {
        let Some(number) = cx.call.capture_group().map(str::to_string) else {
            return Step::Error("intercom without an extension".into());
        };
        let Some((cf, _)) = cx.data.lookup(&cx.call.account, &number) else {
            return Step::Error(format!("intercom: no callflow for {number}"));
        };
        let flow = cf.get("flow").cloned().unwrap_or(Value::Null);
        let id = flow
            .pointer("/data/id")
            .and_then(Value::as_str)
            .unwrap_or("");
        let opts = Options::default();
        let endpoints = match str_field(&flow, "module") {
            Some("user") => endpoints::for_user(cx, id, opts),
            Some("device") => endpoints::for_device(cx, id, opts),
            _ => return dial(cx, &number),
        };
        let timeout = secs(&self.data, "timeout", DEFAULT_TIMEOUT);
        bridge(cx, endpoints, timeout, auto_answer_headers(cx))
    }

    fn event(&mut self, _cx: &mut Cx, event: FlowEvent) -> Step {
        after_bridge(event)
    }
}
