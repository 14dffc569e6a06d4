//! The RTP of one analog port: G.711 packets of 20 ms to the far end (the engine's relay), and
//! what comes back decoded into 10 ms frames for the line. A short FIFO stands in for a jitter
//! buffer: the far end is the relay on the same host, so packets come in order, but on a
//! loaded box the relay's thread or this one can be late by tens of milliseconds. An
//! underrun puts silence on the line, which a fax modem does not survive, so each underrun
//! deepens the playout by a packet (from 30 ms up to 120 ms): a box that was late once
//! keeps enough buffered to ride out the same lateness again.
//! In a three-way call the port has a second far end ([`PortRtp::join`]) and mixes: the line
//! hears both far ends, and each far end hears the line and the other far end.

use std::collections::VecDeque;
use std::net::{SocketAddr, UdpSocket};

use edgepbx_board::line::{FRAME_SAMPLES, Frame};
use edgepbx_media::codec::g711;
use edgepbx_media::rtp::packet::{RtpHeader, RtpPacket};

use super::ua::sdp::{Law, RemoteMedia};

/// Samples per packet (20 ms).
const PACKET_SAMPLES: usize = 2 * FRAME_SAMPLES;
/// Most audio held from the far end (200 ms); older samples are dropped.
const MAX_BUFFERED: usize = 1600;
/// Playout starts once this much is buffered (one packet plus a frame).
const START_BUFFERED: usize = PACKET_SAMPLES + FRAME_SAMPLES;
/// Deepest the playout start grows to after underruns (120 ms).
const MAX_START_BUFFERED: usize = 6 * PACKET_SAMPLES;

/// One far end: its address and law, our stream to it, and its audio waiting for the line.
struct Leg {
    remote: RemoteMedia,
    ssrc: u32,
    seq: u16,
    ts: u32,
    /// Audio waiting to fill a packet.
    pending: Vec<i16>,
    heard: VecDeque<i16>,
    playing: bool,
    /// How much must be buffered before playout (re)starts.
    start_at: usize,
    underruns: u32,
    /// What this far end said in the current frame (for the other far end of a three-way call).
    said: Option<Frame>,
}

impl Leg {
    fn new(remote: RemoteMedia, ssrc: u32) -> Leg {
        Leg {
            remote,
            ssrc,
            seq: 0,
            ts: 0,
            pending: Vec::with_capacity(PACKET_SAMPLES),
            heard: VecDeque::with_capacity(MAX_BUFFERED),
            playing: false,
            start_at: START_BUFFERED,
            underruns: 0,
            said: None,
        }
    }

    fn send(&mut self, socket: &UdpSocket, frame: &Frame) {
        self.pending.extend_from_slice(frame);
        if self.pending.len() < PACKET_SAMPLES {
            return;
        }
        let mut payload = [0u8; PACKET_SAMPLES];
        match self.remote.law {
            Law::Ulaw => g711::encode_ulaw(&self.pending, &mut payload),
            Law::Alaw => g711::encode_alaw(&self.pending, &mut payload),
        };
        self.pending.clear();
        let header = RtpHeader {
            marker: self.seq == 0,
            payload_type: self.remote.law.payload_type(),
            sequence: self.seq,
            timestamp: self.ts,
            ssrc: self.ssrc,
        };
        self.seq = self.seq.wrapping_add(1);
        self.ts = self.ts.wrapping_add(PACKET_SAMPLES as u32);
        let mut buf = [0u8; RtpHeader::LEN + PACKET_SAMPLES];
        if let Ok(n) = header.write(&payload, &mut buf)
            && let Err(e) = socket.send_to(&buf[..n], self.remote.addr)
        {
            tracing::debug!(error = %e, "analog RTP send failed");
        }
    }

    fn push(&mut self, pcm: &[i16]) {
        for &s in pcm {
            if self.heard.len() == MAX_BUFFERED {
                self.heard.pop_front();
            }
            self.heard.push_back(s);
        }
    }

    /// The next 10 ms of this far end's audio, once playout has started.
    fn next_frame(&mut self) -> Option<Frame> {
        if !self.playing {
            if self.heard.len() < self.start_at {
                return None;
            }
            self.playing = true;
        }
        if self.heard.len() < FRAME_SAMPLES {
            // Underrun: wait for the buffer to refill, deeper than before.
            self.playing = false;
            self.underruns += 1;
            self.start_at = (self.start_at + PACKET_SAMPLES).min(MAX_START_BUFFERED);
            tracing::debug!(
                underruns = self.underruns,
                start_ms = self.start_at / 8,
                "analog RTP playout underrun"
            );
            return None;
        }
        let mut frame = [0i16; FRAME_SAMPLES];
        for s in frame.iter_mut() {
            *s = self.heard.pop_front().unwrap_or(0);
        }
        Some(frame)
    }
}

pub struct PortRtp {
    socket: UdpSocket,
    ssrc: u32,
    main: Option<Leg>,
    /// The other far end of a three-way call.
    joined: Option<Leg>,
}

impl PortRtp {
    pub fn bind(ip: std::net::IpAddr, ssrc: u32) -> Result<PortRtp, String> {
        let socket = UdpSocket::bind((ip, 0)).map_err(|e| format!("analog RTP socket: {e}"))?;
        socket
            .set_nonblocking(true)
            .map_err(|e| format!("analog RTP socket: {e}"))?;
        Ok(PortRtp {
            socket,
            ssrc,
            main: None,
            joined: None,
        })
    }

    pub fn local_addr(&self) -> SocketAddr {
        self.socket
            .local_addr()
            .unwrap_or_else(|_| SocketAddr::from(([127, 0, 0, 1], 0)))
    }

