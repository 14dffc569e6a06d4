//! STUN Binding (RFC 5389), sans-IO: the box asks a STUN server from which address its
//! packets arrive, to show providers that outside address when it sits behind the office
//! router. [`StunClient`] says when to send which request, retransmits on RFC 5389's
//! schedule, and reports the address when it first appears and whenever it changes; time
//! and the random transaction ids are inputs.

use std::net::{IpAddr, SocketAddr};

use crate::transaction::Millis;

const MAGIC_COOKIE: u32 = 0x2112_A442;
const BINDING_REQUEST: u16 = 0x0001;
const BINDING_SUCCESS: u16 = 0x0101;
const BINDING_ERROR: u16 = 0x0111;
const ATTR_MAPPED_ADDRESS: u16 = 0x0001;
const ATTR_ERROR_CODE: u16 = 0x0009;
const ATTR_XOR_MAPPED_ADDRESS: u16 = 0x0020;
const HEADER_LEN: usize = 20;

/// First retransmission timeout; it doubles per send (RFC 5389 §7.2.1).
const RTO_MS: Millis = 500;
/// Requests per query (Rc), and how long after the last one the answer may come (Rm x RTO).
const SENDS: u32 = 7;
const LAST_WAIT_MS: Millis = 16 * RTO_MS;
/// After a query that got no usable answer, the next one starts this much later.
pub const RETRY_MS: Millis = 30_000;
/// A found address is asked again this often (the router's address may change).
pub const REFRESH_MS: Millis = 300_000;

/// A Binding request with transaction id `tx`.
pub fn binding_request(tx: [u8; 12]) -> [u8; HEADER_LEN] {
    let mut m = [0u8; HEADER_LEN];
    m[..2].copy_from_slice(&BINDING_REQUEST.to_be_bytes());
    m[4..8].copy_from_slice(&MAGIC_COOKIE.to_be_bytes());
    m[8..].copy_from_slice(&tx);
    m
}

/// What a server answered to one of our requests.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Answer {
    /// Where our request came from, as the server saw it.
    Mapped(SocketAddr),
    /// An error response: code and reason phrase.
    Error(u16, String),
}

/// Reads a response to our request `tx`. `Err` says why it is not one (another
/// transaction, not STUN, malformed); such packets are ignored.
pub fn parse_answer(bytes: &[u8], tx: &[u8; 12]) -> Result<Answer, &'static str> {
    if bytes.len() < HEADER_LEN || bytes[0] & 0xC0 != 0 {
        return Err("not a STUN message");
    }
    let kind = u16::from_be_bytes([bytes[0], bytes[1]]);
    let len = usize::from(u16::from_be_bytes([bytes[2], bytes[3]]));
    if bytes[4..8] != MAGIC_COOKIE.to_be_bytes() {
        return Err("no STUN magic cookie");
    }
    if &bytes[8..20] != tx {
        return Err("another transaction");
    }
    if len % 4 != 0 || HEADER_LEN + len > bytes.len() {
        return Err("bad STUN message length");
    }
    let mut mapped = None;
    let mut xor_mapped = None;
    let mut error = None;
    let mut attrs = &bytes[HEADER_LEN..HEADER_LEN + len];
    while attrs.len() >= 4 {
        let t = u16::from_be_bytes([attrs[0], attrs[1]]);
        let l = usize::from(u16::from_be_bytes([attrs[2], attrs[3]]));
        let padded = l.div_ceil(4) * 4;
        if 4 + padded > attrs.len() {
            return Err("STUN attribute runs past the message");
        }
        let value = &attrs[4..4 + l];
        match t {
            ATTR_XOR_MAPPED_ADDRESS => xor_mapped = Some(address(value, Some(tx))?),
            ATTR_MAPPED_ADDRESS => mapped = Some(address(value, None)?),
            ATTR_ERROR_CODE if value.len() >= 4 => {
                let code = u16::from(value[2] & 0x7) * 100 + u16::from(value[3]);
                error = Some((code, String::from_utf8_lossy(&value[4..]).to_string()));
            }
            _ => {}
        }
        attrs = &attrs[4 + padded..];
    }
    match kind {
        BINDING_SUCCESS => xor_mapped
            .or(mapped)
            .map(Answer::Mapped)
            .ok_or("a Binding success without a mapped address"),
        BINDING_ERROR => {
            let (code, reason) = error.unwrap_or((0, "no ERROR-CODE".into()));
            Ok(Answer::Error(code, reason))
        }
        _ => Err("not a Binding response"),
    }
}

