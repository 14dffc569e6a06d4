//! Answers from the legs we ring: ringing and early media to the caller, the first 2xx
//! wins and the others are cancelled (or, if late, acknowledged and hung up).

use super::sdes::Role;
use super::*;

impl Engine {
    pub(in crate::engine) fn on_response(&mut self, now: Now, id: TxId, msg: &Message) {
        let Some(cid) = self.client_tx.get(&id).copied() else {
            return self.stray_response(now, id, msg);
        };
        let Some(mut call) = self.calls.remove(&cid) else {
            self.client_tx.remove(&id);
            return self.stray_response(now, id, msg);
        };
        let code = msg.status().unwrap_or(500);
        if code >= 200 {
            self.client_tx.remove(&id);
        }
        if let Some(i) = call.legs.iter().position(|l| l.invite_tx == id) {
            return self.leg_response(now, call, i, msg);
        }
        if let Some(i) = call.forwards.iter().position(|f| f.client == id) {
            self.forward_response(now, &mut call, i, msg);
        } else if call.own_reinvite == Some(id) {
            self.own_reinvite_response(&mut call, msg);
        }
        self.calls.insert(cid, call);
    }

    /// A 2xx for a leg that is no longer wanted (its call ended, or another leg won):
    /// acknowledge it and hang it up, so the phone does not stay off-hook alone.
    pub(in crate::engine) fn stray_response(&mut self, now: Now, _id: TxId, msg: &Message) {
        let code = msg.status().unwrap_or(0);
        if !(200..300).contains(&code) || msg.cseq().is_none_or(|c| c.method != "INVITE") {
            return;
        }
        let Some(orphan) = self.orphan_dialog(msg) else {
            return;
        };
        self.ack_and_bye(now, orphan, msg);
    }

    /// Rebuilds a minimal dialog from a 2xx response to one of our INVITEs.
    pub(in crate::engine) fn orphan_dialog(&self, msg: &Message) -> Option<Dialog> {
        let via_peer = self.last_peer_for(msg)?;
        Some(Dialog {
            call_id: msg.call_id().to_string(),
            local_tag: msg.from()?.tag()?.to_string(),
            remote_tag: msg.to()?.tag().map(str::to_string),
            local_uri: without_tag(msg.header(HeaderName::From)?),
            remote_uri: without_tag(msg.header(HeaderName::To)?),
            remote_target: msg.contacts().next()?.uri_text.to_string(),
            peer: via_peer,
            local_cseq: msg.cseq()?.number,
            sdp_version: 0,
            max_forwards: 70,
            outside: false,
        })
    }

    /// Where a response came from is not kept by the layer; stray answers are sent back
    /// to their Contact over UDP.
    pub(in crate::engine) fn last_peer_for(&self, msg: &Message) -> Option<Peer> {
        let contact = msg.contacts().next()?;
        let ip = contact.uri.host_bare().parse().ok()?;
        Some(Peer {
            transport: crate::transaction::Transport::Udp,
            addr: SocketAddr::new(ip, contact.uri.port.unwrap_or(5060)),
            conn: 0,
        })
    }

    /// The ACK of a 2xx to one of our INVITEs: outside any transaction, new branch, the
    /// INVITE's CSeq number (RFC 3261 §13.2.2.4).
    pub(in crate::engine) fn ack_2xx(&mut self, dialog: &Dialog, cseq: u32) {
        let sent_by = self.sent_by_on(dialog);
        let branch = self.ids.branch();
        let ack = dialog.request_with_cseq("ACK", &branch, &sent_by, cseq);
        self.tx.send_stateless(dialog.peer, ack.finish_empty());
    }

    pub(in crate::engine) fn ack_and_bye(
        &mut self,
        now: Now,
        mut dialog: Dialog,
        response: &Message,
    ) {
        let cseq = response.cseq().map_or(1, |c| c.number);
        self.ack_2xx(&dialog, cseq);
        dialog.local_cseq = cseq;
        let sent_by = self.sent_by_on(&dialog);
        let branch = self.ids.branch();
        let bye = dialog.request("BYE", &branch, &sent_by).finish_empty();
        self.tx.send_request(now.mono, dialog.peer, bye);
    }

