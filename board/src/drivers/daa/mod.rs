//! Si3050 + Si3018/19 Voice DAA: one FXO port (the box acts as a phone on a PSTN line).
//!
//! Bring-up: reset, identity check, software reset, per-country line interface, PCM slot,
//! isolation link up (the line-side chip answers through it), on-hook line monitor for caller
//! ID, interrupts. [`Daa::service`] turns register reads into raw line signals: ring bursts,
//! polarity reversals, loop current while off hook, and a missing line (no battery).

pub mod regs;
#[cfg(test)]
mod tests;

use embedded_hal::delay::DelayNs;
use embedded_hal::digital::{InputPin, OutputPin};
use embedded_hal::spi::SpiDevice;

use self::regs::*;
use super::DriverError;
use super::common::{PcmRegisters, interrupt_asserted, program_pcm, pulse_reset};
use super::country::Country;
use super::pcm::PcmSlot;
use super::spi_regs::{Framing, Regs};
use crate::line::{Millis, Polarity};

/// Per-port settings from the board file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FxoSettings {
    pub pcm: PcmSlot,
    pub country: Country,
}

/// What [`Daa::service`] found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FxoSignal {
    /// A ring burst started / ended.
    Ring { on: bool },
    /// The exchange reversed the loop (tip/ring) polarity.
    Polarity(Polarity),
    /// While off hook: loop current present / gone.
    LoopCurrent { present: bool },
    /// No line voltage for the country's alarm time (unplugged), or back again.
    NoLine { lost: bool },
}

/// The line as last read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineState {
    /// On hook, no line voltage: unplugged or dead at the exchange.
    NoLine,
    /// On hook with the line voltage of an idle line.
    Idle { volts: i8 },
    /// On hook, but the voltage has dropped to off-hook levels: another phone on the same
    /// line is in use.
    InUseElsewhere { volts: i8 },
    /// We hold the line.
    OffHook { loop_current_ua: u32 },
}

/// Below this on-hook voltage a line is held by some other phone (idle lines sit at 40-55 V,
/// a loop in use at 5-12 V).
const IN_USE_BELOW_V: u8 = 20;
/// A ring burst is over when no ring half-cycle was seen for this long (a 16 Hz ring has a
/// half-cycle every 31 ms).
const RING_GAP_MS: Millis = 100;
const SOFT_RESET_MS: u32 = 100;
const ISOLATION_POLLS: u32 = 20; // x 100 ms

pub struct Daa<SPI, RST, IRQ> {
    regs: Regs<SPI>,
    reset: RST,
    irq: IRQ,
    settings: FxoSettings,
    off_hook: bool,
    line_side_id: u8,
    ringing: bool,
    last_ring_at: Millis,
    polarity: Option<Polarity>,
    loop_current: Option<bool>,
    no_battery_since: Option<Millis>,
    no_line: bool,
}

impl<SPI: SpiDevice, RST: OutputPin, IRQ: InputPin> Daa<SPI, RST, IRQ> {
    pub fn new(port: &str, spi: SPI, reset: RST, irq: IRQ, settings: FxoSettings) -> Self {
        Daa {
            regs: Regs::new(spi, Framing::Daa, port),
            reset,
            irq,
            settings,
            off_hook: false,
            line_side_id: 0,
            ringing: false,
            last_ring_at: 0,
            polarity: None,
            loop_current: None,
            no_battery_since: None,
            no_line: false,
        }
    }

    pub fn port(&self) -> &str {
        self.regs.port()
    }

    pub fn is_up(&self) -> bool {
        self.regs.is_up()
    }

    pub fn is_off_hook(&self) -> bool {
        self.off_hook
    }

    /// The line-side chip's ID nibble as read once the isolation link was up.
    pub fn line_side_id(&self) -> u8 {
        self.line_side_id
    }

