//! Many terminated legs (keyed by the engine's `u64`), their conference rooms and the one
//! shared music-on-hold stream. One [`MediaHub::tick`] every 20 ms ticks every leg once:
//! all legs' input first, then every room mixes, then every leg's output.

use std::collections::{HashMap, VecDeque};
use std::sync::Arc;

use super::command::{MediaCommand, MediaEvent};
use super::config::LegConfig;
use super::inbound::StreamFormat;
use super::leg::{LegSession, Outside};
use super::tap::{CallTap, TapCommand, TapSide};
use crate::mixer::Mixer;
use crate::moh::MohSource;

/// Bounds (design principle 5): legs per hub, members per room, queued events.
pub const MAX_LEGS: usize = 4096;
pub const MAX_ROOM_MEMBERS: usize = 64;
const MAX_EVENTS: usize = 4096;
/// Rooms mix wideband so G.722 members hear each other at 16 kHz.
const ROOM_RATE: u32 = 16000;

struct Leg {
    session: LegSession,
    /// (room name, mixer participant id) while in a conference.
    room: Option<(String, u32)>,
}

struct Member {
    key: u64,
    pid: u32,
    /// Tag of the Conference command: `RoomSize` events carry it.
    tag: u32,
    cues: bool,
}

struct Room {
    mixer: Mixer,
    members: Vec<Member>,
    next_pid: u32,
}

pub struct MediaHub {
    legs: HashMap<u64, Leg>,
    /// Listen-only taps on bridged calls (keyed like legs, in a key space of their own).
    taps: HashMap<u64, CallTap>,
    rooms: HashMap<String, Room>,
    moh: MohSource,
    events: VecDeque<(u64, u32, MediaEvent)>,
    out: Vec<u8>,
}

impl Default for MediaHub {
    fn default() -> Self {
        Self::new()
    }
}

impl MediaHub {
    /// A hub playing the built-in hold music.
    pub fn new() -> Self {
        Self::with_music(super::music::default_music())
    }

    /// A hub playing `music` (8 kHz linear, e.g. an imported MP3) on hold.
    pub fn with_music(music: Arc<[i16]>) -> Self {
        MediaHub {
            legs: HashMap::new(),
            taps: HashMap::new(),
            rooms: HashMap::new(),
            moh: MohSource::new(music),
            events: VecDeque::new(),
            out: Vec::with_capacity(12 + 320),
        }
    }

    pub fn len(&self) -> usize {
        self.legs.len()
    }

    pub fn is_empty(&self) -> bool {
        self.legs.is_empty()
    }

    /// Members of a room (0 if there is no such room).
    pub fn room_size(&self, room: &str) -> usize {
        self.rooms.get(room).map_or(0, |r| r.members.len())
    }

    /// Opens a leg (an existing one under the same key is closed first).
    pub fn open(&mut self, key: u64, cfg: LegConfig) {
        self.close(key);
        if self.legs.len() >= MAX_LEGS {
            tracing::warn!(key, "media hub full; leg not opened");
            return;
        }
        let session = LegSession::new(cfg);
        self.legs.insert(
            key,
            Leg {
                session,
                room: None,
            },
        );
    }

    /// Closes a leg (it leaves its room). Unknown keys are ignored.
    pub fn close(&mut self, key: u64) {
        let Some(mut leg) = self.legs.remove(&key) else {
            return;
        };
        if let Some((tag, event)) = leg.session.hangup() {
            self.events.push_back((key, tag, event));
        }
        if let Some((room, pid)) = leg.room.take() {
            leave(&mut self.rooms, &mut self.events, &room, pid);
        }
    }

    pub fn receive(&mut self, key: u64, packet: &[u8], now_ms: u64) {
        if let Some(leg) = self.legs.get_mut(&key) {
            leg.session.receive(packet, now_ms);
            drain(key, &mut leg.session, &mut self.events);
        }
    }

