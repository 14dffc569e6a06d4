//! RTCP (RFC 3550 §6): compound packet reader, SR/RR + SDES CNAME writer, and the per-stream
//! statistics behind them (interarrival jitter per §A.8, loss per §A.3, round-trip time from
//! LSR/DLSR). The numbers are kept for the call log ([`CallQuality`]).

use super::packet::{MAX_PACKET_LEN, RtpError, RtpPacket};
use super::seq::{SeqEvent, SeqTracker};

pub const PT_SR: u8 = 200;
pub const PT_RR: u8 = 201;
pub const PT_SDES: u8 = 202;
pub const PT_BYE: u8 = 203;

/// Sender information block of an SR.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct SenderInfo {
    pub ntp: u64,
    pub rtp_ts: u32,
    pub packets: u32,
    pub octets: u32,
}

/// One reception report block.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct ReceptionReport {
    pub ssrc: u32,
    pub fraction_lost: u8,
    /// 24-bit signed cumulative loss.
    pub cumulative_lost: i32,
    pub ext_highest_seq: u32,
    /// Interarrival jitter in RTP timestamp units.
    pub jitter: u32,
    pub lsr: u32,
    pub dlsr: u32,
}

impl ReceptionReport {
    fn parse(b: &[u8]) -> Self {
        let be = |i: usize| u32::from_be_bytes([b[i], b[i + 1], b[i + 2], b[i + 3]]);
        let lost = ((b[5] as u32) << 16 | (b[6] as u32) << 8 | b[7] as u32) as i32;
        ReceptionReport {
            ssrc: be(0),
            fraction_lost: b[4],
            cumulative_lost: (lost << 8) >> 8,
            ext_highest_seq: be(8),
            jitter: be(12),
            lsr: be(16),
            dlsr: be(20),
        }
    }

    fn write(&self, o: &mut [u8]) {
        o[0..4].copy_from_slice(&self.ssrc.to_be_bytes());
        o[4] = self.fraction_lost;
        let l = self.cumulative_lost.clamp(-0x80_0000, 0x7F_FFFF) as u32;
        o[5..8].copy_from_slice(&l.to_be_bytes()[1..]);
        o[8..12].copy_from_slice(&self.ext_highest_seq.to_be_bytes());
        o[12..16].copy_from_slice(&self.jitter.to_be_bytes());
        o[16..20].copy_from_slice(&self.lsr.to_be_bytes());
        o[20..24].copy_from_slice(&self.dlsr.to_be_bytes());
    }
}

/// One packet of a compound RTCP datagram.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RtcpPacket<'a> {
    SenderReport {
        ssrc: u32,
        info: SenderInfo,
        blocks: &'a [u8],
    },
    ReceiverReport {
        ssrc: u32,
        blocks: &'a [u8],
    },
    Sdes(&'a [u8]),
    Bye {
        ssrcs: &'a [u8],
    },
    Other {
        packet_type: u8,
        body: &'a [u8],
    },
}

impl<'a> RtcpPacket<'a> {
    /// Iterate over the packets of a compound datagram. Each item is checked; after the first
    /// error the iterator ends.
    pub fn iter(buf: &'a [u8]) -> RtcpIter<'a> {
        RtcpIter {
            buf: if buf.len() > MAX_PACKET_LEN { &[] } else { buf },
            failed: buf.len() > MAX_PACKET_LEN,
            first: true,
        }
    }

    /// The reception report blocks of an SR or RR.
    pub fn reports(&self) -> impl Iterator<Item = ReceptionReport> + 'a {
        let blocks: &'a [u8] = match self {
            RtcpPacket::SenderReport { blocks, .. } | RtcpPacket::ReceiverReport { blocks, .. } => {
                blocks
            }
            _ => &[],
        };
        blocks.chunks_exact(24).map(ReceptionReport::parse)
    }
}

pub struct RtcpIter<'a> {
    buf: &'a [u8],
    failed: bool,
    first: bool,
}

