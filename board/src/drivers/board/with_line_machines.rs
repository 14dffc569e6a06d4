//! The hardware board under the real line state machines (`runner::Lines`), with register
//! models of the ProSLIC and the Voice DAA behind SPI: what the chip registers say reaches the
//! FXS/FXO machines, and what the machines decide reaches the registers and the TDM slot.

use std::cell::RefCell;
use std::convert::Infallible;
use std::rc::Rc;

use embedded_hal::digital::{ErrorType as PinErrorType, OutputPin};
use embedded_hal::spi::{ErrorType, Operation, SpiDevice};

use super::tests::FakeBus;
use super::*;
use crate::drivers::NoIrqLine;
use crate::drivers::country::Country;
use crate::drivers::daa::FxoSettings;
use crate::drivers::pcm::{PcmFormat, PcmSlot};
use crate::drivers::proslic::regs::{LINEFEED, LOOP_STATUS};
use crate::drivers::proslic::{FxsSettings, SlicVariant};
use crate::fxo::{Disconnect, FxoCommand, FxoRequest};
use crate::fxs::dialplan::NumberList;
use crate::fxs::{FxsCommand, FxsRequest};
use crate::profile::profile;
use crate::runner::{Lines, Request};

/// A chip as its registers, in its SPI framing (one byte per chip select): the ProSLIC's
/// address-then-data, or the DAA's control, address, data. Interrupt status written with
/// ones (ProSLIC register 19) or zeros (DAA register 4) clears; writes to the linefeed or the
/// DAA's hook register are logged.
struct ChipModel {
    regs: [u8; 128],
    daa: bool,
    /// DAA: the control byte said read (`Some(true)`) or write, waiting for the address.
    control: Option<bool>,
    /// `(register, is_read)` after the address, until the data byte.
    pending: Option<(u8, bool)>,
    writes: Vec<(u8, u8)>,
}

impl ChipModel {
    fn slic() -> Self {
        let mut regs = [0; 128];
        regs[11] = 0x33; // hybrid: the identity the health check reads
        ChipModel {
            regs,
            daa: false,
            control: None,
            pending: None,
            writes: Vec::new(),
        }
    }

    fn daa() -> Self {
        let mut regs = [0; 128];
        regs[2] = 0x83; // control 2 after init: the identity the health check reads
        regs[5] = 0x08; // on-hook line monitor
        regs[29] = 48; // an idle line
        ChipModel {
            regs,
            daa: true,
            control: None,
            pending: None,
            writes: Vec::new(),
        }
    }

    fn byte_in(&mut self, byte: u8) {
        match (self.pending.take(), self.daa, self.control.take()) {
            (None, false, _) => self.pending = Some((byte & 0x7f, byte & 0x80 != 0)),
            (None, true, None) => self.control = Some(byte == 0x60),
            (None, true, Some(read)) => self.pending = Some((byte, read)),
            (Some((reg, false)), ..) => self.write(reg, byte),
            (Some((reg, true)), ..) => panic!("byte written while register {reg} is being read"),
        }
    }

    fn write(&mut self, reg: u8, value: u8) {
        let cell = &mut self.regs[usize::from(reg)];
        match (self.daa, reg) {
            (false, 19) => *cell &= !value,
            (true, 4) => *cell &= value,
            (true, 5) => {
                // The hook switch: a real loop draws current as soon as it closes.
                *cell = value;
                self.regs[12] = if value & 0x01 != 0 { 0x49 } else { 0x40 };
            }
            _ => *cell = value,
        }
        self.writes.push((reg, value));
    }

    fn byte_out(&mut self) -> u8 {
        match self.pending.take() {
            Some((reg, true)) => self.regs[usize::from(reg)],
            other => panic!("read without a read address ({other:?})"),
        }
    }

    fn writes_to(&self, reg: u8) -> Vec<u8> {
        self.writes
            .iter()
            .filter(|(r, _)| *r == reg)
            .map(|(_, v)| *v)
            .collect()
    }
}

struct ModelSpi(Rc<RefCell<ChipModel>>);

impl ErrorType for ModelSpi {
    type Error = Infallible;
}

impl SpiDevice for ModelSpi {
    fn transaction(&mut self, ops: &mut [Operation<'_, u8>]) -> Result<(), Infallible> {
        let mut model = self.0.borrow_mut();
        for op in ops {
            match op {
                Operation::Write(bytes) => bytes.iter().for_each(|&b| model.byte_in(b)),
                Operation::Read(bytes) => bytes.iter_mut().for_each(|b| *b = model.byte_out()),
                _ => panic!("the drivers only write and read single bytes"),
            }
        }
        Ok(())
    }
}

struct ResetLine;

impl PinErrorType for ResetLine {
    type Error = Infallible;
}

impl OutputPin for ResetLine {
    fn set_low(&mut self) -> Result<(), Infallible> {
        Ok(())
    }

