use std::fmt;

/// Why a chip could not be brought up or driven. Every variant names the port (the name
/// from the board file) so a start-up log line says which socket to look at.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DriverError {
    /// The SPI or GPIO layer failed.
    Bus { port: String, detail: String },
    /// A register read all zeros or all ones: nothing is answering on the chip select.
    NotAnswering {
        port: String,
        register: u8,
        value: u8,
    },
    /// Something answers, but it is not the chip the board file names.
    WrongChip {
        port: String,
        expected: &'static str,
        detail: String,
    },
    /// A bring-up step did not finish in its time budget.
    Timeout { port: String, step: &'static str },
    /// The chip answered but a bring-up check failed (power, calibration, register readback).
    Failed {
        port: String,
        step: &'static str,
        detail: String,
    },
    /// The port is marked down after an earlier failure; nothing was sent to the chip.
    PortDown { port: String },
}

impl DriverError {
    pub fn port(&self) -> &str {
        match self {
            DriverError::Bus { port, .. }
            | DriverError::NotAnswering { port, .. }
            | DriverError::WrongChip { port, .. }
            | DriverError::Timeout { port, .. }
            | DriverError::Failed { port, .. }
            | DriverError::PortDown { port } => port,
        }
    }
}

impl fmt::Display for DriverError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DriverError::Bus { port, detail } => write!(f, "port {port}: bus error: {detail}"),
            DriverError::NotAnswering {
                port,
                register,
                value,
            } => write!(
                f,
                "port {port}: chip not answering (register {register} reads {value:#04x}); \
                 check the SPI device, chip select and reset line"
            ),
            DriverError::WrongChip {
                port,
                expected,
                detail,
            } => {
                write!(f, "port {port}: expected {expected}, found {detail}")
            }
            DriverError::Timeout { port, step } => write!(f, "port {port}: timed out: {step}"),
            DriverError::Failed { port, step, detail } => {
                write!(f, "port {port}: {step} failed: {detail}")
            }
            DriverError::PortDown { port } => write!(f, "port {port}: port is down"),
        }
    }
}

impl std::error::Error for DriverError {}
