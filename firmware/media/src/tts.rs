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
    /// Nothing to say (empty, or only whitespace, control characters or markup).
    Empty,
    /// Text longer than [`MAX_CHARS`] characters.
    TooLong { chars: usize },
    /// flite produced no audio (or the voice failed to load).
    Synthesis(&'static str),
    /// A `voice` value that is none of [`VOICE_VALUES`].
    UnknownVoice(String),
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
            TtsError::UnknownVoice(v) => write!(
                f,
                "no voice {v:?}: the voices are {}",
                VOICE_VALUES.join(", ")
            ),
        }
    }
}

impl std::error::Error for TtsError {}

/// Checks shared by both builds: reads the text as plain text ([`plain_text`]), rejects empty
/// and over-long text.
fn prepare(text: &str) -> Result<String, TtsError> {
    let chars = text.chars().count();
    if chars > MAX_CHARS {
        return Err(TtsError::TooLong { chars });
    }
    let clean = plain_text(text);
    if clean.is_empty() {
        return Err(TtsError::Empty);
    }
    Ok(clean)
}

/// The text as it is spoken: control characters (NUL, newlines, escapes) become spaces and
/// markup-like tags (`<speak>`, `<break time="3s"/>`, `<!-- -->`) are dropped, so SSML is never
/// interpreted, only its words between the tags are read; runs of spaces collapse to one.
pub fn plain_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        let starts_tag = c == '<'
            && chars
                .peek()
                .is_some_and(|n| n.is_ascii_alphabetic() || matches!(n, '/' | '!' | '?'));
        let c = if starts_tag {
            // Skip to the closing '>' (a '<' without one is dropped with the rest).
            for t in chars.by_ref() {
                if t == '>' {
                    break;
                }
            }
            ' '
        } else if c.is_control() {
            ' '
        } else {
            c
        };
        if c == ' ' && (out.is_empty() || out.ends_with(' ')) {
            continue;
        }
        out.push(c);
    }
    let trimmed = out.trim_end().len();
    out.truncate(trimmed);
    out
}

/// A voice compiled into the binary.
#[derive(Debug, PartialEq, Eq)]
pub struct Voice {
    /// flite's name for it, what media documents report as used.
    pub name: &'static str,
    pub gender: &'static str,
    /// BCP 47 language tag (lower case).
    pub language: &'static str,
}

/// Voices in this build: flite's `cmu_us_kal` (US English, male, native 8 kHz). Any other
/// voice would add megabytes to the binary.
pub const VOICES: &[Voice] = &[Voice {
    name: "cmu_us_kal",
    gender: "male",
    language: "en-us",
}];

/// Values of KAZOO's `voice` (media `tts.voice`, the `tts` callflow action) this box accepts:
/// the genders KAZOO uses, and the voice names.
pub const VOICE_VALUES: &[&str] = &["female", "male", "kal", "cmu_us_kal"];

/// The voice that speaks for a requested `voice` and `language`, and why it differs from what
/// was asked when it does.
#[derive(Debug, PartialEq, Eq)]
pub struct VoiceChoice {
    pub voice: &'static Voice,
    /// E.g. "no female voice is built in" or "no voice for de-de, English spoken instead".
    pub fallback: Option<String>,
}

/// Splits KAZOO's compound voice (`female/en-US`, what the Monster UI writes for a menu's
/// greeting) into its gender and language; a plain `female` or voice name has no language.
fn split_voice(voice: &str) -> (String, Option<String>) {
    let voice = voice.trim().to_ascii_lowercase();
    match voice.split_once('/') {
        Some((gender, language)) if !language.is_empty() => {
            (gender.to_string(), Some(language.to_string()))
        }
        _ => (voice, None),
    }
}

