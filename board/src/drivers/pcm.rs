//! PCM (TDM) highway settings shared by both chips, and the bus that carries the audio.
//!
//! SPI only controls the chips; their audio travels on a TDM bus (8 kHz frame sync, one slot
//! per channel). Each chip is told at which bit clock after frame sync its slot starts (the
//! "start count"), and whether the slot holds A-law, µ-law or 16-bit linear samples.

use serde::Deserialize;

use crate::line::Frame;

/// Sample format of the TDM slots (the same for every chip on the bus).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum PcmFormat {
    /// G.711 A-law, 8-bit slots.
    Alaw,
    /// G.711 µ-law, 8-bit slots.
    Ulaw,
    /// 16-bit linear, 16-bit slots (no companding loss; the default).
    #[default]
    Linear,
}

/// Both chip families encode the PCM mode the same way: enable bit 5, format in bits 4:3.
const PCM_ENABLE: u8 = 0x20;

impl PcmFormat {
    /// Bit clocks per slot.
    pub fn slot_bits(self) -> u16 {
        match self {
            PcmFormat::Alaw | PcmFormat::Ulaw => 8,
            PcmFormat::Linear => 16,
        }
    }

    /// Value of the PCM mode register (ProSLIC direct register 1, DAA register 33).
    pub fn mode_register(self) -> u8 {
        let format = match self {
            PcmFormat::Alaw => 0b00,
            PcmFormat::Ulaw => 0b01,
            PcmFormat::Linear => 0b11,
        };
        PCM_ENABLE | (format << 3)
    }
}

/// Largest start count the chips accept (a 10-bit field).
pub const MAX_START_COUNT: u16 = 0x3ff;

/// Where one channel sits on the TDM bus.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PcmSlot {
    pub format: PcmFormat,
    /// 0-based slot number on the bus.
    pub slot: u8,
}

impl PcmSlot {
    /// Bit clocks from frame sync to the first bit of this slot, or `None` if the slot lies
    /// beyond what the chip can address.
    pub fn start_count(self) -> Option<u16> {
        let count = u16::from(self.slot) * self.format.slot_bits();
        (count <= MAX_START_COUNT).then_some(count)
    }
}

/// The TDM bus as the board sees it: one 10 ms frame per slot each way, every frame.
///
/// `to_slots[k]` is played into slot `k`, `from_slots[k]` receives what slot `k` carried;
/// both have [`PcmBus::slots`] entries. An exchange blocks until the bus has delivered the
/// next frame (at most one frame time): on real hardware the TDM clock is the line loop's
/// clock, and a loop that also sleeps to its own timer would drift against it.
pub trait PcmBus {
    fn slots(&self) -> usize;
    fn exchange(&mut self, to_slots: &[Frame], from_slots: &mut [Frame]) -> Result<(), String>;
    /// True when `exchange` blocks on the bus's clock (a running capture stream).
    fn is_clocked(&self) -> bool {
        false
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mode_register_values_match_the_datasheet_encoding() {
        assert_eq!(PcmFormat::Alaw.mode_register(), 0x20);
        assert_eq!(PcmFormat::Ulaw.mode_register(), 0x28);
        assert_eq!(PcmFormat::Linear.mode_register(), 0x38);
    }

    #[test]
    fn start_count_is_slot_times_width_and_bounded() {
        let ulaw = |slot| PcmSlot {
            format: PcmFormat::Ulaw,
            slot,
        };
        let linear = |slot| PcmSlot {
            format: PcmFormat::Linear,
            slot,
        };
        assert_eq!(ulaw(0).start_count(), Some(0));
        assert_eq!(ulaw(3).start_count(), Some(24));
        assert_eq!(linear(3).start_count(), Some(48));
        assert_eq!(ulaw(127).start_count(), Some(1016));
        assert_eq!(linear(64).start_count(), None);
    }
}
