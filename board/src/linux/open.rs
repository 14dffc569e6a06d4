//! Opening a board file's devices and bringing up its chips.

use embedded_hal::digital::{ErrorType, InputPin};
use linux_embedded_hal::gpio_cdev::{self, LineRequestFlags};
use linux_embedded_hal::spidev::{SpiModeFlags, SpidevOptions};
use linux_embedded_hal::{CdevPin, CdevPinError, Delay, SpidevDevice};

use super::alsa::LinuxPcm;
use crate::board_file::{self, BoardFileError, BoardSpec, GpioLine, PortSpec};
use crate::drivers::board::{Chip, HardwareBoard};
use crate::drivers::daa::Daa;
use crate::drivers::pcm::PcmFormat;
use crate::drivers::proslic::ProSlic;

/// The board on Linux hardware.
pub type LinuxBoard = HardwareBoard<SpidevDevice, CdevPin, IrqInput, LinuxPcm>;
type LinuxChip = Chip<SpidevDevice, CdevPin, IrqInput>;

/// A chip's interrupt input: a GPIO line, or none wired (then always "pending", so the
/// chip's status is read every frame).
pub struct IrqInput(Option<CdevPin>);

impl ErrorType for IrqInput {
    type Error = CdevPinError;
}

impl InputPin for IrqInput {
    fn is_high(&mut self) -> Result<bool, Self::Error> {
        self.0.as_mut().map_or(Ok(false), InputPin::is_high)
    }

    fn is_low(&mut self) -> Result<bool, Self::Error> {
        self.0.as_mut().map_or(Ok(true), InputPin::is_low)
    }
}

/// The opened board and what went wrong on the way, one line per port or bus, each naming
/// the port (or "pcm") and the device.
pub struct OpenedBoard {
    pub board: LinuxBoard,
    pub errors: Vec<String>,
}

/// Both chip families clock data on the rising edge with the clock idling high.
const SPI_MODE: SpiModeFlags = SpiModeFlags::SPI_MODE_3;
const GPIO_CONSUMER: &str = "edgepbx";

/// Open every device of `spec` and bring up its chips. Blocks while chips reset and
/// calibrate (up to a few seconds per port): call it before the line loop starts.
pub fn open_board(spec: &BoardSpec) -> OpenedBoard {
    let mut errors = Vec::new();
    let pcm = LinuxPcm::open(&spec.pcm);
    if let LinuxPcm::Unavailable { reason, .. } = &pcm {
        errors.push(format!("pcm: {reason}"));
    }
    let mut ports = Vec::with_capacity(spec.ports.len());
    for port in &spec.ports {
        let chip = open_port(port, spec.pcm.format).unwrap_or_else(|reason| {
            errors.push(reason.clone());
            Chip::Missing {
                name: port.name.clone(),
                kind: port.kind(),
                reason,
            }
        });
        ports.push((chip, port.pcm_slot));
    }
    for error in &errors {
        tracing::error!("line hardware: {error}");
    }
    OpenedBoard {
        board: HardwareBoard::new(ports, pcm),
        errors,
    }
}

/// Read a board file and open its board: what `edgepbx run --board FILE` needs. A bad file is
/// an error; devices that fail are ports in alarm, listed in `errors`.
pub fn open_board_file(path: &std::path::Path) -> Result<OpenedBoard, BoardFileError> {
    Ok(open_board(&board_file::load(path)?))
}

