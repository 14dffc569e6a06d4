//! Country profiles for analog lines: which tones (from the media crate's country table),
//! the ring cadence, and how caller ID is sent. The five countries the issue asks for; other
//! rows of the tone table can be added here with their caller ID convention.

use edgepbx_media::dsp::FskStandard;
use edgepbx_media::dsp::tones::{Country, country};

/// How caller ID is signalled on an on-hook line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CidMethod {
    /// FSK in the silence after the first ring burst (Bell 202 in North America, V.23 in
    /// Germany and Australia).
    FskAfterFirstRing(FskStandard),
    /// Polarity reversal, then FSK, then the first ring (UK BT SIN 227 style, France).
    FskBeforeRing(FskStandard),
    /// DTMF digits `A<number>C` before the first ring (Nordic countries, Netherlands).
    DtmfBeforeRing,
}

#[derive(Debug, Clone, Copy)]
pub struct Profile {
    pub code: &'static str,
    pub tones: &'static Country,
    pub cid: CidMethod,
    /// Loop open time that tells the phone the far end hung up (calling party control).
    pub disconnect_open_ms: u64,
}

/// The profile for a country code ("us", "uk"/"gb", "de", "fr", "au").
pub fn profile(code: &str) -> Option<Profile> {
    let tones = country(code)?;
    let cid = match tones.code {
        "us" => CidMethod::FskAfterFirstRing(FskStandard::Bell202),
        "uk" => CidMethod::FskBeforeRing(FskStandard::V23),
        "fr" => CidMethod::FskBeforeRing(FskStandard::V23),
        "de" | "au" => CidMethod::FskAfterFirstRing(FskStandard::V23),
        "dk" | "se" | "nl" => CidMethod::DtmfBeforeRing,
        _ => return None,
    };
    Some(Profile {
        code: tones.code,
        tones,
        cid,
        disconnect_open_ms: 800,
    })
}

/// Country codes with a full analog profile.
pub const COUNTRIES: &[&str] = &["us", "uk", "de", "fr", "au", "dk", "se", "nl"];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_listed_country_has_a_profile_and_unknown_ones_do_not() {
        for c in COUNTRIES {
            assert!(profile(c).is_some(), "{c}");
        }
        assert_eq!(profile("gb").unwrap().code, "uk");
        assert!(profile("xx").is_none());
    }
}