impl<'a> Iterator for RtcpIter<'a> {
    type Item = Result<RtcpPacket<'a>, RtpError>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.failed {
            self.failed = false;
            self.buf = &[];
            return Some(Err(RtpError::TooLarge));
        }
        if self.buf.is_empty() {
            if self.first {
                self.first = false;
                return Some(Err(RtpError::Truncated));
            }
            return None;
        }
        self.first = false;
        let r = parse_one(self.buf);
        match r {
            Ok((p, used)) => {
                self.buf = &self.buf[used..];
                Some(Ok(p))
            }
            Err(e) => {
                self.buf = &[];
                Some(Err(e))
            }
        }
    }
}

fn parse_one(b: &[u8]) -> Result<(RtcpPacket<'_>, usize), RtpError> {
    if b.len() < 4 {
        return Err(RtpError::Truncated);
    }
    if b[0] >> 6 != 2 {
        return Err(RtpError::BadVersion(b[0] >> 6));
    }
    let count = (b[0] & 0x1F) as usize;
    let pt = b[1];
    let len = (u16::from_be_bytes([b[2], b[3]]) as usize + 1) * 4;
    if b.len() < len {
        return Err(RtpError::Truncated);
    }
    let mut end = len;
    if b[0] & 0x20 != 0 {
        let pad = b[len - 1] as usize;
        if pad == 0 || pad > len - 4 {
            return Err(RtpError::BadPadding);
        }
        end -= pad;
    }
    let body = &b[4..end];
    let be = |i: usize| u32::from_be_bytes([body[i], body[i + 1], body[i + 2], body[i + 3]]);
    let p = match pt {
        PT_SR => {
            if body.len() < 24 + 24 * count {
                return Err(RtpError::Truncated);
            }
            RtcpPacket::SenderReport {
                ssrc: be(0),
                info: SenderInfo {
                    ntp: (be(4) as u64) << 32 | be(8) as u64,
                    rtp_ts: be(12),
                    packets: be(16),
                    octets: be(20),
                },
                blocks: &body[24..24 + 24 * count],
            }
        }
        PT_RR => {
            if body.len() < 4 + 24 * count {
                return Err(RtpError::Truncated);
            }
            RtcpPacket::ReceiverReport {
                ssrc: be(0),
                blocks: &body[4..4 + 24 * count],
            }
        }
        PT_SDES => RtcpPacket::Sdes(body),
        PT_BYE => {
            if body.len() < 4 * count {
                return Err(RtpError::Truncated);
            }
            RtcpPacket::Bye {
                ssrcs: &body[..4 * count],
            }
        }
        192..=223 => RtcpPacket::Other {
            packet_type: pt,
            body,
        },
        _ => return Err(RtpError::UnexpectedPayloadType(pt)),
    };
    Ok((p, len))
}

/// NTP 32.32 timestamp from milliseconds since the Unix epoch (the runtime supplies the time).
pub fn ntp_from_unix_ms(ms: u64) -> u64 {
    let secs = ms / 1000 + 2_208_988_800;
    let frac = ((ms % 1000) << 32) / 1000;
    secs << 32 | frac
}

/// Quality figures of one leg, for the call log.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct CallQuality {
    pub packets_received: u64,
    pub packets_expected: u64,
    pub packets_lost: i64,
    /// Interarrival jitter now and at its worst, in milliseconds.
    pub jitter_ms: f64,
    pub max_jitter_ms: f64,
    pub packets_sent: u64,
    pub octets_sent: u64,
    /// What the far end reported about our stream (last RR/SR block about our SSRC).
    pub remote_fraction_lost: Option<f64>,
    pub remote_cumulative_lost: Option<i32>,
    pub remote_jitter_ms: Option<f64>,
    pub rtt_ms: Option<f64>,
}

/// Statistics of one RTP session leg (one remote source in, our one source out).
#[derive(Clone, Debug)]
pub struct RtcpStats {
    clock_rate: u32,
    pub seq: SeqTracker,
    transit: Option<i64>,
    /// RFC 3550 jitter, scaled by 16 (A.8 integer form).
    jitter_q4: u32,
    max_jitter_q4: u32,
    expected_prior: u64,
    received_prior: u64,
    /// Middle 32 bits of the last SR's NTP time and when it arrived (ms).
    last_sr: Option<(u32, u64)>,
    packets_sent: u64,
    octets_sent: u64,
    last_sent_ts: u32,
    quality: CallQuality,
}

