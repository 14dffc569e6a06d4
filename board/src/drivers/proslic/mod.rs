//! Si3210/Si3215 ProSLIC: one FXS port (feeds, rings and listens to an analog phone).
//!
//! Bring-up follows the datasheet's order: reset, identity and sanity check, DC-DC converter
//! kept off while the indirect registers load, safety settings, converter power-up with a
//! leak test, calibration (retried once) and DC-DC calibration, then PCM slot, ringing and
//! interrupts. The calibration results are kept so [`ProSlic::reinit_fast`] can restore a
//! chip that reset itself without recalibrating.

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
use crate::line::{LineFeed, Polarity};

/// Which ProSLIC answered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SlicVariant {
    /// With DC-DC converter controller and DTMF decoder.
    Si3210,
    /// Without DTMF decoder; indirect registers at other addresses.
    Si3215,
}

impl SlicVariant {
    pub fn name(self) -> &'static str {
        match self {
            SlicVariant::Si3210 => "Si3210",
            SlicVariant::Si3215 => "Si3215",
        }
    }
}

/// Per-port settings from the board file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FxsSettings {
    /// The part the board file says is fitted; another answer is an error.
    pub variant: SlicVariant,
    pub pcm: PcmSlot,
    pub country: Country,
    /// Loop current limit, 20..=41 mA in 3 mA steps.
    pub loop_current_ma: u8,
}

/// What [`ProSlic::service`] found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FxsSignal {
    /// Loop closure changed (raw, not debounced).
    Hook { off_hook: bool },
    /// The phone went off hook while ringing: ringing stopped, loop now active.
    RingTrip,
    /// A transistor power alarm: the chip opened the loop to protect itself.
    PowerAlarm,
}

/// Bounds on the bring-up polls (poll count x delay = the step's time budget).
const INDIRECT_POLLS: u32 = 100;
const BATTERY_POLLS: u32 = 50; // x 10 ms: 500 ms for the converter to come up
const LEAK_POLLS: u32 = 10; // x 50 ms: charge must hold for 500 ms
const CALIBRATION_POLLS: u32 = 200; // x 10 ms: 2 s
const DCDC_CAL_POLLS: u32 = 20; // x 5 ms

pub struct ProSlic<SPI, RST, IRQ> {
    regs: Regs<SPI>,
    reset: RST,
    irq: IRQ,
    settings: FxsSettings,
    feed: LineFeed,
    /// Polarity of the idle feed: where ringing returns to after a ring trip.
    idle_polarity: Polarity,
    off_hook: bool,
    calibration: Option<[u8; 12]>,
}

impl<SPI: SpiDevice, RST: OutputPin, IRQ: InputPin> ProSlic<SPI, RST, IRQ> {
    pub fn new(port: &str, spi: SPI, reset: RST, irq: IRQ, settings: FxsSettings) -> Self {
        ProSlic {
            regs: Regs::new(spi, Framing::ProSlic, port),
            reset,
            irq,
            settings,
            feed: LineFeed::Open,
            idle_polarity: Polarity::Forward,
            off_hook: false,
            calibration: None,
        }
    }

    pub fn port(&self) -> &str {
        self.regs.port()
    }

    pub fn is_up(&self) -> bool {
        self.regs.is_up()
    }

    pub fn feed(&self) -> LineFeed {
        self.feed
    }

    /// Full bring-up with calibration. On error the port stays down.
    pub fn init(&mut self, delay: &mut impl DelayNs) -> Result<(), DriverError> {
        self.regs.set_up(false);
        pulse_reset(&mut self.reset, delay, self.regs.port())?;
        self.identify()?;
        self.load_and_calibrate(delay)?;
        self.configure(delay)?;
        self.regs.set_up(true);
        Ok(())
    }

    /// Re-init after the chip reset itself: same as [`Self::init`] but the calibration saved
    /// by the last full init is written back instead of calibrating again.
    pub fn reinit_fast(&mut self, delay: &mut impl DelayNs) -> Result<(), DriverError> {
        let Some(saved) = self.calibration else {
            return self.init(delay);
        };
        self.regs.set_up(false);
        pulse_reset(&mut self.reset, delay, self.regs.port())?;
        self.identify()?;
        self.regs.write(POWER_DOWN, POWER_DOWN_DCDC)?;
        self.load_indirect_defaults(delay)?;
        self.safety_settings(delay)?;
        self.power_up(delay)?;
        for (reg, value) in CALIBRATION_REGS.zip(saved) {
            self.regs.write(reg, value)?;
        }
        self.verify_indirect_defaults(delay)?;
        self.configure(delay)?;
        self.regs.set_up(true);
        Ok(())
    }