fn open_port(port: &PortSpec, format: PcmFormat) -> Result<LinuxChip, String> {
    let name = &port.name;
    let spi = open_spi(&port.spi, port.spi_hz)
        .map_err(|e| format!("port {name}: cannot open SPI device {}: {e}", port.spi))?;
    let reset = request_line(&port.reset, LineRequestFlags::OUTPUT, 1)
        .map_err(|e| format!("port {name}: cannot claim reset GPIO {}: {e}", port.reset))?;
    let irq = match &port.irq {
        Some(line) => Some(
            request_line(line, LineRequestFlags::INPUT, 0)
                .map_err(|e| format!("port {name}: cannot claim interrupt GPIO {line}: {e}"))?,
        ),
        None => None,
    };
    let irq = IrqInput(irq);
    let mut delay = Delay;
    let chip = if let Some(settings) = port.fxs_settings(format) {
        let mut slic = ProSlic::new(name, spi, reset, irq, settings);
        slic.init(&mut delay).map_err(|e| e.to_string())?;
        Chip::Fxs(slic)
    } else if let Some(settings) = port.fxo_settings(format) {
        let mut daa = Daa::new(name, spi, reset, irq, settings);
        daa.init(&mut delay).map_err(|e| e.to_string())?;
        Chip::Fxo(daa)
    } else {
        unreachable!("every chip kind is FXS or FXO")
    };
    Ok(chip)
}

fn open_spi(path: &str, hz: u32) -> Result<SpidevDevice, String> {
    let mut spi = SpidevDevice::open(path).map_err(|e| e.inner().to_string())?;
    let options = SpidevOptions::new()
        .bits_per_word(8)
        .max_speed_hz(hz)
        .mode(SPI_MODE)
        .build();
    spi.configure(&options).map_err(|e| e.to_string())?;
    Ok(spi)
}

fn request_line(line: &GpioLine, flags: LineRequestFlags, value: u8) -> Result<CdevPin, String> {
    let handle = gpio_cdev::Chip::new(&line.chip)
        .and_then(|mut chip| chip.get_line(line.line))
        .and_then(|l| l.request(flags, value, GPIO_CONSUMER))
        .map_err(|e| e.to_string())?;
    CdevPin::new(handle).map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::board_file::parse;
    use crate::line::{Alarm, LineEvent, LineInterface, PortId, PortKind};

    /// The line loop runs on its own thread.
    #[test]
    fn the_linux_board_can_move_to_the_line_thread() {
        fn send<T: Send>() {}
        send::<LinuxBoard>();
    }

    #[test]
    fn a_bad_board_file_is_an_error_before_any_device_is_touched() {
        let err = open_board_file(std::path::Path::new("/nonexistent/board.toml"))
            .err()
            .unwrap();
        assert!(err.to_string().contains("/nonexistent/board.toml"), "{err}");
    }

    #[test]
    fn missing_devices_give_errors_naming_each_port_and_ports_in_alarm() {
        let dir = std::env::temp_dir();
        let absent = dir.join(format!("edgepbx-no-spidev-{}", std::process::id()));
        let text = format!(
            r#"
            [pcm]
            device = "hw:97,3"
            slots = 2
            [[port]]
            name = "fxs1"
            chip = "si3215"
            spi = "/dev/spidev-{0}.0"
            reset = {{ chip = "/dev/gpiochip-{0}", line = 1 }}
            pcm_slot = 0
            [[port]]
            name = "fxo1"
            chip = "si3050"
            spi = "/dev/spidev-{0}.1"
            reset = {{ chip = "/dev/gpiochip-{0}", line = 2 }}
            pcm_slot = 1
            "#,
            absent.file_name().unwrap().to_string_lossy()
        );
        let spec = parse(&text).unwrap();
        let mut opened = open_board(&spec);
        assert_eq!(opened.errors.len(), 3, "{:?}", opened.errors);
        assert!(opened.errors[0].starts_with("pcm: ") && opened.errors[0].contains("pcmC97D3"));
        assert!(opened.errors[1].starts_with("port fxs1: cannot open SPI device /dev/spidev-"));
        assert!(opened.errors[2].starts_with("port fxo1: cannot open SPI device"));
        let board = &mut opened.board;
        assert_eq!(board.ports(), &[PortKind::Fxs, PortKind::Fxo]);
        let events: Vec<_> = std::iter::from_fn(|| board.poll_event(0)).collect();
        let down = |port| LineEvent::Alarm {
            port: PortId(port),
            alarm: Some(Alarm::NotResponding),
        };
        assert_eq!(events, vec![down(0), down(1)]);
    }
}
