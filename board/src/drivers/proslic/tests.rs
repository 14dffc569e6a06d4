//! Register-level tests of the ProSLIC driver against scripted SPI and pins.

use embedded_hal_mock::eh1::delay::NoopDelay;
use embedded_hal_mock::eh1::digital::{Mock as Pin, State, Transaction as PinTx};
use embedded_hal_mock::eh1::spi::Mock as SpiMock;

use super::regs::*;
use super::*;
use crate::drivers::NoIrqLine;
use crate::drivers::country::Country;
use crate::drivers::pcm::{PcmFormat, PcmSlot};
use crate::drivers::test_script::Script;

type Slic = ProSlic<SpiMock<u8>, Pin, NoIrqLine>;

const CAL: [u8; 12] = [
    0, 0, 0x11, 0x12, 0x13, 0x14, 0x15, 0x16, 0x17, 0x18, 0x19, 0x06,
];
const FILTERS: [u16; 5] = [0x8000, 0x0320, 0x008c, 0x0100, 0x0010];

fn settings(variant: SlicVariant) -> FxsSettings {
    FxsSettings {
        variant,
        pcm: PcmSlot {
            format: PcmFormat::Ulaw,
            slot: 2,
        },
        country: Country::Us,
        loop_current_ma: 23,
    }
}

fn reset_pin() -> Pin {
    Pin::new(&[PinTx::set(State::Low), PinTx::set(State::High)])
}

fn identify(s: &mut Script, variant: SlicVariant) {
    s.read(PART_REVISION, 0x05);
    s.read(
        PCM_MODE,
        if variant == SlicVariant::Si3215 {
            0x80
        } else {
            0x00
        },
    );
    s.read(AUDIO_LOOPBACK, 0x02)
        .read(LINEFEED, 0x00)
        .read(HYBRID, 0x33);
}

fn load_defaults(s: &mut Script, v: SlicVariant) {
    s.write(POWER_DOWN, 0x10);
    for &(addr, value) in INDIRECT_DEFAULTS {
        s.ind_write(v, addr, value);
    }
    s.ind_write(v, 97, 0)
        .write(8, 0)
        .write(108, 0xeb)
        .write(67, 0x07)
        .write(66, 0x01);
}

fn power_up(s: &mut Script, polls_below: usize) {
    s.write(92, 0xff).write(POWER_DOWN, 0);
    for _ in 0..polls_below {
        s.read(82, 0x40);
    }
    // 23 mA rounds down to the 20 mA + 1 x 3 mA step.
    s.read(82, 0xc8).write(71, 1).write(93, 0x19);
}

fn calibrate(s: &mut Script, v: SlicVariant) {
    for (addr, value) in IND_FILTERS.zip(FILTERS) {
        s.ind_read(v, addr, value).ind_write(v, addr, 0x8000);
    }
    power_up(s, 3);
    s.write(64, 0).write(POWER_DOWN, 0x10);
    for _ in 0..10 {
        s.read(82, 0xb0);
    }
    power_up(s, 0);
    s.write(97, 0x1f)
        .write(96, 0x5f)
        .read(96, 0x5f)
        .read(96, 0x00);
    s.write(93, 0x99)
        .read(93, 0x99)
        .read(93, 0x19)
        .read(107, 0x06);
    for (reg, value) in (96..=107).zip(CAL) {
        s.read(reg, value);
    }
    for (addr, value) in IND_FILTERS.zip(FILTERS) {
        s.ind_write(v, addr, value);
    }
    verify_defaults(s, v);
}

fn verify_defaults(s: &mut Script, v: SlicVariant) {
    for &(addr, value) in INDIRECT_DEFAULTS {
        s.ind_read(v, addr, value);
    }
}

fn configure(s: &mut Script, v: SlicVariant, pcm_mode: u8, start: u16, ring_hz: u8) {
    s.write(1, pcm_mode);
    s.write(2, start as u8).write(3, (start >> 8) as u8);
    s.write(4, start as u8).write(5, (start >> 8) as u8);
    s.write(18, 0xff)
        .write(19, 0xff)
        .write(20, 0xff)
        .write(73, 0x04);
    let (coefficient, amplitude) = ring_oscillator(ring_hz);
    s.write(34, 0);
    s.ind_write(v, 20, coefficient)
        .ind_write(v, 21, amplitude)
        .ind_write(v, 22, 0);
    s.write(74, 0x32);
    s.write(21, 0).write(22, 0xff).write(23, 0).write(64, 0x01);
}

