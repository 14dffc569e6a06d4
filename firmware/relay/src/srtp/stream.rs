//! Per-SSRC packet index state (RFC 3711 §3.3.1 and Appendix A): the rollover counter that
//! extends 16-bit sequence numbers to 48-bit indexes, and the replay window.

/// SSRCs tracked per direction. A leg normally carries one; a transfer or a re-INVITE may add
/// another. Past this the stream heard from least recently is forgotten.
const MAX_STREAMS: usize = 4;

/// Replay window over the last 64 indexes (RFC 3711 §3.3.2).
#[derive(Default, Clone, Copy)]
pub(super) struct Window {
    highest: Option<u64>,
    /// Bit n set: index `highest - n` was received.
    bits: u64,
}

impl Window {
    fn seen(&self, index: u64) -> bool {
        match self.highest {
            None => false,
            Some(h) if index > h => false,
            Some(h) => h - index >= 64 || self.bits & (1 << (h - index)) != 0,
        }
    }

    fn mark(&mut self, index: u64) {
        match self.highest {
            Some(h) if index <= h => self.bits |= 1 << (h - index),
            Some(h) => {
                let shift = index - h;
                self.bits = if shift >= 64 { 0 } else { self.bits << shift } | 1;
                self.highest = Some(index);
            }
            None => {
                self.bits = 1;
                self.highest = Some(index);
            }
        }
    }

    /// Checks and marks in one step (SRTCP carries its index explicitly).
    pub(super) fn accept(&mut self, index: u64) -> bool {
        if self.seen(index) {
            return false;
        }
        self.mark(index);
        true
    }
}

#[derive(Clone, Copy)]
struct Stream {
    ssrc: u32,
    window: Window,
    /// For choosing which stream to forget.
    last_use: u64,
}

impl Stream {
    /// The index a packet with `seq` most likely has, and its rollover counter (Appendix A).
    fn guess(&self, seq: u16) -> u64 {
        let Some(h) = self.window.highest else {
            return seq as u64;
        };
        let (roc, s_l) = ((h >> 16) as i64, (h & 0xffff) as i64);
        let seq = seq as i64;
        let v = if s_l < 32768 {
            if seq - s_l > 32768 { roc - 1 } else { roc }
        } else if s_l - 32768 > seq {
            roc + 1
        } else {
            roc
        };
        // A ROC of -1 (a packet from before the first one, across a wrap) cannot be sent.
        (v.max(0) as u64) << 16 | seq as u64
    }
}

#[derive(Default)]
pub(super) struct Streams {
    streams: [Option<Stream>; MAX_STREAMS],
    uses: u64,
}

impl Streams {
    /// The slot of `ssrc`, made (over the least recently used one) when new.
    fn find(&mut self, ssrc: u32) -> usize {
        self.uses += 1;
        if let Some(i) = self
            .streams
            .iter()
            .position(|s| s.is_some_and(|s| s.ssrc == ssrc))
        {
            return i;
        }
        let i = self
            .streams
            .iter()
            .position(Option::is_none)
            .unwrap_or_else(|| {
                (0..MAX_STREAMS)
                    .min_by_key(|&i| self.streams[i].map_or(0, |s| s.last_use))
                    .unwrap_or(0)
            });
        self.streams[i] = Some(Stream {
            ssrc,
            window: Window::default(),
            last_use: self.uses,
        });
        i
    }

    /// Receiving: the estimated index and ROC of a packet (nothing is updated until
    /// [`Streams::received`], after the tag checked out).
    pub(super) fn guess(&self, ssrc: u32, seq: u16) -> (u64, u32) {
        let index = match self.lookup(ssrc) {
            Some(s) => s.guess(seq),
            None => seq as u64,
        };
        (index, (index >> 16) as u32)
    }

    pub(super) fn seen(&self, ssrc: u32, index: u64) -> bool {
        self.lookup(ssrc).is_some_and(|s| s.window.seen(index))
    }

    fn lookup(&self, ssrc: u32) -> Option<&Stream> {
        self.streams.iter().flatten().find(|s| s.ssrc == ssrc)
    }

    pub(super) fn received(&mut self, ssrc: u32, index: u64) {
        let i = self.find(ssrc);
        if let Some(s) = &mut self.streams[i] {
            s.window.mark(index);
            s.last_use = self.uses;
        }
    }

    /// Sending (the relay forwards what the other leg sent, reordering included): the index
    /// of this packet, tracked the same way as on receipt.
    pub(super) fn sending(&mut self, ssrc: u32, seq: u16) -> (u64, u32) {
        let (index, roc) = self.guess(ssrc, seq);
        self.received(ssrc, index);
        (index, roc)
    }
}