    /// Set the line feed. Ringing uses the country's ring oscillator set at init; the cadence
    /// is the caller's (it alternates `Ringing` and `OnHookTransmission`).
    pub fn set_feed(&mut self, feed: LineFeed) -> Result<(), DriverError> {
        self.regs.ensure_up()?;
        self.regs.write_live(LINEFEED, linefeed_code(feed))?;
        if let LineFeed::Active(p) | LineFeed::OnHookTransmission(p) = feed {
            self.idle_polarity = p;
        }
        self.feed = feed;
        Ok(())
    }

    /// The interrupt line (active low) is asserted.
    pub fn irq_pending(&mut self) -> Result<bool, DriverError> {
        interrupt_asserted(&mut self.irq, self.regs.port())
    }

    /// Read and clear the interrupt status, sample the loop, and act on ring trip and power
    /// alarms. Call every frame; signals go to `out`.
    pub fn service(&mut self, out: &mut Vec<FxsSignal>) -> Result<(), DriverError> {
        self.regs.ensure_up()?;
        // The status register is only worth a bus cycle when the chip raised its interrupt.
        let irq2 = if self.irq_pending()? {
            self.regs.read_live(IRQ_STATUS_2)?
        } else {
            0
        };
        if irq2 != 0 {
            // Status bits clear when written with ones.
            self.regs.write_live(IRQ_STATUS_2, irq2)?;
        }
        let loop_status = self.regs.read_live(LOOP_STATUS)?;
        if loop_status == 0xff {
            // Reserved bits set: the bus floats high. Confirm on an identity register.
            self.check_alive()?;
        }
        // While ringing, the ring voltage swamps the loop-closure detector: only the ring-trip
        // detector tells an answer.
        let off_hook = if self.feed == LineFeed::Ringing {
            let tripped = loop_status & RING_TRIP != 0 || irq2 & IRQ2_RING_TRIP != 0;
            if tripped {
                // Stop ringing at once so the phone is not rung in the user's ear.
                self.set_feed(LineFeed::Active(self.idle_polarity))?;
                out.push(FxsSignal::RingTrip);
            }
            tripped
        } else {
            loop_status & LOOP_CLOSED != 0
        };
        if off_hook != self.off_hook {
            self.off_hook = off_hook;
            out.push(FxsSignal::Hook { off_hook });
        }
        if irq2 & IRQ2_POWER_ALARMS != 0 {
            // The chip has opened the loop; the feed we think we set is gone.
            self.feed = LineFeed::Open;
            out.push(FxsSignal::PowerAlarm);
        }
        Ok(())
    }

    /// Reads an identity register, and the loopback register that init cleared: a chip that
    /// answers all zeros or ones is gone, one whose loopback is back at its reset value has
    /// reset itself (a supply glitch) and lost its set-up. Either takes the port down.
    pub fn check_alive(&mut self) -> Result<(), DriverError> {
        let result =
            self.regs
                .read_alive(HYBRID)
                .and_then(|_| match self.regs.read(AUDIO_LOOPBACK)? {
                    RESET_LOOPBACK => Err(DriverError::Failed {
                        port: self.port().to_string(),
                        step: "health check",
                        detail: "the chip reset itself and lost its set-up".to_string(),
                    }),
                    _ => Ok(()),
                });
        if result.is_err() {
            self.regs.set_up(false);
        }
        result
    }

    /// Loop current in microamps.
    pub fn loop_current_ua(&mut self) -> Result<u32, DriverError> {
        self.regs.ensure_up()?;
        let raw = self.regs.read_live(LOOP_CURRENT_SENSE)? & 0x7f;
        Ok(u32::from(raw) * LOOP_CURRENT_UA_PER_STEP)
    }

