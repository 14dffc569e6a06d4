//! The simulated board: software models of FXS and FXO ports behind [`LineInterface`], with a
//! scripted analog phone on each FXS port and a scripted central office on each FXO port. It
//! runs in unit tests in virtual time and inside the binary (`--board sim:...`).

pub mod central_office;
pub mod listener;
pub mod phone;

use std::collections::VecDeque;

use crate::line::{Frame, LineError, LineEvent, LineFeed, LineInterface, Millis, PortId, PortKind};
use crate::profile::Profile;
use central_office::CentralOffice;
use phone::Phone;

/// A simulated FXS port: the SLIC model and the phone plugged into it.
/// One frame of a sine at `freq` Hz with peak `amplitude`: test speech.
pub fn sine_frame(freq: f32, amplitude: f32) -> Frame {
    let mut f = [0i16; crate::line::FRAME_SAMPLES];
    for (i, s) in f.iter_mut().enumerate() {
        *s = (amplitude * (2.0 * std::f32::consts::PI * freq * i as f32 / 8000.0).sin()) as i16;
    }
    f
}

pub struct SimFxs {
    feed: LineFeed,
    pub phone: Phone,
}

impl SimFxs {
    pub fn feed(&self) -> LineFeed {
        self.feed
    }

    /// Audio reaches the phone with battery on (talk or on-hook transmission).
    fn passes_audio(&self) -> bool {
        matches!(
            self.feed,
            LineFeed::Active(_) | LineFeed::OnHookTransmission(_)
        )
    }
}

pub enum SimPort {
    Fxs(Box<SimFxs>),
    Fxo(Box<CentralOffice>),
}

impl SimPort {
    fn kind(&self) -> PortKind {
        match self {
            SimPort::Fxs(_) => PortKind::Fxs,
            SimPort::Fxo(_) => PortKind::Fxo,
        }
    }
}

pub struct SimBoard {
    ports: Vec<SimPort>,
    kinds: Vec<PortKind>,
    events: VecDeque<LineEvent>,
    /// The latest time the board was driven at.
    now: Millis,
}

impl SimBoard {
    /// A board with `fxs` FXS ports followed by `fxo` FXO ports, whose exchange follows
    /// the country `profile`.
    pub fn new(fxs: usize, fxo: usize, profile: Profile) -> Self {
        let mut ports: Vec<SimPort> = (0..fxs)
            .map(|_| {
                SimPort::Fxs(Box::new(SimFxs {
                    feed: LineFeed::Open,
                    phone: Phone::default(),
                }))
            })
            .collect();
        for i in 0..fxo {
            let id = PortId((fxs + i) as u8);
            ports.push(SimPort::Fxo(Box::new(CentralOffice::new(0, id, profile))));
        }
        SimBoard {
            kinds: ports.iter().map(SimPort::kind).collect(),
            ports,
            events: VecDeque::new(),
            now: 0,
        }
    }

    pub fn fxs(&mut self, port: PortId) -> Option<&mut SimFxs> {
        match self.ports.get_mut(port.0 as usize) {
            Some(SimPort::Fxs(f)) => Some(f),
            _ => None,
        }
    }

    /// The exchange behind FXO `port`.
    pub fn central_office(&mut self, port: PortId) -> Option<&mut CentralOffice> {
        match self.ports.get_mut(port.0 as usize) {
            Some(SimPort::Fxo(co)) => Some(co),
            _ => None,
        }
    }

    /// The phone on `port` (panics in tests when the port is not FXS).
    pub fn phone(&mut self, port: PortId) -> &mut Phone {
        &mut self.fxs(port).expect("an FXS port").phone
    }

    /// The latest time the board was driven at (scripts given "now" start from here).
    pub fn now(&self) -> Millis {
        self.now
    }

    /// Let the line models catch up to `now` (scripted hook changes, ring trip).
    fn advance(&mut self, now: Millis) {
        self.now = self.now.max(now);
        for (i, port) in self.ports.iter_mut().enumerate() {
            let id = PortId(i as u8);
            match port {
                SimPort::Fxs(f) => {
                    while let Some(off_hook) = f.phone.next_hook_change(now) {
                        if off_hook && f.feed == LineFeed::Ringing {
                            // Ring trip: the SLIC stops ringing by itself.
                            f.feed = LineFeed::Active(crate::line::Polarity::Forward);
                            f.phone.ringing(now, false);
                        }
                        self.events
                            .push_back(LineEvent::Hook { port: id, off_hook });
                    }
                }
                SimPort::Fxo(co) => {
                    co.advance(now);
                    while let Some(ev) = co.next_event() {
                        self.events.push_back(ev);
                    }
                }
            }
        }
    }
}

impl LineInterface for SimBoard {
    fn ports(&self) -> &[PortKind] {
        &self.kinds
    }

    fn set_feed(&mut self, now: Millis, port: PortId, feed: LineFeed) -> Result<(), LineError> {
        self.advance(now);
        let f = match self.ports.get_mut(port.0 as usize) {
            Some(SimPort::Fxs(f)) => f,
            Some(SimPort::Fxo(_)) => {
                return Err(LineError::WrongKind {
                    port,
                    expected: PortKind::Fxs,
                });
            }
            None => return Err(LineError::NoSuchPort(port)),
        };
        if feed == LineFeed::Ringing && f.phone.is_off_hook() {
            // Ringing an off-hook phone trips at once.
            f.feed = LineFeed::Active(crate::line::Polarity::Forward);
            return Ok(());
        }
        f.phone.ringing(now, feed == LineFeed::Ringing);
        f.feed = feed;
        Ok(())
    }

    fn set_off_hook(&mut self, now: Millis, port: PortId, off: bool) -> Result<(), LineError> {
        self.advance(now);
        match self.ports.get_mut(port.0 as usize) {
            Some(SimPort::Fxo(co)) if !co.is_plugged() => Err(LineError::InAlarm {
                port,
                alarm: crate::line::Alarm::NoLine,
            }),
            Some(SimPort::Fxo(co)) => {
                co.set_off_hook(now, off);
                Ok(())
            }
            Some(SimPort::Fxs(_)) => Err(LineError::WrongKind {
                port,
                expected: PortKind::Fxo,
            }),
            None => Err(LineError::NoSuchPort(port)),
        }
    }

    fn poll_event(&mut self, now: Millis) -> Option<LineEvent> {
        self.advance(now);
        self.events.pop_front()
    }

    fn exchange_audio(&mut self, now: Millis, to_line: &[Frame], from_line: &mut [Frame]) {
        self.advance(now);
        for (i, port) in self.ports.iter_mut().enumerate() {
            let (Some(down), Some(up)) = (to_line.get(i), from_line.get_mut(i)) else {
                continue;
            };
            match port {
                SimPort::Fxs(f) => {
                    let silence = [0i16; crate::line::FRAME_SAMPLES];
                    let heard = if f.passes_audio() { down } else { &silence };
                    f.phone.hear(now, heard);
                    f.phone.speak(up);
                    if !f.passes_audio() {
                        up.fill(0);
                    }
                }
                SimPort::Fxo(co) => co.exchange(now, down, up),
            }
        }
    }
}
