//! `temporal_route`: office hours, lunch and holidays (kazoo.md §5), and the feature-code
//! overrides (enable / disable / reset, or a menu asking which).

use edgepbx_media::session::CollectEnd;
use edgepbx_sip::engine::{FlowEvent, MediaEvent};
use serde_json::Value;

use super::util::{play, play_collect, prompt};
use crate::flow::context::Cx;
use crate::flow::data::edit_existing;
use crate::flow::step::{Module, Step};
use crate::temporal::{self, Action, tz};

pub struct TemporalRoute {
    data: Value,
    /// An override was written and confirmed: the next event ends the node.
    confirmed: bool,
}

impl TemporalRoute {
    pub fn new(data: &Value) -> TemporalRoute {
        TemporalRoute {
            data: data.clone(),
            confirmed: false,
        }
    }

    fn route(&self, cx: &Cx) -> Step {
        let keys: Vec<&str> = cx.children.iter().map(String::as_str).collect();
        let account = cx.data.account(&cx.call.account);
        let zone = tz::pick_zone([
            self.data.get("timezone").and_then(Value::as_str),
            account
                .as_deref()
                .and_then(|a| a.get("timezone"))
                .and_then(Value::as_str),
        ]);
        if !temporal::clock_known(cx.now.unix) {
            tracing::warn!(
                unix = cx.now.unix,
                "temporal_route: the clock is not set yet; taking the default branch"
            );
            return Step::next();
        }
        let Some(now) = tz::from_unix(cx.now.unix as i64) else {
            return Step::next();
        };
        let lookup = |id: &str| {
            cx.doc("temporal_rules", id)
                .or_else(|| cx.doc("temporal_rules_sets", id))
        };
        match temporal::evaluate(&self.data, &keys, lookup, &zone, now) {
            Some(child) => Step::Continue(child),
            None => Step::next(),
        }
    }

    /// Writes the override into every rule in `data.rules`, then confirms it.
    fn apply(&mut self, cx: &Cx, action: Action) -> Step {
        let rules = self
            .data
            .get("rules")
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default();
        for id in rules.iter().filter_map(Value::as_str) {
            if cx.doc("temporal_rules", id).is_none() {
                tracing::warn!(rule = id, "temporal_route override names a missing rule");
                continue;
            }
            let change =
                move |doc: &mut Value| doc.as_object_mut().is_some_and(|d| action.apply(d));
            cx.data.update(
                &cx.call.account,
                "temporal_rules",
                id,
                edit_existing(change),
            );
        }
        self.confirmed = true;
        play(vec![prompt("recording_started"), prompt("ivr_goodbye")])
    }
}

impl Module for TemporalRoute {
    fn start(&mut self, cx: &mut Cx) -> Step {
        match Action::from_data(&self.data) {
            Action::Route => self.route(cx),
            Action::Menu => play_collect(vec![prompt("ivr_enter_extension")], 1, 5000, 2000),
            action => self.apply(cx, action),
        }
    }

    fn event(&mut self, cx: &mut Cx, event: FlowEvent) -> Step {
        if self.confirmed {
            return Step::Stop;
        }
        match event {
            FlowEvent::Media(MediaEvent::Played { digits, end }) if end != CollectEnd::Timeout => {
                match Action::from_menu_digit(&digits) {
                    Some(action) => self.apply(cx, action),
                    None => Step::Stop,
                }
            }
            _ => Step::Stop,
        }
    }
}
