//! `call_forward` feature code (kazoo.md §3): edits `call_forward.{enabled,number}` on the
//! caller's user (their device when it has no owner); `on_busy_enable/disable` and
//! `no_answer_enable/disable` edit `call_forward.busy` / `call_forward.no_answer` the same
//! way (enable as `activate`, disable as `deactivate`). `activate` and `update` take the
//! number from the capture group, else ask for it (3–20 digits); `toggle` with a stored
//! number just switches it; `menu`: 1 toggle, 2 new number. A beep (two when off) confirms.
//! There are no recorded feature prompts: the number is asked for with
//! `ivr_enter_extension` and the menu plays no prompt of its own.

use edgepbx_sip::engine::FlowEvent;
use serde_json::{Value, json};

use super::util::{
    bool_field, caller_target, confirm, digits_of, play, play_collect, prompt, set_path, str_field,
};
use crate::flow::context::Cx;
use crate::flow::data::edit_existing;
use crate::flow::step::{Module, Step};

enum Waiting {
    Number,
    Menu,
    Confirmation,
}

pub struct CallForward {
    data: Value,
    /// (kind, id, document) being edited.
    target: (&'static str, String, Value),
    waiting: Waiting,
    /// What a new number does to `enabled` (None: left as it is, `update`).
    enable_with_number: Option<bool>,
    /// Where `enabled` and `number` live: `call_forward`, or its `busy` / `no_answer`.
    path: &'static [&'static str],
}

const ALWAYS: &[&str] = &["call_forward"];
const BUSY: &[&str] = &["call_forward", "busy"];
const NO_ANSWER: &[&str] = &["call_forward", "no_answer"];

impl CallForward {
    pub fn new(data: &Value) -> CallForward {
        CallForward {
            data: data.clone(),
            target: ("users", String::new(), Value::Null),
            waiting: Waiting::Confirmation,
            enable_with_number: Some(true),
            path: ALWAYS,
        }
    }

    /// The forward object being edited, as stored.
    fn forward(&self) -> Option<&Value> {
        self.path
            .iter()
            .try_fold(&self.target.2, |doc, key| doc.get(key))
    }

    fn enabled(&self) -> bool {
        self.forward().and_then(|cf| bool_field(cf, "enabled")) == Some(true)
    }

    fn stored_number(&self) -> Option<&str> {
        self.forward().and_then(|cf| str_field(cf, "number"))
    }

    /// Writes the change, saves the document and confirms it.
    fn apply(&mut self, cx: &Cx, enabled: Option<bool>, number: Option<&str>) -> Step {
        let number = number.map(str::to_string);
        let path = self.path;
        let change = move |doc: &mut Value| {
            let at = |field| [path, &[field]].concat();
            if let Some(on) = enabled {
                set_path(doc, &at("enabled"), json!(on));
            }
            if let Some(n) = &number {
                set_path(doc, &at("number"), json!(n));
            }
            true
        };
        change(&mut self.target.2);
        let (kind, id, _) = &self.target;
        tracing::info!(account = %cx.call.account, kind, id, ?enabled, "call forward changed");
        cx.data
            .update(&cx.call.account, kind, id, edit_existing(change));
        self.waiting = Waiting::Confirmation;
        confirm(self.enabled())
    }

    /// The capture group when it is a number, else ask for one.
    fn with_number(&mut self, cx: &Cx, enable: Option<bool>) -> Step {
        self.enable_with_number = enable;
        match cx.call.capture_group().map(str::to_string) {
            Some(number) => self.apply(cx, enable, Some(&number)),
            None => {
                self.waiting = Waiting::Number;
                play_collect(vec![prompt("ivr_enter_extension")], 20, 8000, 3000)
            }
        }
    }

    fn toggle(&mut self, cx: &Cx) -> Step {
        if self.enabled() {
            return self.apply(cx, Some(false), None);
        }
        if cx.call.capture_group().is_none() && self.stored_number().is_some() {
            return self.apply(cx, Some(true), None);
        }
        self.with_number(cx, Some(true))
    }
}

impl Module for CallForward {
    fn start(&mut self, cx: &mut Cx) -> Step {
        let Some(target) = caller_target(cx) else {
            return Step::Error("call_forward: the caller has no user or device".into());
        };
        self.target = target;
        let action = str_field(&self.data, "action").unwrap_or("toggle");
        self.path = match action {
            "on_busy_enable" | "on_busy_disable" => BUSY,
            "no_answer_enable" | "no_answer_disable" => NO_ANSWER,
            _ => ALWAYS,
        };
        match action {
            "activate" | "on_busy_enable" | "no_answer_enable" => self.with_number(cx, Some(true)),
            "deactivate" | "on_busy_disable" | "no_answer_disable" => {
                self.apply(cx, Some(false), None)
            }
            "update" => self.with_number(cx, None),
            "menu" => {
                self.waiting = Waiting::Menu;
                play_collect(vec![], 1, 8000, 2000)
            }
            _ => self.toggle(cx),
        }
    }

    fn event(&mut self, cx: &mut Cx, event: FlowEvent) -> Step {
        let digits = digits_of(&event).unwrap_or("").to_string();
        match self.waiting {
            Waiting::Confirmation => Step::next(),
            Waiting::Menu => match digits.as_str() {
                "1" => self.toggle(cx),
                "2" => {
                    self.waiting = Waiting::Number;
                    play_collect(vec![prompt("ivr_enter_extension")], 20, 8000, 3000)
                }
                _ => Step::next(),
            },
            Waiting::Number if (3..=20).contains(&digits.len()) => {
                self.apply(cx, self.enable_with_number, Some(&digits))
            }
            Waiting::Number => {
                self.waiting = Waiting::Confirmation;
                play(vec![prompt("ivr_invalid")])
            }
        }
    }
}
