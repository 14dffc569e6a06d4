//! Calls the box starts itself (KAZOO `quickcall`): first a device is rung, as a call to it
//! would ring it (every registered contact, its transport, SRTP and auth as the device
//! asks); when it answers it becomes the call's A side, as if it had dialled the number,
//! and the account's normal call control for that number runs with the device's owner as
//! the caller. Outside numbers therefore obey the same call restrictions as dialled ones.
//!
//! Until the device answers the box's own side is no SIP dialog: nothing is ever sent to it
//! ([`Call::box_is_caller`]); it is dropped when the device's leg takes its place.

use super::*;
use crate::engine::PlayItem;
use crate::engine::registrar::Aor;

/// Calls the box may be starting at once for one account (a user must not be able to make
/// the box dial out in a loop).
pub const MAX_ORIGINATES_PER_ACCOUNT: usize = 2;

/// How long the device rings when the request names no timeout (KAZOO's quickcall default).
pub const DEFAULT_RING_SECS: u32 = 30;

/// What to start.
#[derive(Clone, Debug, PartialEq)]
pub struct Originate {
    pub account: String,
    /// The account's SIP realm (the To/From host of the device's INVITE).
    pub realm: String,
    /// Rung at once (a user's devices); those not registered are skipped. The first to
    /// answer is the caller.
    pub devices: Vec<String>,
    pub then: AfterAnswer,
    pub ring_secs: u32,
    /// Shown on the device while it rings; None shows the number it will be connected to.
    pub caller_id: Option<(String, String)>,
    /// Ask the device to answer by itself (intercom headers).
    pub auto_answer: bool,
}

/// What happens once a device answers.
#[derive(Clone, Debug, PartialEq)]
pub enum AfterAnswer {
    /// This number is dialled as if the device had dialled it.
    Dial(String),
    /// The box tells the device it works (a beep, the device's own number digit by digit,
    /// goodbye) and hangs up: the wizard's "Ring my phone".
    Confirm,
}

/// Why a call was not started.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum OriginateRefused {
    /// None of the devices has a registered contact.
    NotRegistered,
    /// The account's call control has nothing for the number.
    NoRoute,
    /// The account already has [`MAX_ORIGINATES_PER_ACCOUNT`] such calls.
    TooMany,
    /// The box or the account is at a call limit, or out of media ports: why.
    Unavailable(&'static str),
}

/// A started call: the id its call log and channels show.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Originated {
    pub call_id: String,
}

/// Marks a call the box started.
pub(in crate::engine) struct Origin {
    /// The device has not answered yet: the A side is the box itself.
    ringing: bool,
    then: AfterAnswer,
}

impl Call {
    /// While the box rings the device of a call it started, the A side is the box itself:
    /// there is no dialog to answer or hang up.
    pub(in crate::engine) fn box_is_caller(&self) -> bool {
        self.originate.as_ref().is_some_and(|o| o.ringing)
    }
}

/// Rings the device; the outcome ends the call unless it answered.
struct RingDevice {
    bridge: Option<Bridge>,
}

impl CallFlow for RingDevice {
    fn start(&mut self, _now: Now) -> FlowCommand {
        match self.bridge.take() {
            Some(bridge) => FlowCommand::Bridge(bridge),
            None => FlowCommand::hangup("NORMAL_CLEARING"),
        }
    }

    fn event(&mut self, _now: Now, event: FlowEvent) -> FlowCommand {
        let cause = match event {
            FlowEvent::Bridge(BridgeResult::NoAnswer) => "NO_ANSWER",
            FlowEvent::Bridge(BridgeResult::Failed { code }) => {
                crate::engine::causes::cause_for_status(code)
            }
            FlowEvent::Bridge(BridgeResult::NoEndpoints) => "USER_NOT_REGISTERED",
            _ => return FlowCommand::Idle,
        };
        FlowCommand::hangup(cause)
    }
}

/// Plays the confirmation once, then hangs up.
struct PlayThenHangUp {
    items: Vec<PlayItem>,
}

impl CallFlow for PlayThenHangUp {
    fn start(&mut self, _now: Now) -> FlowCommand {
        FlowCommand::Media(crate::engine::MediaCommand::Play {
            items: std::mem::take(&mut self.items),
            collect: None,
            barge_in: false,
        })
    }

    fn event(&mut self, _now: Now, event: FlowEvent) -> FlowCommand {
        match event {
            FlowEvent::Media(_) => FlowCommand::hangup("NORMAL_CLEARING"),
            _ => FlowCommand::Idle,
        }
    }
}

