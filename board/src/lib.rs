//! Line hardware of the box: the line interface the line state machines drive, the SLIC (FXS)
//! and DAA (FXO) drivers over embedded-hal, board description files, and a simulated board.

pub mod board_file;
pub mod cid;
pub mod drivers;
pub mod echo;
pub mod fax_watch;
pub mod fxo;
pub mod fxs;
pub mod line;
#[cfg(target_os = "linux")]
pub mod linux;
pub mod profile;
pub mod reset_button;
pub mod runner;
pub mod sim;
