//! Requests inside an established call: BYE ends it; re-INVITE, UPDATE, INFO and the
//! rest pass to the other side with their SDP pointed at the relay, answers come back.

use super::sdes::Role;
use super::*;

impl Engine {
    /// A request inside an established dialog: BYE ends the call; re-INVITE, UPDATE,
    /// INFO and others pass to the other side.
    pub(in crate::engine) fn in_dialog_request(
        &mut self,
        now: Now,
        cid: CallId,
        id: TxId,
        _peer: Peer,
        msg: &Message,
    ) {
        let Some(mut call) = self.calls.remove(&cid) else {
            return self.respond(now, id, msg, 481, None);
        };
        let origin = call.side_of(msg);
        if let Some(d) = call.dialog_mut(origin)
            && let Some(c) = msg.contacts().next()
        {
            d.remote_target = c.uri_text.to_string();
        }
        match msg.method() {
            Some(Method::Bye) => {
                self.respond(now, id, msg, 200, None);
                return self.end_call(now, call, "NORMAL_CLEARING", Some(origin));
            }
            // ACKs come through `on_ack` (the transaction layer hands them over there).
            Some(Method::Ack) => {}
            Some(Method::Invite) if let Some(code) = call.overlapping_invite(origin) => {
                self.refuse_overlapping_invite(now, id, msg, code);
            }
            Some(Method::Cancel) => self.respond(now, id, msg, 200, None),
            Some(Method::Refer) => return self.on_refer(now, call, origin, id, msg),
            _ if call.winner.is_none() => {
                // Nothing to pass it to yet (e.g. UPDATE before answer): refuse politely.
                self.respond(now, id, msg, 491, None);
            }
            _ => self.forward_request(now, &mut call, origin, id, msg),
        }
        self.calls.insert(cid, call);
    }

    pub(in crate::engine) fn forward_request(
        &mut self,
        now: Now,
        call: &mut Call,
        origin: Side,
        server: TxId,
        msg: &Message,
    ) {
        let target = origin.other();
        let method = msg.method_str().to_string();
        let mut body: Option<Vec<u8>> = None;
        match sdp_of(msg) {
            Some(Ok(sdp)) => {
                let Some(sdp) = sdp.relayable() else {
                    return self.respond(now, server, msg, 488, Some("No Common Codec"));
                };
                // An ACK (or PRACK) carries an answer; INVITE and UPDATE an offer.
                let role = if matches!(method.as_str(), "ACK" | "PRACK") {
                    if let Err(reason) = self.srtp_take_answer(call, origin, &sdp, None) {
                        tracing::warn!(call = %call.a.call_id, reason, "answer refused SRTP");
                    }
                    Role::Answer
                } else {
                    let policy = Engine::srtp_policy(call, origin);
                    if let Err(reason) = self.srtp_take_offer(call, origin, &sdp, Some(policy)) {
                        return self.respond(now, server, msg, 488, Some(reason));
                    }
                    let policy = Engine::srtp_policy(call, target);
                    self.srtp_prepare_offer(call, target, policy);
                    Role::Offer
                };
                if let Some(addr) = rtp_addr(&sdp) {
                    self.media
                        .set_remote(call.media.id, call.relay_side(origin), addr);
                }
                call.on_hold = is_hold(&sdp);
                let sdp = call.crypto.dress(call.relay_side(target), &sdp, role);
                let port = call.port(target);
                let cid = call.id;
                let Some(d) = call.dialog_mut(target) else {
                    return;
                };
                let media_ip = self.media_ip_on(d);
                let version = d.next_sdp_version();
                body = Some(sdp.render(&media_ip, port, (cid, version)));
            }
            Some(Err(_)) => return self.respond(now, server, msg, 400, Some("Bad SDP")),
            None => {}
        }
        let content_type = msg.header(HeaderName::ContentType).map(str::to_string);
        let raw_body = msg.body().to_vec();
        let branch = self.ids.branch();
        let user_agent = self.cfg.user_agent.clone();
        let Some(d) = call.dialog_mut(target) else {
            return;
        };
        let peer = d.peer;
        let sent_by = self.sent_by_on(d);
        let contact = self.contact_on("", d);
        let mut w = d.request(&method, &branch, &sent_by);
        w.header("Contact", contact)
            .header("User-Agent", user_agent);
        for name in ["Event", "Subscription-State", "Info-Package", "Reason"] {
            if let Some(v) = msg.header_named(name) {
                w.header(name, v);
            }
        }
        let bytes = match body {
            Some(sdp) => w.finish(Some("application/sdp"), &sdp),
            None => w.finish(content_type.as_deref(), &raw_body),
        };
        if let Some(client) = self.tx.send_request(now.mono, peer, bytes) {
            self.client_tx.insert(client, call.id);
            call.forwards.push(Forward {
                client,
                server,
                origin,
                request: msg.clone(),
            });
        }
    }

