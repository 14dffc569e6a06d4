//! The ring: the newest SIP messages, at most `max_bytes` (payload plus a fixed per-entry
//! overhead) and `max_messages`; the oldest go first. An index by Call-ID finds a call's
//! messages without a scan.

use std::collections::{HashMap, VecDeque};
use std::sync::Arc;

use super::{Seen, TraceEntry, call_id_of};

/// What an entry costs besides its payload (the entry, its index slot, the Arc headers),
/// so a flood of tiny messages cannot grow memory past `max_bytes` either.
const ENTRY_OVERHEAD: usize = 160;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limits {
    /// 0 turns recording off.
    pub max_bytes: usize,
    pub max_messages: usize,
    /// Longer messages keep only their first this many bytes.
    pub max_message_bytes: usize,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            max_bytes: 4 * 1024 * 1024,
            max_messages: 20_000,
            max_message_bytes: 8 * 1024,
        }
    }
}

pub struct TraceRing {
    limits: Limits,
    entries: VecDeque<TraceEntry>,
    /// Payload plus overhead of everything in `entries`.
    bytes: usize,
    next_seq: u64,
    /// Sequence numbers of each Call-ID's entries, oldest first.
    by_call: HashMap<Arc<str>, VecDeque<u64>>,
}

/// A message cut to the cap, ready to go in (made before taking any lock).
pub struct Prepared {
    unix_micros: u64,
    direction: super::Direction,
    transport: crate::transaction::Transport,
    local: std::net::SocketAddr,
    remote: std::net::SocketAddr,
    call_id: Option<String>,
    bytes: Arc<[u8]>,
    size: usize,
}

impl TraceRing {
    pub fn new(limits: Limits) -> TraceRing {
        TraceRing {
            limits,
            entries: VecDeque::new(),
            bytes: 0,
            next_seq: 0,
            by_call: HashMap::new(),
        }
    }

    pub fn limits(&self) -> Limits {
        self.limits
    }

    pub fn is_enabled(&self) -> bool {
        self.limits.max_bytes > 0 && self.limits.max_messages > 0
    }

    /// Copies what `push` keeps of a message. The copy (the only allocation besides a new
    /// Call-ID's) happens here, so a caller can do it outside the lock around the ring.
    pub fn prepare(limits: Limits, seen: Seen<'_>) -> Prepared {
        let kept = &seen.bytes[..seen.bytes.len().min(limits.max_message_bytes)];
        Prepared {
            unix_micros: seen.unix_micros,
            direction: seen.direction,
            transport: seen.transport,
            local: seen.local,
            remote: seen.remote,
            // Read from the whole message: a cut may fall inside the headers.
            call_id: call_id_of(seen.bytes).map(str::to_string),
            bytes: Arc::from(kept),
            size: seen.bytes.len(),
        }
    }

    pub fn record(&mut self, seen: Seen<'_>) {
        let prepared = TraceRing::prepare(self.limits, seen);
        self.push(prepared);
    }

    pub fn push(&mut self, p: Prepared) {
        if !self.is_enabled() {
            return;
        }
        let seq = self.next_seq;
        self.next_seq += 1;
        let call_id: Arc<str> = match p.call_id.as_deref() {
            None => Arc::from(""),
            Some(id) => match self.by_call.get_key_value(id) {
                Some((key, _)) => key.clone(),
                None => Arc::from(id),
            },
        };
        if !call_id.is_empty() {
            self.by_call
                .entry(call_id.clone())
                .or_default()
                .push_back(seq);
        }
        self.bytes += p.bytes.len() + ENTRY_OVERHEAD;
        self.entries.push_back(TraceEntry {
            seq,
            unix_micros: p.unix_micros,
            direction: p.direction,
            transport: p.transport,
            local: p.local,
            remote: p.remote,
            call_id,
            bytes: p.bytes,
            size: p.size,
        });
        while self.bytes > self.limits.max_bytes || self.entries.len() > self.limits.max_messages {
            self.evict_oldest();
        }
    }

    fn evict_oldest(&mut self) {
        let Some(old) = self.entries.pop_front() else {
            return;
        };
        self.bytes -= old.bytes.len() + ENTRY_OVERHEAD;
        if old.call_id.is_empty() {
            return;
        }
        if let Some(seqs) = self.by_call.get_mut(&*old.call_id) {
            // The oldest entry of the ring is the oldest of its call.
            seqs.pop_front();
            if seqs.is_empty() {
                self.by_call.remove(&*old.call_id);
            }
        }
    }

