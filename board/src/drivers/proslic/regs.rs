//! ProSLIC (Si3210/Si3215) register numbers and the indirect-register defaults.
//!
//! Direct registers are 8-bit, reached over SPI. Indirect registers are 16-bit RAM cells
//! reached through a window of direct registers (data low/high, address, status). Addresses
//! below are the Si3210's; the Si3215 has no DTMF decoder and packs the rest lower, see
//! [`si3215_indirect`].

// Direct registers.
pub const PART_REVISION: u8 = 0;
pub const PCM_MODE: u8 = 1;
pub const PCM_TX_START_LO: u8 = 2;
pub const PCM_TX_START_HI: u8 = 3;
pub const PCM_RX_START_LO: u8 = 4;
pub const PCM_RX_START_HI: u8 = 5;
pub const AUDIO_LOOPBACK: u8 = 8;
pub const HYBRID: u8 = 11;
pub const POWER_DOWN: u8 = 14;
pub const IRQ_STATUS_1: u8 = 18;
pub const IRQ_STATUS_2: u8 = 19;
pub const IRQ_STATUS_3: u8 = 20;
pub const IRQ_MASK_1: u8 = 21;
pub const IRQ_MASK_2: u8 = 22;
pub const IRQ_MASK_3: u8 = 23;
pub const INDIRECT_DATA_LO: u8 = 28;
pub const INDIRECT_DATA_HI: u8 = 29;
pub const INDIRECT_ADDRESS: u8 = 30;
pub const INDIRECT_STATUS: u8 = 31;
pub const RING_OSC_CONTROL: u8 = 34;
pub const LINEFEED: u8 = 64;
pub const BATTERY_FEED: u8 = 66;
pub const AUTO_CONTROL: u8 = 67;
pub const LOOP_STATUS: u8 = 68;
pub const LOOP_CURRENT_LIMIT: u8 = 71;
pub const COMMON_MODE_VOLTAGE: u8 = 73;
pub const BATTERY_HIGH: u8 = 74;
pub const LOOP_CURRENT_SENSE: u8 = 79;
pub const TIP_VOLTAGE_SENSE: u8 = 80;
pub const RING_VOLTAGE_SENSE: u8 = 81;
pub const BATTERY_VOLTAGE_SENSE: u8 = 82;
pub const DCDC_PWM_PERIOD: u8 = 92;
pub const DCDC_CONTROL: u8 = 93;
pub const CALIBRATION_1: u8 = 96;
pub const CALIBRATION_2: u8 = 97;
pub const DCDC_CALIBRATION_RESULT: u8 = 107;
pub const REVISION_C_TUNING: u8 = 108;

/// Calibration results live in direct registers 96..=107; saved after a full calibration and
/// written back on a fast re-init.
pub const CALIBRATION_REGS: std::ops::RangeInclusive<u8> = 96..=107;

// Values the datasheet gives for a chip fresh out of reset (the identity check).
pub const RESET_LOOPBACK: u8 = 0x02;
pub const RESET_LINEFEED: u8 = 0x00;
pub const RESET_HYBRID: u8 = 0x33;

// Bits.
pub const PART_IS_SI3215: u8 = 0x80; // in PCM_MODE, as read after reset
pub const LOOP_CLOSED: u8 = 0x01; // LOOP_STATUS: loop closure (off hook)
pub const RING_TRIP: u8 = 0x02; // LOOP_STATUS: ring trip detected
pub const IRQ2_LOOP_CLOSURE: u8 = 0x02;
pub const IRQ2_RING_TRIP: u8 = 0x01;
pub const IRQ2_POWER_ALARMS: u8 = 0xfc; // transistor Q1..Q6 power alarms
pub const POWER_DOWN_DCDC: u8 = 0x10;
pub const DCDC_CALIBRATE: u8 = 0x80;
pub const CALIBRATE_ALL: u8 = 0x1f; // CALIBRATION_2: every calibration enabled
pub const CALIBRATE_START: u8 = 0x5f; // CALIBRATION_1: start, no speed-up
/// DC-DC converter: PWM period, "engage" and "engage + calibrate" values.
pub const DCDC_PERIOD: u8 = 0xff;
pub const DCDC_ENGAGE: u8 = 0x19;
pub const DCDC_ENGAGE_CALIBRATE: u8 = 0x99;
/// Battery sense reads 376 mV per step; the converter is up at about -72 V.
pub const MV_PER_VOLTAGE_STEP: i32 = 376;
pub const BATTERY_UP: u8 = 0xc0;
/// A powered-down converter that sags below this within the leak test leaks.
pub const BATTERY_LEAK_FLOOR: u8 = 0x06;
/// Loop current sense: microamps per step (Si3210 datasheet's monitor resolution).
pub const LOOP_CURRENT_UA_PER_STEP: u32 = 847;
/// Expected DC-DC calibration result range; outside it the chip's default is written back.
pub const DCDC_CAL_SANE: std::ops::RangeInclusive<u8> = 0x02..=0x0d;
pub const DCDC_CAL_FALLBACK: u8 = 0x08;
/// Automatic battery switching off (it can burn the external transistor), Q7 off.
pub const AUTO_CONTROL_SAFE: u8 = 0x07;
pub const BATTERY_FEED_Q7_OFF: u8 = 0x01;
pub const REVISION_C_VALUE: u8 = 0xeb;
pub const COMMON_MODE_DEFAULT: u8 = 0x04;
pub const BATTERY_HIGH_RINGING: u8 = 0x32;

