//! A new call: authenticate the INVITE, route it, ring what the flow says; CANCEL.

use super::*;

impl Engine {
    pub(in crate::engine) fn on_invite(&mut self, now: Now, id: TxId, peer: Peer, msg: &Message) {
        let Some(device) = self.authenticate(now, id, peer, msg) else {
            return;
        };
        if self.calls.len() >= self.cfg.max_calls {
            return self.respond(now, id, msg, 503, Some("Too Many Calls"));
        }
        let offer = match sdp_of(msg) {
            Some(Ok(sdp)) => sdp,
            Some(Err(e)) => {
                let reason = format!("Bad SDP: {e}");
                return self.respond(now, id, msg, 400, Some(&reason));
            }
            None => return self.respond(now, id, msg, 488, Some("SDP Offer Required")),
        };
        let Some(offer) = offer.relayable() else {
            return self.respond(now, id, msg, 488, Some("No Common Codec"));
        };
        let Some(remote) = rtp_addr(&offer) else {
            return self.respond(now, id, msg, 488, Some("No Audio Address In SDP"));
        };
        let number = msg
            .uri()
            .and_then(|u| u.user_unescaped())
            .unwrap_or_default();
        let caller = Caller {
            account: device.account.clone(),
            device_id: device.device_id.clone(),
            owner_id: device.owner_id.clone(),
            name: device.caller_id_name.clone(),
            number: device.caller_id_number.clone(),
        };
        let Some(flow) = self.dir.route(&caller, &number) else {
            tracing::info!(number = %number, account = %caller.account, "no callflow for the dialled number");
            return self.respond(now, id, msg, 404, Some("No Route"));
        };
        let Some(media) = self.media.allocate() else {
            return self.respond(now, id, msg, 503, Some("Media Ports Exhausted"));
        };
        self.media.set_remote(media.id, MediaSide::A, remote);
        self.respond(now, id, msg, 100, None);
        let realm = msg.uri().map(|u| u.host.to_string()).unwrap_or_default();
        let remote_target = msg
            .contacts()
            .next()
            .map(|c| c.uri_text.to_string())
            .or_else(|| msg.from().map(|f| f.uri_text.to_string()))
            .unwrap_or_default();
        let local_tag = self.ids.tag();
        let a = Dialog {
            call_id: msg.call_id().to_string(),
            local_tag: local_tag.clone(),
            remote_tag: msg.from().and_then(|f| f.tag()).map(str::to_string),
            local_uri: without_tag(msg.header(HeaderName::To).unwrap_or("")),
            remote_uri: without_tag(msg.header(HeaderName::From).unwrap_or("")),
            remote_target,
            peer,
            local_cseq: 0,
            sdp_version: 0,
            max_forwards: 70,
        };
        self.next_call += 1;
        let cid = self.next_call;
        let call = Call {
            id: cid,
            account: device.account.clone(),
            caller,
            number,
            realm,
            a,
            a_invite: msg.clone(),
            a_invite_tx: id,
            a_offer: offer,
            a_answered: false,
            ringing_sent: false,
            legs: Vec::new(),
            winner: None,
            flow,
            flow_steps: 0,
            media,
            b_answer: None,
            ring_deadline: None,
            forwards: Vec::new(),
            on_hold: false,
            created: now,
            ringing_since: None,
            answered_at: None,
            max_forwards: msg.max_forwards().unwrap_or(70).saturating_sub(1),
        };
        self.dialogs
            .insert((call.a.call_id.clone(), local_tag), cid);
        self.server_tx.insert(id, cid);
        let mut call = call;
        let command = call.flow.start();
        self.run_command(now, call, command);
    }

