//! Register-level tests of the Voice DAA driver against scripted SPI and pins.

use embedded_hal_mock::eh1::delay::NoopDelay;
use embedded_hal_mock::eh1::digital::{Mock as Pin, State, Transaction as PinTx};
use embedded_hal_mock::eh1::spi::Mock as SpiMock;

use super::regs::*;
use super::*;
use crate::drivers::NoIrqLine;
use crate::drivers::pcm::{PcmFormat, PcmSlot};
use crate::drivers::test_script::Script;

type Fxo = Daa<SpiMock<u8>, Pin, NoIrqLine>;

fn settings(country: Country) -> FxoSettings {
    FxoSettings {
        pcm: PcmSlot {
            format: PcmFormat::Ulaw,
            slot: 4,
        },
        country,
    }
}

/// Expected init traffic with the line-interface registers 16, 26, 30, 31 given literally.
fn init_script(s: &mut Script, line: [u8; 4]) {
    s.read(CONTROL_2, 0x03).write(CONTROL_1, 0x80);
    s.write(16, line[0])
        .write(26, line[1])
        .write(30, line[2])
        .write(31, line[3]);
    // µ-law, slot 4 = 32 bit clocks after frame sync.
    s.write(33, 0x28)
        .write(34, 32)
        .write(35, 0)
        .write(36, 32)
        .write(37, 0);
    s.write(6, 0).read(11, 0x00).read(11, 0x35);
    s.write(5, 0x08).write(3, 0x8d).write(2, 0x83);
}

fn fxo(script: &Script, country: Country) -> Fxo {
    let reset = Pin::new(&[PinTx::set(State::Low), PinTx::set(State::High)]);
    Daa::new(
        "fxo1",
        SpiMock::new(&script.spi),
        reset,
        NoIrqLine,
        settings(country),
    )
}

fn up_fxo(then: &Script) -> Fxo {
    let mut s = Script::daa();
    init_script(&mut s, [0x01, 0xc0, 0x00, 0xa3]);
    s.spi.extend(then.spi.iter().cloned());
    let mut chip = fxo(&s, Country::Us);
    chip.init(&mut NoopDelay).expect("init");
    chip
}

fn finish(mut chip: Fxo) {
    chip.spi_mut().done();
    chip.reset.done();
}

/// One service pass: interrupt sources, control (ring bits), line voltage, and off hook the
/// loop current.
fn sample(s: &mut Script, sources: u8, control: u8, volts: i8, loop_current: Option<u8>) {
    s.read(INTERRUPT_SOURCE, sources);
    if sources != 0 {
        s.write(INTERRUPT_SOURCE, !sources);
    }
    s.read(DAA_CONTROL_1, control)
        .read(LINE_VOLTAGE, volts as u8);
    if let Some(steps) = loop_current {
        s.read(LINE_SIDE_STATUS, 0x40 | steps);
    }
}

#[test]
fn init_programs_each_countrys_line_interface() {
    // [register 16 (OHS, RZ, RT), 26 (DCV, MINI, ILIM), 30 (ACIM), 31 (base | OHS2)]
    let cases = [
        (Country::Us, [0x01, 0xc0, 0x00, 0xa3]),
        (Country::Uk, [0x00, 0xc2, 0x05, 0xab]),
        (Country::De, [0x00, 0xc2, 0x03, 0xab]),
        (Country::Fr, [0x00, 0xc2, 0x02, 0xab]),
        (Country::Au, [0x40, 0x30, 0x03, 0xa3]),
    ];
    for (country, line) in cases {
        let mut s = Script::daa();
        init_script(&mut s, line);
        let mut chip = fxo(&s, country);
        chip.init(&mut NoopDelay)
            .unwrap_or_else(|e| panic!("{country}: {e}"));
        assert!(chip.is_up());
        assert_eq!(chip.line_side_id(), 3, "{country}: Si3019 line side");
        finish(chip);
    }
}

#[test]
fn a_silent_chip_is_reported_with_the_port_name() {
    let mut s = Script::daa();
    s.read(CONTROL_2, 0x00);
    let mut chip = fxo(&s, Country::De);
    let err = chip.init(&mut NoopDelay).unwrap_err();
    assert!(
        err.to_string().starts_with("port fxo1: chip not answering"),
        "{err}"
    );
    finish(chip);
}

