//! The hardware board over mocked chips: events, alarms and audio slots as the line state
//! machines see them.

use embedded_hal_mock::eh1::digital::Mock as Pin;
use embedded_hal_mock::eh1::spi::Mock as SpiMock;

use super::*;
use crate::drivers::NoIrqLine;
use crate::drivers::country::Country;
use crate::drivers::daa::FxoSettings;
use crate::drivers::pcm::{PcmFormat, PcmSlot};
use crate::drivers::proslic::{FxsSettings, SlicVariant};
use crate::drivers::test_script::Script;
use crate::line::Polarity;

type TestChip = Chip<SpiMock<u8>, Pin, NoIrqLine>;
type TestBoard = HardwareBoard<SpiMock<u8>, Pin, NoIrqLine, FakeBus>;

/// A TDM bus whose slots carry fixed audio back and record what was played.
pub(super) struct FakeBus {
    heard: Vec<Frame>,
    pub(super) played: Vec<Frame>,
    fail: bool,
}

impl FakeBus {
    pub(super) fn new(slots: usize) -> Self {
        let heard = (0..slots)
            .map(|k| [100 * (k as i16 + 1); FRAME_SAMPLES])
            .collect();
        FakeBus {
            heard,
            played: Vec::new(),
            fail: false,
        }
    }
}

impl PcmBus for FakeBus {
    fn slots(&self) -> usize {
        self.heard.len()
    }

    fn exchange(&mut self, to_slots: &[Frame], from_slots: &mut [Frame]) -> Result<(), String> {
        if self.fail {
            return Err("bus stalled".into());
        }
        self.played = to_slots.to_vec();
        from_slots.copy_from_slice(&self.heard);
        Ok(())
    }

    /// Stands for a bus whose exchange waits on its frame clock.
    fn is_clocked(&self) -> bool {
        true
    }
}

fn slic(script: &Script) -> TestChip {
    let settings = FxsSettings {
        variant: SlicVariant::Si3215,
        pcm: PcmSlot {
            format: PcmFormat::Linear,
            slot: 0,
        },
        country: Country::Us,
        loop_current_ma: 20,
    };
    let chip = ProSlic::new(
        "fxs1",
        SpiMock::new(&script.spi),
        Pin::new(&[]),
        NoIrqLine,
        settings,
    );
    Chip::Fxs(chip.assume_up())
}

fn daa(script: &Script) -> TestChip {
    let settings = FxoSettings {
        pcm: PcmSlot {
            format: PcmFormat::Linear,
            slot: 1,
        },
        country: Country::Uk,
    };
    let chip = Daa::new(
        "fxo1",
        SpiMock::new(&script.spi),
        Pin::new(&[]),
        NoIrqLine,
        settings,
    );
    Chip::Fxo(chip.assume_up())
}

fn missing() -> TestChip {
    Chip::Missing {
        name: "fxs2".into(),
        kind: PortKind::Fxs,
        reason: "port fxs2: cannot open /dev/spidev9.9".into(),
    }
}

fn events(board: &mut TestBoard, now: Millis) -> Vec<LineEvent> {
    std::iter::from_fn(|| board.poll_event(now)).collect()
}

fn finish(board: TestBoard) {
    for chip in board.chips {
        match chip {
            Chip::Fxs(mut slic) => {
                slic.spi_mut().done();
                slic.pins_mut().0.done();
            }
            Chip::Fxo(mut daa) => {
                daa.spi_mut().done();
                daa.pins_mut().0.done();
            }
            Chip::Missing { .. } => {}
        }
    }
}

const FXS: PortId = PortId(0);
const FXO: PortId = PortId(1);

#[test]
fn a_missing_chip_is_a_port_in_alarm_that_refuses_requests() {
    let mut board = HardwareBoard::new(vec![(missing(), 0)], FakeBus::new(1));
    assert_eq!(board.ports(), &[PortKind::Fxs]);
    assert_eq!(board.port_name(PortId(0)), Some("fxs2"));
    assert_eq!(board.port_name(PortId(1)), None);
    let reasons: Vec<_> = board.missing_ports().collect();
    assert_eq!(
        reasons,
        vec![(PortId(0), "port fxs2: cannot open /dev/spidev9.9")]
    );
    assert_eq!(
        events(&mut board, 0),
        vec![LineEvent::Alarm {
            port: PortId(0),
            alarm: Some(Alarm::NotResponding)
        }]
    );
    assert_eq!(
        board.set_feed(0, PortId(0), LineFeed::Ringing),
        Err(LineError::InAlarm {
            port: PortId(0),
            alarm: Alarm::NotResponding
        })
    );
    finish(board);
}

#[test]
fn requests_are_checked_against_the_port_kind_and_number() {
    let mut board = HardwareBoard::new(
        vec![(slic(&Script::proslic()), 0), (daa(&Script::daa()), 1)],
        FakeBus::new(2),
    );
    assert_eq!(board.port_name(FXS), Some("fxs1"));
    assert_eq!(board.port_name(FXO), Some("fxo1"));
    assert_eq!(
        board.set_off_hook(0, FXS, true),
        Err(LineError::WrongKind {
            port: FXS,
            expected: PortKind::Fxo
        })
    );
    assert_eq!(
        board.set_feed(0, FXO, LineFeed::Ringing),
        Err(LineError::WrongKind {
            port: FXO,
            expected: PortKind::Fxs
        })
    );
    assert_eq!(
        board.set_feed(0, PortId(7), LineFeed::Ringing),
        Err(LineError::NoSuchPort(PortId(7)))
    );
    finish(board);
}

