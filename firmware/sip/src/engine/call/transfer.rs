//! Transfers (RFC 3515 REFER, RFC 5589 call transfer). Blind: the party left behind is
//! answered by the box and runs the callflow of the number the transferor gave, routed as
//! the transferor would dial it. Attended (`Replaces` naming the transferor's other call):
//! the two parties left over meet in a two-member room on the media server. Either way the
//! transferor gets 202, a NOTIFY with the outcome as a sipfrag, and then BYE.

use super::joined::JoinedFlow;
use super::sdes::Role;
use super::*;
use crate::message::NameAddr;
use crate::message::unescape;

/// Where a REFER points.
#[derive(Debug, PartialEq, Eq)]
enum ReferTarget {
    Number(String),
    /// The dialog the transferor has with the target, from `Refer-To: <…?Replaces=…>`.
    Replaces {
        call_id: String,
        to_tag: String,
        from_tag: String,
    },
}

/// Reads a Refer-To value; the error is the reason phrase of our 400.
fn parse_refer_to(value: &str) -> Result<ReferTarget, &'static str> {
    let addr = NameAddr::parse(value).map_err(|_| "Bad Refer-To")?;
    if !addr.uri.is_sip() {
        return Err("Refer-To Must Be A SIP URI");
    }
    let replaces = addr.uri.headers.split('&').find_map(|h| {
        let (name, value) = h.split_once('=')?;
        name.eq_ignore_ascii_case("replaces")
            .then(|| unescape(value))
    });
    if let Some(replaces) = replaces {
        let mut parts = replaces.split(';');
        let call_id = parts.next().unwrap_or("").trim().to_string();
        let mut to_tag = String::new();
        let mut from_tag = String::new();
        for part in parts {
            match part.split_once('=') {
                Some((n, v)) if n.trim().eq_ignore_ascii_case("to-tag") => to_tag = v.into(),
                Some((n, v)) if n.trim().eq_ignore_ascii_case("from-tag") => from_tag = v.into(),
                _ => {}
            }
        }
        if call_id.is_empty() || to_tag.is_empty() || from_tag.is_empty() {
            return Err("Bad Replaces In Refer-To");
        }
        return Ok(ReferTarget::Replaces {
            call_id,
            to_tag,
            from_tag,
        });
    }
    match addr.uri.user_unescaped() {
        Some(number) if !number.is_empty() => Ok(ReferTarget::Number(number)),
        _ => Err("Refer-To Without A Number"),
    }
}

/// How the side a transfer or a move lets go leaves, for the transferor and its call record.
pub(super) struct Leaving<'a> {
    /// The transferor's REFER outcome, sent in a NOTIFY before the BYE.
    pub notify: Option<u16>,
    /// Its record's `hangup_cause`.
    pub cause: &'a str,
    /// The device that took its place (a moved call): its record names it.
    pub moved_to: Option<&'a str>,
}

impl Leaving<'_> {
    fn transferor(notify: Option<u16>) -> Leaving<'static> {
        Leaving {
            notify,
            cause: "NORMAL_CLEARING",
            moved_to: None,
        }
    }
}

impl Engine {
    /// A REFER from `origin` of an answered call. The call goes back into the table (or
    /// ends) here.
    pub(in crate::engine) fn on_refer(
        &mut self,
        now: Now,
        call: Call,
        origin: Side,
        id: TxId,
        msg: &Message,
    ) {
        if call.winner.is_none() || !call.a_answered {
            self.respond(now, id, msg, 403, Some("Transfer Before Answer"));
            return self.keep_call(call);
        }
        let target = msg
            .header(HeaderName::ReferTo)
            .ok_or("Missing Refer-To")
            .and_then(parse_refer_to);
        let target = match target {
            Ok(t) => t,
            Err(reason) => {
                self.respond(now, id, msg, 400, Some(reason));
                return self.keep_call(call);
            }
        };
        self.respond(now, id, msg, 202, None);
        let mut call = call;
        if self.cfg.media_server.is_none() {
            tracing::warn!(call = %call.a.call_id, "transfer refused: no media server");
            self.notify_in_call(now, &mut call, origin, 503);
            return self.keep_call(call);
        }
        match target {
            ReferTarget::Number(number) => self.blind_transfer(now, call, origin, &number, true),
            ReferTarget::Replaces {
                call_id,
                to_tag,
                from_tag,
            } => self.attended_transfer(now, call, origin, &call_id, [to_tag, from_tag]),
        }
    }