impl RtcpStats {
    pub fn new(clock_rate: u32) -> Self {
        RtcpStats {
            clock_rate,
            seq: SeqTracker::new(),
            transit: None,
            jitter_q4: 0,
            max_jitter_q4: 0,
            expected_prior: 0,
            received_prior: 0,
            last_sr: None,
            packets_sent: 0,
            octets_sent: 0,
            last_sent_ts: 0,
            quality: CallQuality::default(),
        }
    }

    /// Feed a received RTP packet (arrival time in ms). Returns the sequence verdict.
    pub fn on_rtp(&mut self, pkt: &RtpPacket<'_>, now_ms: u64) -> SeqEvent {
        let ev = self.seq.update(pkt.ssrc, pkt.sequence, pkt.timestamp);
        let arrival = (now_ms as u128 * self.clock_rate as u128 / 1000) as i64;
        match ev {
            SeqEvent::NewSource { .. } | SeqEvent::Restarted { .. } => {
                self.transit = Some(arrival.wrapping_sub(pkt.timestamp as i64));
                self.expected_prior = 0;
                self.received_prior = 0;
                self.jitter_q4 = 0;
            }
            SeqEvent::InOrder { .. } | SeqEvent::Late { .. } => {
                let transit = arrival.wrapping_sub(pkt.timestamp as i64);
                if let Some(prev) = self.transit {
                    // Timestamps wrap at 2^32: take the difference modulo 2^32, signed.
                    let d = (transit.wrapping_sub(prev) as i32).unsigned_abs();
                    self.jitter_q4 = self
                        .jitter_q4
                        .wrapping_add(d.min(1 << 27))
                        .wrapping_sub((self.jitter_q4 + 8) >> 4);
                    self.max_jitter_q4 = self.max_jitter_q4.max(self.jitter_q4);
                }
                self.transit = Some(transit);
            }
            SeqEvent::Duplicate | SeqEvent::Jump => {}
        }
        ev
    }

    /// Account for an RTP packet we sent.
    pub fn on_rtp_sent(&mut self, rtp_ts: u32, payload_len: usize) {
        self.packets_sent += 1;
        self.octets_sent += payload_len as u64;
        self.last_sent_ts = rtp_ts;
    }

    /// Interarrival jitter in timestamp units.
    pub fn jitter(&self) -> u32 {
        self.jitter_q4 >> 4
    }

    /// Feed a received RTCP datagram; `own_ssrc` picks the report block about our stream.
    pub fn on_rtcp(&mut self, data: &[u8], own_ssrc: u32, now_ms: u64) -> Result<(), RtpError> {
        for p in RtcpPacket::iter(data) {
            let p = p?;
            if let RtcpPacket::SenderReport { info, .. } = p {
                self.last_sr = Some(((info.ntp >> 16) as u32, now_ms));
            }
            for r in p.reports().filter(|r| r.ssrc == own_ssrc) {
                self.quality.remote_fraction_lost = Some(r.fraction_lost as f64 / 256.0);
                self.quality.remote_cumulative_lost = Some(r.cumulative_lost);
                self.quality.remote_jitter_ms =
                    Some(r.jitter as f64 * 1000.0 / self.clock_rate as f64);
                if r.lsr != 0 {
                    let a = (ntp_from_unix_ms(now_ms) >> 16) as u32;
                    let rtt = a.wrapping_sub(r.lsr).wrapping_sub(r.dlsr);
                    if rtt < 0x8000_0000 {
                        self.quality.rtt_ms = Some(rtt as f64 * 1000.0 / 65536.0);
                    }
                }
            }
        }
        Ok(())
    }

