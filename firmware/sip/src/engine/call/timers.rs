//! Time-driven ends: ring timeouts, dead media, transactions that never completed.

use super::*;

impl Engine {
    /// Flow waits, ring timeouts (whole bridge and per leg), delayed endpoints.
    pub(in crate::engine) fn call_timers(&mut self, now: Now) {
        let due: Vec<CallId> = self
            .calls
            .values()
            .filter(|c| c.next_timer().is_some_and(|t| t <= now.mono))
            .map(|c| c.id)
            .collect();
        for cid in due {
            let Some(mut call) = self.calls.remove(&cid) else {
                continue;
            };
            if call.flow_timer.is_some_and(|(at, _)| at <= now.mono) {
                self.flow_timer_due(now, call);
                continue;
            }
            if call.listen.deadline().is_some_and(|at| at <= now.mono) {
                self.keys_due(now, call);
                continue;
            }
            if call.ring_deadline.is_some_and(|d| d <= now.mono) {
                call.ring_deadline = None;
                call.pending.clear();
                self.cancel_other_legs(now, &mut call, None);
                let command = call
                    .flow
                    .event(now, FlowEvent::Bridge(BridgeResult::NoAnswer));
                self.run_command(now, call, command);
                continue;
            }
            self.start_due_endpoints(now, &mut call);
            for leg in &mut call.legs {
                if matches!(leg.state, LegState::Trying | LegState::Early)
                    && leg.deadline <= now.mono
                {
                    leg.state = LegState::Done(408);
                    if let Some(cancel) = cancel_for(&leg.invite) {
                        self.tx.send_request(now.mono, leg.dialog.peer, cancel);
                    }
                }
            }
            self.check_bridge_done(now, call);
        }
    }

    /// Hangs up answered calls whose media stopped (a phone lost power or network).
    pub(in crate::engine) fn check_media(&mut self, now: Now) {
        let timeout = self.cfg.media_timeout_ms;
        let watched: Vec<CallId> = self
            .calls
            .values()
            .filter(|c| c.a_answered && !c.on_hold)
            .map(|c| c.id)
            .collect();
        for cid in watched {
            // Out of the table while it is looked at, like a call handling a message: a
            // panic here tears this call down (`call::wreck`).
            let Some(call) = self.calls.remove(&cid) else {
                continue;
            };
            let idle = self.media.idle_ms(call.media.id);
            if idle.is_some_and(|idle| idle >= timeout) {
                tracing::info!(call = %call.a.call_id, "no media for {} s; hanging up", timeout / 1000);
                self.end_call(now, call, "MEDIA_TIMEOUT", None);
            } else {
                self.calls.insert(cid, call);
            }
        }
    }

    pub(in crate::engine) fn call_client_timeout(&mut self, now: Now, cid: CallId, tx: TxId) {
        let Some(mut call) = self.calls.remove(&cid) else {
            return;
        };
        if let Some(i) = call.legs.iter().position(|l| l.invite_tx == tx) {
            call.legs[i].state = LegState::Done(408);
            return self.check_bridge_done(now, call);
        } else if let Some(i) = call.forwards.iter().position(|f| f.client == tx) {
            let f = call.forwards.remove(i);
            let tag = self.ids.tag();
            let bytes =
                Writer::response_to(&f.request, 408, "Request Timeout", Some(&tag)).finish_empty();
            self.tx.respond(now.mono, f.server, 408, bytes);
        }
        self.calls.insert(cid, call);
    }

    /// The caller never acknowledged our 200 OK.
    pub(in crate::engine) fn call_ack_timeout(&mut self, now: Now, cid: CallId, tx: TxId) {
        let Some(call) = self.calls.remove(&cid) else {
            return;
        };
        if call.a_invite_tx == tx {
            tracing::info!(call = %call.a.call_id, "caller never sent ACK; hanging up");
            return self.end_call(now, call, "RECOVERY_ON_TIMER_EXPIRE", None);
        }
        self.calls.insert(cid, call);
    }
}