#[test]
fn hook_changes_become_line_events_and_a_power_alarm_is_recovered_after_a_second() {
    let mut s = Script::proslic();
    s.write(64, 1); // set_feed(Active forward)
    s.read(19, 0x00).read(68, 0x01); // t=0: off hook
    s.read(19, 0x20).write(19, 0x20).read(68, 0x01); // t=10: power alarm
    s.read(19, 0x00).read(68, 0x01); // t=20
    s.read(11, 0x33).read(8, 0x00); // t=1010: health check,
    s.read(19, 0x00).read(68, 0x01).write(64, 5); // then the wish is restored
    let mut board = HardwareBoard::new(vec![(slic(&s), 0)], FakeBus::new(1));
    board
        .set_feed(0, FXS, LineFeed::Active(Polarity::Forward))
        .unwrap();
    assert_eq!(
        events(&mut board, 0),
        vec![LineEvent::Hook {
            port: FXS,
            off_hook: true
        }]
    );
    assert_eq!(
        events(&mut board, 10),
        vec![LineEvent::Alarm {
            port: FXS,
            alarm: Some(Alarm::PowerAlarm)
        }]
    );
    // Refused while in alarm, but remembered.
    assert_eq!(
        board.set_feed(15, FXS, LineFeed::Active(Polarity::Reverse)),
        Err(LineError::InAlarm {
            port: FXS,
            alarm: Alarm::PowerAlarm
        })
    );
    assert_eq!(events(&mut board, 20), vec![]);
    assert_eq!(
        events(&mut board, 1010),
        vec![LineEvent::Alarm {
            port: FXS,
            alarm: None
        }]
    );
    finish(board);
}

#[test]
fn fxo_signals_become_line_events_and_a_dead_line_refuses_seizure() {
    let mut s = Script::daa();
    let sample = |s: &mut Script, control: u8, volts: i8| {
        s.read(4, 0x00).read(5, control).read(29, volts as u8);
    };
    sample(&mut s, 0x28, 0); // t=0: ring half-cycle
    sample(&mut s, 0x08, 0); // t=100: burst over, no voltage
    s.read(2, 0x83); // t=1100: the health check's identity read comes first,
    sample(&mut s, 0x08, 0); // then a second without line voltage
    let mut board = HardwareBoard::new(
        vec![(slic(&Script::proslic()), 0), (daa(&s), 1)],
        FakeBus::new(2),
    );
    // Only the FXO port has a script: keep the FXS port out of the frame loop.
    board.ports[0].alarm = Some(Alarm::NotResponding);
    assert_eq!(
        events(&mut board, 0),
        vec![LineEvent::Ring {
            port: FXO,
            on: true
        }]
    );
    assert_eq!(
        events(&mut board, 100),
        vec![LineEvent::Ring {
            port: FXO,
            on: false
        }]
    );
    assert_eq!(
        events(&mut board, 1100),
        vec![LineEvent::Alarm {
            port: FXO,
            alarm: Some(Alarm::NoLine)
        }]
    );
    assert_eq!(
        board.set_off_hook(1105, FXO, true),
        Err(LineError::InAlarm {
            port: FXO,
            alarm: Alarm::NoLine
        })
    );
    finish(board);
}

#[test]
fn a_chip_found_dead_by_the_health_check_takes_its_port_down() {
    let mut s = Script::proslic();
    s.read(19, 0x00).read(68, 0x00); // t=0
    s.read(11, 0x00); // t=1000: identity register reads zero
    let mut board = HardwareBoard::new(vec![(slic(&s), 0)], FakeBus::new(1));
    assert_eq!(events(&mut board, 0), vec![]);
    assert_eq!(
        events(&mut board, 1000),
        vec![LineEvent::Alarm {
            port: FXS,
            alarm: Some(Alarm::NotResponding)
        }]
    );
    // Down ports are not serviced any more: no further SPI traffic in the script.
    assert_eq!(events(&mut board, 2000), vec![]);
    assert!(matches!(
        board.set_feed(2000, FXS, LineFeed::Ringing),
        Err(LineError::InAlarm { .. })
    ));
    finish(board);
}

#[test]
fn audio_goes_to_and_from_each_ports_slot_and_ports_in_alarm_are_silent() {
    let mut board = HardwareBoard::new(
        vec![
            (slic(&Script::proslic()), 2),
            (missing(), 0),
            (daa(&Script::daa()), 1),
        ],
        FakeBus::new(3),
    );
    let to_line = [[1; FRAME_SAMPLES], [2; FRAME_SAMPLES], [3; FRAME_SAMPLES]];
    let mut from_line = [[9; FRAME_SAMPLES]; 3];
    board.exchange_audio(0, &to_line, &mut from_line);
    assert_eq!(
        board.pcm.played,
        vec![[0; FRAME_SAMPLES], [3; FRAME_SAMPLES], [1; FRAME_SAMPLES]]
    );
    assert_eq!(
        from_line,
        [
            [300; FRAME_SAMPLES],
            [0; FRAME_SAMPLES],
            [200; FRAME_SAMPLES]
        ]
    );
    assert!(
        board.paces_frames(),
        "a working clocked bus is the frame clock"
    );
    // A failing bus gives silence, not stale audio, and stops being the frame clock (its
    // exchange returns at once) until it works again.
    board.pcm.fail = true;
    board.exchange_audio(10, &to_line, &mut from_line);
    assert_eq!(from_line, [[0; FRAME_SAMPLES]; 3]);
    assert!(!board.paces_frames());
    board.pcm.fail = false;
    board.exchange_audio(20, &to_line, &mut from_line);
    assert!(board.paces_frames());
    finish(board);
}
