//! Modules whose real work happens outside the flow (or is not built yet). They never break
//! a call: each logs what it does and moves on, or tells the caller and ends the branch.
//! - `missed_call_alert`: notes the `recipients` in `vars["missed_call_alert"]`; when the
//!   call ends unanswered and without a voicemail message, the interpreter hands the alert
//!   to the mailer (`flow::missed_call`).
//! - `manual_presence`: saves a `presence` document `{presence_id, status}` (BLF state;
//!   phones' lamps read it through the SIP engine's subscriptions).
//! - `receive_fax`, `faxbox`: answer and play `fax_receiving`; the T.30 receiver is a
//!   separate piece of work.

use edgepbx_sip::engine::FlowEvent;
use serde_json::{Value, json};

use super::util::{play, prompt, str_field};
use crate::flow::context::Cx;
use crate::flow::step::{Module, Step};

pub struct Hook {
    name: &'static str,
    data: Value,
}

impl Hook {
    pub fn new(name: &'static str, data: &Value) -> Hook {
        Hook {
            name,
            data: data.clone(),
        }
    }
}

impl Module for Hook {
    fn start(&mut self, cx: &mut Cx) -> Step {
        let d = &self.data;
        let account = cx.call.account.clone();
        match self.name {
            "missed_call_alert" => {
                let recipients = d.get("recipients").cloned().unwrap_or(json!([]));
                tracing::info!(%account, %recipients, "missed call alert armed");
                cx.call.vars.insert("missed_call_alert".into(), recipients);
            }
            "manual_presence" => {
                let Some(id) = str_field(d, "presence_id") else {
                    return Step::Error("manual_presence without presence_id".into());
                };
                let status = str_field(d, "status").unwrap_or("idle");
                // `1001@realm` and `1001` are the same lamp in this account.
                let id = id.split('@').next().unwrap_or(id);
                tracing::info!(%account, presence_id = id, status, "manual presence set");
                // The state set by hand is the whole document: it replaces what was there.
                let doc = json!({"presence_id": id, "status": status});
                let replace = move |stored: &mut Value| {
                    *stored = doc.clone();
                    true
                };
                cx.data.update(&account, "presence", id, Box::new(replace));
            }
            "receive_fax" | "faxbox" => {
                tracing::info!(%account, module = self.name, "fax call: receiving is not wired yet");
                return play(vec![prompt("fax_receiving")]);
            }
            other => tracing::warn!(%account, module = other, "unknown hook module"),
        }
        Step::next()
    }

    fn event(&mut self, _cx: &mut Cx, _event: FlowEvent) -> Step {
        Step::Stop
    }
}
