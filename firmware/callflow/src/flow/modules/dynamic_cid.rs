//! `dynamic_cid`: choose the caller ID for one call, then dial the number after the feature
//! code (the capture group).
//! - `static`: `caller_id {name, number}` from the node.
//! - `manual` (default): the caller keys the number to present (up to `max_digits`, 10),
//!   which must match `whitelist_regex` (digits only by default).
//! - `list`/`lists`: best guess at KAZOO's list mode: the `lists` document `id` has
//!   `entries` keyed by a code (`{code: {name, number}}`, or an array of
//!   `{cid_key, cid_name, cid_number}`); the capture group starts with the code (`length`
//!   digits, 2) and the rest is the number to dial.

use edgepbx_sip::engine::FlowEvent;
use serde_json::Value;

use super::util::{
    current_caller_id, dial, dial_capture, digits_of, num_field, play, play_collect, prompt,
    str_field,
};
use crate::flow::context::Cx;
use crate::flow::step::{Module, Step};

pub struct DynamicCid {
    data: Value,
    refused: bool,
}

impl DynamicCid {
    pub fn new(data: &Value) -> DynamicCid {
        DynamicCid {
            data: data.clone(),
            refused: false,
        }
    }

    /// Presents `name`/`number` (either kept from the current caller ID when None).
    fn present(cx: &mut Cx, name: Option<&str>, number: Option<&str>) {
        let (cur_name, cur_number) = current_caller_id(cx, "external");
        cx.call.caller_id = Some((
            name.map_or(cur_name, str::to_string),
            number.map_or(cur_number, str::to_string),
        ));
    }

    fn list(&self, cx: &mut Cx) -> Step {
        let Some(id) = str_field(&self.data, "id") else {
            return Step::Error("dynamic_cid list without id".into());
        };
        let Some(doc) = cx.doc("lists", id) else {
            return Step::Error(format!("dynamic_cid list {id} does not exist"));
        };
        let captured = cx.call.capture_group().unwrap_or("").to_string();
        let len = num_field(&doc, "length").unwrap_or(2) as usize;
        let (Some(code), Some(rest)) = (captured.get(..len), captured.get(len..)) else {
            return Step::Error("dynamic_cid: no list code in the number".into());
        };
        let entry = match doc.get("entries") {
            Some(Value::Object(map)) => map
                .get(code)
                .map(|e| (str_field(e, "name"), str_field(e, "number"))),
            Some(Value::Array(list)) => list
                .iter()
                .find(|e| str_field(e, "cid_key") == Some(code))
                .map(|e| (str_field(e, "cid_name"), str_field(e, "cid_number"))),
            _ => None,
        };
        let Some((name, number)) = entry else {
            return Step::Error(format!("dynamic_cid list {id} has no entry {code}"));
        };
        let (name, number) = (name.map(str::to_string), number.map(str::to_string));
        Self::present(cx, name.as_deref(), number.as_deref());
        dial(cx, rest)
    }
}

impl Module for DynamicCid {
    fn start(&mut self, cx: &mut Cx) -> Step {
        match str_field(&self.data, "action").unwrap_or("manual") {
            "static" => {
                let cid = self.data.get("caller_id").cloned().unwrap_or(Value::Null);
                Self::present(cx, str_field(&cid, "name"), str_field(&cid, "number"));
                dial_capture(cx)
            }
            "list" | "lists" => self.list(cx),
            _ => {
                let max = num_field(&self.data, "max_digits")
                    .unwrap_or(10)
                    .clamp(1, 20);
                play_collect(vec![prompt("ivr_enter_extension")], max as u8, 8000, 3000)
            }
        }
    }

    fn event(&mut self, cx: &mut Cx, event: FlowEvent) -> Step {
        if self.refused {
            return Step::next();
        }
        let digits = digits_of(&event).unwrap_or("").to_string();
        let allowed = str_field(&self.data, "whitelist_regex")
            .unwrap_or(r"^\d+$")
            .parse::<regex_lite::Regex>()
            .is_ok_and(|re| re.is_match(&digits));
        if digits.is_empty() || !allowed {
            tracing::info!(account = %cx.call.account, digits, "dynamic_cid: caller ID refused");
            self.refused = true;
            return play(vec![prompt("err_not_allowed")]);
        }
        Self::present(cx, None, Some(&digits));
        dial_capture(cx)
    }
}
