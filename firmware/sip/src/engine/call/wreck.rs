//! Calls caught in a panic. While a call is handled it is out of the call table, so a panic
//! drops it during unwinding; its `Drop` then leaves what tearing it down needs (dialogs,
//! the caller's INVITE, the media session) in a per-thread list, and the engine, once it
//! has caught the panic, answers the caller 500 (or sends BYE), cancels or hangs up the
//! legs, frees the media, writes the call's CDRs and forgets its transactions and dialogs.

use std::cell::RefCell;

use super::*;

/// What is left of a call that panicked.
pub(in crate::engine) struct Wreck {
    pub id: CallId,
    a: Dialog,
    a_invite: Message,
    a_invite_tx: TxId,
    a_answered: bool,
    legs: Vec<(Dialog, LegState, Vec<u8>)>,
    media: Vec<u64>,
    record: Record,
}

/// What the call's CDRs need (owned: the call itself is gone).
struct Record {
    account: String,
    caller: Caller,
    number: String,
    realm: String,
    /// The answering leg's Call-ID and device.
    winner: Option<(String, String)>,
    created: Now,
    ringing_since: Option<Now>,
    answered_at: Option<Now>,
}

impl Record {
    fn of(call: &Call) -> Record {
        Record {
            account: call.account.clone(),
            caller: call.caller.clone(),
            number: call.number.clone(),
            realm: call.realm.clone(),
            winner: call
                .winner()
                .map(|l| (l.dialog.call_id.clone(), l.device_id.clone())),
            created: call.created,
            ringing_since: call.ringing_since,
            answered_at: call.answered_at,
        }
    }

    fn summary<'a>(&'a self, a_call_id: &'a str) -> CallSummary<'a> {
        CallSummary {
            account: &self.account,
            caller: &self.caller,
            number: &self.number,
            realm: &self.realm,
            a_call_id,
            b_call_id: self.winner.as_ref().map(|(c, _)| c.as_str()),
            b_device: self.winner.as_ref().map(|(_, d)| d.as_str()),
            created: self.created,
            ringing_since: self.ringing_since,
            answered_at: self.answered_at,
        }
    }
}

/// The hangup cause of a call torn down after a panic (Q.850 41, as for a 500).
const WRECK_CAUSE: &str = "NORMAL_TEMPORARY_FAILURE";

thread_local! {
    static WRECKS: RefCell<Vec<Wreck>> = const { RefCell::new(Vec::new()) };
}

impl Drop for Call {
    fn drop(&mut self) {
        if !std::thread::panicking() {
            return;
        }
        let wreck = Wreck {
            id: self.id,
            a: self.a.clone(),
            a_invite: self.a_invite.clone(),
            a_invite_tx: self.a_invite_tx,
            a_answered: self.a_answered,
            legs: self
                .legs
                .iter()
                .map(|l| (l.dialog.clone(), l.state, l.invite.clone()))
                .collect(),
            media: std::iter::once(self.media.id)
                .chain(self.legs.iter().filter_map(|l| l.own_media.map(|m| m.id)))
                .collect(),
            record: Record::of(self),
        };
        // A panic while dropping must not become a double panic (an abort).
        let _ = WRECKS.try_with(|w| w.try_borrow_mut().map(|mut w| w.push(wreck)));
    }
}

/// The calls dropped by the last panic on this thread.
pub(in crate::engine) fn take_wrecks() -> Vec<Wreck> {
    WRECKS
        .try_with(|w| w.try_borrow_mut().map(|mut w| std::mem::take(&mut *w)))
        .ok()
        .and_then(Result::ok)
        .unwrap_or_default()
}

impl Engine {
    /// Tears a wrecked call down: whatever is still up on the wire ends, its media is freed
    /// and nothing of it stays in the engine's tables.
    pub(in crate::engine) fn clear_wreck(&mut self, now: Now, mut w: Wreck) {
        tracing::error!(call = %w.a.call_id, "call torn down after a panic");
        if w.a_answered {
            self.bye_dialog(now, &mut w.a);
        } else {
            let bytes =
                Writer::response_to(&w.a_invite, 500, "Internal Error", Some(&w.a.local_tag))
                    .finish_empty();
            self.tx.respond(now.mono, w.a_invite_tx, 500, bytes);
        }
        for (mut dialog, state, invite) in w.legs {
            match state {
                LegState::Answered | LegState::Confirming => self.bye_dialog(now, &mut dialog),
                LegState::Trying | LegState::Early => {
                    if let Some(cancel) = cancel_for(&invite) {
                        self.tx.send_request(now.mono, dialog.peer, cancel);
                    }
                }
                LegState::Done(_) => {}
            }
        }
        for id in w.media {
            self.media.release(id);
        }
        let hangup_code = if w.a_answered { "sip:200" } else { "sip:500" };
        let summary = w.record.summary(&w.a.call_id);
        for (account, cdr) in crate::engine::cdr::records(&summary, now, WRECK_CAUSE, hangup_code) {
            self.out.push_back(Output::Cdr { account, cdr });
        }
        self.out.push_back(Output::TapClose { call: w.id });
        self.out.push_back(Output::MediaClose { call: w.id });
        self.forget_call(w.id);
    }

    /// Drops every index entry that points at call `id`.
    pub(in crate::engine) fn forget_call(&mut self, id: CallId) {
        self.calls.remove(&id);
        self.server_tx.retain(|_, c| *c != id);
        self.client_tx.retain(|_, c| *c != id);
        self.dialogs.retain(|_, c| *c != id);
        self.lingering.remove(&id);
        self.recordings.retain(|(c, _), _| *c != id);
    }
}