    /// Passes a command to a leg; a Conference command also moves it into the room, any other
    /// command moves it out of its room. Unknown keys are ignored.
    pub fn command(&mut self, key: u64, tag: u32, cmd: MediaCommand, now_ms: u64) {
        let Some(leg) = self.legs.get_mut(&key) else {
            tracing::debug!(key, "media command for an unknown leg ignored");
            return;
        };
        let target = match &cmd {
            MediaCommand::Conference {
                room,
                muted,
                deaf,
                cues,
                ..
            } => Some((room, *muted, *deaf, *cues)),
            _ => None,
        };
        match (&leg.room, target) {
            // Same room again: update the flags in place (mute/unmute without leave/join).
            (Some((cur, pid)), Some((room, muted, deaf, cues))) if cur == room => {
                if let Some(r) = self.rooms.get_mut(room) {
                    r.mixer.set_muted(*pid, muted);
                    r.mixer.set_deaf(*pid, deaf);
                    if let Some(m) = r.members.iter_mut().find(|m| m.pid == *pid) {
                        m.tag = tag;
                        m.cues = cues;
                    }
                }
            }
            (_, target) => {
                if let Some((cur, pid)) = leg.room.take() {
                    leave(&mut self.rooms, &mut self.events, &cur, pid);
                }
                if let Some((room, muted, deaf, cues)) = target {
                    let rate = leg.session.codec().sample_rate();
                    let m = Member {
                        key,
                        pid: 0,
                        tag,
                        cues,
                    };
                    if let Some(pid) = join(
                        &mut self.rooms,
                        &mut self.events,
                        room,
                        m,
                        rate,
                        muted,
                        deaf,
                    ) {
                        leg.room = Some((room.clone(), pid));
                    }
                }
            }
        }
        leg.session.command(tag, cmd, now_ms);
        drain(key, &mut leg.session, &mut self.events);
    }

    /// Opens a tap on a bridged call (an existing one under the same key is closed first).
    pub fn open_tap(&mut self, key: u64, a: Option<StreamFormat>, b: Option<StreamFormat>) {
        self.close_tap(key);
        if self.taps.len() >= MAX_LEGS {
            tracing::warn!(key, "media hub full; tap not opened");
            return;
        }
        self.taps.insert(key, CallTap::new(a, b));
    }

    /// A copy of what one side of a tapped call sent. Unknown keys are ignored.
    pub fn tap_receive(&mut self, key: u64, side: TapSide, packet: &[u8], now_ms: u64) {
        if let Some(tap) = self.taps.get_mut(&key) {
            tap.receive(side, packet, now_ms);
            drain_tap(key, tap, &mut self.events);
        }
    }

    pub fn tap_command(&mut self, key: u64, tag: u32, cmd: TapCommand) {
        match self.taps.get_mut(&key) {
            Some(tap) => {
                tap.command(tag, cmd);
                drain_tap(key, tap, &mut self.events);
            }
            None => tracing::debug!(key, "tap command for an unknown tap ignored"),
        }
    }

    /// Closes a tap; a recording in progress reports what it has.
    pub fn close_tap(&mut self, key: u64) {
        if let Some(mut tap) = self.taps.remove(&key) {
            tap.close();
            drain_tap(key, &mut tap, &mut self.events);
        }
    }

    /// One 20 ms step for every leg, room and tap; `send(key, rtp)` gets each outgoing packet.
    pub fn tick(&mut self, now_ms: u64, send: &mut impl FnMut(u64, &[u8])) {
        for (&key, tap) in self.taps.iter_mut() {
            tap.tick(now_ms);
            drain_tap(key, tap, &mut self.events);
        }
        let MediaHub {
            legs,
            taps: _,
            rooms,
            moh,
            events,
            out,
        } = self;
        let mut music = false;
        for leg in legs.values_mut() {
            leg.session.tick_input(now_ms);
            music |= leg.session.wants_music() || alone(rooms, leg);
        }
        if music {
            moh.tick();
        }
        for room in rooms.values_mut() {
            for m in &room.members {
                if let Some(pcm) = legs.get(&m.key).and_then(|l| l.session.room_input()) {
                    room.mixer.input(m.pid, pcm);
                }
            }
            room.mixer.mix().for_each(drop); // talker events are not reported (yet)
        }
        for (&key, leg) in legs.iter_mut() {
            let outside = match &leg.room {
                Some(_) if alone(rooms, leg) && leg.session.in_conference() => {
                    Outside::Music(moh.frame(leg.session.codec()))
                }
                Some((room, pid)) => rooms
                    .get(room)
                    .map_or(Outside::None, |r| Outside::Room(r.mixer.output(*pid))),
                None if leg.session.wants_music() => Outside::Music(moh.frame(leg.session.codec())),
                None => Outside::None,
            };
            if leg.session.tick_output(now_ms, outside, out) {
                send(key, out);
            }
            drain(key, &mut leg.session, events);
        }
    }

