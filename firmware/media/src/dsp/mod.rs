//! Signal processing: oscillators, Goertzel filters, DTMF detection/generation, call-progress
//! tones (country table, generator, detector), fax/modem tone detection and FSK.

pub mod dtmf_detect;
pub mod dtmf_gen;
pub mod fax_tones;
pub mod fsk;
pub mod goertzel;
pub mod osc;
pub mod progress_detect;
pub mod tones;

pub use dtmf_detect::DtmfDetector;
pub use dtmf_gen::DtmfGenerator;
pub use fax_tones::{FaxTone, FaxToneDetector};
pub use fsk::{FskDemodulator, FskModulator, FskStandard, caller_id_mdmf};
pub use goertzel::Goertzel;
pub use osc::Osc;
pub use progress_detect::{CallProgressDetector, Progress};
pub use tones::{ToneGenerator, ToneKind};

/// Peak amplitude (16-bit scale) of a 0 dBm0 sine in G.711 (µ-law: +3.17 dBm0 is full scale).
pub const DBM0_PEAK: f32 = 22_706.0;

/// Peak amplitude of a sine at `dbm0`.
pub fn dbm0_to_peak(dbm0: f32) -> f32 {
    DBM0_PEAK * 10f32.powf(dbm0 / 20.0)
}

/// Mean-square power of a sine at `dbm0` (peak²/2).
pub fn dbm0_to_power(dbm0: f32) -> f32 {
    let p = dbm0_to_peak(dbm0);
    p * p / 2.0
}