    /// Start (Some) or stop (None) the media of a call; a three-way call's second far end
    /// goes too.
    pub fn set_remote(&mut self, remote: Option<RemoteMedia>) {
        self.joined = None;
        match (remote, &mut self.main) {
            // The same far end moved or changed law: keep its stream going.
            (Some(r), Some(leg)) => leg.remote = r,
            (Some(r), None) => self.main = Some(Leg::new(r, self.ssrc)),
            (None, _) => self.main = None,
        }
    }

    /// A second far end joins the call (three-way calling); None lets it go.
    pub fn join(&mut self, remote: Option<RemoteMedia>) {
        self.joined = remote.map(|r| Leg::new(r, self.ssrc.wrapping_add(1)));
    }

    /// One frame of line audio towards the far end(s) (silence when the line has none). In a
    /// three-way call each far end also gets what the other said this frame.
    pub fn send_frame(&mut self, frame: Option<&Frame>) {
        let line = *frame.unwrap_or(&[0; FRAME_SAMPLES]);
        let from_main = self.main.as_ref().and_then(|l| l.said);
        let from_joined = self.joined.as_ref().and_then(|l| l.said);
        if let Some(leg) = &mut self.main {
            leg.send(&self.socket, &mix(&line, from_joined.as_ref()));
        }
        if let Some(leg) = &mut self.joined {
            leg.send(&self.socket, &mix(&line, from_main.as_ref()));
        }
    }

    /// Reads every packet waiting; G.711 payloads are decoded into their far end's FIFO.
    pub fn receive(&mut self) {
        let mut buf = [0u8; 1500];
        let mut pcm = [0i16; 1500];
        while let Ok((n, from)) = self.socket.recv_from(&mut buf) {
            // Only the far ends of the call (the relay answers from the port it offered).
            let leg = match (&mut self.main, &mut self.joined) {
                (Some(m), _) if m.remote.addr == from => m,
                (_, Some(j)) if j.remote.addr == from => j,
                _ => continue,
            };
            let Ok(p) = RtpPacket::parse(&buf[..n]) else {
                continue;
            };
            let samples = match p.header().payload_type {
                0 => g711::decode_ulaw(p.payload, &mut pcm),
                8 => g711::decode_alaw(p.payload, &mut pcm),
                _ => continue, // telephone-event, comfort noise
            };
            leg.push(&pcm[..samples]);
        }
    }

    /// The next 10 ms of far-end audio for the line (both far ends mixed in a three-way call).
    pub fn next_frame(&mut self) -> Option<Frame> {
        let main = self.main.as_mut().and_then(|l| {
            l.said = l.next_frame();
            l.said
        });
        let joined = self.joined.as_mut().and_then(|l| {
            l.said = l.next_frame();
            l.said
        });
        match (main, joined) {
            (Some(m), j) => Some(mix(&m, j.as_ref())),
            (None, j) => j,
        }
    }
}

/// `a` plus `b` if any, saturating.
fn mix(a: &Frame, b: Option<&Frame>) -> Frame {
    let Some(b) = b else { return *a };
    let mut out = *a;
    for (o, s) in out.iter_mut().zip(b) {
        *o = o.saturating_add(*s);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn leg() -> Leg {
        let remote = RemoteMedia {
            addr: "127.0.0.1:20000".parse().unwrap(),
            law: Law::Ulaw,
        };
        Leg::new(remote, 1)
    }

    /// Plays `ms` of 10 ms frames from a far end sending a 20 ms packet every 20 ms, each
    /// delivered `delay(n)` ms late (late packets come in a burst, in order, as from the
    /// relay); how many frames after playout started had no audio.
    fn gaps(leg: &mut Leg, ms: u64, delay: impl Fn(u64) -> u64) -> usize {
        // In order: a packet is delivered no sooner than the one before it.
        let arrivals: Vec<u64> = (0..ms / 20)
            .scan(0, |last, n| {
                *last = (n * 20 + delay(n)).max(*last);
                Some(*last)
            })
            .collect();
        let mut next = 0;
        let mut gaps = 0;
        let mut started = false;
        for now in (0..ms).step_by(10) {
            while next < arrivals.len() && arrivals[next] <= now {
                leg.push(&[1000; PACKET_SAMPLES]);
                next += 1;
            }
            match leg.next_frame() {
                Some(_) => started = true,
                None if started => gaps += 1,
                None => {}
            }
        }
        gaps
    }

    /// Packets 40 ms late (a loaded box) leave a gap the first time; playout then runs
    /// deeper, and they play without one from there on.
    #[test]
    fn after_an_underrun_playout_rides_out_the_same_lateness() {
        let mut leg = leg();
        let late = |n: u64| if n % 7 == 3 { 40 } else { 0 };
        assert!(
            gaps(&mut leg, 200, late) > 0,
            "the first late packet leaves a gap"
        );
        let deeper = leg.start_at;
        assert!(deeper > START_BUFFERED);
        leg.underruns = 0;
        assert_eq!(gaps(&mut leg, 10_000, late), 0);
        assert_eq!(leg.underruns, 0);
        assert_eq!(leg.start_at, deeper);
    }

    /// The playout deepens a packet per underrun, up to its limit.
    #[test]
    fn underruns_deepen_the_playout_up_to_a_limit() {
        let mut leg = leg();
        let stall = |n: u64| if n % 25 == 10 { 200 } else { 0 };
        gaps(&mut leg, 10_000, stall);
        assert!(leg.underruns >= 5, "{}", leg.underruns);
        assert_eq!(leg.start_at, MAX_START_BUFFERED);
    }
}
