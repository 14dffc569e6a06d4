//! The B2BUA: an authenticated INVITE becomes a call with an A-leg (the caller's dialog)
//! and B-legs (one per contact rung). Call control ([`CallFlow`]) decides whom to ring;
//! this file carries its commands out, relays provisional/final responses, in-dialog
//! requests and SDP (pointing both sides at the relay), and ends calls cleanly.

use std::net::SocketAddr;

use super::causes::{best_failure, status_for_cause};
use super::dialog::Dialog;
use super::{
    Bridge, BridgeResult, CallFlow, Caller, Endpoint, Engine, FlowCommand, FlowEvent, LineState,
    MediaPorts, MediaSide, Now, Output, Target, TrunkTarget,
};
use crate::message::writer::{Writer, reason_phrase};
use crate::message::{HeaderName, Message, Method};
use crate::sdp::{Direction, Sdp, payload_map};
use crate::transaction::{Millis, Peer, TxId};

mod bridge;
mod confirm;
mod delayed_offer;
mod flow_io;
mod hold_music;
mod identity;
mod in_dialog;
mod joined;
mod journal;
mod legs;
mod limits;
mod listen;
mod minutes;
mod move_call;
mod originate;
mod page;
mod pickup;
mod reinvite;
mod sdes;
mod setup;
mod teardown;
mod terminated;
mod timers;
mod transfer;
mod trunk_auth;
mod wreck;

pub(super) type CallId = u64;
pub(super) use listen::PendingRecording;
pub(super) use minutes::Ledger as MinutesLedger;
pub use originate::{
    AfterAnswer, DEFAULT_RING_SECS, MAX_ORIGINATES_PER_ACCOUNT, Originate, OriginateRefused,
    Originated,
};
pub(super) use wreck::take_wrecks;

/// Most flow commands one call may run: a guard against a flow that spins without ever
/// waiting (the interpreter has its own, tighter limits on callflow jumps).
const MAX_FLOW_STEPS: u32 = 10_000;

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
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum LegState {
    Trying,
    Early,
    /// Answered, and asked to press the confirm key (a call of its own meanwhile).
    Confirming,
    Answered,
    Done(u16),
}

struct BLeg {
    dialog: Dialog,
    invite_tx: TxId,
    invite: Vec<u8>,
    /// The device rung, or the trunk's request URI.
    device_id: String,
    state: LegState,
    /// When this leg stops ringing on its own (per-endpoint timeout).
    deadline: Millis,
    /// Set for outside calls: credentials for a challenge, and whether we answered one.
    trunk: Option<TrunkTarget>,
    auth_tried: bool,
    /// A relay session of its own: a paged phone's (each becomes a call of its own), or
    /// a leg that must confirm (chained to the call's session once it has).
    own_media: Option<MediaPorts>,
    /// The key this callee must press before it is connected (`Endpoint::confirm_key`).
    confirm_key: Option<char>,
    /// While confirming: the call the answered leg runs as.
    confirming_call: Option<CallId>,
    /// The caller-ID number this leg was offered (its INVITEs' Contact user).
    cid_number: String,
    /// What the rung device or gateway asks for its media.
    srtp: crate::sdes::SrtpPolicy,
    /// How its answer's Allow says it takes an in-dialog refresh.
    refresh: identity::Refresh,
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
    /// The account's parent accounts, nearest first: their limits count this call too.
    parents: Vec<String>,
    caller: Caller,
    number: String,
    realm: String,
    a: Dialog,
    a_invite: Message,
    a_invite_tx: TxId,
    a_offer: Sdp,
    a_answered: bool,
    /// The caller got a final response other than our 200 (the `response` module).
    responded: bool,
    ringing_sent: bool,
    legs: Vec<BLeg>,
    winner: Option<usize>,
    flow: Box<dyn CallFlow>,
    flow_steps: u32,
    media: MediaPorts,
    /// The winning leg's (or early-media leg's) answer.
    b_answer: Option<Sdp>,
    /// SRTP (SDES) per relay side.
    crypto: sdes::CallCrypto,
    /// How the A side's Allow says it takes an in-dialog refresh (identity updates).
    a_refresh: identity::Refresh,
    /// After a blind transfer: show the transferee who answers.
    identity_due: bool,
    ring_deadline: Option<Millis>,
    /// The running bridge's options, and endpoints still waiting for their delay.
    bridge: Bridge,
    pending: Vec<(Millis, Endpoint)>,
    /// Whether any endpoint of the running bridge was actually rung.
    rung_any: bool,
    /// Set while the box itself is the caller's far end (prompts, IVR, hold): the answer we
    /// gave the caller, which is also what a later bridge offers the callees.
    a_answer: Option<Sdp>,
    terminated: bool,
    /// The box sent the caller its own answer in a 183 (ringback media): the 200 repeats it.
    early_answer_sent: bool,
    /// The latest bridge's `transfer_ringback`, for bridges after a transfer that have none.
    transfer_ringback: Option<edgepbx_media::session::PlayItem>,
    /// Tag of the flow's outstanding request (media, HTTP, wait); other tags are stale.
    flow_tag: u32,
    flow_timer: Option<(Millis, u32)>,
    forwards: Vec<Forward>,
    on_hold: bool,
    /// Set while the media server feeds a holder's relay port with hold music.
    hold_music: Option<hold_music::HoldMusic>,
    created: Now,
    ringing_since: Option<Now>,
    answered_at: Option<Now>,
    max_forwards: u32,
    /// After a transfer the call's A side may be the relay's callee side: the party that
    /// stays is always `a`, whichever relay port it talks to.
    swapped: bool,
    /// A re-INVITE the box sent on its own (taking a transferred party off hold).
    own_reinvite: Option<TxId>,
    /// A delayed-offer re-INVITE's 2xx waiting for the answer in the sender's ACK.
    pending_ack: Option<reinvite::PendingAck>,
    /// The caller sent no SDP: the box's 2xx carries the offer, its ACK the answer.
    a_delayed_offer: bool,
    /// Set while this call pages phones into a room.
    page: Option<page::Paging>,
    /// Recording and in-call keys of the bridged call.
    listen: listen::Listening,
    /// Set while this call is a callee asked to confirm for another call's bridge.
    confirming: Option<confirm::Confirming>,
    /// Set on a call the box started (`originate`).
    originate: Option<originate::Origin>,
}

