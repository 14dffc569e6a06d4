//! Re-INVITE rules a B2BUA must keep on each side (RFC 3261 §14): a second re-INVITE while
//! one from the same side is still being answered gets 500 with a random `Retry-After`; a
//! re-INVITE while the box's own (or one passed on to that side) is pending gets 491. A
//! re-INVITE without SDP (delayed offer) is answered by an offer in the other side's 2xx:
//! the box then holds back its ACK to that side until the sender's ACK brings the answer,
//! and passes the answer on in it.

use super::sdes::Role;
use super::*;

/// A 2xx to a delayed-offer re-INVITE the box has not ACKed yet.
#[derive(Clone, Debug)]
pub(super) struct PendingAck {
    /// The side that answered with an offer and waits for the ACK.
    pub side: Side,
    pub cseq: u32,
}

impl Call {
    /// The response a re-INVITE from `origin` gets because another one is in progress.
    pub(super) fn overlapping_invite(&self, origin: Side) -> Option<u16> {
        let invites = self
            .forwards
            .iter()
            .filter(|f| f.request.method() == Some(Method::Invite));
        let mut theirs = false;
        for f in invites {
            if f.origin == origin {
                return Some(500);
            }
            theirs = true;
        }
        (theirs || self.own_reinvite.is_some() || self.pending_ack.is_some()).then_some(491)
    }
}

impl Engine {
    /// Refuses an overlapping re-INVITE (`code` from [`Call::overlapping_invite`]).
    pub(super) fn refuse_overlapping_invite(
        &mut self,
        now: Now,
        id: TxId,
        msg: &Message,
        code: u16,
    ) {
        let tag = self.ids.tag();
        let mut w = Writer::response_to(msg, code, reason_phrase(code), Some(&tag));
        if code == 500 {
            // §14.2: "a randomly chosen value of between 0 and 10 seconds".
            w.header("Retry-After", (self.ids.next_u64() % 11).to_string());
        }
        w.header("Server", &self.cfg.user_agent);
        let bytes = w.finish_empty();
        self.tx.respond(now.mono, id, code, bytes);
    }

    /// The 2xx to a re-INVITE the box passed on from `origin`: ACK the answering side now,
    /// or (a delayed offer: the request had no SDP, the 2xx has one) once `origin` ACKs.
    pub(super) fn ack_passed_on_reinvite(
        &mut self,
        call: &mut Call,
        origin: Side,
        request: &Message,
        response: &Message,
    ) {
        let cseq = response.cseq().map_or(1, |c| c.number);
        let side = origin.other();
        if sdp_of(request).is_none() && sdp_of(response).is_some() {
            call.pending_ack = Some(PendingAck { side, cseq });
            return;
        }
        if let Some(d) = call.dialog_mut(side) {
            let d = d.clone();
            self.ack_2xx(&d, cseq);
        }
    }

    /// An ACK to one of our 2xx (the transaction layer stopped retransmitting it). Inside a
    /// call it may carry the answer to a delayed offer the box passed on.
    pub(in crate::engine) fn on_ack(&mut self, _now: Now, msg: &Message) {
        let Some(tag) = msg.to().and_then(|t| t.tag()) else {
            return;
        };
        let key = (msg.call_id().to_string(), tag.to_string());
        let Some(cid) = self.dialogs.get(&key).copied() else {
            return;
        };
        let Some(mut call) = self.calls.remove(&cid) else {
            return;
        };
        let origin = call.side_of(msg);
        if origin != Side::A || !self.caller_answer_in_ack(&mut call, msg) {
            self.answer_in_ack(&mut call, origin, msg);
        }
        self.calls.insert(cid, call);
    }

    /// The ACK from `origin`: if it carries the answer to a delayed offer, the relay learns
    /// `origin`'s address and the held-back ACK goes out with the answer.
    fn answer_in_ack(&mut self, call: &mut Call, origin: Side, msg: &Message) {
        let Some(pending) = call.pending_ack.take_if(|p| p.side == origin.other()) else {
            return;
        };
        let mut body = None;
        if let Some(Ok(sdp)) = sdp_of(msg)
            && let Some(sdp) = sdp.relayable()
        {
            if let Err(reason) = self.srtp_take_answer(call, origin, &sdp, None) {
                tracing::warn!(call = %call.a.call_id, reason, "answer in an ACK refused SRTP");
            }
            if let Some(addr) = rtp_addr(&sdp) {
                self.media
                    .set_remote(call.media.id, call.relay_side(origin), addr);
            }
            call.on_hold = is_hold(&sdp);
            let sdp = call
                .crypto
                .dress(call.relay_side(pending.side), &sdp, Role::Answer);
            let port = call.port(pending.side);
            let cid = call.id;
            if let Some(d) = call.dialog_mut(pending.side) {
                let media_ip = self.media_ip_on(d);
                let version = d.next_sdp_version();
                body = Some(sdp.render(&media_ip, port, (cid, version)));
            }
        }
        let Some(d) = call.dialog_mut(pending.side).map(|d| d.clone()) else {
            return;
        };
        let sent_by = self.sent_by_on(&d);
        let branch = self.ids.branch();
        let ack = d.request_with_cseq("ACK", &branch, &sent_by, pending.cseq);
        let bytes = match body {
            Some(sdp) => ack.finish(Some("application/sdp"), &sdp),
            None => ack.finish_empty(),
        };
        self.tx.send_stateless(d.peer, bytes);
    }
}