/// A (XOR-)MAPPED-ADDRESS value; `xor` with the transaction id for XOR-MAPPED-ADDRESS.
fn address(v: &[u8], xor: Option<&[u8; 12]>) -> Result<SocketAddr, &'static str> {
    if v.len() < 4 {
        return Err("short STUN address");
    }
    let cookie = MAGIC_COOKIE.to_be_bytes();
    let mut port = u16::from_be_bytes([v[2], v[3]]);
    if xor.is_some() {
        port ^= u16::from_be_bytes([cookie[0], cookie[1]]);
    }
    let ip: IpAddr = match (v[1], v.len()) {
        (1, 8) => {
            let mut a = [v[4], v[5], v[6], v[7]];
            if xor.is_some() {
                a.iter_mut().zip(cookie).for_each(|(b, c)| *b ^= c);
            }
            a.into()
        }
        (2, 20) => {
            let mut a: [u8; 16] = v[4..20].try_into().expect("length checked");
            if let Some(tx) = xor {
                let key = cookie.iter().chain(tx.iter());
                a.iter_mut().zip(key).for_each(|(b, k)| *b ^= k);
            }
            a.into()
        }
        _ => return Err("bad STUN address family or length"),
    };
    Ok(SocketAddr::new(ip, port))
}

/// What the client tells its runtime.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Event {
    /// The outside address, found for the first time or changed.
    Found(IpAddr),
    /// A query got no usable answer (the last address found stays in use).
    Failed(String),
}

struct Query {
    tx: [u8; 12],
    sends: u32,
    /// When to send again, or (after the last send) to give up.
    next_at: Millis,
    rto: Millis,
}

/// Asks one STUN server for the outside address, again every [`REFRESH_MS`], and after
/// [`RETRY_MS`] when a query fails: one query at a time, a bounded number of packets.
pub struct StunClient {
    query: Option<Query>,
    /// When the next query starts (while none is running).
    next_query: Millis,
    found: Option<IpAddr>,
    events: Vec<Event>,
}

impl StunClient {
    /// A client whose first query starts at `now`.
    pub fn new(now: Millis) -> StunClient {
        StunClient {
            query: None,
            next_query: now,
            found: None,
            events: Vec::new(),
        }
    }

    /// The address found last, if any.
    pub fn found(&self) -> Option<IpAddr> {
        self.found
    }

    /// When [`StunClient::poll_transmit`] next has something to do.
    pub fn next_timeout(&self) -> Millis {
        self.query.as_ref().map_or(self.next_query, |q| q.next_at)
    }

    /// The request to send now, if one is due; `fresh_tx` is a new random transaction
    /// id, used when a query starts. Gives up a query whose answer is overdue.
    pub fn poll_transmit(&mut self, now: Millis, fresh_tx: [u8; 12]) -> Option<[u8; HEADER_LEN]> {
        match &mut self.query {
            None if now >= self.next_query => {
                self.query = Some(Query {
                    tx: fresh_tx,
                    sends: 1,
                    next_at: now + RTO_MS,
                    rto: RTO_MS,
                });
                Some(binding_request(fresh_tx))
            }
            Some(q) if now >= q.next_at && q.sends < SENDS => {
                q.sends += 1;
                q.rto *= 2;
                q.next_at = now
                    + if q.sends == SENDS {
                        LAST_WAIT_MS
                    } else {
                        q.rto
                    };
                Some(binding_request(q.tx))
            }
            Some(q) if now >= q.next_at => {
                let sends = q.sends;
                self.fail(now, format!("no answer to {sends} STUN requests"));
                None
            }
            _ => None,
        }
    }

    /// A datagram from the server. Anything but an answer to the running query is ignored.
    pub fn handle_input(&mut self, now: Millis, bytes: &[u8]) {
        let Some(q) = &self.query else {
            return;
        };
        match parse_answer(bytes, &q.tx) {
            Ok(Answer::Mapped(addr)) => {
                self.query = None;
                self.next_query = now + REFRESH_MS;
                if self.found != Some(addr.ip()) {
                    self.found = Some(addr.ip());
                    self.events.push(Event::Found(addr.ip()));
                }
            }
            Ok(Answer::Error(code, reason)) => {
                self.fail(now, format!("STUN error {code} {reason}"));
            }
            Err(_) => {}
        }
    }

    fn fail(&mut self, now: Millis, reason: String) {
        self.query = None;
        self.next_query = now + RETRY_MS;
        self.events.push(Event::Failed(reason));
    }

    pub fn poll_event(&mut self) -> Option<Event> {
        (!self.events.is_empty()).then(|| self.events.remove(0))
    }
}

#[cfg(test)]
mod tests;