    pub(in crate::engine) fn leg_response(
        &mut self,
        now: Now,
        mut call: Call,
        i: usize,
        msg: &Message,
    ) {
        let code = msg.status().unwrap_or(500);
        let leg_contact = msg.contacts().next().map(|c| c.uri_text.to_string());
        let to_tag = msg.to().and_then(|t| t.tag()).map(str::to_string);
        match code {
            100 => {}
            101..=199 => {
                if call.legs[i].state == LegState::Trying {
                    call.legs[i].state = LegState::Early;
                }
                if call.winner.is_none() && !call.a_answered {
                    // A leg that must confirm sends its early media to a session of its own.
                    if call.bridge.ignore_early_media || call.legs[i].confirm_key.is_some() {
                        self.ringing_to_a(now, &mut call);
                    } else {
                        self.early_to_a(now, &mut call, i, msg);
                    }
                }
            }
            200..=299 if call.page.is_some() => return self.page_leg_answered(now, call, i, msg),
            200..=299 if call.box_is_caller() => return self.originate_answered(now, call, i, msg),
            200..=299 => {
                if call.winner.is_some_and(|w| w != i)
                    || call.a_answered && call.winner.is_none() && !call.terminated
                {
                    // Another leg won the race.
                    let mut d = call.legs[i].dialog.clone();
                    d.remote_tag = to_tag;
                    if let Some(c) = leg_contact {
                        d.remote_target = c;
                    }
                    self.ack_and_bye(now, d, msg);
                    call.legs[i].state = LegState::Done(200);
                } else if call.winner == Some(i) || call.legs[i].state == LegState::Confirming {
                    // A retransmitted 2xx: ACK again.
                    let d = call.legs[i].dialog.clone();
                    self.ack_2xx(&d, msg.cseq().map_or(1, |c| c.number));
                } else if call.legs[i].confirm_key.is_some() {
                    return self.confirm_leg_answered(now, call, i, msg);
                } else {
                    return self.leg_answered(now, call, i, msg);
                }
            }
            401 | 407 if self.retry_with_credentials(now, &mut call, i, msg) => {}
            _ => {
                call.legs[i].state = LegState::Done(code);
                tracing::debug!(call = %call.a.call_id, code, "leg failed");
                return self.check_bridge_done(now, call);
            }
        }
        self.calls.insert(call.id, call);
    }

    /// Ringing or early media from a leg, passed to the caller.
    pub(in crate::engine) fn early_to_a(
        &mut self,
        now: Now,
        call: &mut Call,
        i: usize,
        msg: &Message,
    ) {
        let sdp = sdp_of(msg).and_then(Result::ok).and_then(|s| s.relayable());
        let policy = call.legs[i].srtp;
        let sdp = sdp.filter(|answer| {
            self.srtp_take_answer(call, Side::B, answer, Some(policy))
                .inspect_err(
                    |reason| tracing::info!(call = %call.a.call_id, reason, "early media refused"),
                )
                .is_ok()
        });
        match sdp {
            Some(answer) if call.b_answer.is_none() => {
                if let Some(addr) = rtp_addr(&answer) {
                    self.media
                        .set_remote(call.media.id, call.relay_side(Side::B), addr);
                }
                self.set_payload_maps(call, &answer);
                let for_a = answer_for_a(&answer, &call.a_offer);
                call.b_answer = Some(answer);
                if call.a_delayed_offer {
                    return self.ringing_to_a(now, call);
                }
                let for_a = call
                    .crypto
                    .dress(call.relay_side(Side::A), &for_a, Role::Answer);
                let version = call.a.next_sdp_version();
                let body = for_a.render(
                    &self.media_ip_on(&call.a),
                    call.port(Side::A),
                    (call.id, version),
                );
                self.send_to_a(now, call, 183, Some(body));
                call.ringing_sent = true;
            }
            _ => self.ringing_to_a(now, call),
        }
    }

    pub(in crate::engine) fn ringing_to_a(&mut self, now: Now, call: &mut Call) {
        if !call.ringing_sent {
            self.send_to_a(now, call, 180, None);
            call.ringing_sent = true;
        }
    }

