//! Adaptive jitter buffer for legs the box terminates (IVR, voicemail, conference, analog).
//!
//! Packets go in with their RTP sequence number, timestamp and arrival time; every
//! packetisation interval the caller pops one frame: the payload due now, a `Lost` marker for
//! the packet-loss concealer, or `Idle` before the stream has started. Storage is a fixed ring
//! of [`SLOTS`] payloads of up to [`MAX_PAYLOAD`] bytes: no allocation after construction.
//!
//! Adaptation: the target delay follows the measured interarrival jitter (RFC 3550 style
//! estimate, in ms): `target = frame + 3 * jitter`, clamped to `[min_ms, max_ms]`, raised at
//! once when a packet arrives too late, lowered slowly. When the buffered depth exceeds the
//! target by more than two frames, one frame is dropped; when the buffer runs dry, concealment
//! frames are played and the playout point holds. `fixed` mode (fax/modem pass-through) keeps
//! the delay constant and never drops.
//!
//! Timestamp units are payload bytes (true for PCMU, PCMA and G.722 at their 8000 Hz RTP
//! clock).

/// Ring capacity in packets.
pub const SLOTS: usize = 32;
/// Largest payload stored (60 ms of G.711/G.722).
pub const MAX_PAYLOAD: usize = 480;

#[derive(Clone, Copy, Debug)]
pub struct JitterConfig {
    /// Samples (timestamp units) per packet, e.g. 160 for 20 ms.
    pub frame_units: u32,
    /// RTP clock rate (8000).
    pub clock_rate: u32,
    pub min_ms: u32,
    pub max_ms: u32,
    /// Fixed delay at `min_ms`, no adaptation and no dropping (fax/modem).
    pub fixed: bool,
}

impl Default for JitterConfig {
    fn default() -> Self {
        JitterConfig {
            frame_units: 160,
            clock_rate: 8000,
            min_ms: 40,
            max_ms: 300,
            fixed: false,
        }
    }
}

#[derive(Clone, Copy)]
struct Slot {
    used: bool,
    ts: u32,
    len: u16,
    data: [u8; MAX_PAYLOAD],
}

/// Result of [`JitterBuffer::push`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PushResult {
    Stored,
    /// Arrived after its playout time (counted, raises the target delay).
    Late,
    Duplicate,
    /// Payload larger than [`MAX_PAYLOAD`] or empty.
    Rejected,
    /// Too far ahead of the playout point: the buffer was reset to it.
    Resynced,
}

/// Result of [`JitterBuffer::pop`].
#[derive(Debug, PartialEq, Eq)]
pub enum Pop<'a> {
    /// The payload due now, with its RTP timestamp.
    Frame { ts: u32, payload: &'a [u8] },
    /// Nothing arrived for this slot: conceal `units` samples.
    Lost { ts: u32, units: u32 },
    /// Not started (still filling to the target delay) or stream ended.
    Idle,
}

/// Counters, kept for the call log.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct JitterStats {
    pub received: u64,
    pub late: u64,
    pub duplicate: u64,
    pub concealed: u64,
    pub dropped: u64,
    pub resyncs: u64,
    pub target_ms: u32,
    pub depth_ms: u32,
    pub jitter_ms: f32,
}

pub struct JitterBuffer {
    cfg: JitterConfig,
    slots: Box<[Slot; SLOTS]>,
    /// Next timestamp to play; None until playout starts.
    playout: Option<u32>,
    /// Timestamp of the first packet and its arrival, before playout starts.
    first: Option<(u32, u64)>,
    newest_ts: u32,
    last_transit: Option<i64>,
    jitter_ms: f32,
    target_ms: f32,
    empty_pops: u32,
    stats: JitterStats,
}

impl JitterBuffer {
    pub fn new(cfg: JitterConfig) -> Self {
        let cfg = JitterConfig {
            frame_units: cfg.frame_units.clamp(1, MAX_PAYLOAD as u32),
            clock_rate: cfg.clock_rate.max(1),
            min_ms: cfg.min_ms,
            max_ms: cfg.max_ms.max(cfg.min_ms),
            fixed: cfg.fixed,
        };
        JitterBuffer {
            slots: Box::new(
                [Slot {
                    used: false,
                    ts: 0,
                    len: 0,
                    data: [0; MAX_PAYLOAD],
                }; SLOTS],
            ),
            playout: None,
            first: None,
            newest_ts: 0,
            last_transit: None,
            jitter_ms: 0.0,
            target_ms: cfg.min_ms as f32,
            empty_pops: 0,
            stats: JitterStats::default(),
            cfg,
        }
    }

    fn units_to_ms(&self, u: i64) -> f32 {
        u as f32 * 1000.0 / self.cfg.clock_rate as f32
    }

    fn frame_ms(&self) -> f32 {
        self.units_to_ms(self.cfg.frame_units as i64)
    }

    /// Forget the stream (SSRC change, re-INVITE).
    pub fn reset(&mut self) {
        for s in self.slots.iter_mut() {
            s.used = false;
        }
        self.playout = None;
        self.first = None;
        self.last_transit = None;
        self.empty_pops = 0;
    }

