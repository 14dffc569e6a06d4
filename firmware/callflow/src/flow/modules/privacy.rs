//! `privacy` (`*67`): hides the caller ID (`mode` full/yes: name and number, `name`, or
//! `number`), then dials the number after the feature code (the capture group).

use serde_json::Value;

use super::util::{current_caller_id, dial_capture, str_field};
use crate::flow::context::Cx;
use crate::flow::step::{Module, Step};

pub struct Privacy {
    data: Value,
}

impl Privacy {
    pub fn new(data: &Value) -> Privacy {
        Privacy { data: data.clone() }
    }
}

impl Module for Privacy {
    fn start(&mut self, cx: &mut Cx) -> Step {
        let mode = str_field(&self.data, "mode").unwrap_or("full");
        let (hide_name, hide_number) = match mode {
            "name" => (true, false),
            "number" => (false, true),
            _ => (true, true),
        };
        // Privacy is for calls going out: start from the external caller ID.
        let (name, number) = current_caller_id(cx, "external");
        cx.call.caller_id = Some((
            if hide_name { "Anonymous".into() } else { name },
            if hide_number {
                "anonymous".into()
            } else {
                number
            },
        ));
        tracing::info!(account = %cx.call.account, mode, "privacy: caller ID hidden");
        dial_capture(cx)
    }
}
