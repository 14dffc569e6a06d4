//! A new call: authenticate the INVITE, route it, ring what the flow says; CANCEL.

use super::*;

impl Engine {
    pub(in crate::engine) fn on_invite(&mut self, now: Now, id: TxId, peer: Peer, msg: &Message) {
        let Some((caller, called)) = self.identify_caller(now, id, peer, msg) else {
            return;
        };
        let from_carrier = caller.outside;
        if self.calls.len() >= self.cfg.max_calls {
            return self.respond(now, id, msg, 503, Some("Too Many Calls"));
        }
        let new_use = if caller.outside {
            limits::NewUse::Inbound
        } else {
            limits::NewUse::Call
        };
        if !self.within_limits(now, &caller.account, new_use, None) {
            return self.respond(now, id, msg, 503, Some("Call Limit Reached"));
        }
        let (offer, delayed_offer) = match sdp_of(msg) {
            Some(Ok(sdp)) => (sdp, false),
            Some(Err(e)) => {
                let reason = format!("Bad SDP: {e}");
                return self.respond(now, id, msg, 400, Some(&reason));
            }
            None => (delayed_offer::stand_in_offer(), true),
        };
        let Some(offer) = offer.relayable() else {
            return self.respond(now, id, msg, 488, Some("No Common Codec"));
        };
        let remote = rtp_addr(&offer);
        if remote.is_none() && !delayed_offer {
            return self.respond(now, id, msg, 488, Some("No Audio Address In SDP"));
        }
        // SRTP: a device's `media.encryption` (outside callers: SDES when they offer it).
        let srtp_policy = if caller.outside {
            crate::sdes::SrtpPolicy::Plain
        } else {
            self.dir.srtp_policy(&caller.account, &caller.device_id)
        };
        if !delayed_offer
            && let Some(audio) = offer.audio()
            && let Err(reason) = crate::sdes::choose(audio, srtp_policy)
        {
            tracing::info!(device = %caller.device_id, reason, "media offer refused");
            return self.respond(now, id, msg, 488, Some(reason));
        }
        let request_user = msg
            .uri()
            .and_then(|u| u.user_unescaped())
            .unwrap_or_default();
        // A call on one of our provider registrations names the number elsewhere than in
        // the Request-URI: the first candidate the account routes is the one dialled.
        let (number, flow) = match called {
            Some(numbers) if !numbers.is_empty() => numbers
                .iter()
                .find_map(|n| Some((n.clone(), self.dir.route_from_carrier(&caller, n)?)))
                .map_or((numbers[0].clone(), None), |(n, f)| (n, Some(f))),
            Some(_) => (request_user, None),
            None if from_carrier => {
                let flow = self.dir.route_from_carrier(&caller, &request_user);
                (request_user, flow)
            }
            None => {
                let flow = self.dir.route(&caller, &request_user);
                (request_user, flow)
            }
        };
        let Some(flow) = flow else {
            tracing::info!(number = %number, account = %caller.account, from_carrier, "no callflow for the dialled number");
            return self.respond(now, id, msg, 404, Some("No Route"));
        };
        let Some(media) = self.media.allocate() else {
            return self.respond(now, id, msg, 503, Some("Media Ports Exhausted"));
        };
        if let Some(remote) = remote {
            self.media.set_remote(media.id, MediaSide::A, remote);
        }
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
            outside: from_carrier && self.outside_gateway(peer.addr),
        };
        self.next_call += 1;
        let cid = self.next_call;
        let call = Call::new(
            NewCall {
                id: cid,
                parents: self.dir.parent_accounts(&caller.account),
                caller,
                number,
                realm,
                a,
                a_invite: msg.clone(),
                a_invite_tx: id,
                a_offer: offer,
                flow,
                media,
                max_forwards: msg.max_forwards().unwrap_or(70).saturating_sub(1),
            },
            now,
        );
        self.dialogs
            .insert((call.a.call_id.clone(), local_tag), cid);
        self.server_tx.insert(id, cid);
        let mut call = call;
        call.a_delayed_offer = delayed_offer;
        if delayed_offer {
            self.srtp_prepare_offer(&mut call, Side::A, srtp_policy);
        } else {
            let offer = call.a_offer.clone();
            // Checked above: cannot fail now.
            let _ = self.srtp_take_offer(&mut call, Side::A, &offer, Some(srtp_policy));
        }
        let command = call.flow.start(now);
        self.run_command(now, call, command);
    }

    /// Who calls: an authenticated device, or (for an INVITE without credentials from a
    /// carrier's gateway) the outside caller as the carrier presents it. None when the
    /// request was answered here (challenge, refusal). An INVITE on one of the box's
    /// provider registrations is matched first, by the registration alone (never by an
    /// address rule), and comes with the numbers it may be calling.
    fn identify_caller(
        &mut self,
        now: Now,
        id: TxId,
        peer: Peer,
        msg: &Message,
    ) -> Option<(Caller, Option<Vec<String>>)> {
        let has_credentials = msg.header(HeaderName::Authorization).is_some()
            || msg.header(HeaderName::ProxyAuthorization).is_some();
        let (dialled, domain) = msg
            .uri()
            .map(|u| (u.user_unescaped().unwrap_or_default(), u.host.to_string()))
            .unwrap_or_default();
        let on_uplink = if has_credentials {
            None
        } else {
            self.uplink_for_invite(peer.addr.ip(), msg)
        };
        let (carrier, called) = match on_uplink {
            Some((carrier, numbers)) => (Some(carrier), Some(numbers)),
            None if has_credentials => (None, None),
            None => (
                self.dir
                    .carrier_for_source(peer.addr.ip(), &dialled, &domain),
                None,
            ),
        };
        if let Some(carrier) = carrier {
            let from = msg.from();
            let number = from
                .and_then(|f| f.uri.user_unescaped())
                .unwrap_or_default();
            let name = from.map(|f| f.display_name()).unwrap_or_default();
            let caller = Caller {
                account: carrier.account,
                device_id: carrier.resource_id,
                owner_id: None,
                name: if name.is_empty() {
                    number.clone()
                } else {
                    name
                },
                number,
                outside: true,
            };
            return Some((caller, called));
        }
        let device = self.authenticate(now, id, peer, msg)?;
        let caller = Caller {
            account: device.account,
            device_id: device.device_id,
            owner_id: device.owner_id,
            name: device.caller_id_name,
            number: device.caller_id_number,
            outside: false,
        };
        Some((caller, None))
    }

    /// Carries out flow commands until one leaves the call waiting for something; the call
    /// goes back into the table unless it ended.
    pub(in crate::engine) fn run_command(
        &mut self,
        now: Now,
        mut call: Call,
        mut command: FlowCommand,
    ) {
        loop {
            if command != FlowCommand::Idle {
                call.flow_steps += 1;
            }
            if call.flow_steps > MAX_FLOW_STEPS {
                tracing::warn!(call = %call.a.call_id, "callflow step limit ({MAX_FLOW_STEPS}) reached; hanging up");
                command = FlowCommand::hangup("EXCHANGE_ROUTING_ERROR");
            }
            match command {
                FlowCommand::Hangup { cause } => return self.end_call(now, call, &cause, None),
                FlowCommand::Respond { code, reason } => {
                    return self.respond_and_end(now, call, code, &reason);
                }
                FlowCommand::Bridge(bridge) => {
                    if self.start_bridge(now, &mut call, bridge) {
                        self.calls.insert(call.id, call);
                        return;
                    }
                    command = call
                        .flow
                        .event(now, FlowEvent::Bridge(BridgeResult::NoEndpoints));
                }
                FlowCommand::Media(media) => {
                    if !self.ensure_terminated(now, &mut call) {
                        command = FlowCommand::hangup("MEDIA_SERVER_UNAVAILABLE");
                        continue;
                    }
                    let tag = call.next_tag();
                    self.out.push_back(Output::Media {
                        call: call.id,
                        tag,
                        command: media,
                    });
                    self.calls.insert(call.id, call);
                    return;
                }
                FlowCommand::Wait { ms } => {
                    let tag = call.next_tag();
                    call.flow_timer = Some((now.mono + ms, tag));
                    self.calls.insert(call.id, call);
                    return;
                }
                FlowCommand::Http(request) => {
                    let tag = call.next_tag();
                    self.out.push_back(Output::Http {
                        call: call.id,
                        tag,
                        request,
                    });
                    self.calls.insert(call.id, call);
                    return;
                }
                FlowCommand::Page { bridge, two_way } => {
                    if !self.ensure_terminated(now, &mut call) {
                        command = FlowCommand::hangup("MEDIA_SERVER_UNAVAILABLE");
                        continue;
                    }
                    if self.start_page(now, &mut call, bridge, two_way) {
                        return self.keep_call(call);
                    }
                    command = call
                        .flow
                        .event(now, FlowEvent::Bridge(BridgeResult::NoEndpoints));
                }
                FlowCommand::Pickup { devices } => match self.pick_up(now, call, &devices) {
                    Some(back) => {
                        call = back;
                        command = call
                            .flow
                            .event(now, FlowEvent::Bridge(BridgeResult::NoEndpoints));
                    }
                    None => return,
                },
                FlowCommand::Move { devices } => match self.move_call(now, call, &devices) {
                    Some((back, result)) => {
                        call = back;
                        command = call.flow.event(now, FlowEvent::Bridge(result));
                    }
                    None => return,
                },
                FlowCommand::Record(record) => {
                    self.set_recording(now, &mut call, record);
                    command = call.flow.event(now, FlowEvent::Done);
                }
                FlowCommand::ListenKeys(keys) => {
                    self.set_keys(&mut call, keys);
                    command = call.flow.event(now, FlowEvent::Done);
                }
                FlowCommand::Transfer { by, number } => {
                    let side = match by {
                        crate::engine::Party::Caller => Side::A,
                        crate::engine::Party::Callee => Side::B,
                    };
                    if call.winner.is_none() || self.cfg.media_server.is_none() {
                        tracing::info!(call = %call.a.call_id, "transfer outside a bridged call ignored");
                        return self.keep_call(call);
                    }
                    return self.blind_transfer(now, call, side, &number, false);
                }
                FlowCommand::Idle => {
                    self.calls.insert(call.id, call);
                    return;
                }
            }
        }
    }

    /// The `response` module: a chosen SIP final response (or a hangup once answered).
    fn respond_and_end(&mut self, now: Now, mut call: Call, code: u16, reason: &str) {
        let cause = crate::engine::causes::cause_for_status(code);
        if call.a_answered || !(300..700).contains(&code) {
            return self.end_call(now, call, cause, None);
        }
        let reason = if reason.trim().is_empty() {
            reason_phrase(code).to_string()
        } else {
            reason.replace(['\r', '\n'], " ")
        };
        let mut w = Writer::response_to(&call.a_invite, code, &reason, Some(&call.a.local_tag));
        w.header("Server", &self.cfg.user_agent);
        let bytes = w.finish_empty();
        self.tx.respond(now.mono, call.a_invite_tx, code, bytes);
        // The caller has its answer; end_call must not send another.
        call.responded = true;
        self.end_call(now, call, cause, None);
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
}
