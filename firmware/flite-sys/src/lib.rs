//! Our FFI to flite 2.2, compiled from source by this crate's build.rs (see README.md).
//!
//! Only what edgepbx calls is declared. flite is not thread-safe: callers serialise every
//! call (edgepbx-media's `tts` module holds one lock around them).

#![allow(non_camel_case_types)]

use std::ffi::{c_char, c_int, c_short, c_void};

/// `cst_wave` from flite's `include/cst_wave.h`.
#[repr(C)]
pub struct cst_wave {
    pub type_: *const c_char,
    pub sample_rate: c_int,
    pub num_samples: c_int,
    pub num_channels: c_int,
    pub samples: *mut c_short,
}

/// An opaque `cst_voice`.
pub type cst_voice = c_void;

unsafe extern "C" {
    /// Initialises flite's globals; call once before anything else.
    pub fn flite_init() -> c_int;
    /// Builds the `cmu_us_kal` diphone voice (US English, male, 8 kHz); `voxdir` may be NULL.
    pub fn register_cmu_us_kal(voxdir: *const c_char) -> *mut cst_voice;
    /// Synthesises NUL-terminated text; the wave is freed with [`delete_wave`]. Text is read as
    /// plain text (SSML is only read by flite's separate `flite_ssml_*` calls, never here).
    pub fn flite_text_to_wave(text: *const c_char, voice: *mut cst_voice) -> *mut cst_wave;
    pub fn delete_wave(w: *mut cst_wave);
}

/// Name of the one voice compiled in.
pub const VOICE_KAL: &str = "cmu_us_kal";