// Indirect registers (Si3210 addresses).
pub const IND_RING_OSC: u8 = 20;
pub const IND_RING_X: u8 = 21;
pub const IND_RING_Y: u8 = 22;
pub const IND_SCRATCH: u8 = 97;
/// The five filter cells flushed (written 0x8000) while the chip calibrates.
pub const IND_FILTERS: std::ops::RangeInclusive<u8> = 35..=39;
pub const FILTER_FLUSH: u16 = 0x8000;

/// Indirect register start-up values (Si3210 addresses): DTMF decoder, tone and ring
/// oscillators, gains, loop-closure and ring-trip thresholds, transistor power alarms and
/// their filters, DC-DC minimum voltage. Ringing is set per country after this.
pub const INDIRECT_DEFAULTS: &[(u8, u16)] = &[
    // DTMF decoder (Si3210 only).
    (0, 0x55c2),
    (1, 0x51e6),
    (2, 0x4b85),
    (3, 0x4937),
    (4, 0x3333),
    (5, 0x0202),
    (6, 0x0202),
    (7, 0x0198),
    (8, 0x0198),
    (9, 0x0611),
    (10, 0x0202),
    (11, 0x00e5),
    (12, 0x0a1c),
    // Tone oscillators 1 and 2.
    (13, 0x7b30),
    (14, 0x0063),
    (15, 0x0000),
    (16, 0x7870),
    (17, 0x007d),
    (18, 0x0000),
    // Ring oscillator: DC offset, coefficient, amplitude, phase (20 Hz default).
    (19, 0x0000),
    (20, 0x7ef0),
    (21, 0x0160),
    (22, 0x0000),
    // Pulse metering (Si3210 only).
    (23, 0x2000),
    (24, 0x2000),
    (25, 0x0000),
    // Receive and transmit digital gain.
    (26, 0x2000),
    (27, 0x4000),
    // Loop closure, ring trip and common-mode thresholds.
    (28, 0x1000),
    (29, 0x3600),
    (30, 0x1000),
    (31, 0x0200),
    // Transistor power alarm thresholds Q1/Q2, Q3/Q4, Q5/Q6.
    (32, 0x07c0),
    (33, 0x2600),
    (34, 0x1b80),
    // Loop closure and ring trip filters, transistor thermal low-pass poles.
    (35, 0x8000),
    (36, 0x0320),
    (37, 0x008c),
    (38, 0x0100),
    (39, 0x0010),
    // Common-mode bias while ringing, DC-DC minimum voltage and extra, low loop threshold.
    (40, 0x0c00),
    (41, 0x0c00),
    (42, 0x1000),
    (43, 0x1000),
];

/// The Si3215's address for a Si3210 indirect register, or `None` where the Si3215 has no
/// such cell (DTMF decoder, pulse metering, DC-DC extra).
pub fn si3215_indirect(si3210: u8) -> Option<u8> {
    match si3210 {
        0..=12 | 23..=25 | 42 => None,
        13..=22 => Some(si3210 - 13),
        26..=40 => Some(si3210 - 13),
        41 => Some(64),
        43 => Some(66),
        other => Some(other),
    }
}

/// Linefeed register codes (direct register 64).
pub mod linefeed {
    pub const OPEN: u8 = 0;
    pub const FORWARD_ACTIVE: u8 = 1;
    pub const FORWARD_OHT: u8 = 2;
    pub const RINGING: u8 = 4;
    pub const REVERSE_ACTIVE: u8 = 5;
    pub const REVERSE_OHT: u8 = 6;
}

/// Ring oscillator settings for a ringing frequency: the oscillator runs at 1 kHz, so its
/// coefficient is `2^15 cos(2 pi f / 1000)`; the amplitude word scales with
/// `tan(pi f / 1000)` (the scale gives the chip's documented default at 20 Hz).
pub fn ring_oscillator(frequency_hz: u8) -> (u16, u16) {
    let w = std::f64::consts::PI * f64::from(frequency_hz) / 1000.0;
    let coefficient = (32768.0 * (2.0 * w).cos()).round() as u16;
    let amplitude = (RING_AMPLITUDE_SCALE * w.tan()).round() as u16;
    (coefficient, amplitude)
}

const RING_AMPLITUDE_SCALE: f64 = 5595.0;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn si3215_map_skips_missing_cells_and_packs_the_rest() {
        assert_eq!(si3215_indirect(0), None);
        assert_eq!(si3215_indirect(24), None);
        assert_eq!(si3215_indirect(13), Some(0));
        assert_eq!(si3215_indirect(20), Some(7));
        assert_eq!(si3215_indirect(35), Some(22));
        assert_eq!(si3215_indirect(41), Some(64));
        assert_eq!(si3215_indirect(43), Some(66));
        assert_eq!(si3215_indirect(97), Some(97));
    }

    #[test]
    fn ring_oscillator_matches_known_settings() {
        // 25 Hz: the value DAHDI's "fastringer" writes.
        assert_eq!(ring_oscillator(25), (0x7e6d, 440));
        let (c20, a20) = ring_oscillator(20);
        assert!(c20.abs_diff(0x7ef0) < 16, "{c20:#x}");
        assert_eq!(a20, 0x160);
        // Higher frequency: smaller coefficient, larger amplitude word.
        let (c50, a50) = ring_oscillator(50);
        assert!(c50 < c20 && a50 > a20);
    }
}
