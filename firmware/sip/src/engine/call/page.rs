//! Paging (`page_group`): every phone rung auto-answers into one room on the media server
//! with the caller, muted for a one-way page. Each answering phone becomes a call of its
//! own (its own relay session, offered in its INVITE); the page ends for all of them when
//! the caller hangs up, and for the caller when the last phone hangs up.

use super::joined::JoinedFlow;
use super::*;

pub(in crate::engine) struct Paging {
    room: String,
    two_way: bool,
    /// The phones that answered, as calls of their own.
    members: Vec<CallId>,
}

impl Engine {
    /// Answers the caller and rings the page's endpoints; false when nothing could be rung.
    pub(in crate::engine) fn start_page(
        &mut self,
        now: Now,
        call: &mut Call,
        bridge: Bridge,
        two_way: bool,
    ) -> bool {
        call.page = Some(Paging {
            room: format!("page-{}", call.id),
            two_way,
            members: Vec::new(),
        });
        if self.start_bridge(now, call, bridge) {
            return true;
        }
        call.page = None;
        false
    }

    /// A paged phone answered: ACK it and make it a call in the page's room; the first one
    /// also brings the caller into the room.
    pub(in crate::engine) fn page_leg_answered(
        &mut self,
        now: Now,
        mut host: Call,
        i: usize,
        msg: &Message,
    ) {
        let cseq = msg.cseq().map_or(1, |c| c.number);
        if host.legs[i].state == LegState::Answered {
            let d = host.legs[i].dialog.clone();
            self.ack_2xx(&d, cseq);
            return self.keep_call(host);
        }
        let leg = &mut host.legs[i];
        leg.state = LegState::Answered;
        leg.dialog.remote_tag = msg.to().and_then(|t| t.tag()).map(str::to_string);
        if let Some(c) = msg.contacts().next() {
            leg.dialog.remote_target = c.uri_text.to_string();
        }
        leg.dialog.local_cseq = cseq;
        let dialog = leg.dialog.clone();
        let answer = sdp_of(msg).and_then(Result::ok).and_then(|s| s.relayable());
        let (Some(answer), Some(media)) = (answer, leg.own_media.take()) else {
            tracing::info!(call = %host.a.call_id, "paged phone answered without usable SDP");
            self.ack_and_bye(now, dialog, msg);
            host.legs[i].state = LegState::Done(488);
            return self.keep_call(host);
        };
        self.ack_2xx(&dialog, cseq);
        if let Some(addr) = rtp_addr(&answer) {
            self.media.set_remote(media.id, MediaSide::A, addr);
        }
        let device = host.legs[i].device_id.clone();
        let caller = self.device_caller(&host.account, &device);
        let Some(paging) = host.page.as_mut() else {
            return self.keep_call(host);
        };
        self.next_call += 1;
        let id = self.next_call;
        paging.members.push(id);
        let (room, two_way, first) = (
            paging.room.clone(),
            paging.two_way,
            paging.members.len() == 1,
        );
        let flow = Box::new(JoinedFlow::new(room.clone(), !two_way));
        self.run_leg_as_call(now, &host, i, msg, (id, caller), (answer, media), flow);
        if first {
            tracing::info!(call = %host.a.call_id, "page answered: the caller goes on air");
            return self.restart_flow(now, host, Box::new(JoinedFlow::new(room, false)));
        }
        self.keep_call(host)
    }

    /// The caller of a page hung up (or the page ended): every paged phone is hung up, and
    /// relay sessions of phones that never answered are freed.
    pub(in crate::engine) fn end_page(&mut self, now: Now, call: &mut Call) {
        for leg in &mut call.legs {
            if let Some(media) = leg.own_media.take() {
                self.media.release(media.id);
            }
        }
        let Some(paging) = call.page.take() else {
            return;
        };
        for id in paging.members {
            if let Some(member) = self.calls.remove(&id) {
                self.end_call(now, member, "NORMAL_CLEARING", None);
            }
        }
    }

    pub(in crate::engine) fn keep_call(&mut self, call: Call) {
        self.calls.insert(call.id, call);
    }

    /// An answered leg of `host` becomes call `id` of its own, already answered, on the
    /// media server with `flow` (a paged phone, a callee asked to confirm: a leg with a
    /// confirm key is marked as confirming for `host`).
    #[allow(clippy::too_many_arguments)]
    pub(in crate::engine) fn run_leg_as_call(
        &mut self,
        now: Now,
        host: &Call,
        i: usize,
        msg: &Message,
        (id, caller): (CallId, Caller),
        (answer, media): (Sdp, MediaPorts),
        flow: Box<dyn CallFlow>,
    ) -> CallId {
        let mut member = Call::new(
            NewCall {
                id,
                parents: self.dir.parent_accounts(&caller.account),
                caller,
                number: host.number.clone(),
                realm: host.realm.clone(),
                a: host.legs[i].dialog.clone(),
                // Already answered: nothing is ever answered through these two.
                a_invite: msg.clone(),
                a_invite_tx: host.legs[i].invite_tx,
                a_offer: answer,
                flow,
                media,
                max_forwards: 70,
            },
            now,
        );
        member.a_answered = true;
        member.answered_at = Some(now);
        member.confirming = host.legs[i].confirm_key.map(|key| confirm::Confirming {
            host: host.id,
            leg: i,
            key,
        });
        self.dialogs
            .insert((member.a.call_id.clone(), member.a.local_tag.clone()), id);
        if self.ensure_terminated(now, &mut member) {
            let command = member.flow.start(now);
            self.run_command(now, member, command);
        } else {
            self.end_call(now, member, "MEDIA_SERVER_UNAVAILABLE", None);
        }
        id
    }
}
