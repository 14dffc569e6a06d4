//! `page_group`: rings every member of `endpoints` (users, devices, groups, as in a ring
//! group) at once with the auto-answer headers, for `timeout` (5 s); every phone that
//! answers hears the caller (`audio`: `one-way`, the default, or `two-way`: they can answer
//! back). The engine puts them all in one room; the flow hears back only if none answers.

use edgepbx_sip::engine::{Endpoint, FlowCommand, FlowEvent};
use serde_json::Value;

use super::ring::bridge;
use super::ring_group::member_endpoints;
use super::util::{after_bridge, auto_answer_headers, secs, str_field};
use crate::flow::context::Cx;
use crate::flow::endpoints::Options;
use crate::flow::step::{Module, Step};

pub struct PageGroup {
    data: Value,
}

impl PageGroup {
    pub fn new(data: &Value) -> PageGroup {
        PageGroup { data: data.clone() }
    }
}

impl Module for PageGroup {
    fn start(&mut self, cx: &mut Cx) -> Step {
        let timeout = secs(&self.data, "timeout", 5);
        let opts = Options {
            timeout_secs: Some(timeout),
            ..Options::default()
        };
        let mut all: Vec<Endpoint> = Vec::new();
        let members = self.data.get("endpoints").and_then(Value::as_array);
        for m in members.into_iter().flatten() {
            let Some(id) = str_field(m, "id") else {
                continue;
            };
            for e in member_endpoints(cx, m, id, opts) {
                if !all.iter().any(|x| x.target == e.target) {
                    all.push(e);
                }
            }
        }
        let two_way = str_field(&self.data, "audio") == Some("two-way");
        match bridge(cx, all, timeout, auto_answer_headers(cx)) {
            Step::Command(FlowCommand::Bridge(bridge)) => {
                Step::Command(FlowCommand::Page { bridge, two_way })
            }
            other => other,
        }
    }

    fn event(&mut self, _cx: &mut Cx, event: FlowEvent) -> Step {
        after_bridge(event)
    }
}