    /// Store a received packet. `seq` is accepted for API symmetry and diagnostics; ordering
    /// is by timestamp (sequence gaps are visible as timestamp gaps).
    pub fn push(&mut self, _seq: u16, ts: u32, payload: &[u8], now_ms: u64) -> PushResult {
        if payload.is_empty() || payload.len() > MAX_PAYLOAD {
            return PushResult::Rejected;
        }
        self.stats.received += 1;
        // Jitter estimate (ms), RFC 3550 A.8 form, in integer timestamp units (wrap-safe).
        let arrival = (now_ms as i64).wrapping_mul(self.cfg.clock_rate as i64) / 1000;
        let transit = arrival.wrapping_sub(ts as i64);
        if let Some(prev) = self.last_transit {
            let d = (transit.wrapping_sub(prev) as i32).unsigned_abs() as i64;
            let d = self.units_to_ms(d);
            if d < 10_000.0 {
                self.jitter_ms += (d - self.jitter_ms) / 16.0;
            }
        }
        self.last_transit = Some(transit);
        if !self.cfg.fixed {
            let want = self.frame_ms() + 3.0 * self.jitter_ms;
            if want > self.target_ms {
                self.target_ms = want.min(self.cfg.max_ms as f32);
            }
        }

        if let Some(p) = self.playout {
            let ahead = ts.wrapping_sub(p) as i32;
            if ahead < 0 {
                self.stats.late += 1;
                if !self.cfg.fixed {
                    self.target_ms = (self.target_ms + self.frame_ms()).min(self.cfg.max_ms as f32);
                }
                return PushResult::Late;
            }
            if ahead as u32 >= self.cfg.frame_units * SLOTS as u32 {
                // Far ahead (sender jumped): restart playout from this packet.
                self.reset();
                self.stats.resyncs += 1;
                self.store(ts, payload, now_ms);
                return PushResult::Resynced;
            }
        }
        if self.slots.iter().any(|s| s.used && s.ts == ts) {
            self.stats.duplicate += 1;
            return PushResult::Duplicate;
        }
        self.store(ts, payload, now_ms);
        PushResult::Stored
    }

    fn store(&mut self, ts: u32, payload: &[u8], now_ms: u64) {
        if self.playout.is_none() {
            match self.first {
                Some((fts, _)) if (ts.wrapping_sub(fts) as i32) >= 0 => {}
                _ => self.first = Some((ts, now_ms)),
            }
        }
        if !self.slots.iter().any(|s| s.used) || (ts.wrapping_sub(self.newest_ts) as i32) > 0 {
            self.newest_ts = ts;
        }
        // Free slot, or evict the oldest.
        let idx = match self.slots.iter().position(|s| !s.used) {
            Some(i) => i,
            None => {
                self.stats.dropped += 1;
                let mut oldest = 0;
                for i in 1..SLOTS {
                    if (self.slots[i].ts.wrapping_sub(self.slots[oldest].ts) as i32) < 0 {
                        oldest = i;
                    }
                }
                oldest
            }
        };
        let s = &mut self.slots[idx];
        s.used = true;
        s.ts = ts;
        s.len = payload.len() as u16;
        s.data[..payload.len()].copy_from_slice(payload);
    }

    fn depth_units(&self, playout: u32) -> i64 {
        let newest = self.newest_ts.wrapping_sub(playout) as i32 as i64;
        if self.slots.iter().any(|s| s.used) {
            newest + self.cfg.frame_units as i64
        } else {
            0
        }
    }