    pub fn init(&mut self, delay: &mut impl DelayNs) -> Result<(), DriverError> {
        self.regs.set_up(false);
        pulse_reset(&mut self.reset, delay, self.regs.port())?;
        self.identify()?;
        self.regs.write(CONTROL_1, SOFT_RESET)?;
        delay.delay_ms(SOFT_RESET_MS);
        self.configure_line_interface()?;
        let pcm_registers = PcmRegisters {
            mode: PCM_MODE,
            start_counts: [
                PCM_TX_START_LO,
                PCM_TX_START_HI,
                PCM_RX_START_LO,
                PCM_RX_START_HI,
            ],
        };
        program_pcm(&mut self.regs, pcm_registers, self.settings.pcm)?;
        self.bring_up_isolation_link(delay)?;
        self.regs.write(DAA_CONTROL_1, ON_HOOK_MONITOR)?;
        self.regs.write(
            INTERRUPT_MASK,
            INT_RING_DETECT | INT_DROP_OUT | INT_LOOP_CURRENT_OVERLOAD | INT_POLARITY,
        )?;
        self.regs
            .write(CONTROL_2, CONTROL_2_RESET | INTERRUPT_ENABLE)?;
        self.off_hook = false;
        self.ringing = false;
        self.polarity = None;
        self.loop_current = None;
        self.no_battery_since = None;
        self.no_line = false;
        self.regs.set_up(true);
        Ok(())
    }

    /// Seize (or answer) the line, or hang up. The on-hook monitor must be off before the
    /// hook switch closes.
    pub fn set_off_hook(&mut self, off_hook: bool) -> Result<(), DriverError> {
        self.regs.ensure_up()?;
        if off_hook {
            self.regs.write_live(DAA_CONTROL_1, 0)?;
            self.regs.write_live(DAA_CONTROL_1, OFF_HOOK)?;
            self.loop_current = None;
        } else {
            self.regs.write_live(DAA_CONTROL_1, ON_HOOK_MONITOR)?;
        }
        self.off_hook = off_hook;
        Ok(())
    }

    /// The interrupt line (active low) is asserted.
    pub fn irq_pending(&mut self) -> Result<bool, DriverError> {
        interrupt_asserted(&mut self.irq, self.regs.port())
    }

    /// Read and clear the interrupt sources and sample the line. Call every frame.
    pub fn service(&mut self, now: Millis, out: &mut Vec<FxoSignal>) -> Result<(), DriverError> {
        self.regs.ensure_up()?;
        // The source register is only worth a bus cycle when the chip raised its interrupt.
        let sources = if self.irq_pending()? {
            self.regs.read_live(INTERRUPT_SOURCE)?
        } else {
            0
        };
        if sources != 0 {
            // Sources clear when written with 0; ones leave a newer source standing.
            self.regs.write_live(INTERRUPT_SOURCE, !sources)?;
        }
        let control = self.regs.read_live(DAA_CONTROL_1)?;
        if control == 0xff {
            // Reserved bits set: the bus floats high. Confirm on the identity register.
            self.check_alive()?;
        }
        let volts = self.regs.read_live(LINE_VOLTAGE)? as i8;
        if self.off_hook {
            if self.ringing {
                // Answered during a burst: the ring is over for us.
                self.ringing = false;
                out.push(FxoSignal::Ring { on: false });
            }
            let current = self.regs.read_live(LINE_SIDE_STATUS)? & LOOP_CURRENT_MASK;
            let present = current > 0;
            if self.loop_current != Some(present) {
                self.loop_current = Some(present);
                out.push(FxoSignal::LoopCurrent { present });
            }
        } else {
            self.track_ring(
                now,
                control & RING_SIGNAL != 0 || sources & INT_RING_DETECT != 0,
                out,
            );
        }
        if !self.ringing {
            self.track_battery(now, volts, out);
            self.track_polarity(volts, out);
        }
        Ok(())
    }

    /// Line voltage (signed, 1 V per step) and, off hook, loop current.
    pub fn line_state(&mut self) -> Result<LineState, DriverError> {
        self.regs.ensure_up()?;
        let volts = self.regs.read_live(LINE_VOLTAGE)? as i8;
        if self.off_hook {
            let steps = self.regs.read_live(LINE_SIDE_STATUS)? & LOOP_CURRENT_MASK;
            return Ok(LineState::OffHook {
                loop_current_ua: u32::from(steps) * LOOP_CURRENT_UA_PER_STEP,
            });
        }
        let magnitude = volts.unsigned_abs();
        Ok(
            if magnitude < self.settings.country.battery().battery_threshold_v {
                LineState::NoLine
            } else if magnitude < IN_USE_BELOW_V {
                LineState::InUseElsewhere { volts }
            } else {
                LineState::Idle { volts }
            },
        )
    }

    /// Reads the identity register: all zeros or ones means the chip is gone, its reset value
    /// (interrupt enable cleared) means it reset itself and lost its set-up. Either takes the
    /// port down.
    pub fn check_alive(&mut self) -> Result<(), DriverError> {
        let result = match self.regs.read_alive(CONTROL_2) {
            Ok(CONTROL_2_RESET) => Err(DriverError::Failed {
                port: self.port().to_string(),
                step: "health check",
                detail: "the chip reset itself and lost its set-up".to_string(),
            }),
            other => other.map(|_| ()),
        };
        if result.is_err() {
            self.regs.set_up(false);
        }
        result
    }

