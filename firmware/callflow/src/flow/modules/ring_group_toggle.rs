//! `ring_group_toggle` (kazoo.md §7.1): an agent logs in to or out of the ring groups of
//! callflow `callflow_id`. Every `ring_group` node there whose `endpoints` name the caller's
//! user (or device) gets `disable_until` 0 (login) or 66269664000 (logout, year 2100, which
//! the ring group skips); the callflow is saved and a beep (two for logout) confirms.

use edgepbx_sip::engine::FlowEvent;
use serde_json::{Value, json};

use super::util::{confirm, str_field};
use crate::flow::context::Cx;
use crate::flow::data::edit_existing;
use crate::flow::step::{Module, Step};

/// Gregorian seconds of 2100-01-01: "disabled until further notice".
const LOGGED_OUT_UNTIL: u64 = 66_269_664_000;

pub struct RingGroupToggle {
    data: Value,
}

impl RingGroupToggle {
    pub fn new(data: &Value) -> RingGroupToggle {
        RingGroupToggle { data: data.clone() }
    }
}

/// Sets `disable_until` on the members that are one of `ids` in every ring_group node under
/// `node`; how many were changed.
fn mark(node: &mut Value, ids: &[&str], until: u64) -> usize {
    let mut changed = 0;
    if node.get("module").and_then(Value::as_str) == Some("ring_group") {
        let members = node
            .pointer_mut("/data/endpoints")
            .and_then(Value::as_array_mut);
        for m in members.into_iter().flatten() {
            if str_field(m, "id").is_some_and(|id| ids.contains(&id)) {
                m["disable_until"] = json!(until);
                changed += 1;
            }
        }
    }
    if let Some(children) = node.get_mut("children").and_then(Value::as_object_mut) {
        for child in children.values_mut() {
            changed += mark(child, ids, until);
        }
    }
    changed
}

impl Module for RingGroupToggle {
    fn start(&mut self, cx: &mut Cx) -> Step {
        let Some(cf_id) = str_field(&self.data, "callflow_id") else {
            return Step::Error("ring_group_toggle without callflow_id".into());
        };
        let Some(cf) = cx.doc("callflows", cf_id) else {
            return Step::Error(format!("callflow {cf_id} does not exist"));
        };
        let login = match str_field(&self.data, "action") {
            Some("login") => true,
            Some("logout") => false,
            other => return Step::Error(format!("ring_group_toggle action {other:?}")),
        };
        let until = if login { 0 } else { LOGGED_OUT_UNTIL };
        let caller = &cx.call.caller;
        let ids: Vec<&str> = caller
            .owner_id
            .as_deref()
            .into_iter()
            .chain([caller.device_id.as_str()])
            .collect();
        let mut cf = (*cf).clone();
        let changed = cf.get_mut("flow").map_or(0, |f| mark(f, &ids, until));
        if changed == 0 {
            return Step::Error(format!(
                "the caller is not a member of {cf_id}'s ring groups"
            ));
        }
        tracing::info!(callflow = cf_id, login, "ring group membership changed");
        let ids: Vec<String> = ids.into_iter().map(str::to_string).collect();
        let change = move |cf: &mut Value| {
            let ids: Vec<&str> = ids.iter().map(String::as_str).collect();
            cf.get_mut("flow").map_or(0, |f| mark(f, &ids, until)) > 0
        };
        cx.data
            .update(&cx.call.account, "callflows", cf_id, edit_existing(change));
        confirm(login)
    }

    fn event(&mut self, _cx: &mut Cx, _event: FlowEvent) -> Step {
        Step::next()
    }
}
