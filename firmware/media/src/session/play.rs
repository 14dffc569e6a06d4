//! Plays a list of [`PlayItem`]s as 8 kHz linear frames. Music is not produced here: the
//! shared MOH stream comes from the hub, so the player only says when it is on a Music item.

use std::sync::Arc;

use super::command::PlayItem;
use super::pending::{PendingAudio, WAIT_LIMIT_MS};
use crate::codec::g711;
use crate::dsp::ToneGenerator;
use crate::prompts;

/// 8 kHz samples per 20 ms frame.
pub const FRAME_8K: usize = 160;

/// Confirmation beep before recording.
const BEEP_SPEC: &str = "1000";
const BEEP_MS: u32 = 250;

/// The item being played, with its position.
enum Current {
    Prompt {
        ulaw: &'static [u8],
        pos: usize,
    },
    Audio {
        pcm: Arc<[i16]>,
        pos: usize,
    },
    /// Tone, beep: a generator and the samples left (None: until the next command).
    Tone {
        generator: Box<ToneGenerator>,
        left: Option<u32>,
    },
    Silence {
        left: u32,
    },
    /// Audio still loading: silence meanwhile, counting the samples waited.
    Waiting {
        audio: PendingAudio,
        waited: u32,
    },
    Music,
    /// Hold music of its own: loops until the next command (the shared stream if it fails).
    Looped {
        audio: PendingAudio,
        pos: usize,
    },
}

pub struct Player {
    items: Vec<PlayItem>,
    next: usize,
    current: Option<Current>,
    /// The leg's country, used when a tone names an unknown one.
    country: String,
    stopped: bool,
}

impl Player {
    pub fn new(items: Vec<PlayItem>, country: &str) -> Self {
        let mut p = Player {
            items,
            next: 0,
            current: None,
            country: country.to_string(),
            stopped: false,
        };
        p.advance();
        p
    }

    /// Stop now (barge-in).
    pub fn stop(&mut self) {
        self.stopped = true;
        self.current = None;
    }

    pub fn is_done(&self) -> bool {
        self.stopped || self.current.is_none()
    }

    /// True while the shared music stream is what this player wants heard.
    pub fn on_music(&self) -> bool {
        !self.stopped && matches!(self.current, Some(Current::Music))
    }

    /// Moves to the next playable item (unknown prompts and tones are skipped with a warning).
    fn advance(&mut self) {
        self.current = None;
        while self.next < self.items.len() {
            let item = &self.items[self.next];
            self.next += 1;
            let cur = match item {
                PlayItem::Prompt(id) => match prompts::get(id) {
                    Some(ulaw) => Current::Prompt { ulaw, pos: 0 },
                    None => {
                        tracing::warn!(prompt = %id, "unknown prompt skipped");
                        continue;
                    }
                },
                PlayItem::Audio(pcm) => Current::Audio {
                    pcm: pcm.clone(),
                    pos: 0,
                },
                PlayItem::Tone { country, kind, ms } => {
                    let generator = ToneGenerator::new(country, *kind, 8000)
                        .or_else(|| ToneGenerator::new(&self.country, *kind, 8000));
                    let Some(generator) = generator else {
                        tracing::warn!(country = %country, ?kind, "unknown tone skipped");
                        continue;
                    };
                    Current::Tone {
                        generator: Box::new(generator),
                        left: ms.map(|ms| ms * 8),
                    }
                }
                PlayItem::Beep => match ToneGenerator::from_spec(BEEP_SPEC, 8000) {
                    Ok(generator) => Current::Tone {
                        generator: Box::new(generator),
                        left: Some(BEEP_MS * 8),
                    },
                    Err(_) => continue,
                },
                PlayItem::Silence { ms } => Current::Silence { left: ms * 8 },
                PlayItem::Pending(audio) => Current::Waiting {
                    audio: audio.clone(),
                    waited: 0,
                },
                PlayItem::Music => Current::Music,
                PlayItem::Looped(audio) => Current::Looped {
                    audio: audio.clone(),
                    pos: 0,
                },
            };
            self.current = Some(cur);
            return;
        }
    }

