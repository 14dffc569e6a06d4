//! `menu`: the IVR (virtual receptionist). Plays the menu's greeting, collects up to
//! `max_extension_length` digits, and goes to the child with that key; with `hunt`, digits
//! that are a dialable extension go to its callflow. Invalid entries and timeouts retry
//! (`retries`, default 3), then the `max_retries` child or `_`.

use edgepbx_media::session::{CollectEnd, PlayItem};
use edgepbx_sip::engine::{FlowEvent, MediaEvent};
use edgepbx_store::lenient;
use serde_json::Value;

use super::util::{media_item, num_field, play, play_collect, prompt, str_field};
use crate::flow::context::Cx;
use crate::flow::step::{Module, Step};

pub struct Menu {
    data: Value,
    doc: Value,
    tries: u32,
    /// Saying goodbye before the `max_retries` branch.
    exiting: bool,
}

impl Menu {
    pub fn new(data: &Value) -> Menu {
        Menu {
            data: data.clone(),
            doc: Value::Null,
            tries: 0,
            exiting: false,
        }
    }

    fn field(&self, key: &str) -> Option<u64> {
        num_field(&self.doc, key).or_else(|| num_field(&self.data, key))
    }

    fn greeting(&self, cx: &Cx) -> Vec<PlayItem> {
        let media = |key: &str| {
            self.doc
                .pointer(&format!("/media/{key}"))
                .and_then(Value::as_str)
                .and_then(|m| media_item(cx, m))
        };
        let mut items = Vec::new();
        if self.tries > 0 {
            items.push(media("invalid_media").unwrap_or(prompt("ivr_invalid")));
        }
        items.push(media("greeting").unwrap_or(prompt("ivr_enter_extension")));
        items
    }

    fn ask(&mut self, cx: &Cx) -> Step {
        let max = self.field("max_extension_length").unwrap_or(4).clamp(1, 15) as u8;
        let timeout = self.field("timeout").unwrap_or(10_000).clamp(1000, 60_000) as u32;
        let inter = self
            .field("interdigit_timeout")
            .unwrap_or(2000)
            .clamp(500, 10_000) as u32;
        play_collect(self.greeting(cx), max, timeout, inter)
    }

    fn retry_or_exit(&mut self, cx: &Cx, reason: &str) -> Step {
        self.tries += 1;
        let retries = self.field("retries").unwrap_or(3).clamp(1, 10) as u32;
        if self.tries < retries {
            return self.ask(cx);
        }
        tracing::info!(account = %cx.call.account, "menu: {reason} {retries} times; leaving the menu");
        self.exiting = true;
        play(vec![prompt("ivr_goodbye")])
    }

    /// Digits that are an extension: its callflow, if hunting is allowed for them.
    fn hunt(&self, cx: &Cx, digits: &str) -> Option<Value> {
        if self.doc.get("hunt").and_then(lenient::as_bool) != Some(true) {
            return None;
        }
        let allowed = |key: &str, default: bool| {
            str_field(&self.doc, key)
                .and_then(|re| regex_lite::Regex::new(re).ok())
                .map_or(default, |re| re.is_match(digits))
        };
        if !allowed("hunt_allow", true)
            || allowed("hunt_deny", false) && self.doc.get("hunt_deny").is_some()
        {
            return None;
        }
        let (cf, _) = cx.data.lookup(&cx.call.account, digits)?;
        let exact = cf
            .get("numbers")
            .and_then(Value::as_array)
            .is_some_and(|n| n.iter().any(|x| x.as_str() == Some(digits)));
        exact.then(|| cf.get("flow").cloned()).flatten()
    }
}

impl Module for Menu {
    fn start(&mut self, cx: &mut Cx) -> Step {
        if let Some(id) = str_field(&self.data, "id") {
            match cx.doc("menus", id) {
                Some(doc) => self.doc = (*doc).clone(),
                None => return Step::Error(format!("menu {id} does not exist")),
            }
        }
        self.ask(cx)
    }

    fn event(&mut self, cx: &mut Cx, event: FlowEvent) -> Step {
        if self.exiting {
            return if cx.has_child("max_retries") {
                Step::Continue("max_retries".into())
            } else {
                Step::next()
            };
        }
        let FlowEvent::Media(MediaEvent::Played { digits, end }) = event else {
            return Step::next();
        };
        if digits.is_empty() {
            if end == CollectEnd::Timeout && cx.has_child("timeout") {
                return Step::Continue("timeout".into());
            }
            return self.retry_or_exit(cx, "no entry");
        }
        if cx.has_child(&digits) {
            return Step::Continue(digits);
        }
        if let Some(flow) = self.hunt(cx, &digits) {
            return Step::Branch(flow);
        }
        self.retry_or_exit(cx, "invalid entry")
    }
}
