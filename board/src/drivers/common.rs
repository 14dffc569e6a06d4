//! Steps both chip families share: the reset pulse, the interrupt line, the PCM slot set-up.

use embedded_hal::delay::DelayNs;
use embedded_hal::digital::{InputPin, OutputPin};
use embedded_hal::spi::SpiDevice;

use super::DriverError;
use super::pcm::PcmSlot;
use super::spi_regs::Regs;

/// Hold the chip in reset for 10 ms, then give it 10 ms to come out.
pub(crate) fn pulse_reset(
    reset: &mut impl OutputPin,
    delay: &mut impl DelayNs,
    port: &str,
) -> Result<(), DriverError> {
    let pin_error = |e| DriverError::Bus {
        port: port.to_string(),
        detail: format!("reset pin: {e:?}"),
    };
    reset.set_low().map_err(pin_error)?;
    delay.delay_ms(10);
    reset.set_high().map_err(pin_error)?;
    delay.delay_ms(10);
    Ok(())
}

/// The chip's interrupt output (active low) is asserted.
pub(crate) fn interrupt_asserted(irq: &mut impl InputPin, port: &str) -> Result<bool, DriverError> {
    irq.is_low().map_err(|e| DriverError::Bus {
        port: port.to_string(),
        detail: format!("interrupt pin: {e:?}"),
    })
}

/// Where a chip keeps its PCM mode and its transmit/receive slot start counts.
pub(crate) struct PcmRegisters {
    pub mode: u8,
    /// Transmit start count low and high byte, then receive low and high.
    pub start_counts: [u8; 4],
}

/// Program the PCM format and slot (the same slot both ways).
pub(crate) fn program_pcm<SPI: SpiDevice>(
    regs: &mut Regs<SPI>,
    at: PcmRegisters,
    pcm: PcmSlot,
) -> Result<(), DriverError> {
    let start = pcm.start_count().ok_or_else(|| DriverError::Failed {
        port: regs.port().to_string(),
        step: "PCM slot",
        detail: format!("slot {} is beyond the chip's 1023 bit clocks", pcm.slot),
    })?;
    let [lo, hi] = start.to_le_bytes();
    regs.write(at.mode, pcm.format.mode_register())?;
    let [tx_lo, tx_hi, rx_lo, rx_hi] = at.start_counts;
    for (reg, value) in [(tx_lo, lo), (tx_hi, hi), (rx_lo, lo), (rx_hi, hi)] {
        regs.write(reg, value)?;
    }
    Ok(())
}