    fn track_ring(&mut self, now: Millis, ring_seen: bool, out: &mut Vec<FxoSignal>) {
        if ring_seen {
            self.last_ring_at = now;
            if !self.ringing {
                self.ringing = true;
                out.push(FxoSignal::Ring { on: true });
            }
        } else if self.ringing && now.saturating_sub(self.last_ring_at) >= RING_GAP_MS {
            self.ringing = false;
            out.push(FxoSignal::Ring { on: false });
        }
    }

    fn track_battery(&mut self, now: Millis, volts: i8, out: &mut Vec<FxoSignal>) {
        let battery = self.settings.country.battery();
        // Off hook the loop voltage is low but present; only on hook does zero mean no line.
        let present = self.off_hook || volts.unsigned_abs() >= battery.battery_threshold_v;
        if present {
            self.no_battery_since = None;
            if self.no_line {
                self.no_line = false;
                out.push(FxoSignal::NoLine { lost: false });
            }
            return;
        }
        let since = *self.no_battery_since.get_or_insert(now);
        if !self.no_line && now.saturating_sub(since) >= battery.battery_alarm_ms {
            self.no_line = true;
            out.push(FxoSignal::NoLine { lost: true });
        }
    }

    fn track_polarity(&mut self, volts: i8, out: &mut Vec<FxoSignal>) {
        if volts.unsigned_abs() < self.settings.country.battery().battery_threshold_v {
            return;
        }
        let polarity = if volts > 0 {
            Polarity::Forward
        } else {
            Polarity::Reverse
        };
        match self.polarity.replace(polarity) {
            Some(before) if before != polarity => out.push(FxoSignal::Polarity(polarity)),
            _ => {}
        }
    }

    fn identify(&mut self) -> Result<(), DriverError> {
        let value = self.regs.read(CONTROL_2)?;
        if value == 0x00 || value == 0xff {
            return Err(DriverError::NotAnswering {
                port: self.port().to_string(),
                register: CONTROL_2,
                value,
            });
        }
        if value != CONTROL_2_RESET {
            return Err(DriverError::WrongChip {
                port: self.port().to_string(),
                expected: "Si3050",
                detail: format!(
                    "register 2 reads {value:#04x} after reset (a Si3050 reads {CONTROL_2_RESET:#04x})"
                ),
            });
        }
        Ok(())
    }

    fn configure_line_interface(&mut self) -> Result<(), DriverError> {
        let c = self.settings.country.daa();
        let bit = |on: bool, shift: u8| u8::from(on) << shift;
        self.regs
            .write(INTERNATIONAL_1, bit(c.ohs, 6) | bit(c.rz, 1) | bit(c.rt, 0))?;
        self.regs.write(
            DC_TERMINATION,
            (c.dcv & 3) << 6 | (c.mini & 3) << 4 | bit(c.ilim, 1),
        )?;
        self.regs.write(AC_TERMINATION, c.acim & 0x0f)?;
        self.regs
            .write(DAA_CONTROL_5, DAA_CONTROL_5_BASE | bit(c.ohs2, 3))
    }

    /// Power the line side and wait until it answers through the isolation capacitors.
    fn bring_up_isolation_link(&mut self, delay: &mut impl DelayNs) -> Result<(), DriverError> {
        self.regs.write(DAA_CONTROL_2, 0)?;
        for _ in 0..ISOLATION_POLLS {
            let id = self.regs.read(REVISIONS)? >> 4;
            if id != 0 {
                self.line_side_id = id;
                return Ok(());
            }
            delay.delay_ms(100);
        }
        Err(DriverError::Failed {
            port: self.port().to_string(),
            step: "isolation link",
            detail: "the line-side chip (Si3018/19) did not answer within 2 s".to_string(),
        })
    }

    /// A driver that skips bring-up, for tests of the layers above.
    #[cfg(test)]
    pub(crate) fn assume_up(mut self) -> Self {
        self.regs.set_up(true);
        self
    }

    #[cfg(test)]
    pub(crate) fn spi_mut(&mut self) -> &mut SPI {
        self.regs.spi_mut()
    }

    #[cfg(test)]
    pub(crate) fn pins_mut(&mut self) -> (&mut RST, &mut IRQ) {
        (&mut self.reset, &mut self.irq)
    }
}