    /// A device as a caller; one the directory does not know is known by its id alone
    /// (a carrier's URI, say) and is an outside party.
    pub(super) fn device_caller(&self, account: &str, device: &str) -> Caller {
        self.dir
            .caller_for_device(account, device)
            .unwrap_or_else(|| Caller {
                account: account.to_string(),
                device_id: device.to_string(),
                owner_id: None,
                name: String::new(),
                number: String::new(),
                outside: true,
            })
    }

    /// Who the transferor on `side` is, for routing the number it gave.
    fn party(&self, call: &Call, side: Side) -> Caller {
        match (side, call.winner()) {
            (Side::B, Some(leg)) => self.device_caller(&call.account, &leg.device_id),
            _ => call.caller.clone(),
        }
    }

    /// `origin` hands the other side to `number` and leaves; `by_refer` when it asked with
    /// a REFER (it then hears the outcome in NOTIFYs), else by in-call keys.
    pub(super) fn blind_transfer(
        &mut self,
        now: Now,
        mut call: Call,
        origin: Side,
        number: &str,
        by_refer: bool,
    ) {
        let transferor = self.party(&call, origin);
        // An outside party names numbers as a carrier's caller does: the account's own
        // numbers only, never an outside line (toll fraud through REFER or in-call keys).
        let flow = if transferor.outside {
            self.dir.route_from_carrier(&transferor, number)
        } else {
            self.dir.route(&transferor, number)
        };
        let Some(flow) = flow else {
            tracing::info!(call = %call.a.call_id, number, outside = transferor.outside, "transfer to a number with no callflow");
            if by_refer {
                self.notify_in_call(now, &mut call, origin, 404);
            }
            return self.keep_call(call);
        };
        tracing::info!(call = %call.a.call_id, number, "blind transfer");
        let leaving = Leaving::transferor(by_refer.then_some(200));
        self.keep_only(now, &mut call, origin.other(), leaving);
        if !self.ensure_terminated(now, &mut call) {
            return self.end_call(now, call, "MEDIA_SERVER_UNAVAILABLE", None);
        }
        self.take_off_hold(now, &mut call);
        call.number = number.to_string();
        // Whoever answers the transfer is shown to the transferee (`connect_winner`).
        call.identity_due = true;
        self.restart_flow(now, call, flow);
    }

    /// `Replaces` names the transferor's dialog in another call: the transferee (the other
    /// side of this call) and the target (the other side of that one) are joined.
    fn attended_transfer(
        &mut self,
        now: Now,
        mut call: Call,
        origin: Side,
        replaced_call_id: &str,
        tags: [String; 2],
    ) {
        let other_id = tags
            .iter()
            .find_map(|t| {
                self.dialogs
                    .get(&(replaced_call_id.to_string(), t.clone()))
                    .copied()
            })
            .filter(|id| *id != call.id);
        let Some(mut other) = other_id.and_then(|id| self.calls.remove(&id)) else {
            tracing::info!(call = %call.a.call_id, replaced_call_id, "attended transfer names an unknown call");
            self.notify_in_call(now, &mut call, origin, 481);
            return self.keep_call(call);
        };
        if other.winner.is_none() {
            // The target still rings (or the transferor is in a menu): the transferee
            // takes the transferor's place by dialling the same number.
            let number = other.number.clone();
            self.end_call(now, other, "ORIGINATOR_CANCEL", None);
            return self.blind_transfer(now, call, origin, &number, true);
        }
        let transferor_in_other = if other.a.call_id == replaced_call_id {
            Side::A
        } else {
            Side::B
        };
        tracing::info!(call = %call.a.call_id, other = %other.a.call_id, "attended transfer");
        self.keep_only(
            now,
            &mut call,
            origin.other(),
            Leaving::transferor(Some(200)),
        );
        let leaving = Leaving::transferor(None);
        self.keep_only(now, &mut other, transferor_in_other.other(), leaving);
        let room = format!("transfer-{}-{}", call.id, other.id);
        let parties = [
            (other.caller.name.clone(), other.caller.number.clone()),
            (call.caller.name.clone(), call.caller.number.clone()),
        ];
        for (mut c, (name, number)) in [call, other].into_iter().zip(parties) {
            if !self.ensure_terminated(now, &mut c) {
                self.end_call(now, c, "MEDIA_SERVER_UNAVAILABLE", None);
                continue;
            }
            self.take_off_hold(now, &mut c);
            // Each party left now talks to the other one.
            self.identity_update(now, &mut c, &name, &number);
            self.restart_flow(now, c, Box::new(JoinedFlow::new(room.clone(), false)));
        }
    }

