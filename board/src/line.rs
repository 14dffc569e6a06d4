//! The line interface: what the line state machines need from the hardware, and nothing more.
//!
//! One `LineInterface` is one board: a fixed set of ports, each an FXS port (an analog phone
//! plugs in; we feed the loop and ring it) or an FXO port (a PSTN line plugs in; we go off hook
//! on it like a phone). The interface is hardware-neutral: the ProSLIC/VoiceDAA drivers, and
//! the simulated board, implement it. It reports *raw* line signals (loop closure, ring
//! voltage, battery, polarity); debouncing, cadences and meaning belong to the line state
//! machines above it.
//!
//! Time is an input: every call takes `now` in milliseconds from an arbitrary epoch, and the
//! runtime calls [`LineInterface::exchange_audio`] once per 10 ms frame. Nothing here reads a
//! clock.

use std::fmt;

/// Samples in one audio frame: 10 ms at 8 kHz.
pub const FRAME_SAMPLES: usize = 80;
/// Length of one frame in milliseconds.
pub const FRAME_MS: u64 = 10;

/// One 10 ms frame of 16-bit linear PCM at 8 kHz.
pub type Frame = [i16; FRAME_SAMPLES];

/// Milliseconds since an arbitrary epoch chosen by the runtime.
pub type Millis = u64;

/// Index of a port on the board, 0-based (the user-facing "FXS 1" is port 0 of kind FXS).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct PortId(pub u8);

impl fmt::Display for PortId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "port {}", self.0)
    }
}

/// What sits on the port.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PortKind {
    /// Station side: a phone or fax machine plugs in; the board powers and rings the loop.
    Fxs,
    /// Office side: a PSTN line plugs in; the board rings-detects and seizes it.
    Fxo,
}

/// Loop polarity (tip/ring battery direction).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Polarity {
    Forward,
    Reverse,
}

/// FXS line feed (the SLIC's linefeed register, hardware-neutral).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum LineFeed {
    /// No battery on the loop (disconnect signalling, or the port disabled).
    Open,
    /// Battery on, audio path on: idle and talking.
    Active(Polarity),
    /// On-hook transmission: audio path on while on hook, for caller ID and MWI spills.
    OnHookTransmission(Polarity),
    /// Ring voltage on the loop. Cadence is the caller's job: it switches between `Ringing`
    /// and `OnHookTransmission`. A driver must trip ringing by itself on off-hook (report
    /// [`LineEvent::Hook`] and drop to `Active`) so the phone is not rung in the ear.
    Ringing,
}

/// Why a port cannot be used right now.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Alarm {
    /// The chip stopped answering on its control bus.
    NotResponding,
    /// The SLIC reports a power or thermal alarm and shut its loop down.
    PowerAlarm,
    /// FXO: no line voltage: the line is unplugged or down at the exchange.
    NoLine,
}

/// A raw signal from a port. Hook and ring events are not debounced here.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineEvent {
    /// FXS: loop closure changed (`true` = off hook). Also sent when off-hook trips ringing.
    Hook { port: PortId, off_hook: bool },
    /// FXO: ring voltage present / gone (one event per ring burst edge).
    Ring { port: PortId, on: bool },
    /// FXO: the exchange reversed the loop polarity.
    Polarity { port: PortId, polarity: Polarity },
    /// FXO while off hook: loop current present / gone (far end dropped the loop).
    LoopCurrent { port: PortId, present: bool },
    /// The port went into alarm (`Some`) or recovered (`None`).
    Alarm { port: PortId, alarm: Option<Alarm> },
}

impl LineEvent {
    pub fn port(&self) -> PortId {
        match *self {
            LineEvent::Hook { port, .. }
            | LineEvent::Ring { port, .. }
            | LineEvent::Polarity { port, .. }
            | LineEvent::LoopCurrent { port, .. }
            | LineEvent::Alarm { port, .. } => port,
        }
    }
}

/// A failed request to the line hardware.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LineError {
    /// No such port on this board.
    NoSuchPort(PortId),
    /// The request does not fit the port kind (e.g. ringing an FXO port).
    WrongKind { port: PortId, expected: PortKind },
    /// The port is in alarm; the request was not carried out.
    InAlarm { port: PortId, alarm: Alarm },
    /// The hardware refused or failed, with a human-readable reason.
    Hardware { port: PortId, reason: String },
}

impl fmt::Display for LineError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LineError::NoSuchPort(p) => write!(f, "{p}: no such port on this board"),
            LineError::WrongKind { port, expected } => {
                write!(f, "{port}: request needs an {expected:?} port")
            }
            LineError::InAlarm { port, alarm } => write!(f, "{port}: in alarm ({alarm:?})"),
            LineError::Hardware { port, reason } => write!(f, "{port}: {reason}"),
        }
    }
}

impl std::error::Error for LineError {}

/// The board as the line state machines see it.
pub trait LineInterface {
    /// The ports, in `PortId` order. Fixed for the life of the board.
    fn ports(&self) -> &[PortKind];

    /// FXS: set the line feed (battery, polarity, ringing).
    fn set_feed(&mut self, now: Millis, port: PortId, feed: LineFeed) -> Result<(), LineError>;

    /// FXO: go off hook (seize the line, or answer it) or back on hook. Pulse dialling on an
    /// FXO port is the caller toggling this with the DAHDI make/break timings.
    fn set_off_hook(&mut self, now: Millis, port: PortId, off_hook: bool) -> Result<(), LineError>;

    /// Next raw line event that happened up to `now`, if any. Call until `None` every frame.
    fn poll_event(&mut self, now: Millis) -> Option<LineEvent>;

    /// One 10 ms audio frame for every port: `to_line[i]` is played onto port `i`, and
    /// `from_line[i]` receives what port `i` heard during the same frame. Both slices have
    /// `ports().len()` entries.
    fn exchange_audio(&mut self, now: Millis, to_line: &[Frame], from_line: &mut [Frame]);

    /// True when [`LineInterface::exchange_audio`] waits for the board's own audio clock
    /// (the TDM bus delivered the frame), so the caller must not also sleep to a timer: two
    /// clocks would drift apart. False (the default) for a board without one, such as the
    /// simulated board or hardware whose PCM bus is not working: the caller paces frames.
    fn paces_frames(&self) -> bool {
        false
    }
}

/// The ports of one kind, in order, with their user-facing 1-based numbers ("FXS 2").
pub fn ports_of_kind(kinds: &[PortKind], kind: PortKind) -> impl Iterator<Item = (u8, PortId)> {
    kinds
        .iter()
        .enumerate()
        .filter(move |(_, k)| **k == kind)
        .enumerate()
        .map(|(n, (i, _))| (n as u8 + 1, PortId(i as u8)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ports_are_numbered_per_kind_from_one() {
        let kinds = [PortKind::Fxs, PortKind::Fxo, PortKind::Fxs];
        let fxs: Vec<_> = ports_of_kind(&kinds, PortKind::Fxs).collect();
        assert_eq!(fxs, vec![(1, PortId(0)), (2, PortId(2))]);
        let fxo: Vec<_> = ports_of_kind(&kinds, PortKind::Fxo).collect();
        assert_eq!(fxo, vec![(1, PortId(1))]);
    }
}
