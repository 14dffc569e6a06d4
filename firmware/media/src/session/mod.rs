//! Terminated legs: the box itself is the far end (IVR, voicemail, conference, hold).
//! See `command.rs` for the call-control interface, `leg.rs` for one leg and `hub.rs` for
//! many legs with conference rooms and shared music on hold.

mod collect;
mod command;
mod config;
mod hub;
mod inbound;
mod leg;
mod music;
mod pending;
mod play;
mod recording;
mod tap;
#[cfg(test)]
mod tap_tests;
#[cfg(test)]
mod tests;

pub use command::{Collect, CollectEnd, MediaCommand, MediaEvent, PlayItem};
pub use config::LegConfig;
pub use hub::MediaHub;
pub use inbound::StreamFormat;
pub use leg::LegSession;
pub use music::default_music;
pub use pending::PendingAudio;
pub use tap::{CallTap, TapCommand, TapSide};
