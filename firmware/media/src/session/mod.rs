//! Terminated legs: the box itself is the far end (IVR, voicemail, conference, hold).
//! See `command.rs` for the call-control interface.

mod command;

pub use command::{Collect, CollectEnd, MediaCommand, MediaEvent, PlayItem};
