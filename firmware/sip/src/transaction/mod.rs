//! RFC 3261 §17 transactions (with RFC 6026's Accepted states), sans-IO.
//!
//! The layer takes parsed messages and the current time, and gives back transmissions,
//! events for the transaction user and its next deadline. Time is plain milliseconds
//! chosen by the caller, so tests run retransmission and timeout paths in virtual time.

mod client;
mod layer;
mod server;
mod via_stamp;

use std::net::SocketAddr;

pub use layer::{Incoming, TransactionLayer, TxEvent};

/// Milliseconds on the caller's clock.
pub type Millis = u64;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Transport {
    Udp,
    Tcp,
    Tls,
}

impl Transport {
    /// Reliable transports need no retransmissions and no wait states.
    pub fn is_reliable(self) -> bool {
        !matches!(self, Transport::Udp)
    }

    pub fn via_name(self) -> &'static str {
        match self {
            Transport::Udp => "UDP",
            Transport::Tcp => "TCP",
            Transport::Tls => "TLS",
        }
    }

    pub fn uri_param(self) -> Option<&'static str> {
        match self {
            Transport::Udp => None,
            Transport::Tcp => Some("tcp"),
            Transport::Tls => Some("tls"),
        }
    }

    /// `udp`, `tcp` or `tls` in any case (a gateway's `transport` field).
    pub fn from_name(name: &str) -> Option<Transport> {
        match name.trim().to_ascii_lowercase().as_str() {
            "udp" => Some(Transport::Udp),
            "tcp" => Some(Transport::Tcp),
            "tls" => Some(Transport::Tls),
            _ => None,
        }
    }

    /// The port a server listens on when none is written (RFC 3261 §19.1.2).
    pub fn default_port(self) -> u16 {
        match self {
            Transport::Tls => 5061,
            Transport::Udp | Transport::Tcp => 5060,
        }
    }
}

/// Where a message came from or goes to. `conn` names a stream connection (0 for UDP), so
/// responses and requests to a phone behind NAT reuse the connection it opened.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Peer {
    pub transport: Transport,
    pub addr: SocketAddr,
    pub conn: u64,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Transmit {
    pub peer: Peer,
    pub bytes: Vec<u8>,
}

/// RFC 3261 timer base values.
#[derive(Clone, Copy, Debug)]
pub struct Timers {
    pub t1: Millis,
    pub t2: Millis,
    pub t4: Millis,
}

impl Default for Timers {
    fn default() -> Timers {
        Timers {
            t1: 500,
            t2: 4000,
            t4: 5000,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct TxId(pub u64);

#[cfg(test)]
mod tests;
