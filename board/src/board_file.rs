//! Board description files: which line chip sits on which SPI device, which GPIO lines reset
//! it and carry its interrupt, which TDM slot carries its audio, and the country profile.
//!
//! ```toml
//! country = "DE"                  # default for every port (optional: without it each
//!                                 # FXS port follows its owning account's country)
//!
//! [pcm]
//! device = "hw:0,0"               # ALSA card,device of the SoC's TDM/I2S interface
//! format = "linear"               # linear (16-bit slots), ulaw or alaw (8-bit slots)
//! slots = 4                       # slots per 8 kHz frame on the bus
//!
//! [factory_reset]                 # optional push button: held, it factory-resets the box
//! chip = "/dev/gpiochip0"
//! line = 21
//! hold_secs = 10                  # optional, 1..=60 (default 10)
//! active_low = true               # optional (default: pressed reads 0, a button to ground)
//!
//! [[port]]
//! name = "fxs1"
//! chip = "si3215"                 # si3210 / si3215 (FXS) or si3050 (FXO)
//! spi = "/dev/spidev0.0"
//! reset = { chip = "/dev/gpiochip0", line = 5 }
//! irq = { chip = "/dev/gpiochip0", line = 6 }   # optional; polled every frame anyway
//! pcm_slot = 0
//! ```
//!
//! [`parse`] checks everything that can be checked without hardware and names the port and
//! field of the first problem.

use std::collections::HashMap;
use std::fmt;
use std::path::Path;

use serde::Deserialize;

use crate::drivers::country::Country;
use crate::drivers::daa::FxoSettings;
use crate::drivers::pcm::{PcmFormat, PcmSlot};
use crate::drivers::proslic::{FxsSettings, SlicVariant};
use crate::line::PortKind;

/// The chips the drivers know.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChipKind {
    Si3210,
    Si3215,
    Si3050,
}

impl ChipKind {
    pub fn port_kind(self) -> PortKind {
        match self {
            ChipKind::Si3210 | ChipKind::Si3215 => PortKind::Fxs,
            ChipKind::Si3050 => PortKind::Fxo,
        }
    }
}

/// A GPIO line on a GPIO character device.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GpioLine {
    pub chip: String,
    pub line: u32,
}

impl fmt::Display for GpioLine {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} line {}", self.chip, self.line)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PcmSpec {
    pub card: u32,
    pub device: u32,
    pub format: PcmFormat,
    pub slots: u8,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PortSpec {
    pub name: String,
    pub chip: ChipKind,
    pub spi: String,
    pub spi_hz: u32,
    pub reset: GpioLine,
    pub irq: Option<GpioLine>,
    pub pcm_slot: u8,
    pub country: Country,
    /// The board file names the country (for this port or the whole board): the port's
    /// ring cadence and caller-ID standard come from it, not from its owning account.
    pub country_explicit: bool,
    pub loop_current_ma: u8,
}

impl PortSpec {
    pub fn kind(&self) -> PortKind {
        self.chip.port_kind()
    }

    fn pcm(&self, format: PcmFormat) -> PcmSlot {
        PcmSlot {
            format,
            slot: self.pcm_slot,
        }
    }

    /// The country whose line profile (cadence, caller ID) the port must use whatever its
    /// account says; None when the board file names none.
    pub fn fixed_country(&self) -> Option<Country> {
        self.country_explicit.then_some(self.country)
    }

    /// Driver settings for an FXS port (`None` for FXO).
    pub fn fxs_settings(&self, format: PcmFormat) -> Option<FxsSettings> {
        let variant = match self.chip {
            ChipKind::Si3210 => SlicVariant::Si3210,
            ChipKind::Si3215 => SlicVariant::Si3215,
            ChipKind::Si3050 => return None,
        };
        Some(FxsSettings {
            variant,
            pcm: self.pcm(format),
            country: self.country,
            loop_current_ma: self.loop_current_ma,
        })
    }