/// What a new call starts from: the side that stays (`a`) and how it got here.
pub(super) struct NewCall {
    pub id: CallId,
    pub caller: Caller,
    /// The caller's account's parents, nearest first ([`Directory::parent_accounts`]).
    pub parents: Vec<String>,
    pub number: String,
    pub realm: String,
    pub a: Dialog,
    /// The request that opened the A side (answered through `a_invite_tx` while unanswered).
    pub a_invite: Message,
    pub a_invite_tx: TxId,
    pub a_offer: Sdp,
    pub flow: Box<dyn CallFlow>,
    pub media: MediaPorts,
    pub max_forwards: u32,
}

impl Call {
    fn new(start: NewCall, now: Now) -> Call {
        let a_refresh = identity::refresh_method(&start.a_invite);
        Call {
            id: start.id,
            account: start.caller.account.clone(),
            parents: start.parents,
            caller: start.caller,
            number: start.number,
            realm: start.realm,
            a: start.a,
            a_invite: start.a_invite,
            a_invite_tx: start.a_invite_tx,
            a_offer: start.a_offer,
            a_answered: false,
            responded: false,
            ringing_sent: false,
            legs: Vec::new(),
            winner: None,
            flow: start.flow,
            flow_steps: 0,
            media: start.media,
            b_answer: None,
            crypto: Default::default(),
            a_refresh,
            identity_due: false,
            ring_deadline: None,
            bridge: Bridge::default(),
            pending: Vec::new(),
            rung_any: false,
            a_answer: None,
            terminated: false,
            early_answer_sent: false,
            transfer_ringback: None,
            flow_tag: 0,
            flow_timer: None,
            forwards: Vec::new(),
            on_hold: false,
            hold_music: None,
            created: now,
            ringing_since: None,
            answered_at: None,
            max_forwards: start.max_forwards,
            swapped: false,
            own_reinvite: None,
            pending_ack: None,
            a_delayed_offer: false,
            page: None,
            listen: listen::Listening::default(),
            confirming: None,
            originate: None,
        }
    }

    pub fn next_timer(&self) -> Option<Millis> {
        let legs = self
            .legs
            .iter()
            .filter(|l| matches!(l.state, LegState::Trying | LegState::Early))
            .map(|l| l.deadline);
        let pending = self.pending.iter().map(|(at, _)| *at);
        self.ring_deadline
            .into_iter()
            .chain(self.flow_timer.map(|(at, _)| at))
            .chain(self.listen.deadline())
            .chain(legs)
            .chain(pending)
            .min()
    }

    /// A new tag for a flow request; results carrying an older one are dropped.
    fn next_tag(&mut self) -> u32 {
        self.flow_tag = self.flow_tag.wrapping_add(1);
        self.flow_tag
    }

    fn winner(&self) -> Option<&BLeg> {
        self.winner.and_then(|i| self.legs.get(i))
    }

    /// Which side of the call sent `msg` (a request inside one of its dialogs).
    fn side_of(&self, msg: &Message) -> Side {
        let to_tag = msg.to().and_then(|t| t.tag()).unwrap_or("");
        if msg.call_id() == self.a.call_id && to_tag == self.a.local_tag {
            Side::A
        } else {
            Side::B
        }
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

    /// The relay port `side` sends its audio to.
    fn port(&self, side: Side) -> u16 {
        match self.relay_side(side) {
            MediaSide::A => self.media.a_port,
            MediaSide::B => self.media.b_port,
        }
    }

    /// The relay's side for a side of the call.
    fn relay_side(&self, side: Side) -> MediaSide {
        match (side, self.swapped) {
            (Side::A, false) | (Side::B, true) => MediaSide::A,
            (Side::B, false) | (Side::A, true) => MediaSide::B,
        }
    }

    /// What this call means for the lamps of the devices in it: the caller's line is busy
    /// (also while it rings out), a rung device's is ringing until it answers.
    pub fn device_lines(&self, mut line: impl FnMut(&str, LineState)) {
        if !self.terminated {
            line(&self.caller.device_id, LineState::Busy);
        }
        for leg in self.legs.iter().filter(|l| l.trunk.is_none()) {
            match leg.state {
                LegState::Trying | LegState::Early => line(&leg.device_id, LineState::Ringing),
                LegState::Confirming | LegState::Answered => line(&leg.device_id, LineState::Busy),
                LegState::Done(_) => {}
            }
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
pub(super) fn without_tag(value: &str) -> String {
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

#[cfg(test)]
pub(super) use hold_music::HOLD_MUSIC_TAG;
use hold_music::is_hold;
#[cfg(test)]
pub(super) use move_call::MOVED_CAUSE;

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