fn full_init(v: SlicVariant) -> Script {
    let mut s = Script::proslic();
    identify(&mut s, v);
    load_defaults(&mut s, v);
    calibrate(&mut s, v);
    configure(&mut s, v, 0x28, 16, 20);
    s
}

fn slic(script: &Script, variant: SlicVariant) -> Slic {
    let spi = SpiMock::new(&script.spi);
    ProSlic::new("fxs1", spi, reset_pin(), NoIrqLine, settings(variant))
}

/// A driver already through its init script, with `then` expected afterwards.
fn up_slic(then: &Script) -> Slic {
    let mut script = full_init(SlicVariant::Si3215);
    script.spi.extend(then.spi.iter().cloned());
    let mut chip = slic(&script, SlicVariant::Si3215);
    chip.init(&mut NoopDelay).expect("init");
    chip
}

fn finish(mut chip: Slic) {
    chip.spi_mut().done();
    chip.reset.done();
}

#[test]
fn si3215_init_runs_reset_identify_powerup_calibration_and_configuration() {
    let script = full_init(SlicVariant::Si3215);
    let mut chip = slic(&script, SlicVariant::Si3215);
    chip.init(&mut NoopDelay).unwrap();
    assert!(chip.is_up());
    assert_eq!(chip.feed(), LineFeed::Active(Polarity::Forward));
    assert_eq!(chip.calibration, Some(CAL));
    finish(chip);
}

#[test]
fn si3210_init_loads_dtmf_cells_and_sets_linear_slot_and_25_hz_ringing() {
    let v = SlicVariant::Si3210;
    let mut s = Script::proslic();
    identify(&mut s, v);
    load_defaults(&mut s, v);
    calibrate(&mut s, v);
    // Linear 16-bit slot 1 starts 16 bit clocks after frame sync; Germany rings at 25 Hz.
    configure(&mut s, v, 0x38, 16, 25);
    let mut cfg = settings(v);
    cfg.pcm = PcmSlot {
        format: PcmFormat::Linear,
        slot: 1,
    };
    cfg.country = Country::De;
    let mut chip = ProSlic::new("fxs2", SpiMock::new(&s.spi), reset_pin(), NoIrqLine, cfg);
    chip.init(&mut NoopDelay).unwrap();
    finish(chip);
}

#[test]
fn a_silent_bus_is_reported_as_not_answering_with_the_port_name() {
    let mut s = Script::proslic();
    s.read(PART_REVISION, 0xff);
    let mut chip = slic(&s, SlicVariant::Si3215);
    let err = chip.init(&mut NoopDelay).unwrap_err();
    assert!(
        matches!(
            err,
            DriverError::NotAnswering {
                register: 0,
                value: 0xff,
                ..
            }
        ),
        "{err:?}"
    );
    let text = err.to_string();
    assert!(
        text.contains("port fxs1") && text.contains("not answering"),
        "{text}"
    );
    assert!(!chip.is_up());
    finish(chip);
}

#[test]
fn the_other_proslic_part_is_a_wrong_chip_error() {
    let mut s = Script::proslic();
    s.read(PART_REVISION, 0x05).read(PCM_MODE, 0x00);
    let mut chip = slic(&s, SlicVariant::Si3215);
    let err = chip.init(&mut NoopDelay).unwrap_err();
    assert_eq!(err.to_string(), "port fxs1: expected Si3215, found Si3210");
    finish(chip);
}

#[test]
fn an_insane_reset_state_is_refused_before_powering_anything() {
    let mut s = Script::proslic();
    s.read(PART_REVISION, 0x05)
        .read(PCM_MODE, 0x80)
        .read(AUDIO_LOOPBACK, 0x02);
    s.read(LINEFEED, 0x01);
    let mut chip = slic(&s, SlicVariant::Si3215);
    let err = chip.init(&mut NoopDelay).unwrap_err();
    assert!(
        err.to_string()
            .contains("register 64 reads 0x01 after reset"),
        "{err}"
    );
    finish(chip);
}

#[test]
fn an_old_revision_is_refused() {
    let mut s = Script::proslic();
    s.read(PART_REVISION, 0x01);
    let mut chip = slic(&s, SlicVariant::Si3210);
    let err = chip.init(&mut NoopDelay).unwrap_err();
    assert!(err.to_string().contains("revision 1, too old"), "{err}");
    finish(chip);
}