#[test]
fn another_chip_on_the_chip_select_is_a_wrong_chip_error() {
    let mut s = Script::daa();
    s.read(CONTROL_2, 0x45);
    let mut chip = fxo(&s, Country::De);
    let err = chip.init(&mut NoopDelay).unwrap_err();
    assert_eq!(
        err.to_string(),
        "port fxo1: expected Si3050, found register 2 reads 0x45 after reset (a Si3050 reads 0x03)"
    );
    finish(chip);
}

#[test]
fn a_missing_line_side_chip_fails_after_two_seconds_of_polls() {
    let mut s = Script::daa();
    s.read(CONTROL_2, 0x03).write(CONTROL_1, 0x80);
    s.write(16, 0x01)
        .write(26, 0xc0)
        .write(30, 0x00)
        .write(31, 0xa3);
    s.write(33, 0x28)
        .write(34, 32)
        .write(35, 0)
        .write(36, 32)
        .write(37, 0);
    s.write(6, 0);
    for _ in 0..20 {
        s.read(11, 0x05);
    }
    let mut chip = fxo(&s, Country::Us);
    let err = chip.init(&mut NoopDelay).unwrap_err();
    assert!(err.to_string().contains("isolation link failed"), "{err}");
    assert!(matches!(
        chip.set_off_hook(true),
        Err(DriverError::PortDown { .. })
    ));
    finish(chip);
}

#[test]
fn seizing_clears_the_monitor_before_closing_the_hook_switch() {
    let mut then = Script::daa();
    then.write(5, 0x00).write(5, 0x01).write(5, 0x08);
    let mut chip = up_fxo(&then);
    chip.set_off_hook(true).unwrap();
    assert!(chip.is_off_hook());
    chip.set_off_hook(false).unwrap();
    assert!(!chip.is_off_hook());
    finish(chip);
}

#[test]
fn ring_bursts_start_on_the_ring_interrupt_and_end_after_a_gap() {
    let mut then = Script::daa();
    sample(&mut then, 0x80, 0x64, -60, None); // t=0: interrupt + half-cycle
    sample(&mut then, 0x00, 0x04, 10, None); // t=10: between half-cycles
    sample(&mut then, 0x00, 0x24, 70, None); // t=20: half-cycle
    sample(&mut then, 0x00, 0x04, 48, None); // t=110: 90 ms quiet, still in the burst
    sample(&mut then, 0x00, 0x04, 48, None); // t=120: 100 ms quiet: burst over
    let mut chip = up_fxo(&then);
    let mut out = Vec::new();
    for now in [0, 10, 20, 110, 120] {
        chip.service(now, &mut out).unwrap();
    }
    assert_eq!(
        out,
        vec![FxoSignal::Ring { on: true }, FxoSignal::Ring { on: false }]
    );
    finish(chip);
}

#[test]
fn a_polarity_reversal_is_reported_once() {
    let mut then = Script::daa();
    sample(&mut then, 0x00, 0x08, 48, None);
    sample(&mut then, 0x01, 0x08, -48, None);
    sample(&mut then, 0x00, 0x08, -47, None);
    let mut chip = up_fxo(&then);
    let mut out = Vec::new();
    for now in [0, 10, 20] {
        chip.service(now, &mut out).unwrap();
    }
    assert_eq!(out, vec![FxoSignal::Polarity(Polarity::Reverse)]);
    finish(chip);
}

#[test]
fn loop_current_is_reported_while_off_hook() {
    let mut then = Script::daa();
    then.write(5, 0x00).write(5, 0x01);
    sample(&mut then, 0x00, 0x01, 8, Some(9));
    sample(&mut then, 0x00, 0x01, 8, Some(9));
    sample(&mut then, 0x08, 0x01, 0, Some(0)); // far end dropped the loop
    let mut chip = up_fxo(&then);
    chip.set_off_hook(true).unwrap();
    let mut out = Vec::new();
    for now in [0, 10, 20] {
        chip.service(now, &mut out).unwrap();
    }
    assert_eq!(
        out,
        vec![
            FxoSignal::LoopCurrent { present: true },
            FxoSignal::LoopCurrent { present: false }
        ]
    );
    finish(chip);
}

