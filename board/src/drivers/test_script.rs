//! Test helper: SPI expectations for embedded-hal-mock written as register operations in the
//! chips' framings (one chip-select cycle per byte), so a test reads like the datasheet.

use embedded_hal_mock::eh1::spi::Transaction as Spi;

use super::proslic::SlicVariant;
use super::proslic::regs::{
    INDIRECT_ADDRESS, INDIRECT_DATA_HI, INDIRECT_DATA_LO, INDIRECT_STATUS, si3215_indirect,
};
use super::spi_regs::Framing;

pub(crate) struct Script {
    framing: Framing,
    pub(crate) spi: Vec<Spi<u8>>,
}

impl Script {
    pub(crate) fn proslic() -> Self {
        Script {
            framing: Framing::ProSlic,
            spi: Vec::new(),
        }
    }

    pub(crate) fn daa() -> Self {
        Script {
            framing: Framing::Daa,
            spi: Vec::new(),
        }
    }

    fn byte_out(&mut self, byte: u8) {
        self.spi.extend([
            Spi::transaction_start(),
            Spi::write(byte),
            Spi::transaction_end(),
        ]);
    }

    fn address(&mut self, reg: u8, read: bool) {
        match (self.framing, read) {
            (Framing::ProSlic, false) => self.byte_out(reg),
            (Framing::ProSlic, true) => self.byte_out(reg | 0x80),
            (Framing::Daa, false) => {
                self.byte_out(0x20);
                self.byte_out(reg);
            }
            (Framing::Daa, true) => {
                self.byte_out(0x60);
                self.byte_out(reg);
            }
        }
    }

    pub(crate) fn write(&mut self, reg: u8, value: u8) -> &mut Self {
        self.address(reg, false);
        self.byte_out(value);
        self
    }

    pub(crate) fn read(&mut self, reg: u8, answer: u8) -> &mut Self {
        self.address(reg, true);
        self.spi.extend([
            Spi::transaction_start(),
            Spi::read(answer),
            Spi::transaction_end(),
        ]);
        self
    }

    /// ProSLIC indirect write at a Si3210 address (skipped where the Si3215 has no cell).
    pub(crate) fn ind_write(&mut self, variant: SlicVariant, addr: u8, value: u16) -> &mut Self {
        let Some(addr) = chip_addr(variant, addr) else {
            return self;
        };
        self.read(INDIRECT_STATUS, 0);
        self.write(INDIRECT_DATA_LO, value as u8);
        self.write(INDIRECT_DATA_HI, (value >> 8) as u8);
        self.write(INDIRECT_ADDRESS, addr)
    }

    /// ProSLIC indirect read answering `value`.
    pub(crate) fn ind_read(&mut self, variant: SlicVariant, addr: u8, value: u16) -> &mut Self {
        let Some(addr) = chip_addr(variant, addr) else {
            return self;
        };
        self.read(INDIRECT_STATUS, 0);
        self.write(INDIRECT_ADDRESS, addr);
        self.read(INDIRECT_STATUS, 0);
        self.read(INDIRECT_DATA_LO, value as u8);
        self.read(INDIRECT_DATA_HI, (value >> 8) as u8)
    }
}

fn chip_addr(variant: SlicVariant, addr: u8) -> Option<u8> {
    match variant {
        SlicVariant::Si3210 => Some(addr),
        SlicVariant::Si3215 => si3215_indirect(addr),
    }
}
