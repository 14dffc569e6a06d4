//! `do_not_disturb` feature code: `activate`, `deactivate` or `toggle` (default)
//! `do_not_disturb.enabled` on the user in `data.id`, else the caller's user, else the
//! caller's device; a beep (two when off) confirms.

use edgepbx_sip::engine::FlowEvent;
use edgepbx_store::lenient;
use serde_json::{Value, json};

use super::util::{caller_target, confirm, set_path, str_field};
use crate::flow::context::Cx;
use crate::flow::data::edit_existing;
use crate::flow::step::{Module, Step};

pub struct DoNotDisturb {
    data: Value,
}

impl DoNotDisturb {
    pub fn new(data: &Value) -> DoNotDisturb {
        DoNotDisturb { data: data.clone() }
    }
}

impl Module for DoNotDisturb {
    fn start(&mut self, cx: &mut Cx) -> Step {
        let target = match str_field(&self.data, "id") {
            Some(id) => cx
                .doc("users", id)
                .map(|u| ("users", id.to_string(), (*u).clone())),
            None => caller_target(cx),
        };
        let Some((kind, id, doc)) = target else {
            return Step::Error("do_not_disturb: no user or device to change".into());
        };
        let on = doc
            .pointer("/do_not_disturb/enabled")
            .and_then(lenient::as_bool)
            == Some(true);
        let on = match str_field(&self.data, "action").unwrap_or("toggle") {
            "activate" => true,
            "deactivate" => false,
            _ => !on,
        };
        tracing::info!(account = %cx.call.account, kind, id, on, "do not disturb changed");
        let change = move |doc: &mut Value| {
            set_path(doc, &["do_not_disturb", "enabled"], json!(on));
            true
        };
        cx.data
            .update(&cx.call.account, kind, &id, edit_existing(change));
        confirm(on)
    }

    fn event(&mut self, _cx: &mut Cx, _event: FlowEvent) -> Step {
        Step::next()
    }
}
