//! Register-level drivers for the line chips, over the embedded-hal 1.0 traits.
//!
//! - [`proslic`]: Silicon Labs Si3210/Si3215 ProSLIC (FXS: feeds and rings an analog phone).
//! - [`daa`]: Silicon Labs Si3050 + Si3018/19 Voice DAA (FXO: behaves as a phone on a PSTN line).
//! - [`board`]: a whole board of those chips plus a PCM bus, as a [`crate::line::LineInterface`].
//!
//! The drivers only talk to the chips: they take `now` from the caller where timing matters
//! and wait through an injected `DelayNs` during bring-up (reset pulses, power-up and
//! calibration polls, each bounded so a dead chip gives an error, never a hang).

pub mod board;
mod common;
pub mod country;
pub mod daa;
mod error;
pub mod pcm;
pub mod proslic;
mod spi_regs;
#[cfg(test)]
mod test_script;

pub use error::DriverError;

/// The interrupt input of a chip whose interrupt output is not wired to a GPIO: always
/// "pending", so the driver reads the chip's interrupt status every frame.
#[derive(Debug, Clone, Copy, Default)]
pub struct NoIrqLine;

impl embedded_hal::digital::ErrorType for NoIrqLine {
    type Error = core::convert::Infallible;
}

impl embedded_hal::digital::InputPin for NoIrqLine {
    fn is_high(&mut self) -> Result<bool, Self::Error> {
        Ok(false)
    }

    fn is_low(&mut self) -> Result<bool, Self::Error> {
        Ok(true)
    }
}
