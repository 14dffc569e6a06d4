//! Where the runtime records the SIP messages it hands to and takes from the engine (every
//! transport), into the bounded ring of `edgepbx_sip::trace`, stamped with the wall clock.
//! The message is copied before the lock is taken; under it only the ring's bookkeeping
//! runs, so the engine threads never wait on more than that.

use std::net::SocketAddr;
use std::sync::Mutex;

use edgepbx_sip::trace::{Direction, Limits, Seen, TraceEntry, TraceRing};
use edgepbx_sip::transaction::{Peer, Transport};

use super::clock::Clock;

pub struct TraceTap {
    ring: Mutex<TraceRing>,
    limits: Limits,
    clock: Clock,
    /// The box's address per transport (what the engine advertises).
    locals: [(Transport, SocketAddr); 3],
}

impl TraceTap {
    pub fn new(limits: Limits, clock: Clock, locals: [(Transport, SocketAddr); 3]) -> TraceTap {
        TraceTap {
            ring: Mutex::new(TraceRing::new(limits)),
            limits,
            clock,
            locals,
        }
    }

    pub fn record(&self, direction: Direction, peer: Peer, bytes: &[u8]) {
        if self.limits.max_bytes == 0 || bytes.is_empty() {
            return;
        }
        let local = self
            .locals
            .iter()
            .find(|(t, _)| *t == peer.transport)
            .map_or(self.locals[0].1, |(_, a)| *a);
        let prepared = TraceRing::prepare(
            self.limits,
            Seen {
                unix_micros: self.clock.unix_micros(),
                direction,
                transport: peer.transport,
                local,
                remote: peer.addr,
                bytes,
            },
        );
        if let Ok(mut ring) = self.ring.lock() {
            ring.push(prepared);
        }
    }

    /// The recorded messages of these Call-IDs, oldest first.
    pub fn calls(&self, call_ids: &[&str]) -> Vec<TraceEntry> {
        self.ring
            .lock()
            .map(|ring| ring.calls(call_ids))
            .unwrap_or_default()
    }
}
