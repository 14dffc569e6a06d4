//! Audio a call is about to play, loaded off the SIP engine's lock: a stored file read from
//! the store and decoded (WAV, MP3). (Text-to-speech has its own `tts` thread and cache, in
//! `crate::speech`.) Callflows run under
//! the engine's lock, so they only hand the work to the `media-load` thread and get a
//! [`PendingAudio`] slot at once; the leg plays silence until the slot is filled. The queue
//! is bounded: when it is full the audio is skipped (logged), never waited for.

use std::sync::Arc;
use std::sync::mpsc::{Receiver, SyncSender, TrySendError, sync_channel};

use edgepbx_media::session::PendingAudio;

/// Loads waiting for the thread; one more is skipped.
pub const QUEUE: usize = 64;

/// What to load.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// A stored media file or recording of an account (`media` blob), as 8 kHz samples.
    Stored { account: String, id: String },
    /// A prompt of an installed language pack (`/v2/system/prompt_packs`).
    Prompt { language: String, id: String },
}

/// How a source becomes samples (the store in the box; a stand-in in
/// tests). It may be slow: it runs on the loader's thread only.
pub type Load = Box<dyn FnMut(&Source) -> Option<Vec<i16>> + Send>;

pub struct MediaLoader {
    jobs: SyncSender<(Source, PendingAudio)>,
}

impl MediaLoader {
    /// Starts the `media-load` thread around `load`.
    pub fn start(mut load: Load) -> MediaLoader {
        let (jobs, rx) = sync_channel::<(Source, PendingAudio)>(QUEUE);
        let spawned = super::supervise::spawn_supervised("media-load", move || {
            serve(&rx, &mut load);
        });
        if let Err(e) = spawned {
            tracing::error!(error = %e, "no media loading thread: stored audio and speech are skipped");
        }
        MediaLoader { jobs }
    }

    /// Queues `source`; the slot is filled when it is loaded (or at once with nothing when
    /// the queue is full or the thread is gone).
    pub fn load(&self, source: Source) -> PendingAudio {
        let slot = PendingAudio::new();
        match self.jobs.try_send((source, slot.clone())) {
            Ok(()) => {}
            Err(TrySendError::Full((source, slot))) => {
                tracing::warn!(
                    ?source,
                    "media loader busy ({QUEUE} waiting): audio skipped"
                );
                slot.fill(None);
            }
            Err(TrySendError::Disconnected((_, slot))) => slot.fill(None),
        }
        slot
    }
}

fn serve(rx: &Receiver<(Source, PendingAudio)>, load: &mut Load) {
    while let Ok((source, slot)) = rx.recv() {
        let audio = load(&source);
        if audio.is_none() {
            tracing::warn!(?source, "audio could not be loaded; skipped");
        }
        slot.fill(audio.map(Arc::from));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::mpsc::channel;
    use std::time::{Duration, Instant};

    fn stored(id: &str) -> Source {
        Source::Stored {
            account: "acct".into(),
            id: id.into(),
        }
    }

    #[test]
    fn a_slow_read_never_holds_up_the_callers_and_the_queue_is_bounded() {
        // The first read blocks until the test lets it go (a stalled flash, a huge MP3).
        let (release, released) = channel::<()>();
        let (started, slow_started) = channel::<()>();
        let loader = MediaLoader::start(Box::new(move |source: &Source| {
            if *source == stored("slow") {
                started.send(()).ok()?;
                released.recv().ok()?;
            }
            match source {
                Source::Stored { id, .. } if id == "missing" => None,
                _ => Some(vec![1; 8]),
            }
        }));
        let slow = loader.load(stored("slow"));
        slow_started.recv_timeout(Duration::from_secs(5)).unwrap();
        // Every other call's request returns at once, loaded or not.
        let t0 = Instant::now();
        let others: Vec<PendingAudio> = (0..QUEUE + 10)
            .map(|i| loader.load(stored(if i == 0 { "missing" } else { "other" })))
            .collect();
        assert!(
            t0.elapsed() < Duration::from_secs(1),
            "requests waited for the slow read"
        );
        assert_eq!(slow.get(), None, "still loading");
        // Beyond the bound: skipped at once, not queued.
        let skipped = others.iter().filter(|s| s.get() == Some(None)).count();
        assert!(skipped >= 10, "{skipped} skipped");
        release.send(()).unwrap();
        let deadline = Instant::now() + Duration::from_secs(5);
        while others.iter().any(|s| s.get().is_none()) && Instant::now() < deadline {
            std::thread::sleep(Duration::from_millis(5));
        }
        assert_eq!(slow.get().map(|a| a.map(|a| a.len())), Some(Some(8)));
        assert_eq!(others[0].get(), Some(None), "a missing file is skipped");
        assert!(others[1].get().is_some_and(|a| a.is_some()));
    }
}
