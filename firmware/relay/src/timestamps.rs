//! RTP timestamps that carry on when the stream a leg sends changes source (a new SSRC: the
//! media server's hold music standing in for a phone, the phone again on resume). RFC 3550
//! lets a receiver reset on a new SSRC, but phones such as baresip keep one timestamp line
//! per call and drop every frame that seems older than the last one, so a second source
//! with its own random timestamps is silence to them. The relay therefore shifts the
//! timestamps of a new source to go on one frame after the last ones forwarded, and keeps
//! that shift for the source (the SSRCs themselves pass unchanged). RTCP passes unchanged:
//! the RTP timestamp of a shifted source's sender reports no longer lines up with its
//! packets, which costs audio-only phones nothing but a lip-sync reference they do not use.

/// Assumed length of the gap at a source change: one 20 ms frame at 8 kHz. Receivers only
/// need the timestamps to go forward; the exact gap is not heard.
const STEP: u32 = 160;

#[derive(Default, Debug)]
pub(crate) struct Carry {
    /// The SSRC of the source being forwarded and the shift its timestamps get.
    current: Option<(u32, u32)>,
    /// The last timestamp forwarded (after the shift).
    last_out: Option<u32>,
}

impl Carry {
    /// Rewrites the timestamp of the plain RTP packet `pkt` (at least 12 bytes).
    pub(crate) fn apply(&mut self, pkt: &mut [u8]) {
        let ssrc = u32::from_be_bytes([pkt[8], pkt[9], pkt[10], pkt[11]]);
        let ts = u32::from_be_bytes([pkt[4], pkt[5], pkt[6], pkt[7]]);
        let shift = match (self.current, self.last_out) {
            (Some((s, shift)), _) if s == ssrc => shift,
            (Some(_), Some(last)) => last.wrapping_add(STEP).wrapping_sub(ts),
            // The first source keeps its own timestamps.
            _ => 0,
        };
        self.current = Some((ssrc, shift));
        let out = ts.wrapping_add(shift);
        // Reordered packets of one source must not move the line backwards.
        if self
            .last_out
            .is_none_or(|last| out.wrapping_sub(last) as i32 > 0)
        {
            self.last_out = Some(out);
        }
        pkt[4..8].copy_from_slice(&out.to_be_bytes());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pkt(ssrc: u32, ts: u32) -> [u8; 12] {
        let mut p = [0u8; 12];
        p[0] = 0x80;
        p[4..8].copy_from_slice(&ts.to_be_bytes());
        p[8..12].copy_from_slice(&ssrc.to_be_bytes());
        p
    }

    fn out(c: &mut Carry, ssrc: u32, ts: u32) -> u32 {
        let mut p = pkt(ssrc, ts);
        c.apply(&mut p);
        u32::from_be_bytes([p[4], p[5], p[6], p[7]])
    }

    #[test]
    fn a_new_source_goes_on_from_the_last_timestamp_and_keeps_its_shift() {
        let mut c = Carry::default();
        // The phone's own stream passes unchanged.
        assert_eq!(out(&mut c, 1, 4_000_000_000), 4_000_000_000);
        assert_eq!(out(&mut c, 1, 4_000_000_160), 4_000_000_160);
        // Music with timestamps far behind (and across the 32-bit wrap later).
        assert_eq!(out(&mut c, 2, 1000), 4_000_000_320);
        assert_eq!(out(&mut c, 2, 1160), 4_000_000_480);
        // The phone again, its clock still where it was: it goes on after the music.
        assert_eq!(out(&mut c, 1, 4_000_000_320), 4_000_000_640);
        assert_eq!(out(&mut c, 1, 4_000_000_480), 4_000_000_800);
        // A packet of the same source out of order keeps the source's shift.
        assert_eq!(out(&mut c, 1, 4_000_000_400), 4_000_000_720);
        assert_eq!(out(&mut c, 1, 4_000_000_640), 4_000_000_960);
    }
}
