//! edgepbx media engine: sans-IO, allocation-free per frame.
//!
//! Frames and timestamps in, frames out. No clock reads, sockets or threads: time arrives as
//! arguments (sample counts or milliseconds). See `README.md` in this crate for the API tour.

pub mod codec;
pub mod dsp;
pub mod jitter;
pub mod mixer;
pub mod moh;
pub mod mp3;
pub mod plc;
pub mod prompts;
pub mod record;
pub mod resample;
#[doc(hidden)]
pub mod testutil;

pub mod rtp;
pub mod tts;
pub mod wav;

pub use codec::{Codec, Decoder, Encoder, Transcoder};
pub mod session;