#[test]
fn an_unplugged_line_alarms_after_a_second_and_recovers() {
    let mut then = Script::daa();
    for _ in 0..3 {
        sample(&mut then, 0x00, 0x08, 0, None);
    }
    sample(&mut then, 0x00, 0x08, 50, None);
    let mut chip = up_fxo(&then);
    let mut out = Vec::new();
    chip.service(0, &mut out).unwrap();
    chip.service(990, &mut out).unwrap();
    assert!(out.is_empty(), "no alarm before a second: {out:?}");
    chip.service(1000, &mut out).unwrap();
    chip.service(1010, &mut out).unwrap();
    assert_eq!(
        out,
        vec![
            FxoSignal::NoLine { lost: true },
            FxoSignal::NoLine { lost: false }
        ]
    );
    finish(chip);
}

#[test]
fn line_state_tells_idle_in_use_unplugged_and_off_hook_apart() {
    let mut then = Script::daa();
    then.read(LINE_VOLTAGE, 48)
        .read(LINE_VOLTAGE, (-9i8) as u8)
        .read(LINE_VOLTAGE, 1);
    then.write(5, 0x00)
        .write(5, 0x01)
        .read(LINE_VOLTAGE, 7)
        .read(LINE_SIDE_STATUS, 0x4a);
    let mut chip = up_fxo(&then);
    assert_eq!(chip.line_state().unwrap(), LineState::Idle { volts: 48 });
    assert_eq!(
        chip.line_state().unwrap(),
        LineState::InUseElsewhere { volts: -9 }
    );
    assert_eq!(chip.line_state().unwrap(), LineState::NoLine);
    chip.set_off_hook(true).unwrap();
    assert_eq!(
        chip.line_state().unwrap(),
        LineState::OffHook {
            loop_current_ua: 33_000
        }
    );
    finish(chip);
}

#[test]
fn a_chip_that_stops_answering_takes_the_port_down() {
    let mut then = Script::daa();
    then.read(INTERRUPT_SOURCE, 0x00)
        .read(DAA_CONTROL_1, 0xff)
        .read(CONTROL_2, 0xff);
    let mut chip = up_fxo(&then);
    let err = chip.service(0, &mut Vec::new()).unwrap_err();
    assert!(
        matches!(err, DriverError::NotAnswering { register: 2, .. }),
        "{err:?}"
    );
    assert!(!chip.is_up());
    assert!(matches!(
        chip.line_state(),
        Err(DriverError::PortDown { .. })
    ));
    finish(chip);
}

#[test]
fn a_chip_that_reset_itself_fails_the_health_check() {
    let mut then = Script::daa();
    then.read(CONTROL_2, 0x83).read(CONTROL_2, 0x03);
    let mut chip = up_fxo(&then);
    chip.check_alive().unwrap();
    let err = chip.check_alive().unwrap_err();
    assert!(err.to_string().contains("reset itself"), "{err}");
    assert!(!chip.is_up());
    finish(chip);
}

#[test]
fn answering_during_a_burst_ends_the_ring_and_tracks_polarity_again() {
    let mut then = Script::daa();
    sample(&mut then, 0x80, 0x28, 70, None); // ringing
    then.write(5, 0x00).write(5, 0x01); // answered mid-burst
    sample(&mut then, 0x00, 0x01, 8, Some(9));
    sample(&mut then, 0x00, 0x01, -8, Some(9)); // the exchange reverses (answer supervision)
    let mut chip = up_fxo(&then);
    let mut out = Vec::new();
    chip.service(0, &mut out).unwrap();
    chip.set_off_hook(true).unwrap();
    chip.service(10, &mut out).unwrap();
    chip.service(20, &mut out).unwrap();
    assert_eq!(
        out,
        vec![
            FxoSignal::Ring { on: true },
            FxoSignal::Ring { on: false },
            FxoSignal::LoopCurrent { present: true },
            FxoSignal::Polarity(Polarity::Reverse),
        ]
    );
    finish(chip);
}