#[test]
fn a_converter_that_never_comes_up_fails_init_and_leaves_the_port_down() {
    let v = SlicVariant::Si3215;
    let mut s = Script::proslic();
    identify(&mut s, v);
    load_defaults(&mut s, v);
    for (addr, value) in IND_FILTERS.zip(FILTERS) {
        s.ind_read(v, addr, value).ind_write(v, addr, 0x8000);
    }
    s.write(92, 0xff).write(POWER_DOWN, 0);
    for _ in 0..50 {
        s.read(82, 0x10);
    }
    let mut chip = slic(&s, v);
    let err = chip.init(&mut NoopDelay).unwrap_err();
    assert!(err.to_string().contains("DC-DC power-up failed"), "{err}");
    // Down: requests are refused without touching the bus (the mock has no more script).
    let refused = chip.set_feed(LineFeed::Ringing).unwrap_err();
    assert_eq!(
        refused,
        DriverError::PortDown {
            port: "fxs1".into()
        }
    );
    finish(chip);
}

#[test]
fn a_leaking_line_side_stops_the_bring_up() {
    let v = SlicVariant::Si3215;
    let mut s = Script::proslic();
    identify(&mut s, v);
    load_defaults(&mut s, v);
    for (addr, value) in IND_FILTERS.zip(FILTERS) {
        s.ind_read(v, addr, value).ind_write(v, addr, 0x8000);
    }
    power_up(&mut s, 0);
    s.write(64, 0)
        .write(POWER_DOWN, 0x10)
        .read(82, 0x80)
        .read(82, 0x03);
    let mut chip = slic(&s, v);
    let err = chip.init(&mut NoopDelay).unwrap_err();
    assert!(err.to_string().contains("short circuit or leak"), "{err}");
    finish(chip);
}

#[test]
fn calibration_is_retried_once_then_fails_with_a_timeout() {
    let v = SlicVariant::Si3215;
    let mut s = Script::proslic();
    identify(&mut s, v);
    load_defaults(&mut s, v);
    for (addr, value) in IND_FILTERS.zip(FILTERS) {
        s.ind_read(v, addr, value).ind_write(v, addr, 0x8000);
    }
    power_up(&mut s, 0);
    s.write(64, 0).write(POWER_DOWN, 0x10);
    for _ in 0..10 {
        s.read(82, 0xb0);
    }
    power_up(&mut s, 0);
    for _ in 0..2 {
        s.write(97, 0x1f).write(96, 0x5f);
        for _ in 0..200 {
            s.read(96, 0x40);
        }
    }
    let mut chip = slic(&s, v);
    let err = chip.init(&mut NoopDelay).unwrap_err();
    assert_eq!(
        err,
        DriverError::Timeout {
            port: "fxs1".into(),
            step: "calibration (2 s)"
        }
    );
    finish(chip);
}

#[test]
fn a_corrupted_indirect_register_fails_verification() {
    let v = SlicVariant::Si3215;
    let mut s = Script::proslic();
    identify(&mut s, v);
    load_defaults(&mut s, v);
    for (addr, value) in IND_FILTERS.zip(FILTERS) {
        s.ind_read(v, addr, value).ind_write(v, addr, 0x8000);
    }
    power_up(&mut s, 0);
    s.write(64, 0).write(POWER_DOWN, 0x10);
    for _ in 0..10 {
        s.read(82, 0xb0);
    }
    power_up(&mut s, 0);
    s.write(97, 0x1f).write(96, 0x5f).read(96, 0x00);
    s.write(93, 0x99)
        .read(93, 0x19)
        .read(107, 0x20)
        .write(107, 0x08);
    for (reg, value) in (96..=107).zip(CAL) {
        s.read(reg, value);
    }
    for (addr, value) in IND_FILTERS.zip(FILTERS) {
        s.ind_write(v, addr, value);
    }
    // First cell the Si3215 has is oscillator 1's coefficient (Si3210 address 13).
    s.ind_read(v, 13, 0x1234);
    let mut chip = slic(&s, v);
    let err = chip.init(&mut NoopDelay).unwrap_err();
    assert!(
        err.to_string()
            .contains("indirect 13 reads 0x1234, wrote 0x7b30"),
        "{err}"
    );
    finish(chip);
}