    /// Driver settings for an FXO port (`None` for FXS).
    pub fn fxo_settings(&self, format: PcmFormat) -> Option<FxoSettings> {
        (self.chip == ChipKind::Si3050).then(|| FxoSettings {
            pcm: self.pcm(format),
            country: self.country,
        })
    }
}

/// The factory-reset button: held for `hold_secs`, it resets the box (`reset_button`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResetButton {
    pub line: GpioLine,
    pub hold_secs: u32,
    /// Pressed reads 0 (a button to ground with a pull-up).
    pub active_low: bool,
}

/// A checked board description.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BoardSpec {
    /// The board's country (US when the file names none: see `country_explicit`).
    pub country: Country,
    pub country_explicit: bool,
    pub pcm: PcmSpec,
    pub factory_reset: Option<ResetButton>,
    pub ports: Vec<PortSpec>,
}

impl BoardSpec {
    pub fn port_kinds(&self) -> Vec<PortKind> {
        self.ports.iter().map(PortSpec::kind).collect()
    }
}

/// What is wrong with a board file, naming where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BoardFileError {
    /// The file could not be read.
    Read { path: String, reason: String },
    /// Not valid TOML, or a field of the wrong type or name (toml's message has the line).
    Syntax(String),
    /// A value is not acceptable: `place` is "board" or "port NAME".
    Invalid {
        place: String,
        field: &'static str,
        reason: String,
    },
}

impl fmt::Display for BoardFileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BoardFileError::Read { path, reason } => {
                write!(f, "board file {path}: cannot read: {reason}")
            }
            BoardFileError::Syntax(message) => write!(f, "board file: {message}"),
            BoardFileError::Invalid {
                place,
                field,
                reason,
            } => {
                write!(f, "board file: {place}: {field}: {reason}")
            }
        }
    }
}

impl std::error::Error for BoardFileError {}

