//! Runtime text-to-speech for the `tts` callflow action and typed greetings.
//!
//! With the `tts` cargo feature this is a tiny hand-written FFI to flite (BSD-style license,
//! `cmu_us_kal` voice, native 8 kHz), dynamically linked against the host's flite
//! (Debian: `flite1-dev`). Without the feature, [`speak`] exists and always returns
//! [`TtsError::Unavailable`], so callers compile either way and fall back to the built-in
//! prompts / spelled digits.
//!
//! Unlike the rest of the crate this allocates and blocks (synthesis of a sentence takes
//! milliseconds to tens of milliseconds): call it off the media tick, when a callflow starts.

use std::fmt;

/// Longest text accepted by [`speak`], in characters.
pub const MAX_CHARS: usize = 2000;

/// Output sample rate of [`speak`].
pub const RATE: u32 = 8000;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TtsError {
    /// Built without the `tts` feature: use the built-in prompts instead.
    Unavailable,
    /// Nothing to say (empty or only whitespace / NULs).
    Empty,
    /// Text longer than [`MAX_CHARS`] characters.
    TooLong { chars: usize },
    /// flite produced no audio (or the voice failed to load).
    Synthesis(&'static str),
}

impl fmt::Display for TtsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TtsError::Unavailable => f.write_str("text-to-speech is not built in (feature `tts`)"),
            TtsError::Empty => f.write_str("text-to-speech: empty text"),
            TtsError::TooLong { chars } => {
                write!(
                    f,
                    "text-to-speech: text is {chars} characters, the limit is {MAX_CHARS}"
                )
            }
            TtsError::Synthesis(why) => write!(f, "text-to-speech failed: {why}"),
        }
    }
}

impl std::error::Error for TtsError {}

/// Checks shared by both builds: strips NULs, rejects empty and over-long text.
fn prepare(text: &str) -> Result<String, TtsError> {
    let chars = text.chars().count();
    if chars > MAX_CHARS {
        return Err(TtsError::TooLong { chars });
    }
    let clean: String = text.chars().filter(|&c| c != '\0').collect();
    if clean.trim().is_empty() {
        return Err(TtsError::Empty);
    }
    Ok(clean)
}

/// Whether this build speaks text (the `tts` feature), and `text` is something it would
/// speak (not empty, not too long): cheap, for deciding before the work is handed off.
pub fn can_speak(text: &str) -> bool {
    cfg!(feature = "tts") && prepare(text).is_ok()
}

/// Synthesise `text` to 8 kHz mono linear PCM.
#[cfg(not(feature = "tts"))]
pub fn speak(text: &str) -> Result<Vec<i16>, TtsError> {
    prepare(text)?;
    Err(TtsError::Unavailable)
}

/// Synthesise `text` to 8 kHz mono linear PCM.
#[cfg(feature = "tts")]
pub fn speak(text: &str) -> Result<Vec<i16>, TtsError> {
    let clean = prepare(text)?;
    flite::speak(&clean)
}

#[cfg(feature = "tts")]
mod flite {
    use super::{RATE, TtsError};
    use std::ffi::{CString, c_char, c_int, c_short, c_void};
    use std::sync::{Mutex, Once};

    /// `cst_wave` from `/usr/include/flite/cst_wave.h` (flite 2.2).
    #[repr(C)]
    struct CstWave {
        type_: *const c_char,
        sample_rate: c_int,
        num_samples: c_int,
        num_channels: c_int,
        samples: *mut c_short,
    }

    unsafe extern "C" {
        fn flite_init() -> c_int;
        fn register_cmu_us_kal(voxdir: *const c_char) -> *mut c_void;
        fn flite_text_to_wave(text: *const c_char, voice: *mut c_void) -> *mut CstWave;
        fn delete_wave(w: *mut CstWave);
    }

    /// The registered voice. flite is not thread-safe: every call goes through this mutex.
    struct Voice(*mut c_void);
    // SAFETY: the pointer is only dereferenced (by flite) while VOICE is locked.
    unsafe impl Send for Voice {}

    static INIT: Once = Once::new();
    static VOICE: Mutex<Voice> = Mutex::new(Voice(std::ptr::null_mut()));

