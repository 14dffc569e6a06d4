//! A sans-IO SNTP client (RFC 4330): [`packet`] builds requests and checks replies into an
//! offset; [`Schedule`] decides which server to ask when. Neither reads a clock or opens a
//! socket: the caller passes the time in and does the sending (`firmware/edgepbx/src/clock`).

pub mod packet;
mod schedule;

pub use packet::{Reply, SntpError};
pub use schedule::{Action, Schedule, Timing};