const DEFAULT_SPI_HZ: u32 = 1_000_000;
/// The ProSLIC's and DAA's SPI clock ceiling is above this; slower buses stay reliable on long
/// board traces.
const MAX_SPI_HZ: u32 = 16_000_000;
const DEFAULT_LOOP_CURRENT_MA: u8 = 20;
const MAX_SLOTS: u8 = 32;
const MAX_NAME_LEN: usize = 32;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawBoard {
    country: Option<String>,
    pcm: RawPcm,
    factory_reset: Option<RawButton>,
    #[serde(default)]
    port: Vec<RawPort>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawButton {
    chip: String,
    line: u32,
    hold_secs: Option<u32>,
    active_low: Option<bool>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPcm {
    device: String,
    #[serde(default)]
    format: PcmFormat,
    slots: u8,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPort {
    name: String,
    chip: String,
    spi: String,
    spi_hz: Option<u32>,
    reset: GpioLine,
    irq: Option<GpioLine>,
    pcm_slot: u8,
    country: Option<String>,
    loop_current_ma: Option<u8>,
}

/// Read and check a board file.
pub fn load(path: &Path) -> Result<BoardSpec, BoardFileError> {
    let text = std::fs::read_to_string(path).map_err(|e| BoardFileError::Read {
        path: path.display().to_string(),
        reason: e.to_string(),
    })?;
    parse(&text)
}

/// Check a board file's text.
pub fn parse(text: &str) -> Result<BoardSpec, BoardFileError> {
    let raw: RawBoard = toml::from_str(text).map_err(|e| BoardFileError::Syntax(e.to_string()))?;
    let board = |field, reason: String| BoardFileError::Invalid {
        place: "board".to_string(),
        field,
        reason,
    };
    let country = match &raw.country {
        Some(code) => code.parse().map_err(|e| board("country", e))?,
        None => Country::Us,
    };
    let pcm = check_pcm(&raw.pcm).map_err(|(field, reason)| board(field, reason))?;
    let factory_reset = match &raw.factory_reset {
        Some(b) => {
            let line = GpioLine {
                chip: b.chip.clone(),
                line: b.line,
            };
            check_gpio(&line).map_err(|reason| board("factory_reset", reason))?;
            let hold_secs = b
                .hold_secs
                .unwrap_or(crate::reset_button::DEFAULT_HOLD_SECS);
            if !(1..=60).contains(&hold_secs) {
                return Err(board(
                    "factory_reset.hold_secs",
                    format!("{hold_secs} is outside 1..=60"),
                ));
            }
            Some(ResetButton {
                line,
                hold_secs,
                active_low: b.active_low.unwrap_or(true),
            })
        }
        None => None,
    };
    if raw.port.is_empty() {
        return Err(board(
            "port",
            "no [[port]] entries: a board file describes at least one port".into(),
        ));
    }
    let mut ports = Vec::with_capacity(raw.port.len());
    for raw_port in &raw.port {
        let port = check_port(raw_port, (country, raw.country.is_some()), &pcm).map_err(
            |(field, reason)| BoardFileError::Invalid {
                place: format!("port {}", raw_port.name),
                field,
                reason,
            },
        )?;
        ports.push(port);
    }
    check_no_sharing(&ports, factory_reset.as_ref().map(|b| &b.line))?;
    Ok(BoardSpec {
        country,
        country_explicit: raw.country.is_some(),
        pcm,
        factory_reset,
        ports,
    })
}

type FieldError = (&'static str, String);

fn check_pcm(raw: &RawPcm) -> Result<PcmSpec, FieldError> {
    let (card, device) = parse_alsa_hw(&raw.device).ok_or_else(|| {
        (
            "device",
            format!(
                "{:?} is not an ALSA hardware device like \"hw:0,0\"",
                raw.device
            ),
        )
    })?;
    if raw.slots == 0 || raw.slots > MAX_SLOTS {
        return Err(("slots", format!("{} is outside 1..={MAX_SLOTS}", raw.slots)));
    }
    Ok(PcmSpec {
        card,
        device,
        format: raw.format,
        slots: raw.slots,
    })
}

fn parse_alsa_hw(device: &str) -> Option<(u32, u32)> {
    let (card, dev) = device.strip_prefix("hw:")?.split_once(',')?;
    Some((card.parse().ok()?, dev.parse().ok()?))
}

fn check_gpio(line: &GpioLine) -> Result<(), String> {
    if !line.chip.starts_with("/dev/gpiochip") {
        return Err(format!(
            "{:?} is not a GPIO character device (/dev/gpiochipN)",
            line.chip
        ));
    }
    Ok(())
}

/// `board_country`: the board's country and whether the file names it.
fn check_port(
    raw: &RawPort,
    board_country: (Country, bool),
    pcm: &PcmSpec,
) -> Result<PortSpec, FieldError> {
    let name_ok = !raw.name.is_empty()
        && raw.name.len() <= MAX_NAME_LEN
        && raw
            .name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
    if !name_ok {
        return Err((
            "name",
            format!("use 1 to {MAX_NAME_LEN} letters, digits, '-' or '_'"),
        ));
    }
    let chip = match raw.chip.to_ascii_lowercase().as_str() {
        "si3210" => ChipKind::Si3210,
        "si3215" => ChipKind::Si3215,
        "si3050" => ChipKind::Si3050,
        other => {
            return Err((
                "chip",
                format!("unknown chip {other:?} (known: si3210, si3215, si3050)"),
            ));
        }
    };
    if !raw.spi.starts_with("/dev/spidev") {
        return Err((
            "spi",
            format!("{:?} is not a spidev device (/dev/spidevB.C)", raw.spi),
        ));
    }
    let spi_hz = raw.spi_hz.unwrap_or(DEFAULT_SPI_HZ);
    if spi_hz == 0 || spi_hz > MAX_SPI_HZ {
        return Err(("spi_hz", format!("{spi_hz} is outside 1..={MAX_SPI_HZ}")));
    }
    check_gpio(&raw.reset).map_err(|reason| ("reset", reason))?;
    if let Some(irq) = &raw.irq {
        check_gpio(irq).map_err(|reason| ("irq", reason))?;
    }
    if raw.pcm_slot >= pcm.slots {
        let reason = format!(
            "slot {} does not exist on a bus of {} slots",
            raw.pcm_slot, pcm.slots
        );
        return Err(("pcm_slot", reason));
    }
    if (PcmSlot {
        format: pcm.format,
        slot: raw.pcm_slot,
    })
    .start_count()
    .is_none()
    {
        return Err((
            "pcm_slot",
            format!("slot {} is beyond the chips' 1023 bit clocks", raw.pcm_slot),
        ));
    }
    let country = match &raw.country {
        Some(code) => code.parse().map_err(|e| ("country", e))?,
        None => board_country.0,
    };
    let country_explicit = raw.country.is_some() || board_country.1;
    let loop_current_ma = match (raw.loop_current_ma, chip.port_kind()) {
        (None, _) => DEFAULT_LOOP_CURRENT_MA,
        (Some(_), PortKind::Fxo) => {
            return Err((
                "loop_current_ma",
                "only FXS ports feed loop current".to_string(),
            ));
        }
        (Some(ma @ 20..=41), PortKind::Fxs) => ma,
        (Some(ma), PortKind::Fxs) => {
            return Err(("loop_current_ma", format!("{ma} mA is outside 20..=41")));
        }
    };
    Ok(PortSpec {
        name: raw.name.clone(),
        chip,
        spi: raw.spi.clone(),
        spi_hz,
        reset: raw.reset.clone(),
        irq: raw.irq.clone(),
        pcm_slot: raw.pcm_slot,
        country,
        country_explicit,
        loop_current_ma,
    })
}

/// Names, SPI devices, slots and reset lines belong to one port each; a reset or interrupt
/// line is not also the factory-reset button. Interrupt lines may be shared (open drain).
fn check_no_sharing(ports: &[PortSpec], button: Option<&GpioLine>) -> Result<(), BoardFileError> {
    let mut names = HashMap::new();
    let mut spis = HashMap::new();
    let mut slots = HashMap::new();
    let mut resets = HashMap::new();
    for port in ports {
        let clash = |field, other: &String, what: String| BoardFileError::Invalid {
            place: format!("port {}", port.name),
            field,
            reason: format!("{what} is already used by port {other}"),
        };
        if let Some(other) = names.insert(port.name.clone(), port.name.clone()) {
            return Err(clash("name", &other, "the name".to_string()));
        }
        if let Some(other) = spis.insert(port.spi.clone(), port.name.clone()) {
            return Err(clash("spi", &other, port.spi.clone()));
        }
        if let Some(other) = slots.insert(port.pcm_slot, port.name.clone()) {
            return Err(clash("pcm_slot", &other, format!("slot {}", port.pcm_slot)));
        }
        if let Some(other) = resets.insert(port.reset.clone(), port.name.clone()) {
            return Err(clash("reset", &other, port.reset.to_string()));
        }
    }
    for port in ports {
        let on_button = |line: &GpioLine| button == Some(line);
        let irq_is_a_reset = port.irq.as_ref().and_then(|irq| resets.get(irq));
        let problem = if on_button(&port.reset) {
            Some(("reset", "is the factory-reset button".to_string()))
        } else if port.irq.as_ref().is_some_and(on_button) {
            Some(("irq", "is the factory-reset button".to_string()))
        } else {
            irq_is_a_reset.map(|owner| ("irq", format!("is the reset line of port {owner}")))
        };
        if let Some((field, reason)) = problem {
            return Err(BoardFileError::Invalid {
                place: format!("port {}", port.name),
                field,
                reason,
            });
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests;