    /// Take the frame due now (call once per packetisation interval).
    pub fn pop(&mut self, now_ms: u64) -> Pop<'_> {
        let playout = match self.playout {
            Some(p) => p,
            None => {
                let Some((fts, at)) = self.first else {
                    return Pop::Idle;
                };
                if (now_ms.saturating_sub(at) as f32) < self.target_ms - self.frame_ms() {
                    return Pop::Idle;
                }
                self.playout = Some(fts);
                self.first = None;
                fts
            }
        };
        let mut playout = playout;
        // Too deep: drop the oldest frame to come back to the target.
        if !self.cfg.fixed {
            let depth_ms = self.units_to_ms(self.depth_units(playout));
            if depth_ms > self.target_ms + 2.0 * self.frame_ms() {
                if let Some(i) = self.find(playout) {
                    self.slots[i].used = false;
                }
                self.stats.dropped += 1;
                playout = playout.wrapping_add(self.cfg.frame_units);
            }
            // Slow decay of the target towards what the jitter asks for (≈ 1 ms/s).
            let want = (self.frame_ms() + 3.0 * self.jitter_ms).max(self.cfg.min_ms as f32);
            if self.target_ms > want {
                self.target_ms = (self.target_ms - 0.02 * self.frame_ms() / 20.0).max(want);
            }
        }
        // Discard anything older than the playout point.
        for s in self.slots.iter_mut() {
            if s.used && (s.ts.wrapping_sub(playout) as i32) < 0 {
                s.used = false;
            }
        }
        self.stats.depth_ms = self.units_to_ms(self.depth_units(playout)).max(0.0) as u32;
        self.stats.target_ms = self.target_ms as u32;
        self.stats.jitter_ms = self.jitter_ms;
        match self.find(playout) {
            Some(i) => {
                self.empty_pops = 0;
                let len = self.slots[i].len as u32;
                self.slots[i].used = false;
                self.playout = Some(playout.wrapping_add(len));
                let s = &self.slots[i];
                Pop::Frame {
                    ts: s.ts,
                    payload: &s.data[..s.len as usize],
                }
            }
            None => {
                self.empty_pops += 1;
                self.stats.concealed += 1;
                let units = self.cfg.frame_units;
                self.playout = Some(playout.wrapping_add(units));
                if self.empty_pops > 50 && !self.slots.iter().any(|s| s.used) {
                    // A second of nothing: the stream stopped; restart cleanly on the next packet.
                    self.reset();
                    return Pop::Idle;
                }
                Pop::Lost { ts: playout, units }
            }
        }
    }

    fn find(&self, ts: u32) -> Option<usize> {
        self.slots.iter().position(|s| s.used && s.ts == ts)
    }

    pub fn stats(&self) -> JitterStats {
        self.stats
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil::Noise;

    fn run(jitter_ms: u32, loss_every: u32, n: u32, fixed: bool) -> (JitterBuffer, Vec<u32>, u32) {
        let mut jb = JitterBuffer::new(JitterConfig {
            fixed,
            ..Default::default()
        });
        let mut noise = Noise::new(9);
        // Arrival times with random delay 0..jitter_ms.
        let mut arrivals: Vec<(u64, u16, u32)> = (0..n)
            .filter(|i| loss_every == 0 || i % loss_every != loss_every - 1)
            .map(|i| {
                let d = (noise.next_u32() % (jitter_ms + 1)) as u64;
                (
                    1000 + i as u64 * 20 + d,
                    i as u16,
                    0xFFFF_F000u32.wrapping_add(i * 160),
                )
            })
            .collect();
        arrivals.sort();
        let mut played = vec![];
        let mut lost = 0;
        let mut ai = 0;
        for t in (1000..1000 + n as u64 * 20 + 400).step_by(20) {
            // deliver everything that arrived up to t, then pop
            while ai < arrivals.len() && arrivals[ai].0 <= t {
                let (at, seq, ts) = arrivals[ai];
                let payload = [seq as u8; 160];
                jb.push(seq, ts, &payload, at);
                ai += 1;
            }
            match jb.pop(t) {
                Pop::Frame { ts, payload } => {
                    assert_eq!(payload.len(), 160);
                    played.push(ts.wrapping_sub(0xFFFF_F000) / 160);
                }
                Pop::Lost { .. } => lost += 1,
                Pop::Idle => {}
            }
        }
        (jb, played, lost)
    }

    #[test]
    fn in_order_and_monotonic_under_jitter() {
        let (jb, played, _) = run(60, 0, 500, false);
        assert!(played.windows(2).all(|w| w[1] > w[0]), "monotonic playout");
        let s = jb.stats();
        assert!(
            played.len() >= 480,
            "played {} late {}",
            played.len(),
            s.late
        );
        assert!(s.target_ms >= 60 && s.target_ms <= 300, "{s:?}");
    }

    #[test]
    fn no_jitter_small_delay_and_everything_played() {
        let (jb, played, lost) = run(0, 0, 300, false);
        assert_eq!(played.len(), 300);
        // Only the 400 ms after the stream ended are concealed (then the buffer goes idle).
        assert!(lost <= 20, "lost {lost}");
        assert!(jb.stats().target_ms <= 40);
    }

    #[test]
    fn losses_are_reported_for_concealment() {
        let (_, played, lost) = run(0, 10, 300, false);
        assert_eq!(played.len(), 270);
        assert!(lost >= 30);
        assert!(!played.contains(&9));
    }

    #[test]
    fn fixed_mode_never_drops() {
        let (jb, played, _) = run(20, 0, 300, true);
        assert_eq!(jb.stats().dropped, 0);
        assert!(played.len() >= 290);
    }

    #[test]
    fn bad_and_far_packets() {
        let mut jb = JitterBuffer::new(JitterConfig::default());
        assert_eq!(jb.push(0, 0, &[], 0), PushResult::Rejected);
        assert_eq!(jb.push(0, 0, &[0; 2000], 0), PushResult::Rejected);
        assert_eq!(jb.push(0, 0, &[0; 160], 0), PushResult::Stored);
        assert_eq!(jb.push(0, 0, &[0; 160], 0), PushResult::Duplicate);
        assert!(matches!(jb.pop(100), Pop::Frame { ts: 0, .. }));
        assert_eq!(jb.push(1, 80_000_000, &[0; 160], 120), PushResult::Resynced);
        assert_eq!(jb.push(2, 0, &[0; 160], 120), PushResult::Stored);
    }
}