/// What a device that answered a ring test hears: a beep, its number, goodbye.
fn confirmation(number: &str) -> Vec<PlayItem> {
    let digits = number.chars().filter_map(|c| match c {
        '0'..='9' => Some(format!("num_{c}")),
        '*' => Some("star".into()),
        '#' => Some("pound".into()),
        _ => None,
    });
    std::iter::once(PlayItem::Beep)
        .chain(std::iter::once(PlayItem::Silence { ms: 300 }))
        .chain(digits.map(PlayItem::Prompt))
        .chain(std::iter::once(PlayItem::Prompt("ivr_goodbye".into())))
        .collect()
}

/// What the box offers the device: the codecs its media server speaks, on the relay.
fn box_offer() -> Sdp {
    let text = "v=0\r\no=- 0 0 IN IP4 0.0.0.0\r\ns=-\r\nc=IN IP4 0.0.0.0\r\nt=0 0\r\n\
m=audio 9 RTP/AVP 0 8 9 101\r\na=rtpmap:0 PCMU/8000\r\na=rtpmap:8 PCMA/8000\r\n\
a=rtpmap:9 G722/8000\r\na=rtpmap:101 telephone-event/8000\r\na=fmtp:101 0-16\r\n\
a=sendrecv\r\n";
    Sdp::parse(text.as_bytes()).expect("the box's own offer parses")
}

/// The box's side has no server transaction: answers "sent" on it go nowhere.
const NO_TRANSACTION: TxId = TxId(u64::MAX);

impl Engine {
    /// Starts a call from `req.device_id` to `req.number`: the device rings now.
    pub fn originate(&mut self, now: Now, req: Originate) -> Result<Originated, OriginateRefused> {
        let registered: Vec<(String, Peer)> = req
            .devices
            .iter()
            .filter_map(|device| {
                let aor = Aor {
                    account: req.account.clone(),
                    device_id: device.clone(),
                };
                let binding = self.registrar.contacts(&aor, now.mono).into_iter().next()?;
                Some((device.clone(), binding.peer))
            })
            .collect();
        let Some((first, peer)) = registered.first().cloned() else {
            return Err(OriginateRefused::NotRegistered);
        };
        let caller = self.device_caller(&req.account, &first);
        // Checked now (it is routed again for the device that answers).
        let number = match &req.then {
            AfterAnswer::Dial(number) => {
                self.route_for(&caller, number)
                    .ok_or(OriginateRefused::NoRoute)?;
                number.clone()
            }
            AfterAnswer::Confirm => caller.number.clone(),
        };
        let running = self
            .calls
            .values()
            .filter(|c| c.originate.is_some() && c.account == req.account)
            .count();
        if running >= MAX_ORIGINATES_PER_ACCOUNT {
            return Err(OriginateRefused::TooMany);
        }
        if self.calls.len() >= self.cfg.max_calls {
            return Err(OriginateRefused::Unavailable(
                "the box is at its call limit",
            ));
        }
        if !self.within_limits(now, &req.account, limits::NewUse::Call, None) {
            return Err(OriginateRefused::Unavailable(
                "the account is at its call limit",
            ));
        }
        let Some(media) = self.media.allocate() else {
            return Err(OriginateRefused::Unavailable("no media ports left"));
        };
        let call_id = self.ids.call_id();
        let a_invite = self.own_invite(&req, &first, &number, &call_id);
        let a = Dialog {
            call_id: call_id.clone(),
            local_tag: self.ids.tag(),
            remote_tag: None,
            local_uri: format!("<sip:{number}@{}>", req.realm),
            remote_uri: format!("<sip:{}@{}>", caller.number, req.realm),
            remote_target: String::new(),
            peer,
            local_cseq: 0,
            sdp_version: 0,
            max_forwards: 70,
            outside: false,
        };
        let caller_id = req
            .caller_id
            .clone()
            .unwrap_or_else(|| ("QuickCall".to_string(), number.clone()));
        let headers = if req.auto_answer {
            vec![
                ("Alert-Info".to_string(), "alert-autoanswer".to_string()),
                (
                    "Call-Info".to_string(),
                    format!("<sip:{}>;answer-after=0", req.realm),
                ),
            ]
        } else {
            Vec::new()
        };
        let bridge = Bridge {
            endpoints: registered
                .iter()
                .map(|(device, _)| Endpoint::device(device.clone()))
                .collect(),
            timeout_secs: req.ring_secs.max(1),
            caller_id: Some(caller_id),
            headers,
            ignore_early_media: true,
            ..Bridge::default()
        };
        self.next_call += 1;
        let id = self.next_call;
        let mut call = Call::new(
            NewCall {
                id,
                parents: self.dir.parent_accounts(&req.account),
                caller,
                number: number.clone(),
                realm: req.realm.clone(),
                a,
                a_invite,
                a_invite_tx: NO_TRANSACTION,
                a_offer: box_offer(),
                flow: Box::new(RingDevice {
                    bridge: Some(bridge),
                }),
                media,
                max_forwards: 70,
            },
            now,
        );
        // Nothing will be answered on the box's side.
        call.responded = true;
        call.originate = Some(Origin {
            ringing: true,
            then: req.then,
        });
        tracing::info!(call = %call_id, devices = ?req.devices, number = %number, "the box starts a call");
        let what = format_args!("a call the box starts to {number}");
        self.survive(now, &what, |e| {
            let command = call.flow.start(now);
            e.run_command(now, call, command);
        });
        self.drain_tx();
        Ok(Originated { call_id })
    }