    /// Tip-to-ring voltage in millivolts (both sense registers read magnitudes of negative
    /// voltages).
    pub fn tip_ring_mv(&mut self) -> Result<i32, DriverError> {
        self.regs.ensure_up()?;
        let tip = i32::from(self.regs.read_live(TIP_VOLTAGE_SENSE)?);
        let ring = i32::from(self.regs.read_live(RING_VOLTAGE_SENSE)?);
        Ok((ring - tip) * MV_PER_VOLTAGE_STEP)
    }

    /// Battery voltage magnitude in millivolts.
    pub fn battery_mv(&mut self) -> Result<i32, DriverError> {
        self.regs.ensure_up()?;
        Ok(i32::from(self.regs.read_live(BATTERY_VOLTAGE_SENSE)?) * MV_PER_VOLTAGE_STEP)
    }

    /// Check that a sane ProSLIC of the expected part answers, in its reset state.
    fn identify(&mut self) -> Result<(), DriverError> {
        let port = self.port().to_string();
        let id = self.regs.read(PART_REVISION)?;
        let revision = id & 0x0f;
        if revision == 0x0 || revision == 0xf {
            return Err(DriverError::NotAnswering {
                port,
                register: PART_REVISION,
                value: id,
            });
        }
        let expected = self.settings.variant.name();
        if revision < 2 {
            return Err(DriverError::WrongChip {
                port,
                expected,
                detail: format!("a ProSLIC of revision {revision}, too old to drive"),
            });
        }
        let found = if self.regs.read(PCM_MODE)? & PART_IS_SI3215 != 0 {
            SlicVariant::Si3215
        } else {
            SlicVariant::Si3210
        };
        if found != self.settings.variant {
            return Err(DriverError::WrongChip {
                port,
                expected,
                detail: found.name().to_string(),
            });
        }
        for (reg, want) in [
            (AUDIO_LOOPBACK, RESET_LOOPBACK),
            (LINEFEED, RESET_LINEFEED),
            (HYBRID, RESET_HYBRID),
        ] {
            let got = self.regs.read(reg)?;
            if got != want {
                return Err(DriverError::WrongChip {
                    port,
                    expected,
                    detail: format!("register {reg} reads {got:#04x} after reset, not {want:#04x}"),
                });
            }
        }
        Ok(())
    }

    fn load_and_calibrate(&mut self, delay: &mut impl DelayNs) -> Result<(), DriverError> {
        // Converter off while the chip is being set up.
        self.regs.write(POWER_DOWN, POWER_DOWN_DCDC)?;
        self.load_indirect_defaults(delay)?;
        self.safety_settings(delay)?;
        // Flush the filters during calibration, keeping their values.
        let mut saved = [0u16; 5];
        for (slot, addr) in saved.iter_mut().zip(IND_FILTERS) {
            *slot = self.indirect_read(delay, addr)?.unwrap_or(0);
            self.indirect_write(delay, addr, FILTER_FLUSH)?;
        }
        self.power_up(delay)?;
        self.leak_test(delay)?;
        self.power_up(delay)?;
        if self.calibrate(delay).is_err() {
            self.calibrate(delay)?;
        }
        self.calibrate_dcdc(delay)?;
        let mut cal = [0u8; 12];
        for (slot, reg) in cal.iter_mut().zip(CALIBRATION_REGS) {
            *slot = self.regs.read(reg)?;
        }
        self.calibration = Some(cal);
        for (value, addr) in saved.into_iter().zip(IND_FILTERS) {
            self.indirect_write(delay, addr, value)?;
        }
        self.verify_indirect_defaults(delay)
    }

    fn safety_settings(&mut self, delay: &mut impl DelayNs) -> Result<(), DriverError> {
        self.indirect_write(delay, IND_SCRATCH, 0)?;
        self.regs.write(AUDIO_LOOPBACK, 0)?;
        self.regs.write(REVISION_C_TUNING, REVISION_C_VALUE)?;
        self.regs.write(AUTO_CONTROL, AUTO_CONTROL_SAFE)?;
        self.regs.write(BATTERY_FEED, BATTERY_FEED_Q7_OFF)
    }