    fn report_block(&mut self, now_ms: u64) -> Option<ReceptionReport> {
        let ssrc = self.seq.ssrc()?;
        let expected = self.seq.expected();
        let received = self.seq.received;
        let exp_int = expected - self.expected_prior;
        let rec_int = received.saturating_sub(self.received_prior);
        self.expected_prior = expected;
        self.received_prior = received;
        let lost_int = exp_int as i64 - rec_int as i64;
        let fraction = if exp_int == 0 || lost_int <= 0 {
            0
        } else {
            ((lost_int << 8) / exp_int as i64).min(255) as u8
        };
        let (lsr, dlsr) = match self.last_sr {
            Some((lsr, at)) => (lsr, (now_ms.saturating_sub(at) * 65536 / 1000) as u32),
            None => (0, 0),
        };
        Some(ReceptionReport {
            ssrc,
            fraction_lost: fraction,
            cumulative_lost: self.seq.lost().clamp(-0x80_0000, 0x7F_FFFF) as i32,
            ext_highest_seq: self.seq.ext_max_seq() as u32,
            jitter: self.jitter(),
            lsr,
            dlsr,
        })
    }

    /// Write our compound report: an SR if we have sent media (else an RR), with one report
    /// block about the remote source if we have heard it, then SDES CNAME. `rtp_ts_now` is the
    /// RTP timestamp corresponding to `now_ms` on our outgoing stream.
    pub fn write_report(
        &mut self,
        own_ssrc: u32,
        cname: &str,
        now_ms: u64,
        rtp_ts_now: u32,
        out: &mut [u8],
    ) -> Result<usize, RtpError> {
        let block = self.report_block(now_ms);
        let rc = block.is_some() as usize;
        let is_sr = self.packets_sent > 0;
        let head = if is_sr { 28 } else { 8 };
        let rep_len = head + 24 * rc;
        let cname = &cname.as_bytes()[..cname.len().min(255)];
        // SDES: header 4 + ssrc 4 + item (2 + len) + terminating zero, padded to 4.
        let sdes_len = (8 + 2 + cname.len() + 1).div_ceil(4) * 4;
        if out.len() < rep_len + sdes_len {
            return Err(RtpError::BufferTooSmall);
        }
        out[0] = 0x80 | rc as u8;
        out[1] = if is_sr { PT_SR } else { PT_RR };
        out[2..4].copy_from_slice(&((rep_len / 4 - 1) as u16).to_be_bytes());
        out[4..8].copy_from_slice(&own_ssrc.to_be_bytes());
        if is_sr {
            out[8..16].copy_from_slice(&ntp_from_unix_ms(now_ms).to_be_bytes());
            out[16..20].copy_from_slice(&rtp_ts_now.to_be_bytes());
            out[20..24].copy_from_slice(&(self.packets_sent as u32).to_be_bytes());
            out[24..28].copy_from_slice(&(self.octets_sent as u32).to_be_bytes());
        }
        if let Some(b) = block {
            b.write(&mut out[head..head + 24]);
        }
        let s = &mut out[rep_len..rep_len + sdes_len];
        s.fill(0);
        s[0] = 0x81;
        s[1] = PT_SDES;
        s[2..4].copy_from_slice(&((sdes_len / 4 - 1) as u16).to_be_bytes());
        s[4..8].copy_from_slice(&own_ssrc.to_be_bytes());
        s[8] = 1; // CNAME
        s[9] = cname.len() as u8;
        s[10..10 + cname.len()].copy_from_slice(cname);
        Ok(rep_len + sdes_len)
    }