    /// When every leg of the running bridge has ended and none waits for its delay, the
    /// flow hears how it went.
    pub(in crate::engine) fn check_bridge_done(&mut self, now: Now, mut call: Call) {
        let all_done = call
            .legs
            .iter()
            .all(|l| matches!(l.state, LegState::Done(_)));
        if call.winner.is_some()
            || call.ring_deadline.is_none()
            || !all_done
            || !call.pending.is_empty()
        {
            self.calls.insert(call.id, call);
            return;
        }
        let codes: Vec<u16> = call
            .legs
            .iter()
            .filter_map(|l| match l.state {
                LegState::Done(c) => Some(c),
                _ => None,
            })
            .collect();
        call.ring_deadline = None;
        // A gateway that never answered (timer B) or said 408 failed: the flow may try
        // the next one. A phone's 408, like our own CANCEL (487), is just no answer.
        let gateway_timed_out = call
            .legs
            .iter()
            .any(|l| l.trunk.is_some() && l.state == LegState::Done(408));
        let result = if !call.rung_any {
            BridgeResult::NoEndpoints
        } else if gateway_timed_out {
            BridgeResult::Failed { code: 408 }
        } else if codes.iter().all(|c| matches!(c, 408 | 487)) {
            BridgeResult::NoAnswer
        } else {
            BridgeResult::Failed {
                code: best_failure(&codes),
            }
        };
        let command = call.flow.event(now, FlowEvent::Bridge(result));
        self.run_command(now, call, command);
    }

    pub(in crate::engine) fn set_payload_maps(&mut self, call: &Call, b_answer: &Sdp) {
        let a_side = call.a_answer.as_ref().unwrap_or(&call.a_offer);
        if let (Some(a), Some(b)) = (a_side.audio(), b_answer.audio()) {
            self.media
                .set_payload_map(call.media.id, call.relay_side(Side::A), &payload_map(a, b));
            self.media
                .set_payload_map(call.media.id, call.relay_side(Side::B), &payload_map(b, a));
        }
    }

    /// Sends a response on the caller's INVITE transaction.
    pub(in crate::engine) fn send_to_a(
        &mut self,
        now: Now,
        call: &Call,
        code: u16,
        sdp: Option<Vec<u8>>,
    ) {
        if call.box_is_caller() {
            return;
        }
        let mut w = Writer::response_to(
            &call.a_invite,
            code,
            reason_phrase(code),
            Some(&call.a.local_tag),
        );
        if code < 300 {
            w.header("Contact", self.contact_on(&call.number, &call.a));
            w.header("Allow", crate::engine::ALLOW);
        }
        w.header("Server", &self.cfg.user_agent);
        let bytes = match &sdp {
            Some(body) => w.finish(Some("application/sdp"), body),
            None => w.finish_empty(),
        };
        self.tx.respond(now.mono, call.a_invite_tx, code, bytes);
    }

    pub(in crate::engine) fn leg_answered(
        &mut self,
        now: Now,
        mut call: Call,
        i: usize,
        msg: &Message,
    ) {
        note_answer(&mut call.legs[i], msg);
        let leg_dialog = call.legs[i].dialog.clone();
        self.ack_2xx(&leg_dialog, leg_dialog.local_cseq);
        self.take_winner(now, &mut call, i);
        let answer = match sdp_of(msg).and_then(Result::ok).and_then(|s| s.relayable()) {
            Some(a) => Some(a),
            None => call.b_answer.clone(),
        };
        // The callee is answered and up: the box ends the call, so it gets a BYE too.
        let Some(answer) = answer else {
            tracing::info!(call = %call.a.call_id, "callee answered without usable SDP");
            return self.end_call(now, call, "INCOMPATIBLE_DESTINATION", None);
        };
        let policy = call.legs[i].srtp;
        if let Err(reason) = self.srtp_take_answer(&mut call, Side::B, &answer, Some(policy)) {
            tracing::info!(call = %call.a.call_id, reason, "callee's answer refused");
            return self.end_call(now, call, "INCOMPATIBLE_DESTINATION", None);
        }
        let rtp = rtp_addr(&answer);
        self.connect_winner(now, call, answer, rtp);
    }