    /// The call goes on with new call control from its start.
    pub(super) fn restart_flow(&mut self, now: Now, mut call: Call, flow: Box<dyn CallFlow>) {
        call.flow = flow;
        call.flow_steps = 0;
        call.ring_deadline = None;
        call.pending.clear();
        let command = call.flow.start(now);
        self.run_command(now, call, command);
    }

    /// Keeps `stay` (which becomes the call's A side) and lets the other side go as
    /// `leaving` says (a NOTIFY first if it carries a REFER outcome), then BYE.
    pub(super) fn keep_only(&mut self, now: Now, call: &mut Call, stay: Side, leaving: Leaving) {
        match stay {
            Side::A => {
                // What the caller sends is what the bridge settled on.
                if call.a_answer.is_none()
                    && let Some(b) = &call.b_answer
                {
                    call.a_answer = Some(answer_for_a(b, &call.a_offer));
                }
            }
            Side::B => self.swap_sides(call),
        }
        self.release_b(now, call, leaving);
    }

    /// The answered callee becomes the call's A side, and the caller its B side.
    pub(super) fn swap_sides(&mut self, call: &mut Call) {
        let Some(i) = call.winner else {
            return;
        };
        let device = call.legs[i].device_id.clone();
        let stays = self.device_caller(&call.account, &device);
        let leaves = std::mem::replace(&mut call.caller, stays);
        let leg = &mut call.legs[i];
        std::mem::swap(&mut call.a, &mut leg.dialog);
        std::mem::swap(&mut call.a_refresh, &mut leg.refresh);
        leg.device_id = leaves.device_id;
        // The callee's answer is what it sends: from now on the A side's SDP.
        if let Some(b) = call.b_answer.take() {
            call.a_offer = b;
        }
        call.a_answer = None;
        call.swapped = !call.swapped;
    }

    /// Hangs up the answered B side (after a NOTIFY if asked) and writes its call record.
    fn release_b(&mut self, now: Now, call: &mut Call, leaving: Leaving) {
        let Some(i) = call.winner.take() else {
            return;
        };
        let mut leg = call.legs.swap_remove(i);
        call.legs.clear();
        call.b_answer = None;
        if let Some(code) = leaving.notify {
            self.notify_refer(now, &mut leg.dialog, code);
        }
        self.bye_dialog(now, &mut leg.dialog);
        self.dialogs
            .remove(&(leg.dialog.call_id.clone(), leg.dialog.local_tag.clone()));
        let direction = if leg.dialog.call_id == call.a_invite.call_id() {
            "inbound"
        } else {
            "outbound"
        };
        let mut record = crate::engine::cdr::record(
            &call_summary(call),
            now,
            leaving.cause,
            "sip:200",
            &crate::engine::cdr::Leg {
                call_id: &leg.dialog.call_id,
                direction,
                authorizing: &leg.device_id,
                other: Some(&call.a.call_id),
            },
        );
        if let (Some(device), Some(vars)) = (
            leaving.moved_to,
            record
                .get_mut("custom_channel_vars")
                .and_then(|v| v.as_object_mut()),
        ) {
            vars.insert("moved_to_device_id".into(), device.into());
        }
        self.out.push_back(Output::Cdr {
            account: call.account.clone(),
            cdr: record,
        });
    }

    /// The REFER's outcome for the transferor, who stays in the call (a failed transfer).
    fn notify_in_call(&mut self, now: Now, call: &mut Call, side: Side, code: u16) {
        if let Some(d) = call.dialog_mut(side) {
            let mut dialog = d.clone();
            self.notify_refer(now, &mut dialog, code);
            if let Some(d) = call.dialog_mut(side) {
                *d = dialog;
            }
        }
    }

