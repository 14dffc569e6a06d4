//! The hardware board under the real line state machines (`runner::Lines`), with a register
//! model of the ProSLIC behind SPI: what the SLIC registers say reaches the FXS machine, and
//! what the machine decides reaches the SLIC's registers and the TDM slot.

use std::cell::RefCell;
use std::convert::Infallible;
use std::rc::Rc;

use embedded_hal::digital::{ErrorType as PinErrorType, OutputPin};
use embedded_hal::spi::{ErrorType, Operation, SpiDevice};

use super::tests::FakeBus;
use super::*;
use crate::drivers::NoIrqLine;
use crate::drivers::country::Country;
use crate::drivers::pcm::{PcmFormat, PcmSlot};
use crate::drivers::proslic::regs::{LINEFEED, LOOP_STATUS};
use crate::drivers::proslic::{FxsSettings, SlicVariant};
use crate::fxs::dialplan::NumberList;
use crate::fxs::{FxsCommand, FxsRequest};
use crate::profile::profile;
use crate::runner::{Lines, Request};

/// The ProSLIC as its registers: byte-per-chip-select framing, write-one-to-clear interrupt
/// status, and a log of linefeed writes.
struct SlicModel {
    regs: [u8; 128],
    /// `(register, is_read)` after an address byte, until its data byte.
    pending: Option<(u8, bool)>,
    linefeeds: Vec<u8>,
}

impl SlicModel {
    fn live() -> Self {
        let mut model = SlicModel {
            regs: [0; 128],
            pending: None,
            linefeeds: Vec::new(),
        };
        model.regs[11] = 0x33; // hybrid: the identity the health check reads
        model
    }

    fn byte_in(&mut self, byte: u8) {
        match self.pending.take() {
            None => self.pending = Some((byte & 0x7f, byte & 0x80 != 0)),
            Some((reg, false)) => {
                if reg == 19 {
                    self.regs[19] &= !byte;
                } else {
                    self.regs[usize::from(reg)] = byte;
                }
                if reg == LINEFEED {
                    self.linefeeds.push(byte);
                }
            }
            Some((reg, true)) => panic!("byte written while register {reg} is being read"),
        }
    }

    fn byte_out(&mut self) -> u8 {
        match self.pending.take() {
            Some((reg, true)) => self.regs[usize::from(reg)],
            other => panic!("read without a read address ({other:?})"),
        }
    }
}

struct ModelSpi(Rc<RefCell<SlicModel>>);

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

fn board_with_model() -> (ModelBoard, Rc<RefCell<SlicModel>>) {
    let model = Rc::new(RefCell::new(SlicModel::live()));
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
        let end = self.now + ms;
        while self.now < end {
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
    let (board, model) = board_with_model();
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
    let (board, model) = board_with_model();
    let mut run = Run::new(board);
    run.frames(100);
    run.lines
        .command_fxs(run.now, PortId(0), FxsCommand::Ring(None));
    run.frames(500);
    assert_eq!(model.borrow().regs[usize::from(LINEFEED)], 4, "ringing");
    // The phone is picked up mid-ring: ring-trip and loop-closure bits.
    model.borrow_mut().regs[usize::from(LOOP_STATUS)] = 0x03;
    run.frames(300);
    let linefeeds = model.borrow().linefeeds.clone();
    let trip = linefeeds.iter().rposition(|&code| code == 4).unwrap();
    // After the last ringing write: the driver's own switch to forward active at the trip.
    assert_eq!(linefeeds.get(trip + 1), Some(&1), "{linefeeds:?}");
    let answered = run
        .requests
        .iter()
        .any(|(_, r)| *r == Request::Fxs(FxsRequest::Answer));
    assert!(answered, "{:?}", run.requests);
}