#[test]
fn every_line_feed_maps_to_its_linefeed_code() {
    let feeds = [
        (LineFeed::Open, 0),
        (LineFeed::Active(Polarity::Forward), 1),
        (LineFeed::OnHookTransmission(Polarity::Forward), 2),
        (LineFeed::Ringing, 4),
        (LineFeed::Active(Polarity::Reverse), 5),
        (LineFeed::OnHookTransmission(Polarity::Reverse), 6),
    ];
    let mut then = Script::proslic();
    for (_, code) in feeds {
        then.write(LINEFEED, code);
    }
    let mut chip = up_slic(&then);
    for (feed, _) in feeds {
        chip.set_feed(feed).unwrap();
        assert_eq!(chip.feed(), feed);
    }
    finish(chip);
}

#[test]
fn service_reports_hook_changes_and_clears_the_interrupt() {
    let mut then = Script::proslic();
    then.read(IRQ_STATUS_2, 0x02)
        .write(IRQ_STATUS_2, 0x02)
        .read(LOOP_STATUS, 0x01);
    then.read(IRQ_STATUS_2, 0x00).read(LOOP_STATUS, 0x01);
    then.read(IRQ_STATUS_2, 0x02)
        .write(IRQ_STATUS_2, 0x02)
        .read(LOOP_STATUS, 0x00);
    let mut chip = up_slic(&then);
    let mut out = Vec::new();
    chip.service(&mut out).unwrap();
    chip.service(&mut out).unwrap();
    chip.service(&mut out).unwrap();
    assert_eq!(
        out,
        vec![
            FxsSignal::Hook { off_hook: true },
            FxsSignal::Hook { off_hook: false }
        ]
    );
    finish(chip);
}

#[test]
fn ringing_starts_and_stops_and_off_hook_trips_it_to_the_idle_polarity() {
    let mut then = Script::proslic();
    // Idle in reverse polarity, ring, pause in on-hook transmission, ring again.
    then.write(LINEFEED, 5)
        .write(LINEFEED, 4)
        .write(LINEFEED, 6)
        .write(LINEFEED, 4);
    // Answered during the ring: ring trip, back to reverse active at once.
    then.read(IRQ_STATUS_2, 0x03)
        .write(IRQ_STATUS_2, 0x03)
        .read(LOOP_STATUS, 0x03);
    then.write(LINEFEED, 5);
    let mut chip = up_slic(&then);
    chip.set_feed(LineFeed::Active(Polarity::Reverse)).unwrap();
    chip.set_feed(LineFeed::Ringing).unwrap();
    chip.set_feed(LineFeed::OnHookTransmission(Polarity::Reverse))
        .unwrap();
    chip.set_feed(LineFeed::Ringing).unwrap();
    let mut out = Vec::new();
    chip.service(&mut out).unwrap();
    assert_eq!(
        out,
        vec![FxsSignal::RingTrip, FxsSignal::Hook { off_hook: true }]
    );
    assert_eq!(chip.feed(), LineFeed::Active(Polarity::Reverse));
    finish(chip);
}

#[test]
fn loop_closure_alone_does_not_count_as_an_answer_while_ringing() {
    let mut then = Script::proslic();
    then.write(LINEFEED, 4);
    then.read(IRQ_STATUS_2, 0x00).read(LOOP_STATUS, 0x01); // ring voltage on the detector
    then.write(LINEFEED, 2);
    then.read(IRQ_STATUS_2, 0x00).read(LOOP_STATUS, 0x00); // between bursts: still on hook
    let mut chip = up_slic(&then);
    let mut out = Vec::new();
    chip.set_feed(LineFeed::Ringing).unwrap();
    chip.service(&mut out).unwrap();
    chip.set_feed(LineFeed::OnHookTransmission(Polarity::Forward))
        .unwrap();
    chip.service(&mut out).unwrap();
    assert_eq!(out, vec![]);
    finish(chip);
}

#[test]
fn a_chip_that_reset_itself_fails_the_health_check() {
    let mut then = Script::proslic();
    then.read(HYBRID, 0x33).read(AUDIO_LOOPBACK, 0x00); // healthy
    then.read(HYBRID, 0x33).read(AUDIO_LOOPBACK, 0x02); // back at its reset value
    let mut chip = up_slic(&then);
    chip.check_alive().unwrap();
    let err = chip.check_alive().unwrap_err();
    assert!(err.to_string().contains("reset itself"), "{err}");
    assert!(!chip.is_up());
    finish(chip);
}