/// Picks the voice for `voice` (KAZOO's `female`/`male`, `female/en-US`, or a voice name;
/// None: any) and `language` (None: the voice's own language, else English): the one
/// matching both, else English, saying so. An unknown `voice` value is an error.
pub fn choose_voice(voice: Option<&str>, language: Option<&str>) -> Result<VoiceChoice, TtsError> {
    let (wanted, voice_language) = match voice.map(split_voice) {
        Some((gender, lang)) => (Some(gender), lang),
        None => (None, None),
    };
    let language = language.or(voice_language.as_deref());
    if let Some(w) = &wanted
        && !VOICE_VALUES.contains(&w.as_str())
    {
        return Err(TtsError::UnknownVoice(w.clone()));
    }
    let language = language.map(|l| l.trim().to_ascii_lowercase().replace('_', "-"));
    let speaks = |v: &Voice, lang: &str| {
        v.language == lang
            || v.language.split('-').next() == Some(lang.split('-').next().unwrap_or(lang))
    };
    let fits = |v: &Voice| {
        wanted
            .as_deref()
            .is_none_or(|w| w == v.gender || w == v.name || v.name.ends_with(&format!("_{w}")))
    };
    let mut notes = Vec::new();
    let in_language: Vec<&'static Voice> = match &language {
        Some(lang) if !VOICES.iter().any(|v| speaks(v, lang)) => {
            notes.push(format!(
                "no voice for language {lang}: English spoken instead"
            ));
            VOICES
                .iter()
                .filter(|v| v.language.starts_with("en"))
                .collect()
        }
        Some(lang) => VOICES.iter().filter(|v| speaks(v, lang)).collect(),
        None => VOICES
            .iter()
            .filter(|v| v.language.starts_with("en"))
            .collect(),
    };
    let chosen = match in_language.iter().find(|v| fits(v)) {
        Some(v) => v,
        None => {
            let w = wanted.as_deref().unwrap_or_default();
            notes.push(format!("no {w} voice is built in"));
            in_language.first().copied().unwrap_or(&VOICES[0])
        }
    };
    Ok(VoiceChoice {
        voice: chosen,
        fallback: (!notes.is_empty()).then(|| notes.join("; ")),
    })
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
    use edgepbx_flite_sys as ffi;
    use std::ffi::CString;
    use std::sync::{Mutex, Once};

    /// The registered voice. flite is not thread-safe: every call goes through this mutex.
    struct Voice(*mut ffi::cst_voice);
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
                ffi::flite_init();
                voice.0 = ffi::register_cmu_us_kal(std::ptr::null());
            }
        });
        let voice = VOICE.lock().unwrap_or_else(|e| e.into_inner());
        if voice.0.is_null() {
            return Err(TtsError::Synthesis("voice cmu_us_kal did not load"));
        }
        // SAFETY: valid NUL-terminated text and a registered voice; flite serialised by the
        // lock; the wave is read within its lifetime and freed exactly once.
        let (rate, pcm) = unsafe {
            let w = ffi::flite_text_to_wave(c_text.as_ptr(), voice.0);
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
            ffi::delete_wave(w);
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

    #[test]
    fn markup_and_control_characters_are_not_read_as_such() {
        assert_eq!(
            plain_text("<speak>Hello <break time=\"3s\"/>world</speak>"),
            "Hello world"
        );
        assert_eq!(plain_text("a\u{1b}[31mb\r\n\tc\0"), "a [31mb c");
        assert_eq!(plain_text("<!-- x --> 3 < 4 and 5 > 2"), "3 < 4 and 5 > 2");
        assert_eq!(plain_text("unclosed <tag forever"), "unclosed");
        assert_eq!(speak("<speak></speak>\n"), Err(TtsError::Empty));
    }

    #[test]
    fn voice_by_gender_name_and_language() {
        let kal = &VOICES[0];
        let pick = |v, l| choose_voice(v, l).unwrap();
        assert_eq!(
            pick(None, None),
            VoiceChoice {
                voice: kal,
                fallback: None
            }
        );
        assert_eq!(pick(Some("Male"), Some("en-US")).fallback, None);
        assert_eq!(pick(Some("kal"), Some("en")).fallback, None);
        let female = pick(Some("female"), Some("en-us"));
        assert_eq!(female.voice, kal);
        assert!(female.fallback.unwrap().contains("no female voice"));
        let german = pick(None, Some("de-de"));
        assert_eq!(german.voice, kal);
        assert!(german.fallback.unwrap().contains("de-de"));
        assert_eq!(
            choose_voice(Some("robot"), None),
            Err(TtsError::UnknownVoice("robot".into()))
        );
    }

    #[test]
    fn kazoo_compound_voice_names_gender_and_language() {
        let pick = |v, l| choose_voice(Some(v), l).unwrap();
        assert_eq!(pick("male/en-US", None).fallback, None);
        assert!(
            pick("female/en-US", None)
                .fallback
                .unwrap()
                .contains("no female voice")
        );
        assert!(pick("male/de-DE", None).fallback.unwrap().contains("de-de"));
        // The document's own language wins over the voice's.
        assert!(
            pick("male/en-US", Some("fr-fr"))
                .fallback
                .unwrap()
                .contains("fr-fr")
        );
        assert_eq!(
            choose_voice(Some("robot/en-US"), None),
            Err(TtsError::UnknownVoice("robot".into()))
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
