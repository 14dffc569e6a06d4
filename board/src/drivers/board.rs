//! A board of real line chips as a [`LineInterface`]: the ports in board-file order, each a
//! ProSLIC, a Voice DAA, or a chip that could not be opened at start-up (kept as a port in
//! alarm so numbering stays as the installer wrote it), plus the TDM bus for audio.
//!
//! Every 10 ms frame (`poll_event` with a later `now`) each chip is serviced once; each
//! second every live chip's identity register is read so a chip that dies quietly (all zeros
//! on the bus) is caught too. A dead chip puts its port in `Alarm::NotResponding` and is not
//! touched again: no retries that could stall the frame.

use std::collections::VecDeque;

use embedded_hal::digital::{InputPin, OutputPin};
use embedded_hal::spi::SpiDevice;

use super::DriverError;
use super::daa::{Daa, FxoSignal};
use super::pcm::PcmBus;
use super::proslic::{FxsSignal, ProSlic};
use crate::line::{
    Alarm, FRAME_MS, FRAME_SAMPLES, Frame, LineError, LineEvent, LineFeed, LineInterface, Millis,
    PortId, PortKind,
};

/// One port's hardware.
pub enum Chip<SPI, RST, IRQ> {
    Fxs(ProSlic<SPI, RST, IRQ>),
    Fxo(Daa<SPI, RST, IRQ>),
    /// The board file names a chip that could not be opened or brought up.
    Missing {
        name: String,
        kind: PortKind,
        reason: String,
    },
}

impl<SPI: SpiDevice, RST: OutputPin, IRQ: InputPin> Chip<SPI, RST, IRQ> {
    fn kind(&self) -> PortKind {
        match self {
            Chip::Fxs(_) => PortKind::Fxs,
            Chip::Fxo(_) => PortKind::Fxo,
            Chip::Missing { kind, .. } => *kind,
        }
    }

    /// The port's name from the board file.
    pub fn name(&self) -> &str {
        match self {
            Chip::Fxs(slic) => slic.port(),
            Chip::Fxo(daa) => daa.port(),
            Chip::Missing { name, .. } => name,
        }
    }

    fn is_up(&self) -> bool {
        match self {
            Chip::Fxs(slic) => slic.is_up(),
            Chip::Fxo(daa) => daa.is_up(),
            Chip::Missing { .. } => false,
        }
    }

    fn check_alive(&mut self) -> Result<(), DriverError> {
        match self {
            Chip::Fxs(slic) => slic.check_alive(),
            Chip::Fxo(daa) => daa.check_alive(),
            Chip::Missing { .. } => Ok(()),
        }
    }
}

/// After a SLIC power alarm the loop is fed again this much later, at most this many times.
const POWER_ALARM_RETRY_MS: Millis = 1000;
const POWER_ALARM_MAX_RETRIES: u8 = 5;
const HEALTH_CHECK_MS: Millis = 1000;

struct PortState {
    slot: usize,
    alarm: Option<Alarm>,
    /// The feed the line state machine asked for, restored after a power alarm.
    wanted_feed: LineFeed,
    power_alarm_at: Option<Millis>,
    power_alarm_retries: u8,
}

pub struct HardwareBoard<SPI, RST, IRQ, PCM> {
    chips: Vec<Chip<SPI, RST, IRQ>>,
    kinds: Vec<PortKind>,
    ports: Vec<PortState>,
    pcm: PCM,
    events: VecDeque<LineEvent>,
    next_service: Millis,
    next_health_check: Millis,
    to_slots: Vec<Frame>,
    from_slots: Vec<Frame>,
    pcm_failing: bool,
    signals: (Vec<FxsSignal>, Vec<FxoSignal>),
}