    pub fn poll_event(&mut self) -> Option<(u64, u32, MediaEvent)> {
        self.events.pop_front()
    }
}

/// Alone in a room, a member hears the hold music (nobody to hear yet).
fn alone(rooms: &HashMap<String, Room>, leg: &Leg) -> bool {
    leg.room
        .as_ref()
        .is_some_and(|(room, _)| rooms.get(room).is_some_and(|r| r.members.len() == 1))
}

fn push(events: &mut VecDeque<(u64, u32, MediaEvent)>, ev: (u64, u32, MediaEvent)) {
    if events.len() >= MAX_EVENTS {
        tracing::warn!("media hub event queue full; dropping the oldest");
        events.pop_front();
    }
    events.push_back(ev);
}

fn drain(key: u64, s: &mut LegSession, events: &mut VecDeque<(u64, u32, MediaEvent)>) {
    while let Some((tag, ev)) = s.poll_event() {
        push(events, (key, tag, ev));
    }
}

fn drain_tap(key: u64, tap: &mut CallTap, events: &mut VecDeque<(u64, u32, MediaEvent)>) {
    while let Some((tag, ev)) = tap.poll_event() {
        push(events, (key, tag, ev));
    }
}

fn room_size_events(events: &mut VecDeque<(u64, u32, MediaEvent)>, name: &str, room: &Room) {
    for m in &room.members {
        let ev = MediaEvent::RoomSize {
            room: name.to_string(),
            members: room.members.len(),
        };
        push(events, (m.key, m.tag, ev));
    }
}

/// Adds a member (creating the room); returns its mixer id, or None when the room is full.
fn join(
    rooms: &mut HashMap<String, Room>,
    events: &mut VecDeque<(u64, u32, MediaEvent)>,
    name: &str,
    mut m: Member,
    rate: u32,
    muted: bool,
    deaf: bool,
) -> Option<u32> {
    let room = rooms.entry(name.to_string()).or_insert_with(|| Room {
        mixer: Mixer::new(ROOM_RATE, 20),
        members: Vec::new(),
        next_pid: 0,
    });
    if room.members.len() >= MAX_ROOM_MEMBERS {
        tracing::warn!(room = %name, "conference room full");
        return None;
    }
    let pid = room.next_pid;
    room.next_pid = room.next_pid.wrapping_add(1);
    room.mixer.tones_enabled = m.cues;
    room.mixer.join(pid, rate);
    room.mixer.set_muted(pid, muted);
    room.mixer.set_deaf(pid, deaf);
    m.pid = pid;
    room.members.push(m);
    room_size_events(events, name, room);
    Some(pid)
}

/// Removes a member; the room goes with its last member.
fn leave(
    rooms: &mut HashMap<String, Room>,
    events: &mut VecDeque<(u64, u32, MediaEvent)>,
    name: &str,
    pid: u32,
) {
    let Some(room) = rooms.get_mut(name) else {
        return;
    };
    let Some(i) = room.members.iter().position(|m| m.pid == pid) else {
        return;
    };
    let m = room.members.remove(i);
    if room.members.is_empty() {
        rooms.remove(name);
        return;
    }
    room.mixer.tones_enabled = m.cues;
    room.mixer.leave(pid);
    room_size_events(events, name, room);
}
