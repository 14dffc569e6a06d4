//! Sequence-number and timestamp tracking of one received RTP stream (RFC 3550 §A.1), with
//! 16-bit sequence and 32-bit timestamp wrap extended to 64 bits, SSRC changes and restarts.

const MAX_DROPOUT: u16 = 3000;
const MAX_MISORDER: u16 = 100;

/// What a received packet means for the stream.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SeqEvent {
    /// First packet of a (new) SSRC: state was reset. Carries extended seq and timestamp.
    NewSource { ext_seq: u64, ext_ts: u64 },
    /// Next packet in order (possibly after a gap of `lost_before` packets).
    InOrder {
        ext_seq: u64,
        ext_ts: u64,
        lost_before: u32,
    },
    /// An older packet arriving late (reordered), still useful to a jitter buffer.
    Late { ext_seq: u64, ext_ts: u64 },
    /// Same sequence number as the newest packet.
    Duplicate,
    /// A big jump: ignored once; if the next packet continues from it the stream restarts.
    Jump,
    /// The sender restarted its sequence (two packets in a row after a jump): state reset.
    Restarted { ext_seq: u64, ext_ts: u64 },
}

/// Per-stream sequence state. 64 bytes, no allocation.
#[derive(Clone, Debug, Default)]
pub struct SeqTracker {
    ssrc: Option<u32>,
    max_seq: u16,
    cycles: u64,
    base_seq: u64,
    bad_seq: Option<u16>,
    last_ts: u32,
    ts_base: u64,
    /// Packets received (RFC 3550 counts late and duplicate ones too).
    pub received: u64,
}

impl SeqTracker {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn ssrc(&self) -> Option<u32> {
        self.ssrc
    }

    /// Highest extended sequence number seen.
    pub fn ext_max_seq(&self) -> u64 {
        self.cycles + self.max_seq as u64
    }

    /// Packets expected since the stream (re)started.
    pub fn expected(&self) -> u64 {
        if self.ssrc.is_none() {
            0
        } else {
            self.ext_max_seq() + 1 - self.base_seq
        }
    }

    /// Cumulative packets lost (may be negative with duplicates, as RFC 3550 allows).
    pub fn lost(&self) -> i64 {
        self.expected() as i64 - self.received as i64
    }

    fn reset(&mut self, ssrc: u32, seq: u16, ts: u32) {
        self.ssrc = Some(ssrc);
        self.max_seq = seq;
        // Start the extended counters one cycle up so early reordered packets stay positive.
        self.cycles = 1 << 16;
        self.base_seq = self.cycles + seq as u64;
        self.bad_seq = None;
        self.last_ts = ts;
        self.ts_base = 1 << 32;
        self.received = 1;
    }

    fn ext_ts(&mut self, ts: u32, advance: bool) -> u64 {
        let delta = ts.wrapping_sub(self.last_ts) as i32 as i64;
        let ext = (self.ts_base as i64 + self.last_ts as i64 + delta) as u64;
        if advance && delta > 0 {
            self.ts_base = ext & !0xFFFF_FFFF;
            self.last_ts = ts;
        }
        ext
    }

    /// Account for one received packet.
    pub fn update(&mut self, ssrc: u32, seq: u16, ts: u32) -> SeqEvent {
        if self.ssrc != Some(ssrc) {
            self.reset(ssrc, seq, ts);
            return SeqEvent::NewSource {
                ext_seq: self.ext_max_seq(),
                ext_ts: self.ts_base + ts as u64,
            };
        }
        let udelta = seq.wrapping_sub(self.max_seq);
        if udelta == 0 {
            self.received += 1;
            return SeqEvent::Duplicate;
        }
        if udelta < MAX_DROPOUT {
            if seq < self.max_seq {
                self.cycles += 1 << 16;
            }
            self.max_seq = seq;
            self.bad_seq = None;
            self.received += 1;
            let ext_ts = self.ext_ts(ts, true);
            return SeqEvent::InOrder {
                ext_seq: self.ext_max_seq(),
                ext_ts,
                lost_before: (udelta - 1) as u32,
            };
        }
        if udelta <= u16::MAX - MAX_MISORDER {
            if self.bad_seq == Some(seq) {
                self.reset(ssrc, seq, ts);
                return SeqEvent::Restarted {
                    ext_seq: self.ext_max_seq(),
                    ext_ts: self.ts_base + ts as u64,
                };
            }
            self.bad_seq = Some(seq.wrapping_add(1));
            return SeqEvent::Jump;
        }
        // Reordered: an older sequence number within MAX_MISORDER.
        self.received += 1;
        let back = self.max_seq.wrapping_sub(seq) as u64;
        let ext_seq = self.ext_max_seq().saturating_sub(back);
        let ext_ts = self.ext_ts(ts, false);
        SeqEvent::Late { ext_seq, ext_ts }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wraps_and_gaps() {
        let mut t = SeqTracker::new();
        let mut ts = u32::MAX - 320;
        let SeqEvent::NewSource { ext_seq: base, .. } = t.update(1, 65534, ts) else {
            panic!()
        };
        let mut last_ts = 0;
        for (i, seq) in [65535u16, 0, 1, 3].into_iter().enumerate() {
            ts = ts.wrapping_add(160 * if seq == 3 { 2 } else { 1 });
            match t.update(1, seq, ts) {
                SeqEvent::InOrder {
                    ext_seq,
                    ext_ts,
                    lost_before,
                } => {
                    assert_eq!(ext_seq, base + i as u64 + 1 + (seq == 3) as u64);
                    assert_eq!(lost_before, (seq == 3) as u32);
                    assert!(ext_ts > last_ts, "timestamp extension is monotonic");
                    last_ts = ext_ts;
                }
                e => panic!("{e:?}"),
            }
        }
        assert_eq!(t.expected(), 6);
        assert_eq!(t.lost(), 1);
        // The late packet 2 arrives: counted, loss goes to 0.
        assert!(
            matches!(t.update(1, 2, ts - 160), SeqEvent::Late { ext_seq, .. } if ext_seq == base + 4)
        );
        assert_eq!(t.lost(), 0);
        assert_eq!(t.update(1, 3, ts), SeqEvent::Duplicate);
    }

    #[test]
    fn ssrc_change_and_restart() {
        let mut t = SeqTracker::new();
        t.update(1, 100, 0);
        t.update(1, 101, 160);
        assert!(matches!(t.update(2, 5000, 9), SeqEvent::NewSource { .. }));
        assert_eq!(t.ssrc(), Some(2));
        // Big jump: ignored once, then accepted as a restart.
        assert_eq!(t.update(2, 40000, 10), SeqEvent::Jump);
        assert!(matches!(
            t.update(2, 40001, 170),
            SeqEvent::Restarted { .. }
        ));
        assert!(matches!(
            t.update(2, 40002, 330),
            SeqEvent::InOrder { lost_before: 0, .. }
        ));
    }
}