impl<SPI, RST, IRQ, PCM> HardwareBoard<SPI, RST, IRQ, PCM>
where
    SPI: SpiDevice,
    RST: OutputPin,
    IRQ: InputPin,
    PCM: PcmBus,
{
    /// `ports` in board-file order, each with its TDM slot (below `pcm.slots()`).
    pub fn new(ports: Vec<(Chip<SPI, RST, IRQ>, u8)>, pcm: PCM) -> Self {
        let slots = pcm.slots();
        let mut board = HardwareBoard {
            kinds: ports.iter().map(|(chip, _)| chip.kind()).collect(),
            ports: Vec::with_capacity(ports.len()),
            chips: Vec::with_capacity(ports.len()),
            pcm,
            events: VecDeque::new(),
            next_service: 0,
            next_health_check: HEALTH_CHECK_MS,
            to_slots: vec![[0; FRAME_SAMPLES]; slots],
            from_slots: vec![[0; FRAME_SAMPLES]; slots],
            pcm_failing: false,
            signals: (Vec::new(), Vec::new()),
        };
        for (i, (chip, slot)) in ports.into_iter().enumerate() {
            let mut state = PortState {
                slot: usize::from(slot),
                alarm: None,
                wanted_feed: LineFeed::Active(crate::line::Polarity::Forward),
                power_alarm_at: None,
                power_alarm_retries: 0,
            };
            if !chip.is_up() || state.slot >= slots {
                state.alarm = Some(Alarm::NotResponding);
                board.events.push_back(LineEvent::Alarm {
                    port: PortId(i as u8),
                    alarm: Some(Alarm::NotResponding),
                });
            }
            board.ports.push(state);
            board.chips.push(chip);
        }
        board
    }

    /// A port's name from the board file ("fxs1"), for logs and the API.
    pub fn port_name(&self, port: PortId) -> Option<&str> {
        self.chips.get(usize::from(port.0)).map(Chip::name)
    }

    /// Why each missing port is missing (for the start-up log and the API).
    pub fn missing_ports(&self) -> impl Iterator<Item = (PortId, &str)> {
        self.chips
            .iter()
            .enumerate()
            .filter_map(|(i, chip)| match chip {
                Chip::Missing { reason, .. } => Some((PortId(i as u8), reason.as_str())),
                _ => None,
            })
    }

    fn port_index(&self, port: PortId, kind: PortKind) -> Result<usize, LineError> {
        let i = usize::from(port.0);
        match self.kinds.get(i) {
            None => Err(LineError::NoSuchPort(port)),
            Some(k) if *k != kind => Err(LineError::WrongKind {
                port,
                expected: kind,
            }),
            Some(_) => match self.ports[i].alarm {
                Some(alarm) => Err(LineError::InAlarm { port, alarm }),
                None => Ok(i),
            },
        }
    }

    fn set_alarm(&mut self, i: usize, alarm: Option<Alarm>) {
        if self.ports[i].alarm != alarm {
            self.ports[i].alarm = alarm;
            self.events.push_back(LineEvent::Alarm {
                port: PortId(i as u8),
                alarm,
            });
        }
    }

    /// A driver error: the port goes down if the chip did, and the caller gets the reason.
    fn hardware_error(&mut self, i: usize, error: DriverError) -> LineError {
        tracing::warn!("line hardware: {error}");
        if !self.chips[i].is_up() {
            self.set_alarm(i, Some(Alarm::NotResponding));
        }
        LineError::Hardware {
            port: PortId(i as u8),
            reason: error.to_string(),
        }
    }

    fn service_all(&mut self, now: Millis) {
        let health_check = now >= self.next_health_check;
        if health_check {
            self.next_health_check = now + HEALTH_CHECK_MS;
        }
        for i in 0..self.chips.len() {
            if self.ports[i].alarm == Some(Alarm::NotResponding) || !self.chips[i].is_up() {
                continue;
            }
            let result = if health_check {
                self.chips[i].check_alive()
            } else {
                Ok(())
            };
            let result = result.and_then(|()| self.service_port(i, now));
            if let Err(error) = result {
                self.hardware_error(i, error);
            }
        }
    }

    fn service_port(&mut self, i: usize, now: Millis) -> Result<(), DriverError> {
        let port = PortId(i as u8);
        let (fxs_signals, fxo_signals) = &mut self.signals;
        match &mut self.chips[i] {
            Chip::Fxs(slic) => {
                fxs_signals.clear();
                slic.service(fxs_signals)?;
                let state = &mut self.ports[i];
                if let Some(at) = state.power_alarm_at
                    && now >= at + POWER_ALARM_RETRY_MS
                    && state.power_alarm_retries < POWER_ALARM_MAX_RETRIES
                {
                    state.power_alarm_retries += 1;
                    state.power_alarm_at = None;
                    slic.set_feed(state.wanted_feed)?;
                    state.alarm = None;
                    self.events
                        .push_back(LineEvent::Alarm { port, alarm: None });
                }
                for signal in fxs_signals.drain(..) {
                    match signal {
                        FxsSignal::Hook { off_hook } => {
                            self.events.push_back(LineEvent::Hook { port, off_hook });
                        }
                        // The Hook signal that comes with it is what the line machines need.
                        FxsSignal::RingTrip => {}
                        FxsSignal::PowerAlarm => {
                            let state = &mut self.ports[i];
                            state.power_alarm_at = Some(now);
                            if state.alarm != Some(Alarm::PowerAlarm) {
                                state.alarm = Some(Alarm::PowerAlarm);
                                let alarm = Some(Alarm::PowerAlarm);
                                self.events.push_back(LineEvent::Alarm { port, alarm });
                            }
                        }
                    }
                }
            }
            Chip::Fxo(daa) => {
                fxo_signals.clear();
                daa.service(now, fxo_signals)?;
                for signal in fxo_signals.drain(..) {
                    let event = match signal {
                        FxoSignal::Ring { on } => LineEvent::Ring { port, on },
                        FxoSignal::Polarity(polarity) => LineEvent::Polarity { port, polarity },
                        FxoSignal::LoopCurrent { present } => {
                            LineEvent::LoopCurrent { port, present }
                        }
                        FxoSignal::NoLine { lost } => {
                            let alarm = lost.then_some(Alarm::NoLine);
                            self.ports[i].alarm = alarm;
                            LineEvent::Alarm { port, alarm }
                        }
                    };
                    self.events.push_back(event);
                }
            }
            Chip::Missing { .. } => {}
        }
        Ok(())
    }
}