    fn set_high(&mut self) -> Result<(), Infallible> {
        Ok(())
    }
}

type ModelBoard = HardwareBoard<ModelSpi, ResetLine, NoIrqLine, FakeBus>;

fn board_with_slic() -> (ModelBoard, Rc<RefCell<ChipModel>>) {
    let model = Rc::new(RefCell::new(ChipModel::slic()));
    let settings = FxsSettings {
        variant: SlicVariant::Si3215,
        pcm: PcmSlot {
            format: PcmFormat::Linear,
            slot: 1,
        },
        country: Country::Us,
        loop_current_ma: 20,
    };
    let slic = ProSlic::new(
        "fxs1",
        ModelSpi(model.clone()),
        ResetLine,
        NoIrqLine,
        settings,
    );
    let board = HardwareBoard::new(vec![(Chip::Fxs(slic.assume_up()), 1)], FakeBus::new(2));
    (board, model)
}

fn board_with_daa() -> (ModelBoard, Rc<RefCell<ChipModel>>) {
    let model = Rc::new(RefCell::new(ChipModel::daa()));
    let settings = FxoSettings {
        pcm: PcmSlot {
            format: PcmFormat::Linear,
            slot: 0,
        },
        country: Country::Us,
    };
    let daa = Daa::new(
        "fxo1",
        ModelSpi(model.clone()),
        ResetLine,
        NoIrqLine,
        settings,
    );
    let board = HardwareBoard::new(vec![(Chip::Fxo(daa.assume_up()), 0)], FakeBus::new(1));
    (board, model)
}

fn rms(frame: &Frame) -> f64 {
    let sum: f64 = frame.iter().map(|&s| f64::from(s) * f64::from(s)).sum();
    (sum / frame.len() as f64).sqrt()
}

struct Run {
    board: ModelBoard,
    lines: Lines,
    now: Millis,
    requests: Vec<(PortId, Request)>,
}

impl Run {
    fn new(board: ModelBoard) -> Self {
        let lines = Lines::new(0, board.ports(), profile("us").unwrap());
        Run {
            board,
            lines,
            now: 0,
            requests: Vec::new(),
        }
    }

    fn frames(&mut self, ms: Millis) {
        self.frames_with(ms, |_| {});
    }

    /// Frames for `ms`, calling `each` with the frame's time first.
    fn frames_with(&mut self, ms: Millis, mut each: impl FnMut(Millis)) {
        let end = self.now + ms;
        while self.now < end {
            each(self.now);
            let speech = [None];
            let plan = NumberList::default();
            self.lines.frame(
                &mut self.board,
                self.now,
                &plan,
                &speech,
                &mut self.requests,
            );
            self.now += FRAME_MS;
        }
    }

    /// What the board put into the port's TDM slot in the last frame.
    fn slot_audio(&self) -> Frame {
        self.board.pcm.played[1]
    }
}

#[test]
fn lifting_the_handset_on_the_slic_gives_dial_tone_in_the_ports_slot() {
    let (board, model) = board_with_slic();
    let mut run = Run::new(board);
    run.frames(200);
    assert_eq!(rms(&run.slot_audio()), 0.0, "silence while on hook");
    model.borrow_mut().regs[usize::from(LOOP_STATUS)] = 0x01; // loop closed
    run.frames(200);
    assert!(rms(&run.slot_audio()) > 300.0, "dial tone after off hook");
    assert_eq!(
        run.board.pcm.played[0], [0; FRAME_SAMPLES],
        "other slots untouched"
    );
}

#[test]
fn an_incoming_call_rings_the_slic_and_answering_trips_the_ring() {
    let (board, model) = board_with_slic();
    let mut run = Run::new(board);
    run.frames(100);
    run.lines
        .command_fxs(run.now, PortId(0), FxsCommand::Ring(None));
    run.frames(500);
    assert_eq!(model.borrow().regs[usize::from(LINEFEED)], 4, "ringing");
    // The phone is picked up mid-ring: ring-trip and loop-closure bits.
    model.borrow_mut().regs[usize::from(LOOP_STATUS)] = 0x03;
    run.frames(300);
    let linefeeds = model.borrow().writes_to(LINEFEED);
    let trip = linefeeds.iter().rposition(|&code| code == 4).unwrap();
    // After the last ringing write: the driver's own switch to forward active at the trip.
    assert_eq!(linefeeds.get(trip + 1), Some(&1), "{linefeeds:?}");
    let answered = run
        .requests
        .iter()
        .any(|(_, r)| *r == Request::Fxs(FxsRequest::Answer));
    assert!(answered, "{:?}", run.requests);
}

#[test]
fn a_ringing_line_on_the_daa_is_an_incoming_call_that_answers_and_ends_on_loop_drop() {
    let (board, model) = board_with_daa();
    let mut run = Run::new(board);
    run.frames(200);
    // Two US ring bursts (2 s on, 4 s off): ring half-cycles seen in every other frame.
    for _ in 0..2 {
        run.frames_with(2000, |now| {
            let mut m = model.borrow_mut();
            m.regs[5] = if now % 20 == 0 { 0x28 } else { 0x08 };
        });
        model.borrow_mut().regs[5] = 0x08;
        run.frames(4000);
    }
    let incoming = run
        .requests
        .iter()
        .any(|(_, r)| matches!(r, Request::Fxo(FxoRequest::Incoming(_))));
    assert!(incoming, "{:?}", run.requests);
    run.lines
        .command_fxo(run.now, PortId(0), FxoCommand::Answer);
    run.frames(100);
    assert_eq!(
        model.borrow().writes_to(5),
        vec![0x00, 0x01],
        "monitor off, then hook switch closed"
    );
    // The far end hangs up: loop current and line voltage drop.
    {
        let mut m = model.borrow_mut();
        m.regs[12] = 0x40;
        m.regs[29] = 0;
    }
    run.frames(200);
    let gone = Request::Fxo(FxoRequest::FarEndHangup(Disconnect::LoopCurrentDrop));
    assert!(
        run.requests.contains(&(PortId(0), gone)),
        "{:?}",
        run.requests
    );
    assert_eq!(
        model.borrow().regs[5],
        0x08,
        "back on hook with the line monitor on"
    );
}
