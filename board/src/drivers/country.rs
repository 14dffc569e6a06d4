//! Per-country analog line settings the chips need.
//!
//! FXO: the Voice DAA's line interface (on-hook speed, ringer impedance and threshold, DC
//! termination, AC impedance) must match what the national network approves. The values
//! below follow the public Si3050 datasheet fields as DAHDI's `fxo_modes` table sets them
//! per country (the Nordic countries and the Netherlands use the TBR21 settings). FXS: the
//! ringing frequency the phones of that country expect.

use std::fmt;
use std::str::FromStr;

/// A country profile known to the drivers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Country {
    Us,
    Uk,
    De,
    Fr,
    Au,
    Dk,
    Se,
    Nl,
}

/// The Voice DAA line settings for one country (field names as in the Si3050 datasheet).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DaaCoefficients {
    /// On-hook speed (register 16 bit 6) and its second bit (register 31 bit 3).
    pub ohs: bool,
    pub ohs2: bool,
    /// Ringer impedance (register 16 bit 1) and ringer threshold (register 16 bit 0).
    pub rz: bool,
    pub rt: bool,
    /// DC termination: current limit (register 26 bit 1), tip/ring voltage adjust (bits 7:6),
    /// minimum operating loop current (bits 5:4).
    pub ilim: bool,
    pub dcv: u8,
    pub mini: u8,
    /// AC termination impedance select (register 30 bits 3:0).
    pub acim: u8,
}

/// Line-voltage supervision on FXO: below `battery_threshold_v` the line counts as having no
/// battery; that must last `battery_alarm_ms` before the port is reported as unplugged.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BatterySupervision {
    pub battery_threshold_v: u8,
    pub battery_alarm_ms: u64,
}

impl Country {
    pub const ALL: [Country; 8] = [
        Country::Us,
        Country::Uk,
        Country::De,
        Country::Fr,
        Country::Au,
        Country::Dk,
        Country::Se,
        Country::Nl,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Country::Us => "US",
            Country::Uk => "UK",
            Country::De => "DE",
            Country::Fr => "FR",
            Country::Au => "AU",
            Country::Dk => "DK",
            Country::Se => "SE",
            Country::Nl => "NL",
        }
    }

    pub fn daa(self) -> DaaCoefficients {
        let tbr21 = DaaCoefficients {
            ohs: false,
            ohs2: true,
            rz: false,
            rt: false,
            ilim: true,
            dcv: 3,
            mini: 0,
            acim: 2,
        };
        match self {
            // FCC part 68: ringer threshold raised, default 600 ohm termination.
            Country::Us => DaaCoefficients {
                ohs2: false,
                ilim: false,
                rt: true,
                acim: 0,
                ..tbr21
            },
            // BT: 370 ohm + 620 ohm || 310 nF.
            Country::Uk => DaaCoefficients { acim: 5, ..tbr21 },
            // 220 ohm + 820 ohm || 115 nF.
            Country::De => DaaCoefficients { acim: 3, ..tbr21 },
            // TBR21 270 ohm + 750 ohm || 150 nF.
            Country::Fr | Country::Dk | Country::Se | Country::Nl => tbr21,
            // Australia: slow on-hook for spark quenching, higher minimum loop current.
            Country::Au => DaaCoefficients {
                ohs: true,
                ohs2: false,
                ilim: false,
                dcv: 0,
                mini: 3,
                acim: 3,
                ..tbr21
            },
        }
    }

    pub fn battery(self) -> BatterySupervision {
        BatterySupervision {
            battery_threshold_v: 3,
            battery_alarm_ms: 1000,
        }
    }

    /// Ringing frequency for FXS ports.
    pub fn ring_hz(self) -> u8 {
        match self {
            Country::Us => 20,
            Country::Uk | Country::De | Country::Au | Country::Dk | Country::Se | Country::Nl => 25,
            Country::Fr => 50,
        }
    }
}

impl fmt::Display for Country {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl FromStr for Country {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.to_ascii_uppercase().as_str() {
            "US" | "CA" => Ok(Country::Us),
            "UK" | "GB" => Ok(Country::Uk),
            "DE" => Ok(Country::De),
            "FR" => Ok(Country::Fr),
            "AU" => Ok(Country::Au),
            "DK" => Ok(Country::Dk),
            "SE" => Ok(Country::Se),
            "NL" => Ok(Country::Nl),
            _ => Err(format!(
                "unknown country {s:?} (known: {})",
                Country::ALL.map(Country::code).join(", ")
            )),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn countries_parse_case_insensitively_and_reject_unknown() {
        assert_eq!("gb".parse::<Country>(), Ok(Country::Uk));
        assert_eq!("De".parse::<Country>(), Ok(Country::De));
        let err = "XX".parse::<Country>().unwrap_err();
        assert!(
            err.contains("\"XX\"") && err.contains("US, UK, DE, FR, AU, DK, SE, NL"),
            "{err}"
        );
    }

    #[test]
    fn every_country_has_distinct_line_settings_where_networks_differ() {
        assert_ne!(Country::Uk.daa(), Country::De.daa());
        assert_ne!(Country::Us.daa(), Country::Fr.daa());
        assert!(Country::Au.daa().ohs && Country::Au.daa().mini == 3);
        assert_eq!(Country::Fr.ring_hz(), 50);
    }
}
