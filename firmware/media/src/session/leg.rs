//! One terminated leg: RTP from the caller in, commands from call control in, one RTP frame
//! out every 20 ms, events out. Sans-IO: time arrives as `now_ms`.
//!
//! Per tick: jitter buffer → decode (or conceal) → 8 kHz → in-band DTMF, collect, record; then
//! the outgoing frame (prompt, tone, silence, or audio the hub supplies: the shared MOH frame
//! or this leg's conference mix) → encode → RTP. 20 ms packetisation is assumed both ways
//! (longer incoming packets are truncated to 20 ms).

use std::collections::VecDeque;

use super::collect::Collector;
use super::command::{CollectEnd, MediaCommand, MediaEvent};
use super::config::LegConfig;
use super::inbound::{FRAME_MAX, Inbound, StreamFormat, is_key};
use super::play::{FRAME_8K, Player};
use super::recording::Recording;
use crate::codec::{Codec, Encoder};
use crate::resample::Upsample2;
use crate::rtp::RtpHeader;

/// RTP timestamp units per 20 ms (all our codecs use an 8000 Hz RTP clock).
const TS_PER_FRAME: u32 = 160;
/// Events waiting beyond this are dropped (call control has stopped polling).
const MAX_EVENTS: usize = 64;

enum Mode {
    Idle,
    Play {
        player: Player,
        collect: Option<Collector>,
        barge_in: bool,
    },
    Record(Recording),
    /// In a conference room: the hub mixes, the leg only reports digits. While alone it hears
    /// its own music when it has some, else the shared music.
    Conference {
        alone: Option<Player>,
    },
}