    /// The figures for the call log.
    pub fn quality(&self) -> CallQuality {
        let ms = |q4: u32| (q4 as f64 / 16.0) * 1000.0 / self.clock_rate as f64;
        CallQuality {
            packets_received: self.seq.received,
            packets_expected: self.seq.expected(),
            packets_lost: self.seq.lost(),
            jitter_ms: ms(self.jitter_q4),
            max_jitter_ms: ms(self.max_jitter_q4),
            packets_sent: self.packets_sent,
            octets_sent: self.octets_sent,
            ..self.quality
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rtp::packet::RtpHeader;

    fn pkt(buf: &mut [u8], seq: u16, ts: u32) -> RtpPacket<'_> {
        let h = RtpHeader {
            marker: false,
            payload_type: 0,
            sequence: seq,
            timestamp: ts,
            ssrc: 77,
        };
        let n = h.write(&[0; 160], buf).unwrap();
        RtpPacket::parse(&buf[..n]).unwrap()
    }

    #[test]
    fn jitter_and_loss() {
        let mut s = RtcpStats::new(8000);
        let mut buf = [0u8; 200];
        // 100 packets, every 10th lost, arrival jitter alternating ±5 ms.
        for i in 0..100u32 {
            if i % 10 == 5 {
                continue;
            }
            let now = 1000 + i as u64 * 20 + if i % 2 == 0 { 0 } else { 5 };
            let ts = 0xFFFF_0000u32.wrapping_add(i * 160); // wraps mid-stream
            s.on_rtp(&pkt(&mut buf, 65500u16.wrapping_add(i as u16), ts), now);
        }
        let q = s.quality();
        assert_eq!(q.packets_expected, 100);
        assert_eq!(q.packets_lost, 10);
        assert!(
            q.jitter_ms > 2.0 && q.jitter_ms < 6.0,
            "jitter {}",
            q.jitter_ms
        );

        let mut out = [0u8; 200];
        let n = s
            .write_report(1234, "edgepbx@office", 5000, 0, &mut out)
            .unwrap();
        let packets: Vec<_> = RtcpPacket::iter(&out[..n])
            .collect::<Result<_, _>>()
            .unwrap();
        assert_eq!(packets.len(), 2);
        let rr: Vec<_> = packets[0].reports().collect();
        assert!(matches!(
            packets[0],
            RtcpPacket::ReceiverReport { ssrc: 1234, .. }
        ));
        assert_eq!(rr[0].ssrc, 77);
        assert_eq!(rr[0].cumulative_lost, 10);
        assert_eq!(rr[0].fraction_lost, (10 * 256 / 100) as u8);
        assert!(matches!(packets[1], RtcpPacket::Sdes(_)));
    }

    #[test]
    fn sender_report_and_rtt() {
        // Side A sends, B receives and answers with an RR carrying LSR/DLSR.
        let mut a = RtcpStats::new(8000);
        let mut b = RtcpStats::new(8000);
        let mut buf = [0u8; 200];
        for i in 0..10u16 {
            a.on_rtp_sent(i as u32 * 160, 160);
            b.on_rtp(
                &{
                    let h = RtpHeader {
                        sequence: i,
                        timestamp: i as u32 * 160,
                        ssrc: 1,
                        ..Default::default()
                    };
                    let n = h.write(&[0; 160], &mut buf).unwrap();
                    RtpPacket::parse(&buf[..n]).unwrap()
                },
                10_000 + i as u64 * 20,
            );
        }
        let mut sr = [0u8; 200];
        let n = a.write_report(1, "a", 10_200, 1600, &mut sr).unwrap();
        assert!(matches!(
            RtcpPacket::iter(&sr[..n]).next(),
            Some(Ok(RtcpPacket::SenderReport {
                info: SenderInfo {
                    packets: 10,
                    octets: 1600,
                    ..
                },
                ..
            }))
        ));
        // 40 ms one-way: B gets the SR at 10_240, answers 100 ms later, A hears it at 10_380.
        b.on_rtcp(&sr[..n], 2, 10_240).unwrap();
        let mut rr = [0u8; 200];
        let m = b.write_report(2, "b", 10_340, 0, &mut rr).unwrap();
        a.on_rtcp(&rr[..m], 1, 10_380).unwrap();
        let rtt = a.quality().rtt_ms.unwrap();
        assert!((rtt - 80.0).abs() < 2.0, "rtt {rtt}");
        assert_eq!(a.quality().remote_cumulative_lost, Some(0));
    }

    #[test]
    fn malformed_rtcp() {
        assert!(RtcpPacket::iter(&[]).next().unwrap().is_err());
        assert!(
            RtcpPacket::iter(&[0x80, 200, 0, 50])
                .next()
                .unwrap()
                .is_err()
        );
        assert!(
            RtcpPacket::iter(&[0x81, 200, 0, 1, 0, 0, 0, 0])
                .next()
                .unwrap()
                .is_err()
        );
        assert!(
            RtcpPacket::iter(&[0x80, 100, 0, 0])
                .next()
                .unwrap()
                .is_err()
        );
        let mut s = RtcpStats::new(8000);
        assert!(s.on_rtcp(&[0x80, 201, 0xFF, 0xFF], 1, 0).is_err());
        assert!(s.on_rtcp(&vec![0x80; 3000], 1, 0).is_err());
    }
}
