//! Si3050 Voice DAA register numbers and bits (system-side chip; the Si3018/19 line side is
//! reached through it over the isolation capacitors).

pub const CONTROL_1: u8 = 1;
pub const CONTROL_2: u8 = 2;
pub const INTERRUPT_MASK: u8 = 3;
pub const INTERRUPT_SOURCE: u8 = 4;
pub const DAA_CONTROL_1: u8 = 5;
pub const DAA_CONTROL_2: u8 = 6;
pub const REVISIONS: u8 = 11;
pub const LINE_SIDE_STATUS: u8 = 12;
pub const INTERNATIONAL_1: u8 = 16;
pub const DC_TERMINATION: u8 = 26;
pub const LINE_VOLTAGE: u8 = 29;
pub const AC_TERMINATION: u8 = 30;
pub const DAA_CONTROL_5: u8 = 31;
pub const PCM_MODE: u8 = 33;
pub const PCM_TX_START_LO: u8 = 34;
pub const PCM_TX_START_HI: u8 = 35;
pub const PCM_RX_START_LO: u8 = 36;
pub const PCM_RX_START_HI: u8 = 37;

/// CONTROL_2 reads this after reset: the identity check.
pub const CONTROL_2_RESET: u8 = 0x03;
/// CONTROL_2 interrupt pin enable.
pub const INTERRUPT_ENABLE: u8 = 0x80;
pub const SOFT_RESET: u8 = 0x80;

// INTERRUPT_MASK / INTERRUPT_SOURCE bits (sources clear when written with 0).
pub const INT_RING_DETECT: u8 = 0x80;
pub const INT_DROP_OUT: u8 = 0x08;
pub const INT_LOOP_CURRENT_OVERLOAD: u8 = 0x04;
pub const INT_POLARITY: u8 = 0x01;

// DAA_CONTROL_1 bits.
pub const RING_SIGNAL: u8 = 0x60; // ring detect, positive or negative half-cycle
pub const ON_HOOK_MONITOR: u8 = 0x08; // audio path on while on hook (caller ID)
pub const OFF_HOOK: u8 = 0x01;

/// LINE_SIDE_STATUS: loop current sense, about 3.3 mA per step; all ones is overload.
pub const LOOP_CURRENT_MASK: u8 = 0x1f;
pub const LOOP_CURRENT_UA_PER_STEP: u32 = 3300;

/// DAA_CONTROL_5 without the OHS2 bit: full-scale mode, 128 ms off-hook counter, 200 Hz
/// receive high-pass, line voltage not forced to zero below 3 V.
pub const DAA_CONTROL_5_BASE: u8 = 0xa3;