    /// Leg `i` is the one: its dialog is the call's B side, the other legs stop ringing.
    pub(in crate::engine) fn take_winner(&mut self, now: Now, call: &mut Call, i: usize) {
        call.winner = Some(i);
        call.ring_deadline = None;
        call.legs[i].state = LegState::Answered;
        if call.legs[i].trunk.is_some() {
            self.outbound_answered(now, call, i);
        }
        let d = &call.legs[i].dialog;
        self.dialogs
            .insert((d.call_id.clone(), d.local_tag.clone()), call.id);
        self.cancel_other_legs(now, call, Some(i));
    }

    /// The winner's media meets the caller's (at `rtp`, the callee's RTP address or a
    /// session chained to it), the caller is answered, and the flow hears of it.
    pub(in crate::engine) fn connect_winner(
        &mut self,
        now: Now,
        mut call: Call,
        answer: Sdp,
        rtp: Option<SocketAddr>,
    ) {
        if let Some(addr) = rtp {
            self.media
                .set_remote(call.media.id, call.relay_side(Side::B), addr);
        }
        self.set_payload_maps(&call, &answer);
        call.on_hold = is_hold(&answer);
        if call.a_answered {
            // The box had answered the caller (menu, ringback): the callee takes over.
            self.close_terminated(&mut call);
            call.b_answer = Some(answer);
            if std::mem::take(&mut call.identity_due) {
                let (name, number) = self.winner_identity(&call);
                self.identity_update(now, &mut call, &name, &number);
            }
        } else if call.early_answer_sent {
            // The caller heard ringback media on the box's early answer; the callees were
            // offered that codec, and the 200 repeats that answer.
            self.close_terminated(&mut call);
            call.b_answer = Some(answer);
            self.answer_a_from_box(now, &mut call, 200);
            call.a_answered = true;
            call.answered_at = Some(now);
        } else {
            let for_a = answer_for_a(&answer, &call.a_offer);
            // To a delayed-offer caller this 2xx carries the box's offer.
            let role = if call.a_delayed_offer {
                Role::Offer
            } else {
                Role::Answer
            };
            let for_a = call.crypto.dress(call.relay_side(Side::A), &for_a, role);
            call.b_answer = Some(answer);
            let version = call.a.next_sdp_version();
            let body = for_a.render(
                &self.media_ip_on(&call.a),
                call.port(Side::A),
                (call.id, version),
            );
            self.send_to_a(now, &call, 200, Some(body));
            call.a_answered = true;
            call.answered_at = Some(now);
        }
        self.listen_on_bridge(now, &mut call);
        let command = call
            .flow
            .event(now, FlowEvent::Bridge(BridgeResult::Answered));
        self.run_command(now, call, command);
    }

    pub(in crate::engine) fn cancel_other_legs(
        &mut self,
        now: Now,
        call: &mut Call,
        keep: Option<usize>,
    ) {
        for (i, leg) in call.legs.iter_mut().enumerate() {
            if Some(i) == keep {
                continue;
            }
            if leg.state == LegState::Confirming {
                // Answered, still asked to confirm: that call is hung up.
                leg.state = LegState::Done(487);
                if let Some(member) = leg.confirming_call.take()
                    && let Some(member) = self.calls.remove(&member)
                {
                    self.end_call(now, member, "ORIGINATOR_CANCEL", None);
                }
                continue;
            }
            if !matches!(leg.state, LegState::Trying | LegState::Early) {
                continue;
            }
            leg.state = LegState::Done(487);
            if let Some(cancel) = cancel_for(&leg.invite) {
                self.tx.send_request(now.mono, leg.dialog.peer, cancel);
            }
        }
    }
}

/// The callee's 2xx: its tag, target and the INVITE's CSeq go into the leg's dialog.
pub(super) fn note_answer(leg: &mut BLeg, msg: &Message) {
    leg.dialog.remote_tag = msg.to().and_then(|t| t.tag()).map(str::to_string);
    if let Some(c) = msg.contacts().next() {
        leg.dialog.remote_target = c.uri_text.to_string();
    }
    leg.dialog.local_cseq = msg.cseq().map_or(1, |c| c.number);
    leg.refresh = super::identity::refresh_method(msg);
}