    /// NOTIFY of the implicit `refer` subscription with its final state (RFC 3515 §2.4.5).
    fn notify_refer(&mut self, now: Now, dialog: &mut Dialog, code: u16) {
        let branch = self.ids.branch();
        let sent_by = self.sent_by_on(dialog);
        let contact = self.contact_on("", dialog);
        let mut w = dialog.request("NOTIFY", &branch, &sent_by);
        w.header("Contact", contact)
            .header("Event", "refer")
            .header("Subscription-State", "terminated;reason=noresource")
            .header("User-Agent", &self.cfg.user_agent);
        let body = format!("SIP/2.0 {code} {}\r\n", reason_phrase(code));
        let bytes = w.finish(Some("message/sipfrag;version=2.0"), body.as_bytes());
        self.tx.send_request(now.mono, dialog.peer, bytes);
    }

    /// A transferee is usually on hold when the transferor lets go: a re-INVITE with
    /// sendrecv brings its audio back (now towards the box).
    pub(super) fn take_off_hold(&mut self, now: Now, call: &mut Call) {
        if !call.on_hold {
            return;
        }
        call.on_hold = false;
        self.reinvite_a(now, call, &[]);
    }

    /// A re-INVITE of our own to the A side offering the media it has (with `headers`).
    pub(super) fn reinvite_a(&mut self, now: Now, call: &mut Call, headers: &[(&str, String)]) {
        let Some(answer) = call.a_answer.clone() else {
            return;
        };
        let answer = call
            .crypto
            .dress(call.relay_side(Side::A), &answer, Role::Offer);
        let version = call.a.next_sdp_version();
        let body = answer.render(
            &self.media_ip_on(&call.a),
            call.port(Side::A),
            (call.id, version),
        );
        let branch = self.ids.branch();
        let sent_by = self.sent_by_on(&call.a);
        let contact = self.contact_on("", &call.a);
        let mut w = call.a.request("INVITE", &branch, &sent_by);
        w.header("Contact", contact)
            .header("Allow", crate::engine::ALLOW)
            .header("User-Agent", &self.cfg.user_agent);
        for (name, value) in headers {
            w.header(name, value);
        }
        let bytes = w.finish(Some("application/sdp"), &body);
        if let Some(tx) = self.tx.send_request(now.mono, call.a.peer, bytes) {
            self.client_tx.insert(tx, call.id);
            call.own_reinvite = Some(tx);
        }
    }

    /// The answer to [`Engine::reinvite_a`]'s re-INVITE: a 2xx is acknowledged.
    pub(in crate::engine) fn own_reinvite_response(&mut self, call: &mut Call, msg: &Message) {
        let code = msg.status().unwrap_or(500);
        if code < 200 {
            return;
        }
        call.own_reinvite = None;
        if code < 300 {
            let dialog = call.a.clone();
            self.ack_2xx(&dialog, msg.cseq().map_or(dialog.local_cseq, |c| c.number));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refer_to_reads_numbers_and_replaces() {
        assert_eq!(
            parse_refer_to("<sip:6102@pbx.test>"),
            Ok(ReferTarget::Number("6102".into()))
        );
        assert_eq!(
            parse_refer_to("<sip:6102@pbx.test?Replaces=abc%40host%3Bto-tag%3D11%3Bfrom-tag%3D22>"),
            Ok(ReferTarget::Replaces {
                call_id: "abc@host".into(),
                to_tag: "11".into(),
                from_tag: "22".into(),
            })
        );
        assert_eq!(parse_refer_to("garbage"), Err("Bad Refer-To"));
        assert_eq!(
            parse_refer_to("<sip:pbx.test>"),
            Err("Refer-To Without A Number")
        );
        assert_eq!(
            parse_refer_to("<sip:6102@pbx.test?Replaces=abc%3Bto-tag%3D11>"),
            Err("Bad Replaces In Refer-To")
        );
        assert_eq!(
            parse_refer_to("<tel:+14155550100>"),
            Err("Refer-To Must Be A SIP URI")
        );
    }
}
