//! The B2BUA: an authenticated INVITE becomes a call with an A-leg (the caller's dialog)
//! and B-legs (one per contact rung). Call control ([`CallFlow`]) decides whom to ring;
//! this file carries its commands out, relays provisional/final responses, in-dialog
//! requests and SDP (pointing both sides at the relay), and ends calls cleanly.

use std::net::SocketAddr;

use super::causes::{best_failure, status_for_cause};
use super::dialog::Dialog;
use super::{
    BridgeResult, CallFlow, Caller, Engine, FlowCommand, MediaPorts, MediaSide, Now, Output,
};
use crate::message::writer::{Writer, reason_phrase};
use crate::message::{HeaderName, Message, Method};
use crate::sdp::{Direction, Sdp, payload_map};
use crate::transaction::{Millis, Peer, TxId};

pub(super) type CallId = u64;

/// Most flow steps one call may take (a callflow loop must not spin forever).
const MAX_FLOW_STEPS: u32 = 50;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Side {
    A,
    B,
}

impl Side {
    fn other(self) -> Side {
        match self {
            Side::A => Side::B,
            Side::B => Side::A,
        }
    }
    fn media(self) -> MediaSide {
        match self {
            Side::A => MediaSide::A,
            Side::B => MediaSide::B,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum LegState {
    Trying,
    Early,
    Answered,
    Done(u16),
}

struct BLeg {
    dialog: Dialog,
    invite_tx: TxId,
    invite: Vec<u8>,
    device_id: String,
    state: LegState,
}

/// An in-dialog request we passed on, waiting for the other side's answer.
struct Forward {
    client: TxId,
    server: TxId,
    origin: Side,
    request: Message,
}

pub(super) struct Call {
    pub id: CallId,
    pub account: String,
    caller: Caller,
    number: String,
    realm: String,
    a: Dialog,
    a_invite: Message,
    a_invite_tx: TxId,
    a_offer: Sdp,
    a_answered: bool,
    ringing_sent: bool,
    legs: Vec<BLeg>,
    winner: Option<usize>,
    flow: Box<dyn CallFlow>,
    flow_steps: u32,
    media: MediaPorts,
    /// The winning leg's (or early-media leg's) answer.
    b_answer: Option<Sdp>,
    ring_deadline: Option<Millis>,
    forwards: Vec<Forward>,
    on_hold: bool,
    created: Now,
    ringing_since: Option<Now>,
    answered_at: Option<Now>,
    max_forwards: u32,
}

impl Call {
    pub fn next_timer(&self) -> Option<Millis> {
        self.ring_deadline
    }

    fn winner(&self) -> Option<&BLeg> {
        self.winner.and_then(|i| self.legs.get(i))
    }

    fn dialog_mut(&mut self, side: Side) -> Option<&mut Dialog> {
        match side {
            Side::A => Some(&mut self.a),
            Side::B => self
                .winner
                .and_then(|i| self.legs.get_mut(i))
                .map(|l| &mut l.dialog),
        }
    }

    fn port(&self, side: Side) -> u16 {
        match side {
            Side::A => self.media.a_port,
            Side::B => self.media.b_port,
        }
    }

    pub fn channel_rows(&self, now: Now) -> Vec<serde_json::Value> {
        let elapsed = now.unix.saturating_sub(self.created.unix);
        let mut rows = vec![serde_json::json!({
            "uuid": self.a.call_id,
            "authorizing_id": self.caller.device_id,
            "authorizing_type": "device",
            "owner_id": self.caller.owner_id,
            "direction": "inbound",
            "destination": self.number,
            "caller_id_name": self.caller.name,
            "caller_id_number": self.caller.number,
            "callee_id_number": self.number,
            "answered": self.a_answered,
            "elapsed_s": elapsed,
            "timestamp": self.created.unix + edgepbx_gregorian_offset(),
            "other_leg": self.winner().map(|l| l.dialog.call_id.clone()),
        })];
        if let Some(leg) = self.winner() {
            rows.push(serde_json::json!({
                "uuid": leg.dialog.call_id,
                "authorizing_id": leg.device_id,
                "authorizing_type": "device",
                "direction": "outbound",
                "destination": self.number,
                "caller_id_name": self.caller.name,
                "caller_id_number": self.caller.number,
                "answered": true,
                "elapsed_s": elapsed,
                "timestamp": self.created.unix + edgepbx_gregorian_offset(),
                "other_leg": self.a.call_id,
            }));
        }
        rows
    }
}

/// Seconds from year 0 to 1970 (KAZOO stores Gregorian seconds).
pub(super) const fn edgepbx_gregorian_offset() -> u64 {
    62_167_219_200
}

/// A From/To value without its tag parameter.
fn without_tag(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    let (addr, params) = match value.rfind('>') {
        Some(i) => value.split_at(i + 1),
        None => match value.find(';') {
            Some(i) => value.split_at(i),
            None => (value, ""),
        },
    };
    out.push_str(addr);
    for p in params.split(';').filter(|p| !p.trim().is_empty()) {
        if !p.trim().to_ascii_lowercase().starts_with("tag=") {
            out.push(';');
            out.push_str(p.trim());
        }
    }
    out
}

fn sdp_of(msg: &Message) -> Option<Result<Sdp, crate::sdp::SdpError>> {
    let ct = msg.header(HeaderName::ContentType)?;
    if msg.body().is_empty()
        || !ct
            .trim()
            .to_ascii_lowercase()
            .starts_with("application/sdp")
    {
        return None;
    }
    Some(Sdp::parse(msg.body()))
}

fn rtp_addr(sdp: &Sdp) -> Option<SocketAddr> {
    let audio = sdp.audio()?;
    let ip: std::net::IpAddr = audio.address.as_deref()?.parse().ok()?;
    (!ip.is_unspecified()).then(|| SocketAddr::new(ip, audio.port))
}

fn is_hold(sdp: &Sdp) -> bool {
    sdp.audio().is_none_or(|a| {
        matches!(a.direction, Direction::SendOnly | Direction::Inactive)
            || a.address.as_deref() == Some("0.0.0.0")
    })
}

/// The answer for the caller: the callee's answer, with the caller's payload numbers.
fn answer_for_a(b_answer: &Sdp, a_offer: &Sdp) -> Sdp {
    let mut answer = b_answer.clone();
    answer.media.truncate(a_offer.media.len());
    for (m, offered) in answer.media.iter_mut().zip(&a_offer.media) {
        m.kind.clone_from(&offered.kind);
        for f in &mut m.formats {
            if let Some(o) = offered
                .formats
                .iter()
                .find(|o| o.encoding == f.encoding && o.clock == f.clock)
            {
                f.pt = o.pt;
            }
        }
    }
    while answer.media.len() < a_offer.media.len() {
        let mut m = a_offer.media[answer.media.len()].clone();
        m.port = 0;
        answer.media.push(m);
    }
    answer
}

impl Engine {
    pub(super) fn on_invite(&mut self, now: Now, id: TxId, peer: Peer, msg: &Message) {
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
    fn run_command(&mut self, now: Now, mut call: Call, mut command: FlowCommand) {
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
    fn start_bridge(
        &mut self,
        now: Now,
        call: &mut Call,
        devices: &[String],
        timeout_secs: u32,
    ) -> bool {
        let mut targets = Vec::new();
        for device in devices {
            let aor = super::registrar::Aor {
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
                .header("Allow", super::ALLOW)
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

    pub(super) fn on_cancel(&mut self, now: Now, id: TxId, msg: &Message) {
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

    pub(super) fn on_ack(&mut self, _now: Now, _msg: &Message) {
        // The transaction layer has stopped retransmitting our 2xx; nothing else to do:
        // we ACK the callee ourselves as soon as it answers.
    }

    pub(super) fn on_response(&mut self, now: Now, id: TxId, msg: &Message) {
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
        }
        self.calls.insert(cid, call);
    }

    /// A 2xx for a leg that is no longer wanted (its call ended, or another leg won):
    /// acknowledge it and hang it up, so the phone does not stay off-hook alone.
    fn stray_response(&mut self, now: Now, _id: TxId, msg: &Message) {
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
    fn orphan_dialog(&self, msg: &Message) -> Option<Dialog> {
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
        })
    }

    /// Where a response came from is not kept by the layer; stray answers are sent back
    /// to their Contact over UDP.
    fn last_peer_for(&self, msg: &Message) -> Option<Peer> {
        let contact = msg.contacts().next()?;
        let ip = contact.uri.host_bare().parse().ok()?;
        Some(Peer {
            transport: crate::transaction::Transport::Udp,
            addr: SocketAddr::new(ip, contact.uri.port.unwrap_or(5060)),
            conn: 0,
        })
    }

    fn ack_and_bye(&mut self, now: Now, mut dialog: Dialog, response: &Message) {
        let cseq = response.cseq().map_or(1, |c| c.number);
        let sent_by = self.sent_by(dialog.peer.transport);
        let branch = self.ids.branch();
        let ack = dialog
            .request_with_cseq("ACK", &branch, &sent_by, cseq)
            .finish_empty();
        self.tx.send_stateless(dialog.peer, ack);
        dialog.local_cseq = cseq;
        let branch = self.ids.branch();
        let bye = dialog.request("BYE", &branch, &sent_by).finish_empty();
        self.tx.send_request(now.mono, dialog.peer, bye);
    }

    fn leg_response(&mut self, now: Now, mut call: Call, i: usize, msg: &Message) {
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
                    self.early_to_a(now, &mut call, msg);
                }
            }
            200..=299 => {
                if call.winner.is_some_and(|w| w != i) || call.a_answered && call.winner.is_none() {
                    // Another leg won the race.
                    let mut d = call.legs[i].dialog.clone();
                    d.remote_tag = to_tag;
                    if let Some(c) = leg_contact {
                        d.remote_target = c;
                    }
                    self.ack_and_bye(now, d, msg);
                    call.legs[i].state = LegState::Done(200);
                } else if call.winner == Some(i) {
                    // A retransmitted 2xx: ACK again.
                    let d = call.legs[i].dialog.clone();
                    let sent_by = self.sent_by(d.peer.transport);
                    let branch = self.ids.branch();
                    let ack = d.request_with_cseq(
                        "ACK",
                        &branch,
                        &sent_by,
                        msg.cseq().map_or(1, |c| c.number),
                    );
                    self.tx.send_stateless(d.peer, ack.finish_empty());
                } else {
                    return self.leg_answered(now, call, i, msg);
                }
            }
            _ => {
                call.legs[i].state = LegState::Done(code);
                tracing::debug!(call = %call.a.call_id, code, "leg failed");
                if call.winner.is_none()
                    && call
                        .legs
                        .iter()
                        .all(|l| matches!(l.state, LegState::Done(_)))
                {
                    let codes: Vec<u16> = call
                        .legs
                        .iter()
                        .filter_map(|l| match l.state {
                            LegState::Done(c) => Some(c),
                            _ => None,
                        })
                        .collect();
                    call.ring_deadline = None;
                    let result = BridgeResult::Failed {
                        code: best_failure(&codes),
                    };
                    let command = call.flow.bridge_result(&result);
                    return self.run_command(now, call, command);
                }
            }
        }
        self.calls.insert(call.id, call);
    }

    /// Ringing or early media from a leg, passed to the caller.
    fn early_to_a(&mut self, now: Now, call: &mut Call, msg: &Message) {
        let sdp = sdp_of(msg).and_then(Result::ok).and_then(|s| s.relayable());
        match sdp {
            Some(answer) if call.b_answer.is_none() => {
                if let Some(addr) = rtp_addr(&answer) {
                    self.media.set_remote(call.media.id, MediaSide::B, addr);
                }
                self.set_payload_maps(call, &answer);
                let for_a = answer_for_a(&answer, &call.a_offer);
                call.b_answer = Some(answer);
                let version = call.a.next_sdp_version();
                let body = for_a.render(
                    &self.cfg.media_ip.to_string(),
                    call.media.a_port,
                    (call.id, version),
                );
                self.send_to_a(now, call, 183, Some(body));
                call.ringing_sent = true;
            }
            _ if !call.ringing_sent => {
                self.send_to_a(now, call, 180, None);
                call.ringing_sent = true;
            }
            _ => {}
        }
    }

    fn set_payload_maps(&mut self, call: &Call, b_answer: &Sdp) {
        if let (Some(a), Some(b)) = (call.a_offer.audio(), b_answer.audio()) {
            self.media
                .set_payload_map(call.media.id, MediaSide::A, &payload_map(a, b));
            self.media
                .set_payload_map(call.media.id, MediaSide::B, &payload_map(b, a));
        }
    }

    /// Sends a response on the caller's INVITE transaction.
    fn send_to_a(&mut self, now: Now, call: &Call, code: u16, sdp: Option<Vec<u8>>) {
        let mut w = Writer::response_to(
            &call.a_invite,
            code,
            reason_phrase(code),
            Some(&call.a.local_tag),
        );
        if code < 300 {
            w.header("Contact", self.contact(&call.number, call.a.peer.transport));
            w.header("Allow", super::ALLOW);
        }
        w.header("Server", &self.cfg.user_agent);
        let bytes = match &sdp {
            Some(body) => w.finish(Some("application/sdp"), body),
            None => w.finish_empty(),
        };
        self.tx.respond(now.mono, call.a_invite_tx, code, bytes);
    }

    fn leg_answered(&mut self, now: Now, mut call: Call, i: usize, msg: &Message) {
        call.winner = Some(i);
        call.ring_deadline = None;
        {
            let leg = &mut call.legs[i];
            leg.state = LegState::Answered;
            leg.dialog.remote_tag = msg.to().and_then(|t| t.tag()).map(str::to_string);
            if let Some(c) = msg.contacts().next() {
                leg.dialog.remote_target = c.uri_text.to_string();
            }
            leg.dialog.local_cseq = msg.cseq().map_or(1, |c| c.number);
        }
        let leg_dialog = call.legs[i].dialog.clone();
        let sent_by = self.sent_by(leg_dialog.peer.transport);
        let branch = self.ids.branch();
        let ack = leg_dialog.request_with_cseq("ACK", &branch, &sent_by, leg_dialog.local_cseq);
        self.tx.send_stateless(leg_dialog.peer, ack.finish_empty());
        self.dialogs.insert(
            (leg_dialog.call_id.clone(), leg_dialog.local_tag.clone()),
            call.id,
        );
        self.cancel_other_legs(now, &mut call, Some(i));

        let answer = match sdp_of(msg).and_then(Result::ok).and_then(|s| s.relayable()) {
            Some(a) => Some(a),
            None => call.b_answer.clone(),
        };
        let Some(answer) = answer else {
            tracing::info!(call = %call.a.call_id, "callee answered without usable SDP");
            return self.end_call(now, call, "INCOMPATIBLE_DESTINATION", Some(Side::B));
        };
        if let Some(addr) = rtp_addr(&answer) {
            self.media.set_remote(call.media.id, MediaSide::B, addr);
        }
        self.set_payload_maps(&call, &answer);
        let for_a = answer_for_a(&answer, &call.a_offer);
        call.on_hold = is_hold(&answer);
        call.b_answer = Some(answer);
        let version = call.a.next_sdp_version();
        let body = for_a.render(
            &self.cfg.media_ip.to_string(),
            call.media.a_port,
            (call.id, version),
        );
        self.send_to_a(now, &call, 200, Some(body));
        call.a_answered = true;
        call.answered_at = Some(now);
        let _ = call.flow.bridge_result(&BridgeResult::Answered);
        self.calls.insert(call.id, call);
    }

    fn cancel_other_legs(&mut self, now: Now, call: &mut Call, keep: Option<usize>) {
        for (i, leg) in call.legs.iter_mut().enumerate() {
            if Some(i) == keep || !matches!(leg.state, LegState::Trying | LegState::Early) {
                continue;
            }
            leg.state = LegState::Done(487);
            if let Some(cancel) = cancel_for(&leg.invite) {
                self.tx.send_request(now.mono, leg.dialog.peer, cancel);
            }
        }
    }

    /// Ring timeouts.
    pub(super) fn call_timers(&mut self, now: Now) {
        let due: Vec<CallId> = self
            .calls
            .values()
            .filter(|c| c.ring_deadline.is_some_and(|d| d <= now.mono))
            .map(|c| c.id)
            .collect();
        for cid in due {
            let Some(mut call) = self.calls.remove(&cid) else {
                continue;
            };
            call.ring_deadline = None;
            self.cancel_other_legs(now, &mut call, None);
            let command = call.flow.bridge_result(&BridgeResult::NoAnswer);
            self.run_command(now, call, command);
        }
    }

    /// Hangs up answered calls whose media stopped (a phone lost power or network).
    pub(super) fn check_media(&mut self, now: Now) {
        let timeout = self.cfg.media_timeout_ms;
        let dead: Vec<CallId> = self
            .calls
            .values()
            .filter(|c| c.a_answered && !c.on_hold)
            .filter(|c| {
                self.media
                    .idle_ms(c.media.id)
                    .is_some_and(|idle| idle >= timeout)
            })
            .map(|c| c.id)
            .collect();
        for cid in dead {
            if let Some(call) = self.calls.remove(&cid) {
                tracing::info!(call = %call.a.call_id, "no media for {} s; hanging up", timeout / 1000);
                self.end_call(now, call, "MEDIA_TIMEOUT", None);
            }
        }
    }

    pub(super) fn call_client_timeout(&mut self, now: Now, cid: CallId, tx: TxId) {
        let Some(mut call) = self.calls.remove(&cid) else {
            return;
        };
        if let Some(i) = call.legs.iter().position(|l| l.invite_tx == tx) {
            let fake_state = LegState::Done(408);
            call.legs[i].state = fake_state;
            if call.winner.is_none()
                && call
                    .legs
                    .iter()
                    .all(|l| matches!(l.state, LegState::Done(_)))
            {
                call.ring_deadline = None;
                let command = call.flow.bridge_result(&BridgeResult::Failed { code: 408 });
                return self.run_command(now, call, command);
            }
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
    pub(super) fn call_ack_timeout(&mut self, now: Now, cid: CallId, tx: TxId) {
        let Some(call) = self.calls.remove(&cid) else {
            return;
        };
        if call.a_invite_tx == tx {
            tracing::info!(call = %call.a.call_id, "caller never sent ACK; hanging up");
            return self.end_call(now, call, "RECOVERY_ON_TIMER_EXPIRE", None);
        }
        self.calls.insert(cid, call);
    }

    /// A request inside an established dialog: BYE ends the call; re-INVITE, UPDATE,
    /// INFO and others pass to the other side.
    pub(super) fn in_dialog_request(
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
        let to_tag = msg.to().and_then(|t| t.tag()).unwrap_or("");
        let origin = if msg.call_id() == call.a.call_id && to_tag == call.a.local_tag {
            Side::A
        } else {
            Side::B
        };
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
            Some(Method::Ack) => {}
            Some(Method::Cancel) => self.respond(now, id, msg, 200, None),
            _ if call.winner.is_none() => {
                // Nothing to pass it to yet (e.g. UPDATE before answer): refuse politely.
                self.respond(now, id, msg, 491, None);
            }
            _ => self.forward_request(now, &mut call, origin, id, msg),
        }
        self.calls.insert(cid, call);
    }

    fn forward_request(
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
                if let Some(addr) = rtp_addr(&sdp) {
                    self.media.set_remote(call.media.id, origin.media(), addr);
                }
                call.on_hold = is_hold(&sdp);
                let port = call.port(target);
                let media_ip = self.cfg.media_ip.to_string();
                let cid = call.id;
                let Some(d) = call.dialog_mut(target) else {
                    return;
                };
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
        let transport = d.peer.transport;
        let peer = d.peer;
        let sent_by = self.sent_by(transport);
        let mut w = d.request(&method, &branch, &sent_by);
        w.header("Contact", self.contact("", transport))
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
    fn forward_response(&mut self, now: Now, call: &mut Call, i: usize, msg: &Message) {
        let code = msg.status().unwrap_or(500);
        if code == 100 {
            return;
        }
        let origin = call.forwards[i].origin;
        let is_invite = call.forwards[i].request.method() == Some(Method::Invite);
        if is_invite && (200..300).contains(&code) {
            // We are the UAC of the re-INVITE on the other side: ACK it there.
            if let Some(d) = call.dialog_mut(origin.other()) {
                let d = d.clone();
                let sent_by = self.sent_by(d.peer.transport);
                let branch = self.ids.branch();
                let ack = d.request_with_cseq(
                    "ACK",
                    &branch,
                    &sent_by,
                    msg.cseq().map_or(1, |c| c.number),
                );
                self.tx.send_stateless(d.peer, ack.finish_empty());
            }
        }
        let mut body = None;
        if let Some(Ok(sdp)) = sdp_of(msg)
            && let Some(sdp) = sdp.relayable()
        {
            if let Some(addr) = rtp_addr(&sdp) {
                self.media
                    .set_remote(call.media.id, origin.other().media(), addr);
            }
            let port = call.port(origin);
            let media_ip = self.cfg.media_ip.to_string();
            let cid = call.id;
            if let Some(d) = call.dialog_mut(origin) {
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
        if code < 300 {
            let transport = call.a.peer.transport;
            w.header("Contact", self.contact("", transport));
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

    /// Ends a call: answers or hangs up every side still up, frees the media, writes CDRs.
    /// `by` is the side that hung up (None when the box ended it).
    pub(super) fn end_call(&mut self, now: Now, mut call: Call, cause: &str, by: Option<Side>) {
        let keep = call.winner;
        self.cancel_other_legs(now, &mut call, keep);
        if !call.a_answered {
            let code = status_for_cause(cause);
            self.send_to_a(now, &call, code, None);
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
        for (account, cdr) in super::cdr::records(&call_summary(&call), now, cause, &hangup_code) {
            self.out.push_back(Output::Cdr { account, cdr });
        }
        self.server_tx.retain(|_, c| *c != call.id);
    }

    fn bye(&mut self, now: Now, call: &mut Call, side: Side) {
        let branch = self.ids.branch();
        let user_agent = self.cfg.user_agent.clone();
        let Some(d) = call.dialog_mut(side) else {
            return;
        };
        let sent_by = self.sent_by(d.peer.transport);
        let peer = d.peer;
        let mut w = d.request("BYE", &branch, &sent_by);
        w.header("User-Agent", user_agent);
        self.tx.send_request(now.mono, peer, w.finish_empty());
    }
}

/// What the call log needs from a call.
pub(super) struct CallSummary<'a> {
    pub account: &'a str,
    pub caller: &'a Caller,
    pub number: &'a str,
    pub realm: &'a str,
    pub a_call_id: &'a str,
    pub b_call_id: Option<&'a str>,
    pub b_device: Option<&'a str>,
    pub created: Now,
    pub ringing_since: Option<Now>,
    pub answered_at: Option<Now>,
}

fn call_summary(call: &Call) -> CallSummary<'_> {
    CallSummary {
        account: &call.account,
        caller: &call.caller,
        number: &call.number,
        realm: &call.realm,
        a_call_id: &call.a.call_id,
        b_call_id: call.winner().map(|l| l.dialog.call_id.as_str()),
        b_device: call.winner().map(|l| l.device_id.as_str()),
        created: call.created,
        ringing_since: call.ringing_since,
        answered_at: call.answered_at,
    }
}

/// The CANCEL for one of our INVITEs (RFC 3261 §9.1): same Request-URI, top Via, From,
/// To, Call-ID and CSeq number.
fn cancel_for(invite: &[u8]) -> Option<Vec<u8>> {
    let req = crate::message::parse(invite).ok()?;
    let mut w = Writer::request("CANCEL", req.uri_str());
    w.header("Via", req.list(HeaderName::Via).next()?)
        .header("Max-Forwards", 70)
        .header("From", req.header(HeaderName::From)?)
        .header("To", req.header(HeaderName::To)?)
        .header("Call-ID", req.call_id())
        .header("CSeq", format_args!("{} CANCEL", req.cseq()?.number));
    Some(w.finish_empty())
}