    fn power_up(&mut self, delay: &mut impl DelayNs) -> Result<(), DriverError> {
        self.regs.write(DCDC_PWM_PERIOD, DCDC_PERIOD)?;
        self.regs.write(POWER_DOWN, 0)?;
        let mut battery = 0;
        for _ in 0..BATTERY_POLLS {
            battery = self.regs.read(BATTERY_VOLTAGE_SENSE)?;
            if battery >= BATTERY_UP {
                break;
            }
            delay.delay_ms(10);
        }
        if battery < BATTERY_UP {
            return Err(DriverError::Failed {
                port: self.port().to_string(),
                step: "DC-DC power-up",
                detail: format!(
                    "battery only -{} mV after 500 ms (is the converter supply connected?)",
                    i32::from(battery) * MV_PER_VOLTAGE_STEP
                ),
            });
        }
        let limit = (self.settings.loop_current_ma.clamp(20, 41) - 20) / 3;
        self.regs.write(LOOP_CURRENT_LIMIT, limit)?;
        self.regs.write(DCDC_CONTROL, DCDC_ENGAGE)
    }

    /// With the converter off the battery must hold its charge: a fast sag is a short or a
    /// leak on the line side, and powering on into it would burn parts.
    fn leak_test(&mut self, delay: &mut impl DelayNs) -> Result<(), DriverError> {
        self.regs.write(LINEFEED, linefeed::OPEN)?;
        self.regs.write(POWER_DOWN, POWER_DOWN_DCDC)?;
        for _ in 0..LEAK_POLLS {
            let battery = self.regs.read(BATTERY_VOLTAGE_SENSE)?;
            if battery < BATTERY_LEAK_FLOOR {
                return Err(DriverError::Failed {
                    port: self.port().to_string(),
                    step: "power leak test",
                    detail: format!(
                        "battery fell to -{} mV with the converter off: short circuit or leak",
                        i32::from(battery) * MV_PER_VOLTAGE_STEP
                    ),
                });
            }
            delay.delay_ms(50);
        }
        Ok(())
    }

    fn calibrate(&mut self, delay: &mut impl DelayNs) -> Result<(), DriverError> {
        self.regs.write(CALIBRATION_2, CALIBRATE_ALL)?;
        self.regs.write(CALIBRATION_1, CALIBRATE_START)?;
        for _ in 0..CALIBRATION_POLLS {
            if self.regs.read(CALIBRATION_1)? == 0 {
                return Ok(());
            }
            delay.delay_ms(10);
        }
        Err(DriverError::Timeout {
            port: self.port().to_string(),
            step: "calibration (2 s)",
        })
    }

    fn calibrate_dcdc(&mut self, delay: &mut impl DelayNs) -> Result<(), DriverError> {
        self.regs.write(DCDC_CONTROL, DCDC_ENGAGE_CALIBRATE)?;
        let mut done = false;
        for _ in 0..DCDC_CAL_POLLS {
            if self.regs.read(DCDC_CONTROL)? & DCDC_CALIBRATE == 0 {
                done = true;
                break;
            }
            delay.delay_ms(5);
        }
        if !done {
            return Err(DriverError::Timeout {
                port: self.port().to_string(),
                step: "DC-DC calibration (100 ms)",
            });
        }
        let result = self.regs.read(DCDC_CALIBRATION_RESULT)?;
        if !DCDC_CAL_SANE.contains(&result) {
            self.regs
                .write(DCDC_CALIBRATION_RESULT, DCDC_CAL_FALLBACK)?;
        }
        Ok(())
    }

    /// PCM slot and format, interrupts, ringing for the country, idle feed.
    fn configure(&mut self, delay: &mut impl DelayNs) -> Result<(), DriverError> {
        program_pcm(
            &mut self.regs,
            PcmRegisters {
                mode: PCM_MODE,
                start_counts: [
                    PCM_TX_START_LO,
                    PCM_TX_START_HI,
                    PCM_RX_START_LO,
                    PCM_RX_START_HI,
                ],
            },
            self.settings.pcm,
        )?;
        for reg in [IRQ_STATUS_1, IRQ_STATUS_2, IRQ_STATUS_3] {
            self.regs.write(reg, 0xff)?;
        }
        self.regs.write(COMMON_MODE_VOLTAGE, COMMON_MODE_DEFAULT)?;
        self.configure_ringing(delay)?;
        self.regs.write(IRQ_MASK_1, 0)?;
        self.regs.write(
            IRQ_MASK_2,
            IRQ2_POWER_ALARMS | IRQ2_LOOP_CLOSURE | IRQ2_RING_TRIP,
        )?;
        self.regs.write(IRQ_MASK_3, 0)?;
        self.regs.write(LINEFEED, linefeed::FORWARD_ACTIVE)?;
        self.feed = LineFeed::Active(Polarity::Forward);
        self.idle_polarity = Polarity::Forward;
        self.off_hook = false;
        Ok(())
    }

