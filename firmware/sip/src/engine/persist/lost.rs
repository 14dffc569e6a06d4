//! After a restart: the calls the journal says were up are ended. Each side gets a BYE in
//! its old dialog (its phone would otherwise sit in a dead call until its own timeout) and
//! each call its records, with [`RESTART_CAUSE`].

use super::{CSEQ_MARGIN, JournaledCall, RESTART_CAUSE, SavedDialog};
use crate::engine::call::CallSummary;
use crate::engine::dialog::Dialog;
use crate::engine::{Engine, Now, Output};
use crate::transaction::{Peer, Transport};

fn dialog(saved: &SavedDialog) -> Dialog {
    Dialog {
        call_id: saved.call_id.clone(),
        local_tag: saved.local_tag.clone(),
        remote_tag: saved.remote_tag.clone(),
        local_uri: saved.local_uri.clone(),
        remote_uri: saved.remote_uri.clone(),
        remote_target: saved.remote_target.clone(),
        peer: Peer {
            transport: Transport::Udp,
            addr: saved.peer,
            conn: 0,
        },
        local_cseq: saved.local_cseq.saturating_add(CSEQ_MARGIN),
        sdp_version: 0,
        max_forwards: 70,
        outside: saved.outside,
    }
}

fn at(unix: u64) -> Now {
    Now { mono: 0, unix }
}

impl Engine {
    /// Hangs up the calls a restart cut and, with `records`, writes their call records
    /// (as [`Output::Cdr`]; without, for calls of an account that is gone).
    pub fn end_lost_calls(&mut self, now: Now, calls: &[JournaledCall], records: bool) {
        for call in calls {
            self.bye_dialog(now, &mut dialog(&call.a));
            if let Some((b, _)) = &call.b {
                self.bye_dialog(now, &mut dialog(b));
            }
            if !records {
                continue;
            }
            let summary = CallSummary {
                account: &call.account,
                caller: &call.caller,
                number: &call.number,
                realm: &call.realm,
                a_call_id: &call.a.call_id,
                b_call_id: call.b.as_ref().map(|(d, _)| d.call_id.as_str()),
                b_device: call.b.as_ref().map(|(_, device)| device.as_str()),
                created: at(call.created_unix),
                ringing_since: call.ringing_unix.map(at),
                answered_at: call.answered_unix.map(at),
            };
            for (account, cdr) in
                crate::engine::cdr::records(&summary, now, RESTART_CAUSE, "sip:200")
            {
                self.out.push_back(Output::Cdr { account, cdr });
            }
        }
        self.drain_tx();
    }
}
