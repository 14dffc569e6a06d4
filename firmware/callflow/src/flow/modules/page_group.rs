//! `page_group`: rings every member of `endpoints` (users, devices, groups, as in a ring
//! group) at once with the auto-answer headers, for `timeout` (5 s).
//!
//! Known gap: the engine's bridge has one winner, so only the first phone to auto-answer
//! hears the page; the others are cancelled. A real multi-party page needs each phone
//! joined to one conference room (`MediaCommand::Conference`) by the engine, which has no
//! command for "call these endpoints into a room" yet.

use edgepbx_sip::engine::{Endpoint, FlowEvent};
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
        bridge(cx, all, timeout, auto_answer_headers(cx))
    }

    fn event(&mut self, _cx: &mut Cx, event: FlowEvent) -> Step {
        after_bridge(event)
    }
}