    /// Call control for `number` dialled by `caller`; a device the directory does not know
    /// is an outside party and reaches the account's own numbers only, as in a transfer.
    fn route_for(&self, caller: &Caller, number: &str) -> Option<Box<dyn CallFlow>> {
        if caller.outside {
            self.dir.route_from_carrier(caller, number)
        } else {
            self.dir.route(caller, number)
        }
    }

    /// The request the call log and a crash report show as the call's start (never sent).
    fn own_invite(&self, req: &Originate, device: &str, number: &str, call_id: &str) -> Message {
        let realm = &req.realm;
        let mut w = Writer::request("INVITE", &format!("sip:{number}@{realm}"));
        w.header("Via", "SIP/2.0/UDP 127.0.0.1;branch=z9hG4bKoriginate")
            .header("From", format_args!("<sip:{device}@{realm}>;tag=box"))
            .header("To", format_args!("<sip:{number}@{realm}>"))
            .header("Call-ID", call_id)
            .header("CSeq", "1 INVITE")
            .header("Max-Forwards", 70);
        crate::message::parse(&w.finish_empty()).expect("the box's own INVITE parses")
    }

    /// The device answered: it becomes the A side, already answered, and the number's
    /// call control starts (the device hears ringback from the box meanwhile).
    pub(in crate::engine) fn originate_answered(
        &mut self,
        now: Now,
        mut call: Call,
        i: usize,
        msg: &Message,
    ) {
        legs::note_answer(&mut call.legs[i], msg);
        let dialog = call.legs[i].dialog.clone();
        self.ack_2xx(&dialog, dialog.local_cseq);
        self.take_winner(now, &mut call, i);
        let answer = sdp_of(msg)
            .and_then(Result::ok)
            .and_then(|s| s.relayable())
            .or_else(|| call.b_answer.clone());
        let Some(answer) = answer else {
            tracing::info!(call = %call.a.call_id, "device answered without usable SDP");
            return self.end_call(now, call, "INCOMPATIBLE_DESTINATION", None);
        };
        let policy = call.legs[i].srtp;
        if let Err(reason) = self.srtp_take_answer(&mut call, Side::B, &answer, Some(policy)) {
            tracing::info!(call = %call.a.call_id, reason, "device's answer refused");
            return self.end_call(now, call, "INCOMPATIBLE_DESTINATION", None);
        }
        if let Some(addr) = rtp_addr(&answer) {
            self.media
                .set_remote(call.media.id, call.relay_side(Side::B), addr);
        }
        call.b_answer = Some(answer);
        // The device takes the A side; the box's own side is dropped without a word.
        self.swap_sides(&mut call);
        call.winner = None;
        call.legs.clear();
        call.a_answered = true;
        call.answered_at = Some(now);
        let Some(origin) = call.originate.as_mut() else {
            return self.end_call(now, call, "NORMAL_CLEARING", None);
        };
        origin.ringing = false;
        let flow: Option<Box<dyn CallFlow>> = match &origin.then {
            // Routed for the device that answered, as if it had dialled.
            AfterAnswer::Dial(number) => self.route_for(&call.caller, number),
            AfterAnswer::Confirm => Some(Box::new(PlayThenHangUp {
                items: confirmation(&call.caller.number),
            })),
        };
        tracing::info!(call = %call.a.call_id, number = %call.number, "device answered");
        if !self.ensure_terminated(now, &mut call) {
            return self.end_call(now, call, "MEDIA_SERVER_UNAVAILABLE", None);
        }
        match flow {
            Some(flow) => self.restart_flow(now, call, flow),
            None => self.end_call(now, call, "NO_ROUTE_DESTINATION", None),
        }
    }
}