    /// The messages of these Call-IDs still in the ring, in the order they were recorded.
    pub fn calls(&self, call_ids: &[&str]) -> Vec<TraceEntry> {
        let first = self.entries.front().map_or(0, |e| e.seq);
        let mut seqs: Vec<u64> = call_ids
            .iter()
            .filter_map(|id| self.by_call.get(*id))
            .flatten()
            .copied()
            .collect();
        seqs.sort_unstable();
        seqs.dedup();
        seqs.into_iter()
            .filter_map(|s| self.entries.get((s - first) as usize))
            .cloned()
            .collect()
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// What the ring counts against `max_bytes`.
    pub fn bytes(&self) -> usize {
        self.bytes
    }

    /// Call-IDs indexed (for tests of the index's own bound).
    pub fn calls_indexed(&self) -> usize {
        self.by_call.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::trace::Direction;
    use crate::transaction::Transport;

    fn msg(call: &str, extra: usize) -> Vec<u8> {
        let mut m = format!("INVITE sip:a@b SIP/2.0\r\nCall-ID: {call}\r\n\r\n").into_bytes();
        m.resize(m.len() + extra, b'x');
        m
    }

    fn seen(bytes: &[u8], t: u64) -> Seen<'_> {
        Seen {
            unix_micros: t,
            direction: Direction::In,
            transport: Transport::Udp,
            local: "192.0.2.1:5060".parse().unwrap(),
            remote: "192.0.2.9:5070".parse().unwrap(),
            bytes,
        }
    }

    fn ring(max_bytes: usize, max_messages: usize) -> TraceRing {
        TraceRing::new(Limits {
            max_bytes,
            max_messages,
            max_message_bytes: 1024,
        })
    }

    #[test]
    fn a_calls_messages_come_back_in_order_among_others() {
        let mut r = ring(1 << 20, 100);
        for (i, call) in ["a", "b", "a", "c", "a"].iter().enumerate() {
            r.record(seen(&msg(call, 0), i as u64));
        }
        let a: Vec<u64> = r.calls(&["a"]).iter().map(|e| e.unix_micros).collect();
        assert_eq!(a, [0, 2, 4]);
        let ab: Vec<u64> = r.calls(&["b", "a"]).iter().map(|e| e.seq).collect();
        assert_eq!(ab, [0, 1, 2, 4], "merged by recording order");
        assert!(r.calls(&["nobody"]).is_empty());
        assert_eq!(&*r.calls(&["c"])[0].call_id, "c");
    }

    #[test]
    fn the_message_count_bound_drops_the_oldest() {
        let mut r = ring(1 << 20, 3);
        for i in 0..5u64 {
            r.record(seen(&msg(&format!("call{i}"), 0), i));
        }
        assert_eq!(r.len(), 3);
        assert!(r.calls(&["call0"]).is_empty() && r.calls(&["call1"]).is_empty());
        assert_eq!(r.calls(&["call4"]).len(), 1);
        assert_eq!(r.calls_indexed(), 3, "evicted calls leave the index");
    }

    #[test]
    fn the_byte_bound_holds_and_evicts_oldest_first() {
        let one = msg("x", 500).len() + ENTRY_OVERHEAD;
        let mut r = ring(one * 4, 1000);
        for i in 0..10u64 {
            r.record(seen(&msg("x", 500), i));
            assert!(r.bytes() <= one * 4);
        }
        let kept: Vec<u64> = r.calls(&["x"]).iter().map(|e| e.unix_micros).collect();
        assert_eq!(kept, [6, 7, 8, 9]);
    }

    #[test]
    fn a_huge_message_is_cut_to_the_cap_but_keeps_its_call_id_and_size() {
        let mut r = ring(1 << 20, 10);
        let big = msg("big", 100_000);
        r.record(seen(&big, 1));
        let e = &r.calls(&["big"])[0];
        assert_eq!(e.bytes.len(), 1024);
        assert_eq!(e.size, big.len());
        assert!(e.truncated());
        assert_eq!(e.first_line(), "INVITE sip:a@b SIP/2.0");
    }

    #[test]
    fn messages_without_a_call_id_are_kept_but_not_indexed() {
        let mut r = ring(1 << 20, 10);
        r.record(seen(b"garbage", 1));
        r.record(seen(&msg("a", 0), 2));
        assert_eq!(r.len(), 2);
        assert_eq!(r.calls_indexed(), 1);
        assert!(r.calls(&[""]).is_empty());
        r.evict_oldest();
        assert_eq!(r.calls(&["a"]).len(), 1);
    }

    #[test]
    fn a_zero_byte_ring_records_nothing() {
        let mut r = ring(0, 10);
        r.record(seen(&msg("a", 0), 1));
        assert!(r.is_empty());
        assert!(!r.is_enabled());
    }
}