    /// Carries out a flow command; the call goes back into the table unless it ended.
    pub(in crate::engine) fn run_command(
        &mut self,
        now: Now,
        mut call: Call,
        mut command: FlowCommand,
    ) {
        loop {
            call.flow_steps += 1;
            if call.flow_steps > MAX_FLOW_STEPS {
                tracing::warn!(call = %call.a.call_id, "callflow step limit reached; hanging up");
                command = FlowCommand::Hangup {
                    cause: "EXCHANGE_ROUTING_ERROR".into(),
                };
            }
            match command {
                FlowCommand::Hangup { cause } => return self.end_call(now, call, &cause, None),
                FlowCommand::Bridge {
                    devices,
                    timeout_secs,
                } => {
                    if self.start_bridge(now, &mut call, &devices, timeout_secs) {
                        self.calls.insert(call.id, call);
                        return;
                    }
                    command = call.flow.bridge_result(&BridgeResult::NoEndpoints);
                }
            }
        }
    }

    /// Rings every registered contact of `devices`; false when there was none.
    pub(in crate::engine) fn start_bridge(
        &mut self,
        now: Now,
        call: &mut Call,
        devices: &[String],
        timeout_secs: u32,
    ) -> bool {
        let mut targets = Vec::new();
        for device in devices {
            let aor = crate::engine::registrar::Aor {
                account: call.account.clone(),
                device_id: device.clone(),
            };
            for b in self.registrar.contacts(&aor, now.mono) {
                targets.push((device.clone(), b));
            }
        }
        if targets.is_empty() {
            return false;
        }
        call.legs.retain(|l| matches!(l.state, LegState::Answered));
        for (device_id, binding) in targets {
            let transport = binding.peer.transport;
            let mut dialog = Dialog {
                call_id: self.ids.call_id(),
                local_tag: self.ids.tag(),
                remote_tag: None,
                local_uri: format!(
                    "\"{}\" <sip:{}@{}>",
                    call.caller.name.replace(['"', '\\'], ""),
                    call.caller.number,
                    call.realm
                ),
                remote_uri: format!("<sip:{}@{}>", call.number, call.realm),
                remote_target: binding.contact.clone(),
                peer: binding.peer,
                local_cseq: 0,
                sdp_version: 0,
                // The caller's Max-Forwards minus one: a loop through ourselves ends.
                max_forwards: call.max_forwards,
            };
            let version = dialog.next_sdp_version();
            let branch = self.ids.branch();
            let sent_by = self.sent_by(transport);
            let contact = self.contact(&call.caller.number, transport);
            let mut w = dialog.request("INVITE", &branch, &sent_by);
            w.header("Contact", contact)
                .header("Allow", crate::engine::ALLOW)
                .header("User-Agent", &self.cfg.user_agent);
            let bytes = w.finish(
                Some("application/sdp"),
                &call.a_offer.render(
                    &self.cfg.media_ip.to_string(),
                    call.media.b_port,
                    (call.id, version),
                ),
            );
            let Some(tx) = self.tx.send_request(now.mono, binding.peer, bytes.clone()) else {
                continue;
            };
            self.client_tx.insert(tx, call.id);
            call.legs.push(BLeg {
                dialog,
                invite_tx: tx,
                invite: bytes,
                device_id,
                state: LegState::Trying,
            });
        }
        call.ring_deadline = Some(now.mono + u64::from(timeout_secs.max(1)) * 1000);
        call.ringing_since.get_or_insert(now);
        true
    }

    pub(in crate::engine) fn on_cancel(&mut self, now: Now, id: TxId, msg: &Message) {
        let Some(invite_tx) = self.tx.invite_for_cancel(msg) else {
            return self.respond(now, id, msg, 481, None);
        };
        self.respond(now, id, msg, 200, None);
        let Some(cid) = self.server_tx.get(&invite_tx).copied() else {
            return;
        };
        let Some(call) = self.calls.remove(&cid) else {
            return;
        };
        if call.a_answered || call.a_invite_tx != invite_tx {
            self.calls.insert(cid, call);
            return;
        }
        self.end_call(now, call, "ORIGINATOR_CANCEL", Some(Side::A));
    }

    pub(in crate::engine) fn on_ack(&mut self, _now: Now, _msg: &Message) {
        // The transaction layer has stopped retransmitting our 2xx; nothing else to do:
        // we ACK the callee ourselves as soon as it answers.
    }
}
