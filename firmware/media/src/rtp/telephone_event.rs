//! RFC 4733 telephone-events (DTMF over RTP): payload codec, a sender that produces the packet
//! train for one event (with the end packet sent three times), and a receiver that reports each
//! event exactly once despite retransmitted/redundant packets.

use super::packet::RtpError;

/// Event code for a DTMF character (0-9, *, #, A-D) and flash ('!').
pub fn char_to_event(c: char) -> Option<u8> {
    Some(match c {
        '0'..='9' => c as u8 - b'0',
        '*' => 10,
        '#' => 11,
        'A'..='D' => c as u8 - b'A' + 12,
        'a'..='d' => c as u8 - b'a' + 12,
        '!' => 16,
        _ => return None,
    })
}

/// DTMF character for an event code.
pub fn event_to_char(e: u8) -> Option<char> {
    Some(match e {
        0..=9 => (b'0' + e) as char,
        10 => '*',
        11 => '#',
        12..=15 => (b'A' + e - 12) as char,
        16 => '!',
        _ => return None,
    })
}

/// The 4-byte payload.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TelephoneEventPayload {
    pub event: u8,
    pub end: bool,
    /// Power level in -dBm0 (0..=63).
    pub volume: u8,
    /// Duration so far in timestamp units.
    pub duration: u16,
}

impl TelephoneEventPayload {
    pub fn parse(b: &[u8]) -> Result<Self, RtpError> {
        // Several events may be stacked (RFC 4733 §2.5.1.5 redundancy is in RFC 2198 form and
        // arrives as a different payload type); a plain event payload is 4 bytes.
        if b.len() < 4 || !b.len().is_multiple_of(4) {
            return Err(RtpError::BadPayload);
        }
        Ok(TelephoneEventPayload {
            event: b[0],
            end: b[1] & 0x80 != 0,
            volume: b[1] & 0x3F,
            duration: u16::from_be_bytes([b[2], b[3]]),
        })
    }

    pub fn write(&self) -> [u8; 4] {
        let d = self.duration.to_be_bytes();
        [
            self.event,
            (self.end as u8) << 7 | (self.volume & 0x3F),
            d[0],
            d[1],
        ]
    }
}

/// One packet the sender wants on the wire: set the RTP marker and timestamp as given, use the
/// stream's next sequence number and the telephone-event payload type.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct EventPacket {
    pub marker: bool,
    pub timestamp: u32,
    pub payload: [u8; 4],
}

/// Sends one event at a time as a train of packets, one per `tick()` (packetisation interval).
#[derive(Clone, Debug)]
pub struct TelephoneEventSender {
    units_per_tick: u16,
    current: Option<Active>,
}

#[derive(Clone, Copy, Debug)]
struct Active {
    event: u8,
    volume: u8,
    start_ts: u32,
    total: u16,
    sent: u16,
    started: bool,
    ends_left: u8,
}

/// How many times the final (end) packet is sent (RFC 4733 §2.5.1.4 recommends three).
pub const END_REPEATS: u8 = 3;

impl TelephoneEventSender {
    /// `units_per_tick`: timestamp units per packet (160 for 20 ms at 8000 Hz).
    pub fn new(units_per_tick: u16) -> Self {
        TelephoneEventSender {
            units_per_tick: units_per_tick.max(1),
            current: None,
        }
    }

    /// Start sending `digit` at RTP timestamp `start_ts` for `duration_ms` (clamped to 40..=8000
    /// ms; 8000 Hz clock). Returns false if the digit is unknown or an event is still running.
    pub fn start(&mut self, digit: char, start_ts: u32, duration_ms: u32, volume: u8) -> bool {
        let Some(event) = char_to_event(digit) else {
            return false;
        };
        if self.current.is_some() {
            return false;
        }
        let units = (duration_ms.clamp(40, 8000) * 8) as u16;
        self.current = Some(Active {
            event,
            volume: volume.min(63),
            start_ts,
            total: units,
            sent: 0,
            started: false,
            ends_left: END_REPEATS,
        });
        true
    }

    pub fn is_busy(&self) -> bool {
        self.current.is_some()
    }

    /// The packet for this packetisation interval, if an event is running.
    pub fn tick(&mut self) -> Option<EventPacket> {
        let a = self.current.as_mut()?;
        let marker = !a.started;
        a.started = true;
        if a.sent < a.total {
            a.sent = a.sent.saturating_add(self.units_per_tick).min(a.total);
        }
        let is_end = a.sent >= a.total;
        let payload = TelephoneEventPayload {
            event: a.event,
            end: is_end,
            volume: a.volume,
            duration: a.sent,
        };
        let pkt = EventPacket {
            marker,
            timestamp: a.start_ts,
            payload: payload.write(),
        };
        if is_end {
            a.ends_left -= 1;
            if a.ends_left == 0 {
                self.current = None;
            }
        }
        Some(pkt)
    }
}

/// What the receiver reports.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TelephoneEvent {
    /// A new event began (reported once per event, on its first packet).
    Begin { digit: char, timestamp: u32 },
    /// The event ended (reported once, on the first end packet or when superseded).
    End {
        digit: char,
        timestamp: u32,
        duration: u16,
    },
}