    /// Audio that finished loading starts playing; audio that failed to load is skipped
    /// (looped music that failed gives way to the shared stream).
    fn take_loaded(&mut self) {
        if let Some(Current::Looped { audio, .. }) = &self.current {
            if let Some(None) = audio.get() {
                tracing::warn!("hold music could not be loaded: built-in music instead");
                self.current = Some(Current::Music);
            }
            return;
        }
        let Some(Current::Waiting { audio, .. }) = &self.current else {
            return;
        };
        match audio.get() {
            None => {}
            Some(Some(pcm)) => {
                self.current = Some(Current::Audio {
                    pcm: pcm.clone(),
                    pos: 0,
                })
            }
            Some(None) => self.advance(),
        }
    }

    /// Fills `out` (8 kHz), moving through items as they end; pads with silence once done or
    /// when reaching Music (whose audio the hub supplies from the next frame on).
    pub fn fill(&mut self, out: &mut [i16]) {
        let mut n = 0;
        while n < out.len() {
            self.take_loaded();
            let rest = &mut out[n..];
            let (written, ended) = match &mut self.current {
                None | Some(Current::Music) => break,
                Some(Current::Prompt { ulaw, pos }) => {
                    let k = (ulaw.len() - *pos).min(rest.len());
                    g711::decode_ulaw(&ulaw[*pos..*pos + k], &mut rest[..k]);
                    *pos += k;
                    (k, *pos >= ulaw.len())
                }
                Some(Current::Audio { pcm, pos }) => {
                    let k = (pcm.len() - *pos).min(rest.len());
                    rest[..k].copy_from_slice(&pcm[*pos..*pos + k]);
                    *pos += k;
                    (k, *pos >= pcm.len())
                }
                Some(Current::Tone { generator, left }) => {
                    let k = left.map_or(rest.len(), |l| (l as usize).min(rest.len()));
                    generator.fill(&mut rest[..k]);
                    if let Some(l) = left {
                        *l -= k as u32;
                    }
                    (k, *left == Some(0) || generator.is_done())
                }
                Some(Current::Silence { left }) => {
                    let k = (*left as usize).min(rest.len());
                    rest[..k].fill(0);
                    *left -= k as u32;
                    (k, *left == 0)
                }
                Some(Current::Looped { audio, pos }) => match audio.get() {
                    Some(Some(pcm)) if !pcm.is_empty() => {
                        let k = (pcm.len() - *pos).min(rest.len());
                        rest[..k].copy_from_slice(&pcm[*pos..*pos + k]);
                        *pos = (*pos + k) % pcm.len();
                        (k, false)
                    }
                    // Loading (or empty): silence, never ending by itself.
                    _ => {
                        rest.fill(0);
                        (rest.len(), false)
                    }
                },
                Some(Current::Waiting { waited, .. }) => {
                    rest.fill(0);
                    *waited += rest.len() as u32;
                    let late = *waited >= WAIT_LIMIT_MS * 8;
                    if late {
                        tracing::warn!("audio still loading after {WAIT_LIMIT_MS} ms; skipped");
                    }
                    (rest.len(), late)
                }
            };
            n += written;
            if ended {
                self.advance();
            }
        }
        out[n..].fill(0);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dsp::ToneKind;

    #[test]
    fn items_in_order_unknown_skipped() {
        let pcm: Arc<[i16]> = vec![7i16; 100].into();
        let mut p = Player::new(
            vec![
                PlayItem::Prompt("no_such_prompt".into()),
                PlayItem::Audio(pcm),
                PlayItem::Silence { ms: 5 },
                PlayItem::Tone {
                    country: "xx".into(),
                    kind: ToneKind::Busy,
                    ms: Some(10),
                },
                PlayItem::Music,
            ],
            "us",
        );
        let mut f = [1i16; FRAME_8K];
        p.fill(&mut f);
        assert!(f[..100].iter().all(|&s| s == 7));
        assert!(f[100..140].iter().all(|&s| s == 0));
        // The unknown country fell back to the leg's ("us" busy: 480+620 Hz).
        assert!(f[140..160].iter().any(|&s| s != 0));
        p.fill(&mut f);
        assert!(f[60..].iter().all(|&s| s == 0));
        assert!(p.on_music() && !p.is_done());
    }

    /// The on/off cadence (ms, in 10 ms blocks) of the first `ms` of a leg's ringback, and
    /// whether its first 100 ms carry ten times more power at `freq` than at `other`.
    fn ringback(country: &str, ms: usize, freq: f32, other: f32) -> (Vec<(bool, usize)>, bool) {
        let mut p = Player::new(
            vec![PlayItem::Tone {
                country: country.into(),
                kind: ToneKind::Ringback,
                ms: None,
            }],
            "us",
        );
        let mut samples = vec![0i16; ms * 8];
        for frame in samples.chunks_mut(FRAME_8K) {
            p.fill(frame);
        }
        let mut runs: Vec<(bool, usize)> = Vec::new();
        for block in samples.chunks(80) {
            let on = block.iter().any(|&s| s != 0);
            match runs.last_mut() {
                Some((last, len)) if *last == on => *len += 10,
                _ => runs.push((on, 10)),
            }
        }
        let mut at = crate::dsp::Goertzel::new(freq, 8000);
        let mut off = crate::dsp::Goertzel::new(other, 8000);
        for &s in &samples[..800] {
            at.push(f32::from(s));
            off.push(f32::from(s));
        }
        (runs, at.power_reset() > 10.0 * off.power_reset())
    }

    #[test]
    fn a_leg_plays_its_countrys_ringback_cadence() {
        // UK: 400+450 Hz, 0.4 s on, 0.2 s off, 0.4 s on, 2 s off.
        let (uk, uk_freq) = ringback("uk", 3000, 400.0, 480.0);
        assert_eq!(uk, [(true, 400), (false, 200), (true, 400), (false, 2000)]);
        // US: 440+480 Hz, 2 s on, 4 s off.
        let (us, us_freq) = ringback("us", 3000, 480.0, 400.0);
        assert_eq!(us, [(true, 2000), (false, 1000)]);
        assert!(uk_freq && us_freq);
        assert!(!ringback("us", 100, 400.0, 480.0).1);
    }

    #[test]
    fn endless_tone_never_ends() {
        let mut p = Player::new(
            vec![PlayItem::Tone {
                country: "de".into(),
                kind: ToneKind::Ringback,
                ms: None,
            }],
            "us",
        );
        let mut f = [0i16; FRAME_8K];
        for _ in 0..1000 {
            p.fill(&mut f);
        }
        assert!(!p.is_done());
    }

    #[test]
    fn audio_still_loading_is_silence_until_ready_then_plays() {
        let loading = PendingAudio::new();
        let failed = PendingAudio::new();
        let mut p = Player::new(
            vec![
                PlayItem::Pending(loading.clone()),
                PlayItem::Pending(failed.clone()),
                PlayItem::Audio(vec![5i16; 10].into()),
            ],
            "us",
        );
        let mut f = [1i16; FRAME_8K];
        for _ in 0..3 {
            p.fill(&mut f);
            assert!(f.iter().all(|&s| s == 0) && !p.is_done());
        }
        loading.fill(Some(vec![9i16; 200].into()));
        failed.fill(None);
        p.fill(&mut f);
        assert!(f.iter().all(|&s| s == 9));
        p.fill(&mut f);
        // The rest of the loaded audio, the failed one skipped, then the next item.
        assert!(f[..40].iter().all(|&s| s == 9));
        assert!(f[40..50].iter().all(|&s| s == 5));
        assert!(p.is_done());
    }

    #[test]
    fn looped_audio_repeats_until_stopped_and_a_failed_one_gives_the_shared_music() {
        let music = PendingAudio::new();
        let mut p = Player::new(vec![PlayItem::Looped(music.clone())], "us");
        let mut f = [1i16; FRAME_8K];
        p.fill(&mut f);
        assert!(f.iter().all(|&s| s == 0) && !p.on_music());
        music.fill(Some((0..100).collect::<Vec<i16>>().into()));
        for round in 0..50 {
            p.fill(&mut f);
            let first = (round * FRAME_8K) % 100;
            assert!(
                f.iter()
                    .enumerate()
                    .all(|(i, &s)| s == ((first + i) % 100) as i16)
            );
        }
        assert!(!p.is_done());
        p.stop();
        assert!(p.is_done());

        let broken = PendingAudio::new();
        let mut p = Player::new(vec![PlayItem::Looped(broken.clone())], "us");
        broken.fill(None);
        p.fill(&mut f);
        assert!(p.on_music() && !p.is_done());
    }

    #[test]
    fn audio_that_never_loads_is_skipped_after_the_wait_limit() {
        let never = PendingAudio::new();
        let mut p = Player::new(vec![PlayItem::Pending(never)], "us");
        let mut f = [0i16; FRAME_8K];
        let frames = WAIT_LIMIT_MS as usize * 8 / FRAME_8K;
        for _ in 0..frames - 1 {
            p.fill(&mut f);
        }
        assert!(!p.is_done());
        p.fill(&mut f);
        assert!(p.is_done());
    }
}
