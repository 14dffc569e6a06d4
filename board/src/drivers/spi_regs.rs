//! Byte-wide register access on the two chip families' SPI framings.
//!
//! Both parts latch one byte per chip-select cycle (DAHDI's TDM400 driver also raises CS
//! between bytes), so every byte is its own `SpiDevice` transaction:
//! - ProSLIC: `[address | 0x80 for read]`, then the data byte.
//! - Voice DAA: a control byte (`0x20` write, `0x60` read), the address, then the data byte.

use embedded_hal::spi::{Error as _, SpiDevice};

use super::DriverError;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Framing {
    ProSlic,
    Daa,
}

const PROSLIC_READ: u8 = 0x80;
const DAA_WRITE: u8 = 0x20;
const DAA_READ: u8 = 0x60;

/// A chip's register access, and whether the chip is up: a failed bus access or a failed
/// check takes it down, and a down chip gets no more bus traffic until brought up again.
pub(crate) struct Regs<SPI> {
    spi: SPI,
    framing: Framing,
    port: String,
    up: bool,
}

impl<SPI: SpiDevice> Regs<SPI> {
    pub(crate) fn new(spi: SPI, framing: Framing, port: &str) -> Self {
        Regs {
            spi,
            framing,
            port: port.to_string(),
            up: false,
        }
    }

    pub(crate) fn port(&self) -> &str {
        &self.port
    }

    pub(crate) fn is_up(&self) -> bool {
        self.up
    }

    pub(crate) fn set_up(&mut self, up: bool) {
        self.up = up;
    }

    /// Refuse, without bus traffic, when the chip is down.
    pub(crate) fn ensure_up(&self) -> Result<(), DriverError> {
        if self.up {
            Ok(())
        } else {
            Err(DriverError::PortDown {
                port: self.port.clone(),
            })
        }
    }

    /// A read in service of a running port: a bus error takes the chip down.
    pub(crate) fn read_live(&mut self, reg: u8) -> Result<u8, DriverError> {
        let result = self.read(reg);
        self.up &= result.is_ok();
        result
    }

    /// A write in service of a running port: a bus error takes the chip down.
    pub(crate) fn write_live(&mut self, reg: u8, value: u8) -> Result<(), DriverError> {
        let result = self.write(reg, value);
        self.up &= result.is_ok();
        result
    }

    pub(crate) fn write(&mut self, reg: u8, value: u8) -> Result<(), DriverError> {
        match self.framing {
            Framing::ProSlic => self.byte_out(reg & 0x7f)?,
            Framing::Daa => {
                self.byte_out(DAA_WRITE)?;
                self.byte_out(reg & 0x7f)?;
            }
        }
        self.byte_out(value)
    }

    pub(crate) fn read(&mut self, reg: u8) -> Result<u8, DriverError> {
        match self.framing {
            Framing::ProSlic => self.byte_out(reg | PROSLIC_READ)?,
            Framing::Daa => {
                self.byte_out(DAA_READ)?;
                self.byte_out(reg & 0x7f)?;
            }
        }
        let mut byte = [0u8];
        self.spi
            .read(&mut byte)
            .map_err(|e| self.bus_error(e.kind()))?;
        Ok(byte[0])
    }

    /// Read a register whose value can never be all zeros or all ones on a live chip; such a
    /// read means the chip is gone (MISO floating high or held low).
    pub(crate) fn read_alive(&mut self, reg: u8) -> Result<u8, DriverError> {
        let value = self.read(reg)?;
        if value == 0x00 || value == 0xff {
            return Err(DriverError::NotAnswering {
                port: self.port.clone(),
                register: reg,
                value,
            });
        }
        Ok(value)
    }

    fn byte_out(&mut self, byte: u8) -> Result<(), DriverError> {
        self.spi
            .write(&[byte])
            .map_err(|e| self.bus_error(e.kind()))
    }

    fn bus_error(&self, kind: embedded_hal::spi::ErrorKind) -> DriverError {
        DriverError::Bus {
            port: self.port.clone(),
            detail: format!("SPI: {kind}"),
        }
    }

    #[cfg(test)]
    pub(crate) fn spi_mut(&mut self) -> &mut SPI {
        &mut self.spi
    }
}