    pub(super) fn speak(text: &str) -> Result<Vec<i16>, TtsError> {
        let c_text = CString::new(text).map_err(|_| TtsError::Synthesis("NUL in text"))?;
        INIT.call_once(|| {
            let mut voice = VOICE.lock().unwrap_or_else(|e| e.into_inner());
            // SAFETY: plain C initialisers, called once, serialised by the lock.
            unsafe {
                flite_init();
                voice.0 = register_cmu_us_kal(std::ptr::null());
            }
        });
        let voice = VOICE.lock().unwrap_or_else(|e| e.into_inner());
        if voice.0.is_null() {
            return Err(TtsError::Synthesis("voice cmu_us_kal did not load"));
        }
        // SAFETY: valid NUL-terminated text and a registered voice; flite serialised by the
        // lock; the wave is read within its lifetime and freed exactly once.
        let (rate, pcm) = unsafe {
            let w = flite_text_to_wave(c_text.as_ptr(), voice.0);
            if w.is_null() {
                return Err(TtsError::Synthesis("flite returned no wave"));
            }
            let wave = &*w;
            let channels = wave.num_channels.max(1) as usize;
            let frames = wave.num_samples.max(0) as usize;
            let rate = wave.sample_rate;
            let pcm = if wave.samples.is_null() || frames == 0 || rate <= 0 {
                Vec::new()
            } else {
                let raw = std::slice::from_raw_parts(wave.samples, frames * channels);
                raw.chunks_exact(channels)
                    .map(|f| (f.iter().map(|&s| s as i32).sum::<i32>() / channels as i32) as i16)
                    .collect()
            };
            delete_wave(w);
            (rate, pcm)
        };
        drop(voice);
        if pcm.is_empty() {
            return Err(TtsError::Synthesis("flite produced no audio"));
        }
        Ok(crate::resample::resample(&pcm, rate as u32, RATE))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rejects_empty_and_long_text() {
        assert_eq!(speak(""), Err(TtsError::Empty));
        assert_eq!(speak(" \t\n"), Err(TtsError::Empty));
        assert_eq!(speak("\0\0"), Err(TtsError::Empty));
        let long = "a".repeat(MAX_CHARS + 1);
        assert_eq!(
            speak(&long),
            Err(TtsError::TooLong {
                chars: MAX_CHARS + 1
            })
        );
        assert!(
            TtsError::TooLong { chars: 2001 }
                .to_string()
                .contains("2000")
        );
    }

    #[cfg(not(feature = "tts"))]
    #[test]
    fn unavailable_without_feature() {
        assert_eq!(speak("Thank you for calling"), Err(TtsError::Unavailable));
    }

    #[cfg(feature = "tts")]
    #[test]
    fn speaks_a_greeting() {
        use crate::dsp::dtmf_detect::DtmfDetector;
        let pcm = speak("Thank you for calling").expect("flite speaks");
        let secs = pcm.len() as f64 / RATE as f64;
        assert!((0.5..=4.0).contains(&secs), "duration {secs} s");
        let rms = crate::testutil::rms(&pcm);
        eprintln!("\"Thank you for calling\": {secs:.2} s, rms {rms:.0}");
        assert!(rms > 300.0, "rms {rms}");
        let mut det = DtmfDetector::new();
        for frame in pcm.chunks(160) {
            assert_eq!(det.process(frame), None, "DTMF talk-off on speech");
        }
    }

    #[cfg(feature = "tts")]
    #[test]
    fn strips_nuls_and_takes_the_limit() {
        let a = speak("Thank\0 you").expect("NULs stripped");
        assert!(!a.is_empty());
        let max = "one two three four five ".repeat(MAX_CHARS / 24);
        assert!(max.chars().count() <= MAX_CHARS);
        assert!(speak(&max).is_ok());
    }

    #[cfg(feature = "tts")]
    #[test]
    fn concurrent_calls_are_serialised() {
        let handles: Vec<_> = (0..4)
            .map(|i| std::thread::spawn(move || speak(&format!("Extension {i}")).map(|p| p.len())))
            .collect();
        for h in handles {
            assert!(h.join().unwrap().unwrap() > 0);
        }
    }
}
