//! Key 9 in the voicemail message menu (KAZOO's return call): the caller of the message is
//! called back through the account's normal routing (the callflow for their number), as
//! the caller checking the box, so that caller's call restrictions apply to it. A call that
//! came in from outside may not: checking voicemail from outside must not become a way to
//! dial out (toll fraud).

use edgepbx_store::vmbox;
use serde_json::Value;

use super::util::prompt;
use super::voicemail::Voicemail;
use crate::flow::context::Cx;
use crate::flow::step::Step;

impl Voicemail {
    pub(super) fn call_back(&mut self, cx: &mut Cx) -> Step {
        let number = vmbox::find(&self.vmbox, &self.queue[0])
            .and_then(|m| m.get("caller_id_number"))
            .and_then(Value::as_str)
            .filter(|n| !n.is_empty())
            .map(str::to_string);
        let Some(number) = number else {
            return self.play_message(cx, vec![prompt("ivr_invalid")]);
        };
        if cx.call.from_outside {
            tracing::warn!(vmbox = %self.box_id, caller = %cx.call.caller.number, %number,
                "voicemail return call refused: the call came from outside");
            return self.play_message(cx, vec![prompt("err_not_allowed")]);
        }
        let Some((callflow, captures)) = cx.data.lookup(&cx.call.account, &number) else {
            return self.play_message(cx, vec![prompt("err_no_route")]);
        };
        let Some(flow) = callflow.get("flow").cloned() else {
            return self.play_message(cx, vec![prompt("err_no_route")]);
        };
        tracing::info!(vmbox = %self.box_id, %number, "voicemail: calling the message's caller back");
        // The call now dials that number (offnet, restrictions and CDRs see it).
        cx.call.number = number;
        cx.call.captures = captures;
        Step::Branch(flow)
    }
}
