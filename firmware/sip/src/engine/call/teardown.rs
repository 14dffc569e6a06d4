//! Ending a call: every side still up is answered or sent BYE, media freed, CDRs out.

use super::*;

/// How long a flow of an ended call still gets its media server's last result.
const LINGER_MS: Millis = 10_000;

/// The flow left in a call whose own flow lingers on.
struct Over;

impl CallFlow for Over {
    fn start(&mut self, _now: Now) -> FlowCommand {
        FlowCommand::Idle
    }
    fn event(&mut self, _now: Now, _event: FlowEvent) -> FlowCommand {
        FlowCommand::Idle
    }
}

impl Engine {
    /// Ends a call: answers or hangs up every side still up, frees the media, writes CDRs.
    /// `by` is the side that hung up (None when the box ended it).
    pub(in crate::engine) fn end_call(
        &mut self,
        now: Now,
        mut call: Call,
        cause: &str,
        by: Option<Side>,
    ) {
        tracing::debug!(call = %call.a.call_id, cause, ?by, "call ends");
        let keep = call.winner;
        self.cancel_other_legs(now, &mut call, keep);
        self.end_page(now, &mut call);
        let was_terminated = call.terminated;
        self.close_terminated(&mut call);
        call.pending.clear();
        if !call.a_answered {
            if !call.responded {
                let code = status_for_cause(cause);
                self.send_to_a(now, &call, code, None);
            }
        } else if by != Some(Side::A) {
            self.bye(now, &mut call, Side::A);
        }
        if call.winner.is_some() && by != Some(Side::B) {
            self.bye(now, &mut call, Side::B);
        }
        for f in std::mem::take(&mut call.forwards) {
            let tag = self.ids.tag();
            let bytes =
                Writer::response_to(&f.request, 481, reason_phrase(481), Some(&tag)).finish_empty();
            self.tx.respond(now.mono, f.server, 481, bytes);
        }
        self.stop_listening(now, &mut call);
        self.outbound_call_over(now, &call);
        call.flow.ended(now);
        self.media.release(call.media.id);
        self.dialogs
            .remove(&(call.a.call_id.clone(), call.a.local_tag.clone()));
        for leg in &call.legs {
            self.dialogs
                .remove(&(leg.dialog.call_id.clone(), leg.dialog.local_tag.clone()));
        }
        let hangup_code = if call.a_answered {
            "sip:200".to_string()
        } else {
            format!("sip:{}", status_for_cause(cause))
        };
        for (account, cdr) in
            crate::engine::cdr::records(&call_summary(&call), now, cause, &hangup_code)
        {
            self.out.push_back(Output::Cdr { account, cdr });
        }
        // The caller's INVITE is the only server transaction a call is indexed by.
        self.server_tx.remove(&call.a_invite_tx);
        self.confirm_failed(now, &mut call);
        if was_terminated {
            let flow = std::mem::replace(&mut call.flow, Box::new(Over));
            self.lingering
                .insert(call.id, (flow, call.flow_tag, now.mono + LINGER_MS));
        }
    }

    pub(in crate::engine) fn bye(&mut self, now: Now, call: &mut Call, side: Side) {
        if let Some(d) = call.dialog_mut(side) {
            let mut dialog = d.clone();
            self.bye_dialog(now, &mut dialog);
            if let Some(d) = call.dialog_mut(side) {
                *d = dialog;
            }
        }
    }

    pub(in crate::engine) fn bye_dialog(&mut self, now: Now, dialog: &mut Dialog) {
        let branch = self.ids.branch();
        let sent_by = self.sent_by_on(dialog);
        let mut w = dialog.request("BYE", &branch, &sent_by);
        w.header("User-Agent", &self.cfg.user_agent);
        self.tx
            .send_request(now.mono, dialog.peer, w.finish_empty());
    }
}
