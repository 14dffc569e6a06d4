//! `ring_group` (kazoo.md §7.1): members are devices, users (all their devices) or groups;
//! `simultaneous` rings them at once (each after its own delay, for its own timeout),
//! `single` one after another in order, `weighted_random` one after another in a weighted
//! shuffle. Members in `disable_until` the future are skipped, the caller's device is
//! left out, `repeats` rounds on no answer, then `_` (or a failure child). A member of a
//! group named here who holds the call plays the group's music (`hold_music`).
//! `ignore_forward` (KAZOO's default: true) rings the members' own phones, not where they
//! forward; SmartPBX's "allow call forward" writes it `false`.

use crate::flow::ringback;
use edgepbx_sip::engine::{BridgeResult, Endpoint, FlowEvent};
use serde_json::Value;

use super::ring::{DEFAULT_TIMEOUT, bridge};
use super::util::{bool_field, bridge_step, num_field, str_field};
use crate::flow::context::Cx;
use crate::flow::endpoints::{self, Options};
use crate::flow::step::{Module, Step};

/// One member, expanded to endpoints, with its weight for the random strategy.
struct Member {
    endpoints: Vec<Endpoint>,
    weight: u64,
    timeout: u32,
}

pub struct RingGroup {
    data: Value,
    /// For one-at-a-time strategies: the members left in this round.
    queue: Vec<Member>,
    round: u32,
}

impl RingGroup {
    pub fn new(data: &Value) -> RingGroup {
        RingGroup {
            data: data.clone(),
            queue: Vec::new(),
            round: 0,
        }
    }

    fn strategy(&self) -> &str {
        str_field(&self.data, "strategy").unwrap_or("simultaneous")
    }

    fn timeout(&self) -> u32 {
        num_field(&self.data, "timeout").map_or(DEFAULT_TIMEOUT, |t| t.clamp(1, 3600) as u32)
    }

    fn members(&self, cx: &Cx) -> Vec<Member> {
        let now_greg = cx.now.unix + edgepbx_store::GREGORIAN_OFFSET;
        let mut members = Vec::new();
        let mut seen = Vec::new();
        let list = self
            .data
            .get("endpoints")
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default();
        for m in &list {
            let Some(id) = str_field(m, "id") else {
                continue;
            };
            if num_field(m, "disable_until").is_some_and(|t| t > now_greg) {
                continue;
            }
            let delay = num_field(m, "delay").unwrap_or(0).min(600) as u32;
            let timeout =
                num_field(m, "timeout").map_or(self.timeout(), |t| t.clamp(1, 3600) as u32);
            let key = (id.to_string(), delay, timeout);
            if seen.contains(&key) {
                continue;
            }
            seen.push(key);
            let opts = Options {
                can_call_self: false,
                delay_secs: delay,
                timeout_secs: Some(timeout),
            };
            let endpoints = member_endpoints(cx, m, id, opts);
            if !endpoints.is_empty() {
                let weight = num_field(m, "weight").unwrap_or(1).clamp(1, 100);
                members.push(Member {
                    endpoints,
                    weight,
                    timeout,
                });
            }
        }
        members
    }

    fn next_round(&mut self, cx: &mut Cx) -> Step {
        self.round += 1;
        cx.call.via_ring_group = true;
        cx.call.ignore_forward = bool_field(&self.data, "ignore_forward").unwrap_or(true);
        let mut members = self.members(cx);
        cx.call.ignore_forward = false;
        if members.is_empty() {
            return bridge_step(&BridgeResult::NoEndpoints);
        }
        match self.strategy() {
            "single" => {}
            "weighted_random" => weighted_shuffle(&mut members, cx.now.mono ^ cx.now.unix),
            _ => {
                let mut all: Vec<Endpoint> =
                    members.into_iter().flat_map(|m| m.endpoints).collect();
                all.sort_by_key(|e| e.delay_secs);
                return self.ring(cx, all, self.timeout());
            }
        }
        members.reverse();
        self.queue = members;
        self.ring_next(cx)
    }

    fn ring_next(&mut self, cx: &mut Cx) -> Step {
        let Some(member) = self.queue.pop() else {
            return Step::Failed {
                cause: "NO_ANSWER".into(),
                code: 480,
            };
        };
        let endpoints = member
            .endpoints
            .into_iter()
            .map(|e| Endpoint { delay_secs: 0, ..e })
            .collect();
        self.ring(cx, endpoints, member.timeout)
    }

