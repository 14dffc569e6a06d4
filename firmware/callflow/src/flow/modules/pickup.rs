//! `group_pickup` (a group, user or device named in `data`) and `group_pickup_feature`
//! (`*87<ext>`: whatever the extension's callflow rings): the engine takes over a call
//! ringing one of those devices. With nothing ringing the caller hears so, then goodbye.

use edgepbx_sip::engine::{FlowCommand, FlowEvent};
use serde_json::Value;

use super::util::{play, prompt, str_field};
use crate::flow::context::Cx;
use crate::flow::endpoints;
use crate::flow::step::{Module, Step};

pub struct Pickup {
    data: Value,
    /// Set by the feature code: the target is the dialled extension (capture group).
    feature: bool,
    asked: bool,
}

impl Pickup {
    pub fn new(data: &Value, feature: bool) -> Pickup {
        Pickup {
            data: data.clone(),
            feature,
            asked: false,
        }
    }

    fn devices(&self, cx: &Cx) -> Result<Vec<String>, String> {
        if self.feature {
            let number = cx
                .call
                .capture_group()
                .ok_or("pickup feature code without an extension")?;
            let (cf, _) = cx
                .data
                .lookup(&cx.call.account, number)
                .ok_or_else(|| format!("pickup: no callflow for {number}"))?;
            let flow = cf.get("flow").cloned().unwrap_or(Value::Null);
            return Ok(match str_field(&flow, "module") {
                Some("ring_group") => ring_group_devices(cx, flow.get("data")),
                Some(kind) => {
                    let id = flow.pointer("/data/id").and_then(Value::as_str);
                    id.map(|id| devices_of(cx, kind, id)).unwrap_or_default()
                }
                None => Vec::new(),
            });
        }
        for (key, kind) in [
            ("device_id", "device"),
            ("user_id", "user"),
            ("group_id", "group"),
        ] {
            if let Some(id) = str_field(&self.data, key) {
                return Ok(devices_of(cx, kind, id));
            }
        }
        Err("group_pickup without group_id, user_id or device_id".into())
    }
}

/// The devices a user owns (or is hot-desked on), a device itself, or a group's members.
fn devices_of(cx: &Cx, kind: &str, id: &str) -> Vec<String> {
    match kind {
        "device" => vec![id.to_string()],
        "user" => endpoints::user_devices(cx, id)
            .into_iter()
            .map(|(device, _)| device)
            .collect(),
        "group" => {
            let Some(group) = cx.doc("groups", id) else {
                return Vec::new();
            };
            let members = group.get("endpoints").and_then(Value::as_object);
            members
                .into_iter()
                .flatten()
                .flat_map(|(member, info)| {
                    let kind = str_field(info, "type").unwrap_or("device");
                    devices_of(cx, kind, member)
                })
                .collect()
        }
        _ => Vec::new(),
    }
}

/// A ring group's members (`endpoints: [{id, endpoint_type}]`).
fn ring_group_devices(cx: &Cx, data: Option<&Value>) -> Vec<String> {
    data.and_then(|d| d.get("endpoints"))
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .flat_map(|e| {
            let kind = str_field(e, "endpoint_type").unwrap_or("device");
            str_field(e, "id")
                .map(|id| devices_of(cx, kind, id))
                .unwrap_or_default()
        })
        .collect()
}

impl Module for Pickup {
    fn start(&mut self, cx: &mut Cx) -> Step {
        match self.devices(cx) {
            Ok(devices) => {
                self.asked = true;
                Step::Command(FlowCommand::Pickup { devices })
            }
            Err(why) => Step::Error(why),
        }
    }

    fn event(&mut self, _cx: &mut Cx, _event: FlowEvent) -> Step {
        if std::mem::take(&mut self.asked) {
            // Only comes back when nothing was ringing.
            return play(vec![prompt("err_not_available"), prompt("ivr_goodbye")]);
        }
        Step::Hangup("NORMAL_CLEARING".into())
    }
}
