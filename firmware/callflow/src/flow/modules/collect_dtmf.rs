//! `collect_dtmf`: gather digits into a named collection for later modules (pivot sends
//! them, branch_variable can branch on them).

use edgepbx_sip::engine::{FlowEvent, MediaEvent};
use serde_json::Value;

use super::util::{media_item, num_field, play_collect, str_field};
use crate::flow::context::Cx;
use crate::flow::step::{Module, Step};

pub struct CollectDtmf {
    data: Value,
}

impl CollectDtmf {
    pub fn new(data: &Value) -> CollectDtmf {
        CollectDtmf { data: data.clone() }
    }
}

impl Module for CollectDtmf {
    fn start(&mut self, cx: &mut Cx) -> Step {
        let max = num_field(&self.data, "max_digits")
            .unwrap_or(1)
            .clamp(1, 64) as u8;
        let timeout = num_field(&self.data, "timeout")
            .unwrap_or(5000)
            .clamp(100, 60_000) as u32;
        let inter = num_field(&self.data, "interdigit_timeout")
            .unwrap_or(2000)
            .clamp(100, 60_000) as u32;
        let items = str_field(&self.data, "media_id")
            .and_then(|m| media_item(cx, m))
            .into_iter()
            .collect();
        let mut step = play_collect(items, max, timeout, inter);
        let terminators = str_field(&self.data, "terminator")
            .or(str_field(&self.data, "terminators"))
            .unwrap_or("#")
            .to_string();
        if let Step::Command(edgepbx_sip::engine::FlowCommand::Media(
            edgepbx_sip::engine::MediaCommand::Play {
                collect: Some(c), ..
            },
        )) = &mut step
        {
            c.terminators = terminators;
        }
        step
    }

    fn event(&mut self, cx: &mut Cx, event: FlowEvent) -> Step {
        if let FlowEvent::Media(MediaEvent::Played { digits, .. }) = event {
            let name = str_field(&self.data, "collection_name")
                .unwrap_or("default")
                .to_string();
            cx.call.collections.insert(name, Value::String(digits));
        }
        Step::next()
    }
}