    fn ring(&self, cx: &Cx, endpoints: Vec<Endpoint>, timeout: u32) -> Step {
        let mut step = bridge(cx, endpoints, timeout, Vec::new());
        ringback::apply_own(&mut step, &**cx.data, &cx.call.account, &self.data);
        if let Step::Command(edgepbx_sip::engine::FlowCommand::Bridge(b)) = &mut step {
            b.ignore_early_media = true;
            b.music_groups = self.group_members();
            let kind = if cx.call.from_outside {
                "external"
            } else {
                "internal"
            };
            if let Some(tone) = self
                .data
                .pointer(&format!("/ringtones/{kind}"))
                .and_then(Value::as_str)
            {
                b.headers.push(("Alert-Info".into(), tone.to_string()));
            }
        }
        step
    }
}

impl RingGroup {
    /// The groups named as members: a member of one holding the call plays its music.
    fn group_members(&self) -> Vec<String> {
        let list = self.data.get("endpoints").and_then(Value::as_array);
        let groups = list
            .into_iter()
            .flatten()
            .filter(|m| str_field(m, "endpoint_type") == Some("group"))
            .filter_map(|m| str_field(m, "id"));
        let mut ids: Vec<String> = Vec::new();
        for id in groups {
            if !ids.iter().any(|g| g == id) {
                ids.push(id.to_string());
            }
        }
        ids
    }
}

/// One `endpoints` entry (`endpoint_type` user, group or device) expanded.
pub(super) fn member_endpoints(cx: &Cx, member: &Value, id: &str, opts: Options) -> Vec<Endpoint> {
    match str_field(member, "endpoint_type").unwrap_or("device") {
        "user" => endpoints::for_user(cx, id, opts),
        "group" => group_endpoints(cx, id, opts),
        _ => endpoints::for_device(cx, id, opts),
    }
}

/// A group document's `endpoints` ({id: {type}}), expanded.
fn group_endpoints(cx: &Cx, group_id: &str, opts: Options) -> Vec<Endpoint> {
    let Some(group) = cx.doc("groups", group_id) else {
        return Vec::new();
    };
    let members = group
        .get("endpoints")
        .and_then(Value::as_object)
        .cloned()
        .unwrap_or_default();
    members
        .iter()
        .flat_map(|(id, m)| match m.get("type").and_then(Value::as_str) {
            Some("user") => endpoints::for_user(cx, id, opts),
            _ => endpoints::for_device(cx, id, opts),
        })
        .collect()
}

/// Shuffles by weight (each pick proportional to its weight), from a seed.
fn weighted_shuffle(members: &mut Vec<Member>, seed: u64) {
    let mut state = seed | 1;
    let mut out = Vec::with_capacity(members.len());
    while !members.is_empty() {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        let total: u64 = members.iter().map(|m| m.weight).sum();
        let mut pick = state % total.max(1);
        let i = members
            .iter()
            .position(|m| {
                if pick < m.weight {
                    true
                } else {
                    pick -= m.weight;
                    false
                }
            })
            .unwrap_or(0);
        out.push(members.remove(i));
    }
    *members = out;
}

impl Module for RingGroup {
    fn start(&mut self, cx: &mut Cx) -> Step {
        if self
            .data
            .get("endpoints")
            .and_then(Value::as_array)
            .is_none()
        {
            return Step::Error("ring_group without data.endpoints".into());
        }
        self.next_round(cx)
    }

    fn event(&mut self, cx: &mut Cx, event: FlowEvent) -> Step {
        let FlowEvent::Bridge(result) = event else {
            return Step::next();
        };
        let one_at_a_time = self.strategy() != "simultaneous";
        match result {
            BridgeResult::Answered => Step::Done,
            BridgeResult::Failed { .. } if !one_at_a_time => bridge_step(&result),
            _ if one_at_a_time && !self.queue.is_empty() => self.ring_next(cx),
            _ => {
                let repeats = num_field(&self.data, "repeats").unwrap_or(1).clamp(1, 20) as u32;
                if self.round < repeats {
                    self.next_round(cx)
                } else {
                    bridge_step(&result)
                }
            }
        }
    }
}