    /// The other side answered a request we passed on: pass the answer back.
    pub(in crate::engine) fn forward_response(
        &mut self,
        now: Now,
        call: &mut Call,
        i: usize,
        msg: &Message,
    ) {
        let code = msg.status().unwrap_or(500);
        if code == 100 {
            return;
        }
        let origin = call.forwards[i].origin;
        let method = call.forwards[i].request.method();
        let is_invite = method == Some(Method::Invite);
        if is_invite && (200..300).contains(&code) {
            // We are the UAC of the re-INVITE on the other side: ACK it there.
            let request = call.forwards[i].request.clone();
            self.ack_passed_on_reinvite(call, origin, &request, msg);
        }
        if matches!(method, Some(Method::Invite | Method::Update))
            && (200..300).contains(&code)
            && let Some(Ok(offer)) = sdp_of(&call.forwards[i].request)
        {
            let answer = sdp_of(msg).and_then(Result::ok);
            self.follow_hold(call, origin, &offer, answer);
        }
        let mut body = None;
        if let Some(Ok(sdp)) = sdp_of(msg)
            && let Some(sdp) = sdp.relayable()
        {
            // The answer to the offer we passed on; to an offerless request, an offer.
            let answerer = origin.other();
            let role = if sdp_of(&call.forwards[i].request).is_some() {
                if let Err(reason) = self.srtp_take_answer(call, answerer, &sdp, None) {
                    tracing::warn!(call = %call.a.call_id, reason, "answer refused SRTP");
                }
                Role::Answer
            } else {
                let policy = Engine::srtp_policy(call, answerer);
                if let Err(reason) = self.srtp_take_offer(call, answerer, &sdp, Some(policy)) {
                    tracing::warn!(call = %call.a.call_id, reason, "offer in an answer refused");
                }
                let policy = Engine::srtp_policy(call, origin);
                self.srtp_prepare_offer(call, origin, policy);
                Role::Offer
            };
            let sdp = call.crypto.dress(call.relay_side(origin), &sdp, role);
            if let Some(addr) = rtp_addr(&sdp) {
                self.media
                    .set_remote(call.media.id, call.relay_side(origin.other()), addr);
            }
            let port = call.port(origin);
            let cid = call.id;
            if let Some(d) = call.dialog_mut(origin) {
                let media_ip = self.media_ip_on(d);
                let version = d.next_sdp_version();
                body = Some(sdp.render(&media_ip, port, (cid, version)));
            }
        }
        let f = if code >= 200 {
            call.forwards.remove(i)
        } else {
            Forward {
                client: call.forwards[i].client,
                server: call.forwards[i].server,
                origin,
                request: call.forwards[i].request.clone(),
            }
        };
        let local_tag = match origin {
            Side::A => call.a.local_tag.clone(),
            Side::B => call
                .winner()
                .map(|l| l.dialog.local_tag.clone())
                .unwrap_or_default(),
        };
        let mut w = Writer::response_to(&f.request, code, msg.reason(), Some(&local_tag));
        // The answering side's wish to be asked again later goes to the asker (§20.33).
        if let Some(retry) = msg.header_named("Retry-After") {
            w.header("Retry-After", retry);
        }
        if code < 300 {
            // The Contact of the side the answer goes to, on that side's transport.
            let to = match origin {
                Side::A => &call.a,
                Side::B => call.winner().map_or(&call.a, |l| &l.dialog),
            };
            w.header("Contact", self.contact_on("", to));
        }
        let bytes = match body {
            Some(b) => w.finish(Some("application/sdp"), &b),
            None => {
                let ct = msg.header(HeaderName::ContentType).map(str::to_string);
                w.finish(ct.as_deref(), msg.body())
            }
        };
        self.tx.respond(now.mono, f.server, code, bytes);
    }
}