#[test]
fn a_power_alarm_is_reported_and_the_feed_is_known_open() {
    let mut then = Script::proslic();
    then.read(IRQ_STATUS_2, 0x10)
        .write(IRQ_STATUS_2, 0x10)
        .read(LOOP_STATUS, 0x00);
    let mut chip = up_slic(&then);
    let mut out = Vec::new();
    chip.service(&mut out).unwrap();
    assert_eq!(out, vec![FxsSignal::PowerAlarm]);
    assert_eq!(chip.feed(), LineFeed::Open);
    finish(chip);
}

#[test]
fn a_chip_that_stops_answering_takes_the_port_down_without_hanging() {
    let mut then = Script::proslic();
    then.read(IRQ_STATUS_2, 0xff)
        .write(IRQ_STATUS_2, 0xff)
        .read(LOOP_STATUS, 0xff);
    then.read(HYBRID, 0xff);
    let mut chip = up_slic(&then);
    let mut out = Vec::new();
    let err = chip.service(&mut out).unwrap_err();
    assert!(matches!(
        err,
        DriverError::NotAnswering {
            register: 11,
            value: 0xff,
            ..
        }
    ));
    assert!(!chip.is_up());
    assert!(matches!(
        chip.service(&mut out),
        Err(DriverError::PortDown { .. })
    ));
    finish(chip);
}

#[test]
fn status_registers_are_read_only_while_the_active_low_interrupt_is_asserted() {
    let mut script = full_init(SlicVariant::Si3215);
    // Line high: only the loop is sampled. Line low: the status is read and cleared too.
    script.read(LOOP_STATUS, 0x00);
    script
        .read(IRQ_STATUS_2, 0x02)
        .write(IRQ_STATUS_2, 0x02)
        .read(LOOP_STATUS, 0x01);
    let irq = Pin::new(&[PinTx::get(State::High), PinTx::get(State::Low)]);
    let spi = SpiMock::new(&script.spi);
    let mut chip = ProSlic::new("fxs1", spi, reset_pin(), irq, settings(SlicVariant::Si3215));
    chip.init(&mut NoopDelay).unwrap();
    let mut out = Vec::new();
    chip.service(&mut out).unwrap();
    chip.service(&mut out).unwrap();
    assert_eq!(out, vec![FxsSignal::Hook { off_hook: true }]);
    chip.spi_mut().done();
    let (reset, irq) = chip.pins_mut();
    reset.done();
    irq.done();
}

#[test]
fn line_measurements_are_scaled_from_the_sense_registers() {
    let mut then = Script::proslic();
    then.read(LOOP_CURRENT_SENSE, 30);
    then.read(TIP_VOLTAGE_SENSE, 10)
        .read(RING_VOLTAGE_SENSE, 138);
    then.read(BATTERY_VOLTAGE_SENSE, 200);
    let mut chip = up_slic(&then);
    assert_eq!(chip.loop_current_ua().unwrap(), 30 * 847);
    assert_eq!(chip.tip_ring_mv().unwrap(), 128 * 376);
    assert_eq!(chip.battery_mv().unwrap(), 200 * 376);
    finish(chip);
}

#[test]
fn fast_reinit_restores_saved_calibration_instead_of_calibrating() {
    let v = SlicVariant::Si3215;
    let mut then = Script::proslic();
    identify(&mut then, v);
    load_defaults(&mut then, v);
    power_up(&mut then, 0);
    for (reg, value) in (96..=107).zip(CAL) {
        then.write(reg, value);
    }
    verify_defaults(&mut then, v);
    configure(&mut then, v, 0x28, 16, 20);
    let mut script = full_init(v);
    script.spi.extend(then.spi);
    let pulses = [State::Low, State::High, State::Low, State::High].map(PinTx::set);
    let mut chip = ProSlic::new(
        "fxs1",
        SpiMock::new(&script.spi),
        Pin::new(&pulses),
        NoIrqLine,
        settings(v),
    );
    chip.init(&mut NoopDelay).unwrap();
    chip.reinit_fast(&mut NoopDelay).unwrap();
    assert!(chip.is_up());
    finish(chip);
}