/// Tracks the event in progress by its RTP timestamp so repeats are reported once.
#[derive(Clone, Debug, Default)]
pub struct TelephoneEventReceiver {
    current: Option<(u32, u8, u16, bool)>, // (timestamp, event, duration, ended)
    pending_end: Option<TelephoneEvent>,
}

impl TelephoneEventReceiver {
    pub fn new() -> Self {
        Self::default()
    }

    /// Feed the RTP timestamp and payload of a telephone-event packet. Returns at most one new
    /// report; if a new event supersedes one whose end was lost, the missing `End` is returned
    /// by the next call of [`take_pending`](Self::take_pending).
    pub fn on_packet(
        &mut self,
        timestamp: u32,
        payload: &[u8],
    ) -> Result<Option<TelephoneEvent>, RtpError> {
        let p = TelephoneEventPayload::parse(payload)?;
        let Some(digit) = event_to_char(p.event) else {
            return Err(RtpError::BadPayload);
        };
        match self.current {
            Some((ts, ev, _, ended)) if ts == timestamp && ev == p.event => {
                self.current = Some((ts, ev, p.duration, ended || p.end));
                if p.end && !ended {
                    return Ok(Some(TelephoneEvent::End {
                        digit,
                        timestamp,
                        duration: p.duration,
                    }));
                }
                Ok(None)
            }
            Some((ts, _, _, _)) if (timestamp.wrapping_sub(ts) as i32) < 0 => Ok(None), // stale
            prev => {
                if let Some((ts, ev, dur, false)) = prev {
                    self.pending_end = Some(TelephoneEvent::End {
                        digit: event_to_char(ev).unwrap_or('?'),
                        timestamp: ts,
                        duration: dur,
                    });
                }
                self.current = Some((timestamp, p.event, p.duration, p.end));
                Ok(Some(TelephoneEvent::Begin { digit, timestamp }))
            }
        }
    }

    /// An `End` synthesised for an event whose end packets never arrived.
    pub fn take_pending(&mut self) -> Option<TelephoneEvent> {
        self.pending_end.take()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mapping() {
        for c in "0123456789*#ABCD!".chars() {
            assert_eq!(event_to_char(char_to_event(c).unwrap()), Some(c));
        }
        assert_eq!(char_to_event('x'), None);
        assert_eq!(event_to_char(99), None);
    }

    #[test]
    fn sender_train_and_receiver_dedup() {
        let mut tx = TelephoneEventSender::new(160);
        assert!(tx.start('5', 1000, 100, 10));
        assert!(!tx.start('6', 1000, 100, 10));
        let mut pkts = vec![];
        while let Some(p) = tx.tick() {
            pkts.push(p);
        }
        // 100 ms = 800 units = 5 packets; the last is the end packet, sent 3 times.
        assert_eq!(pkts.len(), 7);
        assert!(pkts[0].marker && pkts[1..].iter().all(|p| !p.marker));
        assert!(pkts.iter().all(|p| p.timestamp == 1000));
        let ends: Vec<_> = pkts
            .iter()
            .map(|p| TelephoneEventPayload::parse(&p.payload).unwrap())
            .collect();
        assert_eq!(ends.iter().filter(|p| p.end).count(), 3);
        assert_eq!(ends.last().unwrap().duration, 800);
        assert_eq!(ends[0].volume, 10);

        let mut rx = TelephoneEventReceiver::new();
        let mut reports = vec![];
        for p in &pkts {
            if let Some(r) = rx.on_packet(p.timestamp, &p.payload).unwrap() {
                reports.push(r);
            }
        }
        assert_eq!(
            reports,
            vec![
                TelephoneEvent::Begin {
                    digit: '5',
                    timestamp: 1000
                },
                TelephoneEvent::End {
                    digit: '5',
                    timestamp: 1000,
                    duration: 800
                }
            ]
        );
        // Same digit again later: a new event.
        assert!(tx.start('5', 3000, 40, 10));
        let p = tx.tick().unwrap();
        assert!(matches!(
            rx.on_packet(p.timestamp, &p.payload).unwrap(),
            Some(TelephoneEvent::Begin {
                digit: '5',
                timestamp: 3000
            })
        ));
        // A stale packet of the old event is ignored.
        assert_eq!(rx.on_packet(1000, &pkts[6].payload).unwrap(), None);
    }

    #[test]
    fn lost_end_is_synthesised() {
        let mut rx = TelephoneEventReceiver::new();
        let mk = |e: u8, end: bool, d: u16| {
            TelephoneEventPayload {
                event: e,
                end,
                volume: 10,
                duration: d,
            }
            .write()
        };
        rx.on_packet(0, &mk(1, false, 160)).unwrap();
        assert!(matches!(
            rx.on_packet(800, &mk(2, false, 160)).unwrap(),
            Some(TelephoneEvent::Begin { digit: '2', .. })
        ));
        assert_eq!(
            rx.take_pending(),
            Some(TelephoneEvent::End {
                digit: '1',
                timestamp: 0,
                duration: 160
            })
        );
    }

    #[test]
    fn bad_payloads() {
        let mut rx = TelephoneEventReceiver::new();
        assert_eq!(rx.on_packet(0, &[1, 2, 3]), Err(RtpError::BadPayload));
        assert_eq!(rx.on_packet(0, &[200, 0, 0, 0]), Err(RtpError::BadPayload));
        assert_eq!(rx.on_packet(0, &[]), Err(RtpError::BadPayload));
    }
}