    fn configure_ringing(&mut self, delay: &mut impl DelayNs) -> Result<(), DriverError> {
        let (coefficient, amplitude) = ring_oscillator(self.settings.country.ring_hz());
        self.regs.write(RING_OSC_CONTROL, 0)?;
        self.indirect_write(delay, IND_RING_OSC, coefficient)?;
        self.indirect_write(delay, IND_RING_X, amplitude)?;
        self.indirect_write(delay, IND_RING_Y, 0)?;
        self.regs.write(BATTERY_HIGH, BATTERY_HIGH_RINGING)
    }

    fn load_indirect_defaults(&mut self, delay: &mut impl DelayNs) -> Result<(), DriverError> {
        for &(addr, value) in INDIRECT_DEFAULTS {
            self.indirect_write(delay, addr, value)?;
        }
        Ok(())
    }

    fn verify_indirect_defaults(&mut self, delay: &mut impl DelayNs) -> Result<(), DriverError> {
        for &(addr, want) in INDIRECT_DEFAULTS {
            if let Some(got) = self.indirect_read(delay, addr)?
                && got != want
            {
                return Err(DriverError::Failed {
                    port: self.port().to_string(),
                    step: "indirect register check",
                    detail: format!("indirect {addr} reads {got:#06x}, wrote {want:#06x}"),
                });
            }
        }
        Ok(())
    }

    fn chip_indirect(&self, si3210_addr: u8) -> Option<u8> {
        match self.settings.variant {
            SlicVariant::Si3210 => Some(si3210_addr),
            SlicVariant::Si3215 => si3215_indirect(si3210_addr),
        }
    }

    fn indirect_write(
        &mut self,
        delay: &mut impl DelayNs,
        si3210_addr: u8,
        value: u16,
    ) -> Result<(), DriverError> {
        let Some(addr) = self.chip_indirect(si3210_addr) else {
            return Ok(());
        };
        self.wait_indirect(delay)?;
        let [lo, hi] = value.to_le_bytes();
        self.regs.write(INDIRECT_DATA_LO, lo)?;
        self.regs.write(INDIRECT_DATA_HI, hi)?;
        self.regs.write(INDIRECT_ADDRESS, addr)
    }

    /// `None` where the part has no such cell.
    fn indirect_read(
        &mut self,
        delay: &mut impl DelayNs,
        si3210_addr: u8,
    ) -> Result<Option<u16>, DriverError> {
        let Some(addr) = self.chip_indirect(si3210_addr) else {
            return Ok(None);
        };
        self.wait_indirect(delay)?;
        self.regs.write(INDIRECT_ADDRESS, addr)?;
        self.wait_indirect(delay)?;
        let lo = self.regs.read(INDIRECT_DATA_LO)?;
        let hi = self.regs.read(INDIRECT_DATA_HI)?;
        Ok(Some(u16::from_le_bytes([lo, hi])))
    }

    fn wait_indirect(&mut self, delay: &mut impl DelayNs) -> Result<(), DriverError> {
        for _ in 0..INDIRECT_POLLS {
            if self.regs.read(INDIRECT_STATUS)? == 0 {
                return Ok(());
            }
            delay.delay_us(10);
        }
        Err(DriverError::Timeout {
            port: self.port().to_string(),
            step: "indirect register access",
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

/// Linefeed register code for a feed.
pub fn linefeed_code(feed: LineFeed) -> u8 {
    match feed {
        LineFeed::Open => linefeed::OPEN,
        LineFeed::Active(Polarity::Forward) => linefeed::FORWARD_ACTIVE,
        LineFeed::Active(Polarity::Reverse) => linefeed::REVERSE_ACTIVE,
        LineFeed::OnHookTransmission(Polarity::Forward) => linefeed::FORWARD_OHT,
        LineFeed::OnHookTransmission(Polarity::Reverse) => linefeed::REVERSE_OHT,
        LineFeed::Ringing => linefeed::RINGING,
    }
}
