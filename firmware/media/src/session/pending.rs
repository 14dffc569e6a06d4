//! Audio that is still being read, decoded or spoken elsewhere when a leg is told to play
//! it: call control (under the SIP engine's lock) never waits for a file or for
//! text-to-speech. A worker fills the slot once; the leg plays silence until then, then the
//! audio, and skips it when loading failed or took longer than [`WAIT_LIMIT_MS`].

use std::sync::{Arc, OnceLock};

/// How long a leg waits (playing silence) for audio still loading before it moves on.
pub const WAIT_LIMIT_MS: u32 = 10_000;

/// A slot a loader fills once with 8 kHz mono samples (None: nothing could be loaded).
#[derive(Clone, Default)]
pub struct PendingAudio(Arc<OnceLock<Option<Arc<[i16]>>>>);

impl PendingAudio {
    pub fn new() -> PendingAudio {
        PendingAudio::default()
    }

    /// A slot that is ready already (audio at hand, as in tests and cached prompts).
    pub fn ready(audio: Option<Arc<[i16]>>) -> PendingAudio {
        let slot = PendingAudio::new();
        slot.fill(audio);
        slot
    }

    /// Hands the result over; only the first fill counts.
    pub fn fill(&self, audio: Option<Arc<[i16]>>) {
        let _ = self.0.set(audio);
    }

    /// None while loading; `Some(None)` when loading failed.
    pub fn get(&self) -> Option<Option<&Arc<[i16]>>> {
        self.0.get().map(Option::as_ref)
    }
}

impl std::fmt::Debug for PendingAudio {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.get() {
            None => f.write_str("PendingAudio(loading)"),
            Some(None) => f.write_str("PendingAudio(failed)"),
            Some(Some(a)) => write!(f, "PendingAudio({} samples)", a.len()),
        }
    }
}

/// The same slot (what a command compares: the audio is not known yet).
impl PartialEq for PendingAudio {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}
