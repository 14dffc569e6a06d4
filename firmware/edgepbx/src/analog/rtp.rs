//! The RTP of one analog port: G.711 packets of 20 ms to the far end (the engine's relay), and
//! what comes back decoded into 10 ms frames for the line. A short FIFO stands in for a jitter
//! buffer: the far end is the relay on the same host, so packets come in order and on time.

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

pub struct PortRtp {
    socket: UdpSocket,
    remote: Option<RemoteMedia>,
    ssrc: u32,
    seq: u16,
    ts: u32,
    /// Line audio waiting to fill a packet.
    pending: Vec<i16>,
    heard: VecDeque<i16>,
    playing: bool,
}

impl PortRtp {
    pub fn bind(ip: std::net::IpAddr, ssrc: u32) -> Result<PortRtp, String> {
        let socket = UdpSocket::bind((ip, 0)).map_err(|e| format!("analog RTP socket: {e}"))?;
        socket
            .set_nonblocking(true)
            .map_err(|e| format!("analog RTP socket: {e}"))?;
        Ok(PortRtp {
            socket,
            remote: None,
            ssrc,
            seq: 0,
            ts: 0,
            pending: Vec::with_capacity(PACKET_SAMPLES),
            heard: VecDeque::with_capacity(MAX_BUFFERED),
            playing: false,
        })
    }

    pub fn local_addr(&self) -> SocketAddr {
        self.socket
            .local_addr()
            .unwrap_or_else(|_| SocketAddr::from(([127, 0, 0, 1], 0)))
    }

    /// Start (Some) or stop (None) the media of a call.
    pub fn set_remote(&mut self, remote: Option<RemoteMedia>) {
        if remote.is_none() {
            self.pending.clear();
            self.heard.clear();
            self.playing = false;
        }
        self.remote = remote;
    }

    /// One frame of line audio towards the far end (silence when the line has none).
    pub fn send_frame(&mut self, frame: Option<&Frame>) {
        let Some(remote) = self.remote else { return };
        self.pending
            .extend_from_slice(frame.unwrap_or(&[0; FRAME_SAMPLES]));
        if self.pending.len() < PACKET_SAMPLES {
            return;
        }
        let mut payload = [0u8; PACKET_SAMPLES];
        match remote.law {
            Law::Ulaw => g711::encode_ulaw(&self.pending, &mut payload),
            Law::Alaw => g711::encode_alaw(&self.pending, &mut payload),
        };
        self.pending.clear();
        let header = RtpHeader {
            marker: self.seq == 0,
            payload_type: remote.law.payload_type(),
            sequence: self.seq,
            timestamp: self.ts,
            ssrc: self.ssrc,
        };
        self.seq = self.seq.wrapping_add(1);
        self.ts = self.ts.wrapping_add(PACKET_SAMPLES as u32);
        let mut buf = [0u8; RtpHeader::LEN + PACKET_SAMPLES];
        if let Ok(n) = header.write(&payload, &mut buf)
            && let Err(e) = self.socket.send_to(&buf[..n], remote.addr)
        {
            tracing::debug!(error = %e, "analog RTP send failed");
        }
    }

    /// Reads every packet waiting; G.711 payloads are decoded into the FIFO.
    pub fn receive(&mut self) {
        let mut buf = [0u8; 1500];
        let mut pcm = [0i16; 1500];
        while let Ok((n, from)) = self.socket.recv_from(&mut buf) {
            // Only the far end of the call (the relay answers from the port it offered).
            if self.remote.is_none_or(|r| r.addr != from) {
                continue;
            }
            let Ok(p) = RtpPacket::parse(&buf[..n]) else {
                continue;
            };
            let samples = match p.header().payload_type {
                0 => g711::decode_ulaw(p.payload, &mut pcm),
                8 => g711::decode_alaw(p.payload, &mut pcm),
                _ => continue, // telephone-event, comfort noise
            };
            for &s in &pcm[..samples] {
                if self.heard.len() == MAX_BUFFERED {
                    self.heard.pop_front();
                }
                self.heard.push_back(s);
            }
        }
    }

    /// The next 10 ms of far-end audio, once playout has started.
    pub fn next_frame(&mut self) -> Option<Frame> {
        if !self.playing {
            if self.heard.len() < START_BUFFERED {
                return None;
            }
            self.playing = true;
        }
        if self.heard.len() < FRAME_SAMPLES {
            // Underrun: wait for the buffer to refill.
            self.playing = false;
            return None;
        }
        let mut frame = [0i16; FRAME_SAMPLES];
        for s in frame.iter_mut() {
            *s = self.heard.pop_front().unwrap_or(0);
        }
        Some(frame)
    }
}
