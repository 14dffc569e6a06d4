//! Modules that change the call's state and move on: `response`, `sleep`, `language`,
//! `set_variable`/`set_cav`, `prepend_cid`, `set_alert_info`, `set_cid`.

use edgepbx_sip::engine::FlowCommand;
use serde_json::Value;

use super::util::{num_field, str_field};
use crate::flow::context::Cx;
use crate::flow::step::{Module, Step};

/// A module that acts once on start and continues to `_`.
pub struct Simple {
    name: &'static str,
    data: Value,
}

impl Simple {
    pub fn new(name: &'static str, data: &Value) -> Simple {
        Simple {
            name,
            data: data.clone(),
        }
    }
}

impl Module for Simple {
    fn start(&mut self, cx: &mut Cx) -> Step {
        let d = &self.data;
        match self.name {
            "response" => {
                let code = num_field(d, "code").unwrap_or(486).clamp(100, 699) as u16;
                let reason = str_field(d, "message").unwrap_or("").to_string();
                return Step::Command(FlowCommand::Respond { code, reason });
            }
            "sleep" => {
                let amount = num_field(d, "duration").unwrap_or(0);
                let unit_ms = match str_field(d, "unit").unwrap_or("s") {
                    "ms" => 1,
                    "m" => 60_000,
                    "h" => 3_600_000,
                    _ => 1000,
                };
                let ms = amount.saturating_mul(unit_ms).min(3_600_000);
                if ms > 0 {
                    return Step::Command(FlowCommand::Wait { ms });
                }
            }
            "language" => match str_field(d, "language") {
                Some(lang) => {
                    cx.call.flow_language = Some(lang.to_ascii_lowercase());
                    crate::flow::language::adopt(cx, None);
                }
                None => return Step::Error("language without data.language".into()),
            },
            "set_variable" => match (str_field(d, "variable"), d.get("value")) {
                (Some(var), Some(value)) => {
                    cx.call.vars.insert(var.to_string(), value.clone());
                }
                _ => return Step::Error("set_variable needs variable and value".into()),
            },
            "set_cav" | "set_variables" => {
                let vars = d
                    .get("custom_application_vars")
                    .and_then(Value::as_object)
                    .cloned()
                    .unwrap_or_default();
                cx.call.vars.extend(vars);
            }
            "prepend_cid" => {
                if str_field(d, "action") == Some("reset") {
                    cx.call.cid_name_prefix.clear();
                    cx.call.cid_number_prefix.clear();
                } else {
                    let name = str_field(d, "caller_id_name_prefix").unwrap_or("");
                    let number = str_field(d, "caller_id_number_prefix").unwrap_or("");
                    cx.call.cid_name_prefix.insert_str(0, name);
                    cx.call.cid_number_prefix.insert_str(0, number);
                }
            }
            "set_alert_info" => {
                cx.call.alert_info = str_field(d, "alert_info").map(str::to_string);
            }
            "set_cid" => {
                let current = cx.call.caller_id.clone().unwrap_or_else(|| {
                    (cx.call.caller.name.clone(), cx.call.caller.number.clone())
                });
                cx.call.caller_id = Some((
                    str_field(d, "caller_id_name").map_or(current.0, str::to_string),
                    str_field(d, "caller_id_number").map_or(current.1, str::to_string),
                ));
            }
            _ => {}
        }
        Step::next()
    }
}
