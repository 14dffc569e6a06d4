//! The renderer thread: texts in through a bounded queue, renderings into the cache. A text
//! already queued is not queued twice.

use std::collections::HashSet;
use std::sync::mpsc::{Receiver, SyncSender, TrySendError, sync_channel};
use std::sync::{Arc, Mutex, Weak};

use super::{Key, Speech};

pub struct Queue {
    tx: SyncSender<Key>,
    /// Keys queued or being rendered.
    waiting: Arc<Mutex<HashSet<Key>>>,
}

impl Queue {
    pub fn start(capacity: usize, speech: Weak<Speech>) -> Queue {
        let (tx, rx) = sync_channel(capacity);
        let waiting = Arc::new(Mutex::new(HashSet::new()));
        let w = waiting.clone();
        let spawned = std::thread::Builder::new()
            .name("tts".into())
            .spawn(move || run(rx, speech, w));
        if let Err(e) = spawned {
            tracing::error!("text to speech: no renderer thread: {e}");
        }
        Queue { tx, waiting }
    }

    /// Queues `key` unless it is already waiting; false when the queue is full (or the
    /// renderer is gone).
    pub fn push(&self, key: Key) -> bool {
        let Ok(mut waiting) = self.waiting.lock() else {
            return false;
        };
        if waiting.contains(&key) {
            return true;
        }
        match self.tx.try_send(key.clone()) {
            Ok(()) => {
                waiting.insert(key);
                true
            }
            Err(TrySendError::Full(_)) => {
                tracing::warn!(
                    "text to speech: {} texts waiting, one more refused",
                    waiting.len()
                );
                false
            }
            Err(TrySendError::Disconnected(_)) => false,
        }
    }
}

fn run(rx: Receiver<Key>, speech: Weak<Speech>, waiting: Arc<Mutex<HashSet<Key>>>) {
    for key in rx {
        let audio = match edgepbx_media::tts::speak(&key.text) {
            Ok(pcm) => Some(Arc::from(pcm)),
            Err(e) => {
                tracing::warn!("text to speech: {e}");
                None
            }
        };
        let Some(speech) = speech.upgrade() else {
            return;
        };
        speech.finished(key.clone(), audio);
        if let Ok(mut w) = waiting.lock() {
            w.remove(&key);
        }
    }
}
