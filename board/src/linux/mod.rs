//! Linux glue: the devices a board file names, opened through linux-embedded-hal (spidev and
//! the GPIO character device), the line chips brought up on them, and the TDM bus through
//! ALSA. A device that is missing or a chip that does not answer makes its port a port in
//! alarm with a start-up error naming it; the rest of the box (the SIP side) runs on.

mod alsa;
mod open;

pub use alsa::{AlsaTdm, LinuxPcm};
pub use open::{IrqInput, LinuxBoard, OpenedBoard, open_board, open_board_file};