/// Audio the hub supplies for this tick's outgoing frame.
#[derive(Clone, Copy)]
pub(crate) enum Outside<'a> {
    None,
    /// The shared music frame, already encoded for this leg's codec.
    Music(&'a [u8]),
    /// This leg's conference mix at the leg's rate.
    Room(&'a [i16]),
}

/// Whether a leg in `mode` sends the shared music frame as is: while a prompt list plays
/// music, or alone in a conference room (a parked caller, the first one in).
fn takes_music(mode: &Mode) -> bool {
    match mode {
        Mode::Play { player, .. } => player.on_music(),
        Mode::Conference { alone } => alone.as_ref().is_none_or(Player::on_music),
        _ => false,
    }
}

pub struct LegSession {
    cfg: LegConfig,
    /// Samples per frame at the codec rate (160 or 320).
    frame_len: usize,
    inbound: Inbound,
    encoder: Encoder,
    up: Upsample2,
    out_8k: [i16; FRAME_8K],
    out_pcm: [i16; FRAME_MAX],
    payload: [u8; FRAME_MAX],
    seq: u16,
    ts: u32,
    sent_first: bool,
    tag: u32,
    mode: Mode,
    events: VecDeque<(u32, MediaEvent)>,
}

impl LegSession {
    pub fn new(cfg: LegConfig) -> Self {
        LegSession {
            frame_len: cfg.codec.samples_for_ms(20),
            inbound: Inbound::new(StreamFormat {
                codec: cfg.codec,
                payload_type: cfg.payload_type,
                telephone_event: cfg.telephone_event,
            }),
            encoder: Encoder::new(cfg.codec),
            up: Upsample2::new(),
            out_8k: [0; FRAME_8K],
            out_pcm: [0; FRAME_MAX],
            payload: [0; FRAME_MAX],
            // Start points derived from the SSRC: random enough when the SSRC is.
            seq: (cfg.ssrc >> 16) as u16 ^ 0x5a5a,
            ts: cfg.ssrc.rotate_left(13),
            sent_first: false,
            tag: 0,
            mode: Mode::Idle,
            events: VecDeque::with_capacity(8),
            cfg,
        }
    }

    pub fn codec(&self) -> Codec {
        self.cfg.codec
    }

    /// A datagram from the caller. RTCP, foreign payload types and garbage are ignored.
    pub fn receive(&mut self, packet: &[u8], now_ms: u64) {
        if let Some(d) = self.inbound.receive(packet, now_ms) {
            self.on_digit(d, now_ms);
        }
    }

    /// Replaces the running command (its result is never reported).
    pub fn command(&mut self, tag: u32, cmd: MediaCommand, _now_ms: u64) {
        self.tag = tag;
        self.mode = match cmd {
            MediaCommand::Play {
                items,
                collect,
                barge_in,
            } => Mode::Play {
                player: Player::new(items, &self.cfg.country),
                collect: collect.map(Collector::new),
                barge_in,
            },
            MediaCommand::Record {
                beep,
                max_ms,
                silence_stop_ms,
                stop_digits,
            } => Mode::Record(Recording::new(beep, max_ms, silence_stop_ms, stop_digits)),
            MediaCommand::Conference { alone_music, .. } => Mode::Conference {
                alone: alone_music.map(|item| Player::new(vec![item], &self.cfg.country)),
            },
            MediaCommand::Stop => Mode::Idle,
        };
    }

    /// One 20 ms step on its own (no hub: music and conference audio are silence). Writes the
    /// outgoing RTP packet into `out`; returns whether there is one (always, today: a leg
    /// keeps sending, silence included, so the relay and NATs stay open).
    pub fn tick(&mut self, now_ms: u64, out: &mut Vec<u8>) -> bool {
        self.tick_input(now_ms);
        self.tick_output(now_ms, Outside::None, out)
    }

    /// The leg is going away: a recording in progress reports what it has.
    pub fn hangup(&mut self) -> Option<(u32, MediaEvent)> {
        match &self.mode {
            Mode::Record(r) => Some((self.tag, r.on_hangup())),
            _ => None,
        }
    }

    pub fn poll_event(&mut self) -> Option<(u32, MediaEvent)> {
        self.events.pop_front()
    }

    /// True when this tick's frame should be the shared music.
    pub(crate) fn wants_music(&self) -> bool {
        matches!(&self.mode, Mode::Play { player, .. } if player.on_music())
    }

    /// In a conference room (whose mix the hub passes, or music while alone in it).
    pub(crate) fn in_conference(&self) -> bool {
        matches!(self.mode, Mode::Conference { .. })
    }

    /// This tick's caller audio at the codec rate (None before the stream starts).
    pub(crate) fn room_input(&self) -> Option<&[i16]> {
        self.inbound.frame()
    }

    /// First half of a tick: take the caller's audio and act on it.
    pub(crate) fn tick_input(&mut self, now_ms: u64) {
        if let Some(d) = self.inbound.tick(now_ms) {
            self.on_digit(d, now_ms);
        }
        let tag = self.tag;
        match &mut self.mode {
            Mode::Record(r) => {
                if let Some(ev) = r.push(self.inbound.frame_8k()) {
                    self.mode = Mode::Idle;
                    push_event(&mut self.events, tag, ev);
                }
            }
            Mode::Play {
                collect: Some(c), ..
            } => {
                if let Some(end) = c.poll(now_ms) {
                    self.finish_collect(end);
                }
            }
            _ => {}
        }
    }

    /// Second half of a tick: build and packetise the outgoing frame.
    pub(crate) fn tick_output(
        &mut self,
        now_ms: u64,
        outside: Outside<'_>,
        out: &mut Vec<u8>,
    ) -> bool {
        let n = self.frame_len;
        let mut encoded = None;
        let mut narrow = true;
        let mut played_out = false;
        match (&mut self.mode, outside) {
            (mode, Outside::Music(bytes)) if takes_music(mode) => {
                let k = bytes.len().min(self.payload.len());
                self.payload[..k].copy_from_slice(&bytes[..k]);
                encoded = Some(k);
            }
            (Mode::Play { player, .. }, _) => {
                player.fill(&mut self.out_8k);
                played_out = player.is_done();
            }
            (Mode::Record(r), _) => r.fill(&mut self.out_8k),
            // Alone with music of its own (the shared stream when it could not be loaded).
            (
                Mode::Conference {
                    alone: Some(player),
                },
                Outside::Music(_),
            ) => player.fill(&mut self.out_8k),
            (Mode::Conference { .. }, Outside::Room(pcm)) => {
                let k = pcm.len().min(n);
                self.out_pcm[..k].copy_from_slice(&pcm[..k]);
                self.out_pcm[k..n].fill(0);
                narrow = false;
            }
            _ => self.out_8k.fill(0),
        }
        if played_out {
            self.on_playback_end(now_ms);
        }
        let len = match encoded {
            Some(k) => k,
            None => {
                if narrow {
                    if n == FRAME_8K {
                        self.out_pcm[..n].copy_from_slice(&self.out_8k);
                    } else {
                        self.up.process(&self.out_8k, &mut self.out_pcm[..n]);
                    }
                }
                self.encoder.encode(&self.out_pcm[..n], &mut self.payload)
            }
        };
        let header = RtpHeader {
            marker: !self.sent_first,
            payload_type: self.cfg.payload_type,
            sequence: self.seq,
            timestamp: self.ts,
            ssrc: self.cfg.ssrc,
        };
        self.sent_first = true;
        self.seq = self.seq.wrapping_add(1);
        self.ts = self.ts.wrapping_add(TS_PER_FRAME);
        out.clear();
        out.resize(RtpHeader::LEN + len, 0);
        header.write(&self.payload[..len], out).is_ok()
    }

    fn on_playback_end(&mut self, now_ms: u64) {
        let tag = self.tag;
        match &mut self.mode {
            Mode::Play {
                collect: Some(c), ..
            } => c.on_playback_end(now_ms),
            Mode::Play { collect: None, .. } => {
                self.mode = Mode::Idle;
                let ev = MediaEvent::Played {
                    digits: String::new(),
                    end: CollectEnd::Played,
                };
                push_event(&mut self.events, tag, ev);
            }
            _ => {}
        }
    }

    fn finish_collect(&mut self, end: CollectEnd) {
        if let Mode::Play {
            collect: Some(c), ..
        } = &mut self.mode
        {
            let digits = c.take_digits();
            self.mode = Mode::Idle;
            push_event(
                &mut self.events,
                self.tag,
                MediaEvent::Played { digits, end },
            );
        }
    }

    /// A digit from either RFC 4733 or the in-band detector.
    fn on_digit(&mut self, d: char, now_ms: u64) {
        if !is_key(d) {
            return;
        }
        let tag = self.tag;
        match &mut self.mode {
            Mode::Play {
                player,
                collect: Some(c),
                barge_in,
            } => {
                if let Some(end) = c.on_digit(d, now_ms) {
                    self.finish_collect(end);
                } else if *barge_in && !player.is_done() {
                    player.stop();
                    c.on_playback_end(now_ms);
                }
            }
            Mode::Record(r) => {
                if let Some(ev) = r.on_digit(d) {
                    self.mode = Mode::Idle;
                    push_event(&mut self.events, tag, ev);
                }
            }
            _ => push_event(&mut self.events, tag, MediaEvent::Digit(d)),
        }
    }
}

fn push_event(events: &mut VecDeque<(u32, MediaEvent)>, tag: u32, ev: MediaEvent) {
    if events.len() >= MAX_EVENTS {
        tracing::warn!("media event queue full; dropping the oldest");
        events.pop_front();
    }
    events.push_back((tag, ev));
}
