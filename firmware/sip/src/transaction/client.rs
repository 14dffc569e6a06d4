//! Client transactions: INVITE (timers A, B, D, M) and non-INVITE (E, F, K).

use super::{Millis, Peer, Timers};
use crate::message::{HeaderName, Message, writer::Writer};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ClientState {
    Calling,
    Proceeding,
    /// A final response arrived; absorbing its retransmissions until the end timer.
    Completed,
    /// INVITE got a 2xx: forward retransmitted 2xx to the TU until timer M.
    Accepted,
    Terminated,
}

pub(crate) struct ClientTx {
    pub invite: bool,
    pub state: ClientState,
    pub peer: Peer,
    pub request: Vec<u8>,
    /// The ACK we sent for a non-2xx final response, resent on its retransmissions.
    pub ack: Option<Vec<u8>>,
    pub retransmit_at: Option<Millis>,
    pub interval: Millis,
    /// Timer B/F while waiting, then D/K/M.
    pub deadline: Millis,
    pub key: (String, String),
}

pub(crate) enum ClientAction {
    /// Hand the response to the TU.
    Deliver,
    /// Retransmission of a final response: resend this (an ACK) or nothing.
    Absorb(Option<Vec<u8>>),
}

impl ClientTx {
    pub fn new(
        invite: bool,
        peer: Peer,
        request: Vec<u8>,
        key: (String, String),
        now: Millis,
        t: &Timers,
    ) -> ClientTx {
        let reliable = peer.transport.is_reliable();
        ClientTx {
            invite,
            state: if invite {
                ClientState::Calling
            } else {
                ClientState::Proceeding
            },
            peer,
            request,
            ack: None,
            retransmit_at: (!reliable).then_some(now + t.t1),
            interval: t.t1,
            deadline: now + 64 * t.t1,
            key,
        }
    }

    pub fn next_deadline(&self) -> Millis {
        self.retransmit_at
            .map_or(self.deadline, |r| r.min(self.deadline))
    }

    pub fn on_response(&mut self, msg: &Message, now: Millis, t: &Timers) -> ClientAction {
        let code = msg.status().unwrap_or(0);
        let reliable = self.peer.transport.is_reliable();
        match self.state {
            ClientState::Calling | ClientState::Proceeding if code < 200 => {
                if self.invite {
                    // Provisional stops INVITE retransmissions (timer A), not timer B.
                    self.retransmit_at = None;
                } else {
                    // Non-INVITE keeps retransmitting, every T2 (RFC 3261 §17.1.2.2).
                    self.interval = t.t2;
                }
                self.state = ClientState::Proceeding;
                ClientAction::Deliver
            }
            ClientState::Calling | ClientState::Proceeding => {
                self.retransmit_at = None;
                if self.invite && code < 300 {
                    self.state = ClientState::Accepted;
                    self.deadline = now + 64 * t.t1;
                } else if self.invite {
                    self.state = ClientState::Completed;
                    self.ack = ack_for(&self.request, msg);
                    self.deadline = now + if reliable { 0 } else { 32_000 };
                } else {
                    self.state = ClientState::Completed;
                    self.deadline = now + if reliable { 0 } else { t.t4 };
                }
                // Nothing retransmits the request any more: do not hold a copy of it
                // until the end timer (up to 32 s of every request sent).
                self.request = Vec::new();
                ClientAction::Deliver
            }
            ClientState::Accepted if (200..300).contains(&code) => ClientAction::Deliver,
            ClientState::Completed if self.invite => ClientAction::Absorb(self.ack.clone()),
            _ => ClientAction::Absorb(None),
        }
    }
}

/// The ACK for a non-2xx final response to an INVITE (RFC 3261 §17.1.1.3): same
/// Request-URI, top Via, From, Call-ID and CSeq number; To from the response; Routes kept.
pub(crate) fn ack_for(request: &[u8], response: &Message) -> Option<Vec<u8>> {
    let req = crate::message::parse(request).ok()?;
    let mut w = Writer::request("ACK", req.uri_str());
    w.header("Via", req.list(HeaderName::Via).next()?);
    w.header("Max-Forwards", 70);
    w.header("From", req.header(HeaderName::From)?);
    w.header("To", response.header(HeaderName::To)?);
    w.header("Call-ID", req.call_id());
    w.header("CSeq", format_args!("{} ACK", req.cseq()?.number));
    for route in req.header_values(HeaderName::Route) {
        w.header("Route", route);
    }
    Some(w.finish_empty())
}