impl<SPI, RST, IRQ, PCM> LineInterface for HardwareBoard<SPI, RST, IRQ, PCM>
where
    SPI: SpiDevice,
    RST: OutputPin,
    IRQ: InputPin,
    PCM: PcmBus,
{
    fn ports(&self) -> &[PortKind] {
        &self.kinds
    }

    fn set_feed(&mut self, _now: Millis, port: PortId, feed: LineFeed) -> Result<(), LineError> {
        let kind_ok = self.port_index(port, PortKind::Fxs);
        // A power-alarmed port still remembers the wish, to restore it.
        if let Err(LineError::InAlarm {
            alarm: Alarm::PowerAlarm,
            ..
        }) = kind_ok
        {
            self.ports[usize::from(port.0)].wanted_feed = feed;
        }
        let i = kind_ok?;
        self.ports[i].wanted_feed = feed;
        let Chip::Fxs(slic) = &mut self.chips[i] else {
            unreachable!("kind checked")
        };
        slic.set_feed(feed).map_err(|e| self.hardware_error(i, e))
    }

    fn set_off_hook(
        &mut self,
        _now: Millis,
        port: PortId,
        off_hook: bool,
    ) -> Result<(), LineError> {
        let i = self.port_index(port, PortKind::Fxo)?;
        let Chip::Fxo(daa) = &mut self.chips[i] else {
            unreachable!("kind checked")
        };
        daa.set_off_hook(off_hook)
            .map_err(|e| self.hardware_error(i, e))
    }

    fn poll_event(&mut self, now: Millis) -> Option<LineEvent> {
        if now >= self.next_service {
            self.next_service = now + FRAME_MS;
            self.service_all(now);
        }
        self.events.pop_front()
    }

    /// The PCM bus's capture period is the frame clock while it works; a failing bus
    /// returns at once, so then the caller's timer paces frames.
    fn paces_frames(&self) -> bool {
        self.pcm.is_clocked() && !self.pcm_failing
    }

    fn exchange_audio(&mut self, _now: Millis, to_line: &[Frame], from_line: &mut [Frame]) {
        for frame in self.to_slots.iter_mut() {
            *frame = [0; FRAME_SAMPLES];
        }
        for (state, frame) in self.ports.iter().zip(to_line) {
            if state.alarm.is_none() {
                self.to_slots[state.slot] = *frame;
            }
        }
        match self.pcm.exchange(&self.to_slots, &mut self.from_slots) {
            Ok(()) => self.pcm_failing = false,
            Err(error) => {
                if !self.pcm_failing {
                    tracing::warn!("line hardware: PCM bus: {error}");
                }
                self.pcm_failing = true;
                for frame in self.from_slots.iter_mut() {
                    *frame = [0; FRAME_SAMPLES];
                }
            }
        }
        for (state, frame) in self.ports.iter().zip(from_line.iter_mut()) {
            *frame = if state.alarm.is_none() {
                self.from_slots[state.slot]
            } else {
                [0; FRAME_SAMPLES]
            };
        }
    }
}

#[cfg(test)]
mod tests;
#[cfg(test)]
mod with_line_machines;
