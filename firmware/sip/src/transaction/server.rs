//! Server transactions: INVITE (timers G, H, I, L) and non-INVITE (J).

use super::{Millis, Peer, Timers};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ServerState {
    /// Waiting for the TU's final response (provisionals may have been sent).
    Proceeding,
    /// Non-2xx final sent on an INVITE: retransmit it until the ACK (G/H); non-INVITE:
    /// answer request retransmissions until timer J.
    Completed,
    /// ACK received for a non-2xx final: absorb ACK retransmissions until timer I.
    Confirmed,
    /// 2xx sent on an INVITE: retransmit it until the dialog reports the ACK (RFC 6026).
    Accepted,
    Terminated,
}

pub(crate) struct ServerTx {
    pub invite: bool,
    pub state: ServerState,
    pub peer: Peer,
    pub last_response: Option<Vec<u8>>,
    pub retransmit_at: Option<Millis>,
    pub interval: Millis,
    pub deadline: Option<Millis>,
    /// Call-ID and CSeq number, to match the ACK of a 2xx (which has its own branch).
    pub dialog_key: Option<(String, u32)>,
    pub key: String,
}

impl ServerTx {
    pub fn new(invite: bool, peer: Peer, key: String) -> ServerTx {
        ServerTx {
            invite,
            state: ServerState::Proceeding,
            peer,
            last_response: None,
            retransmit_at: None,
            interval: 0,
            deadline: None,
            dialog_key: None,
            key,
        }
    }

    pub fn next_deadline(&self) -> Option<Millis> {
        match (self.retransmit_at, self.deadline) {
            (Some(r), Some(d)) => Some(r.min(d)),
            (r, d) => r.or(d),
        }
    }

    /// Records a response the TU sends; returns false if the transaction can no longer send.
    pub fn on_send(&mut self, code: u16, bytes: Vec<u8>, now: Millis, t: &Timers) -> bool {
        if self.state != ServerState::Proceeding {
            return false;
        }
        let reliable = self.peer.transport.is_reliable();
        self.last_response = Some(bytes);
        if code < 200 {
            return true;
        }
        if self.invite {
            self.state = if code < 300 {
                ServerState::Accepted
            } else {
                ServerState::Completed
            };
            self.interval = t.t1;
            // Final responses are retransmitted only on unreliable transports
            // (RFC 3261 §13.3.1.4, §17.2.1); the wait for the ACK is 64*T1 either way.
            self.retransmit_at = (!reliable).then_some(now + t.t1);
            self.deadline = Some(now + 64 * t.t1);
        } else {
            // RFC 3261 says timer J = 64*T1 (32 s). We keep the answer for T4 (5 s) and
            // extend that while retransmissions keep coming: a client retransmits at
            // least every T2 (4 s) until it has our answer, so nothing is lost, and a
            // registrar taking thousands of REGISTERs a second does not hold 32 s of them.
            self.state = ServerState::Completed;
            self.deadline = Some(now + if reliable { 0 } else { t.t4 });
        }
        true
    }
}
